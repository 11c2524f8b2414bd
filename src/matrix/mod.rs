//! Codewords <-> module matrix: the grid types shared by the encoder, the matrix decoder and the
//! image reader, plus (later) placement and finder/timing checks.
//!
//! Forward: `encode -> ecc -> matrix -> render`. Back: `read -> matrix -> ecc -> decode`.

mod grid;

pub use grid::{BitMatrix, MatrixError, ModuleGrid};
