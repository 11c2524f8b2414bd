//! Arithmetic in GF(256) with the ECC200 field polynomial x^8 + x^5 + x^3 + x^2 + 1 (301, 0x12D).
//!
//! ISO/IEC 16022:2006 clause 5.7.1 fixes the field; the generator element is alpha = 2. The log
//! and antilog tables are built at compile time by `const fn`, so nothing is computed at run time.
// Pure GF(256) math. SAFETY-ish reason it cannot panic: every table index is a `u8` (< 256 = LOG
// length) or a sum of two logs (<= 254 + 255 < 512 = EXP length); exponents are reduced `% 255`.
#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

/// The field polynomial, 301 decimal (ISO/IEC 16022 clause 5.7.1).
pub const POLY: u16 = 0x12D;

/// `EXP[i] = alpha^i` for `i` in `0..510` (doubled so `EXP[log a + log b]` needs no reduction).
pub static EXP: [u8; 512] = build_exp();

/// `LOG[a] = i` with `alpha^i = a` for `a != 0`; `LOG[0]` is unused (0).
pub static LOG: [u8; 256] = build_log();

const fn build_exp() -> [u8; 512] {
    let mut t = [0u8; 512];
    let mut x: u16 = 1;
    let mut i = 0;
    while i < 255 {
        t[i] = x as u8;
        t[i + 255] = x as u8;
        x <<= 1;
        if x & 0x100 != 0 {
            x ^= POLY;
        }
        i += 1;
    }
    t[510] = t[0];
    t[511] = t[1];
    t
}

const fn build_log() -> [u8; 256] {
    let exp = build_exp();
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 255 {
        t[exp[i] as usize] = i as u8;
        i += 1;
    }
    t
}

/// `a * b` in GF(256).
#[inline]
pub fn mul(a: u8, b: u8) -> u8 {
    if a == 0 || b == 0 {
        0
    } else {
        EXP[LOG[a as usize] as usize + LOG[b as usize] as usize]
    }
}

/// `a / b` in GF(256); `b` must be non-zero (returns 0 for `b == 0`, never panics).
#[inline]
pub fn div(a: u8, b: u8) -> u8 {
    if a == 0 || b == 0 {
        0
    } else {
        EXP[LOG[a as usize] as usize + 255 - LOG[b as usize] as usize]
    }
}

/// `alpha^e` for any exponent (taken modulo 255).
#[inline]
pub fn pow_alpha(e: usize) -> u8 {
    EXP[e % 255]
}

/// Multiplicative inverse of a non-zero element (0 maps to 0).
#[inline]
pub fn inv(a: u8) -> u8 {
    div(1, a)
}

/// `a * b` usable in `const fn` (shift-and-add, no tables).
pub const fn mul_const(mut a: u8, mut b: u8) -> u8 {
    let mut p: u8 = 0;
    while b != 0 {
        if b & 1 != 0 {
            p ^= a;
        }
        let carry = a & 0x80 != 0;
        a <<= 1;
        if carry {
            a ^= (POLY & 0xFF) as u8;
        }
        b >>= 1;
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_agree_with_shift_and_add() {
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                assert_eq!(mul(a, b), mul_const(a, b), "{a}*{b}");
                if b != 0 {
                    assert_eq!(mul(div(a, b), b), a);
                }
            }
        }
        // alpha has order 255: every non-zero element appears once in EXP[0..255].
        let mut seen = [false; 256];
        for &e in &EXP[..255] {
            assert!(!seen[e as usize]);
            seen[e as usize] = true;
        }
        assert!(!seen[0]);
        // ISO/IEC 16022 worked values: alpha^8 = 0x2D (= 301 - 256).
        assert_eq!(pow_alpha(8), 0x2D);
    }
}
