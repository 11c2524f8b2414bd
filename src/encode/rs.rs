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

/// Cached product tables, one per error correction length seen.
#[derive(Debug, Clone, Default)]
pub(crate) struct RsTables {
    /// `(n, table)`: `table[fb * stride(n) + j]` = generator coefficient `j` (highest power first,
    /// the leading 1 omitted) times `fb`, each row zero-padded to [`stride`] bytes.
    tables: Vec<(usize, Vec<u8>)>,
}

impl RsTables {
    fn table(&mut self, n: usize) -> &[u8] {
        let idx = match self.tables.iter().position(|(k, _)| *k == n) {
            Some(i) => i,
            None => {
                let g = generator(n).unwrap_or(&[]);
                let mut t = alloc::vec![0u8; 256 * stride(n)];
                for (fb, row) in t.chunks_exact_mut(stride(n)).enumerate() {
                    for (x, &c) in row.iter_mut().zip(g) {
                        *x = gf256::mul(c, fb as u8);
                    }
                }
                self.tables.push((n, t));
                self.tables.len() - 1
            }
        };
        self.tables.get(idx).map_or(&[], |(_, t)| t.as_slice())
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
        let table = self.table(ne);
        // The register slides along a buffer: after `i` data codewords it is `buf[i..i + ne]`, so a
        // step is an XOR into the next window, with no shift.
        let st = stride(ne);
        // Rows are padded with zeros to whole 16-byte chunks, so the window is `st` bytes wide
        // (the padding XORs zeros into register bytes still to come).
        let mut buf = [0u8; 256 + 80 + 16];
        if blocks == 1 {
            // One block: data and error correction are contiguous.
            let nd = size.data_codewords();
            let (data, ecc) = codewords.split_at_mut(nd.min(codewords.len()));
            let Some(work) = buf.get_mut(..nd + st + 1) else {
                return false;
            };
            for (i, &d) in data.iter().enumerate() {
                let fb = usize::from(d ^ work.get(i).copied().unwrap_or(0));
                if let (Some(reg), Some(row)) = (
                    work.get_mut(i + 1..i + 1 + st),
                    table.get(fb * st..fb * st + st),
                ) {
                    xor_into(reg, row);
                }
            }
            for (e, &r) in ecc.iter_mut().zip(work.iter().skip(nd)) {
                *e = r;
            }
            return true;
        }
        for b in 0..blocks {
            let nd = size.data_codewords_in_block(b);
            let Some(work) = buf.get_mut(..nd + st + 1) else {
                return false;
            };
            work.fill(0);
            for i in 0..nd {
                let d = codewords
                    .get(data_position(size, b, i))
                    .copied()
                    .unwrap_or(0);
                let fb = usize::from(d ^ work.get(i).copied().unwrap_or(0));
                let row = table.get(fb * st..fb * st + st);
                if let (Some(reg), Some(row)) = (work.get_mut(i + 1..i + 1 + st), row) {
                    xor_into(reg, row);
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

/// Table row width for `n` error correction codewords: `n` rounded up to whole 16-byte chunks
/// (at least one).
const fn stride(n: usize) -> usize {
    if n == 0 { 16 } else { (n + 15) & !15 }
}

/// `reg ^= row`, 16 bytes at a time (both are whole chunks: see [`stride`]).
#[inline(always)]
fn xor_into(reg: &mut [u8], row: &[u8]) {
    for (r, t) in reg.chunks_exact_mut(16).zip(row.chunks_exact(16)) {
        if let (Ok(a), Ok(b)) = (<[u8; 16]>::try_from(&*r), <[u8; 16]>::try_from(t)) {
            r.copy_from_slice(&(u128::from_ne_bytes(a) ^ u128::from_ne_bytes(b)).to_ne_bytes());
        }
    }
}
