//! ASCII encodation (ISO/IEC 16022 5.2.3): one codeword per character, digit pairs packed
//! into one codeword, bytes above 127 behind an Upper Shift.

#![allow(clippy::arithmetic_side_effects)]
// SAFETY-ish reason: byte arithmetic on values the callers checked (digits, b < 128 or b >= 128),
// and pad positions below 2,000.

/// Codeword for FNC1 (ISO/IEC 16022 5.2.4.1).
pub const FNC1: u8 = 232;
/// Upper Shift: the next ASCII codeword stands for its value + 127.
pub const UPPER_SHIFT: u8 = 235;
/// The first pad codeword; later pads are randomised with the 253-state algorithm.
pub const PAD: u8 = 129;
/// Latch to C40.
pub const LATCH_C40: u8 = 230;
/// Latch to Base 256.
pub const LATCH_BASE256: u8 = 231;
/// Latch to ANSI X12.
pub const LATCH_X12: u8 = 238;
/// Latch to Text.
pub const LATCH_TEXT: u8 = 239;
/// Latch to EDIFACT.
pub const LATCH_EDIFACT: u8 = 240;
/// Structured Append header codeword.
pub const STRUCTURED_APPEND: u8 = 233;
/// Reader Programming codeword.
pub const READER_PROGRAMMING: u8 = 234;
/// 05 Macro (`[)>RS05GS` ... `RSEOT`).
pub const MACRO_05: u8 = 236;
/// 06 Macro (`[)>RS06GS` ... `RSEOT`).
pub const MACRO_06: u8 = 237;
/// Extended Channel Interpretation designator.
pub const ECI: u8 = 241;

/// Number of ASCII codewords one data byte needs (1, or 2 behind Upper Shift).
#[inline]
pub const fn byte_cost(b: u8) -> u32 {
    if b < 128 { 1 } else { 2 }
}

/// Whether `b` is an ASCII digit (digit pairs share one codeword).
#[inline]
pub const fn is_digit(b: u8) -> bool {
    b.is_ascii_digit()
}

/// The codeword for the digit pair `a`, `b` (both ASCII digits).
#[inline]
pub const fn digit_pair(a: u8, b: u8) -> u8 {
    130 + (a - b'0') * 10 + (b - b'0')
}

/// Appends the codewords for one data byte in ASCII mode (no digit pairing) through `out`.
#[inline]
pub fn push_byte(b: u8, out: &mut impl FnMut(u8)) {
    if b < 128 {
        out(b + 1);
    } else {
        out(UPPER_SHIFT);
        out(b - 127);
    }
}

/// The `pos`-th (1-based, position in the data codeword stream) pad codeword:
/// the 253-state randomising algorithm of ISO/IEC 16022 Annex B.1.
#[inline]
pub const fn randomised_pad(pos: usize) -> u8 {
    let r = ((149 * pos) % 253) + 1;
    let v = PAD as usize + r;
    if v <= 254 { v as u8 } else { (v - 254) as u8 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_pairs_and_shift() {
        assert_eq!(digit_pair(b'0', b'0'), 130);
        assert_eq!(digit_pair(b'9', b'9'), 229);
        let mut v = alloc::vec::Vec::new();
        push_byte(b'A', &mut |c| v.push(c));
        push_byte(0xE9, &mut |c| v.push(c));
        assert_eq!(v, [66, 235, 0xE9 - 127]);
    }

    #[test]
    fn pad_sequence_matches_iso_example() {
        // ISO/IEC 16022 Annex B: the pads after "123456" in a 10x10 symbol (3 data codewords)
        // start at position 4 with 129 ... we check the formula on a few known points instead:
        // position 1 -> 129 + 150 - 254 = 25.
        assert_eq!(randomised_pad(1), 25);
        // every pad value is a valid codeword 1..=254
        for p in 1..2000 {
            let v = randomised_pad(p);
            assert!((1..=254).contains(&v));
        }
    }
}
