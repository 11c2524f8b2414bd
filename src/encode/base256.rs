//! Base 256 encodation (ISO/IEC 16022 5.2.9): raw bytes behind a length field, each byte
//! randomised with the 255-state algorithm.

#![allow(clippy::arithmetic_side_effects)]
// SAFETY-ish reason: positions below 2,000 and lengths below 1,556 (the largest symbol).

/// Longest segment with a one-codeword length field.
pub const SHORT_MAX: usize = 249;
/// Longest segment a length field can describe.
pub const MAX_LEN: usize = 1555;

/// The 255-state randomisation of a Base 256 codeword at 1-based data position `pos`
/// (ISO/IEC 16022 Annex B.2).
#[inline]
pub const fn randomise(b: u8, pos: usize) -> u8 {
    let r = ((149 * pos) % 255) + 1;
    let v = b as usize + r;
    if v <= 255 { v as u8 } else { (v - 256) as u8 }
}

/// The length field for a segment of `len` bytes (`len == 0` means "to the end of the symbol"):
/// one or two values, before randomisation.
#[inline]
pub const fn length_field(len: usize) -> ([u8; 2], usize) {
    if len <= SHORT_MAX {
        ([len as u8, 0], 1)
    } else {
        ([(len / 250 + 249) as u8, (len % 250) as u8], 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields() {
        assert_eq!(length_field(5), ([5, 0], 1));
        assert_eq!(length_field(250), ([250, 0], 2));
        assert_eq!(length_field(1555), ([255, 55], 2));
        // randomisation is a bijection at every position
        for pos in [1, 7, 300] {
            let mut seen = [false; 256];
            for b in 0..=255u8 {
                seen[randomise(b, pos) as usize] = true;
            }
            assert!(seen.iter().all(|&s| s));
        }
    }
}
