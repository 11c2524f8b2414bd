//! Character rules: GS1 character set 82, TDS Table A-1 URN escapes, Digital Link percent-encoding.

use alloc::string::String;
use alloc::vec::Vec;

use super::{Component, EpcError};
use crate::gs1::lint::check_digit;

/// Whether `b` is in GS1 AI encodable character set 82 (GS1 General Specifications 7.11, Figure 7.11-1).
#[must_use]
pub const fn is_cset82(b: u8) -> bool {
    matches!(b,
        b'!' | b'"' | b'%'..=b'?' | b'A'..=b'Z' | b'_' | b'a'..=b'z')
}

/// The characters TDS Table A-1 escapes in URN components: `" % & / < > ?`.
const fn urn_must_escape(b: u8) -> bool {
    matches!(b, b'"' | b'%' | b'&' | b'/' | b'<' | b'>' | b'?')
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

fn push_pct(out: &mut String, b: u8) {
    out.push('%');
    for nibble in [b >> 4, b & 15] {
        out.push(char::from(
            HEX.get(usize::from(nibble)).copied().unwrap_or(b'0'),
        ));
    }
}

/// Appends `value` to `out` with the TDS Table A-1 escapes (upper-case hex).
pub fn urn_escape_into(value: &str, out: &mut String) {
    for ch in value.chars() {
        match u8::try_from(ch) {
            Ok(b) if urn_must_escape(b) => push_pct(out, b),
            _ => out.push(ch),
        }
    }
}

fn hex_val(b: u8) -> Option<u8> {
    // `to_digit(16)` accepts exactly 0-9, a-f, A-F and returns < 16.
    char::from(b)
        .to_digit(16)
        .and_then(|v| u8::try_from(v).ok())
}

/// Decodes a URN component: `%HH` (either case) decodes to any character; literal characters must be
/// in character set 82 and not among those Table A-1 escapes. The result must be character set 82.
/// `base` is the component's byte offset in the whole input (for error positions).
///
/// # Errors
/// [`EpcError::BadPercentEscape`], [`EpcError::InvalidCharacter`].
pub fn urn_unescape(s: &str, base: usize, component: Component) -> Result<String, EpcError> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        let pos = base.saturating_add(i);
        if b == b'%' {
            let hi = bytes.get(i.saturating_add(1)).copied().and_then(hex_val);
            let lo = bytes.get(i.saturating_add(2)).copied().and_then(hex_val);
            let (Some(hi), Some(lo)) = (hi, lo) else {
                return Err(EpcError::BadPercentEscape { pos });
            };
            let v = (hi << 4) | lo;
            if !is_cset82(v) {
                return Err(EpcError::InvalidCharacter {
                    component,
                    pos,
                    byte: v,
                });
            }
            out.push(v);
            i = i.saturating_add(3);
        } else {
            if !is_cset82(b) || urn_must_escape(b) {
                return Err(EpcError::InvalidCharacter {
                    component,
                    pos,
                    byte: b,
                });
            }
            out.push(b);
            i = i.saturating_add(1);
        }
    }
    // Every byte pushed is ASCII (character set 82), so this cannot fail.
    String::from_utf8(out).map_err(|_| EpcError::InvalidCharacter {
        component,
        pos: base,
        byte: 0,
    })
}

/// Appends `value` percent-encoded for a Digital Link path segment: everything outside
/// `A-Z a-z 0-9 - . _ ~` becomes `%HH` (upper-case hex).
pub fn dl_escape_into(value: &str, out: &mut String) {
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            push_pct(out, b);
        }
    }
}

/// Decodes a Digital Link path segment (`%HH` in either case); the result must be character set 82.
///
/// # Errors
/// [`EpcError::BadPercentEscape`], [`EpcError::InvalidCharacter`].
pub fn dl_unescape(s: &str, base: usize, component: Component) -> Result<String, EpcError> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        let pos = base.saturating_add(i);
        let v = if b == b'%' {
            let hi = bytes.get(i.saturating_add(1)).copied().and_then(hex_val);
            let lo = bytes.get(i.saturating_add(2)).copied().and_then(hex_val);
            let (Some(hi), Some(lo)) = (hi, lo) else {
                return Err(EpcError::BadPercentEscape { pos });
            };
            i = i.saturating_add(3);
            (hi << 4) | lo
        } else {
            i = i.saturating_add(1);
            b
        };
        if !is_cset82(v) {
            return Err(EpcError::InvalidCharacter {
                component,
                pos,
                byte: v,
            });
        }
        out.push(v);
    }
    String::from_utf8(out).map_err(|_| EpcError::InvalidCharacter {
        component,
        pos: base,
        byte: 0,
    })
}

/// Checks that `value` is 1..=`max` characters of character set 82.
///
/// # Errors
/// [`EpcError::InvalidCharacter`], [`EpcError::SerialTooLong`] (the caller handles emptiness).
pub fn check_cset82(value: &str, max: usize, component: Component) -> Result<(), EpcError> {
    if let Some((pos, b)) = value.bytes().enumerate().find(|&(_, b)| !is_cset82(b)) {
        return Err(EpcError::InvalidCharacter {
            component,
            pos,
            byte: b,
        });
    }
    if value.len() > max {
        return Err(EpcError::SerialTooLong {
            component,
            found: value.len(),
            max,
        });
    }
    Ok(())
}

/// Checks that `value` is all ASCII digits.
///
/// # Errors
/// [`EpcError::NonNumeric`] with the offset of the first non-digit.
pub fn check_digits(value: &str, component: Component) -> Result<(), EpcError> {
    match value.bytes().position(|b| !b.is_ascii_digit()) {
        Some(pos) => Err(EpcError::NonNumeric { component, pos }),
        None => Ok(()),
    }
}

/// The GS1 mod-10 check digit (0..=9) over `digits` (ASCII digits, at most 17 of them; the body of
/// a GTIN, SSCC, GLN, GSRN, GDTI or GRAI). The GS1 layer's [`check_digit`] computes it, so both
/// layers agree by construction.
#[must_use]
pub fn gs1_check_digit(digits: &[u8]) -> u8 {
    let body = digits.get(..digits.len().min(17)).unwrap_or(digits);
    check_digit(body).wrapping_sub(b'0')
}

/// Checks the final digit of `key` (all ASCII digits) against the GS1 mod-10 check digit.
///
/// # Errors
/// [`EpcError::BadCheckDigit`].
pub fn verify_check_digit(key: &str, component: Component) -> Result<(), EpcError> {
    let bytes = key.as_bytes();
    let Some((&last, body)) = bytes.split_last() else {
        return Err(EpcError::WrongLength {
            component,
            found: 0,
            expected: 1,
        });
    };
    let expected = gs1_check_digit(body);
    let found = last.wrapping_sub(b'0');
    if found == expected {
        Ok(())
    } else {
        Err(EpcError::BadCheckDigit {
            component,
            found,
            expected,
        })
    }
}
