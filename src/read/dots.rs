//! Dot-peen marks: reads symbols made of separated round dots (direct part marking on metal),
//! where the standard passes see hundreds of specks instead of a connected L finder.
//!
//! Runs when the first two region passes (full and half resolution) found nothing, before the
//! blurred and lower-margin ones (try-harder only): on a dot field those cannot find an L
//! finder, and a frame without dots leaves after one binarisation. In each polarity asked for:
//! 1. binarise the frame as it is and measure the dots: the most common size among round
//!    blobs, and their pitch from nearest-neighbour distances. A frame without such a dot
//!    population stops here (a printed label or an empty frame pays one binarisation);
//! 2. read the symbol from the lattice of the dot centres ([`super::lattice`]).
//!
//! An older second route (paint the dots as discs, find the joined L finder with the edge
//! detector, refine its corners on the finder and timing) was removed: since the lattice route
//! came, it read nothing more on the corpus, the shared-manifest synthetic sets or the tests,
//! and on textured frames without a symbol it cost up to two thirds of the read time.

use alloc::vec::Vec;

use super::binarize::Binarizer;
use super::detect::Comp;
use super::geom::{Point, sqrt};
use super::sample::SampledGrid;
use super::{Reader, Search, polarities};

/// Largest dot, in pixels along its bounding box (bigger blobs are not dots).
const MAX_DOT: u32 = 48;
/// Fewest dots of the common size for a frame to count as a dot-peen mark.
const MIN_DOTS: usize = 24;
/// Most dots measured and painted per frame (bounds time on speckled frames).
const MAX_DOTS: usize = 40_000;
/// Grey levels a dot must lie below the local threshold (against metal texture).
const DOT_MARGIN: u8 = 12;
/// Least typical darkness of the dots, grey levels below the local threshold, for a frame to
/// count as a dot-peen mark. Specks of sensor noise and texture sit just past [`DOT_MARGIN`]
/// (their median is the margin itself on the corpus' noise images); peened dots on the corpus
/// and on fresh synthetic sets measure 26 and more.
const MIN_DOT_CONTRAST: f32 = 18.0;
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
    /// is none (fewer than [`MIN_DOTS`] round blobs of one size and darkness, dots no darker
    /// than noise specks ([`MIN_DOT_CONTRAST`]), or no consistent pitch).
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
        if contrast < MIN_DOT_CONTRAST {
            return None;
        }
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
}

/// Darkness (positive = dark in the binariser's polarity) at an image point, in grey levels
/// relative to the local threshold.
#[inline]
fn darkness(bz: &Binarizer, p: Point) -> f32 {
    let g = bz.grey_at(p.x, p.y);
    let t = bz.thresh_at(p.x, p.y);
    if bz.inverted { g - t } else { t - g }
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
            if self.read_lattice(s, stats, inv) {
                return;
            }
        }
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
