//! Detection: connected dark regions of the bit image, their convex hull cut down to a
//! quadrilateral, the four sides refitted to edge points, the solid L finder found among them,
//! and the module counts along the two timing sides estimated.
//!
//! Runs of dark pixels are joined 8-connected (union-find over runs), so one pass finds every
//! symbol of a frame. Positions are in working pixels (see [`super::binarize`]).

// SAFETY-ish reason: integer arithmetic here is on pixel coordinates, counts and sums bounded
// by the image size, which `ImageView::new` caps at `MAX_PIXELS` (2^26): products of two
// coordinates, row offsets and sums of at most 64 u8 grey levels cannot overflow `usize`/`u32`;
// subtractions are guarded by the comparisons before them. Float math cannot panic.
#![allow(clippy::arithmetic_side_effects)]

use alloc::vec::Vec;

use super::binarize::{Binarizer, POLL_ROWS};
use super::geom::{Line, Point, fit_affine, floor_i32};

/// Most runs one frame may produce (bounds memory on adversarial noise).
const MAX_RUNS: usize = 1 << 22;

#[derive(Debug, Clone, Copy)]
struct Run {
    y: u32,
    x0: u32,
    x1: u32,
}

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Comp {
    pub min_x: u32,
    pub min_y: u32,
    pub max_x: u32,
    pub max_y: u32,
    pub area: u32,
    /// Indices of the component's first and last runs (its runs lie between, in row-major
    /// order, among other components' runs).
    first: u32,
    last: u32,
}

/// A located symbol outline with its L finder identified.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Outline {
    /// Outer corners `[TL, TR, BR, BL]` with the L finder along TL-BL-BR (unmirrored reading).
    pub corners: [Point; 4],
    /// Module size estimate, working pixels.
    pub module: f32,
    /// Estimated columns (along TL-TR) and rows (along TR-BR).
    pub cols: usize,
    pub rows: usize,
}

/// The four points of `h` (a convex hull with centroid `cen`) extreme along the diagonals of
/// its principal axes, each axis scaled by the hull's extent along it, in order around.
fn principal_corners(h: &[Point], cen: Point) -> Option<(Point, Point, Point, Point)> {
    let (mut sxx, mut syy, mut sxy) = (0f32, 0f32, 0f32);
    for p in h {
        let q = p.sub(cen);
        sxx += q.x * q.x;
        syy += q.y * q.y;
        sxy += q.x * q.y;
    }
    // Major axis: the eigenvector of the larger eigenvalue of the scatter matrix.
    let half = 0.5 * (sxx - syy);
    let lam = 0.5 * (sxx + syy) + Point::new(half, sxy).norm();
    let (e1, e2) = (Point::new(sxy, lam - sxx), Point::new(lam - syy, sxy));
    let e = if e1.norm() >= e2.norm() { e1 } else { e2 };
    let n = e.norm();
    let u = if n > 1e-6 {
        e.scale(1.0 / n)
    } else {
        Point::new(1.0, 0.0)
    };
    let v = Point::new(-u.y, u.x);
    let extent = |d: Point| {
        let (lo, hi) = h
            .iter()
            .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), p| {
                let t = p.sub(cen).dot(d);
                (lo.min(t), hi.max(t))
            });
        (hi - lo).max(1e-3)
    };
    let (eu, ev) = (extent(u), extent(v));
    let best = |su: f32, sv: f32| {
        h.iter().copied().max_by(|p, q| {
            let f = |r: Point| {
                let o = r.sub(cen);
                su * o.dot(u) / eu + sv * o.dot(v) / ev
            };
            f(*p).total_cmp(&f(*q))
        })
    };
    Some((
        best(1.0, 1.0)?,
        best(1.0, -1.0)?,
        best(-1.0, -1.0)?,
        best(-1.0, 1.0)?,
    ))
}

/// Reusable detector scratch.
#[derive(Debug, Default)]
pub(crate) struct Detector {
    runs: Vec<Run>,
    parent: Vec<u32>,
    comp_of: Vec<u32>,
    pub comps: Vec<Comp>,
    pts: Vec<Point>,
    hull: Vec<Point>,
    /// The hull's edges with what [`Detector::in_hull`] needs of each.
    hull_edges: Vec<HullEdge>,
    depths: Vec<(f32, f32)>,
    tmp: Vec<f32>,
    /// Whether the last [`Detector::outline`] found the finder sides shorter than the hull
    /// (something touches the symbol); a retry with `trim` may then read it.
    pub trimmed: bool,
    /// Whether the last outline's hull quad looked degenerate (a side point almost on the
    /// diagonal: a long thin symbol under perspective, or a ragged hull).
    pub degenerate: bool,
    /// Take a degenerate hull's corners from its principal axes instead of its diagonals (a
    /// retry: square symbols with ragged hulls, such as joined dot-peen dots, need the diagonal
    /// corners, long thin symbols under perspective the axis ones).
    pub axis_corners: bool,
    /// Counts [`Detector::components`] calls: a new bit image (or a new labelling of it).
    generation: u64,
    /// The quad-side fits of the last outline, keyed by the bit image's generation, the
    /// quad's corners and the dilation: a retry of the same outline (trimmed against
    /// clutter) fits the same four sides again and reuses them.
    quad_fits: Option<QuadFits>,
}

/// A hull edge from `from` along `d` (length `len`), with the centroid's side of it
/// (`d x (centroid - from)`).
#[derive(Debug, Clone, Copy)]
struct HullEdge {
    from: Point,
    d: Point,
    len: f32,
    side_c: f32,
}

/// See [`Detector::quad_fits`].
#[derive(Debug, Clone, Copy)]
struct QuadFits {
    generation: u64,
    key: [u32; 9],
    fits: [Option<(Line, f32, f32)>; 4],
}

fn find(parent: &mut [u32], mut i: u32) -> u32 {
    // Path halving; every index stored in `parent` is < parent.len() by construction.
    for _ in 0..64 {
        let p = parent.get(i as usize).copied().unwrap_or(i);
        if p == i {
            return i;
        }
        let gp = parent.get(p as usize).copied().unwrap_or(p);
        if let Some(s) = parent.get_mut(i as usize) {
            *s = gp;
        }
        i = gp;
    }
    i
}

/// Reports the edges inside word `i` of a row (see [`scan_row`]) to `edge` as (x, now dark);
/// `carry` is the pixel before the word, then its last pixel.
#[inline(always)]
fn word_edges(i: usize, word: [u8; 8], carry: &mut u64, edge: &mut impl FnMut(u32, bool)) {
    const LOW: u64 = 0x0101_0101_0101_0101;
    let v = u64::from_le_bytes(word) & LOW;
    let mut t = v ^ ((v << 8) | *carry);
    // The edges of a word alternate, the first going to the word's first new value.
    let base = (i * 8) as u32;
    let mut dark = *carry == 0;
    while t != 0 {
        edge(base + t.trailing_zeros() / 8, dark);
        dark = !dark;
        t &= t - 1;
    }
    *carry = v >> 56;
}

/// Appends the dark runs of `row` (bytes 0 = light, 1 = dark) to `runs`, at most up to
/// [`MAX_RUNS`] in all.
///
/// Eight pixels at a time: a word XORed with itself shifted by one pixel has a nonzero byte
/// exactly where a pixel differs from its left neighbour, so uniform stretches cost one test
/// per word and every run edge is found by `trailing_zeros`.
fn scan_row(runs: &mut Vec<Run>, row: &[u8], y: u32) {
    const LOW: u64 = 0x0101_0101_0101_0101;
    let (words, tail) = row.as_chunks::<8>();
    // `carry`: the previous pixel (0 or 1); `open`: where the current dark run began.
    let mut carry = 0u64;
    let mut open = 0u32;
    let mut edge = |x: u32, dark: bool| {
        if dark {
            open = x;
        } else if runs.len() < MAX_RUNS {
            runs.push(Run { y, x0: open, x1: x });
        }
    };
    // Two words at a time through uniform stretches.
    let (pairs, odd) = words.as_chunks::<2>();
    for (j, &[a, b]) in pairs.iter().enumerate() {
        let same = carry * LOW;
        if (u64::from_ne_bytes(a) ^ same) | (u64::from_ne_bytes(b) ^ same) == 0 {
            continue;
        }
        word_edges(2 * j, a, &mut carry, &mut edge);
        word_edges(2 * j + 1, b, &mut carry, &mut edge);
    }
    for &word in odd {
        word_edges(2 * pairs.len(), word, &mut carry, &mut edge);
    }
    let mut base = (words.len() * 8) as u32;
    for &b in tail {
        let v = u64::from(b & 1);
        if v != carry {
            edge(base, v == 1);
            carry = v;
        }
        base += 1;
    }
    if carry == 1 {
        edge(base, false);
    }
}

/// The depth of the first edge hit walking from `base` along `-n` (`dark` reads a pixel):
/// 2 px steps through the light quiet zone; at the first dark point, back up 1.5 px and walk
/// on in half steps until two dark points 1 px apart that `accept` takes (only specks less
/// than 2 px deep in the quiet zone can be stepped over).
#[inline(always)]
fn hit_depth(
    dark: impl Fn(Point) -> bool,
    base: Point,
    n: Point,
    max_depth: f32,
    accept: impl Fn(Point) -> bool,
) -> Option<f32> {
    let mut d = 0.0f32;
    while d <= max_depth {
        if dark(base.sub(n.scale(d))) {
            break;
        }
        d += 2.0;
    }
    // The coarse hit (when there is one) is read again at the same depth: `d` is 0 or an even
    // number of pixels, so backing up 1.5 and adding 0.5 three times returns to it exactly.
    let first_dark = d;
    d = (d - 1.5).max(0.0);
    while d <= max_depth {
        let p = base.sub(n.scale(d));
        let q = p.sub(n.scale(1.0));
        if (d == first_dark || dark(p)) && dark(q) && accept(p) {
            return Some(d);
        }
        d += 0.5;
    }
    None
}

impl Detector {
    /// Labels 8-connected dark regions of `bz.bin`; fills `comps` (unsorted).
    ///
    /// Components are numbered in the order of their first run (row-major); the result depends
    /// only on which runs are joined, not on how the union-find gets there.
    ///
    /// `stop` is polled every [`POLL_ROWS`] rows; returns `false` when it asked to stop.
    pub fn components(&mut self, bz: &Binarizer, stop: &mut dyn FnMut() -> bool) -> bool {
        self.generation = self.generation.wrapping_add(1);
        self.runs.clear();
        self.parent.clear();
        let w = bz.w;
        let mut prev = 0..0usize;
        for (y, row) in bz.bin.chunks_exact(w.max(1)).enumerate() {
            if y.is_multiple_of(POLL_ROWS) && stop() {
                self.runs.clear();
                self.parent.clear();
                self.comps.clear();
                return false;
            }
            let start = self.runs.len();
            scan_row(&mut self.runs, row, y as u32);
            // Each new run starts as its own set.
            self.parent.extend(start as u32..self.runs.len() as u32);
            // Join with overlapping runs of the previous row (8-connected). Sets are always
            // rooted at their smallest run index, so `parent[k] <= k`.
            let (before, cur) = self.runs.split_at(start);
            let above = before.get(prev.clone()).unwrap_or(&[]);
            let mut j = 0usize;
            for (k, rk) in (start..).zip(cur) {
                while above.get(j).is_some_and(|r| r.x1 < rk.x0) {
                    j += 1;
                }
                // `root`: the current root of run k's set (k itself until joined).
                let mut root = k as u32;
                let mut jj = j;
                while let Some(rj) = above.get(jj) {
                    if rj.x0 > rk.x1 {
                        break;
                    }
                    let a = find(&mut self.parent, (prev.start + jj) as u32);
                    if a != root {
                        let (lo, hi) = if a < root { (a, root) } else { (root, a) };
                        if let Some(p) = self.parent.get_mut(hi as usize) {
                            *p = lo;
                        }
                        root = lo;
                    }
                    jj += 1;
                }
            }
            prev = start..self.runs.len();
        }
        // Dense component ids and stats. Parents point to smaller indices, so one forward
        // pass resolves every run's component from its parent's.
        self.comps.clear();
        self.comp_of.clear();
        self.comp_of.reserve(self.runs.len());
        for (k, (r, &p)) in self.runs.iter().zip(&self.parent).enumerate() {
            if k.is_multiple_of(1 << 15) && stop() {
                self.comps.clear();
                return false;
            }
            let id = if p as usize == k {
                self.comps.push(Comp {
                    min_x: u32::MAX,
                    min_y: r.y,
                    first: k as u32,
                    ..Comp::default()
                });
                (self.comps.len() - 1) as u32
            } else {
                self.comp_of.get(p as usize).copied().unwrap_or(0)
            };
            self.comp_of.push(id);
            if let Some(c) = self.comps.get_mut(id as usize) {
                c.min_x = c.min_x.min(r.x0);
                c.max_x = c.max_x.max(r.x1);
                // Runs come in row-major order: the first run's row is the top one, the
                // latest run's row the bottom one so far.
                c.max_y = r.y + 1;
                c.area += r.x1 - r.x0;
                c.last = k as u32;
            }
        }
        true
    }

    /// Whether `p` lies inside the current hull or within `margin` pixels of it.
    fn in_hull(&self, p: Point, margin: f32) -> bool {
        if self.hull.len() < 3 {
            return false;
        }
        // Orientation-free test: `p` is outside when it lies beyond some edge, on the side
        // away from the hull's centroid.
        !self.hull_edges.iter().any(|e| {
            let side_p = e.d.cross(p.sub(e.from)) / e.len;
            (e.side_c >= 0.0 && side_p < -margin) || (e.side_c < 0.0 && side_p > margin)
        })
    }

    /// Fills `hull_edges` for [`Detector::in_hull`] from the current hull.
    fn hull_edges_of(&mut self) {
        self.hull_edges.clear();
        let h = &self.hull;
        if h.len() < 3 {
            return;
        }
        let cen = h
            .iter()
            .fold(Point::default(), |s, q| s.add(*q))
            .scale(1.0 / h.len() as f32);
        let mut prev = h.last().copied().unwrap_or_default();
        for &q in h {
            let e = q.sub(prev);
            let n = e.norm();
            if n > 1e-6 {
                self.hull_edges.push(HullEdge {
                    from: prev,
                    d: e,
                    len: n,
                    side_c: e.cross(cen.sub(prev)),
                });
            }
            prev = q;
        }
    }

    /// Convex hull of component `ci` (pixel-edge coordinates) into `self.hull`.
    fn hull_of(&mut self, ci: usize) {
        self.pts.clear();
        self.hull.clear();
        self.hull_edges.clear();
        let Some(c) = self.comps.get(ci).copied() else {
            return;
        };
        // The component's runs, in row-major order.
        let range = c.first as usize..(c.last as usize + 1);
        let mut runs = self
            .runs
            .get(range.clone())
            .unwrap_or(&[])
            .iter()
            .zip(self.comp_of.get(range).unwrap_or(&[]))
            .filter(|&(_, &id)| id as usize == ci)
            .map(|(r, _)| r)
            .peekable();
        // Per row extremes, emitted at both the row's top and bottom edges.
        let mut pending: Option<(u32, u32, u32)> = None;
        while let Some(r) = runs.next() {
            let (y, mut lo, mut hi) = (r.y, r.x0, r.x1);
            while let Some(r2) = runs.next_if(|r2| r2.y == y) {
                lo = lo.min(r2.x0);
                hi = hi.max(r2.x1);
            }
            // A row's top edge shares its y with the previous row's bottom edge: one pair of
            // extremes per y, so the points come sorted by (y, x) without a sort.
            match pending {
                Some((py, plo, phi)) if py == y => {
                    self.pts.extend([
                        Point::new(plo.min(lo) as f32, y as f32),
                        Point::new(phi.max(hi) as f32, y as f32),
                    ]);
                }
                _ => {
                    if let Some((py, plo, phi)) = pending {
                        self.pts.extend([
                            Point::new(plo as f32, py as f32),
                            Point::new(phi as f32, py as f32),
                        ]);
                    }
                    self.pts.extend([
                        Point::new(lo as f32, y as f32),
                        Point::new(hi as f32, y as f32),
                    ]);
                }
            }
            pending = Some((y + 1, lo, hi));
        }
        if let Some((py, plo, phi)) = pending {
            self.pts.extend([
                Point::new(plo as f32, py as f32),
                Point::new(phi as f32, py as f32),
            ]);
        }
        // Andrew's monotone chain with y as the primary key.
        let cross = |o: Point, a: Point, b: Point| a.sub(o).cross(b.sub(o));
        for pass in 0..2 {
            let base = self.hull.len();
            let n = self.pts.len();
            for idx in 0..n {
                let p = if pass == 0 {
                    self.pts.get(idx)
                } else {
                    self.pts.get(n - 1 - idx)
                };
                let Some(&p) = p else { break };
                while self.hull.len() >= base + 2 {
                    let l = self.hull.len();
                    let (Some(&a), Some(&b)) = (self.hull.get(l - 2), self.hull.get(l - 1)) else {
                        break;
                    };
                    if cross(a, b, p) <= 0.0 {
                        self.hull.pop();
                    } else {
                        break;
                    }
                }
                self.hull.push(p);
            }
            self.hull.pop();
        }
        self.hull_edges_of();
    }

    /// The component's outline quadrilateral (clockwise on screen), from its hull.
    fn quad_of(&mut self, ci: usize) -> Option<[Point; 4]> {
        self.hull_of(ci);
        let h = &self.hull;
        if h.len() < 4 {
            return None;
        }
        let n = h.len() as f32;
        let cen = h
            .iter()
            .fold(Point::default(), |s, p| s.add(*p))
            .scale(1.0 / n);
        let far = |from: Point| {
            h.iter()
                .copied()
                .max_by(|a, b| a.dist(from).total_cmp(&b.dist(from)))
        };
        let a = far(cen)?;
        let c = far(a)?;
        let ac = c.sub(a);
        let b = h
            .iter()
            .copied()
            .max_by(|p, q| ac.cross(p.sub(a)).total_cmp(&ac.cross(q.sub(a))))?;
        let d = h
            .iter()
            .copied()
            .min_by(|p, q| ac.cross(p.sub(a)).total_cmp(&ac.cross(q.sub(a))))?;
        let (cb, cd) = (ac.cross(b.sub(a)), -ac.cross(d.sub(a)));
        // A long thin symbol under perspective can have a side longer than its diagonals:
        // then `a`-`c` is that side and `d` (or `b`) lies almost on it. The extremes along
        // the principal axes, scaled to a square, give the corners instead.
        self.degenerate = cb.min(cd) < 0.1 * cb.max(cd);
        let (a, b, c, d) = if self.degenerate && self.axis_corners {
            principal_corners(h, cen)?
        } else {
            (a, b, c, d)
        };
        let ac = c.sub(a);
        if ac.cross(b.sub(a)) <= 1.0 || ac.cross(d.sub(a)) >= -1.0 {
            return None;
        }
        // Make the winding clockwise on screen (y down): positive cross of consecutive edges.
        if b.sub(a).cross(c.sub(b)) > 0.0 {
            Some([a, b, c, d])
        } else {
            Some([a, d, c, b])
        }
    }

    // SAFETY-ish reason: `q`, `fits` and `corners` are `[_; 4]` arrays indexed by `i < 4`,
    // `k < 4` or an index taken `% 4`.
    #[allow(clippy::indexing_slicing)]
    /// Locates a symbol outline in component `ci`; `grow` is the dilation applied to `bin`,
    /// `min_solid` the smallest share of edge points on each finder side.
    pub fn outline(
        &mut self,
        bz: &Binarizer,
        ci: usize,
        grow: f32,
        min_solid: f32,
        trim: bool,
        stop: &mut dyn FnMut() -> bool,
    ) -> Option<Outline> {
        self.trimmed = false;
        let q = self.quad_of(ci)?;
        let cen = q
            .iter()
            .fold(Point::default(), |s, p| s.add(*p))
            .scale(0.25);
        // The four fits depend only on the bit image, the quad and `grow`.
        let key = [
            q[0].x, q[0].y, q[1].x, q[1].y, q[2].x, q[2].y, q[3].x, q[3].y, grow,
        ]
        .map(f32::to_bits);
        let cached = self
            .quad_fits
            .filter(|c| c.generation == self.generation && c.key == key);
        let fits = if let Some(c) = cached {
            c.fits
        } else {
            let mut fits = [None; 4];
            for (i, f) in fits.iter_mut().enumerate() {
                let (p0, p1) = (q[i], q[(i + 1) % 4]);
                let depth = (0.2 * p1.dist(p0)).max(4.0);
                if stop() {
                    return None;
                }
                *f = self.refine_side(bz, p0, p1, cen, grow, 1.5, depth, false);
            }
            self.quad_fits = Some(QuadFits {
                generation: self.generation,
                key,
                fits,
            });
            fits
        };
        // The L corner k: sides k-1 (ending at q[k]) and k (starting there) both solid.
        let frac = |f: &Option<(Line, f32, f32)>| f.map_or(0.0, |f| f.1);
        let k = (0..4).max_by(|&x, &y| {
            let sx = frac(&fits[(x + 3) % 4]).min(frac(&fits[x]));
            let sy = frac(&fits[(y + 3) % 4]).min(frac(&fits[y]));
            sx.total_cmp(&sy)
        })?;
        let (mut la, mut lb) = (fits[k]?.0, fits[(k + 3) % 4]?.0);
        if fits[k]?.1.min(fits[(k + 3) % 4]?.1) < min_solid {
            return None;
        }
        // A long thin symbol (8xN DMRE, 12x64): the hull's corners at the ends of the short
        // finder side are a module or more off (the timing pattern's gaps cut them), which
        // tilts that short side's fit by tens of degrees. When the two finder sides meet far
        // from square and one is over three times the other, the short one is fitted again
        // from a start perpendicular to the long one through their corner.
        let dir = |l: &Line| l.d.unit();
        if dir(&la).dot(dir(&lb)).abs() > 0.26 {
            let (len_k, len_k3) = (q[(k + 1) % 4].dist(q[k]), q[k].dist(q[(k + 3) % 4]));
            let corner = la.intersect(&lb)?;
            // From the corner, along the long side's normal toward the short side's far end.
            let start = |long: &Line, short_len: f32, toward: Point| {
                let d = dir(long);
                let mut perp = Point::new(-d.y, d.x);
                if perp.dot(toward.sub(corner)) < 0.0 {
                    perp = perp.scale(-1.0);
                }
                let out = 0.5 * short_len + 2.0;
                (
                    corner.add(perp.scale(short_len)),
                    out,
                    out + (0.2 * short_len).max(4.0),
                )
            };
            if len_k > 3.0 * len_k3 {
                // Side k+3 runs from its far end to the corner.
                let (far, out, depth) = start(&la, len_k3, q[(k + 3) % 4]);
                if let Some(f) = self.refine_side(bz, far, corner, cen, grow, out, depth, false)
                    && f.1 >= min_solid
                {
                    lb = f.0;
                }
            } else if len_k3 > 3.0 * len_k {
                // Side k runs from the corner to its far end.
                let (far, out, depth) = start(&lb, len_k, q[(k + 1) % 4]);
                if let Some(f) = self.refine_side(bz, corner, far, cen, grow, out, depth, false)
                    && f.1 >= min_solid
                {
                    la = f.0;
                }
            }
        }
        let bl = la.intersect(&lb)?;
        let unit = |d: Point, toward: Point| {
            let n = d.norm().max(1e-6);
            let u = d.scale(1.0 / n);
            if u.dot(toward) < 0.0 {
                u.scale(-1.0)
            } else {
                u
            }
        };
        let ua = unit(la.d, q[(k + 1) % 4].sub(q[k]));
        let ub = unit(lb.d, q[(k + 3) % 4].sub(q[k]));
        let mut len_a = self
            .hull
            .iter()
            .map(|p| p.sub(bl).dot(ua))
            .fold(0.0f32, f32::max);
        let mut len_b = self
            .hull
            .iter()
            .map(|p| p.sub(bl).dot(ub))
            .fold(0.0f32, f32::max);
        // Clutter touching the symbol (a line, a bar, a label) stretches the hull past the
        // symbol's far corners; the trimmed lengths end at the last hull point still on each
        // finder line, where the symbol's own corner is.
        let near = |l: &Line, u: Point, len: f32| {
            let tol = 0.04 * len + 2.0;
            let n = l.d.norm().max(1e-6);
            self.hull
                .iter()
                .filter(|p| (l.d.cross(p.sub(l.p)) / n).abs() <= tol)
                .map(|p| p.sub(bl).dot(u))
                .fold(0.0f32, f32::max)
        };
        let (ta, tb) = (near(&la, ua, len_a), near(&lb, ub, len_b));
        let stretched = ta < 0.9 * len_a || tb < 0.9 * len_b;
        self.trimmed = !trim && stretched;
        if trim {
            (len_a, len_b) = (ta, tb);
        }
        if len_a < 5.0 || len_b < 5.0 || len_a > 20.0 * len_b || len_b > 20.0 * len_a {
            return None;
        }
        let tl0 = bl.add(ua.scale(len_a));
        let br0 = bl.add(ub.scale(len_b));
        let tr0 = tl0.add(br0).sub(bl);
        let cen2 = tl0.add(br0).scale(0.5);
        let so_top = 0.08 * len_b + 1.5;
        let so_right = 0.08 * len_a + 1.5;
        if stop() {
            return None;
        }
        let top = self.refine_side(
            bz,
            tl0,
            tr0,
            cen2,
            grow,
            so_top,
            so_top + 0.2 * len_b.max(20.0),
            trim,
        );
        let right = self.refine_side(
            bz,
            tr0,
            br0,
            cen2,
            grow,
            so_right,
            so_right + 0.2 * len_a.max(20.0),
            trim,
        );
        let (top, right) = (top?, right?);
        let corners = [
            la.intersect(&top.0)?,
            top.0.intersect(&right.0)?,
            right.0.intersect(&lb)?,
            bl,
        ];
        // Clutter near the symbol (touching it or not) can also pull the timing sides out
        // past the region: the retry then keeps to the region's hull.
        self.trimmed |= !trim && corners.iter().any(|&p| !self.in_hull(p, 2.0 + grow));
        let (w, h) = (bz.w as f32, bz.h as f32);
        if corners
            .iter()
            .any(|p| p.x < -0.25 * w || p.y < -0.25 * h || p.x > 1.25 * w || p.y > 1.25 * h)
        {
            return None;
        }
        for i in 0..4 {
            let e0 = corners[(i + 1) % 4].sub(corners[i]);
            let e1 = corners[(i + 2) % 4].sub(corners[(i + 1) % 4]);
            if e0.cross(e1) <= 0.0 || e0.norm() < 5.0 {
                return None;
            }
        }
        // Module size from the timing sides (sides k+1 and k+2): the depth of their gaps.
        let mt = [top.2, right.2];
        let top_len = corners[1].dist(corners[0]);
        let right_len = corners[2].dist(corners[1]);
        let mut module = if mt[0] > 0.0 && mt[1] > 0.0 {
            0.5 * (mt[0] + mt[1])
        } else {
            mt[0].max(mt[1])
        };
        if module <= 0.0 {
            module = top_len.min(right_len) / 16.0;
        }
        let cols = self.count_timing(bz, &corners, true, module).unwrap_or(0);
        let rows = self.count_timing(bz, &corners, false, module).unwrap_or(0);
        Some(Outline {
            corners,
            module,
            cols,
            rows,
        })
    }

    /// Fits the outer edge of side `p0 -> p1`; returns the line, the share of edge points on it
    /// and the typical depth of the points behind it (a module size estimate, 0 if none).
    #[allow(clippy::too_many_arguments)]
    fn refine_side(
        &mut self,
        bz: &Binarizer,
        p0: Point,
        p1: Point,
        cen: Point,
        grow: f32,
        start_out: f32,
        max_depth: f32,
        clip: bool,
    ) -> Option<(Line, f32, f32)> {
        let len = p1.dist(p0);
        if len < 4.0 {
            return None;
        }
        let u = p1.sub(p0).scale(1.0 / len);
        let mut n = Point::new(u.y, -u.x);
        if n.dot(cen.sub(p0)) > 0.0 {
            n = n.scale(-1.0);
        }
        let k = ((len / 2.0) as usize).clamp(12, 150);
        let max_depth = max_depth + start_out;
        let (wf, hf) = (bz.w as f32, bz.h as f32);
        self.depths.clear();
        let at = |s: usize| {
            let t = len * (0.04 + 0.92 * (s as f32 + 0.5) / k as f32);
            (t, p0.add(u.scale(t)).add(n.scale(start_out)))
        };
        // Each walk reads pixels at depths 0..=max_depth along -n from its base, and the pixel
        // one step further. Every coordinate of a point read is monotone in the sample index
        // and in the depth (each float step rounds monotonically), so when the points at the
        // four extremes lie in the image every point read does, and its floor is its
        // truncation.
        let fast = [at(0).1, at(k - 1).1].iter().all(|&b| {
            let far = b.sub(n.scale(max_depth));
            [b, far, b.sub(n.scale(1.0)), far.sub(n.scale(1.0))]
                .iter()
                .all(|p| p.x >= 0.0 && p.y >= 0.0 && p.x < wf && p.y < hf)
        });
        for s in 0..k {
            let (t, base) = at(s);
            let accept = |p: Point| !clip || self.in_hull(p, 1.0);
            let hit = if fast {
                hit_depth(
                    |p| {
                        let i = p.y as i32 as usize * bz.w + p.x as i32 as usize;
                        bz.bin.get(i) == Some(&1)
                    },
                    base,
                    n,
                    max_depth,
                    accept,
                )
            } else {
                hit_depth(
                    |p| bz.dark(floor_i32(p.x), floor_i32(p.y)),
                    base,
                    n,
                    max_depth,
                    accept,
                )
            }
            .map(|d| d - start_out);
            if let Some(d) = hit {
                self.depths.push((t, d));
            }
        }
        if self.depths.len() < 6 {
            return None;
        }
        // Lower envelope: the outermost point of each of 10 bins along the side, a line through
        // those (dropping bins far behind it), then every point near that line.
        const BINS: usize = 10;
        let mut mins = [(0f32, f32::INFINITY); BINS];
        for &(t, d) in &self.depths {
            let bi = (((t / len) * BINS as f32) as usize).min(BINS - 1);
            if let Some(m) = mins.get_mut(bi).filter(|m| d < m.1) {
                *m = (t, d);
            }
        }
        let tol = 1.0f32;
        let mut fit = fit_affine(mins.iter().copied().filter(|m| m.1.is_finite()))?;
        for _ in 0..3 {
            let (a, b) = fit;
            fit = fit_affine(
                mins.iter()
                    .copied()
                    .filter(|&(t, d)| d.is_finite() && d - a - b * t <= tol),
            )
            .unwrap_or(fit);
        }
        for _ in 0..2 {
            let (a, b) = fit;
            fit = fit_affine(
                self.depths
                    .iter()
                    .copied()
                    .filter(|&(t, d)| (d - a - b * t).abs() <= tol),
            )
            .unwrap_or(fit);
        }
        let (a, b) = fit;
        let inl = self
            .depths
            .iter()
            .filter(|&&(t, d)| (d - a - b * t).abs() <= tol)
            .count();
        let frac = inl as f32 / k as f32;
        // Depth of points well behind the line: ~ one module on a timing side.
        self.tmp.clear();
        self.tmp.extend(
            self.depths
                .iter()
                .map(|&(t, d)| d - a - b * t)
                .filter(|&r| r > tol),
        );
        let m = if self.tmp.len() >= 3 {
            let qi = self.tmp.len() / 4;
            *self.tmp.select_nth_unstable_by(qi, f32::total_cmp).1 + 0.25
        } else {
            0.0
        };
        // The first dark sample lies on average 0.25 px inside the edge; undo the dilation.
        let off = a - 0.25 + grow;
        let line = Line {
            p: p0.sub(n.scale(off)),
            d: u.sub(n.scale(b)),
        };
        Some((line, frac, m))
    }

    /// Counts modules along the top (`top`) or right timing side, sampling half a module in.
    fn count_timing(
        &self,
        bz: &Binarizer,
        c: &[Point; 4],
        top: bool,
        module: f32,
    ) -> Option<usize> {
        let (a, b, inward) = if top {
            (c[0], c[1], c[3].sub(c[0]))
        } else {
            (c[2], c[1], c[3].sub(c[2]))
        };
        let inward_len = inward.norm();
        if inward_len <= 0.0 {
            return None;
        }
        let len = b.dist(a);
        let off_a = inward.scale(0.5 * module / inward_len);
        let other = if top { c[2].sub(c[1]) } else { c[0].sub(c[1]) };
        let off_b = other.scale(0.5 * module / other.norm().max(1e-3));
        let (a, b) = (a.add(off_a), b.add(off_b));
        let n = ((len * 2.0) as usize).clamp(32, 2048);
        let min_run = (0.3 * module).max(0.6);
        let step = len / n as f32;
        let mut runs = 0usize;
        let mut state = false;
        let mut streak = 0f32;
        for i in 0..n {
            let f = (i as f32 + 0.5) / n as f32;
            let p = a.add(b.sub(a).scale(f));
            let dark = super::sample::below_threshold(bz, p);
            let dark = dark != bz.inverted;
            if dark != state {
                streak += step;
                if streak >= min_run {
                    state = dark;
                    streak = 0.0;
                    if dark {
                        runs += 1;
                    }
                }
            } else {
                streak = 0.0;
            }
        }
        Some(runs * 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;
    use proptest::prelude::*;

    /// Plain 8-connected flood fill: a label per pixel (`u32::MAX` for light), labels numbered
    /// in row-major order of each region's first pixel.
    fn flood(bin: &[u8], w: usize, h: usize) -> (Vec<u32>, u32) {
        let mut label = vec![u32::MAX; w * h];
        let mut next = 0;
        let mut stack = Vec::new();
        for start in 0..w * h {
            if bin[start] != 1 || label[start] != u32::MAX {
                continue;
            }
            label[start] = next;
            stack.push(start);
            while let Some(i) = stack.pop() {
                let (x, y) = ((i % w) as i64, (i / w) as i64);
                for dy in -1..=1 {
                    for dx in -1..=1 {
                        let (nx, ny) = (x + dx, y + dy);
                        if nx < 0 || ny < 0 || nx >= w as i64 || ny >= h as i64 {
                            continue;
                        }
                        let j = ny as usize * w + nx as usize;
                        if bin[j] == 1 && label[j] == u32::MAX {
                            label[j] = next;
                            stack.push(j);
                        }
                    }
                }
            }
            next += 1;
        }
        (label, next)
    }

    fn check(bin: Vec<u8>, w: usize, h: usize) {
        let (label, n) = flood(&bin, w, h);
        let mut bz = Binarizer::default();
        (bz.bin, bz.w, bz.h) = (bin, w, h);
        let mut det = Detector::default();
        assert!(det.components(&bz, &mut || false));
        assert_eq!(det.comps.len(), n as usize);
        let mut seen = vec![u32::MAX; w * h];
        for (id, c) in det.comps.iter().enumerate() {
            let runs: Vec<u32> = (c.first..=c.last)
                .filter(|&k| det.comp_of[k as usize] == id as u32)
                .collect();
            assert_eq!(det.comp_of[c.first as usize], id as u32);
            assert_eq!(det.comp_of[c.last as usize], id as u32);
            let (mut min_x, mut min_y, mut max_x, mut max_y, mut area) =
                (usize::MAX, usize::MAX, 0, 0, 0);
            let mut last = None;
            for k in runs {
                let r = det.runs[k as usize];
                assert!(last < Some((r.y, r.x0)), "runs in row-major order");
                last = Some((r.y, r.x0));
                assert!(r.x0 < r.x1);
                for x in r.x0 as usize..r.x1 as usize {
                    let i = r.y as usize * w + x;
                    assert_eq!(
                        label[i], id as u32,
                        "pixel ({x}, {}) in component {id}",
                        r.y
                    );
                    seen[i] = id as u32;
                }
                // Runs are maximal: light (or the border) on both sides.
                assert!(r.x0 == 0 || bz.bin[r.y as usize * w + r.x0 as usize - 1] == 0);
                assert!(r.x1 as usize == w || bz.bin[r.y as usize * w + r.x1 as usize] == 0);
                min_x = min_x.min(r.x0 as usize);
                max_x = max_x.max(r.x1 as usize);
                min_y = min_y.min(r.y as usize);
                max_y = max_y.max(r.y as usize + 1);
                area += (r.x1 - r.x0) as usize;
            }
            assert_eq!(
                (c.min_x, c.min_y, c.max_x, c.max_y, c.area),
                (
                    min_x as u32,
                    min_y as u32,
                    max_x as u32,
                    max_y as u32,
                    area as u32
                )
            );
        }
        assert_eq!(seen, label, "every dark pixel in exactly its component");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        /// Components match a naive flood fill on random images of every width (word and tail
        /// paths) and density.
        #[test]
        fn components_match_flood_fill(
            w in 1usize..45,
            h in 1usize..14,
            density in 0u32..=100,
            seed in any::<u64>(),
        ) {
            let mut s = seed | 1;
            let bin = (0..w * h)
                .map(|_| {
                    s ^= s << 13;
                    s ^= s >> 7;
                    s ^= s << 17;
                    u8::from(((s >> 32) % 100) < u64::from(density))
                })
                .collect();
            check(bin, w, h);
        }
    }

    #[test]
    fn components_edge_cases() {
        // Runs touching both borders, diagonal joins, a U joined only at the bottom.
        #[rustfmt::skip]
        let bin = vec![
            1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1,
            0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1,
            1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1,
            1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        ];
        check(bin, 12, 5);
        check(vec![1; 64], 16, 4);
        check(vec![0; 64], 16, 4);
        check(vec![1; 7], 7, 1);
    }
}
