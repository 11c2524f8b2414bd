//! Reed-Solomon for the allocating [`super::Encoder`]: per block length, a table of every
//! generator coefficient times every feedback value, built once per encoder, so each data
//! codeword costs one shift and one XOR of a few 64-bit words (the register lives in machine
//! registers) instead of one log/antilog lookup per error correction codeword. Same codewords as
//! [`crate::ecc::encode`] (tested).

#![allow(clippy::arithmetic_side_effects)]
// SAFETY-ish reason: block lengths come from the size table (at most 255 codewords, 68 error
// correction codewords), so word counts stay below 10 and byte offsets below 72.

use alloc::vec::Vec;

use crate::ecc::encode::{Block144Order, data_position, ecc_position, generator};
use crate::ecc::gf256;
use crate::symbol::SymbolSize;

/// Register width in 64-bit words: the longest error correction block (68) fits in 9.
const WORDS: usize = 9;

/// One product table: row `fb` holds the generator coefficients (highest power first, the leading
/// 1 omitted) times `fb`, as little-endian 64-bit words (coefficient `j` in byte `j % 8` of word
/// `j / 8`), zero beyond the block's length.
type Table = [[u64; WORDS]; 256];

/// Cached product tables, one per error correction length seen.
#[derive(Debug, Clone, Default)]
pub(crate) struct RsTables {
    /// `(n, table)` for `n` error correction codewords per block.
    tables: Vec<(usize, alloc::boxed::Box<Table>)>,
}

impl RsTables {
    fn table(&mut self, n: usize) -> Option<&Table> {
        let idx = match self.tables.iter().position(|(k, _)| *k == n) {
            Some(i) => i,
            None => {
                let g = generator(n)?;
                let mut t = alloc::boxed::Box::new([[0u64; WORDS]; 256]);
                for (fb, row) in t.iter_mut().enumerate() {
                    let mut bytes = [0u8; 8 * WORDS];
                    for (x, &c) in bytes.iter_mut().zip(g) {
                        *x = gf256::mul(c, fb as u8);
                    }
                    for (w, b) in row.iter_mut().zip(bytes.chunks_exact(8)) {
                        *w = u64::from_le_bytes(<[u8; 8]>::try_from(b).unwrap_or([0; 8]));
                    }
                }
                self.tables.push((n, t));
                self.tables.len() - 1
            }
        };
        self.tables.get(idx).map(|(_, t)| &**t)
    }

    /// Fills the error correction codewords of `codewords` (exactly `size.total_codewords()`,
    /// data first), interleaved like [`crate::ecc::encode`]. Returns `false` (and writes
    /// nothing) when the length is wrong.
    pub(crate) fn encode(
        &mut self,
        size: SymbolSize,
        order: Block144Order,
        codewords: &mut [u8],
    ) -> bool {
        if codewords.len() != size.total_codewords() {
            return false;
        }
        let ne = size.ecc_per_block();
        let blocks = size.interleaved_blocks();
        let Some(table) = self.table(ne) else {
            return false;
        };
        let mut reg = [0u8; 8 * WORDS];
        if blocks == 1 {
            // One block: data and error correction are contiguous.
            let nd = size.data_codewords();
            let (data, ecc) = codewords.split_at_mut(nd.min(codewords.len()));
            if !block(table, ne, data.iter().copied(), &mut reg) {
                return false;
            }
            for (e, &r) in ecc.iter_mut().zip(reg.iter()) {
                *e = r;
            }
            return true;
        }
        for b in 0..blocks {
            let nd = size.data_codewords_in_block(b);
            let data = (0..nd).map(|i| {
                codewords
                    .get(data_position(size, b, i))
                    .copied()
                    .unwrap_or(0)
            });
            if !block(table, ne, data, &mut reg) {
                return false;
            }
            for (k, &e) in reg.iter().take(ne).enumerate() {
                if let Some(slot) = codewords.get_mut(ecc_position(size, order, b, k)) {
                    *slot = e;
                }
            }
        }
        true
    }
}

/// The `ne` error correction codewords of one block's `data` into `out[..ne]`, through the
/// register width that holds `ne` bytes; `false` when none does.
fn block(
    table: &Table,
    ne: usize,
    data: impl Iterator<Item = u8>,
    out: &mut [u8; 8 * WORDS],
) -> bool {
    let words: &[u64] = match ne.div_ceil(8) {
        1 => &lfsr::<1>(table, data),
        2 => &lfsr::<2>(table, data),
        3 => &lfsr::<3>(table, data),
        4 => &lfsr::<4>(table, data),
        5 => &lfsr::<5>(table, data),
        6 => &lfsr::<6>(table, data),
        7 => &lfsr::<7>(table, data),
        8 => &lfsr::<8>(table, data),
        9 => &lfsr::<9>(table, data),
        _ => return false,
    };
    for (o, w) in out.chunks_exact_mut(8).zip(words) {
        o.copy_from_slice(&w.to_le_bytes());
    }
    true
}

/// The division register after `data`, `W` words wide (byte 0 of word 0 is the leading
/// coefficient): each step shifts the register down one byte and XORs in the table row of the
/// feedback byte. The register stays in machine registers (no store/load round trip per step).
#[inline(always)]
#[allow(clippy::indexing_slicing)]
// SAFETY-ish reason: `k < W <= WORDS` by the loop bounds, `table` has 256 rows indexed by a byte.
fn lfsr<const W: usize>(table: &Table, data: impl Iterator<Item = u8>) -> [u64; W] {
    let mut r = [0u64; W];
    for d in data {
        let fb = d ^ r[0] as u8;
        let row = &table[usize::from(fb)];
        for k in 0..W {
            let next = if k + 1 < W { r[k + 1] << 56 } else { 0 };
            r[k] = (r[k] >> 8 | next) ^ row[k];
        }
    }
    r
}
