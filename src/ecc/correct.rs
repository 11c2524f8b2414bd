//! Reed-Solomon correction of a symbol's codewords: errors and erasures, block by block.
//!
//! Per interleaved block: syndromes S_1..S_n (roots alpha^1..alpha^n, ISO/IEC 16022 clause
//! 5.7), Berlekamp-Massey initialised with the erasure locator (errors-and-erasures form), a
//! Chien search restricted to the block's own positions, and Forney's formula. A block with
//! `e` errors and `s` erasures is repaired when `2e + s <= n` (n = ECC codewords of the block).
//!
//! Miscorrection guard: a block is rejected ([`CorrectError::Uncorrectable`]) unless
//! (1) the errata locator has degree L with `2(L - s) + s <= n`, (2) the Chien search finds
//! exactly L distinct roots, all inside the (shortened) block, (3) every Forney magnitude at a
//! non-erasure root is non-zero, and (4) the syndromes of the repaired block are all zero.
//! Damage beyond capacity can still land within distance n/2 of another codeword (a
//! miscorrection no decoder can detect from the block alone); the report keeps the numbers
//! so callers can tell: such results use up the whole capacity, i.e. [`CorrectionReport::uec`]
//! is 0 or close to it for the affected block.
// Pure Reed-Solomon math. SAFETY-ish reason it cannot panic: `correct_block` rejects blocks over
// 255 codewords and `n` outside 1..=`MAX_BLOCK_ECC` before any indexing; erasures are deduplicated
// and kept below `len`, so `s <= n`; Berlekamp-Massey indexes `lambda`/`synd` with `j <= r - 1 < n`;
// the locator degree `l` is checked `<= n` before slicing `lambda[..=l]`; at most `l` roots are
// stored in `fixes`. `correct` takes block counts and lengths from the symbol table (<= 10 blocks,
// <= 218 codewords per block < 256 = `buf` length). Checked by the `ecc_correct` and
// `decode_grid` fuzz targets (built with overflow checks).
#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use super::CorrectError;
use super::encode::{Block144Order, MAX_BLOCK_ECC, data_position, ecc_position};
use super::gf256::{EXP, LOG, div, mul};
use crate::symbol::SymbolSize;

/// Most interleaved blocks of any size (144x144).
pub const MAX_BLOCKS: usize = 10;

/// `MUL_ALPHA[j][x] = x * alpha^j` for j in 0..=68, so a Horner step is one lookup.
static MUL_ALPHA: [[u8; 256]; MAX_BLOCK_ECC + 1] = build_mul_alpha();

const fn build_mul_alpha() -> [[u8; 256]; MAX_BLOCK_ECC + 1] {
    let mut t = [[0u8; 256]; MAX_BLOCK_ECC + 1];
    let mut j = 0;
    while j <= MAX_BLOCK_ECC {
        let aj = EXP[j];
        let mut x = 1;
        while x < 256 {
            t[j][x] = EXP[LOG[x] as usize + LOG[aj as usize] as usize];
            x += 1;
        }
        j += 1;
    }
    t
}

/// What correction did to one interleaved block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BlockReport {
    /// Codewords found wrong at positions not flagged as erasures (e).
    pub errors: usize,
    /// Erasures supplied for this block (s), whether or not their value was wrong.
    pub erasures: usize,
    /// Erased codewords whose value actually changed.
    pub erasures_changed: usize,
    /// Error correction codewords of the block (n).
    pub ecc: usize,
    /// Codewords in the block, data and ECC together.
    pub len: usize,
}

impl BlockReport {
    /// Codewords whose value was changed (errors + changed erasures).
    pub fn corrected(&self) -> usize {
        self.errors + self.erasures_changed
    }

    /// Unused error correction of this block per ISO/IEC 15415 clause 7.8.8: `1 - (2e + s) / n`
    /// (n = ECC codewords; ISO/IEC 16022 has no reserved miscorrection codewords for ECC200).
    pub fn uec(&self) -> f32 {
        if self.ecc == 0 {
            return 0.0;
        }
        let used = (2 * self.errors + self.erasures) as f32;
        (1.0 - used / self.ecc as f32).max(0.0)
    }

    /// The probability that a random block (junk sampled from a non-symbol) would be accepted
    /// with this much correction: the decoding sphere of `e` errors in the `len - s` unerased
    /// positions over the `256^(n - s)` syndromes left (Reed-Solomon codes are MDS):
    /// `sum_{j<=e} C(len-s, j) 255^j / 256^(n-s)`. A block that needed no change is as unlikely
    /// as `256^-n`. Readers use it to refuse decodes that lean so hard on erasures that junk
    /// would pass. (Plain `f64` arithmetic, no `log`: it builds without `std`; the smallest
    /// value, `256^-68`, is far above `f64`'s range limit.)
    pub fn false_accept_probability(&self) -> f64 {
        let mut p = 1.0f64;
        let redundancy = if self.errors == 0 && self.erasures_changed == 0 {
            self.ecc
        } else {
            let free = self.len.saturating_sub(self.erasures);
            // Sum the terms: C(free, j) 255^j grows by (free-j)/(j+1) * 255.
            let mut term = 1.0f64;
            for j in 0..self.errors.min(free) {
                term *= (free - j) as f64 / (j + 1) as f64 * 255.0;
                p += term;
            }
            self.ecc.saturating_sub(self.erasures)
        };
        for _ in 0..redundancy {
            p /= 256.0;
        }
        p
    }
}

/// What correction did to every block of a symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CorrectionReport {
    blocks: [BlockReport; MAX_BLOCKS],
    len: usize,
}

impl CorrectionReport {
    /// One report per interleaved block, in block order.
    pub fn blocks(&self) -> &[BlockReport] {
        self.blocks.get(..self.len).unwrap_or(&[])
    }

    /// Codewords changed in all blocks together.
    pub fn corrected(&self) -> usize {
        self.blocks().iter().map(BlockReport::corrected).sum()
    }

    /// The probability that junk would decode with this much correction in every block (the
    /// product of the blocks' [`BlockReport::false_accept_probability`]).
    pub fn false_accept_probability(&self) -> f64 {
        self.blocks()
            .iter()
            .map(BlockReport::false_accept_probability)
            .product()
    }

    /// Unused error correction of the symbol per ISO/IEC 15415: the lowest block value (1.0 =
    /// nothing used, 0.0 = capacity exhausted).
    pub fn uec(&self) -> f32 {
        self.blocks()
            .iter()
            .map(BlockReport::uec)
            .fold(1.0, f32::min)
    }
}

/// Syndromes `S_1..S_n` of a block `cw` (transmission order) into `s[0..n]`; returns whether
/// all are zero.
fn syndromes(cw: &[u8], n: usize, s: &mut [u8; MAX_BLOCK_ECC]) -> bool {
    let s = &mut s[..n.min(MAX_BLOCK_ECC)];
    s.fill(0);
    let tables = &MUL_ALPHA[1..=s.len()];
    for &c in cw {
        for (sj, t) in s.iter_mut().zip(tables) {
            *sj = t[*sj as usize] ^ c;
        }
    }
    s.iter().all(|&v| v == 0)
}

/// Evaluates `p` (lowest degree first) at `x`.
fn eval(p: &[u8], x: u8) -> u8 {
    p.iter().rev().fold(0u8, |acc, &c| mul(acc, x) ^ c)
}

/// Corrects one block in place: `cw` holds the block's codewords in transmission order (data
/// then ECC, `n` ECC codewords last), `erasures` indices into `cw` known to be unreliable.
///
/// # Errors
/// [`CorrectError::Uncorrectable`] (with `block` = 0) when the damage exceeds what the block
/// can provably repair; [`CorrectError::BlockTooLong`] for blocks over 255 codewords or `n`
/// outside 1..=68.
pub fn correct_block(
    cw: &mut [u8],
    n: usize,
    erasures: &[usize],
) -> Result<BlockReport, CorrectError> {
    let len = cw.len();
    if len > 255 || n == 0 || n > MAX_BLOCK_ECC || n > len {
        return Err(CorrectError::BlockTooLong { len });
    }
    let fail = |s: usize| CorrectError::Uncorrectable {
        block: 0,
        erasures: s,
        ecc: n,
    };
    // Deduplicate and bound erasures without allocating.
    let mut er = [0u8; 256];
    let mut is_erased = [false; 256];
    let mut s_count = 0usize;
    for &e in erasures {
        if e < len && !is_erased[e] {
            is_erased[e] = true;
            er[s_count] = e as u8;
            s_count += 1;
        }
    }
    if s_count > n {
        return Err(fail(s_count));
    }
    let mut synd = [0u8; MAX_BLOCK_ECC];
    if syndromes(cw, n, &mut synd) {
        return Ok(BlockReport {
            errors: 0,
            erasures: s_count,
            erasures_changed: 0,
            ecc: n,
            len,
        });
    }
    // Position i (transmission order) has locator X = alpha^(len-1-i).
    // Erasure locator Gamma(x) = prod (1 - X_k x); lowest degree first.
    let mut lambda = [0u8; MAX_BLOCK_ECC + 2];
    lambda[0] = 1;
    for (deg, &p) in er[..s_count].iter().enumerate() {
        let x = EXP[len - 1 - p as usize];
        for i in (1..=deg + 1).rev() {
            lambda[i] ^= mul(lambda[i - 1], x);
        }
    }
    let mut b = lambda;
    let mut l = s_count;
    // Berlekamp-Massey over r = s+1..=n (syndrome S_r is synd[r-1]).
    for r in (s_count + 1)..=n {
        let mut delta = 0u8;
        for j in 0..=l.min(r - 1) {
            delta ^= mul(lambda[j], synd[r - 1 - j]);
        }
        // b <- x * b
        let mut xb = [0u8; MAX_BLOCK_ECC + 2];
        xb[1..].copy_from_slice(&b[..MAX_BLOCK_ECC + 1]);
        if delta == 0 {
            b = xb;
            continue;
        }
        let mut t = lambda;
        for (ti, &xbi) in t.iter_mut().zip(&xb) {
            *ti ^= mul(delta, xbi);
        }
        if 2 * l < r + s_count {
            let inv = div(1, delta);
            for (bi, &li) in b.iter_mut().zip(&lambda) {
                *bi = mul(li, inv);
            }
            l = r + s_count - l;
        } else {
            b = xb;
        }
        lambda = t;
    }
    let lam_deg = lambda.iter().rposition(|&c| c != 0).unwrap_or(0);
    if lam_deg != l || l > n || 2 * (l - s_count.min(l)) + s_count > n {
        return Err(fail(s_count));
    }
    let lam = &lambda[..=l];
    // Omega(x) = S(x) Lambda(x) mod x^n, S(x) = sum S_{j+1} x^j.
    let mut omega = [0u8; MAX_BLOCK_ECC];
    for (i, o) in omega.iter_mut().enumerate().take(n) {
        let mut v = 0u8;
        for (j, &lj) in lam.iter().enumerate().take(i + 1) {
            v ^= mul(lj, synd[i - j]);
        }
        *o = v;
    }
    // Chien search over the block's positions only.
    let mut fixes = [(0usize, 0u8); MAX_BLOCK_ECC];
    let mut found = 0usize;
    for i in 0..len {
        let xinv = EXP[(255 - (len - 1 - i) % 255) % 255];
        if eval(lam, xinv) == 0 {
            if found >= l {
                return Err(fail(s_count));
            }
            // Forney (first root alpha^1): e = Omega(X^-1) / Lambda'(X^-1).
            let mut dv = 0u8;
            let mut k = 1;
            while k <= l {
                // odd-power terms of the formal derivative: Lambda_k x^(k-1)
                let term = if k == 1 {
                    lam[1]
                } else {
                    mul(lam[k], pow(xinv, k - 1))
                };
                dv ^= term;
                k += 2;
            }
            if dv == 0 {
                return Err(fail(s_count));
            }
            let mag = div(eval(&omega[..n], xinv), dv);
            if mag == 0 && !is_erased[i] {
                return Err(fail(s_count));
            }
            fixes[found] = (i, mag);
            found += 1;
        }
    }
    if found != l {
        return Err(fail(s_count));
    }
    let mut errors = 0;
    let mut changed = 0;
    for &(i, mag) in &fixes[..found] {
        if let Some(c) = cw.get_mut(i) {
            *c ^= mag;
        }
        if is_erased[i] {
            changed += usize::from(mag != 0);
        } else {
            errors += 1;
        }
    }
    if 2 * errors + s_count > n || !syndromes(cw, n, &mut synd) {
        return Err(fail(s_count));
    }
    Ok(BlockReport {
        errors,
        erasures: s_count,
        erasures_changed: changed,
        ecc: n,
        len,
    })
}

fn pow(x: u8, e: usize) -> u8 {
    if x == 0 {
        return 0;
    }
    EXP[(LOG[x as usize] as usize * e) % 255]
}

/// Corrects a symbol's codewords in place (interleaved, as read from the matrix) and reports
/// per block. `erasures` lists symbol codeword indices known to be unreliable (e.g. from
/// low sampling confidence); out-of-range indices are ignored.
///
/// # Errors
/// [`CorrectError::WrongLength`] if `codewords` is not `size.total_codewords()` long;
/// [`CorrectError::Uncorrectable`] naming the first block that cannot be repaired (the
/// codewords may then be partly modified).
pub fn correct(
    size: SymbolSize,
    order: Block144Order,
    codewords: &mut [u8],
    erasures: &[usize],
) -> Result<CorrectionReport, CorrectError> {
    correct_marked(size, order, codewords, |p| erasures.contains(&p))
}

/// [`correct`] with the erasures given as a predicate on symbol codeword indices instead of a
/// list, so callers without a heap can derive them from per-codeword data (e.g. sampling
/// confidence) without building a list.
///
/// # Errors
/// As [`correct`].
pub fn correct_marked(
    size: SymbolSize,
    order: Block144Order,
    codewords: &mut [u8],
    is_erasure: impl Fn(usize) -> bool,
) -> Result<CorrectionReport, CorrectError> {
    if codewords.len() != size.total_codewords() {
        return Err(CorrectError::WrongLength {
            expected: size.total_codewords(),
            got: codewords.len(),
        });
    }
    let blocks = size.interleaved_blocks().min(MAX_BLOCKS);
    let ne = size.ecc_per_block();
    let mut report = CorrectionReport {
        blocks: [BlockReport::default(); MAX_BLOCKS],
        len: blocks,
    };
    let mut buf = [0u8; 256];
    let mut pos = [0usize; 256];
    for b in 0..blocks {
        let nd = size.data_codewords_in_block(b);
        let total = nd + ne;
        for i in 0..total {
            let p = if i < nd {
                data_position(size, b, i)
            } else {
                ecc_position(size, order, b, i - nd)
            };
            pos[i] = p;
            buf[i] = codewords.get(p).copied().unwrap_or(0);
        }
        // Map symbol erasure indices into this block.
        let mut local = [0usize; MAX_BLOCK_ECC + 1];
        let mut ls = 0;
        for (i, &p) in pos[..total].iter().enumerate() {
            if is_erasure(p) {
                if ls < local.len() {
                    local[ls] = i;
                }
                ls += 1;
            }
        }
        if ls > ne {
            return Err(CorrectError::Uncorrectable {
                block: b,
                erasures: ls,
                ecc: ne,
            });
        }
        let rep = correct_block(&mut buf[..total], ne, &local[..ls]).map_err(|e| match e {
            CorrectError::Uncorrectable { erasures, ecc, .. } => CorrectError::Uncorrectable {
                block: b,
                erasures,
                ecc,
            },
            other => other,
        })?;
        if rep.corrected() > 0 {
            for i in 0..total {
                if let Some(c) = codewords.get_mut(pos[i]) {
                    *c = buf[i];
                }
            }
        }
        report.blocks[b] = rep;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ecc::encode::encode_block;

    fn codeword(nd: usize, n: usize, seed: u32) -> alloc::vec::Vec<u8> {
        let mut v: alloc::vec::Vec<u8> = (0..nd)
            .map(|i| (i as u32 * 31 + seed * 7 + 1) as u8)
            .collect();
        let mut e = alloc::vec![0u8; n];
        encode_block(&v, &mut e).unwrap();
        v.extend(e);
        v
    }

    #[test]
    fn corrects_errors_and_erasures_up_to_capacity() {
        for &(nd, n) in &[(3usize, 5usize), (44, 28), (156, 62), (155, 62), (1, 68)] {
            let good = codeword(nd, n, nd as u32);
            for s in 0..=n {
                let e = (n - s) / 2;
                let mut bad = good.clone();
                let mut er = alloc::vec::Vec::new();
                for k in 0..s {
                    let p = (k * 7 + 3) % bad.len();
                    if !er.contains(&p) {
                        er.push(p);
                        bad[p] ^= (k as u8).wrapping_mul(13) | 1;
                    }
                }
                let mut placed = 0;
                for p in (0..bad.len()).rev() {
                    if placed < e && !er.contains(&p) {
                        bad[p] ^= 0x5A;
                        placed += 1;
                    }
                }
                assert_eq!(placed, e);
                let rep = correct_block(&mut bad, n, &er)
                    .unwrap_or_else(|err| panic!("{nd}/{n} s={s} e={e}: {err}"));
                assert_eq!(bad, good);
                assert_eq!(rep.errors, e);
                assert_eq!(rep.erasures, er.len());
            }
        }
    }

    #[test]
    fn uec_follows_iso_15415() {
        let r = BlockReport {
            errors: 2,
            erasures: 3,
            erasures_changed: 1,
            ecc: 14,
            len: 32,
        };
        assert!((r.uec() - (1.0 - 7.0 / 14.0)).abs() < 1e-6);
    }

    #[test]
    fn false_accept_bound() {
        let clean = BlockReport {
            errors: 0,
            erasures: 0,
            erasures_changed: 0,
            ecc: 5,
            len: 8,
        };
        let rel = |a: f64, b: f64| ((a - b) / b).abs() < 1e-9;
        assert!(rel(clean.false_accept_probability(), 256f64.powi(-5)));
        // 10x10 with two errors: (1 + 8*255 + 28*255^2) / 256^5.
        let two = BlockReport { errors: 2, ..clean };
        let want = (1.0 + 8.0 * 255.0 + 28.0 * 255.0 * 255.0f64) * 256f64.powi(-5);
        assert!(rel(two.false_accept_probability(), want));
        // 22x22 with 18 erasures and one error: junk passes about one time in ten.
        let leaning = BlockReport {
            errors: 1,
            erasures: 18,
            erasures_changed: 17,
            ecc: 20,
            len: 44,
        };
        let p = leaning.false_accept_probability();
        assert!(p > 0.05 && p < 0.2, "{p}");
    }
}
