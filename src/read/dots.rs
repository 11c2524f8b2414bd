//! Dot-peen marks: reads symbols made of separated round dots (direct part marking on metal),
//! where the standard passes see hundreds of specks instead of a connected L finder.
//!
//! Runs after the standard passes found nothing (try-harder only). Flow:
//! 1. binarise the frame as it is and measure the dots: the most common size among round
//!    blobs, and their pitch from nearest-neighbour distances. A frame without such a dot
//!    population stops here (a printed label or an empty frame pays one binarisation);
//! 2. read the symbol from the lattice of the dot centres ([`super::lattice`]); when that
//!    finds nothing, go on with the joined-dots outline below;
//! 3. paint every dot as a disc of [`DISC`] pitches radius, so neighbouring dots join into
//!    solid modules, and locate the L finder on that image with the usual detector (the disc
//!    overhang is undone when the sides are fitted);
//! 4. take the symbol size from the side lengths over the pitch (and the timing counts), score
//!    each candidate on the finder and timing modules;
//! 5. sample every module by the darkest point near its centre in the grey image (a dot may
//!    sit off-centre), with the dark/light cut halfway between the finder modules and the light
//!    timing modules; if that grid does not decode, sample again following the timing pattern
//!    ([`super::curved`]).

use alloc::vec::Vec;

use super::binarize::Binarizer;
use super::detect::Comp;
use super::geom::{Homography, Point, floor_i32, sqrt};
use super::sample::SampledGrid;
use super::{Polarity, ReadSymbol, Reader, Search, even};

/// Largest dot, in pixels along its bounding box (bigger blobs are not dots).
const MAX_DOT: u32 = 48;
/// Fewest dots of the common size for a frame to count as a dot-peen mark.
const MIN_DOTS: usize = 24;
/// Most dots measured and painted per frame (bounds time on speckled frames).
const MAX_DOTS: usize = 40_000;
/// Radius of the painted disc, in pitches: neighbours (one pitch apart) overlap, dots two
/// pitches apart (a light module between them) stay apart.
const DISC: f32 = 0.7;
/// Grey levels a dot must lie below the local threshold (against metal texture).
const DOT_MARGIN: u8 = 12;
/// Connected regions examined per frame after painting.
const MAX_SYMBOL_CANDS: usize = 12;
/// Smallest share of finder and timing modules read right for a size to be sampled.
const MIN_SCORE: f32 = 0.8;
/// The same before the corners are refined.
const MIN_PRE_SCORE: f32 = 0.6;

/// What the frame's dots look like.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct DotStats {
    /// Centre-to-centre distance of neighbouring dots (the module size), working pixels.
    pub pitch: f32,
    /// Typical dot diameter, working pixels.
    pub diameter: f32,
    /// Typical darkness of a dot centre below the local threshold, grey levels.
    pub contrast: f32,
    /// Number of dots of the common size.
    pub count: usize,
}

#[derive(Debug, Clone, Copy)]
struct Dot {
    x: f32,
    y: f32,
    side: u32,
    dark: f32,
}

/// Reusable scratch of the dot passes.
#[derive(Debug, Default)]
pub(crate) struct DotScratch {
    dots: Vec<Dot>,
    nn: Vec<f32>,
    cands: Vec<(u32, u32)>,
    /// Scratch of [`perimeter_fit`].
    pub vals: Vec<f32>,
}

/// Whether a connected region looks like one round dot: small, about as wide as high, and
/// filling at least half of its bounding box (a disc fills 79%).
fn dot_like(c: &Comp) -> Option<u32> {
    let w = c.max_x.checked_sub(c.min_x)?;
    let h = c.max_y.checked_sub(c.min_y)?;
    let (lo, hi) = (w.min(h), w.max(h));
    let ok = lo >= 2
        && hi <= MAX_DOT
        && hi.saturating_mul(2) <= lo.saturating_mul(3).saturating_add(2)
        && c.area.saturating_mul(2) >= w.saturating_mul(h);
    ok.then_some(hi)
}

impl DotScratch {
    /// Measures the dot population of the labelled regions `comps` of `bz`; `None` when there
    /// is none (fewer than [`MIN_DOTS`] round blobs of one size and darkness, or no
    /// consistent pitch). Keeps the population's dots for [`DotScratch::paint`].
    pub(crate) fn measure(&mut self, bz: &Binarizer, comps: &[Comp]) -> Option<DotStats> {
        // Every round blob with its darkness at the centre.
        self.dots.clear();
        for c in comps {
            if self.dots.len() >= MAX_DOTS {
                break;
            }
            let Some(side) = dot_like(c) else { continue };
            let (x, y) = (
                (c.min_x as f32 + c.max_x as f32) * 0.5,
                (c.min_y as f32 + c.max_y as f32) * 0.5,
            );
            let dark = darkness(bz, Point::new(x, y));
            if dark > 0.0 {
                self.dots.push(Dot { x, y, side, dark });
            }
        }
        // The dominant size: sides weighted by darkness (specks of texture are faint), smoothed
        // over neighbouring sides (dot sizes spread by a pixel).
        let mut hist = [0f32; MAX_DOT as usize + 2];
        for d in &self.dots {
            if let Some(slot) = hist.get_mut(d.side as usize) {
                *slot += d.dark;
            }
        }
        let at = |i: usize| hist.get(i).copied().unwrap_or(0.0);
        let score = |s: usize| at(s.saturating_sub(1)) + 2.0 * at(s) + at(s.saturating_add(1));
        let mode = (2..=MAX_DOT as usize)
            .max_by(|&a, &b| score(a).total_cmp(&score(b)))
            .unwrap_or(2) as f32;
        // The contrast of dots of that size; then every blob as dark (dots vary in size:
        // worn pins, blur) and not larger is a dot, fainter ones are texture.
        let (lo, hi) = (0.7 * mode - 0.5, 1.45 * mode + 0.5);
        self.nn.clear();
        self.nn.extend(
            self.dots
                .iter()
                .filter(|d| d.side as f32 >= lo && d.side as f32 <= hi)
                .map(|d| d.dark),
        );
        if self.nn.len() < MIN_DOTS {
            return None;
        }
        let mid = self.nn.len() / 2;
        let contrast = *self.nn.select_nth_unstable_by(mid, f32::total_cmp).1;
        let contrast = contrast.max(f32::from(DOT_MARGIN));
        self.dots
            .retain(|d| d.side as f32 <= hi && d.dark >= 0.45 * contrast);
        if self.dots.len() < MIN_DOTS {
            return None;
        }
        // Nearest neighbour of each dot: a sweep over dots sorted by x, bounded per dot.
        self.dots.sort_unstable_by(|a, b| a.x.total_cmp(&b.x));
        self.nn.clear();
        let n = self.dots.len();
        for (i, d) in self.dots.iter().enumerate() {
            let mut best = f32::INFINITY;
            for dir in [false, true] {
                for step in 1..=96usize {
                    let j = if dir {
                        i.checked_add(step)
                    } else {
                        i.checked_sub(step)
                    };
                    let Some(o) = j.filter(|&j| j < n).and_then(|j| self.dots.get(j)) else {
                        break;
                    };
                    let dx = (o.x - d.x).abs();
                    if dx >= best {
                        break;
                    }
                    let dist = sqrt(dx * dx + (o.y - d.y) * (o.y - d.y));
                    if dist < best {
                        best = dist;
                    }
                }
            }
            if best.is_finite() {
                self.nn.push(best);
            }
        }
        if self.nn.len() < MIN_DOTS {
            return None;
        }
        let mid = self.nn.len() / 2;
        let pitch = *self.nn.select_nth_unstable_by(mid, f32::total_cmp).1;
        let mut sides: u64 = 0;
        for d in &self.dots {
            sides = sides.saturating_add(u64::from(d.side));
        }
        let diameter = sides as f32 / n as f32;
        // Dots do not overlap, and a symbol's dots are packed: the pitch is at least one
        // diameter and at most a few (far-apart specks are texture or noise).
        if pitch < 0.9 * diameter || pitch > 4.0 * diameter.max(1.0) || pitch < 2.5 {
            return None;
        }
        Some(DotStats {
            pitch,
            diameter,
            contrast,
            count: n,
        })
    }

    /// Replaces the kept dots by every region of `comps` (a binarisation above the texture)
    /// no wider than `max_side`: there, blobs that merged at the first threshold come apart.
    fn collect(&mut self, bz: &Binarizer, comps: &[Comp], max_side: u32) {
        self.dots.clear();
        for c in comps {
            if self.dots.len() >= MAX_DOTS {
                break;
            }
            let w = c.max_x.saturating_sub(c.min_x);
            let h = c.max_y.saturating_sub(c.min_y);
            if w.max(h) > max_side {
                continue;
            }
            let (x, y) = (
                (c.min_x as f32 + c.max_x as f32) * 0.5,
                (c.min_y as f32 + c.max_y as f32) * 0.5,
            );
            let dark = darkness(bz, Point::new(x, y));
            self.dots.push(Dot {
                x,
                y,
                side: w.max(h),
                dark,
            });
        }
    }

    /// Paints every measured dot into `bz.bin` as a disc of radius `radius` (working pixels).
    fn paint(&self, bz: &mut Binarizer, radius: f32) {
        let (w, h) = (bz.w as i32, bz.h as i32);
        let r2 = radius * radius;
        let ri = (radius as i32).saturating_add(1);
        for d in &self.dots {
            let cy = floor_i32(d.y);
            for dy in ri.saturating_neg()..=ri {
                let y = cy.saturating_add(dy);
                if y < 0 || y >= h {
                    continue;
                }
                let fy = y as f32 + 0.5 - d.y;
                let half = r2 - fy * fy;
                if half < 0.0 {
                    continue;
                }
                let half = sqrt(half);
                let x0 = floor_i32(d.x - half + 0.5).max(0);
                let x1 = floor_i32(d.x + half - 0.5).min(w.saturating_sub(1));
                if x1 < x0 {
                    continue;
                }
                let row = (y as usize).saturating_mul(bz.w);
                let (a, b) = (
                    row.saturating_add(x0 as usize),
                    row.saturating_add(x1 as usize),
                );
                if let Some(s) = bz.bin.get_mut(a..=b) {
                    s.fill(1);
                }
            }
        }
    }
}

/// Darkness (positive = dark in the binariser's polarity) at an image point, in grey levels
/// relative to the local threshold.
#[inline]
fn darkness(bz: &Binarizer, p: Point) -> f32 {
    let g = bz.grey_at(p.x, p.y);
    let t = bz.thresh_at(p.x, p.y);
    if bz.inverted { g - t } else { t - g }
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

/// Dot value of module (`r`, `c`): the darkest of nine points within 0.22 module of its
/// centre (a dot can sit off the centre), relative to the local threshold.
pub(crate) fn dot_value(
    bz: &Binarizer,
    map: &dyn ModuleMap,
    rows: usize,
    cols: usize,
    r: usize,
    c: usize,
) -> f32 {
    let u = (c as f32 + 0.5) / cols as f32;
    let v = (r as f32 + 0.5) / rows as f32;
    let (du, dv) = (0.22 / cols as f32, 0.22 / rows as f32);
    let k = core::f32::consts::FRAC_1_SQRT_2;
    let mut best = f32::NEG_INFINITY;
    for (a, b) in [
        (0.0, 0.0),
        (-1.0, 0.0),
        (1.0, 0.0),
        (0.0, -1.0),
        (0.0, 1.0),
        (-k, -k),
        (k, -k),
        (-k, k),
        (k, k),
    ] {
        let d = darkness(bz, map.at(r, c, u + a * du, v + b * dv));
        if d > best {
            best = d;
        }
    }
    best
}

/// Finder and timing modules of a `rows` x `cols` symbol with whether each should be dark.
fn perimeter(rows: usize, cols: usize) -> impl Iterator<Item = (usize, usize, bool)> {
    let last_r = rows.saturating_sub(1);
    let last_c = cols.saturating_sub(1);
    (0..rows)
        .flat_map(move |r| {
            [
                (r, 0, true),
                (r, last_c, last_r.saturating_sub(r).is_multiple_of(2)),
            ]
        })
        .chain((1..last_c).flat_map(move |c| [(last_r, c, true), (0, c, c.is_multiple_of(2))]))
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
    for (r, c, want) in perimeter(rows, cols) {
        let v = value(r, c);
        vals.push(if want { v } else { -v - 1e9 });
        if want {
            sd += v;
            nd = nd.saturating_add(1);
        } else {
            sl += v;
            nl = nl.saturating_add(1);
        }
    }
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

/// The polarities to try (`true` = light modules on a dark ground).
pub(crate) fn polarities(p: Polarity) -> &'static [bool] {
    match p {
        Polarity::DarkOnLight => &[false],
        Polarity::LightOnDark => &[true],
        Polarity::Both => &[false, true],
    }
}

/// Moves the corners `c` of a `rows` x `cols` symbol a little at a time (from a quarter
/// `pitch` down) while that widens the gap between its finder modules and light timing
/// modules: the outline of joined dots is only as exact as the dots at its edge.
fn refine_corners(
    bz: &Binarizer,
    mut c: [Point; 4],
    rows: usize,
    cols: usize,
    pitch: f32,
    vals: &mut Vec<f32>,
) -> [Point; 4] {
    let objective = |q: &[Point; 4], vals: &mut Vec<f32>| -> f32 {
        let Some(h) = Homography::square_to_quad(q) else {
            return f32::NEG_INFINITY;
        };
        let (score, _, sep) =
            perimeter_fit(rows, cols, |y, x| dot_value(bz, &h, rows, cols, y, x), vals);
        score * sep
    };
    let mut best = objective(&c, vals);
    let mut step = 0.5 * pitch;
    for _ in 0..5 {
        // Single corners, then whole sides (both corners of side k .. k+1): a side fitted
        // half a module off needs both ends moved together.
        for (k, both) in (0..4usize)
            .map(|k| (k, false))
            .chain((0..4).map(|k| (k, true)))
        {
            for (dx, dy) in [(step, 0.0), (-step, 0.0), (0.0, step), (0.0, -step)] {
                let mut q = c;
                for i in [k, k.saturating_add(1) % 4]
                    .into_iter()
                    .take(if both { 2 } else { 1 })
                {
                    if let Some(p) = q.get_mut(i) {
                        *p = Point::new(p.x + dx, p.y + dy);
                    }
                }
                let v = objective(&q, vals);
                if v > best {
                    best = v;
                    c = q;
                }
            }
        }
        step *= 0.5;
    }
    c
}

impl Reader {
    /// The dot-peen pass (see the module docs), in each polarity asked for.
    pub(super) fn read_dots<T, F>(&mut self, s: &mut Search<'_, T, F>)
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
            if !self.bz.threshold(12, &mut stop) {
                return;
            }
            self.bz.margin = DOT_MARGIN;
            if !self.bz.binarize(inv, 0, &mut stop) || !self.det.components(&self.bz, &mut stop) {
                return;
            }
            let Some(stats) = self.dots.measure(&self.bz, &self.det.comps) else {
                continue;
            };
            // First from the dot centres' lattice; then from the joined dots' outline.
            if self.read_lattice(s, stats, inv) {
                return;
            }
            if s.done() {
                return;
            }
            let mut stop = || s.out_of_time();
            // Binarise again above the texture (only dot-dark pixels), where blobs merged at
            // the first threshold come apart, and join the dots.
            self.bz.margin = (0.4 * stats.contrast).clamp(f32::from(DOT_MARGIN), 120.0) as u8;
            if !self.bz.binarize(inv, 0, &mut stop) || !self.det.components(&self.bz, &mut stop) {
                return;
            }
            let max_side = (1.3 * stats.pitch) as u32;
            self.dots.collect(&self.bz, &self.det.comps, max_side);
            let radius = DISC * stats.pitch;
            self.dots.paint(&mut self.bz, radius);
            if !self.det.components(&self.bz, &mut stop) {
                return;
            }
            // Smooth the metal texture for sampling once the dots are large enough to survive.
            if stats.diameter >= 5.0 && !self.bz.box_blur(1, &mut stop) {
                return;
            }
            let min_side = (6.0 * stats.pitch) as u32;
            self.dots.cands.clear();
            for (i, c) in self.det.comps.iter().enumerate() {
                let w = c.max_x.saturating_sub(c.min_x);
                let h = c.max_y.saturating_sub(c.min_y);
                if w >= min_side && h >= min_side {
                    self.dots.cands.push((c.area, i as u32));
                }
            }
            self.dots
                .cands
                .sort_unstable_by_key(|c| core::cmp::Reverse(c.0));
            self.dots.cands.truncate(MAX_SYMBOL_CANDS);
            let grow = radius - 0.5 * stats.pitch;
            for ci in 0..self.dots.cands.len() {
                if s.done() {
                    return;
                }
                let Some(&(_, id)) = self.dots.cands.get(ci) else {
                    break;
                };
                let ol = self
                    .det
                    .outline(&self.bz, id as usize, grow, 0.3, false, &mut || {
                        s.out_of_time()
                    });
                let Some(ol) = ol else { continue };
                // Joined dots make the timing sides look as solid as the finder's: try each
                // corner as the finder's corner.
                for k in 0..4 {
                    let mut o = ol;
                    o.corners.rotate_left(k);
                    if k % 2 == 1 {
                        core::mem::swap(&mut o.rows, &mut o.cols);
                    }
                    if s.out_of_time() {
                        return;
                    }
                    if let Some(sym) = self.try_dots(&o, stats, inv, &mut s.decode) {
                        self.report(s, sym, 1.0);
                        break;
                    }
                }
            }
            if !s.out.is_empty() {
                return;
            }
        }
    }

    /// Sizes, scores, samples and decodes one outline found on the painted image.
    fn try_dots<T, F>(
        &mut self,
        ol: &super::detect::Outline,
        stats: DotStats,
        inv: bool,
        decode: &mut F,
    ) -> Option<ReadSymbol<T>>
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        let c = ol.corners;
        let h = Homography::square_to_quad(&c)?;
        let top_len = c[1].dist(c[0]);
        let right_len = c[2].dist(c[1]);
        let (ec, er) = (even(top_len / stats.pitch), even(right_len / stats.pitch));
        let cols_c = [
            ec,
            ec.saturating_sub(2).max(8),
            ec.saturating_add(2).min(144),
            ol.cols.clamp(8, 144),
        ];
        let rows_c = [
            er,
            er.saturating_sub(2).max(8),
            er.saturating_add(2).min(144),
            ol.rows.clamp(8, 144),
        ];
        let mut scored: [(f32, f32, f32, usize, usize); 16] = [(0.0, 0.0, 0.0, 0, 0); 16];
        let mut n = 0usize;
        for &cc in &cols_c {
            for &r in &rows_c {
                if scored.iter().take(n).any(|e| e.3 == r && e.4 == cc) {
                    continue;
                }
                // Shapes ECC200 never has (either way round: mirrored prints are transposed).
                if cc > r.saturating_mul(8) || r > cc.saturating_mul(8) {
                    continue;
                }
                let bz = &self.bz;
                let (s, cut, sep) = perimeter_fit(
                    r,
                    cc,
                    |y, x| dot_value(bz, &h, r, cc, y, x),
                    &mut self.dots.vals,
                );
                if let Some(slot) = scored.get_mut(n) {
                    *slot = (s, cut, sep, r, cc);
                    n = n.saturating_add(1);
                }
            }
        }
        let list = scored.get_mut(..n)?;
        list.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
        for &(score0, _, _, rows, cols) in list.iter().take(3) {
            if score0 < MIN_PRE_SCORE {
                break;
            }
            let c = refine_corners(&self.bz, c, rows, cols, stats.pitch, &mut self.dots.vals);
            let Some(h) = Homography::square_to_quad(&c) else {
                continue;
            };
            let bz = &self.bz;
            let (score, cut, sep) = perimeter_fit(
                rows,
                cols,
                |y, x| dot_value(bz, &h, rows, cols, y, x),
                &mut self.dots.vals,
            );
            if score < MIN_SCORE || sep <= 0.0 {
                continue;
            }
            if !fill_grid(&mut self.grid, rows, cols, cut, sep, |y, x| {
                dot_value(bz, &h, rows, cols, y, x)
            }) {
                continue;
            }
            let content = decode(&self.grid).or_else(|| {
                let map = super::curved::TimingMap::fit(bz, &c, rows, cols)?;
                let (s2, cut2, sep2) = perimeter_fit(
                    rows,
                    cols,
                    |y, x| dot_value(bz, &map, rows, cols, y, x),
                    &mut self.dots.vals,
                );
                if s2 < MIN_SCORE || sep2 <= 0.0 {
                    return None;
                }
                fill_grid(&mut self.grid, rows, cols, cut2, sep2, |y, x| {
                    dot_value(bz, &map, rows, cols, y, x)
                })
                .then(|| decode(&self.grid))
                .flatten()
            });
            let Some(content) = content else { continue };
            let total: u32 = (0..rows)
                .flat_map(|y| (0..cols).map(move |x| (y, x)))
                .map(|(y, x)| u32::from(crate::matrix::ModuleGrid::confidence(&self.grid, y, x)))
                .sum();
            let modulation = total as f32 / rows.saturating_mul(cols) as f32 / 255.0;
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
                modulation,
            });
        }
        None
    }
}

#[cfg(test)]
pub(crate) mod tests {
    //! Dot-peen symbols rendered here (this crate's encoder, round dots with jitter on a
    //! textured metal-like ground, any rotation) and read back through the whole reader.
    use alloc::vec::Vec;

    use super::*;
    use crate::matrix::ModuleGrid;
    use crate::read::{ImageView, ReaderOptions};

    /// A deterministic hash of three integers to 0..1.
    pub(crate) fn hash01(a: i32, b: i32, s: u32) -> f32 {
        let mut h = (a as u32)
            .wrapping_mul(0x9E37_79B1)
            .wrapping_add((b as u32).wrapping_mul(0x85EB_CA77))
            .wrapping_add(s.wrapping_mul(0xC2B2_AE3D));
        h ^= h >> 15;
        h = h.wrapping_mul(0x2C1B_3C6D);
        h ^= h >> 12;
        (h & 0xFFFF) as f32 / 65535.0
    }

    /// How a test symbol is drawn.
    #[derive(Clone, Copy)]
    pub(crate) struct Look {
        pub pitch: f32,
        /// Dot radius in modules (0 = printed squares).
        pub dot: f32,
        pub angle_deg: f32,
        pub seed: u32,
        pub ground: f32,
        pub ink: f32,
        /// Cylinder radius in modules for a wrapped (curved) print, 0 = flat.
        pub wrap: f32,
    }

    /// Renders `m` with a 3-module quiet zone as described by `look`; returns (pixels, side).
    pub(crate) fn render(m: &dyn ModuleGrid, look: Look) -> (Vec<u8>, usize) {
        let (rows, cols) = (m.rows() as f32, m.cols() as f32);
        let span = rows.max(cols) + 6.0;
        let side = (span * look.pitch * 1.45) as usize;
        let (sa, ca) = {
            let a = look.angle_deg.to_radians();
            (a.sin(), a.cos())
        };
        let c = side as f32 * 0.5;
        let mut px = Vec::with_capacity(side * side);
        for y in 0..side {
            for x in 0..side {
                // Into symbol module coordinates (origin at the symbol's top-left corner).
                let (dx, dy) = (x as f32 + 0.5 - c, y as f32 + 0.5 - c);
                let mut mx = (ca * dx + sa * dy) / look.pitch + cols * 0.5;
                let my = (-sa * dx + ca * dy) / look.pitch + rows * 0.5;
                if look.wrap > 0.0 {
                    // The image shows the sine of the angle around the cylinder axis.
                    let s = ((mx - cols * 0.5) / look.wrap).clamp(-1.0, 1.0);
                    mx = look.wrap * s.asin() + cols * 0.5;
                }
                let tex = 10.0 * ((x as f32 * 0.21).sin() * (y as f32 * 0.17 + 1.3).cos())
                    + 12.0 * (hash01(x as i32 / 3, y as i32 / 3, look.seed) - 0.5)
                    + 6.0 * (hash01(x as i32, y as i32, look.seed ^ 7) - 0.5);
                let mut cover = 0f32;
                let (ci, ri) = (mx.floor() as i32, my.floor() as i32);
                if look.dot > 0.0 {
                    for r in ri - 1..=ri + 1 {
                        for col in ci - 1..=ci + 1 {
                            if r < 0 || col < 0 || !m.dark(r as usize, col as usize) {
                                continue;
                            }
                            let jx = 0.16 * (hash01(col, r, look.seed ^ 1) - 0.5);
                            let jy = 0.16 * (hash01(col, r, look.seed ^ 2) - 0.5);
                            let ex = mx - (col as f32 + 0.5 + jx);
                            let ey = my - (r as f32 + 0.5 + jy);
                            let d = (ex * ex + ey * ey).sqrt() * look.pitch;
                            let edge = look.dot * look.pitch;
                            cover = cover.max((edge + 0.5 - d).clamp(0.0, 1.0));
                        }
                    }
                } else if ri >= 0 && ci >= 0 && m.dark(ri as usize, ci as usize) {
                    cover = 1.0;
                }
                let v = look.ground + tex + (look.ink - look.ground) * cover;
                px.push(v.clamp(0.0, 255.0) as u8);
            }
        }
        (px, side)
    }

    pub(crate) fn encode(data: &[u8]) -> crate::Symbol {
        crate::Encoder::new().gs1(true).encode(data).unwrap()
    }

    fn read(px: &[u8], side: usize) -> Vec<Vec<u8>> {
        let img = ImageView::packed(px, side, side).unwrap();
        Reader::new()
            .read(&img, &ReaderOptions::default())
            .unwrap()
            .into_iter()
            .map(|s| s.content.data.bytes)
            .collect()
    }

    const DATA: &[u8] = b"0109501101530003172811301015A2B3C\x1d21XYZ0123456789";

    fn look(pitch: f32, dot: f32, angle_deg: f32, seed: u32) -> Look {
        Look {
            pitch,
            dot,
            angle_deg,
            seed,
            ground: 160.0,
            ink: 60.0,
            wrap: 0.0,
        }
    }

    #[test]
    fn dot_peen_reads_at_many_sizes_and_rotations() {
        let sym = encode(DATA);
        for (pitch, dot, angle, seed) in [
            (4.5, 0.42, 17.0, 1),
            (6.0, 0.3, 200.0, 2),
            (8.0, 0.35, 300.0, 3),
            (9.5, 0.3, 45.0, 4),
            (7.0, 0.44, 123.0, 5),
        ] {
            let (px, side) = render(&sym, look(pitch, dot, angle, seed));
            let got = read(&px, side);
            assert_eq!(
                got,
                [DATA.to_vec()],
                "pitch {pitch} dot {dot} angle {angle}"
            );
        }
    }

    #[test]
    fn light_dots_on_dark_metal_read() {
        let sym = encode(DATA);
        let mut l = look(6.5, 0.35, 70.0, 9);
        l.ground = 70.0;
        l.ink = 190.0;
        let (px, side) = render(&sym, l);
        assert_eq!(read(&px, side), [DATA.to_vec()]);
    }

    #[test]
    fn measure_finds_the_pitch_and_only_on_dots() {
        let sym = encode(DATA);
        let mut r = Reader::new();
        for (pitch, is_dots) in [(5.0f32, true), (8.0, true), (6.0, false)] {
            let (px, side) = render(&sym, look(pitch, if is_dots { 0.33 } else { 0.0 }, 30.0, 3));
            let img = ImageView::packed(&px, side, side).unwrap();
            r.bz.load(&img, false);
            assert!(r.bz.threshold(12, &mut || false));
            r.bz.margin = DOT_MARGIN;
            assert!(r.bz.binarize(false, 0, &mut || false));
            assert!(r.det.components(&r.bz, &mut || false));
            let m = r.dots.measure(&r.bz, &r.det.comps);
            if is_dots {
                let m = m.expect("dots measured");
                assert!((m.pitch - pitch).abs() < 0.12 * pitch, "{m:?} vs {pitch}");
                assert!(m.count >= MIN_DOTS);
            } else {
                assert_eq!(m, None, "a printed symbol is not a dot population");
            }
        }
    }

    #[test]
    fn nothing_on_texture_alone() {
        let blank = crate::matrix::BitMatrix::new(24, 24);
        let (px, side) = render(&blank, look(6.0, 0.35, 0.0, 5));
        assert!(read(&px, side).is_empty());
    }
}
