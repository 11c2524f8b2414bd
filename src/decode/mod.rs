//! Data codewords -> transmitted bytes: the six ECC200 encodation modes and the symbol-level
//! features (FNC1/GS1, ECI, macros, structured append, reader programming).
//!
//! Sits after error correction in the read path (`read -> matrix -> ecc -> decode -> gs1`); it
//! is the inverse of `encode/`. [`decode_codewords`] is the entry point; [`merge_structured_append`]
//! joins a complete structured append sequence.
//!
//! Reference: ISO/IEC 16022:2006 clause 5.2 (encodation, incl. reader programming, macros,
//! ECI, structured append) and its symbology identifier annex (`]d1`..`]d6`, AIM modifiers).
//! ISO/IEC 21471 (DMRE) reuses the ECC200 encodation and decoding unchanged. A decoded DMRE
//! symbol without ECI reports `]d7` / `]d8` (GS1) / `]d9` (FNC1 second), which is what zxing-cpp
//! 3.1 transmits for DMRE symbols (checked by reading our DMRE renders with it); DMRE with ECI keeps
//! `]d4`..`]d6`. The ISO/IEC 21471 clause itself was not checked against the text of the standard.

pub mod charset;
mod charset_tables;
mod modes;
mod symbol;

use alloc::vec::Vec;

pub use charset::{Charset, eci_to_string, eci_to_utf8};
pub use modes::{decode_codewords, decode_codewords_into};
pub use symbol::{
    DECODE_SCRATCH_MAX, DecodeOptions, DecodedSymbol, Decoder, GridDecode, decode_grid,
    decode_grid_into, decode_grid_with, decode_scratch_len,
};

/// Upper bound of the transmitted bytes of a symbol with `data_codewords` data codewords (what
/// [`decode_codewords_into`] may write): at most 3.5 bytes per codeword (an ECI escape
/// `\nnnnnn` from two codewords) plus a macro header and trailer.
pub const fn max_decoded_len(data_codewords: usize) -> usize {
    data_codewords.saturating_mul(4).saturating_add(16)
}

/// [`max_decoded_len`] of the largest symbol (144x144, 1,558 data codewords): an output buffer
/// this long always suffices for [`decode_grid_into`].
pub const DECODED_MAX: usize =
    max_decoded_len(crate::symbol::SymbolSize::Square144.data_codewords());

/// Errors of the data decoding layer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// The grid is not an ECC200 symbol (size, finder/timing pattern).
    #[error(transparent)]
    Matrix(#[from] crate::matrix::MatrixError),
    /// Reed-Solomon could not correct the codewords (damage beyond capacity).
    #[error(transparent)]
    Ecc(#[from] crate::ecc::CorrectError),
    /// A codeword that is not valid where it appears (e.g. 0, or 242..=255 in ASCII mode).
    #[error("invalid codeword {value} at data codeword {pos}")]
    InvalidCodeword {
        /// 0-based index in the data codewords.
        pos: usize,
        /// The codeword value.
        value: u8,
    },
    /// A field runs past the end of the data codewords (Base256 length, ECI, structured append).
    #[error("data ends inside a field starting at data codeword {pos}")]
    Truncated {
        /// 0-based index in the data codewords where the field started.
        pos: usize,
    },
    /// A feature that may only appear in the first position appeared later (macro, structured
    /// append, reader programming).
    #[error("codeword {value} at data codeword {pos} is only valid at the start")]
    Misplaced {
        /// 0-based index in the data codewords.
        pos: usize,
        /// The codeword value.
        value: u8,
    },
    /// The caller's output buffer is too short for the decoded bytes (no-heap API).
    #[error("decoded data needs {needed} bytes, the output buffer holds {capacity}")]
    OutputTooSmall {
        /// Bytes the decoded data needs.
        needed: usize,
        /// Length of the buffer given.
        capacity: usize,
    },
    /// The caller's scratch buffer is too short for the symbol size found (no-heap API; see
    /// [`decode_scratch_len`]).
    #[error("symbol needs {needed} bytes of scratch, {capacity} given")]
    ScratchTooSmall {
        /// Scratch bytes the symbol size needs.
        needed: usize,
        /// Length of the scratch given.
        capacity: usize,
    },
    /// An ECI designator whose number has no character set assigned (e.g. 14, 19, 1000).
    #[error("ECI {eci} (at payload byte {pos}) names no known character set")]
    UnknownEci {
        /// The ECI number.
        eci: u32,
        /// Payload offset where it takes effect.
        pos: usize,
    },
    /// An ECI naming a character set this crate does not convert to text (the CJK multi-byte
    /// sets: 20 Shift JIS, 28 Big5, 29 GB2312, 30 EUC-KR, 31 GBK, 32 GB18030).
    #[error("ECI {eci} (at payload byte {pos}): character set not supported for text")]
    UnsupportedCharset {
        /// The ECI number.
        eci: u32,
        /// Payload offset where it takes effect.
        pos: usize,
    },
    /// Payload bytes that are not valid in the character set their ECI selects (invalid UTF-8,
    /// a byte undefined in the set, a lone UTF-16 surrogate, an odd UTF-16 length).
    #[error("payload byte {pos} is not valid text in the character set of ECI {eci}")]
    InvalidText {
        /// The ECI in effect.
        eci: u32,
        /// Payload offset of the first invalid byte.
        pos: usize,
    },
    /// Structured append sequence incomplete or inconsistent.
    #[error("structured append: {kind:?} (position {position}, total {total})")]
    StructuredAppend {
        /// What is wrong.
        kind: StructuredAppendProblem,
        /// Symbol position involved (1-based; 0 when not applicable).
        position: u8,
        /// Sequence length expected.
        total: u8,
    },
}

/// The details of decoded data besides the bytes: what [`decode_codewords_into`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DataInfo {
    /// FNC1 placement.
    pub fnc1: Fnc1Mode,
    /// Whether any ECI designator appeared (the bytes then carry AIM ECI escapes).
    pub eci: bool,
    /// Macro 05/06 if the symbol starts with one.
    pub macro_header: Option<Macro>,
    /// Structured append header, if any.
    pub structured_append: Option<StructuredAppend>,
    /// Reader programming flag (codeword 234 at the start).
    pub reader_programming: bool,
}

impl DataInfo {
    /// AIM symbology identifier modifier digit: 1 plain, 2 FNC1 first, 3 FNC1 second, 4..6 the
    /// same with ECI (ISO/IEC 16022 symbology identifier annex).
    pub fn symbology_modifier(&self) -> u8 {
        let base: u8 = match self.fnc1 {
            Fnc1Mode::None => 1,
            Fnc1Mode::Gs1 => 2,
            Fnc1Mode::Aim => 3,
        };
        if self.eci {
            base.saturating_add(3)
        } else {
            base
        }
    }
}

/// What is wrong with a structured append sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum StructuredAppendProblem {
    /// A symbol carries no structured append header.
    NotStructuredAppend,
    /// Symbols disagree on file identification or total count.
    Mismatch,
    /// A position appears twice.
    Duplicate,
    /// A position is missing.
    Missing,
    /// An empty list was given.
    Empty,
}

/// Where FNC1 appeared at the start of the data, which decides the symbology identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Fnc1Mode {
    /// No leading FNC1: plain ECC200 data.
    #[default]
    None,
    /// FNC1 in first position (after an optional structured append header): GS1 data.
    Gs1,
    /// FNC1 in second position, after a one-letter or two-digit application indicator (AIM).
    Aim,
}

/// A macro header that the decoder expanded (ISO/IEC 16022 clause 5.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Macro {
    /// Codeword 236: `[)>RS05GS` ... `RS EOT`.
    M05,
    /// Codeword 237: `[)>RS06GS` ... `RS EOT`.
    M06,
}

/// The structured append header of one symbol (ISO/IEC 16022 clause 5.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StructuredAppend {
    /// This symbol's position in the sequence, 1-based (1..=16).
    pub position: u8,
    /// Number of symbols in the sequence (2..=16).
    pub total: u8,
    /// File identification: two codewords, each 1..=254.
    pub file_id: [u8; 2],
}

/// The decoded content of one symbol's data codewords.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DecodedData {
    /// The bytes a scanner transmits after the symbology identifier: FNC1 separators as GS
    /// (0x1D), no leading FNC1, macro headers expanded, and, when the symbol uses ECI, ECI
    /// escapes `\nnnnnn` with data backslashes doubled (AIM ECI transmission protocol).
    pub bytes: Vec<u8>,
    /// FNC1 placement.
    pub fnc1: Fnc1Mode,
    /// Whether any ECI designator appeared.
    pub eci: bool,
    /// ECI designators with the byte offset in `bytes` (before escaping: in the payload) where
    /// each takes effect.
    pub ecis: Vec<(usize, u32)>,
    /// The unescaped payload (same as `bytes` when `eci` is false).
    pub payload: Vec<u8>,
    /// Macro 05/06 if the symbol starts with one.
    pub macro_header: Option<Macro>,
    /// Structured append header, if any.
    pub structured_append: Option<StructuredAppend>,
    /// Reader programming flag (codeword 234 at the start): the data programs the reader.
    pub reader_programming: bool,
}

impl DecodedData {
    /// AIM symbology identifier modifier digit (ISO/IEC 16022 symbology identifier annex): 1 plain, 2 FNC1 first,
    /// 3 FNC1 second, 4 ECI, 5 ECI + FNC1 first, 6 ECI + FNC1 second.
    pub fn symbology_modifier(&self) -> u8 {
        self.info().symbology_modifier()
    }

    /// The details besides the bytes.
    pub fn info(&self) -> DataInfo {
        DataInfo {
            fnc1: self.fnc1,
            eci: self.eci,
            macro_header: self.macro_header,
            structured_append: self.structured_append,
            reader_programming: self.reader_programming,
        }
    }

    /// The symbology identifier, `]d1` .. `]d6`.
    pub fn symbology_id(&self) -> [u8; 3] {
        [b']', b'd', b'0'.saturating_add(self.symbology_modifier())]
    }

    /// The payload as text: [`Self::utf8_text`] when the conversion succeeds; otherwise a
    /// lossy display (ISO/IEC 8859-1 by default; segments after ECI 26 as lossy UTF-8, after
    /// ECI 7 as ISO/IEC 8859-5, after ECI 25 as lossy UTF-16BE, other sets as ISO/IEC 8859-1).
    pub fn text(&self) -> alloc::string::String {
        if let Ok(s) = self.utf8_text() {
            return s;
        }
        let mut out = alloc::string::String::with_capacity(self.payload.len());
        let mut start = 0;
        let mut eci = 3u32;
        let mut bounds: Vec<(usize, u32)> = self.ecis.clone();
        bounds.push((self.payload.len(), 3));
        for (at, next) in bounds {
            let seg = self.payload.get(start..at.max(start)).unwrap_or(&[]);
            match eci {
                26 => out.push_str(&alloc::string::String::from_utf8_lossy(seg)),
                7 => out.extend(seg.iter().map(|&b| iso8859_5(b))),
                25 => out.extend(
                    char::decode_utf16(seg.chunks(2).map(|p| {
                        u16::from_be_bytes([*p.first().unwrap_or(&0), *p.get(1).unwrap_or(&0)])
                    }))
                    .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)),
                ),
                _ => out.extend(seg.iter().map(|&b| char::from(b))),
            }
            start = at.max(start);
            eci = next;
        }
        out
    }

    /// The content as UTF-8: every segment converted from the character set its ECI selects
    /// (ISO/IEC 8859-1 without ECI), binary (ECI 899) segments as they are; see
    /// [`charset::eci_to_utf8`].
    ///
    /// # Errors
    /// [`DecodeError::UnknownEci`], [`DecodeError::UnsupportedCharset`] or
    /// [`DecodeError::InvalidText`] when the payload cannot be converted without guessing.
    pub fn utf8(&self) -> Result<Vec<u8>, DecodeError> {
        charset::eci_to_utf8(&self.payload, &self.ecis)
    }

    /// [`Self::utf8`] as a `String` (fails also when binary data is not UTF-8).
    ///
    /// # Errors
    /// As [`Self::utf8`].
    pub fn utf8_text(&self) -> Result<alloc::string::String, DecodeError> {
        charset::eci_to_string(&self.payload, &self.ecis)
    }

    /// The symbology identifier as a string.
    pub fn symbology_id_str(&self) -> &'static str {
        match self.symbology_modifier() {
            2 => "]d2",
            3 => "]d3",
            4 => "]d4",
            5 => "]d5",
            6 => "]d6",
            _ => "]d1",
        }
    }
}

/// ISO/IEC 8859-5 (Cyrillic, ECI 7) to Unicode.
fn iso8859_5(b: u8) -> char {
    let u = match b {
        0..=0xA0 | 0xAD => u32::from(b),
        0xF0 => 0x2116,
        0xFD => 0xA7,
        _ => u32::from(b).saturating_add(0x400 - 0xA0),
    };
    char::from_u32(u).unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// Joins the payloads of a complete structured append sequence, in position order.
///
/// Every symbol must carry a header with the same total and file identification, and each
/// position 1..=total must appear exactly once.
///
/// # Errors
/// [`DecodeError::StructuredAppend`] saying what is missing or inconsistent.
pub fn merge_structured_append(parts: &[&DecodedData]) -> Result<Vec<u8>, DecodeError> {
    let sa_err = |kind, position, total| DecodeError::StructuredAppend {
        kind,
        position,
        total,
    };
    let first = parts
        .first()
        .ok_or(sa_err(StructuredAppendProblem::Empty, 0, 0))?;
    let head = first.structured_append.ok_or(sa_err(
        StructuredAppendProblem::NotStructuredAppend,
        0,
        0,
    ))?;
    let total = head.total;
    let mut slots: [Option<&DecodedData>; 16] = [None; 16];
    for p in parts {
        let h = p.structured_append.ok_or(sa_err(
            StructuredAppendProblem::NotStructuredAppend,
            0,
            total,
        ))?;
        if h.total != total || h.file_id != head.file_id || h.position == 0 || h.position > total {
            return Err(sa_err(StructuredAppendProblem::Mismatch, h.position, total));
        }
        let slot = slots
            .get_mut(usize::from(h.position.saturating_sub(1)))
            .ok_or(sa_err(StructuredAppendProblem::Mismatch, h.position, total))?;
        if slot.is_some() {
            return Err(sa_err(
                StructuredAppendProblem::Duplicate,
                h.position,
                total,
            ));
        }
        *slot = Some(p);
    }
    let mut out = Vec::new();
    for (i, s) in slots.iter().take(usize::from(total)).enumerate() {
        let s = s.ok_or(sa_err(
            StructuredAppendProblem::Missing,
            u8::try_from(i).map_or(u8::MAX, |i| i.saturating_add(1)),
            total,
        ))?;
        out.extend_from_slice(&s.bytes);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ASCII codeword for a character (ISO/IEC 16022 5.2.3: value + 1).
    fn a(s: &str) -> alloc::vec::Vec<u8> {
        s.bytes().map(|b| b + 1).collect()
    }

    #[test]
    fn fnc1_positions_give_the_symbology_identifier() {
        let mut cw = alloc::vec![232];
        cw.extend(a("A"));
        cw.push(232);
        cw.extend(a("B"));
        let d = decode_codewords(&cw).unwrap();
        assert_eq!(
            (d.fnc1, d.symbology_id_str(), &d.bytes[..]),
            (Fnc1Mode::Gs1, "]d2", &b"A\x1dB"[..])
        );
        // Letter then FNC1: AIM application indicator, ]d3, FNC1 not transmitted.
        let d = decode_codewords(&[b'Z' + 1, 232, b'9' + 1]).unwrap();
        assert_eq!((d.symbology_id_str(), &d.bytes[..]), ("]d3", &b"Z9"[..]));
        // Two digits (one digit-pair codeword 130 + 42) then FNC1.
        let d = decode_codewords(&[130 + 42, 232, b'x' + 1]).unwrap();
        assert_eq!((d.symbology_id_str(), &d.bytes[..]), ("]d3", &b"42x"[..]));
        // FNC1 later is a GS separator.
        let d = decode_codewords(&[b'a' + 1, b'b' + 1, 232, b'c' + 1]).unwrap();
        assert_eq!(
            (d.symbology_id_str(), &d.bytes[..]),
            ("]d1", &b"ab\x1dc"[..])
        );
    }

    #[test]
    fn eci_designators_and_escapes() {
        // ECI 26 = codeword 241 then 27 (value + 1); ECI 1000 = 128 + (1000-127)/254 ...
        let mut cw = alloc::vec![241, 27];
        cw.extend(a("a\\b"));
        let d = decode_codewords(&cw).unwrap();
        assert_eq!(d.symbology_id_str(), "]d4");
        assert_eq!(d.bytes, b"\\000026a\\\\b");
        assert_eq!(d.payload, b"a\\b");
        // Two-codeword form: 127 <= ECI <= 16382: c1 = (v-127)/254 + 128, c2 = (v-127)%254 + 1.
        let v = 1000u32;
        let d = decode_codewords(&[
            241,
            ((v - 127) / 254 + 128) as u8,
            ((v - 127) % 254 + 1) as u8,
        ])
        .unwrap();
        assert_eq!(d.ecis, [(0, 1000)]);
        // Three-codeword form from 16383.
        let v = 20000u32 - 16383;
        let d = decode_codewords(&[
            241,
            (v / 64516 + 192) as u8,
            ((v / 254) % 254 + 1) as u8,
            (v % 254 + 1) as u8,
        ])
        .unwrap();
        assert_eq!(d.ecis, [(0, 20000)]);
        // GS1 + ECI is ]d5.
        let d = decode_codewords(&[232, 241, 27, b'1' + 1]).unwrap();
        assert_eq!(d.symbology_id_str(), "]d5");
    }

    #[test]
    fn into_buffer_matches_the_allocating_decoder() {
        // Hand-picked: ECI with backslashes, macro, GS1, structured append; then pseudo-random
        // codeword strings (valid or not: both decoders must agree on the error too).
        let mut cases: alloc::vec::Vec<alloc::vec::Vec<u8>> = alloc::vec![
            alloc::vec![241, 27, b'\\' + 1, 241, 4, b'x' + 1, b'\\' + 1],
            alloc::vec![b'\\' + 1, 241, 27, b'a' + 1],
            alloc::vec![236, b'X' + 1, 241, 27],
            alloc::vec![232, 131, 232, b'1' + 1],
            alloc::vec![233, 0x0F, 1, 1, 232, b'1' + 1],
        ];
        let mut x: u32 = 0x1234_5678;
        for len in 0..400usize {
            let mut v = alloc::vec::Vec::new();
            for _ in 0..len % 40 {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                v.push((x >> 8) as u8);
            }
            cases.push(v);
        }
        let mut buf = [0u8; 512];
        for cw in &cases {
            match (decode_codewords(cw), decode_codewords_into(cw, &mut buf)) {
                (Ok(a), Ok((info, n))) => {
                    assert_eq!(&buf[..n], &a.bytes[..], "{cw:?}");
                    assert_eq!(info, a.info(), "{cw:?}");
                    // One byte short: the exact length needed is reported.
                    if n > 0 {
                        assert_eq!(
                            decode_codewords_into(cw, &mut buf[..n - 1]),
                            Err(DecodeError::OutputTooSmall {
                                needed: n,
                                capacity: n - 1
                            })
                        );
                    }
                }
                (Err(a), Err(b)) => assert_eq!(a, b, "{cw:?}"),
                (a, b) => panic!("{cw:?}: {a:?} vs {b:?}"),
            }
        }
    }

    #[test]
    fn macros_expand() {
        let mut cw = alloc::vec![236];
        cw.extend(a("X"));
        assert_eq!(
            decode_codewords(&cw).unwrap().bytes,
            b"[)>\x1e05\x1dX\x1e\x04"
        );
        let mut cw = alloc::vec![237];
        cw.extend(a("Y"));
        assert_eq!(
            decode_codewords(&cw).unwrap().bytes,
            b"[)>\x1e06\x1dY\x1e\x04"
        );
        assert!(matches!(
            decode_codewords(&[66, 236]),
            Err(DecodeError::Misplaced { pos: 1, value: 236 })
        ));
    }

    #[test]
    fn structured_append_header_and_merge() {
        // Symbol p of n: upper nibble p-1, lower nibble 17-n; file id 2 codewords.
        let part = |p: u8, n: u8, text: &str| {
            let mut cw = alloc::vec![233, ((p - 1) << 4) | (17 - n), 7, 9];
            cw.extend(a(text));
            decode_codewords(&cw).unwrap()
        };
        let (p1, p2, p3) = (part(1, 3, "ab"), part(2, 3, "cd"), part(3, 3, "e"));
        assert_eq!(
            p2.structured_append,
            Some(StructuredAppend {
                position: 2,
                total: 3,
                file_id: [7, 9]
            })
        );
        assert_eq!(merge_structured_append(&[&p3, &p1, &p2]).unwrap(), b"abcde");
        assert!(matches!(
            merge_structured_append(&[&p1, &p3]),
            Err(DecodeError::StructuredAppend {
                kind: StructuredAppendProblem::Missing,
                position: 2,
                ..
            })
        ));
        assert!(matches!(
            merge_structured_append(&[&p1, &p1, &p3]),
            Err(DecodeError::StructuredAppend {
                kind: StructuredAppendProblem::Duplicate,
                ..
            })
        ));
        // FNC1 right after the header counts as first position.
        let d = decode_codewords(&[233, 0x0F, 1, 1, 232, b'1' + 1]).unwrap();
        assert_eq!(d.symbology_id_str(), "]d2");
    }

    #[test]
    fn reader_programming_and_upper_shift() {
        let d = decode_codewords(&[234, b'R' + 1]).unwrap();
        assert!(d.reader_programming);
        // Upper shift: next ASCII value + 128 (0xE9 = 'i' + 128).
        assert_eq!(decode_codewords(&[235, b'i' + 1]).unwrap().bytes, [0xE9]);
        assert!(matches!(
            decode_codewords(&[66, 234]),
            Err(DecodeError::Misplaced { .. })
        ));
    }

    #[test]
    fn base256_randomisation() {
        // Annex B: 255-state: R = ((149 * p) mod 255) + 1, cw = (v + R) mod 256, p 1-based.
        let payload = [0u8, 0x80, 0xFF, b'x'];
        let mut cw = alloc::vec![231];
        let mut push = |v: u8| {
            let p = cw.len() + 1;
            cw.push(v.wrapping_add(((149 * p) % 255 + 1) as u8));
        };
        push(payload.len() as u8);
        for &b in &payload {
            push(b);
        }
        cw.extend(a("!"));
        let d = decode_codewords(&cw).unwrap();
        assert_eq!(d.bytes, [0, 0x80, 0xFF, b'x', b'!']);
        // Length past the end is an error, not a panic.
        assert!(matches!(
            decode_codewords(&[231, 200]),
            Err(DecodeError::Truncated { .. })
        ));
    }

    #[test]
    fn pads_end_the_data_and_bad_codewords_are_errors() {
        assert_eq!(
            decode_codewords(&[b'A' + 1, 129, 175, 70]).unwrap().bytes,
            b"A"
        );
        assert!(matches!(
            decode_codewords(&[0]),
            Err(DecodeError::InvalidCodeword { pos: 0, value: 0 })
        ));
        assert!(matches!(
            decode_codewords(&[250]),
            Err(DecodeError::InvalidCodeword { .. })
        ));
    }
}
