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
pub(crate) const BLOCK: usize = 8;

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
    /// Column sums of the box blur's vertical pass.
    blur_acc: Vec<u32>,
    /// Column sums of `acc` over the current five block rows.
    band: Vec<(u32, u32)>,
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
        if half {
            // Every pixel is written below: no clearing pass.
            self.grey.resize(w * h, 0);
            for (y, out) in self.grey.chunks_exact_mut(w.max(1)).enumerate() {
                let (r0, r1) = (img.row(2 * y), img.row(2 * y + 1));
                for ((o, a), b) in out
                    .iter_mut()
                    .zip(r0.chunks_exact(2))
                    .zip(r1.chunks_exact(2))
                {
                    if let (&[a0, a1], &[b0, b1]) = (a, b) {
                        let s = u16::from(a0) + u16::from(a1) + u16::from(b0) + u16::from(b1);
                        *o = ((s + 2) / 4) as u8;
                    }
                }
            }
        } else {
            self.grey.clear();
            self.grey.reserve(w * h);
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
        // Means by multiplying with a 32-bit reciprocal instead of dividing per pixel: exact
        // (`recip` below) for the sums here, which stay below 2^16.
        let full = u32::try_from(2 * r + 1).unwrap_or(u32::MAX);
        let m_full = recip(full);
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
                let m = if cnt == full { m_full } else { recip(cnt) };
                *d = ((u64::from(acc) * m) >> 32) as u8;
            }
        }
        self.blur_acc.clear();
        self.blur_acc.resize(w, 0);
        let acc = &mut self.blur_acc;
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
            let m = recip(cnt);
            if let Some(out) = self.grey.get_mut(y * w..(y + 1) * w) {
                for (o, &a) in out.iter_mut().zip(acc.iter()) {
                    *o = ((u64::from(a) * m) >> 32) as u8;
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
            // Three plain two-slice loops of equal length: each vectorises on its own (one
            // loop over four zipped slices of mixed widths does not).
            let (sums, los, his) = (
                self.col_sum.get_mut(..w).unwrap_or(&mut []),
                self.col_lo.get_mut(..w).unwrap_or(&mut []),
                self.col_hi.get_mut(..w).unwrap_or(&mut []),
            );
            let first = self.grey.get(y0 * w..(y0 + 1) * w).unwrap_or(&[]);
            for (s, &v) in sums.iter_mut().zip(first) {
                *s = u16::from(v);
            }
            for ((lo, hi), &v) in los.iter_mut().zip(his.iter_mut()).zip(first) {
                (*lo, *hi) = (v, v);
            }
            for y in y0 + 1..y1 {
                let row = self.grey.get(y * w..(y + 1) * w).unwrap_or(&[]);
                for (s, &v) in sums.iter_mut().zip(row) {
                    *s += u16::from(v);
                }
                for (lo, &v) in los.iter_mut().zip(row) {
                    *lo = (*lo).min(v);
                }
                for (hi, &v) in his.iter_mut().zip(row) {
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
                // Whole blocks as fixed-size arrays: the reductions unroll (a slice of
                // unknown length takes a generic vector loop and a scalar tail per block).
                let (sum, lo, hi) = match (
                    <&[u16; BLOCK]>::try_from(s),
                    <&[u8; BLOCK]>::try_from(lo),
                    <&[u8; BLOCK]>::try_from(hi),
                ) {
                    (Ok(s), Ok(lo), Ok(hi)) => (
                        s.iter().fold(0u32, |a, &v| a + u32::from(v)),
                        lo.iter().fold(255u8, |a, &v| a.min(v)),
                        hi.iter().fold(0u8, |a, &v| a.max(v)),
                    ),
                    _ => (
                        s.iter().map(|&v| u32::from(v)).sum(),
                        lo.iter().copied().min().unwrap_or(0),
                        hi.iter().copied().max().unwrap_or(0),
                    ),
                };
                let n = rows * s.len() as u32;
                self.block_mean.push(sum.checked_div(n).unwrap_or(0) as u8);
                self.block_ok.push(hi.saturating_sub(lo) >= min_contrast);
            }
        }
        // Mean of the informative blocks in each 5x5 block neighbourhood: separable sliding
        // box sums of (mean, count) over the informative blocks, rows then columns.
        self.acc.clear();
        self.acc.resize(bw * bh, (0, 0));
        for (row_acc, (means, oks)) in self.acc.chunks_exact_mut(bw).zip(
            self.block_mean
                .chunks_exact(bw)
                .zip(self.block_ok.chunks_exact(bw)),
        ) {
            let val = |i: usize| match (means.get(i), oks.get(i)) {
                (Some(&m), Some(&true)) => (u32::from(m), 1u32),
                _ => (0, 0),
            };
            let (mut sum, mut n) = (0u32, 0u32);
            for i in 0..2 {
                let (s, c) = val(i);
                (sum, n) = (sum + s, n + c);
            }
            for (bx, a) in row_acc.iter_mut().enumerate() {
                let (s, c) = val(bx + 2);
                (sum, n) = (sum + s, n + c);
                *a = (sum, n);
                if let Some(old) = bx.checked_sub(2) {
                    let (s, c) = val(old);
                    (sum, n) = (sum - s, n - c);
                }
            }
        }
        self.band.clear();
        self.band.resize(bw, (0, 0));
        self.thresh.clear();
        self.thresh.resize(bw * bh, 0);
        self.flat.clear();
        self.flat.resize(bw * bh, false);
        for by in 0..2 {
            for (b, &(s, c)) in self.band.iter_mut().zip(row(&self.acc, by, bw)) {
                *b = (b.0 + s, b.1 + c);
            }
        }
        for (by, (trow, frow)) in self
            .thresh
            .chunks_exact_mut(bw)
            .zip(self.flat.chunks_exact_mut(bw))
            .enumerate()
        {
            for (b, &(s, c)) in self.band.iter_mut().zip(row(&self.acc, by + 2, bw)) {
                *b = (b.0 + s, b.1 + c);
            }
            for ((t, f), &(s, c)) in trow.iter_mut().zip(frow.iter_mut()).zip(&self.band) {
                *f = c == 0;
                *t = s.checked_div(c).unwrap_or(0) as u8;
            }
            if let Some(old) = by.checked_sub(2) {
                for (b, &(s, c)) in self.band.iter_mut().zip(row(&self.acc, old, bw)) {
                    *b = (b.0 - s, b.1 - c);
                }
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
        // Every pixel is written below: no clearing pass.
        self.bin.resize(self.w * self.h, 0);
        let margin = self.margin;
        // Per band of BLOCK rows, the thresholds expanded to one per pixel (flat blocks get a
        // threshold no grey level passes), so the per-pixel loop is one compare over two
        // slices, which vectorises.
        self.tmp.clear();
        self.tmp.resize(w, 0);
        let never = if inverted { 255 } else { 0 };
        for (y, (grey_row, bin_row)) in self
            .grey
            .chunks_exact(w)
            .zip(self.bin.chunks_exact_mut(w))
            .enumerate()
        {
            if y.is_multiple_of(POLL_ROWS) && stop() {
                return false;
            }
            if y.is_multiple_of(BLOCK) {
                let by = y / BLOCK;
                let trow = self.thresh.get(by * bw..(by + 1) * bw).unwrap_or(&[]);
                let frow = self.flat.get(by * bw..(by + 1) * bw).unwrap_or(&[]);
                for (px, (&t, &flat)) in self.tmp.chunks_mut(BLOCK).zip(trow.iter().zip(frow)) {
                    let t = if flat {
                        never
                    } else if inverted {
                        t.saturating_add(margin)
                    } else {
                        t.saturating_sub(margin)
                    };
                    px.fill(t);
                }
            }
            let trow = self.tmp.get(..w).unwrap_or(&[]);
            if inverted {
                for ((&g, &t), b) in grey_row.iter().zip(trow).zip(bin_row.iter_mut()) {
                    *b = u8::from(g > t);
                }
            } else {
                for ((&g, &t), b) in grey_row.iter().zip(trow).zip(bin_row.iter_mut()) {
                    *b = u8::from(g < t);
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
    #[inline(always)]
    pub fn dark(&self, x: i32, y: i32) -> bool {
        // A negative coordinate becomes a huge `u32`, so one compare per axis rejects both
        // sides; `bin.get` bounds the index once more.
        let (xu, yu) = (x as u32 as usize, y as u32 as usize);
        if xu >= self.w || yu >= self.h {
            return false;
        }
        self.bin.get(yu * self.w + xu).copied() == Some(1)
    }

    /// Bilinearly interpolated grey level at a continuous point (pixel centres at +0.5).
    #[inline(always)]
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

    /// The per-block threshold map (row-major) with its width and height in blocks of
    /// [`BLOCK`] pixels, for the samplers' fixed-point reads.
    pub(crate) fn thresh_blocks(&self) -> (&[u8], usize, usize) {
        (&self.thresh, self.bw, self.bh)
    }

    /// Bilinearly interpolated threshold at a continuous point.
    #[inline(always)]
    pub fn thresh_at(&self, x: f32, y: f32) -> f32 {
        let fx = x / BLOCK as f32 - 0.5;
        let fy = y / BLOCK as f32 - 0.5;
        let x0 = super::geom::floor_i32(fx);
        let y0 = super::geom::floor_i32(fy);
        let ax = fx - x0 as f32;
        let ay = fy - y0 as f32;
        // Fast path: the 2x2 block neighbourhood lies inside the map (same formula as below).
        if x0 >= 0 && y0 >= 0 {
            let (xu, yu) = (x0 as usize, y0 as usize);
            if xu + 1 < self.bw && yu + 1 < self.bh {
                let i = yu * self.bw + xu;
                if let (Some(&[t0, t1]), Some(&[b0, b1])) = (
                    self.thresh.get(i..i + 2),
                    self.thresh.get(i + self.bw..i + self.bw + 2),
                ) {
                    let top = f32::from(t0) * (1.0 - ax) + f32::from(t1) * ax;
                    let bot = f32::from(b0) * (1.0 - ax) + f32::from(b1) * ax;
                    return top * (1.0 - ay) + bot * ay;
                }
            }
        }
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

/// Block row `by` of a `bw`-wide block map (empty past the end).
fn row(acc: &[(u32, u32)], by: usize, bw: usize) -> &[(u32, u32)] {
    acc.get(by * bw..(by + 1) * bw).unwrap_or(&[])
}

/// `ceil(2^32 / d)` (0 for `d == 0`): `(n * recip(d)) >> 32 == n / d` for every `n < 2^16` and
/// `d < 2^16` (the rounding error `recip(d) * d - 2^32 < d` times `n` stays below `2^32`).
fn recip(d: u32) -> u64 {
    (1u64 << 32).checked_div(u64::from(d)).map_or(0, |q| {
        if q * u64::from(d) == 1u64 << 32 {
            q
        } else {
            q + 1
        }
    })
}
