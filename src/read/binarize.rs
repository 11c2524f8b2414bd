//! Binarisation: a working greyscale copy (optionally halved), a block threshold map robust to
//! gradients and low contrast, and the dark/light bit image the detector traces.
//!
//! Thresholds come from 8x8-pixel block means smoothed over 5x5 blocks; blocks with too little
//! contrast are "flat" and count as background (zxing's hybrid binariser has the same idea).

// SAFETY-ish reason: integer arithmetic here is on pixel coordinates, counts and sums bounded
// by the image size, which `ImageView::new` caps at `MAX_PIXELS` (2^26): products of two
// coordinates, row offsets and sums of at most 64 u8 grey levels cannot overflow `usize`/`u32`;
// subtractions are guarded by the comparisons before them. Float math cannot panic.
#![allow(clippy::arithmetic_side_effects)]

use alloc::vec::Vec;

use super::image_view::ImageView;

/// Rows between two polls of the time budget in the whole-frame loops.
pub(crate) const POLL_ROWS: usize = 64;

/// Side of a threshold block in working pixels.
const BLOCK: usize = 8;

/// Reusable binarisation state: every buffer is kept between frames.
#[derive(Debug, Default)]
pub(crate) struct Binarizer {
    /// Working greyscale image, `w * h`.
    pub grey: Vec<u8>,
    /// Dark (1) / light (0) image after polarity, `w * h`.
    pub bin: Vec<u8>,
    tmp: Vec<u8>,
    /// Per-block threshold; `flat` marks blocks without enough contrast nearby.
    thresh: Vec<u8>,
    flat: Vec<bool>,
    block_mean: Vec<u8>,
    block_ok: Vec<bool>,
    col_sum: Vec<u16>,
    col_lo: Vec<u8>,
    col_hi: Vec<u8>,
    acc: Vec<(u32, u32)>,
    pub w: usize,
    pub h: usize,
    /// Grey levels a pixel must clear the threshold by to count as dark (against texture).
    pub margin: u8,
    /// Whether `bin` marks light pixels (light-on-dark symbols).
    pub inverted: bool,
    bw: usize,
    bh: usize,
}

impl Binarizer {
    /// Copies `img` into the working image, halving it (2x2 means) when `half`.
    pub fn load(&mut self, img: &ImageView<'_>, half: bool) {
        let (w, h) = if half {
            (img.width() / 2, img.height() / 2)
        } else {
            (img.width(), img.height())
        };
        self.w = w;
        self.h = h;
        self.grey.clear();
        self.grey.reserve(w * h);
        if half {
            for y in 0..h {
                let r0 = img.row(2 * y);
                let r1 = img.row(2 * y + 1);
                self.grey
                    .extend(
                        r0.chunks_exact(2)
                            .zip(r1.chunks_exact(2))
                            .take(w)
                            .map(|(a, b)| {
                                ((a.iter().chain(b).map(|&v| u16::from(v)).sum::<u16>() + 2) / 4)
                                    as u8
                            }),
                    );
            }
        } else {
            for y in 0..h {
                self.grey.extend_from_slice(img.row(y));
            }
        }
        self.grey.resize(w * h, 0);
    }

    /// Smooths the working image with a (2r+1)^2 box filter (against noise and metal texture;
    /// it also merges dot-peen dots into solid modules).
    ///
    /// `stop` is polled every [`POLL_ROWS`] rows; returns `false` when it asked to stop (the
    /// working image is then partly smoothed and must be reloaded).
    pub fn box_blur(&mut self, r: usize, stop: &mut dyn FnMut() -> bool) -> bool {
        let (w, h) = (self.w, self.h);
        if r == 0 || w == 0 || h == 0 {
            return true;
        }
        self.tmp.clear();
        self.tmp.resize(w * h, 0);
        for (y, (src, dst)) in self
            .grey
            .chunks_exact(w)
            .zip(self.tmp.chunks_exact_mut(w))
            .enumerate()
        {
            if y.is_multiple_of(POLL_ROWS) && stop() {
                return false;
            }
            let mut acc: u32 = 0;
            let mut cnt: u32 = 0;
            for x in 0..(r.min(w)) {
                acc += u32::from(src.get(x).copied().unwrap_or(0));
                cnt += 1;
            }
            for (x, d) in dst.iter_mut().enumerate() {
                if let Some(&v) = src.get(x + r) {
                    acc += u32::from(v);
                    cnt += 1;
                }
                if let Some(&v) = x.checked_sub(r + 1).and_then(|i| src.get(i)) {
                    acc -= u32::from(v);
                    cnt -= 1;
                }
                *d = acc.checked_div(cnt).unwrap_or(0) as u8;
            }
        }
        let mut acc = alloc::vec![0u32; w];
        let mut cnt: u32 = 0;
        for y in 0..r.min(h) {
            for (a, &v) in acc
                .iter_mut()
                .zip(self.tmp.get(y * w..(y + 1) * w).unwrap_or(&[]))
            {
                *a += u32::from(v);
            }
            cnt += 1;
        }
        for y in 0..h {
            if y.is_multiple_of(POLL_ROWS) && stop() {
                return false;
            }
            if let Some(row) = self.tmp.get((y + r) * w..(y + r + 1) * w) {
                for (a, &v) in acc.iter_mut().zip(row) {
                    *a += u32::from(v);
                }
                cnt += 1;
            }
            let old = y.checked_sub(r + 1);
            if let Some(row) = old.and_then(|o| self.tmp.get(o * w..(o + 1) * w)) {
                for (a, &v) in acc.iter_mut().zip(row) {
                    *a -= u32::from(v);
                }
                cnt -= 1;
            }
            if let Some(out) = self.grey.get_mut(y * w..(y + 1) * w) {
                for (o, &a) in out.iter_mut().zip(&acc) {
                    *o = a.checked_div(cnt).unwrap_or(0) as u8;
                }
            }
        }
        true
    }

    /// Computes the block threshold map; `min_contrast` is the smallest grey-level spread in a
    /// block that makes it carry information.
    ///
    /// `stop` is polled every [`POLL_ROWS`] rows; returns `false` when it asked to stop.
    pub fn threshold(&mut self, min_contrast: u8, stop: &mut dyn FnMut() -> bool) -> bool {
        let (w, h) = (self.w, self.h);
        let bw = w.div_ceil(BLOCK).max(1);
        let bh = h.div_ceil(BLOCK).max(1);
        self.bw = bw;
        self.bh = bh;
        self.block_mean.clear();
        self.block_ok.clear();
        // Per-column sums, minima and maxima over a band of BLOCK rows (plain vertical
        // element-wise updates, which vectorise), then reduced BLOCK columns at a time.
        self.col_sum.clear();
        self.col_sum.resize(w, 0);
        self.col_lo.clear();
        self.col_lo.resize(w, 255);
        self.col_hi.clear();
        self.col_hi.resize(w, 0);
        for by in 0..bh {
            if (by * BLOCK).is_multiple_of(POLL_ROWS) && stop() {
                return false;
            }
            let y0 = by * BLOCK;
            let y1 = (y0 + BLOCK).min(h);
            self.col_sum.fill(0);
            self.col_lo.fill(255);
            self.col_hi.fill(0);
            for y in y0..y1 {
                let row = self.grey.get(y * w..(y + 1) * w).unwrap_or(&[]);
                for (((&v, s), lo), hi) in row
                    .iter()
                    .zip(self.col_sum.iter_mut())
                    .zip(self.col_lo.iter_mut())
                    .zip(self.col_hi.iter_mut())
                {
                    *s += u16::from(v);
                    *lo = (*lo).min(v);
                    *hi = (*hi).max(v);
                }
            }
            let rows = (y1 - y0) as u32;
            for ((s, lo), hi) in self
                .col_sum
                .chunks(BLOCK)
                .zip(self.col_lo.chunks(BLOCK))
                .zip(self.col_hi.chunks(BLOCK))
            {
                let sum: u32 = s.iter().map(|&v| u32::from(v)).sum();
                let lo = lo.iter().copied().min().unwrap_or(0);
                let hi = hi.iter().copied().max().unwrap_or(0);
                let n = rows * s.len() as u32;
                self.block_mean.push(sum.checked_div(n).unwrap_or(0) as u8);
                self.block_ok.push(hi.saturating_sub(lo) >= min_contrast);
            }
        }
        // Mean of the informative blocks in each 5x5 block neighbourhood: separable box sums
        // of (mean, count) over the informative blocks, rows then columns.
        self.acc.clear();
        self.acc.resize(bw * bh, (0, 0));
        for (row_acc, (means, oks)) in self.acc.chunks_exact_mut(bw).zip(
            self.block_mean
                .chunks_exact(bw)
                .zip(self.block_ok.chunks_exact(bw)),
        ) {
            for (bx, a) in row_acc.iter_mut().enumerate() {
                let lo = bx.saturating_sub(2);
                let hi = (bx + 3).min(bw);
                let (mut sum, mut n) = (0u32, 0u32);
                for (&m, &ok) in means
                    .get(lo..hi)
                    .unwrap_or(&[])
                    .iter()
                    .zip(oks.get(lo..hi).unwrap_or(&[]))
                {
                    if ok {
                        sum += u32::from(m);
                        n += 1;
                    }
                }
                *a = (sum, n);
            }
        }
        self.thresh.clear();
        self.flat.clear();
        for by in 0..bh {
            let lo = by.saturating_sub(2);
            let hi = (by + 3).min(bh);
            for bx in 0..bw {
                let (mut sum, mut n) = (0u32, 0u32);
                for yy in lo..hi {
                    if let Some(&(s, c)) = self.acc.get(yy * bw + bx) {
                        sum += s;
                        n += c;
                    }
                }
                self.flat.push(n == 0);
                self.thresh.push(sum.checked_div(n).unwrap_or(0) as u8);
            }
        }
        true
    }

    /// Fills `bin` (1 = dark in the chosen polarity), then grows dark areas by `grow` pixels
    /// (a dilation that joins the separated dots of dot-peen marks).
    ///
    /// `stop` is polled every [`POLL_ROWS`] rows; returns `false` when it asked to stop.
    pub fn binarize(
        &mut self,
        inverted: bool,
        grow: usize,
        stop: &mut dyn FnMut() -> bool,
    ) -> bool {
        let (w, bw) = (self.w.max(1), self.bw.max(1));
        self.inverted = inverted;
        self.bin.clear();
        self.bin.resize(self.w * self.h, 0);
        let margin = self.margin;
        // One threshold per 8-pixel block run: the inner loop is a plain compare the compiler
        // vectorises.
        for (y, (grey_row, bin_row)) in self
            .grey
            .chunks_exact(w)
            .zip(self.bin.chunks_exact_mut(w))
            .enumerate()
        {
            if y.is_multiple_of(POLL_ROWS) && stop() {
                return false;
            }
            let by = y / BLOCK;
            let trow = self.thresh.get(by * bw..(by + 1) * bw).unwrap_or(&[]);
            let frow = self.flat.get(by * bw..(by + 1) * bw).unwrap_or(&[]);
            for ((g, b), (&t, &flat)) in grey_row
                .chunks(BLOCK)
                .zip(bin_row.chunks_mut(BLOCK))
                .zip(trow.iter().zip(frow))
            {
                if flat {
                    continue; // stays light
                }
                if inverted {
                    let t = t.saturating_add(margin);
                    for (&g, b) in g.iter().zip(b) {
                        *b = u8::from(g > t);
                    }
                } else {
                    let t = t.saturating_sub(margin);
                    for (&g, b) in g.iter().zip(b) {
                        *b = u8::from(g < t);
                    }
                }
            }
        }
        if grow > 0 {
            self.dilate(grow);
        }
        true
    }

    fn dilate(&mut self, r: usize) {
        let (w, h) = (self.w, self.h);
        // Horizontal pass into tmp, vertical pass back into bin.
        self.tmp.clear();
        self.tmp.resize(w * h, 0);
        for (src, dst) in self
            .bin
            .chunks_exact(w.max(1))
            .zip(self.tmp.chunks_exact_mut(w.max(1)))
        {
            for (x, d) in dst.iter_mut().enumerate() {
                let lo = x.saturating_sub(r);
                let hi = (x + r + 1).min(w);
                *d = u8::from(src.get(lo..hi).is_some_and(|s| s.contains(&1)));
            }
        }
        for y in 0..h {
            let lo = y.saturating_sub(r);
            let hi = (y + r + 1).min(h);
            for x in 0..w {
                let mut v = 0;
                for yy in lo..hi {
                    if self.tmp.get(yy * w + x).copied() == Some(1) {
                        v = 1;
                        break;
                    }
                }
                if let Some(b) = self.bin.get_mut(y * w + x) {
                    *b = v;
                }
            }
        }
    }

    /// Whether working pixel (`x`, `y`) is dark in `bin`; outside the image is light.
    #[inline]
    pub fn dark(&self, x: i32, y: i32) -> bool {
        if x < 0 || y < 0 || x as usize >= self.w || y as usize >= self.h {
            return false;
        }
        self.bin.get(y as usize * self.w + x as usize).copied() == Some(1)
    }

    /// Bilinearly interpolated grey level at a continuous point (pixel centres at +0.5).
    #[inline]
    pub fn grey_at(&self, x: f32, y: f32) -> f32 {
        let fx = x - 0.5;
        let fy = y - 0.5;
        let x0 = super::geom::floor_i32(fx);
        let y0 = super::geom::floor_i32(fy);
        let ax = fx - x0 as f32;
        let ay = fy - y0 as f32;
        // Fast path: the 2x2 neighbourhood lies inside the image.
        if x0 >= 0 && y0 >= 0 {
            let (xu, yu) = (x0 as usize, y0 as usize);
            if xu + 1 < self.w && yu + 1 < self.h {
                let i = yu * self.w + xu;
                if let (Some(t), Some(b)) = (
                    self.grey.get(i..i + 2),
                    self.grey.get(i + self.w..i + self.w + 2),
                ) && let (&[t0, t1], &[b0, b1]) = (t, b)
                {
                    let top = f32::from(t0) + (f32::from(t1) - f32::from(t0)) * ax;
                    let bot = f32::from(b0) + (f32::from(b1) - f32::from(b0)) * ax;
                    return top + (bot - top) * ay;
                }
            }
        }
        let p = |xx: i32, yy: i32| -> f32 {
            let xx = xx.clamp(0, self.w as i32 - 1) as usize;
            let yy = yy.clamp(0, self.h as i32 - 1) as usize;
            f32::from(self.grey.get(yy * self.w + xx).copied().unwrap_or(0))
        };
        let top = p(x0, y0) * (1.0 - ax) + p(x0 + 1, y0) * ax;
        let bot = p(x0, y0 + 1) * (1.0 - ax) + p(x0 + 1, y0 + 1) * ax;
        top * (1.0 - ay) + bot * ay
    }

    /// Bilinearly interpolated threshold at a continuous point.
    #[inline]
    pub fn thresh_at(&self, x: f32, y: f32) -> f32 {
        let fx = x / BLOCK as f32 - 0.5;
        let fy = y / BLOCK as f32 - 0.5;
        let x0 = super::geom::floor_i32(fx);
        let y0 = super::geom::floor_i32(fy);
        let ax = fx - x0 as f32;
        let ay = fy - y0 as f32;
        let p = |xx: i32, yy: i32| -> f32 {
            let xx = xx.clamp(0, self.bw as i32 - 1) as usize;
            let yy = yy.clamp(0, self.bh as i32 - 1) as usize;
            f32::from(self.thresh.get(yy * self.bw + xx).copied().unwrap_or(0))
        };
        let top = p(x0, y0) * (1.0 - ax) + p(x0 + 1, y0) * ax;
        let bot = p(x0, y0 + 1) * (1.0 - ax) + p(x0 + 1, y0 + 1) * ax;
        top * (1.0 - ay) + bot * ay
    }
}
