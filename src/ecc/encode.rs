//! Reed-Solomon encoding: error correction codewords for each interleaved block of a symbol.
//!
//! Generator polynomials g(x) = (x - alpha^1)(x - alpha^2)...(x - alpha^n) (ISO/IEC 16022:2006
//! clause 5.7.2 and Annex E) are built at compile time for every block length 1..=68. Interleaving
//! follows clause 5.7.3: data codeword `i` belongs to block `i % blocks`, and error correction
//! codewords are interleaved the same way after the data. 144x144 is the one size whose blocks
//! differ in length; see [`Block144Order`].
// Pure Reed-Solomon math on sizes from the symbol table. SAFETY-ish reason it cannot panic: the
// const builders index fixed arrays by loop counters bounded by MAX_BLOCK_ECC; `EXP` is indexed
// by two logs (< 512); block positions come from `SymbolSize` (closed enum, <= 1558 + 620
// codewords), and `encode_block` rejects ECC lengths outside 1..=68 and blocks over 255 first.
#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use super::CorrectError;
use super::gf256::{EXP, LOG};
use crate::symbol::SymbolSize;

/// Largest error correction length of one block (120x120 and 96x96: 68).
pub const MAX_BLOCK_ECC: usize = 68;

/// `GEN[n][0..n]`: coefficients of the monic degree-`n` generator, highest power first with
/// the leading 1 omitted, i.e. g(x) = x^n + GEN[n][0] x^(n-1) + ... + GEN[n][n-1].
static GEN: [[u8; MAX_BLOCK_ECC]; MAX_BLOCK_ECC + 1] = build_generators();

/// `GEN_LOG[n][i]`: the discrete logarithm of `GEN[n][i]`, so multiplying a feedback value by a
/// generator coefficient is one `EXP` lookup. Every coefficient is non-zero (checked at compile
/// time by [`build_generator_logs`]), so no zero test is needed in the encoding loop.
static GEN_LOG: [[u8; MAX_BLOCK_ECC]; MAX_BLOCK_ECC + 1] = build_generator_logs();

const fn build_generator_logs() -> [[u8; MAX_BLOCK_ECC]; MAX_BLOCK_ECC + 1] {
    let gen_ = build_generators();
    let mut out = [[0u8; MAX_BLOCK_ECC]; MAX_BLOCK_ECC + 1];
    let mut n = 1;
    while n <= MAX_BLOCK_ECC {
        let mut i = 0;
        while i < n {
            let c = gen_[n][i];
            assert!(c != 0, "generator coefficient is zero");
            out[n][i] = super::gf256::LOG[c as usize];
            i += 1;
        }
        n += 1;
    }
    out
}

const fn gmul(a: u8, b: u8) -> u8 {
    if a == 0 || b == 0 {
        0
    } else {
        let exp = &super::gf256::EXP;
        let log = &super::gf256::LOG;
        exp[log[a as usize] as usize + log[b as usize] as usize]
    }
}

const fn build_generators() -> [[u8; MAX_BLOCK_ECC]; MAX_BLOCK_ECC + 1] {
    let mut out = [[0u8; MAX_BLOCK_ECC]; MAX_BLOCK_ECC + 1];
    let mut n = 1;
    while n <= MAX_BLOCK_ECC {
        // poly[0] is the x^n coefficient ... poly[n] the constant; start with g = 1.
        let mut poly = [0u8; MAX_BLOCK_ECC + 1];
        poly[0] = 1;
        let mut deg = 0;
        while deg < n {
            // multiply by (x + alpha^(deg+1))
            let root = super::gf256::EXP[deg + 1];
            let mut i = deg + 1;
            while i > 0 {
                poly[i] ^= gmul(poly[i - 1], root);
                i -= 1;
            }
            deg += 1;
        }
        let mut i = 0;
        while i < n {
            out[n][i] = poly[i + 1];
            i += 1;
        }
        n += 1;
    }
    out
}

/// The generator polynomial of degree `n` (leading 1 omitted), or `None` beyond 68.
pub fn generator(n: usize) -> Option<&'static [u8]> {
    if n == 0 || n > MAX_BLOCK_ECC {
        None
    } else {
        GEN.get(n).and_then(|g| g.get(..n))
    }
}

/// Where the error correction codewords of the shorter 144x144 blocks sit.
///
/// 144x144 is the only size with unequal blocks: blocks 0..=7 carry 156 data codewords and
/// blocks 8, 9 carry 155 (1558 = 8 x 156 + 2 x 155), each with 62 error correction codewords.
/// All other sizes ignore this setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Block144Order {
    /// ISO/IEC 16022:2006 clause 5.7.3 read literally: error correction codeword `k` of block
    /// `b` is symbol codeword `1558 + 10k + b` (the error correction part restarts the round
    /// robin at block 0). This is what libdmtx (`dmtxwrite`), the `datamatrix` crate and the
    /// zxing/rxing encoders write, and what zxing/rxing decode first (checked in
    /// `tests/codec_fixtures.rs` and `tests/codec_core_interop.rs`).
    #[default]
    Iso,
    /// The round robin simply continues from the data into the error correction part, so the
    /// first error correction codeword (symbol codeword 1558) belongs to block 8 (1558 mod 10):
    /// codeword `k` of block `b` is at `1558 + 10k + (b + 2) mod 10`. This is the widely used
    /// alternative: zint 2.11 writes it (checked in `tests/codec_fixtures.rs`), and zxing/rxing
    /// decode it as their fallback (`fix259`, zxing issue 259). The decoder tries both.
    Continuous,
}

/// Index in the symbol's codeword sequence of data codeword `i` of block `block`.
#[inline]
pub fn data_position(size: SymbolSize, block: usize, i: usize) -> usize {
    block + i * size.interleaved_blocks()
}

/// Index in the symbol's codeword sequence of error correction codeword `k` of block `block`.
#[inline]
pub fn ecc_position(size: SymbolSize, order: Block144Order, block: usize, k: usize) -> usize {
    let n = size.interleaved_blocks();
    let d = size.data_codewords();
    let lane = if order == Block144Order::Continuous && !d.is_multiple_of(n) {
        // Continue the round robin: the first ECC codeword sits in lane (d % n) ... of block 0?
        // Lane l (0..n) of each ECC row holds block (d + l) % n, so block b sits in lane
        // (b + n - d % n) % n.
        (block + n - d % n) % n
    } else {
        block
    };
    d + k * n + lane
}

/// Computes the error correction codewords of `data` into `ecc` (both one block, not interleaved).
///
/// # Errors
/// [`CorrectError::BlockTooLong`] if `ecc.len()` has no generator (0 or more than 68) or the
/// block exceeds 255 codewords.
pub fn encode_block(data: &[u8], ecc: &mut [u8]) -> Result<(), CorrectError> {
    let n = ecc.len();
    generator(n).ok_or(CorrectError::BlockTooLong {
        len: data.len() + n,
    })?;
    if data.len() + n > 255 {
        return Err(CorrectError::BlockTooLong {
            len: data.len() + n,
        });
    }
    let glog = GEN_LOG.get(n).map_or(&[0u8; MAX_BLOCK_ECC], |g| g);
    lfsr(data, glog, n, ecc);
    Ok(())
}

/// The LFSR division by g(x) behind [`encode_block`]: `ecc` (1..=68 long) receives the remainder
/// of `data` x^n / g(x). The register is a fixed array with one spare zero slot at the end, so the
/// shift and the feedback XOR are one pass, and each data codeword costs one LOG lookup plus one
/// EXP lookup per register cell (log-domain generator coefficients).
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
// SAFETY-ish reason: `n <= MAX_BLOCK_ECC` and `i < 255` (both clamped), so every window
// `i + 1..i + 1 + n` lies inside the 256 + 68 buffer; `LOG[u8]` has 256 entries; `EXP` has 512
// and `lf + g <= 254 + 255`.
fn lfsr(data: &[u8], glog: &[u8; MAX_BLOCK_ECC], n: usize, ecc: &mut [u8]) {
    let n = n.min(MAX_BLOCK_ECC);
    // The register slides along `buf`: after `i` data codewords it is `buf[i..i + n]`, so a step
    // XORs the feedback products into the next window with no shift. Blocks hold at most 255
    // codewords, so `i + n <= 255 + 68`.
    let mut buf = [0u8; 256 + MAX_BLOCK_ECC];
    for (i, &d) in data.iter().enumerate().take(255) {
        let fb = d ^ buf[i];
        if fb != 0 {
            let lf = usize::from(LOG[usize::from(fb)]);
            for (r, &g) in buf[i + 1..i + 1 + n].iter_mut().zip(&glog[..n]) {
                *r ^= EXP[lf + usize::from(g)];
            }
        }
    }
    let nd = data.len().min(255);
    for (e, &r) in ecc.iter_mut().zip(&buf[nd..nd + n]) {
        *e = r;
    }
}

/// Fills the error correction part of a symbol's codewords, interleaved per ISO/IEC 16022.
///
/// `codewords` must hold exactly `size.total_codewords()` values with the data codewords first
/// (padding included); the error correction codewords are written after them.
///
/// # Errors
/// [`CorrectError::WrongLength`] if `codewords` is not `size.total_codewords()` long.
pub fn encode(
    size: SymbolSize,
    order: Block144Order,
    codewords: &mut [u8],
) -> Result<(), CorrectError> {
    if codewords.len() != size.total_codewords() {
        return Err(CorrectError::WrongLength {
            expected: size.total_codewords(),
            got: codewords.len(),
        });
    }
    let blocks = size.interleaved_blocks();
    let ne = size.ecc_per_block();
    let mut data = [0u8; 256];
    let mut ecc = [0u8; MAX_BLOCK_ECC];
    for b in 0..blocks {
        let nd = size.data_codewords_in_block(b);
        for (i, slot) in data.iter_mut().take(nd).enumerate() {
            *slot = codewords
                .get(data_position(size, b, i))
                .copied()
                .unwrap_or(0);
        }
        encode_block(
            data.get(..nd).unwrap_or(&[]),
            ecc.get_mut(..ne).unwrap_or(&mut []),
        )?;
        for (k, &e) in ecc.iter().take(ne).enumerate() {
            if let Some(slot) = codewords.get_mut(ecc_position(size, order, b, k)) {
                *slot = e;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generator_has_the_right_roots() {
        for n in 1..=MAX_BLOCK_ECC {
            let g = generator(n).unwrap();
            for (root, &x) in EXP.iter().enumerate().take(n + 1).skip(1) {
                // Horner with leading 1.
                let v = g
                    .iter()
                    .fold(1u8, |acc, &c| super::super::gf256::mul(acc, x) ^ c);
                assert_eq!(v, 0, "n={n} root alpha^{root}");
            }
        }
        // ISO/IEC 16022 Annex E: the 5-codeword generator is 228 48 15 111 62 (x^4..x^0).
        assert_eq!(generator(5).unwrap(), &[62, 111, 15, 48, 228]);
    }

    #[test]
    fn iso_annex_o_example() {
        // ISO/IEC 16022 Annex O: "123456" in a 10x10 symbol: data 142 164 186, ECC 114 25 5 88 102.
        let mut cw = [142, 164, 186, 0, 0, 0, 0, 0];
        encode(SymbolSize::Square10, Block144Order::Iso, &mut cw).unwrap();
        assert_eq!(cw, [142, 164, 186, 114, 25, 5, 88, 102]);
    }

    #[test]
    fn positions_cover_every_codeword_once() {
        for &size in SymbolSize::all() {
            for order in [Block144Order::Iso, Block144Order::Continuous] {
                let mut seen = alloc::vec![false; size.total_codewords()];
                for b in 0..size.interleaved_blocks() {
                    for i in 0..size.data_codewords_in_block(b) {
                        let p = data_position(size, b, i);
                        assert!(!seen[p]);
                        seen[p] = true;
                    }
                    for k in 0..size.ecc_per_block() {
                        let p = ecc_position(size, order, b, k);
                        assert!(!seen[p], "{size} {order:?} b{b} k{k}");
                        seen[p] = true;
                    }
                }
                assert!(seen.iter().all(|&s| s));
            }
        }
    }
}
