//! Codewords -> modules for the allocating [`super::Encoder`]: a per-size module map built once
//! from the placement walk, then one template copy and one scatter store per codeword bit.
//!
//! The map of a size holds the pattern modules (finder, timing, alignment, fixed corner) as a
//! 0/1 template, and for every codeword bit the index of its module. Drawing a symbol copies the
//! template and writes `8 * total_codewords` bits; there is no per-module branch or lookup.

#![allow(clippy::arithmetic_side_effects)]
// SAFETY-ish reason: module indices come from the size table (at most 144 x 144 = 20,736 modules,
// 2,178 codewords), far below the integer widths used.

use alloc::vec::Vec;

use crate::matrix::placement;
use crate::symbol::SymbolSize;

/// The module map of one size.
#[derive(Debug, Clone)]
pub(crate) struct SizeMap {
    pub(crate) size: SymbolSize,
    /// `rows * cols` bytes: 1 for dark pattern modules, 0 elsewhere.
    template: Vec<u8>,
    /// `8 * total_codewords` module indices: codeword `cw` bit `7 - k` at `pos[8 * cw + k]`.
    pos: Vec<u16>,
}

impl SizeMap {
    /// Builds the map of `size` (once per size and encoder).
    pub(crate) fn new(size: SymbolSize) -> Self {
        let (rows, cols) = (size.rows(), size.cols());
        let mut template = alloc::vec![0u8; rows * cols];
        for (r, row) in template.chunks_mut(cols.max(1)).enumerate() {
            for (c, m) in row.iter_mut().enumerate() {
                *m = u8::from(placement::pattern_module(size, r, c) == Some(true));
            }
        }
        if let Some(dark) = placement::fixed_corner(size) {
            for (r, c) in dark {
                if let Some(m) = template.get_mut(r * cols + c) {
                    *m = 1;
                }
            }
        }
        // Unplaced bits (none for valid sizes) point past the end and are skipped.
        let mut pos = alloc::vec![u16::MAX; 8 * size.total_codewords()];
        placement::for_each_module(size, |cw, bit, r, c| {
            if let Some(p) = pos.get_mut(8 * cw + 7 - usize::from(bit & 7)) {
                *p = (r * cols + c) as u16;
            }
        });
        SizeMap {
            size,
            template,
            pos,
        }
    }

    /// Writes the modules of `codewords` (all of the symbol's, data then error correction) into
    /// `out`, replacing its contents: `rows * cols` bytes, row-major, 1 = dark.
    pub(crate) fn draw(&self, codewords: &[u8], out: &mut Vec<u8>) {
        out.clear();
        out.extend_from_slice(&self.template);
        for (&cw, bits) in codewords.iter().zip(self.pos.chunks_exact(8)) {
            for (k, &p) in bits.iter().enumerate() {
                if let Some(m) = out.get_mut(usize::from(p)) {
                    *m = cw >> (7 - k) & 1;
                }
            }
        }
    }
}
