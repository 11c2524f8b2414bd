//! Dot lattices: reads a dot-peen mark from the centres of its dots, without tracing any edge.
//!
//! Runs inside the dot-peen pass ([`super::dots`]) once a frame is known to hold a dot
//! population (its pitch and dot size measured). Flow:
//! 1. flatten the background with a morphological black-hat (closing minus image) at about one
//!    pitch, so each dot is a bump of its own contrast whatever the metal's shading, and
//!    smooth it at dot scale ([`LatticeScratch::response`]);
//! 2. the local maxima of that response are dot candidates; the strong ones (an Otsu split of
//!    their strengths) locate the lattice;
//! 3. the lattice's two axes from the neighbour displacement vectors (their direction folded
//!    modulo 90 degrees as the fourth power of a unit complex number, so no trigonometry is
//!    needed), the pitch along each from the median neighbour distance;
//! 4. every strong dot gets integer lattice coordinates by an affine map grown from a dense
//!    seed and refitted by least squares as the radius grows;
//! 5. the symbol is the cluster of occupied cells around the seed; every ECC200 size near its
//!    extent, at every offset and in each of the 8 orientations, is scored on the L finder,
//!    the timing pattern and a light ring around it (the quiet zone);
//! 6. a module is dark when the response near its lattice point clears a cut halfway between
//!    the finder dots and the light timing modules; modules near the cut get a low confidence
//!    (erasures for the decoder).

// SAFETY-ish reason: integer arithmetic here is on pixel coordinates, counts and lattice
// indices bounded by the image size (capped at 2^26 pixels by `ImageView::new`) and by
// `MAX_SPAN`; products and sums of those cannot overflow `usize`/`i32`; subtractions are guarded
// by the comparisons before them or use `saturating_sub`. Float math cannot panic.
#![allow(clippy::arithmetic_side_effects)]

use alloc::vec::Vec;

use super::dots::DotStats;
use super::geom::{Point, floor_i32};
use super::sample::{SampledGrid, for_each_perimeter_module};
use super::{Polarity, ReadSymbol, Reader, Search};
use crate::symbol::SymbolSize;

/// Most dot candidates kept per frame (bounds time and memory on speckled frames).
const MAX_PEAKS: usize = 60_000;
/// Fewest strong dots for a lattice.
const MIN_STRONG: usize = 24;
/// Largest lattice extent examined, cells per side (144 modules plus margins).
const MAX_SPAN: i32 = 160;
/// Smallest response of a dot candidate, grey levels.
const MIN_PEAK: f32 = 4.0;
/// Largest distance of a dot from its lattice point to count as on the lattice, pitches.
const ON_LATTICE: f32 = 0.3;
/// Radius around a lattice point searched for its dot, pitches (dots sit off their module
/// centres by a fraction of a module).
const REACH: f32 = 0.3;
/// Cells by which a symbol's box may differ from the occupied cluster's on each side.
const SLACK: i32 = 3;
/// Most edge rows or columns trimmed off the occupied cluster on each side.
const TRIM: usize = 4;
/// Hypotheses (size, offset, orientation) sampled and decoded per lattice.
const MAX_TRIES: usize = 6;
/// Smallest share of finder, timing and quiet-ring cells read right for a hypothesis.
const MIN_FIT: f32 = 0.8;

/// A dot candidate: sub-pixel centre and response (grey levels above the flattened ground).
#[derive(Debug, Clone, Copy, Default)]
struct Peak {
    x: f32,
    y: f32,
    s: f32,
}

/// An affine map from lattice coordinates (`i` along `a`, `j` along `b`) to image points.
#[derive(Debug, Clone, Copy)]
struct Affine {
    o: Point,
    a: Point,
    b: Point,
}

impl Affine {
    #[inline]
    fn map(&self, i: f32, j: f32) -> Point {
        Point::new(
            self.o.x + i * self.a.x + j * self.b.x,
            self.o.y + i * self.a.y + j * self.b.y,
        )
    }

    /// Lattice coordinates of image point `p` (`None` for a degenerate map).
    #[inline]
    fn inverse(&self, p: Point) -> Option<(f32, f32)> {
        let det = self.a.x * self.b.y - self.a.y * self.b.x;
        if det.abs() < 1e-6 {
            return None;
        }
        let (dx, dy) = (p.x - self.o.x, p.y - self.o.y);
        Some((
            (self.b.y * dx - self.b.x * dy) / det,
            (self.a.x * dy - self.a.y * dx) / det,
        ))
    }

    /// The least-squares map through `pts` (lattice i, j, image point).
    fn fit(pts: &[(i32, i32, Point)]) -> Option<Affine> {
        // Normal equations of p = o + i a + j b, one 3x3 system shared by x and y.
        let mut n = [[0f64; 3]; 3];
        let (mut rx, mut ry) = ([0f64; 3], [0f64; 3]);
        for &(i, j, p) in pts {
            let v = [1.0, f64::from(i), f64::from(j)];
            for (row, &vr) in n.iter_mut().zip(&v) {
                for (cell, &vc) in row.iter_mut().zip(&v) {
                    *cell += vr * vc;
                }
            }
            for ((x, y), &vr) in rx.iter_mut().zip(ry.iter_mut()).zip(&v) {
                *x += vr * f64::from(p.x);
                *y += vr * f64::from(p.y);
            }
        }
        let sx = solve3(&n, &rx)?;
        let sy = solve3(&n, &ry)?;
        let m = Affine {
            o: Point::new(sx[0] as f32, sy[0] as f32),
            a: Point::new(sx[1] as f32, sy[1] as f32),
            b: Point::new(sx[2] as f32, sy[2] as f32),
        };
        (m.o.is_finite() && m.a.is_finite() && m.b.is_finite()).then_some(m)
    }
}

/// Solves the 3x3 system `n x = r` by Cramer's rule (`None` when near singular).
fn solve3(n: &[[f64; 3]; 3], r: &[f64; 3]) -> Option<[f64; 3]> {
    let det = |m: &[[f64; 3]; 3]| -> f64 {
        let [[a, b, c], [d, e, f], [g, h, i]] = *m;
        a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)
    };
    let d = det(n);
    let scale = n[0][0].abs().max(1.0);
    if d.abs() < 1e-9 * scale * scale * scale {
        return None;
    }
    let mut out = [0f64; 3];
    for (k, o) in out.iter_mut().enumerate() {
        let mut m = *n;
        for (row, &rv) in m.iter_mut().zip(r) {
            if let Some(cell) = row.get_mut(k) {
                *cell = rv;
            }
        }
        *o = det(&m) / d;
    }
    out.iter().all(|v| v.is_finite()).then_some(out)
}

/// Reusable scratch of the lattice reader.
#[derive(Debug, Default)]
pub(crate) struct LatticeScratch {
    m1: Vec<u8>,
    m2: Vec<u8>,
    m3: Vec<u8>,
    resp: Vec<f32>,
    rows: Vec<f32>,
    peaks: Vec<Peak>,
    strong: Vec<Peak>,
    bucket_start: Vec<u32>,
    bucket_items: Vec<u32>,
    vecs: Vec<Point>,
    tmp: Vec<f32>,
    tmp2: Vec<f32>,
    counts: Vec<u8>,
    assigned: Vec<(i32, i32, Point)>,
    occ: Vec<u8>,
    vals: Vec<f32>,
    queue: Vec<(i32, i32)>,
    hyps: Vec<Hyp>,
    w: usize,
    h: usize,
}

/// One placement of a symbol on the lattice: box origin and size in lattice cells, the
/// orientation (0..8: rotations by 90 degrees, then the same transposed) and its fit.
#[derive(Debug, Clone, Copy)]
struct Hyp {
    x0: i32,
    y0: i32,
    rows: usize,
    cols: usize,
    t: u8,
    fit: f32,
}

impl Hyp {
    /// Lattice cell (box-relative) of symbol module (`r`, `c`); fractional for corners.
    fn cell(&self, r: f32, c: f32) -> (f32, f32) {
        let (rows, cols) = (self.rows as f32, self.cols as f32);
        // Base: the grid as is, or transposed (a mirror image).
        let (mut x, mut y, mut bw, mut bh) = if self.t >= 4 {
            (r, c, rows, cols)
        } else {
            (c, r, cols, rows)
        };
        // Quarter turns: (x, y) in a bw x bh box -> (bh - 1 - y, x) in a bh x bw box.
        for _ in 0..(self.t % 4) {
            (x, y) = (bh - 1.0 - y, x);
            core::mem::swap(&mut bw, &mut bh);
        }
        (x, y)
    }

    /// Box size (width along `i`, height along `j`) in lattice cells.
    fn box_size(&self) -> (usize, usize) {
        let odd = self.t % 2 == 1;
        let tr = self.t >= 4;
        match (tr, odd) {
            (false, false) | (true, true) => (self.cols, self.rows),
            _ => (self.rows, self.cols),
        }
    }
}

/// Running max (`dilate`) or min filter of radius `r` over rows then columns.
fn morph(
    src: &[u8],
    tmp: &mut Vec<u8>,
    dst: &mut Vec<u8>,
    w: usize,
    h: usize,
    r: usize,
    dilate: bool,
) {
    let init = if dilate { 0u8 } else { 255u8 };
    let pick = |a: u8, b: u8| if dilate { a.max(b) } else { a.min(b) };
    tmp.clear();
    tmp.resize(w * h, 0);
    for (s, d) in src.chunks_exact(w).zip(tmp.chunks_exact_mut(w)) {
        for (x, o) in d.iter_mut().enumerate() {
            let lo = x.saturating_sub(r);
            let hi = (x + r + 1).min(w);
            *o = s
                .get(lo..hi)
                .map_or(init, |win| win.iter().fold(init, |m, &v| pick(m, v)));
        }
    }
    dst.clear();
    dst.resize(w * h, init);
    for (y, out) in dst.chunks_exact_mut(w).enumerate() {
        let lo = y.saturating_sub(r);
        let hi = (y + r + 1).min(h);
        for row in tmp.chunks_exact(w).take(hi).skip(lo) {
            for (o, &v) in out.iter_mut().zip(row) {
                *o = pick(*o, v);
            }
        }
    }
}

/// Median of `v` (reordered); `None` when empty.
fn median(v: &mut [f32]) -> Option<f32> {
    if v.is_empty() {
        return None;
    }
    let mid = v.len() / 2;
    Some(*v.select_nth_unstable_by(mid, f32::total_cmp).1)
}

/// Otsu's split of `vals` (0..=255 after clamping): the cut maximising the between-class
/// variance.
fn otsu(vals: impl Iterator<Item = f32>) -> f32 {
    let mut hist = [0u32; 256];
    let mut n = 0u32;
    for v in vals {
        let b = v.clamp(0.0, 255.0) as usize;
        if let Some(slot) = hist.get_mut(b) {
            *slot += 1;
            n += 1;
        }
    }
    if n == 0 {
        return 0.0;
    }
    let total: f64 = hist
        .iter()
        .enumerate()
        .map(|(i, &c)| i as f64 * f64::from(c))
        .sum();
    let (mut w0, mut s0, mut best, mut cut) = (0f64, 0f64, -1f64, 0f32);
    for (i, &c) in hist.iter().enumerate() {
        w0 += f64::from(c);
        s0 += i as f64 * f64::from(c);
        let w1 = f64::from(n) - w0;
        if w0 <= 0.0 || w1 <= 0.0 {
            continue;
        }
        let (m0, m1) = (s0 / w0, (total - s0) / w1);
        let between = w0 * w1 * (m0 - m1) * (m0 - m1);
        if between > best {
            best = between;
            cut = i as f32 + 0.5;
        }
    }
    cut
}

impl LatticeScratch {
    /// Black-hat response of `grey` (`w` x `h`): closing minus image at radius `r_bg` (for
    /// light dots, `inv`: image minus opening), smoothed at dot scale (binomial kernel of radius `r_s`).
    fn response(&mut self, grey: &[u8], w: usize, h: usize, r_bg: usize, r_s: usize, inv: bool) {
        self.w = w;
        self.h = h;
        // Closing = min(max(.)) removes dark dots; opening = max(min(.)) removes light ones.
        let mut m1 = core::mem::take(&mut self.m1);
        let mut m2 = core::mem::take(&mut self.m2);
        let mut t = core::mem::take(&mut self.m3);
        morph(grey, &mut t, &mut m1, w, h, r_bg, !inv);
        morph(&m1, &mut t, &mut m2, w, h, r_bg, inv);
        // m2: the closing (or opening), the ground without its dots.
        self.rows.clear();
        self.rows.resize(w * h, 0.0);
        for ((o, &g), &c) in self.rows.iter_mut().zip(grey).zip(m2.iter()) {
            *o = if inv {
                f32::from(g.saturating_sub(c))
            } else {
                f32::from(c.saturating_sub(g))
            };
        }
        // Binomial smoothing (about a Gaussian at dot scale): rows into `resp`, then columns
        // back into `rows`. Weights outside the image count as zero response.
        let kern: &[f32] = match r_s {
            0 => &[1.0],
            1 => &[0.25, 0.5, 0.25],
            2 => &[0.0625, 0.25, 0.375, 0.25, 0.0625],
            _ => &[
                0.015_625, 0.093_75, 0.234_375, 0.312_5, 0.234_375, 0.093_75, 0.015_625,
            ],
        };
        let r_k = kern.len() / 2;
        self.resp.clear();
        self.resp.resize(w * h, 0.0);
        for (s, d) in self.rows.chunks_exact(w).zip(self.resp.chunks_exact_mut(w)) {
            for (x, o) in d.iter_mut().enumerate() {
                let mut acc = 0.0;
                for (k, &kw) in kern.iter().enumerate() {
                    if let Some(&v) = (x + k).checked_sub(r_k).and_then(|xx| s.get(xx)) {
                        acc += kw * v;
                    }
                }
                *o = acc;
            }
        }
        for (y, out) in self.rows.chunks_exact_mut(w).enumerate() {
            out.fill(0.0);
            for (k, &kw) in kern.iter().enumerate() {
                let Some(row) = (y + k)
                    .checked_sub(r_k)
                    .filter(|&yy| yy < h)
                    .and_then(|yy| self.resp.get(yy * w..(yy + 1) * w))
                else {
                    continue;
                };
                for (o, &v) in out.iter_mut().zip(row) {
                    *o += kw * v;
                }
            }
        }
        core::mem::swap(&mut self.rows, &mut self.resp);
        self.m1 = m1;
        self.m2 = m2;
        self.m3 = t;
    }

    /// Response at a pixel (0 outside).
    #[inline]
    fn at(&self, x: i32, y: i32) -> f32 {
        if x < 0 || y < 0 || x as usize >= self.w || y as usize >= self.h {
            return 0.0;
        }
        self.resp
            .get(y as usize * self.w + x as usize)
            .copied()
            .unwrap_or(0.0)
    }

    /// Bilinear response at a continuous point (pixel centres at +0.5).
    #[inline]
    fn at_f(&self, p: Point) -> f32 {
        let (fx, fy) = (p.x - 0.5, p.y - 0.5);
        let (x0, y0) = (floor_i32(fx), floor_i32(fy));
        let (ax, ay) = (fx - x0 as f32, fy - y0 as f32);
        let top = self.at(x0, y0) * (1.0 - ax) + self.at(x0 + 1, y0) * ax;
        let bot = self.at(x0, y0 + 1) * (1.0 - ax) + self.at(x0 + 1, y0 + 1) * ax;
        top * (1.0 - ay) + bot * ay
    }

    /// Largest response at a pixel centre within `rad` of `c`.
    fn disc_max(&self, c: Point, rad: f32) -> f32 {
        let r2 = rad * rad;
        let (x0, x1) = (floor_i32(c.x - rad), floor_i32(c.x + rad));
        let (y0, y1) = (floor_i32(c.y - rad), floor_i32(c.y + rad));
        let mut best = 0f32;
        for y in y0..=y1 {
            let dy = y as f32 + 0.5 - c.y;
            for x in x0..=x1 {
                let dx = x as f32 + 0.5 - c.x;
                if dx * dx + dy * dy <= r2 {
                    best = best.max(self.at(x, y));
                }
            }
        }
        best
    }

    /// Local maxima of the response above [`MIN_PEAK`], with sub-pixel centres.
    fn find_peaks(&mut self) {
        self.peaks.clear();
        let (w, h) = (self.w as i32, self.h as i32);
        for y in 1..h - 1 {
            for x in 1..w - 1 {
                let v = self.at(x, y);
                if v < MIN_PEAK {
                    continue;
                }
                // Strictly above the earlier neighbours, not below the later ones (one peak
                // per plateau).
                let earlier = [(-1, -1), (0, -1), (1, -1), (-1, 0)];
                let later = [(1, 0), (-1, 1), (0, 1), (1, 1)];
                if earlier.iter().any(|&(dx, dy)| self.at(x + dx, y + dy) >= v)
                    || later.iter().any(|&(dx, dy)| self.at(x + dx, y + dy) > v)
                {
                    continue;
                }
                let sub = |m: f32, c: f32, p: f32| {
                    let den = m - 2.0 * c + p;
                    if den < -1e-6 {
                        (0.5 * (m - p) / den).clamp(-0.5, 0.5)
                    } else {
                        0.0
                    }
                };
                let ox = sub(self.at(x - 1, y), v, self.at(x + 1, y));
                let oy = sub(self.at(x, y - 1), v, self.at(x, y + 1));
                self.peaks.push(Peak {
                    x: x as f32 + 0.5 + ox,
                    y: y as f32 + 0.5 + oy,
                    s: v,
                });
                if self.peaks.len() >= MAX_PEAKS {
                    return;
                }
            }
        }
    }

    /// Buckets the strong dots on a grid of `cell` pixels (for neighbour queries).
    fn bucket(&mut self, cell: f32) -> (usize, usize) {
        let gw = (self.w as f32 / cell) as usize + 1;
        let gh = (self.h as f32 / cell) as usize + 1;
        let key = |p: &Peak| {
            let bx = ((p.x / cell).max(0.0) as usize).min(gw - 1);
            let by = ((p.y / cell).max(0.0) as usize).min(gh - 1);
            by * gw + bx
        };
        self.bucket_start.clear();
        self.bucket_start.resize(gw * gh + 1, 0);
        for p in &self.strong {
            if let Some(c) = self.bucket_start.get_mut(key(p) + 1) {
                *c += 1;
            }
        }
        let mut acc = 0u32;
        for c in &mut self.bucket_start {
            acc += *c;
            *c = acc;
        }
        self.bucket_items.clear();
        self.bucket_items.resize(self.strong.len(), 0);
        self.tmp.clear();
        self.tmp
            .extend(self.bucket_start.iter().take(gw * gh).map(|&v| v as f32));
        for (i, p) in self.strong.iter().enumerate() {
            if let Some(slot) = self.tmp.get_mut(key(p)) {
                let at = *slot as usize;
                *slot += 1.0;
                if let Some(it) = self.bucket_items.get_mut(at) {
                    *it = i as u32;
                }
            }
        }
        (gw, gh)
    }

    /// Calls `f` with every strong dot in the 3x3 buckets around `p`.
    fn near(&self, p: Point, cell: f32, grid: (usize, usize), mut f: impl FnMut(&Peak)) {
        let (gw, gh) = grid;
        let bx = floor_i32(p.x / cell);
        let by = floor_i32(p.y / cell);
        for yy in by - 1..=by + 1 {
            for xx in bx - 1..=bx + 1 {
                if xx < 0 || yy < 0 || xx as usize >= gw || yy as usize >= gh {
                    continue;
                }
                let k = yy as usize * gw + xx as usize;
                let (Some(&s), Some(&e)) = (self.bucket_start.get(k), self.bucket_start.get(k + 1))
                else {
                    continue;
                };
                for &i in self.bucket_items.get(s as usize..e as usize).unwrap_or(&[]) {
                    if let Some(q) = self.strong.get(i as usize) {
                        f(q);
                    }
                }
            }
        }
    }

    /// Median nearest-neighbour distance of the strong dots (bucketed on `cell`).
    fn nn_pitch(&mut self, cell: f32, grid: (usize, usize)) -> Option<f32> {
        let mut d = core::mem::take(&mut self.tmp);
        d.clear();
        for p in &self.strong {
            let mut best = f32::INFINITY;
            self.near(Point::new(p.x, p.y), cell, grid, |q| {
                let l = Point::new(q.x - p.x, q.y - p.y).norm();
                if l > 1.0 && l < best {
                    best = l;
                }
            });
            if best <= cell {
                d.push(best);
            }
        }
        let m = if d.len() >= MIN_STRONG {
            median(&mut d)
        } else {
            None
        };
        self.tmp = d;
        m.filter(|&m| m >= 2.5)
    }

    /// The lattice axes from neighbour vectors of the strong dots near `pitch`.
    fn axes(&mut self, pitch: f32, grid: (usize, usize)) -> Option<(Point, Point)> {
        let cell = 1.4 * pitch;
        let mut vecs = core::mem::take(&mut self.vecs);
        vecs.clear();
        for p in &self.strong {
            let pp = Point::new(p.x, p.y);
            self.near(pp, cell, grid, |q: &Peak| {
                let d = Point::new(q.x - p.x, q.y - p.y);
                let l = d.norm();
                // Each pair once: the one with the larger x (then y) is the end.
                if (q.x, q.y) > (p.x, p.y) && l > 0.7 * pitch && l < 1.3 * pitch {
                    vecs.push(d);
                }
            });
        }
        self.vecs = vecs;
        if self.vecs.len() < MIN_STRONG {
            return None;
        }
        // Mean direction of 4*theta (unit complex to the 4th power), then refined on the
        // vectors within about 8 degrees of it.
        let quad = |d: Point| {
            let l = d.norm().max(1e-6);
            let (x, y) = (d.x / l, d.y / l);
            let (x2, y2) = (x * x - y * y, 2.0 * x * y);
            Point::new(x2 * x2 - y2 * y2, 2.0 * x2 * y2)
        };
        let mut dir = Point::new(0.0, 0.0);
        for &d in &self.vecs {
            dir = dir.add(quad(d));
        }
        for min_cos in [0.5f32, 0.85, 0.96] {
            let l = dir.norm();
            if l < 1e-6 {
                return None;
            }
            let u = dir.scale(1.0 / l);
            let mut next = Point::new(0.0, 0.0);
            for &d in &self.vecs {
                let q = quad(d);
                if q.dot(u) >= min_cos {
                    next = next.add(q);
                }
            }
            dir = next;
        }
        // Fourth root: halve the angle twice (sqrt of a unit complex w is w + 1 normalised).
        let mut w = dir.unit();
        for _ in 0..2 {
            let s = Point::new(w.x + 1.0, w.y);
            let l = s.norm();
            w = if l < 1e-6 {
                Point::new(0.0, 1.0)
            } else {
                s.scale(1.0 / l)
            };
        }
        let ua = w;
        let ub = Point::new(-w.y, w.x);
        // Pitch along each axis: median length of the vectors along it.
        self.tmp.clear();
        let mut nb = core::mem::take(&mut self.tmp2);
        nb.clear();
        for &d in &self.vecs {
            let (ca, cb) = (d.dot(ua), d.dot(ub));
            if cb.abs() < 0.2 * ca.abs() {
                self.tmp.push(ca.abs());
            } else if ca.abs() < 0.2 * cb.abs() {
                nb.push(cb.abs());
            }
        }
        let axes = if self.tmp.len() < 8 || nb.len() < 8 {
            None
        } else {
            median(&mut self.tmp)
                .zip(median(&mut nb))
                .map(|(pa, pb)| (ua.scale(pa), ub.scale(pb)))
        };
        self.tmp2 = nb;
        axes
    }

    /// Grows the affine lattice map from the best-connected strong dot and labels the strong
    /// dots with lattice coordinates into `assigned`.
    fn grow(&mut self, a: Point, b: Point, grid: (usize, usize), cell: f32) -> Option<Affine> {
        let pitch = 0.5 * (a.norm() + b.norm());
        let tol = 0.25 * pitch;
        // Seed: most of the four axis neighbours present; among those, nearest their centroid.
        let mut counts = core::mem::take(&mut self.counts);
        counts.clear();
        let (mut cx, mut cy, mut cn) = (0f32, 0f32, 0f32);
        let mut best = 0u8;
        for p in &self.strong {
            let pp = Point::new(p.x, p.y);
            let mut n = 0u8;
            for d in [a, a.scale(-1.0), b, b.scale(-1.0)] {
                let t = pp.add(d);
                let mut hit = false;
                self.near(t, cell, grid, |q| {
                    hit |= Point::new(q.x, q.y).dist(t) < tol;
                });
                n += u8::from(hit);
            }
            counts.push(n);
            best = best.max(n);
        }
        for (p, &n) in self.strong.iter().zip(&counts) {
            if n == best {
                cx += p.x;
                cy += p.y;
                cn += 1.0;
            }
        }
        let c = Point::new(cx / cn.max(1.0), cy / cn.max(1.0));
        let seed = self
            .strong
            .iter()
            .zip(&counts)
            .filter(|(_, n)| **n == best)
            .map(|(p, _)| Point::new(p.x, p.y))
            .min_by(|p, q| p.dist(c).total_cmp(&q.dist(c)));
        self.counts = counts;
        if best < 3 {
            return None;
        }
        let seed = seed?;
        let mut m = Affine { o: seed, a, b };
        for rad in [2i32, 4, 7, 12, 20, 33, 55, 90, MAX_SPAN] {
            self.label(&m, rad, pitch);
            if self.assigned.len() < 6 {
                return None;
            }
            m = Affine::fit(&self.assigned)?;
        }
        self.label(&m, MAX_SPAN, pitch);
        Some(m)
    }

    /// Labels every strong dot within `rad` cells of the origin and [`ON_LATTICE`] of its
    /// lattice point.
    fn label(&mut self, m: &Affine, rad: i32, pitch: f32) {
        self.assigned.clear();
        for p in &self.strong {
            let pp = Point::new(p.x, p.y);
            let Some((fi, fj)) = m.inverse(pp) else {
                continue;
            };
            let (i, j) = (floor_i32(fi + 0.5), floor_i32(fj + 0.5));
            if i.abs() > rad || j.abs() > rad {
                continue;
            }
            if m.map(i as f32, j as f32).dist(pp) < ON_LATTICE * pitch {
                self.assigned.push((i, j, pp));
            }
        }
    }
}

/// Lattice cells of a box: index of cell (`i`, `j`) in a row-major array over `bx`.
#[derive(Debug, Clone, Copy)]
struct CellBox {
    i0: i32,
    j0: i32,
    w: i32,
    h: i32,
}

impl CellBox {
    #[inline]
    fn idx(&self, i: i32, j: i32) -> Option<usize> {
        let (di, dj) = (i - self.i0, j - self.j0);
        (di >= 0 && dj >= 0 && di < self.w && dj < self.h).then(|| (dj * self.w + di) as usize)
    }
}

impl Reader {
    /// Reads a dot-peen symbol from the lattice of its dot centres (module docs), in polarity
    /// `inv`, with the frame's dots measured as `stats`. `true` when a symbol was reported.
    pub(super) fn read_lattice<T, F>(
        &mut self,
        s: &mut Search<'_, T, F>,
        stats: DotStats,
        inv: bool,
    ) -> bool
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        let pitch0 = stats.pitch;
        if !(2.5..=80.0).contains(&pitch0) {
            return false;
        }
        let (w, h) = (self.bz.w, self.bz.h);
        if w < 16 || h < 16 {
            return false;
        }
        let r_bg = ((0.55 * pitch0 + 0.999) as usize).clamp(2, 40);
        let r_s = if stats.diameter < 4.0 {
            1
        } else if stats.diameter < 7.0 {
            2
        } else {
            3
        };
        let lat = &mut self.lattice;
        lat.response(&self.bz.grey, w, h, r_bg, r_s, inv);
        if s.out_of_time() {
            return false;
        }
        lat.find_peaks();
        if lat.peaks.len() < MIN_STRONG {
            return false;
        }
        let cut = otsu(lat.peaks.iter().map(|p| p.s));
        lat.strong.clear();
        lat.strong
            .extend(lat.peaks.iter().filter(|p| p.s >= cut.max(MIN_PEAK * 2.0)));
        if lat.strong.len() < MIN_STRONG {
            return false;
        }
        // The pitch: the median distance from a strong dot to its nearest strong neighbour
        // (the frame-level measure can take the diagonal for it).
        let cell = 1.6 * pitch0;
        let grid = lat.bucket(cell);
        let Some(pitch1) = lat.nn_pitch(cell, grid) else {
            return false;
        };
        let cell = 1.4 * pitch1;
        let grid = lat.bucket(cell);
        let Some((a, b)) = lat.axes(pitch1, grid) else {
            return false;
        };
        let Some(m) = lat.grow(a, b, grid, cell) else {
            return false;
        };
        if s.out_of_time() {
            return false;
        }
        let pitch = 0.5 * (m.a.norm() + m.b.norm());
        // The cluster of occupied cells around the seed (cells within two of each other).
        let Some(cb) = lat.cluster() else {
            return false;
        };
        // Sampled at the usual reach; then nearer (texture next to faint dots) and farther
        // (dots further off their centres).
        for reach in [REACH, 0.8 * REACH, 1.3 * REACH] {
            if s.done() {
                return false;
            }
            if self.try_lattice(s, &m, cb, pitch, inv, reach) {
                return true;
            }
        }
        false
    }

    /// Samples the cells of cluster `cb` at `reach` pitches around their lattice points,
    /// scores the placements of a symbol and decodes the best; `true` when one was reported.
    fn try_lattice<T, F>(
        &mut self,
        s: &mut Search<'_, T, F>,
        m: &Affine,
        cb: CellBox,
        pitch: f32,
        inv: bool,
        reach: f32,
    ) -> bool
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        let lat = &mut self.lattice;
        // Every cell's value: the strongest response within [`REACH`] of its point.
        let ex = CellBox {
            i0: cb.i0 - 3,
            j0: cb.j0 - 3,
            w: cb.w + 6,
            h: cb.h + 6,
        };
        let reach = (reach * pitch).max(1.0);
        lat.vals.clear();
        for j in ex.j0..ex.j0 + ex.h {
            for i in ex.i0..ex.i0 + ex.w {
                let c = m.map(i as f32, j as f32);
                let best = lat.disc_max(c, reach).max(lat.at_f(c));
                lat.vals.push(best);
            }
        }
        let val = |vals: &[f32], i: i32, j: i32| -> f32 {
            ex.idx(i, j)
                .and_then(|k| vals.get(k))
                .copied()
                .unwrap_or(0.0)
        };
        // A first dark/light cut over the cluster's box.
        let mut cut = {
            let inner = (cb.j0..cb.j0 + cb.h)
                .flat_map(|j| (cb.i0..cb.i0 + cb.w).map(move |i| (i, j)))
                .map(|(i, j)| val(&lat.vals, i, j));
            otsu(inner)
        };
        if cut <= 0.0 {
            return false;
        }
        // Hypotheses: sizes near the cluster's extent, offsets, orientations.
        lat.hyps.clear();
        let mirrored = s.opts.mirrored;
        for size in SymbolSize::all() {
            let (sr, sc) = (size.rows(), size.cols());
            for t in 0..8u8 {
                if t >= 4 && !mirrored {
                    continue;
                }
                let proto = Hyp {
                    x0: 0,
                    y0: 0,
                    rows: sr,
                    cols: sc,
                    t,
                    fit: 0.0,
                };
                let (bw, bh) = proto.box_size();
                let (bw, bh) = (bw as i32, bh as i32);
                if (bw - cb.w).abs() > SLACK || (bh - cb.h).abs() > SLACK {
                    continue;
                }
                for y0 in cb.j0 - SLACK..=cb.j0 + SLACK {
                    for x0 in cb.i0 - SLACK..=cb.i0 + SLACK {
                        // Stray texture dots may widen the cluster on either side by a few
                        // cells; the box must still overlap most of it.
                        if (x0 + bw - cb.i0 - cb.w).abs() > SLACK
                            || (y0 + bh - cb.j0 - cb.h).abs() > SLACK
                        {
                            continue;
                        }
                        let mut hy = Hyp { x0, y0, ..proto };
                        hy.fit = score(&hy, cut, |i, j| val(&lat.vals, i, j));
                        lat.hyps.push(hy);
                    }
                }
            }
        }
        lat.hyps.sort_unstable_by(|p, q| q.fit.total_cmp(&p.fit));
        for k in 0..MAX_TRIES {
            if s.done() {
                return false;
            }
            let Some(hy) = self.lattice.hyps.get(k).copied() else {
                break;
            };
            if hy.fit < MIN_FIT {
                break;
            }
            let lat = &self.lattice;
            let v = |r: usize, c: usize| -> f32 {
                let (x, y) = hy.cell(r as f32, c as f32);
                val(
                    &lat.vals,
                    hy.x0 + floor_i32(x + 0.5),
                    hy.y0 + floor_i32(y + 0.5),
                )
            };
            // The cut between the finder's dots and the light timing modules.
            let (mut sd, mut nd, mut sl, mut nl) = (0f32, 0f32, 0f32, 0f32);
            for_each_perimeter_module(hy.rows, hy.cols, |r, c, dark| {
                let x = v(r, c);
                if dark {
                    sd += x;
                    nd += 1.0;
                } else {
                    sl += x;
                    nl += 1.0;
                }
            });
            if nd < 1.0 || nl < 1.0 {
                continue;
            }
            let (md, ml) = (sd / nd, sl / nl);
            let half = 0.5 * (md - ml);
            if half <= 0.0 {
                continue;
            }
            cut = 0.5 * (md + ml);
            let kconf = 255.0 / half;
            if !self.grid.fill(hy.rows, hy.cols, hy.t >= 4, |r, c| {
                let d = v(r, c) - cut;
                (d > 0.0, (d.abs() * kconf).min(255.0) as u8)
            }) {
                continue;
            }
            if !self.decode_fits(s, hy.rows * hy.cols) {
                return false;
            }
            let total: u32 = (0..hy.rows)
                .flat_map(|y| (0..hy.cols).map(move |x| (y, x)))
                .map(|(y, x)| u32::from(crate::matrix::ModuleGrid::confidence(&self.grid, y, x)))
                .sum();
            let mut content = (s.decode)(&self.grid);
            if content.is_none() {
                // Without erasures: the guard rejects decodes that lean on many of them, while
                // faint dots near the cut are mostly read right.
                if !self
                    .grid
                    .fill(hy.rows, hy.cols, hy.t >= 4, |r, c| (v(r, c) > cut, 255))
                    || !self.decode_fits(s, hy.rows * hy.cols)
                {
                    return false;
                }
                content = (s.decode)(&self.grid);
            }
            if content.is_none() {
                // The cut that best splits all the symbol's modules (dots vary in depth more
                // than the perimeter shows), modules near it as erasures.
                let cut2 = otsu(
                    (0..hy.rows)
                        .flat_map(|r| (0..hy.cols).map(move |c| (r, c)))
                        .map(|(r, c)| v(r, c)),
                );
                if (cut2 - cut).abs() > 0.5 {
                    if !self.grid.fill(hy.rows, hy.cols, hy.t >= 4, |r, c| {
                        let d = v(r, c) - cut2;
                        (d > 0.0, (d.abs() * kconf).min(255.0) as u8)
                    }) || !self.decode_fits(s, hy.rows * hy.cols)
                    {
                        return false;
                    }
                    content = (s.decode)(&self.grid);
                }
            }
            let Some(content) = content else {
                continue;
            };
            let corner = |r: f32, c: f32| {
                let (x, y) = hy.cell(r, c);
                m.map(hy.x0 as f32 + x, hy.y0 as f32 + y)
            };
            let (rl, cl) = (hy.rows as f32 - 0.5, hy.cols as f32 - 0.5);
            let corners = [
                corner(-0.5, -0.5),
                corner(-0.5, cl),
                corner(rl, cl),
                corner(rl, -0.5),
            ];
            let sym = ReadSymbol {
                content,
                corners,
                module_px: pitch,
                rows: hy.rows,
                cols: hy.cols,
                polarity: if inv {
                    Polarity::LightOnDark
                } else {
                    Polarity::DarkOnLight
                },
                mirrored: hy.t >= 4,
                contrast: (2.0 * half / 255.0).min(1.0),
                modulation: total as f32 / (hy.rows * hy.cols) as f32 / 255.0,
            };
            self.report(s, sym, 1.0);
            return true;
        }
        false
    }
}

/// Share of a hypothesis' finder, timing and surrounding ring cells that read as they should
/// at `cut` (`val` gives a lattice cell's value).
fn score(hy: &Hyp, cut: f32, val: impl Fn(i32, i32) -> f32) -> f32 {
    let mut ok = 0u32;
    let mut n = 0u32;
    for_each_perimeter_module(hy.rows, hy.cols, |r, c, dark| {
        let (x, y) = hy.cell(r as f32, c as f32);
        let v = val(hy.x0 + floor_i32(x + 0.5), hy.y0 + floor_i32(y + 0.5));
        ok += u32::from((v > cut) == dark);
        n += 1;
    });
    // The ring just outside the box should be light (quiet zone).
    let (bw, bh) = hy.box_size();
    let (bw, bh) = (bw as i32, bh as i32);
    for i in -1..=bw {
        for j in [-1, bh] {
            ok += u32::from(val(hy.x0 + i, hy.y0 + j) <= cut);
            n += 1;
        }
    }
    for j in 0..bh {
        for i in [-1, bw] {
            ok += u32::from(val(hy.x0 + i, hy.y0 + j) <= cut);
            n += 1;
        }
    }
    ok as f32 / n.max(1) as f32
}

impl LatticeScratch {
    /// The bounding box of the occupied cells connected to the seed cell (0, 0), where cells
    /// up to two apart connect (light modules leave gaps).
    fn cluster(&mut self) -> Option<CellBox> {
        let bx = CellBox {
            i0: -MAX_SPAN,
            j0: -MAX_SPAN,
            w: 2 * MAX_SPAN + 1,
            h: 2 * MAX_SPAN + 1,
        };
        self.occ.clear();
        self.occ.resize((bx.w * bx.h) as usize, 0);
        for &(i, j, _) in &self.assigned {
            if let Some(o) = bx.idx(i, j).and_then(|k| self.occ.get_mut(k)) {
                *o = 1;
            }
        }
        self.queue.clear();
        if let Some(o) = bx.idx(0, 0).and_then(|k| self.occ.get_mut(k)) {
            if *o != 1 {
                return None;
            }
            *o = 2;
            self.queue.push((0, 0));
        }
        let (mut i0, mut i1, mut j0, mut j1) = (0, 0, 0, 0);
        let mut head = 0;
        while let Some(&(i, j)) = self.queue.get(head) {
            head += 1;
            i0 = i0.min(i);
            i1 = i1.max(i);
            j0 = j0.min(j);
            j1 = j1.max(j);
            for dj in -2..=2 {
                for di in -2..=2 {
                    if let Some(o) = bx.idx(i + di, j + dj).and_then(|k| self.occ.get_mut(k))
                        && *o == 1
                    {
                        *o = 2;
                        self.queue.push((i + di, j + dj));
                    }
                }
            }
        }
        // Trim edge rows and columns holding only a stray dot or two (texture on the lattice
        // next to the symbol): a symbol's edges are its finder (full) or timing (half full).
        let count = |occ: &[u8], ia: i32, ib: i32, ja: i32, jb: i32| -> i32 {
            let mut n = 0;
            for j in ja..=jb {
                for i in ia..=ib {
                    n += i32::from(bx.idx(i, j).and_then(|k| occ.get(k)) == Some(&2));
                }
            }
            n
        };
        for _ in 0..TRIM {
            if i1 - i0 < 8 || j1 - j0 < 8 {
                break;
            }
            let mut changed = false;
            if count(&self.occ, i0, i0, j0, j1) <= 2 {
                i0 += 1;
                changed = true;
            }
            if count(&self.occ, i1, i1, j0, j1) <= 2 {
                i1 -= 1;
                changed = true;
            }
            if count(&self.occ, i0, i1, j0, j0) <= 2 {
                j0 += 1;
                changed = true;
            }
            if count(&self.occ, i0, i1, j1, j1) <= 2 {
                j1 -= 1;
                changed = true;
            }
            if !changed {
                break;
            }
        }
        let (w, h) = (i1 - i0 + 1, j1 - j0 + 1);
        (w >= 6 && h >= 6 && w <= 150 && h <= 150).then_some(CellBox { i0, j0, w, h })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affine_fit_recovers_a_rotated_lattice() {
        let truth = Affine {
            o: Point::new(40.0, 25.0),
            a: Point::new(6.0, 2.5),
            b: Point::new(-2.5, 6.0),
        };
        let pts: Vec<(i32, i32, Point)> = (-5..6)
            .flat_map(|i| (-4..5).map(move |j| (i, j)))
            .map(|(i, j)| (i, j, truth.map(i as f32, j as f32)))
            .collect();
        let m = Affine::fit(&pts).unwrap();
        for (p, q) in [(m.o, truth.o), (m.a, truth.a), (m.b, truth.b)] {
            assert!(p.dist(q) < 1e-3, "{p:?} vs {q:?}");
        }
        let (i, j) = m.inverse(truth.map(3.0, -2.0)).unwrap();
        assert!((i - 3.0).abs() < 1e-3 && (j + 2.0).abs() < 1e-3);
        // Collinear points leave the map undetermined.
        let line: Vec<(i32, i32, Point)> =
            (0..9).map(|i| (i, 0, truth.map(i as f32, 0.0))).collect();
        assert!(Affine::fit(&line).is_none());
    }

    #[test]
    fn otsu_splits_two_populations() {
        let vals = (0..50)
            .map(|k| 5.0 + (k % 7) as f32)
            .chain((0..30).map(|k| 60.0 + (k % 11) as f32));
        let cut = otsu(vals);
        assert!(cut > 11.0 && cut < 60.0, "{cut}");
        assert_eq!(otsu(core::iter::empty()), 0.0);
    }

    /// Every orientation maps the symbol's modules one to one onto its box, and the corners
    /// land on the box's corners.
    #[test]
    fn hypothesis_orientations_are_bijections() {
        for (rows, cols) in [(12usize, 26usize), (22, 22), (16, 36)] {
            for t in 0..8u8 {
                let hy = Hyp {
                    x0: 0,
                    y0: 0,
                    rows,
                    cols,
                    t,
                    fit: 0.0,
                };
                let (bw, bh) = hy.box_size();
                let mut seen = vec![false; bw * bh];
                for r in 0..rows {
                    for c in 0..cols {
                        let (x, y) = hy.cell(r as f32, c as f32);
                        let (x, y) = (x as usize, y as usize);
                        assert!(x < bw && y < bh, "t {t}: ({r},{c}) -> ({x},{y})");
                        assert!(!seen[y * bw + x]);
                        seen[y * bw + x] = true;
                    }
                }
                let (x, y) = hy.cell(-0.5, -0.5);
                assert!((x == -0.5 || x == bw as f32 - 0.5) && (y == -0.5 || y == bh as f32 - 0.5));
            }
        }
    }

    /// Dots drawn on a flat ground at a known lattice: the response peaks at the dots and the
    /// axes and pitch come back.
    #[test]
    fn peaks_and_axes_of_a_drawn_lattice() {
        let (w, h) = (160usize, 160usize);
        let (a, b) = (Point::new(6.5, 2.0), Point::new(-2.0, 6.5));
        let o = Point::new(80.0, 80.0);
        let mut grey = vec![170u8; w * h];
        let mut centres = Vec::new();
        for i in -7i32..=7 {
            for j in -7i32..=7 {
                if (i * 3 + j * 5).rem_euclid(7) != 0 {
                    let p = o.add(a.scale(i as f32)).add(b.scale(j as f32));
                    centres.push(p);
                }
            }
        }
        for (k, g) in grey.iter_mut().enumerate() {
            let q = Point::new((k % w) as f32 + 0.5, (k / w) as f32 + 0.5);
            if centres.iter().any(|c| c.dist(q) <= 2.0) {
                *g = 80;
            }
        }
        let mut lat = LatticeScratch::default();
        lat.response(&grey, w, h, 4, 1, false);
        lat.find_peaks();
        lat.strong.clear();
        lat.strong.extend(lat.peaks.iter().filter(|p| p.s > 40.0));
        assert_eq!(lat.strong.len(), centres.len());
        for p in &lat.strong {
            let q = Point::new(p.x, p.y);
            assert!(centres.iter().any(|c| c.dist(q) < 0.5), "{q:?}");
        }
        let cell = 1.4 * 6.8;
        let grid = lat.bucket(cell);
        let pitch = lat.nn_pitch(cell, grid).unwrap();
        assert!((pitch - a.norm()).abs() < 0.3, "{pitch}");
        let (fa, fb) = lat.axes(pitch, grid).unwrap();
        // The axes are the lattice's up to a quarter turn.
        let along = |u: Point| {
            [a, b, a.scale(-1.0), b.scale(-1.0)]
                .iter()
                .map(|v| v.dist(u))
                .fold(f32::INFINITY, f32::min)
        };
        assert!(along(fa) < 0.2 && along(fb) < 0.2, "{fa:?} {fb:?}");
        let m = lat.grow(fa, fb, grid, cell).unwrap();
        assert_eq!(lat.assigned.len(), centres.len());
        assert!((m.a.norm() - a.norm()).abs() < 0.05);
    }
}
