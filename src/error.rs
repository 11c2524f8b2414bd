//! The crate-wide error: one variant per layer, each wrapping that layer's own typed error.

/// Any error of this crate, tagged with the layer it came from.
///
/// Each layer has its own precise error type (with the AI, position and numbers involved);
/// this enum only lets callers that chain several stages use `?` throughout.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The module matrix layer failed (finder/timing pattern, grid shape).
    #[error(transparent)]
    Matrix(#[from] crate::matrix::MatrixError),
    /// The encoder failed (data too long for the allowed sizes, bad options).
    #[error(transparent)]
    Encode(#[from] crate::encode::EncodeError),
    /// Rendering failed (output too large, PNG encoder).
    #[error(transparent)]
    Render(#[from] crate::render::RenderError),
    /// The image reader failed (bad image buffer or region).
    #[error(transparent)]
    Read(#[from] crate::read::ReadError),
    /// Reed-Solomon error correction failed.
    #[error(transparent)]
    Ecc(#[from] crate::ecc::CorrectError),
    /// Decoding a symbol (grid -> codewords -> data) failed.
    #[error(transparent)]
    Decode(#[from] crate::decode::DecodeError),
    /// The GS1 layer rejected the data (AI, rule and position inside the value).
    #[error(transparent)]
    Gs1(#[from] crate::gs1::Gs1Error),
    /// The serial layer failed (format, key, index, state file).
    #[error(transparent)]
    Serial(#[from] crate::serial::SerialError),
    /// The EPC layer rejected an identifier (element string, URN, Digital Link, tag).
    #[error(transparent)]
    Epc(#[from] crate::epc::EpcError),
    /// Building, reading or writing an EPCIS document failed.
    #[cfg(feature = "epcis")]
    #[error(transparent)]
    Epcis(#[from] crate::epcis::EpcisError),
}
