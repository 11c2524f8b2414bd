//! ECI segments -> UTF-8: converts a decoded payload whose parts are in the character sets
//! that ECI designators select into Unicode text.
//!
//! Sits after the mode decoder ([`super::decode_codewords`] gives the payload and the ECI
//! designators with their offsets); the result is what a `text` row of the corpus compares.
//! Data before any ECI is in the ECC200 default set, ISO/IEC 8859-1 (ECI 3). ECI numbers are the
//! AIM ECI register's (ITS/04-001): 0 and 2 IBM code page 437, 1 and 3 ISO/IEC 8859-1, 4..=13
//! and 15..=18 ISO/IEC 8859-2..=11 and -13..=16, 21..=24 Windows 1250, 1251, 1252, 1256, 25
//! UTF-16BE, 26 UTF-8, 27 ASCII, 33 UTF-16LE, 34 UTF-32BE, 35 UTF-32LE, 170 ISO/IEC 646
//! invariant, 899 binary. The multi-byte CJK sets (20 Shift JIS, 28 Big5, 29 GB2312, 30 EUC-KR,
//! 31 GBK, 32 GB18030) are assigned but not converted here: [`DecodeError::UnsupportedCharset`].
//! Any other number is [`DecodeError::UnknownEci`]; nothing is ever guessed.

use alloc::string::String;
use alloc::vec::Vec;

use super::DecodeError;
use super::charset_tables as t;

/// The ECC200 default character set (ISO/IEC 16022: ISO/IEC 8859-1, ECI 3).
pub const DEFAULT_ECI: u32 = 3;

/// A character set an ECI designator selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Charset {
    /// IBM code page 437 (ECI 0, 2).
    Cp437,
    /// ISO/IEC 8859-1 (ECI 1, 3): bytes are the code points.
    Latin1,
    /// A part of ISO/IEC 8859 other than 1 (2..=11, 13..=16).
    Iso8859(u8),
    /// A Windows code page (1250, 1251, 1252, 1256).
    Windows(u16),
    /// UTF-16, big endian (ECI 25).
    Utf16Be,
    /// UTF-16, little endian (ECI 33).
    Utf16Le,
    /// UTF-32, big endian (ECI 34).
    Utf32Be,
    /// UTF-32, little endian (ECI 35).
    Utf32Le,
    /// UTF-8 (ECI 26).
    Utf8,
    /// US-ASCII (ECI 27): bytes 0..=0x7F.
    Ascii,
    /// ISO/IEC 646 invariant subset (ECI 170).
    Iso646Invariant,
    /// 8-bit binary data (ECI 899): the bytes are not text.
    Binary,
}

/// Whether `eci` names a character set this module cannot convert (the CJK multi-byte sets).
fn unsupported(eci: u32) -> bool {
    matches!(eci, 20 | 28..=32)
}

impl Charset {
    /// The character set of an ECI number, `None` when it is not one this module converts.
    pub fn from_eci(eci: u32) -> Option<Self> {
        Some(match eci {
            0 | 2 => Self::Cp437,
            1 | 3 => Self::Latin1,
            4..=13 => Self::Iso8859(u8::try_from(eci.checked_sub(2)?).ok()?),
            15..=18 => Self::Iso8859(u8::try_from(eci.checked_sub(2)?).ok()?),
            21 => Self::Windows(1250),
            22 => Self::Windows(1251),
            23 => Self::Windows(1252),
            24 => Self::Windows(1256),
            25 => Self::Utf16Be,
            26 => Self::Utf8,
            27 => Self::Ascii,
            33 => Self::Utf16Le,
            34 => Self::Utf32Be,
            35 => Self::Utf32Le,
            170 => Self::Iso646Invariant,
            899 => Self::Binary,
            _ => return None,
        })
    }

    /// The table of a single-byte set's upper half and the first byte it covers.
    fn table(self) -> Option<(&'static [u16], u8)> {
        Some(match self {
            Self::Cp437 => (&t::CP437, 0x80),
            Self::Iso8859(part) => (
                match part {
                    2 => &t::ISO8859_2,
                    3 => &t::ISO8859_3,
                    4 => &t::ISO8859_4,
                    5 => &t::ISO8859_5,
                    6 => &t::ISO8859_6,
                    7 => &t::ISO8859_7,
                    8 => &t::ISO8859_8,
                    9 => &t::ISO8859_9,
                    10 => &t::ISO8859_10,
                    11 => &t::ISO8859_11,
                    13 => &t::ISO8859_13,
                    14 => &t::ISO8859_14,
                    15 => &t::ISO8859_15,
                    16 => &t::ISO8859_16,
                    _ => return None,
                },
                0xA0,
            ),
            Self::Windows(cp) => (
                match cp {
                    1250 => &t::CP1250,
                    1251 => &t::CP1251,
                    1252 => &t::CP1252,
                    1256 => &t::CP1256,
                    _ => return None,
                },
                0x80,
            ),
            _ => return None,
        })
    }
}

/// Whether `b` is in the ISO/IEC 646 invariant set (controls, space, digits, letters and
/// `!"%&'()*+,-./:;<=>?_`; not `#$@[\]^`{|}~`).
fn iso646_invariant(b: u8) -> bool {
    b < 0x80
        && !matches!(
            b,
            b'#' | b'$' | b'@' | b'[' | b'\\' | b']' | b'^' | b'`' | b'{'
        )
        && !matches!(b, b'|' | b'}' | b'~')
}

/// Converts one segment in `set` to UTF-8, appending to `out`; binary segments are appended as
/// they are. `pos` is the segment's payload offset, for errors.
fn convert(
    set: Charset,
    eci: u32,
    seg: &[u8],
    pos: usize,
    out: &mut Vec<u8>,
) -> Result<(), DecodeError> {
    let bad = |i: usize| DecodeError::InvalidText {
        eci,
        pos: pos.saturating_add(i),
    };
    let mut push = |c: char| {
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    };
    match set {
        Charset::Binary => {
            out.extend_from_slice(seg);
        }
        Charset::Latin1 => seg.iter().for_each(|&b| push(char::from(b))),
        Charset::Ascii | Charset::Iso646Invariant => {
            for (i, &b) in seg.iter().enumerate() {
                let ok = if set == Charset::Ascii {
                    b < 0x80
                } else {
                    iso646_invariant(b)
                };
                if !ok {
                    return Err(bad(i));
                }
                push(char::from(b));
            }
        }
        Charset::Utf8 => {
            let s = core::str::from_utf8(seg).map_err(|e| bad(e.valid_up_to()))?;
            out.extend_from_slice(s.as_bytes());
        }
        Charset::Utf16Be | Charset::Utf16Le => {
            if !seg.len().is_multiple_of(2) {
                return Err(bad(seg.len().saturating_sub(1)));
            }
            let units = seg.chunks_exact(2).map(|p| match (p, set) {
                ([a, b], Charset::Utf16Be) => u16::from_be_bytes([*a, *b]),
                ([a, b], _) => u16::from_le_bytes([*a, *b]),
                _ => 0,
            });
            let mut at = 0usize;
            for r in char::decode_utf16(units) {
                let c = r.map_err(|_| bad(at))?;
                at = at.saturating_add(c.len_utf16().saturating_mul(2));
                push(c);
            }
        }
        Charset::Utf32Be | Charset::Utf32Le => {
            if !seg.len().is_multiple_of(4) {
                return Err(bad(seg.len().saturating_sub(seg.len() % 4)));
            }
            for (i, q) in seg.chunks_exact(4).enumerate() {
                let q: [u8; 4] = q.try_into().map_err(|_| bad(i))?;
                let v = if set == Charset::Utf32Be {
                    u32::from_be_bytes(q)
                } else {
                    u32::from_le_bytes(q)
                };
                push(char::from_u32(v).ok_or(bad(i.saturating_mul(4)))?);
            }
        }
        Charset::Cp437 | Charset::Iso8859(_) | Charset::Windows(_) => {
            let (table, first) = set.table().ok_or(DecodeError::UnknownEci { eci, pos })?;
            for (i, &b) in seg.iter().enumerate() {
                let c = if b < first {
                    char::from(b)
                } else {
                    let u = table
                        .get(usize::from(b.wrapping_sub(first)))
                        .copied()
                        .unwrap_or(0);
                    char::from_u32(u32::from(u))
                        .filter(|_| u != 0)
                        .ok_or(bad(i))?
                };
                push(c);
            }
        }
    }
    Ok(())
}

/// Converts a decoded payload with its ECI designators (payload offset, ECI number; as in
/// [`super::DecodedData::ecis`]) to UTF-8: each segment in the character set of the ECI before
/// it (ISO/IEC 8859-1 before the first), binary (ECI 899) segments copied as they are.
///
/// # Errors
/// [`DecodeError::UnknownEci`] for an ECI number with no character set assigned,
/// [`DecodeError::UnsupportedCharset`] for the CJK sets this crate does not convert,
/// [`DecodeError::InvalidText`] when a segment's bytes are not valid in its character set.
pub fn eci_to_utf8(payload: &[u8], ecis: &[(usize, u32)]) -> Result<Vec<u8>, DecodeError> {
    let mut out = Vec::with_capacity(payload.len().saturating_add(payload.len() / 2));
    let (mut start, mut eci) = (0usize, DEFAULT_ECI);
    let ends = ecis
        .iter()
        .copied()
        .chain(core::iter::once((payload.len(), DEFAULT_ECI)));
    for (at, next) in ends {
        let end = at.clamp(start, payload.len());
        let seg = payload.get(start..end).unwrap_or(&[]);
        let set = Charset::from_eci(eci).ok_or(if unsupported(eci) {
            DecodeError::UnsupportedCharset { eci, pos: start }
        } else {
            DecodeError::UnknownEci { eci, pos: start }
        })?;
        convert(set, eci, seg, start, &mut out)?;
        // A designator that selects nothing known fails even before an empty segment.
        if Charset::from_eci(next).is_none() {
            return Err(if unsupported(next) {
                DecodeError::UnsupportedCharset {
                    eci: next,
                    pos: end,
                }
            } else {
                DecodeError::UnknownEci {
                    eci: next,
                    pos: end,
                }
            });
        }
        start = end;
        eci = next;
    }
    Ok(out)
}

/// [`eci_to_utf8`] as a `String`: fails also when a binary (ECI 899) segment is not UTF-8.
///
/// # Errors
/// As [`eci_to_utf8`]; [`DecodeError::InvalidText`] with ECI 899 for non-UTF-8 binary data.
pub fn eci_to_string(payload: &[u8], ecis: &[(usize, u32)]) -> Result<String, DecodeError> {
    String::from_utf8(eci_to_utf8(payload, ecis)?).map_err(|e| DecodeError::InvalidText {
        eci: 899,
        pos: e.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One byte in the character set of `eci` to its code point.
    fn one(eci: u32, b: u8) -> Result<u32, DecodeError> {
        let s = eci_to_string(&[b], &[(0, eci)])?;
        let mut it = s.chars();
        let c = it.next().map_or(0, u32::from);
        assert!(it.next().is_none());
        Ok(c)
    }

    #[test]
    fn single_byte_sets_against_known_code_points() {
        // (ECI, byte, code point) from the Unicode mapping tables, picked by hand.
        let known: &[(u32, u8, u32)] = &[
            (0, 0x80, 0xC7),    // cp437 C cedilla
            (2, 0xB0, 0x2591),  // cp437 light shade
            (2, 0xE1, 0xDF),    // cp437 sharp s
            (1, 0xE9, 0xE9),    // 8859-1 e acute
            (3, 0xB6, 0xB6),    // 8859-1 pilcrow
            (4, 0xA1, 0x104),   // 8859-2 A ogonek
            (4, 0xA9, 0x160),   // 8859-2 S caron
            (5, 0xA1, 0x126),   // 8859-3 H stroke
            (6, 0xA2, 0x138),   // 8859-4 kra
            (7, 0xB6, 0x416),   // 8859-5 Cyrillic ZHE
            (7, 0xF0, 0x2116),  // 8859-5 numero sign
            (8, 0xC7, 0x627),   // 8859-6 Arabic alef
            (9, 0xC1, 0x391),   // 8859-7 Greek Alpha
            (10, 0xE0, 0x5D0),  // 8859-8 Hebrew alef
            (11, 0xD0, 0x11E),  // 8859-9 G breve
            (12, 0xA1, 0x104),  // 8859-10 A ogonek
            (13, 0xA1, 0xE01),  // 8859-11 Thai ko kai
            (15, 0xA1, 0x201D), // 8859-13 right double quotation mark
            (16, 0xA1, 0x1E02), // 8859-14 B dot above
            (17, 0xA4, 0x20AC), // 8859-15 euro
            (17, 0xBD, 0x153),  // 8859-15 oe
            (18, 0xA1, 0x104),  // 8859-16 A ogonek
            (18, 0xAA, 0x218),  // 8859-16 S comma below
            (21, 0x8A, 0x160),  // cp1250 S caron
            (22, 0xC0, 0x410),  // cp1251 Cyrillic A
            (23, 0x80, 0x20AC), // cp1252 euro
            (23, 0x99, 0x2122), // cp1252 trade mark
            (24, 0xC7, 0x627),  // cp1256 Arabic alef
            (27, b'A', 0x41),
            (170, b'A', 0x41),
        ];
        for &(eci, b, cp) in known {
            assert_eq!(one(eci, b), Ok(cp), "ECI {eci} byte {b:#04x}");
        }
        // ASCII bytes are the same in every single-byte set.
        for eci in [0, 4, 7, 13, 18, 21, 24] {
            assert_eq!(one(eci, b'z'), Ok(u32::from(b'z')));
        }
    }

    #[test]
    fn undefined_bytes_are_errors() {
        // 8859-11 leaves 0xDB..=0xDE undefined; cp1252 leaves 0x81; 8859-3 leaves 0xA5.
        for (eci, b) in [
            (13, 0xDB),
            (23, 0x81),
            (5, 0xA5),
            (27, 0x80),
            (170, b'#'),
            (170, b'@'),
        ] {
            assert_eq!(one(eci, b), Err(DecodeError::InvalidText { eci, pos: 0 }));
        }
    }

    #[test]
    fn multi_byte_sets_and_segments() {
        // The zxing-cpp eci.png content: pilcrow in Latin-1, then ZHE in 8859-5 (U+00B6 U+0416).
        let s = eci_to_string(&[0xB6, 0xB6], &[(0, 3), (1, 7)]);
        assert_eq!(s.as_deref(), Ok("\u{B6}\u{416}"));
        // Without any ECI: ISO/IEC 8859-1.
        assert_eq!(eci_to_string(&[0x41, 0xE9], &[]).as_deref(), Ok("A\u{E9}"));
        // UTF-16BE with a surrogate pair (U+1F600), UTF-16LE, UTF-32.
        let be = [0x00, 0xB6, 0xD8, 0x3D, 0xDE, 0x00];
        assert_eq!(
            eci_to_string(&be, &[(0, 25)]).as_deref(),
            Ok("\u{B6}\u{1F600}")
        );
        assert_eq!(
            eci_to_string(&[0x16, 0x04], &[(0, 33)]).as_deref(),
            Ok("\u{416}")
        );
        let u32be = [0, 1, 0xF6, 0];
        assert_eq!(
            eci_to_string(&u32be, &[(0, 34)]).as_deref(),
            Ok("\u{1F600}")
        );
        assert_eq!(
            eci_to_string(&[0, 0xF6, 1, 0], &[(0, 35)]).as_deref(),
            Ok("\u{1F600}")
        );
        // UTF-8 passes through; invalid UTF-8 is an error at its offset.
        assert_eq!(
            eci_to_string(&[b'a', 0xD0, 0x96], &[(1, 26)]).as_deref(),
            Ok("a\u{416}")
        );
        assert_eq!(
            eci_to_string(&[b'a', 0xD0, 0x41], &[(1, 26)]),
            Err(DecodeError::InvalidText { eci: 26, pos: 1 })
        );
        // Odd UTF-16 length and a lone surrogate.
        assert!(eci_to_string(&[0, 0x41, 0], &[(0, 25)]).is_err());
        assert!(eci_to_string(&[0xD8, 0x3D, 0, 0x41], &[(0, 25)]).is_err());
        // Binary: bytes as they are.
        assert_eq!(
            eci_to_utf8(&[0xFF, 0x00], &[(0, 899)]),
            Ok(alloc::vec![0xFF, 0x00])
        );
        assert!(eci_to_string(&[0xFF], &[(0, 899)]).is_err());
    }

    #[test]
    fn unknown_and_unsupported_ecis_are_typed_errors() {
        assert_eq!(
            eci_to_utf8(b"ab", &[(1, 14)]),
            Err(DecodeError::UnknownEci { eci: 14, pos: 1 })
        );
        assert_eq!(
            eci_to_utf8(b"ab", &[(2, 1000)]),
            Err(DecodeError::UnknownEci { eci: 1000, pos: 2 })
        );
        for eci in [20, 28, 29, 30, 31, 32] {
            assert_eq!(
                eci_to_utf8(b"ab", &[(0, eci)]),
                Err(DecodeError::UnsupportedCharset { eci, pos: 0 })
            );
        }
    }
}
