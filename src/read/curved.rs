//! Timing-following sampling: module centres that follow the symbol's own finder and timing
//! modules instead of one perspective map, for mildly curved marks (labels on vials, dots
//! peened on a shaft) and outlines fitted a little off.
//!
//! [`TimingMap::fit`] starts from the outline's homography, measures where every module of the
//! four edges really is (the dark timing modules on the top and right sides, every module of
//! the L finder on the left and bottom) as the darkness-weighted centre of a window around its
//! predicted place, smooths those offsets along each edge, and blends the four edge offset
//! sequences over the symbol (a Coons patch). Module (row, col) is then read at its
//! homography position plus the blended offset. [`Reader::read_curved`] is the extra pass that
//! re-samples the outlines of the standard binarisation this way when nothing else decoded.

use alloc::vec::Vec;

use super::binarize::Binarizer;
use super::geom::{Homography, Point};
use super::sample::{SampledGrid, for_each_perimeter_module};
use super::{Polarity, ReadSymbol, Reader, Search, polarities};

/// Largest symbol side in modules.
const SIDE: usize = 144;
/// Half-width of the search window around a predicted module centre, in modules.
const WINDOW: f32 = 0.45;
/// Samples per window side.
const STEPS: usize = 7;
/// Largest offset kept, in modules (beyond it the measure is taken as wrong).
const MAX_SHIFT: f32 = 0.5;
/// Largest offset carried from one edge module to the next while tracking, in modules.
const MAX_DRIFT: f32 = 1.0;
/// Smallest share of finder and timing modules read right for a grid to be decoded.
const MIN_SCORE: f32 = 0.8;
/// Smallest finder-and-timing score through the plain homography for a size to be fitted.
const MIN_FLAT_SCORE: f32 = 0.6;
/// Flat finder-and-timing score above which the outline's corners are kept as they are.
const GOOD_FLAT_SCORE: f32 = 0.9;
/// Largest regions (per polarity) whose top-right corner is re-found; the rest are sampled
/// from their outline as it is (the search costs some 60 perimeter reads per size).
const REFINE_CANDS: usize = 4;
/// How far the top-right corner is searched from the outline's, in modules.
const TR_REACH: f32 = 3.0;
/// Connected regions re-examined by the curved pass.
const MAX_CANDS: usize = 16;

/// Offsets (du, dv) in unit-square coordinates along one edge; `None` = not measured.
type Edge = [Option<(f32, f32)>; SIDE];

/// A module-centre map that follows the finder and timing patterns (see the module docs).
#[derive(Debug, Clone)]
pub(crate) struct TimingMap {
    h: Homography,
    rows: usize,
    cols: usize,
    /// Smoothed offsets along the top row, bottom row (per column), left and right columns
    /// (per row).
    top: [(f32, f32); SIDE],
    bottom: [(f32, f32); SIDE],
    left: [(f32, f32); SIDE],
    right: [(f32, f32); SIDE],
}

/// Darkness at an image point relative to the local threshold (positive = dark).
#[inline]
fn darkness(bz: &Binarizer, p: Point) -> f32 {
    let g = bz.grey_at(p.x, p.y);
    let t = bz.thresh_at(p.x, p.y);
    if bz.inverted { g - t } else { t - g }
}

/// Darkness-weighted centre of the window around unit point (`u`, `v`) moved by `prior` (module
/// sizes `mu`, `mv` in unit coordinates), as an offset from (`u`, `v`); `None` if nothing dark
/// is there.
fn centre_offset(
    bz: &Binarizer,
    h: &Homography,
    (u, v): (f32, f32),
    (mu, mv): (f32, f32),
    prior: (f32, f32),
) -> Option<(f32, f32)> {
    let (u, v) = (u + prior.0, v + prior.1);
    let mut vals = [0f32; STEPS * STEPS];
    let mut peak = f32::NEG_INFINITY;
    let step = 2.0 * WINDOW / (STEPS - 1) as f32;
    for (i, slot) in vals.iter_mut().enumerate() {
        let a = -WINDOW + step * (i % STEPS) as f32;
        let b = -WINDOW + step * (i / STEPS) as f32;
        let d = darkness(bz, h.map_with_jacobian(u + a * mu, v + b * mv).0);
        *slot = d;
        peak = peak.max(d);
    }
    if peak <= 0.0 {
        return None;
    }
    let floor = 0.5 * peak;
    let (mut sw, mut sa, mut sb) = (0f32, 0f32, 0f32);
    for (i, &d) in vals.iter().enumerate() {
        let w = d - floor;
        if w > 0.0 {
            sw += w;
            sa += w * (-WINDOW + step * (i % STEPS) as f32);
            sb += w * (-WINDOW + step * (i / STEPS) as f32);
        }
    }
    if sw <= 0.0 {
        return None;
    }
    let (a, b) = (sa / sw, sb / sw);
    (a.abs() <= MAX_SHIFT && b.abs() <= MAX_SHIFT).then_some((prior.0 + a * mu, prior.1 + b * mv))
}

/// Measures the modules `idx` of one edge in that order (`at` gives a module's unit centre),
/// each window starting where the last measured module was found (only along the axes
/// `keep` = (u, v)), so a bend that drifts more than half a module from the homography is
/// still followed from the edge's reliable end; the carried offset stays within
/// [`MAX_DRIFT`] modules.
fn track(
    bz: &Binarizer,
    h: &Homography,
    m: (f32, f32),
    idx: impl Iterator<Item = usize>,
    at: impl Fn(usize) -> (f32, f32),
    keep: (bool, bool),
    raw: &mut Edge,
) {
    let mut prior = (0f32, 0f32);
    for i in idx {
        let got = centre_offset(bz, h, at(i), m, prior);
        if let Some(e) = raw.get_mut(i) {
            *e = got;
        }
        if let Some((du, dv)) = got {
            let lim = (MAX_DRIFT * m.0, MAX_DRIFT * m.1);
            prior = (
                if keep.0 { du.clamp(-lim.0, lim.0) } else { 0.0 },
                if keep.1 { dv.clamp(-lim.1, lim.1) } else { 0.0 },
            );
        }
    }
}

/// Fills the gaps of `raw[..n]` by linear interpolation (ends copy the nearest value) and
/// smooths with a 5-module moving average into `out`. `None` if under a third was measured.
fn smooth(raw: &Edge, n: usize, out: &mut [(f32, f32); SIDE]) -> Option<()> {
    let seen = raw.iter().take(n).filter(|e| e.is_some()).count();
    if n == 0 || seen.saturating_mul(3) < n {
        return None;
    }
    let mut filled = [(0f32, 0f32); SIDE];
    let mut prev: Option<(usize, (f32, f32))> = None;
    for i in 0..n.min(SIDE) {
        let Some(Some(v)) = raw.get(i).copied() else {
            continue;
        };
        match prev {
            None => {
                for f in filled.iter_mut().take(i.saturating_add(1)) {
                    *f = v;
                }
            }
            Some((j, pv)) => {
                let span = i.saturating_sub(j).max(1) as f32;
                for (k, f) in filled
                    .iter_mut()
                    .enumerate()
                    .take(i.saturating_add(1))
                    .skip(j)
                {
                    let t = k.saturating_sub(j) as f32 / span;
                    *f = (pv.0 + (v.0 - pv.0) * t, pv.1 + (v.1 - pv.1) * t);
                }
            }
        }
        prev = Some((i, v));
    }
    if let Some((j, pv)) = prev {
        for f in filled.iter_mut().take(n).skip(j) {
            *f = pv;
        }
    }
    for (i, o) in out.iter_mut().enumerate().take(n) {
        let lo = i.saturating_sub(2);
        let hi = i.saturating_add(3).min(n);
        let (mut su, mut sv, mut k) = (0f32, 0f32, 0f32);
        for f in filled.get(lo..hi).unwrap_or(&[]) {
            su += f.0;
            sv += f.1;
            k += 1.0;
        }
        *o = if k > 0.0 {
            (su / k, sv / k)
        } else {
            (0.0, 0.0)
        };
    }
    Some(())
}

impl TimingMap {
    /// Measures the edges of the `rows` x `cols` symbol with outer corners `c` = `[TL, TR, BR,
    /// BL]` (L finder along TL-BL-BR); `None` if too few edge modules could be located.
    pub(crate) fn fit(bz: &Binarizer, c: &[Point; 4], rows: usize, cols: usize) -> Option<Self> {
        if !(8..=SIDE).contains(&rows) || !(8..=SIDE).contains(&cols) {
            return None;
        }
        let h = Homography::square_to_quad(c)?;
        let (mu, mv) = (1.0 / cols as f32, 1.0 / rows as f32);
        let uc = |col: usize| (col as f32 + 0.5) * mu;
        let vr = |row: usize| (row as f32 + 0.5) * mv;
        let (last_r, last_c) = (rows.saturating_sub(1), cols.saturating_sub(1));
        let mut raw: Edge = [None; SIDE];
        let mut map = TimingMap {
            h,
            rows,
            cols,
            top: [(0.0, 0.0); SIDE],
            bottom: [(0.0, 0.0); SIDE],
            left: [(0.0, 0.0); SIDE],
            right: [(0.0, 0.0); SIDE],
        };
        // Each edge is followed from its end on the L finder (reliable) towards the far
        // corner, where a bend drifts furthest from the homography.
        let m = (mu, mv);
        // Top timing row: dark at even columns.
        let even = (0..cols).step_by(2);
        track(
            bz,
            &h,
            m,
            even,
            |col| (uc(col), vr(0)),
            (true, true),
            &mut raw,
        );
        smooth(&raw, cols, &mut map.top)?;
        // Bottom finder row: every column dark (only the offset across the bar carries).
        raw = [None; SIDE];
        track(
            bz,
            &h,
            m,
            0..cols,
            |col| (uc(col), vr(last_r)),
            (false, true),
            &mut raw,
        );
        smooth(&raw, cols, &mut map.bottom)?;
        // Left finder column: every row dark, followed up from the bottom-left corner.
        raw = [None; SIDE];
        track(
            bz,
            &h,
            m,
            (0..rows).rev(),
            |row| (uc(0), vr(row)),
            (true, false),
            &mut raw,
        );
        smooth(&raw, rows, &mut map.left)?;
        // Right timing column: dark where (last row - row) is even, followed up from the
        // bottom-right corner.
        raw = [None; SIDE];
        let up = (0..rows).rev().step_by(2);
        track(
            bz,
            &h,
            m,
            up,
            |row| (uc(last_c), vr(row)),
            (true, true),
            &mut raw,
        );
        smooth(&raw, rows, &mut map.right)?;
        // Along a solid finder bar the window's centre says nothing (it is dark all over):
        // modules there shift along the bar as the opposite timing modules do.
        for (b, t) in map.bottom.iter_mut().zip(&map.top) {
            b.0 = t.0;
        }
        for (l, r) in map.left.iter_mut().zip(&map.right) {
            l.1 = r.1;
        }
        Some(map)
    }

    /// Blended offset of module (`row`, `col`).
    fn offset(&self, row: usize, col: usize) -> (f32, f32) {
        let (last_r, last_c) = (self.rows.saturating_sub(1), self.cols.saturating_sub(1));
        let s = row as f32 / last_r.max(1) as f32;
        let t = col as f32 / last_c.max(1) as f32;
        let g = |a: &[(f32, f32); SIDE], i: usize| a.get(i).copied().unwrap_or((0.0, 0.0));
        let lerp =
            |a: (f32, f32), b: (f32, f32), k: f32| (a.0 + (b.0 - a.0) * k, a.1 + (b.1 - a.1) * k);
        // Between the top and bottom rows, then the side columns' own bend on top of that.
        let base = lerp(g(&self.top, col), g(&self.bottom, col), s);
        let l = g(&self.left, row);
        let l0 = lerp(g(&self.left, 0), g(&self.left, last_r), s);
        let r = g(&self.right, row);
        let r0 = lerp(g(&self.right, 0), g(&self.right, last_r), s);
        (
            base.0 + (1.0 - t) * (l.0 - l0.0) + t * (r.0 - r0.0),
            base.1 + (1.0 - t) * (l.1 - l0.1) + t * (r.1 - r0.1),
        )
    }
}

/// Where a module centre is in the image: the plain homography or a timing-following map.
pub(crate) trait ModuleMap {
    /// Image point of unit-square point (`u`, `v`) near module (`row`, `col`).
    fn at(&self, row: usize, col: usize, u: f32, v: f32) -> Point;
}

impl ModuleMap for Homography {
    #[inline]
    fn at(&self, _row: usize, _col: usize, u: f32, v: f32) -> Point {
        self.map_with_jacobian(u, v).0
    }
}

/// Reads the finder and timing modules with `value`: (share read right at the cut, cut,
/// half the dark-light separation). The cut lies halfway between the means of the modules
/// that should be dark and those that should be light.
pub(crate) fn perimeter_fit(
    rows: usize,
    cols: usize,
    mut value: impl FnMut(usize, usize) -> f32,
    vals: &mut Vec<f32>,
) -> (f32, f32, f32) {
    vals.clear();
    let (mut sd, mut nd, mut sl, mut nl) = (0f32, 0u32, 0f32, 0u32);
    for_each_perimeter_module(rows, cols, |r, c, want| {
        let v = value(r, c);
        vals.push(if want { v } else { -v - 1e9 });
        if want {
            sd += v;
            nd = nd.saturating_add(1);
        } else {
            sl += v;
            nl = nl.saturating_add(1);
        }
    });
    if nd == 0 || nl == 0 {
        return (0.0, 0.0, 0.0);
    }
    let (md, ml) = (sd / nd as f32, sl / nl as f32);
    let cut = 0.5 * (md + ml);
    let ok = vals
        .iter()
        .filter(|&&v| if v > -1e8 { v > cut } else { -(v + 1e9) <= cut })
        .count();
    (ok as f32 / vals.len().max(1) as f32, cut, 0.5 * (md - ml))
}

/// Samples a whole grid with `value`, dark above `cut`, confidence scaled by `half_sep`.
pub(crate) fn fill_grid(
    grid: &mut SampledGrid,
    rows: usize,
    cols: usize,
    cut: f32,
    half_sep: f32,
    mut value: impl FnMut(usize, usize) -> f32,
) -> bool {
    let k = 255.0 / half_sep.max(1.0);
    grid.fill(rows, cols, false, |r, c| {
        let d = value(r, c) - cut;
        (d > 0.0, (d.abs() * k).min(255.0) as u8)
    })
}

impl ModuleMap for TimingMap {
    fn at(&self, row: usize, col: usize, u: f32, v: f32) -> Point {
        let (du, dv) = self.offset(row, col);
        self.h.map_with_jacobian(u + du, v + dv).0
    }
}

/// Module value for printed symbols: the mean darkness of five points around the centre.
fn print_value(bz: &Binarizer, map: &TimingMap, r: usize, c: usize) -> f32 {
    let u = (c as f32 + 0.5) / map.cols as f32;
    let v = (r as f32 + 0.5) / map.rows as f32;
    let (du, dv) = (0.22 / map.cols as f32, 0.22 / map.rows as f32);
    let mut s = 2.0 * darkness(bz, map.at(r, c, u, v));
    for (a, b) in [(-du, -dv), (du, -dv), (-du, dv), (du, dv)] {
        s += darkness(bz, map.at(r, c, u + a, v + b));
    }
    s / 6.0
}

/// Moves the top-right corner of the outline `c` of a `rows` x `cols` symbol (module size `m`
/// pixels) to where the finder and timing modules read best through the plain homography:
/// first on a whole-module grid up to [`TR_REACH`] modules around it, then in half, quarter
/// and eighth steps. The
/// other three corners close the L finder and are found well; the top-right one is where the
/// two timing edges meet over a light module, and on a bent symbol the outline's line fit
/// there can land a few modules off, more than the timing map can follow.
fn refine_top_right(bz: &Binarizer, c: [Point; 4], rows: usize, cols: usize, m: f32) -> [Point; 4] {
    let score = |p: Point| {
        let mut q = c;
        q[1] = p;
        let (ok, mag) = super::sample::perimeter_score(bz, &q, rows, cols);
        ok + 1e-4 * mag.min(255.0)
    };
    let start = c[1];
    let (mut best_p, mut best) = (start, score(start));
    // Whole modules over the reach, then local moves of a half, quarter and eighth module.
    let n = TR_REACH as i32;
    for j in -n..=n {
        for i in -n..=n {
            let p = Point::new(start.x + i as f32 * m, start.y + j as f32 * m);
            let v = score(p);
            if v > best {
                (best_p, best) = (p, v);
            }
        }
    }
    let mut step = 0.5 * m;
    for _ in 0..3 {
        let centre = best_p;
        for (dx, dy) in [(step, 0.0), (-step, 0.0), (0.0, step), (0.0, -step)] {
            let p = Point::new(centre.x + dx, centre.y + dy);
            let v = score(p);
            if v > best {
                (best_p, best) = (p, v);
            }
        }
        step *= 0.5;
    }
    let mut q = c;
    q[1] = best_p;
    q
}

impl Reader {
    /// The curved pass: the standard binarisation's outlines re-sampled with a
    /// [`TimingMap`], in each polarity asked for.
    pub(super) fn read_curved<T, F>(&mut self, s: &mut Search<'_, T, F>)
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        for &inv in polarities(s.opts.polarity) {
            if s.done() {
                return;
            }
            let img = s.img;
            let mut stop = || s.out_of_time();
            self.bz.load(&img, false);
            self.bz.margin = 0;
            if !self.bz.threshold(16, &mut stop)
                || !self.bz.binarize(inv, 0, &mut stop)
                || !self.det.components(&self.bz, &mut stop)
            {
                return;
            }
            self.cands.clear();
            for (i, c) in self.det.comps.iter().enumerate() {
                let w = c.max_x.saturating_sub(c.min_x);
                let h = c.max_y.saturating_sub(c.min_y);
                if w < 12 || h < 12 {
                    continue;
                }
                if u64::from(c.area).saturating_mul(12) < u64::from(w).saturating_mul(u64::from(h))
                {
                    continue;
                }
                self.cands.push((c.area, i as u32));
            }
            self.cands.sort_unstable_by_key(|c| core::cmp::Reverse(c.0));
            self.cands.truncate(MAX_CANDS);
            for ci in 0..self.cands.len() {
                if s.done() {
                    return;
                }
                let Some(&(_, id)) = self.cands.get(ci) else {
                    break;
                };
                let ol = self
                    .det
                    .outline(&self.bz, id as usize, 0.0, 0.5, false, &mut || {
                        s.out_of_time()
                    });
                let Some(ol) = ol else { continue };
                if let Some(sym) = self.try_curved(&ol, inv, ci < REFINE_CANDS, &mut s.decode) {
                    self.report(s, sym, 1.0);
                }
            }
            if !s.out.is_empty() {
                return;
            }
        }
    }

    /// Samples the outline `ol` with a [`TimingMap`] at the likely sizes and decodes the
    /// best fits; `refine` lets it re-find the top-right corner first (see
    /// [`refine_top_right`]).
    fn try_curved<T, F>(
        &mut self,
        ol: &super::detect::Outline,
        inv: bool,
        refine: bool,
        decode: &mut F,
    ) -> Option<ReadSymbol<T>>
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        let c = ol.corners;
        let top_len = c[1].dist(c[0]);
        let right_len = c[2].dist(c[1]);
        let m = ol.module.max(0.5);
        let (ec, er) = (ol.cols.clamp(8, 144), ol.rows.clamp(8, 144));
        let (lc, lr) = (super::even(top_len / m), super::even(right_len / m));
        // The outline's own estimates, their neighbours, the side lengths in modules, and the
        // other side's estimate (square symbols): a bent side can be measured short.
        let cols_c = [
            ec,
            ec.saturating_sub(2).max(8),
            ec.saturating_add(2).min(144),
            lc,
            er,
        ];
        let rows_c = [
            er,
            er.saturating_sub(2).max(8),
            er.saturating_add(2).min(144),
            lr,
            ec,
        ];
        let mut best: [(f32, f32, f32, usize, usize, [Point; 4]); 3] =
            [(0.0, 0.0, 0.0, 0, 0, c); 3];
        for &cc in &cols_c {
            for &r in &rows_c {
                if cc > r.saturating_mul(8)
                    || r > cc.saturating_mul(8)
                    || best.iter().any(|e| e.3 == r && e.4 == cc)
                {
                    continue;
                }
                // Cheap first look through the plain homography: a curved symbol still shows
                // most of its finder and timing there.
                let flat = super::sample::perimeter_score(&self.bz, &c, r, cc).0;
                if flat < MIN_FLAT_SCORE {
                    continue;
                }
                let q = if refine && flat < GOOD_FLAT_SCORE {
                    refine_top_right(&self.bz, c, r, cc, m)
                } else {
                    c
                };
                let Some(map) = TimingMap::fit(&self.bz, &q, r, cc) else {
                    continue;
                };
                let bz = &self.bz;
                let (s, cut, sep) = perimeter_fit(
                    r,
                    cc,
                    |y, x| print_value(bz, &map, y, x),
                    &mut self.dots.vals,
                );
                // Keep the three best.
                if let Some(worst) = best.iter_mut().min_by(|a, b| a.0.total_cmp(&b.0))
                    && s > worst.0
                {
                    *worst = (s, cut, sep, r, cc, q);
                }
            }
        }
        best.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
        for &(score, cut, sep, rows, cols, c) in &best {
            if score < MIN_SCORE || sep <= 0.0 {
                break;
            }
            let map = TimingMap::fit(&self.bz, &c, rows, cols)?;
            let bz = &self.bz;
            if !fill_grid(&mut self.grid, rows, cols, cut, sep, |y, x| {
                print_value(bz, &map, y, x)
            }) {
                continue;
            }
            let Some(content) = decode(&self.grid) else {
                continue;
            };
            let total: u32 = (0..rows)
                .flat_map(|y| (0..cols).map(move |x| (y, x)))
                .map(|(y, x)| u32::from(crate::matrix::ModuleGrid::confidence(&self.grid, y, x)))
                .sum();
            return Some(ReadSymbol {
                content,
                corners: c,
                module_px: 0.5 * (top_len / cols as f32 + right_len / rows as f32),
                rows,
                cols,
                polarity: if inv {
                    Polarity::LightOnDark
                } else {
                    Polarity::DarkOnLight
                },
                mirrored: false,
                contrast: (2.0 * sep / 255.0).min(1.0),
                modulation: total as f32 / rows.saturating_mul(cols) as f32 / 255.0,
            });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use alloc::vec::Vec;

    use super::*;
    use crate::read::dots::tests::{Look, encode, render};
    use crate::read::{ImageView, ReaderOptions};

    const DATA: &[u8] = b"010950110153000317281130105ABC\x1d21SERIAL0042";

    fn wrapped(pitch: f32, wrap_of_cols: f32, angle_deg: f32) -> (crate::Symbol, Vec<u8>, usize) {
        let sym = encode(DATA);
        let look = Look {
            pitch,
            dot: 0.0,
            angle_deg,
            seed: 11,
            ground: 200.0,
            ink: 40.0,
            wrap: wrap_of_cols * sym.cols() as f32,
        };
        let (px, side) = render(&sym, look);
        (sym, px, side)
    }

    /// A reader that binarised the `side` x `side` picture `px`, and the outline of its largest
    /// dark component (the wrapped symbol).
    fn biggest_outline(px: &[u8], side: usize) -> (Reader, crate::read::detect::Outline) {
        let img = ImageView::packed(px, side, side).unwrap();
        let mut r = Reader::new();
        r.bz.load(&img, false);
        assert!(r.bz.threshold(16, &mut || false));
        r.bz.margin = 0;
        assert!(r.bz.binarize(false, 0, &mut || false));
        assert!(r.det.components(&r.bz, &mut || false));
        let biggest = (0..r.det.comps.len())
            .max_by_key(|&i| r.det.comps[i].area)
            .unwrap();
        let ol = r
            .det
            .outline(&r.bz, biggest, 0.0, 0.5, false, &mut || false)
            .expect("outline");
        (r, ol)
    }

    /// Module errors of a grid against the symbol.
    fn errors(sym: &crate::Symbol, g: &SampledGrid) -> usize {
        g.errors_against(sym)
    }

    #[test]
    fn timing_map_follows_a_cylinder_where_the_homography_drifts() {
        let (sym, px, side) = wrapped(7.0, 0.55, 4.0);
        let (r, ol) = biggest_outline(&px, side);
        let (rows, cols) = (sym.rows(), sym.cols());
        let mut flat = SampledGrid::default();
        assert!(super::super::sample::sample_grid(
            &r.bz,
            &ol.corners,
            rows,
            cols,
            60.0,
            false,
            &mut flat
        ));
        let map = TimingMap::fit(&r.bz, &ol.corners, rows, cols).expect("timing map");
        let mut vals = Vec::new();
        let (score, cut, sep) =
            perimeter_fit(rows, cols, |y, x| print_value(&r.bz, &map, y, x), &mut vals);
        assert!(
            score > 0.95,
            "finder and timing read through the map: {score}"
        );
        let mut curved = SampledGrid::default();
        assert!(fill_grid(&mut curved, rows, cols, cut, sep, |y, x| {
            print_value(&r.bz, &map, y, x)
        }));
        let (e_flat, e_curved) = (errors(&sym, &flat), errors(&sym, &curved));
        assert!(
            // A handful of module errors is well inside what Reed-Solomon corrects; the plain
            // homography's errors are an order of magnitude more.
            e_curved * 10 < e_flat.max(1) && e_curved <= 8,
            "homography {e_flat} module errors, timing map {e_curved}"
        );
    }

    #[test]
    fn a_wrapped_label_reads() {
        for (pitch, wrap, angle) in [(7.0, 0.55, 4.0), (5.0, 0.6, -6.0), (8.0, 0.6, 90.0)] {
            let (_, px, side) = wrapped(pitch, wrap, angle);
            let img = ImageView::packed(&px, side, side).unwrap();
            let got: Vec<Vec<u8>> = Reader::new()
                .read(&img, &ReaderOptions::default())
                .unwrap()
                .into_iter()
                .map(|s| s.content.data.bytes)
                .collect();
            assert_eq!(
                got,
                [DATA.to_vec()],
                "pitch {pitch} wrap {wrap} angle {angle}"
            );
        }
    }

    #[test]
    fn smooth_fills_gaps_and_rejects_sparse_edges() {
        let mut raw: Edge = [None; SIDE];
        raw[0] = Some((0.0, 0.0));
        raw[4] = Some((0.4, -0.4));
        let mut out = [(0.0, 0.0); SIDE];
        assert!(smooth(&raw, 6, &mut out).is_some());
        assert!(out[2].0 > 0.05 && out[2].0 < 0.35, "{:?}", out[2]);
        assert!(smooth(&raw, 20, &mut out).is_none(), "2 of 20 measured");
    }

    #[test]
    fn a_top_right_corner_fitted_off_is_moved_back() {
        // Wrapped and turned, the outline's top-right corner lands modules off (its module is
        // light and the two timing edges meet there); the refined corner reads the symbol.
        let (sym, px, side) = wrapped(5.0, 0.6, -6.0);
        let (r, ol) = biggest_outline(&px, side);
        let (rows, cols) = (sym.rows(), sym.cols());
        let before = super::super::sample::perimeter_score(&r.bz, &ol.corners, rows, cols).0;
        let q = refine_top_right(&r.bz, ol.corners, rows, cols, ol.module);
        let after = super::super::sample::perimeter_score(&r.bz, &q, rows, cols).0;
        assert!(after > before + 0.1, "perimeter score {before} -> {after}");
        let map = TimingMap::fit(&r.bz, &q, rows, cols).expect("timing map");
        let mut vals = Vec::new();
        let (_, cut, sep) =
            perimeter_fit(rows, cols, |y, x| print_value(&r.bz, &map, y, x), &mut vals);
        let mut g = SampledGrid::default();
        assert!(fill_grid(&mut g, rows, cols, cut, sep, |y, x| {
            print_value(&r.bz, &map, y, x)
        }));
        let e = errors(&sym, &g);
        assert!(e <= 12, "{e} module errors");
    }
}
