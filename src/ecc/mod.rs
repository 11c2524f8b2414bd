//! Reed-Solomon error correction for ECC200: GF(256) arithmetic, encoding and correction.
//!
//! Forward (`encode -> ecc -> matrix`): [`encode::encode`] appends the interleaved error
//! correction codewords. Back (`matrix -> ecc -> decode`): the
//! corrector repairs errors and erasures block by block.

pub mod correct;
pub mod encode;
pub mod gf256;

pub use correct::{BlockReport, CorrectionReport, correct, correct_marked};
pub use encode::{Block144Order, encode};

/// Errors of the Reed-Solomon layer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CorrectError {
    /// The codeword slice does not have the length the symbol size needs.
    #[error("expected {expected} codewords, got {got}")]
    WrongLength {
        /// Codewords the symbol size holds (data + error correction).
        expected: usize,
        /// Codewords given.
        got: usize,
    },
    /// A block would exceed the 255 codewords a GF(256) Reed-Solomon code allows, or its error
    /// correction length has no generator polynomial.
    #[error("Reed-Solomon block of {len} codewords is not supported")]
    BlockTooLong {
        /// Requested block length (data + error correction).
        len: usize,
    },
    /// A block holds more damage than its error correction can repair (2e + s > ecc).
    #[error(
        "block {block}: too many errors to correct ({erasures} erasures given, {ecc} ecc codewords)"
    )]
    Uncorrectable {
        /// 0-based interleaved block index.
        block: usize,
        /// Erasures supplied for that block.
        erasures: usize,
        /// Error correction codewords of that block.
        ecc: usize,
    },
}
