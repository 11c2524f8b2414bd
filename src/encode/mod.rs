//! Data -> data codewords: the six ECC200 encodation modes and the optimal planner, plus the
//! top-level [`Encoder`] that chains `encode -> ecc -> matrix` into a [`Symbol`].
//!
//! Forward flow: `gs1 -> encode -> ecc -> matrix -> render`. One file per mode (`ascii`, `c40`,
//! `text`, `x12`, `edifact`, `base256`); [`planner`] picks the cheapest mix of them for the exact
//! symbol capacity, end-of-data rules included.
//!
//! ```
//! use gs1_datamatrix::encode::Encoder;
//! let symbol = Encoder::new().gs1(true).encode(b"0109506000134352\x1d10ABC123")?;
//! assert_eq!((symbol.size().rows(), symbol.size().cols()), (18, 18));
//! # Ok::<(), gs1_datamatrix::encode::EncodeError>(())
//! ```

#![allow(clippy::arithmetic_side_effects)]
// SAFETY-ish reason: ECI arithmetic runs only inside the checked ranges of each arm, and structured
// append fields are range-checked before `position - 1` and `17 - count`.

pub mod ascii;
pub mod base256;
pub mod c40;
pub mod edifact;
pub mod planner;
#[cfg(test)]
mod planner_ref;
pub mod text;
pub mod x12;

mod api;
mod buffers;
mod draw;
mod rs;

pub use crate::symbol::{ShapePolicy, SymbolSize};
pub use api::{Encoder, Options, Symbol};
pub use buffers::{EncodedInfo, encode_into_buffers, modules_len, scratch_len};
pub use planner::Modes;

/// Longest input accepted (bytes): more than the largest symbol can hold even as digit pairs
/// (1,558 data codewords), so every longer input is too long for any symbol.
pub const MAX_INPUT: usize = 3200;

/// Errors of the encoder.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EncodeError {
    /// The data needs more codewords than the largest allowed symbol holds.
    #[error("data needs {needed} data codewords, the largest allowed symbol holds {capacity}")]
    DataTooLong {
        /// Data codewords the cheapest encodation needs (headers included).
        needed: usize,
        /// Data codewords of the largest symbol the options allow.
        capacity: usize,
    },
    /// The input is longer than any symbol could hold.
    #[error("input of {len} bytes is longer than the {max} any symbol can hold")]
    InputTooLong {
        /// Input length in bytes.
        len: usize,
        /// The limit ([`MAX_INPUT`]).
        max: usize,
    },
    /// The ECI number is above 999,999.
    #[error("ECI {value} is out of range 0..=999999")]
    InvalidEci {
        /// The ECI number given.
        value: u32,
    },
    /// Structured Append position/count/file id out of range (1 <= position <= count <= 16,
    /// file id bytes 1..=254).
    #[error("structured append {position} of {count} (file id {file_id:?}) is out of range")]
    InvalidStructuredAppend {
        /// 1-based position of this symbol.
        position: u8,
        /// Number of symbols in the sequence.
        count: u8,
        /// The two file identification codewords.
        file_id: [u8; 2],
    },
    /// Macro 05/06 was asked for but the data does not start with `[)>RS05GS`/`[)>RS06GS` and
    /// end with `RSEOT`.
    #[error("data is not framed as macro {macro_number:02}")]
    MacroFraming {
        /// 5 or 6.
        macro_number: u8,
    },
    /// Options that cannot be combined (e.g. GS1 with reader programming or a macro).
    #[error("conflicting options: {what}")]
    ConflictingOptions {
        /// Which options conflict.
        what: &'static str,
    },
    /// A caller-provided buffer of [`encode_into_buffers`] is too short for this input and size.
    #[error("the {buffer} buffer holds {got} bytes, this symbol needs {needed}")]
    BufferTooSmall {
        /// `"scratch"` or `"modules"`.
        buffer: &'static str,
        /// Bytes needed.
        needed: usize,
        /// Bytes given.
        got: usize,
    },
    /// The Reed-Solomon or placement stage rejected the codewords (an internal invariant).
    #[error("symbol construction failed at the {stage} stage")]
    Internal {
        /// `"ecc"` or `"matrix"`.
        stage: &'static str,
    },
}

/// ISO/IEC 15434 macro framing that the 05/06 Macro codewords stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Macro {
    /// `[)>RS05GS` ... `RSEOT`: codeword 236.
    Format05,
    /// `[)>RS06GS` ... `RSEOT`: codeword 237.
    Format06,
}

impl Macro {
    /// The data bytes inside the macro frame, or `None` when `data` is not framed by it.
    pub fn strip(self, data: &[u8]) -> Option<&[u8]> {
        let head: &[u8] = match self {
            Macro::Format05 => b"[)>\x1e05\x1d",
            Macro::Format06 => b"[)>\x1e06\x1d",
        };
        data.strip_prefix(head)?.strip_suffix(b"\x1e\x04")
    }

    fn codeword(self) -> u8 {
        match self {
            Macro::Format05 => ascii::MACRO_05,
            Macro::Format06 => ascii::MACRO_06,
        }
    }

    fn number(self) -> u8 {
        match self {
            Macro::Format05 => 5,
            Macro::Format06 => 6,
        }
    }
}

/// Structured Append: this symbol's place in a sequence of up to 16 (ISO/IEC 16022 5.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StructuredAppend {
    /// 1-based position of this symbol (1..=count).
    pub position: u8,
    /// Number of symbols in the sequence (2..=16).
    pub count: u8,
    /// File identification: two codewords, each 1..=254, the same in every symbol of a sequence.
    pub file_id: [u8; 2],
}

/// Header codewords in front of the data: Structured Append, then FNC1 / Reader Programming /
/// macro, then ECI. At most 4 + 1 + 4 codewords.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Header {
    pub(crate) gs1: bool,
    pub(crate) reader_programming: bool,
    pub(crate) macro_: Option<Macro>,
    pub(crate) eci: Option<u32>,
    pub(crate) structured_append: Option<StructuredAppend>,
}

impl Header {
    /// Writes the header codewords into `out`; returns how many.
    pub(crate) fn write(&self, out: &mut [u8; 12]) -> Result<usize, EncodeError> {
        let mut n = 0usize;
        let mut put = |c: u8| {
            if let Some(slot) = out.get_mut(n) {
                *slot = c;
                n += 1;
            }
        };
        let conflicts = usize::from(self.gs1)
            + usize::from(self.reader_programming)
            + usize::from(self.macro_.is_some());
        if conflicts > 1 {
            return Err(EncodeError::ConflictingOptions {
                what: "GS1, reader programming and macro exclude each other",
            });
        }
        if let Some(sa) = self.structured_append {
            if sa.position == 0
                || sa.count < 2
                || sa.position > sa.count
                || sa.count > 16
                || sa.file_id.iter().any(|&b| b == 0 || b == 255)
            {
                return Err(EncodeError::InvalidStructuredAppend {
                    position: sa.position,
                    count: sa.count,
                    file_id: sa.file_id,
                });
            }
            if self.reader_programming {
                return Err(EncodeError::ConflictingOptions {
                    what: "reader programming and structured append",
                });
            }
            put(ascii::STRUCTURED_APPEND);
            put(((sa.position - 1) << 4) | (17 - sa.count));
            put(sa.file_id[0]);
            put(sa.file_id[1]);
        }
        if self.gs1 {
            put(ascii::FNC1);
        }
        if self.reader_programming {
            put(ascii::READER_PROGRAMMING);
        }
        if let Some(m) = self.macro_ {
            put(m.codeword());
        }
        if let Some(v) = self.eci {
            put(ascii::ECI);
            match v {
                0..=126 => put(v as u8 + 1),
                127..=16382 => {
                    let w = v - 127;
                    put((w / 254 + 128) as u8);
                    put((w % 254 + 1) as u8);
                }
                16383..=999_999 => {
                    let w = v - 16383;
                    put((w / 64516 + 192) as u8);
                    put(((w / 254) % 254 + 1) as u8);
                    put((w % 254 + 1) as u8);
                }
                _ => return Err(EncodeError::InvalidEci { value: v }),
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests;
