//! The round function's PRFs: AES-256 (the default) and the ChaCha8 block function, each
//! evaluated on many inputs at once.
//!
//! Both map a 64-bit input `v` and a 64-bit tweak (format and round, see `feistel`) to a
//! 128-bit output that the Feistel round reduces to the size of the half it updates.
//! - [`Prf::Aes256`]: `AES-256_K(v || tweak)` (the 16-byte block is `v` then `tweak`, both
//!   little-endian; the output block is read as a little-endian `u128`). The RustCrypto `aes`
//!   crate picks AES-NI at run time when the CPU has it (eight blocks in flight) and its
//!   constant-time fixsliced software implementation otherwise (microcontrollers).
//! - [`Prf::ChaCha8`]: the first 16 bytes (little-endian `u128`) of the ChaCha8 block with
//!   block counter = `v` and stream id = `tweak`: exactly the keystream bytes `rand_chacha`'s
//!   `ChaCha8Rng` yields at word position `16 * v` of stream `tweak` (tests check that
//!   equality). Lanes are laid out structure-of-arrays (`[u32; LANES]` per state word) so each
//!   step is one SIMD operation over all lanes.
//!
//! Nothing allocates.

// SAFETY-ish reason: a pure-math module on fixed-size words. ChaCha's additions are modulo
// 2^32 by definition (the `wide` vector `+` wraps), `reduce`'s 64 x 64-bit products fit in 128
// bits, and every index is a constant into a fixed-size key or state array; no input-derived
// value is used as an index or can overflow.
#![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]

use aes::cipher::{BlockEncrypt, KeyInit};

use super::SerialError;

/// Which pseudorandom function keys the Feistel rounds of a serial stream.
///
/// The choice is part of the stream: the same key, GTIN and format give different serials
/// under different PRFs (state files record it, see [`state`](super::state)).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Prf {
    /// AES-256 with a 256-bit key derived from the master key: the default, about 4x faster
    /// than ChaCha8 on x86-64 CPUs with AES-NI (`benches/serials.rs`). Without AES
    /// instructions the `aes` crate uses its constant-time software AES, which is much slower
    /// than ChaCha8 (not measured here); the same holds on aarch64 unless built with
    /// `RUSTFLAGS="--cfg aes_armv8"` (the `aes` 0.8 crate's switch for the ARMv8 AES
    /// instructions). Pick [`Prf::ChaCha8`] for new streams on such hosts.
    #[default]
    Aes256,
    /// The ChaCha8 block function (the construction of the first release; state files without
    /// a `prf` line use it).
    ChaCha8,
}

impl Prf {
    /// The name used on the command line and in state files: `aes256` or `chacha8`.
    pub fn name(self) -> &'static str {
        match self {
            Prf::Aes256 => "aes256",
            Prf::ChaCha8 => "chacha8",
        }
    }

    /// Parses [`Prf::name`].
    ///
    /// # Errors
    /// [`SerialError::UnknownPrf`] for any other text.
    pub fn parse(name: &str) -> Result<Self, SerialError> {
        match name {
            "aes256" => Ok(Prf::Aes256),
            "chacha8" => Ok(Prf::ChaCha8),
            _ => Err(SerialError::UnknownPrf),
        }
    }
}

impl core::fmt::Display for Prf {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

/// An AES-256 encryption key schedule used as a PRF on 128-bit blocks `v || tweak`.
#[derive(Clone)]
pub(crate) struct AesPrf {
    cipher: aes::Aes256Enc,
    /// Kept only to compare generators for equality (the schedule hides the key).
    key: [u8; 32],
}

impl core::fmt::Debug for AesPrf {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("AesPrf { .. }")
    }
}

impl PartialEq for AesPrf {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for AesPrf {}

/// Blocks per `encrypt_blocks` call: enough to keep AES-NI's pipeline full (it works on eight
/// at a time) and amortise the dispatch.
const AES_CHUNK: usize = 32;

impl AesPrf {
    /// The PRF keyed with 32 key bytes.
    pub(crate) fn new(key: &[u8; 32]) -> Self {
        AesPrf {
            cipher: aes::Aes256Enc::new(&(*key).into()),
            key: *key,
        }
    }

    /// `out[l] = AES_K(input[l] || tweak)` as little-endian `u128`s, for every `l`.
    #[inline]
    pub(crate) fn eval(&self, tweak: u64, input: &[u64], out: &mut [u128]) {
        let high = u128::from(tweak) << 64;
        let mut blocks = [aes::Block::default(); AES_CHUNK];
        for (xs, os) in input.chunks(AES_CHUNK).zip(out.chunks_mut(AES_CHUNK)) {
            let n = xs.len().min(AES_CHUNK);
            let used = blocks.get_mut(..n).unwrap_or(&mut []);
            for (blk, &v) in used.iter_mut().zip(xs) {
                *blk = (high | u128::from(v)).to_le_bytes().into();
            }
            self.cipher.encrypt_blocks(used);
            for (o, blk) in os.iter_mut().zip(used.iter()) {
                *o = u128::from_le_bytes((*blk).into());
            }
        }
    }
}

/// How many PRF inputs one call evaluates together (one SIMD batch).
pub(crate) const LANES: usize = 8;

/// "expand 32-byte k", the ChaCha constant words.
const SIGMA: [u32; 4] = [0x6170_7865, 0x3320_646e, 0x7962_2d32, 0x6b20_6574];

/// A keyed ChaCha block function with a fixed number of rounds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ChaChaPrf {
    key: [u32; 8],
    double_rounds: u32,
}

/// One ChaCha state word for every lane (a SIMD register, or two, or an array).
type V = wide::u32x8;

#[inline(always)]
fn rot(x: V, n: u32) -> V {
    (x << n) | (x >> (32 - n))
}

/// Output words 0..3 of each lane (feed-forward of the constants added) as one `u128` per lane:
/// the only part of the ChaCha block the round function uses.
#[inline(always)]
fn first_128_bits(x0: V, x1: V, x2: V, x3: V) -> [u128; LANES] {
    let splat = V::splat;
    let w0 = (x0 + splat(SIGMA[0])).to_array();
    let w1 = (x1 + splat(SIGMA[1])).to_array();
    let w2 = (x2 + splat(SIGMA[2])).to_array();
    let w3 = (x3 + splat(SIGMA[3])).to_array();
    core::array::from_fn(|l| {
        u128::from(w0[l])
            | (u128::from(w1[l]) << 32)
            | (u128::from(w2[l]) << 64)
            | (u128::from(w3[l]) << 96)
    })
}

#[inline(always)]
fn quarter(a: &mut V, b: &mut V, c: &mut V, d: &mut V) {
    *a += *b;
    *d = rot(*d ^ *a, 16);
    *c += *d;
    *b = rot(*b ^ *c, 12);
    *a += *b;
    *d = rot(*d ^ *a, 8);
    *c += *d;
    *b = rot(*b ^ *c, 7);
}

impl ChaChaPrf {
    /// A PRF keyed with 32 key bytes (read as eight little-endian words, as ChaCha does).
    pub(crate) fn new(key: &[u8; 32], rounds: u32) -> Self {
        let mut k = [0u32; 8];
        for (w, chunk) in k.iter_mut().zip(key.chunks_exact(4)) {
            let mut b = [0u8; 4];
            b.copy_from_slice(chunk);
            *w = u32::from_le_bytes(b);
        }
        ChaChaPrf {
            key: k,
            double_rounds: rounds / 2,
        }
    }

    /// The first column round's quarter-rounds on columns 1-3, which do not depend on the input
    /// when it is below 2^32 (word 13 is then 0): computed once per tweak.
    pub(crate) fn precompute(&self, tweak: u64) -> [u32; 12] {
        let k = &self.key;
        let mut cols = [
            [SIGMA[1], k[1], k[5], 0],
            [SIGMA[2], k[2], k[6], tweak as u32],
            [SIGMA[3], k[3], k[7], (tweak >> 32) as u32],
        ];
        let mut out = [0u32; 12];
        for (col, o) in cols.iter_mut().zip(out.chunks_exact_mut(4)) {
            let [a, b, c, d] = col;
            *a = a.wrapping_add(*b);
            *d = (*d ^ *a).rotate_left(16);
            *c = c.wrapping_add(*d);
            *b = (*b ^ *c).rotate_left(12);
            *a = a.wrapping_add(*b);
            *d = (*d ^ *a).rotate_left(8);
            *c = c.wrapping_add(*d);
            *b = (*b ^ *c).rotate_left(7);
            o.copy_from_slice(col);
        }
        out
    }

    /// As [`ChaChaPrf::eval`] for inputs below 2^32, with `pre = self.precompute(tweak)`: skips the
    /// three input-independent quarter-rounds of the first round (3 of 32 for ChaCha8).
    #[inline]
    pub(crate) fn eval_small(&self, pre: &[u32; 12], input: &[u64; LANES]) -> [u128; LANES] {
        let splat = V::splat;
        let k = &self.key;
        let mut x0 = splat(SIGMA[0]);
        let mut x4 = splat(k[0]);
        let mut x8 = splat(k[4]);
        let mut x12 = V::new(input.map(|v| v as u32));
        quarter(&mut x0, &mut x4, &mut x8, &mut x12);
        let [p1, p5, p9, p13, p2, p6, p10, p14, p3, p7, p11, p15] = *pre;
        let (mut x1, mut x5, mut x9, mut x13) = (splat(p1), splat(p5), splat(p9), splat(p13));
        let (mut x2, mut x6, mut x10, mut x14) = (splat(p2), splat(p6), splat(p10), splat(p14));
        let (mut x3, mut x7, mut x11, mut x15) = (splat(p3), splat(p7), splat(p11), splat(p15));
        for dr in 0..self.double_rounds {
            if dr > 0 {
                quarter(&mut x0, &mut x4, &mut x8, &mut x12);
                quarter(&mut x1, &mut x5, &mut x9, &mut x13);
                quarter(&mut x2, &mut x6, &mut x10, &mut x14);
                quarter(&mut x3, &mut x7, &mut x11, &mut x15);
            }
            quarter(&mut x0, &mut x5, &mut x10, &mut x15);
            quarter(&mut x1, &mut x6, &mut x11, &mut x12);
            quarter(&mut x2, &mut x7, &mut x8, &mut x13);
            quarter(&mut x3, &mut x4, &mut x9, &mut x14);
        }
        first_128_bits(x0, x1, x2, x3)
    }

    /// First 128 bits of the block at counter `input[l]` in stream `tweak`, for every lane `l`.
    #[inline]
    pub(crate) fn eval(&self, tweak: u64, input: &[u64; LANES]) -> [u128; LANES] {
        let splat = V::splat;
        let k = &self.key;
        let mut x0 = splat(SIGMA[0]);
        let mut x1 = splat(SIGMA[1]);
        let mut x2 = splat(SIGMA[2]);
        let mut x3 = splat(SIGMA[3]);
        let mut x4 = splat(k[0]);
        let mut x5 = splat(k[1]);
        let mut x6 = splat(k[2]);
        let mut x7 = splat(k[3]);
        let mut x8 = splat(k[4]);
        let mut x9 = splat(k[5]);
        let mut x10 = splat(k[6]);
        let mut x11 = splat(k[7]);
        let mut x12 = V::new(input.map(|v| v as u32));
        let mut x13 = V::new(input.map(|v| (v >> 32) as u32));
        let mut x14 = splat(tweak as u32);
        let mut x15 = splat((tweak >> 32) as u32);
        for _ in 0..self.double_rounds {
            quarter(&mut x0, &mut x4, &mut x8, &mut x12);
            quarter(&mut x1, &mut x5, &mut x9, &mut x13);
            quarter(&mut x2, &mut x6, &mut x10, &mut x14);
            quarter(&mut x3, &mut x7, &mut x11, &mut x15);
            quarter(&mut x0, &mut x5, &mut x10, &mut x15);
            quarter(&mut x1, &mut x6, &mut x11, &mut x12);
            quarter(&mut x2, &mut x7, &mut x8, &mut x13);
            quarter(&mut x3, &mut x4, &mut x9, &mut x14);
        }
        // Only output words 0..3 are used; their feed-forward inputs are the constants.
        first_128_bits(x0, x1, x2, x3)
    }
}

/// `floor(f * m / 2^128)`: maps a uniform 128-bit PRF output onto `[0, m)` with statistical
/// distance at most `m / 2^128 <= 2^-64` from uniform (for `m <= 2^64`), using two
/// 64x64->128-bit multiplications and no division.
#[inline(always)]
pub(crate) fn reduce(f: u128, m: u64) -> u64 {
    let lo = f as u64 as u128;
    let hi = (f >> 64) as u64 as u128;
    let m = m as u128;
    // f*m = hi*m*2^64 + lo*m; floor(f*m / 2^128) = floor((hi*m + floor(lo*m / 2^64)) / 2^64).
    ((hi * m + ((lo * m) >> 64)) >> 64) as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand_chacha::rand_core::{RngCore, SeedableRng};

    fn reference(rounds: u32, key: [u8; 32], tweak: u64, ctr: u64) -> u128 {
        let mut bytes = [0u8; 16];
        match rounds {
            8 => {
                let mut r = rand_chacha::ChaCha8Rng::from_seed(key);
                r.set_stream(tweak);
                r.set_word_pos(u128::from(ctr) * 16);
                r.fill_bytes(&mut bytes);
            }
            12 => {
                let mut r = rand_chacha::ChaCha12Rng::from_seed(key);
                r.set_stream(tweak);
                r.set_word_pos(u128::from(ctr) * 16);
                r.fill_bytes(&mut bytes);
            }
            _ => {
                let mut r = rand_chacha::ChaCha20Rng::from_seed(key);
                r.set_stream(tweak);
                r.set_word_pos(u128::from(ctr) * 16);
                r.fill_bytes(&mut bytes);
            }
        }
        u128::from_le_bytes(bytes)
    }

    #[test]
    fn matches_rand_chacha_keystream() {
        let mut key = [0u8; 32];
        for (i, b) in key.iter_mut().enumerate() {
            *b = (i as u8).wrapping_mul(37).wrapping_add(11);
        }
        for rounds in [8, 12, 20] {
            let prf = ChaChaPrf::new(&key, rounds);
            for tweak in [0u64, 1, 0x5345_0a00_0c00_0003, u64::MAX] {
                let inputs: [u64; LANES] = core::array::from_fn(|l| {
                    (l as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (l as u64)
                });
                let got = prf.eval(tweak, &inputs);
                let small: [u64; LANES] = inputs.map(|v| v & 0xffff_ffff);
                let pre = prf.precompute(tweak);
                for (g, c) in prf.eval_small(&pre, &small).iter().zip(small) {
                    assert_eq!(
                        *g,
                        reference(rounds, key, tweak, c),
                        "small: rounds {rounds} ctr {c:#x}"
                    );
                }
                for (g, c) in got.iter().zip(inputs) {
                    assert_eq!(
                        *g,
                        reference(rounds, key, tweak, c),
                        "rounds {rounds} tweak {tweak:#x} ctr {c:#x}"
                    );
                }
            }
        }
    }

    #[test]
    fn reduce_properties() {
        for m in [
            1u64,
            2,
            7,
            10,
            82,
            999_999,
            1 << 40,
            82u64.pow(10),
            u64::MAX,
        ] {
            assert_eq!(reduce(0, m), 0);
            assert_eq!(reduce(u128::MAX, m), m - 1);
            // With a zero low half the value is floor(k * m / 2^64), computable exactly in u128.
            for k in [1u64, 3, 1 << 33, u64::MAX / 3, u64::MAX] {
                let f = u128::from(k) << 64;
                assert_eq!(
                    u128::from(reduce(f, m)),
                    (u128::from(k) * u128::from(m)) >> 64
                );
            }
            // Monotone in f.
            let mut prev = 0;
            for j in 0..1000u128 {
                let v = reduce(
                    j.wrapping_mul(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef / 1000),
                    m,
                );
                assert!(v >= prev && v < m);
                prev = v;
            }
        }
    }
}
