//! EDIFACT encodation (ISO/IEC 16022 5.2.8): ASCII 32..=94 as 6-bit values, four per three
//! codewords; value 31 unlatches back to ASCII.

#![allow(clippy::arithmetic_side_effects)]
// SAFETY-ish reason: 6-bit values and at most four of them.

/// The EDIFACT unlatch value.
pub const UNLATCH: u8 = 31;

/// The 6-bit EDIFACT value of `b`, or `None` when EDIFACT cannot encode it.
#[inline]
pub const fn value(b: u8) -> Option<u8> {
    if b >= 32 && b <= 94 {
        Some(b & 0x3f)
    } else {
        None
    }
}

/// Codewords that `k` pending values plus an unlatch take (the bits padded to a whole byte).
#[inline]
pub const fn unlatch_cost(k: u32) -> u32 {
    (6 * (k + 1)).div_ceil(8)
}

/// Packs up to four 6-bit values (`n` of them) into `ceil(6n/8)` codewords, zero bits after.
#[inline]
pub fn pack(v: &[u8; 4], n: usize, out: &mut impl FnMut(u8)) {
    let bits: u32 = (u32::from(v[0]) << 18)
        | (u32::from(v[1]) << 12)
        | (u32::from(v[2]) << 6)
        | u32::from(v[3]);
    let bytes = (6 * n).div_ceil(8);
    for i in 0..bytes.min(3) {
        out((bits >> (16 - 8 * i)) as u8);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_costs() {
        assert_eq!(value(b'A'), Some(1));
        assert_eq!(value(b' '), Some(32));
        assert_eq!(value(b'^'), Some(30));
        assert_eq!(value(b'a'), None);
        assert_eq!([0, 1, 2, 3].map(unlatch_cost), [1, 2, 3, 3]);
        let mut out = alloc::vec::Vec::new();
        pack(&[1, 2, 3, 4], 4, &mut |c| out.push(c));
        assert_eq!(out, [0b0000_0100, 0b0010_0000, 0b1100_0100]);
    }
}
