//! Codewords <-> module matrix: the grid types shared by the encoder, the matrix decoder and the
//! image reader, module placement with the finder/timing/alignment patterns.
//!
//! Forward: `encode -> ecc -> matrix -> render`. Back: `read -> matrix -> ecc -> decode`.

mod grid;
pub mod placement;
pub mod pure;

pub use grid::{BitMatrix, MatrixError, ModuleGrid};
