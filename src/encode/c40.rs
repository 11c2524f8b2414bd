//! C40 encodation (ISO/IEC 16022 5.2.5): three values per two codewords, upper-case letters,
//! digits and space in the basic set, everything else behind Shift 1/2/3 or Upper Shift.

#![allow(clippy::arithmetic_side_effects)]
// SAFETY-ish reason: byte arithmetic inside the matched character ranges; packed triples are at most
// 1600 * 39 + 40 * 39 + 39 + 1 < 65,536.

/// Unlatch from C40, Text or X12 back to ASCII.
pub const UNLATCH: u8 = 254;

/// Shift-2 value of FNC1 in C40 and Text.
const SHIFT2_FNC1: u8 = 27;
/// Shift-2 value of Upper Shift in C40 and Text.
const SHIFT2_UPPER: u8 = 30;

/// Values of the basic set and of Shift 3 differ between C40 and Text; everything else is shared.
#[inline]
fn c40_like(b: u8, text: bool, out: &mut [u8; 4]) -> usize {
    let (basic_letters, shift3_letters) = if text { (b'a', b'A') } else { (b'A', b'a') };
    match b {
        b' ' => {
            out[0] = 3;
            1
        }
        b'0'..=b'9' => {
            out[0] = 4 + (b - b'0');
            1
        }
        _ if b.wrapping_sub(basic_letters) < 26 => {
            out[0] = 14 + (b - basic_letters);
            1
        }
        0..=31 => {
            out[0] = 0;
            out[1] = b;
            2
        }
        33..=47 => {
            out[0] = 1;
            out[1] = b - 33;
            2
        }
        58..=64 => {
            out[0] = 1;
            out[1] = b - 58 + 15;
            2
        }
        91..=95 => {
            out[0] = 1;
            out[1] = b - 91 + 22;
            2
        }
        96 => {
            out[0] = 2;
            out[1] = 0;
            2
        }
        _ if b.wrapping_sub(shift3_letters) < 26 => {
            out[0] = 2;
            out[1] = 1 + (b - shift3_letters);
            2
        }
        _ => {
            // 123..=127
            out[0] = 2;
            out[1] = b.wrapping_sub(123).wrapping_add(27) & 31;
            2
        }
    }
}

/// The C40 (or, with `text`, Text) values of one input unit: a byte, or FNC1 when `fnc1`.
///
/// Writes 1 to 4 values into `out` and returns how many.
#[inline]
pub fn values(b: u8, fnc1: bool, text: bool, out: &mut [u8; 4]) -> usize {
    if fnc1 {
        out[0] = 1;
        out[1] = SHIFT2_FNC1;
        return 2;
    }
    if b < 128 {
        return c40_like(b, text, out);
    }
    let mut inner = [0u8; 4];
    let n = c40_like(b - 128, text, &mut inner);
    out[0] = 1;
    out[1] = SHIFT2_UPPER;
    out[2] = inner[0];
    out[3] = inner[1];
    2 + n
}

/// Number of values [`values`] gives, without writing them.
#[inline]
pub fn value_count(b: u8, fnc1: bool, text: bool) -> u32 {
    let mut tmp = [0u8; 4];
    values(b, fnc1, text, &mut tmp) as u32
}

/// Number of C40 (or Text) values of byte `b` (not FNC1), usable in constant tables.
pub const fn const_value_count(b: u8, text: bool) -> u8 {
    let (lo, hi) = if b >= 128 { (b - 128, 2u8) } else { (b, 0u8) };
    let basic = matches!(lo, b' ' | b'0'..=b'9')
        || if text {
            lo.is_ascii_lowercase()
        } else {
            lo.is_ascii_uppercase()
        };
    hi + if basic { 1 } else { 2 }
}

/// Packs three values (each 0..=39) into two codewords.
#[inline]
pub const fn pack(v: [u8; 3]) -> [u8; 2] {
    let x = 1600 * v[0] as u16 + 40 * v[1] as u16 + v[2] as u16 + 1;
    [(x >> 8) as u8, (x & 0xff) as u8]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_pack_example() {
        // ISO/IEC 16022 5.2.5.1: "AIM" -> values 14, 22, 26 -> 1600*14+40*22+26+1 = 23307.
        let mut o = [0u8; 4];
        let v: alloc::vec::Vec<u8> = b"AIM"
            .iter()
            .map(|&b| {
                assert_eq!(values(b, false, false, &mut o), 1);
                o[0]
            })
            .collect();
        assert_eq!(
            pack([v[0], v[1], v[2]]),
            [(23307u16 >> 8) as u8, (23307u16 & 255) as u8]
        );
    }

    #[test]
    fn const_counts_match_values() {
        for text in [false, true] {
            for b in 0..=255u8 {
                assert_eq!(
                    u32::from(const_value_count(b, text)),
                    value_count(b, false, text),
                    "{b}"
                );
            }
        }
    }

    #[test]
    fn every_byte_has_values_below_40() {
        for text in [false, true] {
            for b in 0..=255u8 {
                let mut o = [0u8; 4];
                let n = values(b, false, text, &mut o);
                assert!((1..=4).contains(&n));
                assert!(o[..n].iter().all(|&v| v < 40), "{b} {text} {o:?}");
                // shifted values are below 32
                if n >= 2 {
                    assert!(o[0] <= 2);
                }
            }
        }
    }
}
