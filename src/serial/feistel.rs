//! The keyed permutation of `[0, radix^length)`: an alternating Feistel network over two
//! mixed-radix halves with modular addition, or (length 1) cycle walking over a binary one.
//!
//! For `length >= 2` an index `x` splits as `x = A * M_B + B` with `M_A = radix^floor(length/2)`,
//! `M_B = radix^ceil(length/2)` (unbalanced when the length is odd). Round `r` (0-based) does
//! `B = (B + F_r(A)) mod M_B` when `r` is even and `A = (A + F_r(B)) mod M_A` when odd; each round is
//! invertible whatever `F_r` is, so the network is a bijection. `F_r(v) = floor(C_r(v) * M / 2^128)`
//! where `M` is the modulus of the half being updated and `C_r(v)` is the stream's PRF on `v`
//! with tweak `tweak(r)` (see `prf`): `AES-256_K(v || tweak(r))` ([`Prf::Aes256`], the
//! default), or the first 16 bytes of the ChaCha8 block with block counter `v` and stream id
//! `tweak(r)` ([`Prf::ChaCha8`]); both read as little-endian `u128`.
//!
//! For `length == 1` (`radix <= 82` values) the same network runs on `2^k >= radix` values with
//! `M_A = 2^floor(k/2)`, `M_B = 2^ceil(k/2)`, and is re-applied until the value falls below `radix`
//! (cycle walking: at most `2^k <= 128` steps, as the cycle through the start point returns to it).
//!
//! `tweak(r) = 0x53 << 56 | radix << 40 | length << 32 | walk << 24 | r`, so every format and
//! round uses its own PRF domain.

use super::prf::{AesPrf, ChaChaPrf, LANES, Prf, reduce};

/// Feistel rounds (FF1 uses 10; at least 8 were asked for).
pub const FEISTEL_ROUNDS: u32 = 10;
/// ChaCha rounds of the round function's PRF (with [`Prf::ChaCha8`]).
pub const CHACHA_ROUNDS: u32 = 8;

/// Values the bulk path pushes through each round together (in lockstep).
pub(crate) const BATCH: usize = 32;

/// The keyed round function of one stream.
// Inline, not boxed: a generator is built once per stream and must not need a heap (firmware).
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
enum RoundFn {
    Aes(AesPrf),
    ChaCha {
        prf: ChaChaPrf,
        /// Per-round first-round precomputation, when both halves are below 2^32.
        pre: Option<[[u32; 12]; FEISTEL_ROUNDS as usize]>,
    },
}

/// A keyed permutation of `[0, space)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Permutation {
    round: RoundFn,
    m_a: u64,
    m_b: u64,
    tweak: u64,
    /// `Some(radix)` for cycle walking (length 1), else `None`.
    walk: Option<u64>,
}

/// `(x + y) mod m` for `x, y < m`, without a branch (the comparison is random, so a branch
/// would mispredict half the time).
#[inline(always)]
fn add_mod(x: u64, y: u64, m: u64) -> u64 {
    let (s, carry) = x.overflowing_add(y);
    let (t, borrow) = s.overflowing_sub(m);
    // x + y >= m exactly when the addition carried or the subtraction did not borrow.
    core::hint::select_unpredictable(carry | !borrow, t, s)
}

/// `(x - y) mod m` for `x, y < m`, without a branch.
#[inline(always)]
fn sub_mod(x: u64, y: u64, m: u64) -> u64 {
    let (d, borrow) = x.overflowing_sub(y);
    core::hint::select_unpredictable(borrow, d.wrapping_add(m), d)
}

impl Permutation {
    /// The permutation for `radix^length` (`2 <= radix <= 82`, `1 <= length <= 20`), with the
    /// round function `prf` keyed by `stream_key`.
    pub(crate) fn new(stream_key: &[u8; 32], prf: Prf, radix: u32, length: u32) -> Self {
        let radix = radix.clamp(2, 82);
        let length = length.clamp(1, 20);
        let (m_a, m_b, walk) = if length >= 2 {
            let u = length / 2;
            (
                u64::from(radix).pow(u),
                u64::from(radix).pow(length.saturating_sub(u)),
                None,
            )
        } else {
            // 2^k >= radix, k <= 7.
            let k = 32u32.saturating_sub(radix.saturating_sub(1).leading_zeros());
            (
                1u64 << (k / 2),
                1u64 << k.saturating_sub(k / 2),
                Some(u64::from(radix)),
            )
        };
        let tweak = (0x53u64 << 56)
            | (u64::from(radix) << 40)
            | (u64::from(length) << 32)
            | (u64::from(walk.is_some()) << 24);
        let round = match prf {
            Prf::Aes256 => RoundFn::Aes(AesPrf::new(stream_key)),
            Prf::ChaCha8 => {
                let prf = ChaChaPrf::new(stream_key, CHACHA_ROUNDS);
                let pre = (m_a <= 1 << 32 && m_b <= 1 << 32)
                    .then(|| core::array::from_fn(|r| prf.precompute(tweak | r as u64)));
                RoundFn::ChaCha { prf, pre }
            }
        };
        Permutation {
            round,
            m_a,
            m_b,
            tweak,
            walk,
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

    /// The round-`r` PRF outputs for every value of `x`.
    #[inline(always)]
    fn eval<const N: usize>(&self, r: u32, x: &[u64; N], out: &mut [u128; N]) {
        let tweak = self.tweak | u64::from(r);
        match &self.round {
            RoundFn::Aes(prf) => prf.eval(tweak, x, out),
            RoundFn::ChaCha { prf, pre } => {
                let pre = pre.as_ref().and_then(|p| p.get(r as usize));
                for (xs, os) in x.chunks(LANES).zip(out.chunks_mut(LANES)) {
                    let mut lanes = [0u64; LANES];
                    for (l, &v) in lanes.iter_mut().zip(xs) {
                        *l = v;
                    }
                    // The precomputed path needs every input below 2^32 (padding lanes past
                    // the end of the space may not be).
                    let f = match pre {
                        Some(p) if lanes.iter().all(|&v| v >> 32 == 0) => prf.eval_small(p, &lanes),
                        _ => prf.eval(tweak, &lanes),
                    };
                    for (o, f) in os.iter_mut().zip(f) {
                        *o = f;
                    }
                }
            }
        }
    }

    /// Runs the network forward on `N` values `(a, b)` in place (no cycle walking).
    #[inline]
    pub(crate) fn forward<const N: usize>(&self, a: &mut [u64; N], b: &mut [u64; N]) {
        self.forward_cached(a, b, &mut None);
    }

    /// As [`Permutation::forward`], reusing round 0's output when every lane has the same high
    /// half as the previous call (consecutive indices share it for `M_B` indices in a row):
    /// `r0` holds `(A, F_0(A) mod M_B)` from the last batch whose lanes all had one `A`.
    #[inline]
    pub(crate) fn forward_cached<const N: usize>(
        &self,
        a: &mut [u64; N],
        b: &mut [u64; N],
        r0: &mut Option<(u64, u64)>,
    ) {
        let mut f = [0u128; N];
        let mut first = 0;
        if let Some(&a0) = a.first()
            && a.iter().all(|&x| x == a0)
        {
            let f0 = match *r0 {
                Some((v, f0)) if v == a0 => f0,
                _ => {
                    let mut one = [0u128; 1];
                    self.eval(0, &[a0], &mut one);
                    let f0 = reduce(one[0], self.m_b);
                    *r0 = Some((a0, f0));
                    f0
                }
            };
            for x in b.iter_mut() {
                *x = add_mod(*x, f0, self.m_b);
            }
            first = 1;
        }
        for r in first..FEISTEL_ROUNDS {
            if r % 2 == 0 {
                self.eval(r, a, &mut f);
                for (x, &f) in b.iter_mut().zip(&f) {
                    *x = add_mod(*x, reduce(f, self.m_b), self.m_b);
                }
            } else {
                self.eval(r, b, &mut f);
                for (x, &f) in a.iter_mut().zip(&f) {
                    *x = add_mod(*x, reduce(f, self.m_a), self.m_a);
                }
            }
        }
    }

    /// Runs the network backward (the inverse of [`Permutation::forward`]).
    pub(crate) fn backward<const N: usize>(&self, a: &mut [u64; N], b: &mut [u64; N]) {
        let mut f = [0u128; N];
        for r in (0..FEISTEL_ROUNDS).rev() {
            if r % 2 == 0 {
                self.eval(r, a, &mut f);
                for (x, &f) in b.iter_mut().zip(&f) {
                    *x = sub_mod(*x, reduce(f, self.m_b), self.m_b);
                }
            } else {
                self.eval(r, b, &mut f);
                for (x, &f) in a.iter_mut().zip(&f) {
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
        // Here M_A * M_B = 2^k <= 128 and M_B >= 1.
        for _ in 0..=self.m_a.saturating_mul(self.m_b) {
            let mut a = [y.checked_div(self.m_b).unwrap_or(0)];
            let mut b = [y.checked_rem(self.m_b).unwrap_or(0)];
            if forward {
                self.forward(&mut a, &mut b);
            } else {
                self.backward(&mut a, &mut b);
            }
            let [a] = a;
            let [b] = b;
            y = a.wrapping_mul(self.m_b).wrapping_add(b);
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
        for prf in [Prf::Aes256, Prf::ChaCha8] {
            let p = Permutation::new(&[3; 32], prf, 36, 7);
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
    }

    #[test]
    fn walking_is_a_permutation_of_small_radixes() {
        for radix in 2..=82u32 {
            let p = Permutation::new(&[9; 32], Prf::ChaCha8, radix, 1);
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
