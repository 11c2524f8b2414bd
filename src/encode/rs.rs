//! Reed-Solomon for the allocating [`super::Encoder`]: per block length, a table of every
//! generator coefficient times every feedback value, built once per encoder, so each data
//! codeword costs one XOR of two contiguous byte rows (vectorised) instead of one log/antilog
//! lookup per error correction codeword. Same codewords as [`crate::ecc::encode`] (tested).

#![allow(clippy::arithmetic_side_effects)]
// SAFETY-ish reason: block lengths come from the size table (at most 255 codewords, 68 error
// correction codewords), so offsets stay below 256 * 68 and the 324-byte window.

use alloc::vec::Vec;

use crate::ecc::encode::{Block144Order, data_position, ecc_position, generator};
use crate::ecc::gf256;
use crate::symbol::SymbolSize;

/// Widest table row: the longest error correction block (68) rounded up to whole 16-byte chunks.
const ROW: usize = 80;

/// One product table: row `fb` holds the generator coefficients (highest power first, the leading
/// 1 omitted) times `fb`, zero-padded to [`ROW`] bytes.
type Table = [[u8; ROW]; 256];

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
                let mut t = alloc::boxed::Box::new([[0u8; ROW]; 256]);
                for (fb, row) in t.iter_mut().enumerate() {
                    for (x, &c) in row.iter_mut().zip(g) {
                        *x = gf256::mul(c, fb as u8);
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
        // The register slides along a buffer: after `i` data codewords it is `buf[i..i + ne]`, so a
        // step is an XOR of one table row into the next window, with no shift. Rows are padded
        // with zeros to `ROW` bytes, so the window is always `ROW` wide (the padding XORs zeros
        // into register bytes still to come) and the XOR is a fixed-length, vectorised loop.
        let mut buf = [0u8; 256 + ROW + 1];
        if blocks == 1 {
            // One block: data and error correction are contiguous.
            let nd = size.data_codewords();
            let (data, ecc) = codewords.split_at_mut(nd.min(codewords.len()));
            let Some(work) = buf.get_mut(..nd + ROW + 1) else {
                return false;
            };
            for (i, &d) in data.iter().enumerate() {
                let fb = d ^ work.get(i).copied().unwrap_or(0);
                if let Some(reg) = work.get_mut(i + 1..i + 1 + ROW) {
                    xor_into(reg, row(table, fb));
                }
            }
            for (e, &r) in ecc.iter_mut().zip(work.iter().skip(nd)) {
                *e = r;
            }
            return true;
        }
        for b in 0..blocks {
            let nd = size.data_codewords_in_block(b);
            let Some(work) = buf.get_mut(..nd + ROW + 1) else {
                return false;
            };
            work.fill(0);
            for i in 0..nd {
                let d = codewords
                    .get(data_position(size, b, i))
                    .copied()
                    .unwrap_or(0);
                let fb = d ^ work.get(i).copied().unwrap_or(0);
                if let Some(reg) = work.get_mut(i + 1..i + 1 + ROW) {
                    xor_into(reg, row(table, fb));
                }
            }
            for (k, &e) in work.iter().skip(nd).take(ne).enumerate() {
                if let Some(slot) = codewords.get_mut(ecc_position(size, order, b, k)) {
                    *slot = e;
                }
            }
        }
        true
    }
}

/// Row `fb` of `table`.
#[inline(always)]
#[allow(clippy::indexing_slicing)]
// SAFETY-ish reason: a table has 256 rows, indexed by a byte.
fn row(table: &Table, fb: u8) -> &[u8; ROW] {
    &table[usize::from(fb)]
}

/// `reg ^= row` over one padded row (`reg` is `ROW` bytes long).
#[inline(always)]
fn xor_into(reg: &mut [u8], row: &[u8; ROW]) {
    if let Ok(reg) = <&mut [u8; ROW]>::try_from(reg) {
        for (r, &t) in reg.iter_mut().zip(row) {
            *r ^= t;
        }
    }
}
