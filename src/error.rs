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
}
