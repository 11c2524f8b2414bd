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
}
