//! Sampling: the module grid of a located symbol, read at module centres through a perspective
//! map, with a per-module confidence the decoder can turn into erasures.
//!
//! Grey levels are averaged over five points around each module centre and compared with the
//! local threshold, which reads printed squares and separated dot-peen dots alike.

// SAFETY-ish reason: integer arithmetic here is on pixel coordinates, counts and sums bounded
// by the image size, which `ImageView::new` caps at `MAX_PIXELS` (2^26): products of two
// coordinates, row offsets and sums of at most 64 u8 grey levels cannot overflow `usize`/`u32`;
// subtractions are guarded by the comparisons before them. Float math cannot panic.
#![allow(clippy::arithmetic_side_effects)]

use alloc::vec::Vec;

use super::binarize::Binarizer;
use super::geom::{Homography, Point};
use crate::matrix::ModuleGrid;

/// Largest symbol side in modules (144x144).
const MAX_SIDE: usize = 144;

/// A sampled module grid (finder pattern included), as handed to the matrix decoder.
#[derive(Debug, Clone, Default)]
pub struct SampledGrid {
    rows: usize,
    cols: usize,
    dark: Vec<bool>,
    conf: Vec<u8>,
    mirrored: bool,
    /// Scratch: raw module darkness, for [`sample_grid_sharpened`].
    raw: Vec<f32>,
}

impl SampledGrid {
    /// Whether this grid was read with the symbol's arms swapped (a mirrored print).
    pub fn mirrored(&self) -> bool {
        self.mirrored
    }

    /// Modules as row-major `bool`s (`true` = dark).
    pub fn bits(&self) -> &[bool] {
        &self.dark
    }

    /// Refills the grid as `rows` x `cols` modules, `module(row, col)` giving (dark,
    /// confidence); for samplers outside this file (dot-peen, timing-following). `false` if
    /// the size is out of the ECC200 range.
    pub(crate) fn fill(
        &mut self,
        rows: usize,
        cols: usize,
        mirrored: bool,
        mut module: impl FnMut(usize, usize) -> (bool, u8),
    ) -> bool {
        if !(8..=MAX_SIDE).contains(&rows) || !(8..=MAX_SIDE).contains(&cols) {
            return false;
        }
        self.rows = rows;
        self.cols = cols;
        self.mirrored = mirrored;
        self.dark.clear();
        self.conf.clear();
        for r in 0..rows {
            for c in 0..cols {
                let (d, k) = module(r, c);
                self.dark.push(d);
                self.conf.push(k);
            }
        }
        true
    }
}

impl ModuleGrid for SampledGrid {
    fn rows(&self) -> usize {
        self.rows
    }
    fn cols(&self) -> usize {
        self.cols
    }
    fn dark(&self, row: usize, col: usize) -> bool {
        row < self.rows
            && col < self.cols
            && self
                .dark
                .get(row * self.cols + col)
                .copied()
                .unwrap_or(false)
    }
    fn confidence(&self, row: usize, col: usize) -> u8 {
        if row < self.rows && col < self.cols {
            self.conf.get(row * self.cols + col).copied().unwrap_or(0)
        } else {
            0
        }
    }
}

/// Averaged darkness around the centre of module (`r`, `c`), positive = dark in the
/// binariser's polarity, in grey levels. `fine` averages five points (sampling), otherwise
/// only the centre is read (scoring). Always inlined into the per-module loops, so the
/// reciprocals of `rows` and `cols` are computed once per grid rather than per module.
#[inline(always)]
fn module_darkness(
    bz: &Binarizer,
    h: &Homography,
    rows: usize,
    cols: usize,
    r: usize,
    c: usize,
    fine: bool,
) -> f32 {
    let (inv_cols, inv_rows) = (1.0 / cols as f32, 1.0 / rows as f32);
    let u = (c as f32 + 0.5) * inv_cols;
    let v = (r as f32 + 0.5) * inv_rows;
    let (p, ju, jv) = h.map_with_jacobian(u, v);
    let t = bz.thresh_at(p.x, p.y);
    let g = if fine {
        // Four points 0.22 module from the centre along the local module axes.
        let a = ju.scale(0.22 * inv_cols);
        let b = jv.scale(0.22 * inv_rows);
        let mut s = 2.0 * bz.grey_at(p.x, p.y);
        for q in [
            p.sub(a).sub(b),
            p.add(a).sub(b),
            p.sub(a).add(b),
            p.add(a).add(b),
        ] {
            s += bz.grey_at(q.x, q.y);
        }
        s * (1.0 / 6.0)
    } else {
        bz.grey_at(p.x, p.y)
    };
    if bz.inverted { g - t } else { t - g }
}

/// Share of finder and timing modules that read as expected for a `rows` x `cols` symbol whose
/// outer corners are `c` = `[TL, TR, BR, BL]`; also the mean |darkness| there (contrast / 2).
pub(crate) fn perimeter_score(
    bz: &Binarizer,
    c: &[Point; 4],
    rows: usize,
    cols: usize,
) -> (f32, f32) {
    let Some(h) = Homography::square_to_quad(c) else {
        return (0.0, 0.0);
    };
    let (mut ok, mut n, mut mag) = (0u32, 0u32, 0f32);
    let mut check = |r: usize, col: usize, want: bool| {
        let d = module_darkness(bz, &h, rows, cols, r, col, false);
        n += 1;
        mag += d.abs();
        if (d > 0.0) == want {
            ok += 1;
        }
    };
    for r in 0..rows {
        check(r, 0, true);
        check(r, cols - 1, (rows - 1 - r).is_multiple_of(2));
    }
    for col in 1..cols - 1 {
        check(rows - 1, col, true);
        check(0, col, col.is_multiple_of(2));
    }
    if n == 0 {
        return (0.0, 0.0);
    }
    (ok as f32 / n as f32, mag / n as f32)
}

/// Samples every module of a `rows` x `cols` symbol with corners `c` into `grid`.
/// `half_contrast` scales the confidence (darkness at or beyond it is certain).
pub(crate) fn sample_grid(
    bz: &Binarizer,
    c: &[Point; 4],
    rows: usize,
    cols: usize,
    half_contrast: f32,
    mirrored: bool,
    grid: &mut SampledGrid,
) -> bool {
    if !(8..=MAX_SIDE).contains(&rows) || !(8..=MAX_SIDE).contains(&cols) {
        return false;
    }
    let Some(h) = Homography::square_to_quad(c) else {
        return false;
    };
    grid.rows = rows;
    grid.cols = cols;
    grid.mirrored = mirrored;
    grid.dark.clear();
    grid.conf.clear();
    let k = 255.0 / half_contrast.max(1.0);
    for r in 0..rows {
        for col in 0..cols {
            let d = module_darkness(bz, &h, rows, cols, r, col, true);
            grid.dark.push(d > 0.0);
            grid.conf.push((d.abs() * k).min(255.0) as u8);
        }
    }
    true
}

/// Like [`sample_grid`], but each module's darkness is sharpened against its four neighbours
/// (outside the symbol: the light quiet zone) before thresholding. Blur spreads a module into
/// its neighbours, so a light module among dark ones reads dark; subtracting a share of the
/// neighbours' mean undoes most of that spread.
pub(crate) fn sample_grid_sharpened(
    bz: &Binarizer,
    c: &[Point; 4],
    rows: usize,
    cols: usize,
    half_contrast: f32,
    mirrored: bool,
    grid: &mut SampledGrid,
) -> bool {
    if !(8..=MAX_SIDE).contains(&rows) || !(8..=MAX_SIDE).contains(&cols) {
        return false;
    }
    let Some(h) = Homography::square_to_quad(c) else {
        return false;
    };
    grid.rows = rows;
    grid.cols = cols;
    grid.mirrored = mirrored;
    grid.dark.clear();
    grid.conf.clear();
    grid.raw.clear();
    for r in 0..rows {
        for col in 0..cols {
            grid.raw
                .push(module_darkness(bz, &h, rows, cols, r, col, true));
        }
    }
    // The quiet zone around the symbol reads light: about minus the half contrast.
    let quiet = -half_contrast.max(1.0);
    let at = |raw: &[f32], r: Option<usize>, col: Option<usize>| -> f32 {
        match (r, col) {
            (Some(r), Some(col)) if r < rows && col < cols => {
                raw.get(r * cols + col).copied().unwrap_or(quiet)
            }
            _ => quiet,
        }
    };
    let k = 255.0 / half_contrast.max(1.0);
    for r in 0..rows {
        for col in 0..cols {
            let d = at(&grid.raw, Some(r), Some(col));
            let nb = at(&grid.raw, r.checked_sub(1), Some(col))
                + at(&grid.raw, Some(r + 1), Some(col))
                + at(&grid.raw, Some(r), col.checked_sub(1))
                + at(&grid.raw, Some(r), Some(col + 1));
            let v = d - SHARPEN * 0.25 * nb;
            grid.dark.push(v > 0.0);
            grid.conf.push((v.abs() * k).min(255.0) as u8);
        }
    }
    true
}

/// Share of the neighbours' mean darkness taken off a module by [`sample_grid_sharpened`].
const SHARPEN: f32 = 0.8;
