//! The keyed permutation of `[0, radix^length)`: an alternating Feistel network over two
//! mixed-radix halves with modular addition, or (length 1) cycle walking over a binary one.
//!
//! For `length >= 2` an index `x` splits as `x = A * M_B + B` with `M_A = radix^floor(length/2)`,
//! `M_B = radix^ceil(length/2)` (unbalanced when the length is odd). Round `r` (0-based) does
//! `B = (B + F_r(A)) mod M_B` when `r` is even and `A = (A + F_r(B)) mod M_A` when odd; each round is
//! invertible whatever `F_r` is, so the network is a bijection. `F_r(v) = floor(C_r(v) * M / 2^128)`
//! where `C_r(v)` is the first 16 bytes (little-endian) of the ChaCha8 block with the stream key,
//! block counter `v` and stream id `tweak(r)`, and `M` is the modulus of the half being updated.
//!
//! For `length == 1` (`radix <= 82` values) the same network runs on `2^k >= radix` values with
//! `M_A = 2^floor(k/2)`, `M_B = 2^ceil(k/2)`, and is re-applied until the value falls below `radix`
//! (cycle walking: at most `2^k <= 128` steps, as the cycle through the start point returns to it).
//!
//! `tweak(r) = 0x53 << 56 | radix << 40 | length << 32 | walk << 24 | r`, so every format and
//! round uses its own PRF domain.

use super::prf::{LANES, Prf, reduce};

/// Feistel rounds (FF1 uses 10; at least 8 were asked for).
pub const FEISTEL_ROUNDS: u32 = 10;
/// ChaCha rounds of the round function's PRF.
pub const CHACHA_ROUNDS: u32 = 8;

/// A keyed permutation of `[0, space)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Permutation {
    prf: Prf,
    m_a: u64,
    m_b: u64,
    tweak: u64,
    /// `Some(radix)` for cycle walking (length 1), else `None`.
    walk: Option<u64>,
    /// Per-round first-round precomputation, when both halves are below 2^32.
    pre: Option<[[u32; 12]; FEISTEL_ROUNDS as usize]>,
}

#[inline(always)]
fn add_mod(x: u64, y: u64, m: u64) -> u64 {
    let (s, carry) = x.overflowing_add(y);
    if carry || s >= m {
        s.wrapping_sub(m)
    } else {
        s
    }
}

#[inline(always)]
fn sub_mod(x: u64, y: u64, m: u64) -> u64 {
    if x >= y {
        x - y
    } else {
        x.wrapping_sub(y).wrapping_add(m)
    }
}

impl Permutation {
    /// The permutation for `radix^length` (`2 <= radix <= 82`, `1 <= length <= 20`).
    pub(crate) fn new(stream_key: &[u8; 32], radix: u32, length: u32) -> Self {
        let (m_a, m_b, walk) = if length >= 2 {
            let u = length / 2;
            (
                u64::from(radix).pow(u),
                u64::from(radix).pow(length - u),
                None,
            )
        } else {
            let k = 32 - (radix - 1).leading_zeros(); // 2^k >= radix
            (1u64 << (k / 2), 1u64 << (k - k / 2), Some(u64::from(radix)))
        };
        let tweak = (0x53u64 << 56)
            | (u64::from(radix) << 40)
            | (u64::from(length) << 32)
            | (u64::from(walk.is_some()) << 24);
        let prf = Prf::new(stream_key, CHACHA_ROUNDS);
        let pre = (m_a <= 1 << 32 && m_b <= 1 << 32)
            .then(|| core::array::from_fn(|r| prf.precompute(tweak | r as u64)));
        Permutation {
            prf,
            m_a,
            m_b,
            tweak,
            walk,
            pre,
        }
    }

    /// Size of the high half (`M_A`) and of the low half (`M_B`).
    pub(crate) fn halves(&self) -> (u64, u64) {
        (self.m_a, self.m_b)
    }

    /// Is this the length-1 cycle-walking permutation?
    pub(crate) fn walks(&self) -> Option<u64> {
        self.walk
    }

    /// Runs the network forward on `LANES` values `(a, b)` in place (no cycle walking).
    #[inline]
    pub(crate) fn forward(&self, a: &mut [u64; LANES], b: &mut [u64; LANES]) {
        self.forward_cached(a, b, &mut None);
    }

    /// As [`Permutation::forward`], reusing round 0's output when every lane has the same high
    /// half as the previous call (consecutive indices share it for `M_B` indices in a row):
    /// `r0` holds `(A, F_0(A) mod M_B)` from the last batch whose lanes all had one `A`.
    #[inline]
    pub(crate) fn forward_cached(
        &self,
        a: &mut [u64; LANES],
        b: &mut [u64; LANES],
        r0: &mut Option<(u64, u64)>,
    ) {
        let a0 = a[0];
        let mut first = 0;
        if a.iter().all(|&x| x == a0) {
            let f = match *r0 {
                Some((v, f)) if v == a0 => f,
                _ => {
                    let f = reduce(self.prf.eval(self.tweak, a)[0], self.m_b);
                    *r0 = Some((a0, f));
                    f
                }
            };
            for x in b.iter_mut() {
                *x = add_mod(*x, f, self.m_b);
            }
            first = 1;
        }
        for r in first..FEISTEL_ROUNDS {
            let tweak = self.tweak | u64::from(r);
            let pre = self.pre.as_ref().and_then(|p| p.get(r as usize));
            if r % 2 == 0 {
                let f = self.eval(tweak, pre, a);
                for (x, f) in b.iter_mut().zip(f) {
                    *x = add_mod(*x, reduce(f, self.m_b), self.m_b);
                }
            } else {
                let f = self.eval(tweak, pre, b);
                for (x, f) in a.iter_mut().zip(f) {
                    *x = add_mod(*x, reduce(f, self.m_a), self.m_a);
                }
            }
        }
    }

    /// The PRF on one batch: the precomputed path when the round has one and every input is
    /// below 2^32 (padding lanes past the end of the space may not be).
    #[inline(always)]
    fn eval(&self, tweak: u64, pre: Option<&[u32; 12]>, x: &[u64; LANES]) -> [u128; LANES] {
        match pre {
            Some(p) if x.iter().all(|&v| v >> 32 == 0) => self.prf.eval_small(p, x),
            _ => self.prf.eval(tweak, x),
        }
    }

    /// Runs the network backward (the inverse of [`Permutation::forward`]).
    pub(crate) fn backward(&self, a: &mut [u64; LANES], b: &mut [u64; LANES]) {
        for r in (0..FEISTEL_ROUNDS).rev() {
            let tweak = self.tweak | u64::from(r);
            if r % 2 == 0 {
                let f = self.prf.eval(tweak, a);
                for (x, f) in b.iter_mut().zip(f) {
                    *x = sub_mod(*x, reduce(f, self.m_b), self.m_b);
                }
            } else {
                let f = self.prf.eval(tweak, b);
                for (x, f) in a.iter_mut().zip(f) {
                    *x = sub_mod(*x, reduce(f, self.m_a), self.m_a);
                }
            }
        }
    }

    /// Cycle walking for length 1: the permutation of `[0, radix)`, forward or backward.
    pub(crate) fn walk_one(&self, x: u64, forward: bool) -> u64 {
        let radix = self.walk.unwrap_or(u64::MAX);
        let mut y = x;
        // The cycle through `x` (< radix) returns to `x`, so a value < radix appears within
        // 2^k <= 128 steps; the bound only guards against a logic error.
        for _ in 0..=(self.m_a * self.m_b) {
            let mut a = [y / self.m_b; LANES];
            let mut b = [y % self.m_b; LANES];
            if forward {
                self.forward(&mut a, &mut b);
            } else {
                self.backward(&mut a, &mut b);
            }
            y = a[0] * self.m_b + b[0];
            if y < radix {
                return y;
            }
        }
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forward_backward_round_trip() {
        let p = Permutation::new(&[3; 32], 36, 7);
        let (ma, mb) = p.halves();
        assert_eq!((ma, mb), (36u64.pow(3), 36u64.pow(4)));
        let mut a: [u64; LANES] = core::array::from_fn(|i| (i as u64 * 7919) % ma);
        let mut b: [u64; LANES] = core::array::from_fn(|i| (i as u64 * 104_729) % mb);
        let (a0, b0) = (a, b);
        p.forward(&mut a, &mut b);
        assert_ne!((a, b), (a0, b0));
        p.backward(&mut a, &mut b);
        assert_eq!((a, b), (a0, b0));
    }

    #[test]
    fn walking_is_a_permutation_of_small_radixes() {
        for radix in 2..=82u32 {
            let p = Permutation::new(&[9; 32], radix, 1);
            let mut seen = [false; 82];
            for x in 0..u64::from(radix) {
                let y = p.walk_one(x, true);
                assert!(y < u64::from(radix));
                assert!(!seen[y as usize], "radix {radix}");
                seen[y as usize] = true;
                assert_eq!(p.walk_one(y, false), x);
            }
        }
    }
}
