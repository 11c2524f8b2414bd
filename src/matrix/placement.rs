//! ECC200 module placement: which module carries which codeword bit, plus the fixed patterns.
//!
//! Implements ISO/IEC 16022:2006 clause 5.8 and Annex F: codewords are laid in "utah" shaped
//! 8-module groups along diagonals of the mapping matrix (all data regions joined), with four
//! special corner shapes; a 2x2 fixed pattern fills the bottom-right corner when 4 modules are
//! left over. The mapping matrix is then split into data regions, each framed by a solid L
//! (left column, bottom row) and alternating timing modules (top row, right column); adjacent
//! regions' frames form the alignment patterns of multi-region symbols (ISO/IEC 21471 for DMRE).
//!
//! Forward: [`place`] draws a symbol from its codewords. Back: [`read_codewords`] reads them,
//! and [`for_each_module`] exposes the map itself (for confidences, erasures, tests).
// Pure placement geometry. SAFETY-ish reason it cannot overflow: every operand comes from a
// `SymbolSize` (closed enum: sides <= 144, regions <= 6x6, <= 2178 codewords) or from the Annex F
// walker, whose coordinates stay within -4..nrow+4 / -4..ncol+4 of a <= 132x132 mapping matrix;
// the walker checks bounds before touching `visited`, and grids are only read through
// `ModuleGrid::dark`, which the grid itself bounds. No array is indexed with `[]` here.
#![allow(clippy::arithmetic_side_effects)]

use super::grid::{BitMatrix, MatrixError, ModuleGrid};
use crate::symbol::SymbolSize;

/// Largest mapping matrix side (144x144 symbol: 6 regions of 22 = 132).
const MAX_MAPPING: usize = 132;
const VISITED_WORDS: usize = (MAX_MAPPING * MAX_MAPPING).div_ceil(64);

struct Walker<F: FnMut(usize, u8, usize, usize)> {
    nrow: isize,
    ncol: isize,
    visited: [u64; VISITED_WORDS],
    f: F,
}

impl<F: FnMut(usize, u8, usize, usize)> Walker<F> {
    #[inline]
    fn idx(&self, r: isize, c: isize) -> usize {
        (r * self.ncol + c) as usize
    }

    #[inline]
    fn is_visited(&self, r: isize, c: isize) -> bool {
        let i = self.idx(r, c);
        self.visited
            .get(i / 64)
            .is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    /// Places bit `bit` (1 = most significant .. 8) of codeword `cw` at (r, c), wrapping
    /// negative coordinates as Annex F prescribes.
    #[inline]
    fn module(&mut self, mut r: isize, mut c: isize, cw: usize, bit: u8) {
        if r < 0 {
            r += self.nrow;
            c += 4 - ((self.nrow + 4) % 8);
        }
        if c < 0 {
            c += self.ncol;
            r += 4 - ((self.ncol + 4) % 8);
        }
        // DMRE (ISO/IEC 21471): with 8-row mapping matrices and ncol = 4 (mod 8) the column
        // wrap can push the row past the bottom; it wraps to the top again.
        if r >= self.nrow {
            r -= self.nrow;
        }
        if r < 0 || c < 0 || r >= self.nrow || c >= self.ncol {
            return; // cannot happen for valid sizes; never index out of range
        }
        let i = self.idx(r, c);
        if let Some(w) = self.visited.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
        (self.f)(cw, 8 - bit, r as usize, c as usize);
    }

    fn utah(&mut self, r: isize, c: isize, cw: usize) {
        self.module(r - 2, c - 2, cw, 1);
        self.module(r - 2, c - 1, cw, 2);
        self.module(r - 1, c - 2, cw, 3);
        self.module(r - 1, c - 1, cw, 4);
        self.module(r - 1, c, cw, 5);
        self.module(r, c - 2, cw, 6);
        self.module(r, c - 1, cw, 7);
        self.module(r, c, cw, 8);
    }

    fn corner(&mut self, cells: [(isize, isize); 8], cw: usize) {
        for (i, (r, c)) in cells.into_iter().enumerate() {
            self.module(r, c, cw, i as u8 + 1);
        }
    }

    fn run(&mut self) -> usize {
        let (nr, nc) = (self.nrow, self.ncol);
        let mut cw = 0usize;
        let (mut r, mut c) = (4isize, 0isize);
        // Each outer pass advances the diagonal sweep; bounded by the matrix size.
        for _ in 0..(nr + nc) as usize + 8 {
            if r == nr && c == 0 {
                self.corner(
                    [
                        (nr - 1, 0),
                        (nr - 1, 1),
                        (nr - 1, 2),
                        (0, nc - 2),
                        (0, nc - 1),
                        (1, nc - 1),
                        (2, nc - 1),
                        (3, nc - 1),
                    ],
                    cw,
                );
                cw += 1;
            }
            if r == nr - 2 && c == 0 && nc % 4 != 0 {
                self.corner(
                    [
                        (nr - 3, 0),
                        (nr - 2, 0),
                        (nr - 1, 0),
                        (0, nc - 4),
                        (0, nc - 3),
                        (0, nc - 2),
                        (0, nc - 1),
                        (1, nc - 1),
                    ],
                    cw,
                );
                cw += 1;
            }
            if r == nr - 2 && c == 0 && nc % 8 == 4 {
                self.corner(
                    [
                        (nr - 3, 0),
                        (nr - 2, 0),
                        (nr - 1, 0),
                        (0, nc - 2),
                        (0, nc - 1),
                        (1, nc - 1),
                        (2, nc - 1),
                        (3, nc - 1),
                    ],
                    cw,
                );
                cw += 1;
            }
            if r == nr + 4 && c == 2 && nc % 8 == 0 {
                self.corner(
                    [
                        (nr - 1, 0),
                        (nr - 1, nc - 1),
                        (0, nc - 3),
                        (0, nc - 2),
                        (0, nc - 1),
                        (1, nc - 3),
                        (1, nc - 2),
                        (1, nc - 1),
                    ],
                    cw,
                );
                cw += 1;
            }
            // Sweep up and to the right.
            loop {
                if r < nr && c >= 0 && !self.is_visited(r, c) {
                    self.utah(r, c, cw);
                    cw += 1;
                }
                r -= 2;
                c += 2;
                if !(r >= 0 && c < nc) {
                    break;
                }
            }
            r += 1;
            c += 3;
            // Sweep down and to the left.
            loop {
                if r >= 0 && c < nc && !self.is_visited(r, c) {
                    self.utah(r, c, cw);
                    cw += 1;
                }
                r += 2;
                c -= 2;
                if !(r < nr && c >= 0) {
                    break;
                }
            }
            r += 3;
            c += 1;
            if !(r < nr || c < nc) {
                break;
            }
        }
        cw
    }
}

/// Calls `f(codeword, bit, row, col)` for every module of the mapping matrix of `size` that
/// carries a codeword bit: `codeword` is the 0-based index in the symbol's codeword sequence,
/// `bit` is 7 for the most significant bit .. 0, and (`row`, `col`) are **symbol** coordinates
/// (finder and alignment patterns included, (0, 0) top-left).
///
/// The 2x2 fixed pattern of sizes with 4 spare modules is not reported; see [`fixed_corner`].
pub fn for_each_module(size: SymbolSize, mut f: impl FnMut(usize, u8, usize, usize)) {
    let (nrow, ncol) = size.mapping_size();
    let (rr, rc) = size.data_region_size();
    // Mapping -> symbol coordinates without divisions in the hot loop.
    let mut row_map = [0u8; MAX_MAPPING];
    let mut col_map = [0u8; MAX_MAPPING];
    for (r, slot) in row_map.iter_mut().enumerate().take(nrow) {
        *slot = (r / rr * (rr + 2) + 1 + r % rr) as u8;
    }
    for (c, slot) in col_map.iter_mut().enumerate().take(ncol) {
        *slot = (c / rc * (rc + 2) + 1 + c % rc) as u8;
    }
    let mut w = Walker {
        nrow: nrow as isize,
        ncol: ncol as isize,
        visited: [0; VISITED_WORDS],
        f: |cw, bit, r: usize, c: usize| {
            let sr = row_map.get(r).copied().unwrap_or(0);
            let sc = col_map.get(c).copied().unwrap_or(0);
            f(cw, bit, usize::from(sr), usize::from(sc))
        },
    };
    w.run();
}

/// Symbol coordinates of mapping matrix module (`r`, `c`) for data regions of `rr` x `rc` modules.
#[inline]
pub fn mapping_to_symbol(r: usize, c: usize, rr: usize, rc: usize) -> (usize, usize) {
    (
        r / rr * (rr + 2) + 1 + r % rr,
        c / rc * (rc + 2) + 1 + c % rc,
    )
}

/// Whether `size` has a 2x2 fixed pattern in the bottom-right of its mapping matrix, and if so
/// the symbol coordinates of its two dark modules (the other two are light).
///
/// Annex F: when the placement leaves the bottom-right 2x2 unfilled, its top-left and
/// bottom-right modules are dark.
pub fn fixed_corner(size: SymbolSize) -> Option<[(usize, usize); 2]> {
    let (nrow, ncol) = size.mapping_size();
    if nrow * ncol - 8 * size.total_codewords() >= 4 {
        let (rr, rc) = size.data_region_size();
        Some([
            mapping_to_symbol(nrow - 1, ncol - 1, rr, rc),
            mapping_to_symbol(nrow - 2, ncol - 2, rr, rc),
        ])
    } else {
        None
    }
}

/// The expected colour of module (`row`, `col`) if it belongs to a finder, timing or alignment
/// pattern of `size` (`Some(true)` = dark), `None` for data modules and out-of-range positions.
#[inline]
pub fn pattern_module(size: SymbolSize, row: usize, col: usize) -> Option<bool> {
    if row >= size.rows() || col >= size.cols() {
        return None;
    }
    let (rr, rc) = size.data_region_size();
    let (hr, hc) = (rr + 2, rc + 2);
    let (r, c) = (row % hr, col % hc);
    if c == 0 || r == hr - 1 {
        Some(true) // solid L: left column and bottom row of every region
    } else if r == 0 {
        Some(c % 2 == 0) // top timing: dark on even columns
    } else if c == hc - 1 {
        Some(r % 2 == 1) // right timing: dark on odd rows
    } else {
        None
    }
}

/// Draws the complete symbol for `codewords` (data and error correction, interleaved, exactly
/// `size.total_codewords()` of them): patterns, codeword bits and the fixed corner.
///
/// # Errors
/// [`MatrixError::WrongCodewordCount`] if `codewords` has the wrong length.
pub fn place(size: SymbolSize, codewords: &[u8]) -> Result<BitMatrix, MatrixError> {
    if codewords.len() != size.total_codewords() {
        return Err(MatrixError::WrongCodewordCount {
            expected: size.total_codewords(),
            got: codewords.len(),
        });
    }
    let mut m = BitMatrix::new(size.rows(), size.cols());
    for row in 0..size.rows() {
        for col in 0..size.cols() {
            if pattern_module(size, row, col) == Some(true) {
                m.set(row, col, true);
            }
        }
    }
    for_each_module(size, |cw, bit, r, c| {
        if codewords.get(cw).is_some_and(|v| v >> bit & 1 == 1) {
            m.set(r, c, true);
        }
    });
    if let Some(dark) = fixed_corner(size) {
        for (r, c) in dark {
            m.set(r, c, true);
        }
    }
    Ok(m)
}

/// Reads the codewords of a `size` symbol from `grid` (inverse of [`place`]) into `out`, which
/// must hold `size.total_codewords()` values. The grid is read as is (no orientation search).
///
/// # Errors
/// [`MatrixError::UnknownSize`] if the grid is not `size`'s dimensions;
/// [`MatrixError::WrongCodewordCount`] if `out` has the wrong length.
pub fn read_codewords(
    grid: &impl ModuleGrid,
    size: SymbolSize,
    out: &mut [u8],
) -> Result<(), MatrixError> {
    if grid.rows() != size.rows() || grid.cols() != size.cols() {
        return Err(MatrixError::UnknownSize {
            rows: grid.rows(),
            cols: grid.cols(),
        });
    }
    if out.len() != size.total_codewords() {
        return Err(MatrixError::WrongCodewordCount {
            expected: size.total_codewords(),
            got: out.len(),
        });
    }
    out.fill(0);
    for_each_module(size, |cw, bit, r, c| {
        if grid.dark(r, c)
            && let Some(v) = out.get_mut(cw)
        {
            *v |= 1 << bit;
        }
    });
    Ok(())
}

/// Counts finder/timing/alignment modules of `grid` that differ from what `size` prescribes.
pub fn pattern_mismatches(grid: &impl ModuleGrid, size: SymbolSize) -> usize {
    let (vr, vc) = size.data_regions();
    let (rr, rc) = size.data_region_size();
    let (hr, hc) = (rr + 2, rc + 2);
    let mut bad = 0;
    for i in 0..vr {
        let top = i * hr;
        let bottom = top + hr - 1;
        for j in 0..vc {
            let left = j * hc;
            let right = left + hc - 1;
            for r in top..=bottom {
                bad += usize::from(!grid.dark(r, left)); // solid left column
            }
            for c in left + 1..=right {
                bad += usize::from(!grid.dark(bottom, c)); // solid bottom row
                bad += usize::from(grid.dark(top, c) != ((c - left) % 2 == 0)); // top timing
            }
            for r in top + 1..bottom {
                bad += usize::from(grid.dark(r, right) != ((r - top) % 2 == 1)); // right timing
            }
        }
    }
    bad
}

/// Number of finder/timing/alignment modules of `size` (the denominator of [`pattern_mismatches`]).
pub fn pattern_module_count(size: SymbolSize) -> usize {
    let (vr, vc) = size.data_regions();
    let (rr, rc) = size.data_region_size();
    size.rows() * size.cols() - vr * vc * rr * rc
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    #[test]
    fn every_mapping_module_is_used_once() {
        for &size in SymbolSize::all() {
            let mut hits = vec![0u8; size.rows() * size.cols()];
            let mut max_cw = 0;
            let mut bits_per_cw = vec![0u8; size.total_codewords() + 1];
            for_each_module(size, |cw, bit, r, c| {
                assert!(bit < 8);
                assert_eq!(
                    pattern_module(size, r, c),
                    None,
                    "{size}: data bit on a pattern at {r},{c}"
                );
                hits[r * size.cols() + c] += 1;
                max_cw = max_cw.max(cw);
                bits_per_cw[cw] += 1;
            });
            assert_eq!(max_cw + 1, size.total_codewords(), "{size}");
            assert!(
                bits_per_cw[..size.total_codewords()]
                    .iter()
                    .all(|&b| b == 8),
                "{size}"
            );
            let corner = fixed_corner(size).map_or(0, |_| 4);
            let data_modules = hits.iter().filter(|&&h| h == 1).count();
            assert!(hits.iter().all(|&h| h <= 1));
            assert_eq!(
                data_modules + corner + pattern_module_count(size),
                size.rows() * size.cols(),
                "{size}"
            );
        }
    }

    #[test]
    fn place_then_read_round_trips() {
        for &size in SymbolSize::all() {
            let cws: alloc::vec::Vec<u8> = (0..size.total_codewords())
                .map(|i| (i as u32 * 97 + 13) as u8)
                .collect();
            let m = place(size, &cws).unwrap();
            let mut back = vec![0u8; cws.len()];
            read_codewords(&m, size, &mut back).unwrap();
            assert_eq!(back, cws, "{size}");
            assert_eq!(pattern_mismatches(&m, size), 0);
            // The fast count agrees with the per-module definition on an arbitrary grid.
            let mut noisy = m.clone();
            for r in 0..size.rows() {
                for c in 0..size.cols() {
                    if (r * 7 + c * 3) % 5 == 0 {
                        noisy.set(r, c, !m.dark(r, c));
                    }
                }
            }
            let slow = (0..size.rows())
                .flat_map(|r| (0..size.cols()).map(move |c| (r, c)))
                .filter(|&(r, c)| pattern_module(size, r, c).is_some_and(|d| d != noisy.dark(r, c)))
                .count();
            assert_eq!(pattern_mismatches(&noisy, size), slow, "{size}");
        }
    }

    #[test]
    fn iso_annex_o_symbol() {
        // "123456" in 10x10 (ISO/IEC 16022 Annex O figure), codewords incl. ECC.
        let m = place(SymbolSize::Square10, &[142, 164, 186, 114, 25, 5, 88, 102]).unwrap();
        let rows = m.to_text_rows();
        // The finder: left column dark, bottom row dark, top row alternating.
        assert!(rows.iter().all(|r| r.starts_with('1')));
        assert_eq!(rows[9], "1111111111");
        assert_eq!(&rows[0][..], "1010101010");
    }
}
