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

#[cfg(test)]
impl SampledGrid {
    /// Modules that differ from `sym` (the samplers' tests).
    pub(crate) fn errors_against(&self, sym: &crate::Symbol) -> usize {
        (0..sym.rows())
            .flat_map(|r| (0..sym.cols()).map(move |c| (r, c)))
            .filter(|&(r, c)| sym.dark(r, c) != self.dark(r, c))
            .count()
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

/// `v` times 256, rounded to the nearest integer, for |v| < 2^13: the float is added to
/// 1.5 * 2^23, where the unit in the last place is exactly 1, so its low mantissa bits hold
/// the rounded value (no saturating float-to-int conversion and its range checks).
#[inline(always)]
fn fix8(v: f32) -> i32 {
    const MAGIC: f32 = 12_582_912.0; // 1.5 * 2^23
    let m = (v * 256.0 + MAGIC).to_bits() & 0x007F_FFFF;
    m as i32 - 0x0040_0000
}

/// Whether a coordinate (or offset), in pixels, is in the range of [`fix8`]'s fast path with
/// room for the five-point offsets (false for NaN).
#[inline(always)]
fn fixable(v: f32) -> bool {
    v.abs() < 8000.0
}

/// Bilinear read of the row-major 8-bit `map` of `w` x `h` cells at (`fx`, `fy`), given in 1/256
/// cell from the first cell's centre, in 1/65536 level; `None` when the 2x2 neighbourhood
/// leaves the map. The one interpolation of the fixed-point readers below.
#[inline(always)]
fn bilinear_fix(map: &[u8], w: usize, h: usize, fx: i32, fy: i32) -> Option<i32> {
    let (x0, y0) = (fx >> 8, fy >> 8);
    if x0 < 0 || y0 < 0 || x0 as usize + 1 >= w || y0 as usize + 1 >= h {
        return None;
    }
    let (ax, ay) = (fx & 255, fy & 255);
    let i = y0 as usize * w + x0 as usize;
    let (t0, t1) = (i32::from(*map.get(i)?), i32::from(*map.get(i + 1)?));
    let (b0, b1) = (i32::from(*map.get(i + w)?), i32::from(*map.get(i + w + 1)?));
    let top = (t0 << 8) + (t1 - t0) * ax;
    let bot = (b0 << 8) + (b1 - b0) * ax;
    Some((top << 8) + (bot - top) * ay)
}

/// Bilinear grey level at the image point (`x`, `y`) in 1/256 pixel (see [`fix8`]), in
/// 1/65536 grey level, when its 2x2 neighbourhood lies inside the image; `None` otherwise.
/// The same interpolation as [`Binarizer::grey_at`] with the position rounded to 1/256 pixel.
#[inline(always)]
fn grey_fix(bz: &Binarizer, x: i32, y: i32) -> Option<i32> {
    // Pixel centres sit at half-integers: shift by half a pixel.
    bilinear_fix(&bz.grey, bz.w, bz.h, x - 128, y - 128)
}

/// Sum of the bilinear grey levels ([`grey_fix`]) at the centre `p` (counted twice) and the
/// four points `p` ± `a` ± `b`, all in 1/256 pixel, in 1/65536 grey level; `None` when a
/// point's 2x2 neighbourhood leaves the image.
#[inline(always)]
fn grey5_fix(bz: &Binarizer, p: (i32, i32), a: (i32, i32), b: (i32, i32)) -> Option<i32> {
    let g = |x: i32, y: i32| grey_fix(bz, x, y);
    let (px, py) = p;
    Some(
        2 * g(px, py)?
            + g(px - a.0 - b.0, py - a.1 - b.1)?
            + g(px + a.0 - b.0, py + a.1 - b.1)?
            + g(px - a.0 + b.0, py - a.1 + b.1)?
            + g(px + a.0 + b.0, py + a.1 + b.1)?,
    )
}

/// Bilinear threshold at the image point (`x`, `y`) given in 1/256 pixel, in 1/65536 grey
/// level, when its 2x2 block neighbourhood lies inside the threshold map; `None` otherwise.
/// The same interpolation as [`Binarizer::thresh_at`] with the position rounded to 1/32 pixel.
#[inline(always)]
fn thresh_fix(bz: &Binarizer, x: i32, y: i32) -> Option<i32> {
    const _: () = assert!(
        super::binarize::BLOCK == 8,
        "the shift below divides by BLOCK"
    );
    let (map, bw, bh) = bz.thresh_blocks();
    // 1/256 pixel -> 1/256 block (divide by 8), then shift by half a block.
    bilinear_fix(map, bw, bh, (x >> 3) - 128, (y >> 3) - 128)
}

/// Whether the image point `p` is darker than the local threshold (before polarity): the
/// fixed-point reads inside the image, the float ones ([`Binarizer::grey_at`]) elsewhere.
#[inline]
pub(crate) fn below_threshold(bz: &Binarizer, p: Point) -> bool {
    if fixable(p.x) && fixable(p.y) {
        let (x, y) = (fix8(p.x), fix8(p.y));
        if let (Some(g), Some(t)) = (grey_fix(bz, x, y), thresh_fix(bz, x, y)) {
            return g < t;
        }
    }
    bz.grey_at(p.x, p.y) < bz.thresh_at(p.x, p.y)
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
    if !fine {
        let (t, g) = (bz.thresh_at(p.x, p.y), bz.grey_at(p.x, p.y));
        return if bz.inverted { g - t } else { t - g };
    }
    // Four points 0.22 module from the centre along the local module axes, the centre counted
    // twice. Fast path: fixed-point reads when all five and the threshold lie inside the image
    // (always, but at the image border); coordinates beyond 2^13 px fall back as well.
    let a = ju.scale(0.22 * inv_cols);
    let b = jv.scale(0.22 * inv_rows);
    if [p.x, p.y, a.x, a.y, b.x, b.y].into_iter().all(fixable) {
        let (px, py) = (fix8(p.x), fix8(p.y));
        let (ax, ay, bx, by) = (fix8(a.x), fix8(a.y), fix8(b.x), fix8(b.y));
        if let (Some(t), Some(g6)) = (
            thresh_fix(bz, px, py),
            grey5_fix(bz, (px, py), (ax, ay), (bx, by)),
        ) {
            // Six grey reads against one threshold, both in 1/65536 grey level.
            let d = 6 * t - g6;
            let d = if bz.inverted { -d } else { d };
            return d as f32 * (1.0 / (6.0 * 65536.0));
        }
    }
    let t = bz.thresh_at(p.x, p.y);
    let mut s = 2.0 * bz.grey_at(p.x, p.y);
    for q in [
        p.sub(a).sub(b),
        p.add(a).sub(b),
        p.sub(a).add(b),
        p.add(a).add(b),
    ] {
        s += bz.grey_at(q.x, q.y);
    }
    let g = s * (1.0 / 6.0);
    if bz.inverted { g - t } else { t - g }
}

/// Calls `f(row, col, dark)` for every finder and timing module of a `rows` x `cols` symbol (row 0
/// at the top): the L finder (left column, bottom row) is dark; the timing pattern (right column,
/// top row) alternates, dark where it meets the finder. Left and right columns first, row by row,
/// then the bottom and top rows. The one walk of the perimeter every sampler scores on.
pub(crate) fn for_each_perimeter_module(
    rows: usize,
    cols: usize,
    mut f: impl FnMut(usize, usize, bool),
) {
    let last_r = rows.saturating_sub(1);
    let last_c = cols.saturating_sub(1);
    for r in 0..rows {
        f(r, 0, true);
        f(r, last_c, last_r.saturating_sub(r).is_multiple_of(2));
    }
    for col in 1..last_c {
        f(last_r, col, true);
        f(0, col, col.is_multiple_of(2));
    }
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
    for_each_perimeter_module(rows, cols, &mut check);
    if n == 0 {
        return (0.0, 0.0);
    }
    (ok as f32 / n as f32, mag / n as f32)
}

/// Empties `grid` for a `rows` x `cols` symbol with corners `c` and gives the module map, or
/// `None` when the size is out of range or the corners do not span a quadrilateral.
fn start_grid(
    c: &[Point; 4],
    rows: usize,
    cols: usize,
    mirrored: bool,
    grid: &mut SampledGrid,
) -> Option<Homography> {
    if !(8..=MAX_SIDE).contains(&rows) || !(8..=MAX_SIDE).contains(&cols) {
        return None;
    }
    let h = Homography::square_to_quad(c)?;
    grid.rows = rows;
    grid.cols = cols;
    grid.mirrored = mirrored;
    grid.dark.clear();
    grid.conf.clear();
    Some(h)
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
    let Some(h) = start_grid(c, rows, cols, mirrored, grid) else {
        return false;
    };
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
    let Some(h) = start_grid(c, rows, cols, mirrored, grid) else {
        return false;
    };
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

/// How well the finder and timing of a `rows` x `cols` symbol at corners `c` read: the mean
/// darkness in the expected direction (dark finder and timing modules positive, light timing
/// modules negative), each module capped at `cap` grey levels so a few very dark ones cannot
/// outweigh many wrong ones. A smooth version of [`perimeter_score`] for corner refinement.
pub(crate) fn perimeter_fit(
    bz: &Binarizer,
    c: &[Point; 4],
    rows: usize,
    cols: usize,
    cap: f32,
) -> f32 {
    let Some(h) = Homography::square_to_quad(c) else {
        return f32::MIN;
    };
    let mut sum = 0f32;
    // The centre and four points 0.3 module from it along the module axes, each capped: a
    // module only scores fully when all five fall inside it, which pulls the grid onto the
    // module centres even where the print is sharp and one centre read alone is flat.
    let mut check = |r: usize, col: usize, want: bool| {
        let u = (col as f32 + 0.5) / cols as f32;
        let v = (r as f32 + 0.5) / rows as f32;
        let (p, ju, jv) = h.map_with_jacobian(u, v);
        let t = bz.thresh_at(p.x, p.y);
        let a = ju.scale(0.3 / cols as f32);
        let b = jv.scale(0.3 / rows as f32);
        for q in [p, p.sub(a), p.add(a), p.sub(b), p.add(b)] {
            let g = bz.grey_at(q.x, q.y);
            let d = if bz.inverted { g - t } else { t - g };
            sum += if want { d } else { -d }.clamp(-cap, cap);
        }
    };
    for_each_perimeter_module(rows, cols, &mut check);
    sum / (10 * (rows + cols)) as f32
}

/// Most rounds of trial moves per step size in [`refine_corners`].
const REFINE_ROUNDS: usize = 4;

/// The corner sets [`refine_corners`] moves together (bit k = corner k): each corner and the
/// whole quad.
const MOVES: [u8; 5] = [0b0001, 0b0010, 0b0100, 0b1000, 0b1111];

/// Moves the four corners `c` (`[TL, TR, BR, BL]`) of a `rows` x `cols` symbol so that its
/// finder and timing read best ([`perimeter_fit`]): coordinate descent in steps of a half, a
/// quarter and an eighth of `module` pixels. Outlines traced from a blurred, skewed or slightly curved print
/// often put the corner opposite the L (which has no edge of its own) a module or more off,
/// and then the timing sides sample between modules. Bounded: at most [`REFINE_ROUNDS`]
/// rounds of 20 trial moves per step size, and `stop` (the time budget) is asked before each
/// round.
/// Returns whether the corners moved.
pub(crate) fn refine_corners(
    bz: &Binarizer,
    c: &mut [Point; 4],
    rows: usize,
    cols: usize,
    module: f32,
    cap: f32,
    stop: &mut dyn FnMut() -> bool,
) -> bool {
    if !(8..=MAX_SIDE).contains(&rows)
        || !(8..=MAX_SIDE).contains(&cols)
        || module.is_nan()
        || module <= 0.0
    {
        return false;
    }
    let mut best = perimeter_fit(bz, c, rows, cols, cap);
    let start = *c;
    for step in [0.5 * module, 0.25 * module, 0.125 * module] {
        for _round in 0..REFINE_ROUNDS {
            if stop() {
                return *c != start;
            }
            let mut moved = false;
            // One corner, a side (two neighbouring corners) or the whole quad at a time.
            for mask in MOVES {
                for (dx, dy) in [(step, 0.0), (-step, 0.0), (0.0, step), (0.0, -step)] {
                    let mut t = *c;
                    for (k, q) in t.iter_mut().enumerate() {
                        if mask & (1 << k) != 0 {
                            *q = Point::new(q.x + dx, q.y + dy);
                        }
                    }
                    let f = perimeter_fit(bz, &t, rows, cols, cap);
                    if f > best {
                        best = f;
                        *c = t;
                        moved = true;
                    }
                }
            }
            if !moved {
                break;
            }
        }
    }
    *c != start
}

#[cfg(test)]
mod tests {
    use alloc::vec;

    use super::*;
    use crate::read::ImageView;

    /// Module errors of the grid sampled at corners `c` against the symbol.
    fn errors(bz: &Binarizer, sym: &crate::Symbol, c: &[Point; 4]) -> usize {
        let mut g = SampledGrid::default();
        assert!(sample_grid(
            bz,
            c,
            sym.rows(),
            sym.cols(),
            60.0,
            false,
            &mut g
        ));
        g.errors_against(sym)
    }

    /// The fixed-point reads of the sampling loop against the float interpolation they
    /// replace, on a noisy image at random points (a small deterministic generator): within
    /// the rounding of the position to 1/256 pixel (grey) and 1/32 pixel (threshold), `None`
    /// exactly where a neighbourhood leaves the image or the threshold map.
    #[test]
    fn fixed_point_reads_match_the_float_interpolation() {
        let (w, h) = (97usize, 61usize);
        let mut seed = 0x2545_f491u32;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        let px: alloc::vec::Vec<u8> = (0..w * h).map(|_| (next() >> 24) as u8).collect();
        let img = ImageView::packed(&px, w, h).unwrap();
        let mut bz = Binarizer::default();
        bz.load(&img, false);
        assert!(bz.threshold(0, &mut || false));
        assert_eq!(fix8(3.5), 896);
        assert_eq!(fix8(-0.25), -64);
        assert_eq!(fix8(1000.0 / 256.0), 1000);
        let (mut inside, mut outside) = (0, 0);
        for _ in 0..20_000 {
            let x = (next() % 110_000) as f32 / 1000.0 - 6.0;
            let y = (next() % 72_000) as f32 / 1000.0 - 6.0;
            let (fx, fy) = (fix8(x), fix8(y));
            let zero = (0, 0);
            match grey5_fix(&bz, (fx, fy), zero, zero) {
                Some(g) => {
                    inside += 1;
                    let want = bz.grey_at(x, y);
                    let got = g as f32 / (6.0 * 65536.0);
                    assert!(
                        (got - want).abs() <= 1.0,
                        "grey at ({x}, {y}): {got} vs {want}"
                    );
                }
                None => {
                    outside += 1;
                    assert!(
                        x < 0.5 + 1.0 / 256.0
                            || y < 0.5 + 1.0 / 256.0
                            || x > w as f32 - 0.5 - 1.0 / 256.0
                            || y > h as f32 - 0.5 - 1.0 / 256.0,
                        "({x}, {y}) is inside"
                    );
                }
            }
            // The single-point read agrees with the five-point one at zero offsets.
            assert_eq!(
                grey_fix(&bz, fx, fy).map(|g| 6 * g),
                grey5_fix(&bz, (fx, fy), zero, zero),
                "({x}, {y})"
            );
            if let Some(t) = thresh_fix(&bz, fx, fy) {
                let want = bz.thresh_at(x, y);
                let got = t as f32 / 65536.0;
                assert!(
                    (got - want).abs() <= 1.0,
                    "threshold at ({x}, {y}): {got} vs {want}"
                );
            }
        }
        assert!(inside > 10_000 && outside > 1_000, "{inside} / {outside}");
    }

    #[test]
    fn refined_corners_find_the_symbol_again() {
        let sym = crate::Encoder::new()
            .gs1(true)
            .encode(b"010950110153000317281130105ABC\x1d21SERIAL0042")
            .unwrap();
        let (rows, cols, pitch, quiet) = (sym.rows(), sym.cols(), 6usize, 4usize);
        let (w, h) = ((cols + 2 * quiet) * pitch, (rows + 2 * quiet) * pitch);
        let mut px = vec![210u8; w * h];
        for r in 0..rows {
            for x in 0..cols {
                if sym.dark(r, x) {
                    for y in (r + quiet) * pitch..(r + quiet + 1) * pitch {
                        px[y * w + (x + quiet) * pitch..y * w + (x + quiet + 1) * pitch].fill(40);
                    }
                }
            }
        }
        let img = ImageView::packed(&px, w, h).unwrap();
        let mut bz = Binarizer::default();
        bz.load(&img, false);
        assert!(bz.threshold(16, &mut || false));
        let (x0, y0) = ((quiet * pitch) as f32, (quiet * pitch) as f32);
        let (x1, y1) = (x0 + (cols * pitch) as f32, y0 + (rows * pitch) as f32);
        let truth = [
            Point::new(x0, y0),
            Point::new(x1, y0),
            Point::new(x1, y1),
            Point::new(x0, y1),
        ];
        assert_eq!(errors(&bz, &sym, &truth), 0);
        // The corner opposite the L more than a module off, the others a little.
        let mut c = [
            Point::new(x0 - 2.0, y0 + 3.0),
            Point::new(x1 + 8.0, y0 - 7.0),
            Point::new(x1 - 3.0, y1 + 2.0),
            Point::new(x0 + 1.0, y1 - 1.0),
        ];
        let before = errors(&bz, &sym, &c);
        assert!(
            before > 20,
            "the perturbed corners should misread: {before}"
        );
        assert!(refine_corners(
            &bz,
            &mut c,
            rows,
            cols,
            pitch as f32,
            60.0,
            &mut || false
        ));
        let after = errors(&bz, &sym, &c);
        assert!(
            after <= 2,
            "refined corners: {after} module errors (before {before}) {c:?} {truth:?}"
        );
        for (p, t) in c.iter().zip(&truth) {
            assert!(p.dist(*t) < 0.5 * pitch as f32, "{p:?} vs {t:?}");
        }
        // Already right: nothing to gain, so nothing moves far.
        let mut t = truth;
        refine_corners(&bz, &mut t, rows, cols, pitch as f32, 60.0, &mut || false);
        assert!(
            t.iter()
                .zip(&truth)
                .all(|(p, q)| p.dist(*q) < 0.5 * pitch as f32)
        );
    }
}

#[cfg(test)]
mod tiny_tests {
    use alloc::vec;

    use crate::matrix::ModuleGrid;
    use crate::read::{ImageView, Reader, ReaderOptions};

    #[test]
    fn one_pixel_modules_read_through_the_scaled_up_frame() {
        let data = b"010950110153000317281130105ABC";
        let sym = crate::Encoder::new().gs1(true).encode(data).unwrap();
        for quiet in [1usize, 3] {
            let (w, h) = (sym.cols() + 2 * quiet, sym.rows() + 2 * quiet);
            let mut px = vec![230u8; w * h];
            for r in 0..sym.rows() {
                for c in 0..sym.cols() {
                    if sym.dark(r, c) {
                        px[(r + quiet) * w + c + quiet] = 20;
                    }
                }
            }
            let img = ImageView::packed(&px, w, h).unwrap();
            let got = Reader::new().read(&img, &ReaderOptions::default()).unwrap();
            assert_eq!(got.len(), 1, "quiet zone {quiet}");
            assert_eq!(got[0].content.data.payload, data.to_vec());
            // Corners and module size in the frame's own pixels.
            assert!((got[0].module_px - 1.0).abs() < 0.2, "{}", got[0].module_px);
            for p in got[0].corners {
                assert!(p.x > -1.0 && p.x < w as f32 + 1.0 && p.y > -1.0 && p.y < h as f32 + 1.0);
            }
        }
    }
}
