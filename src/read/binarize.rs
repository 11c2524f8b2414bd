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
use core::slice::ChunksExact;

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
    /// Column sums, minima and maxima of the current band of [`BLOCK`] rows.
    col_sum: Vec<u16>,
    col_lo: Vec<u8>,
    col_hi: Vec<u8>,
    /// Sum, minimum, maximum and mean of each whole block of the current band.
    blk_sum: Vec<u16>,
    blk_lo: Vec<u8>,
    blk_hi: Vec<u8>,
    blk_mean: Vec<u8>,
    /// The band's informative block means (0 elsewhere) and their indicators, with two zero
    /// blocks of padding on each side.
    pad_sum: Vec<u16>,
    pad_cnt: Vec<u16>,
    /// Sums over five horizontally adjacent blocks of `pad_sum` / `pad_cnt`, one row per band,
    /// with two zero rows of padding above and below.
    h_sum: Vec<u16>,
    h_cnt: Vec<u16>,
    /// Sums of `h_sum` / `h_cnt` over five block rows: one block row of the 5x5 sums.
    v_sum: Vec<u16>,
    v_cnt: Vec<u16>,
    /// One block row's thresholds as `binarize` applies them (margin, flat blocks).
    adj: Vec<u8>,
    /// Column sums of the box blur's vertical pass.
    blur_acc: Vec<u32>,
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
                // Each pixel pair read as one little-endian u16 and split by mask and shift:
                // this vectorises (pairs of separate bytes compile to a scalar loop, ~9x
                // slower).
                for ((o, a), b) in out
                    .iter_mut()
                    .zip(r0.as_chunks::<2>().0)
                    .zip(r1.as_chunks::<2>().0)
                {
                    let (a, b) = (u16::from_le_bytes(*a), u16::from_le_bytes(*b));
                    let s = (a & 0xff) + (a >> 8) + (b & 0xff) + (b >> 8);
                    *o = ((s + 2) / 4) as u8;
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
        // Horizontal sums of the padded rows, two zero rows above and below.
        reset(&mut self.h_sum, (bh + 4) * bw, 0);
        reset(&mut self.h_cnt, (bh + 4) * bw, 0);
        reset(&mut self.pad_sum, bw + 4, 0);
        reset(&mut self.pad_cnt, bw + 4, 0);
        // Per-band scratch, every element rewritten for each band.
        reset(&mut self.col_sum, w, 0);
        reset(&mut self.col_lo, w, 0);
        reset(&mut self.col_hi, w, 0);
        let nb = w / BLOCK;
        reset(&mut self.blk_sum, nb, 0);
        reset(&mut self.blk_lo, nb, 0);
        reset(&mut self.blk_hi, nb, 0);
        reset(&mut self.blk_mean, nb, 0);
        for by in 0..bh {
            if (by * BLOCK).is_multiple_of(POLL_ROWS) && stop() {
                return false;
            }
            self.band_blocks(by, min_contrast);
            // Sums over five adjacent blocks: five shifted views of the padded row added
            // element-wise (vectorises).
            let (ps, pc) = (&self.pad_sum, &self.pad_cnt);
            let row = (by + 2) * bw..(by + 3) * bw;
            if let (Some(hs), Some(hc)) = (self.h_sum.get_mut(row.clone()), self.h_cnt.get_mut(row))
            {
                sum5(hs, ps);
                sum5(hc, pc);
            }
        }
        // Mean of the informative blocks in each 5x5 block neighbourhood: five rows of the
        // horizontal sums added, then one division per block.
        reset(&mut self.thresh, bw * bh, 0);
        reset(&mut self.flat, bw * bh, false);
        reset(&mut self.v_sum, bw, 0);
        reset(&mut self.v_cnt, bw, 0);
        for (by, (trow, frow)) in self
            .thresh
            .chunks_exact_mut(bw)
            .zip(self.flat.chunks_exact_mut(bw))
            .enumerate()
        {
            add5(&mut self.v_sum, &self.h_sum, by, bw);
            add5(&mut self.v_cnt, &self.h_cnt, by, bw);
            for (((t, f), &s), &c) in trow
                .iter_mut()
                .zip(frow.iter_mut())
                .zip(&self.v_sum)
                .zip(&self.v_cnt)
            {
                *f = c == 0;
                *t = div_small(s, c);
            }
        }
        true
    }

    /// Block statistics of block row `by`: fills `pad_sum` / `pad_cnt` with each block's mean
    /// when its grey-level spread reaches `min_contrast` (count 1), else 0 (count 0).
    fn band_blocks(&mut self, by: usize, min_contrast: u8) {
        let (w, h) = (self.w, self.h);
        let y0 = by * BLOCK;
        let rows = h.saturating_sub(y0).min(BLOCK);
        let band = self.grey.get(y0 * w..(y0 + rows) * w).unwrap_or(&[]);
        let nb = w / BLOCK;
        if w == 0 {
            return;
        }
        // Column statistics, STRIP columns at a time with the accumulators in registers; a
        // last strip flush with the right edge overlaps the one before it (recomputing the
        // same values) instead of a slow narrow tail.
        let rows_it = band.chunks_exact(w);
        if w >= STRIP {
            let cols = (&mut self.col_sum, &mut self.col_lo, &mut self.col_hi);
            for (x, ((s, lo), hi)) in cols
                .0
                .as_chunks_mut::<STRIP>()
                .0
                .iter_mut()
                .zip(cols.1.as_chunks_mut::<STRIP>().0.iter_mut())
                .zip(cols.2.as_chunks_mut::<STRIP>().0.iter_mut())
                .enumerate()
            {
                (*s, *lo, *hi) = columns::<STRIP>(rows_it.clone(), x * STRIP);
            }
            if let (false, Some(s), Some(lo), Some(hi)) = (
                w.is_multiple_of(STRIP),
                cols.0.last_chunk_mut::<STRIP>(),
                cols.1.last_chunk_mut::<STRIP>(),
                cols.2.last_chunk_mut::<STRIP>(),
            ) {
                (*s, *lo, *hi) = columns::<STRIP>(rows_it.clone(), w - STRIP);
            }
        } else {
            self.col_sum.fill(0);
            self.col_lo.fill(u8::MAX);
            self.col_hi.fill(0);
            for r in rows_it {
                for (((s, lo), hi), &v) in self
                    .col_sum
                    .iter_mut()
                    .zip(self.col_lo.iter_mut())
                    .zip(self.col_hi.iter_mut())
                    .zip(r)
                {
                    *s += u16::from(v);
                    *lo = (*lo).min(v);
                    *hi = (*hi).max(v);
                }
            }
        }
        reduce_blocks(
            (&self.col_sum, &self.col_lo, &self.col_hi),
            (&mut self.blk_sum, &mut self.blk_lo, &mut self.blk_hi),
        );
        if rows == BLOCK {
            for (m, &s) in self.blk_mean.iter_mut().zip(&self.blk_sum) {
                *m = (s / (BLOCK * BLOCK) as u16) as u8;
            }
        } else {
            let n = (rows * BLOCK) as u16;
            for (m, &s) in self.blk_mean.iter_mut().zip(&self.blk_sum) {
                *m = s.checked_div(n).unwrap_or(0) as u8;
            }
        }
        let (ps, pc) = (
            self.pad_sum.get_mut(2..2 + nb).unwrap_or(&mut []),
            self.pad_cnt.get_mut(2..2 + nb).unwrap_or(&mut []),
        );
        for ((((ps, pc), &m), &lo), &hi) in ps
            .iter_mut()
            .zip(pc.iter_mut())
            .zip(&self.blk_mean)
            .zip(&self.blk_lo)
            .zip(&self.blk_hi)
        {
            let ok = hi.saturating_sub(lo) >= min_contrast;
            *pc = u16::from(ok);
            *ps = if ok { u16::from(m) } else { 0 };
        }
        // The narrow block at the right edge, from the column statistics.
        let x0 = nb * BLOCK;
        if x0 < w {
            let sum: u32 = self
                .col_sum
                .get(x0..)
                .unwrap_or(&[])
                .iter()
                .map(|&v| u32::from(v))
                .sum();
            let lo = self
                .col_lo
                .get(x0..)
                .unwrap_or(&[])
                .iter()
                .fold(u8::MAX, |a, &v| a.min(v));
            let hi = self
                .col_hi
                .get(x0..)
                .unwrap_or(&[])
                .iter()
                .fold(0, |a, &v| a.max(v));
            let n = (rows * (w - x0)) as u32;
            let ok = hi.saturating_sub(lo) >= min_contrast;
            if let (Some(ps), Some(pc)) =
                (self.pad_sum.get_mut(2 + nb), self.pad_cnt.get_mut(2 + nb))
            {
                *pc = u16::from(ok);
                *ps = if ok {
                    sum.checked_div(n).unwrap_or(0) as u16
                } else {
                    0
                };
            }
        }
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
        self.tmp.resize(bw * BLOCK, 0);
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
                // The block row's thresholds with the margin applied (one vectorised pass),
                // then BLOCK copies of each (an 8-byte store; a `fill` per block calls memset).
                reset(&mut self.adj, bw, 0);
                for ((a, &t), &flat) in self.adj.iter_mut().zip(trow).zip(frow) {
                    let t = if inverted {
                        t.saturating_add(margin)
                    } else {
                        t.saturating_sub(margin)
                    };
                    *a = if flat { never } else { t };
                }
                for (px, &t) in self
                    .tmp
                    .as_chunks_mut::<BLOCK>()
                    .0
                    .iter_mut()
                    .zip(&self.adj)
                {
                    *px = [t; BLOCK];
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
        // Far outside, both taps are the same edge cell: weights in [0, 1] keep the value.
        let (ax, ay) = (ax.clamp(0.0, 1.0), ay.clamp(0.0, 1.0));
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
        // Far outside, both taps are the same edge cell: weights in [0, 1] keep the value.
        let (ax, ay) = (ax.clamp(0.0, 1.0), ay.clamp(0.0, 1.0));
        let top = p(x0, y0) * (1.0 - ax) + p(x0 + 1, y0) * ax;
        let bot = p(x0, y0 + 1) * (1.0 - ax) + p(x0 + 1, y0 + 1) * ax;
        top * (1.0 - ay) + bot * ay
    }
}

/// Empties `v` and refills it with `n` copies of `x` (keeping its allocation).
fn reset<T: Clone>(v: &mut Vec<T>, n: usize, x: T) {
    v.clear();
    v.resize(n, x);
}

/// Columns of one strip of a band (four blocks): the accumulators fit in SSE2 registers.
const STRIP: usize = 4 * BLOCK;

/// Per-column sums, minima and maxima over `band`'s rows of the `C` columns from `x0`
/// (rows too short contribute nothing).
#[inline(always)]
fn columns<const C: usize>(band: ChunksExact<'_, u8>, x0: usize) -> ([u16; C], [u8; C], [u8; C]) {
    let mut s = [0u16; C];
    let mut lo = [u8::MAX; C];
    let mut hi = [0u8; C];
    for r in band {
        if let Some(px) = r.get(x0..).and_then(|r| r.first_chunk::<C>()) {
            for (((s, lo), hi), &v) in s.iter_mut().zip(&mut lo).zip(&mut hi).zip(px) {
                *s += u16::from(v);
                *lo = (*lo).min(v);
                *hi = (*hi).max(v);
            }
        }
    }
    (s, lo, hi)
}

/// Sum, minimum and maximum of each whole block of [`BLOCK`] columns of the column statistics.
///
/// One loop for the three: it compiles to three short in-register reductions per block, where
/// a loop per statistic is vectorised across blocks with slow gathers (kept out of line so
/// that this choice does not depend on the caller).
#[inline(never)]
fn reduce_blocks(cols: (&[u16], &[u8], &[u8]), out: (&mut [u16], &mut [u8], &mut [u8])) {
    let (s, lo, hi) = cols;
    let (os, ol, oh) = out;
    for (((((os, ol), oh), s), lo), hi) in os
        .iter_mut()
        .zip(ol.iter_mut())
        .zip(oh.iter_mut())
        .zip(s.as_chunks::<BLOCK>().0)
        .zip(lo.as_chunks::<BLOCK>().0)
        .zip(hi.as_chunks::<BLOCK>().0)
    {
        // At most 64 grey levels: below 2^14, no overflow in u32 nor in the u16.
        *os = s.iter().fold(0u32, |a, &v| a + u32::from(v)) as u16;
        *ol = lo.iter().fold(u8::MAX, |a, &v| a.min(v));
        *oh = hi.iter().fold(0, |a, &v| a.max(v));
    }
}

/// `out[i] = p[i] + ... + p[i + 4]` for the `out.len() + 4` values of padded row `p`.
fn sum5(out: &mut [u16], p: &[u16]) {
    let n = out.len();
    if let (Some(a), Some(b), Some(c), Some(d), Some(e)) = (
        p.get(..n),
        p.get(1..n + 1),
        p.get(2..n + 2),
        p.get(3..n + 3),
        p.get(4..n + 4),
    ) {
        for (((((o, &a), &b), &c), &d), &e) in out.iter_mut().zip(a).zip(b).zip(c).zip(d).zip(e) {
            *o = a + b + c + d + e;
        }
    }
}

/// `out` = the sum of rows `by .. by + 5` of the `bw`-wide map `m` (rows past the end count 0).
fn add5(out: &mut [u16], m: &[u16], by: usize, bw: usize) {
    let row = |k: usize| m.get((by + k) * bw..(by + k + 1) * bw).unwrap_or(&[]);
    let (a, b, c, d, e) = (row(0), row(1), row(2), row(3), row(4));
    if [a, b, c, d, e].iter().all(|r| r.len() == out.len()) {
        for (((((o, &a), &b), &c), &d), &e) in out.iter_mut().zip(a).zip(b).zip(c).zip(d).zip(e) {
            *o = a + b + c + d + e;
        }
    } else {
        out.fill(0);
        for r in [a, b, c, d, e] {
            for (o, &v) in out.iter_mut().zip(r) {
                *o += v;
            }
        }
    }
}

/// Largest divisor [`div_small`] takes: a 5x5 block neighbourhood.
#[cfg(test)]
const MAX_DIV: usize = 25;

/// `s / c` rounded down (0 for `c == 0`) for `c <= 25` and `s <= 255 * c` (a mean of `c` grey
/// levels), in `f32` so that a row of them vectorises (an integer division does not): the
/// rounded quotient `q * (1 + d)`, `|d| <= 2^-24`, is `q` itself when `q` is an integer, and
/// otherwise lies below the next integer (which is at least `1 / c >= 1 / 25` above `q`, while
/// the rounding error is at most `255 * 2^-24`), so truncation gives `floor(q)`. The unit test
/// checks every case.
#[inline(always)]
fn div_small(s: u16, c: u16) -> u8 {
    (f32::from(s) / f32::from(c.max(1))) as u8
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

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;
    use proptest::prelude::*;

    /// The working image written plainly: a copy, or the rounded means of 2x2 pixels.
    fn ref_load(data: &[u8], width: usize, height: usize, stride: usize, half: bool) -> Vec<u8> {
        let px = |x: usize, y: usize| u32::from(data[y * stride + x]);
        if half {
            let mut g = Vec::new();
            for y in 0..height / 2 {
                for x in 0..width / 2 {
                    let s = px(2 * x, 2 * y)
                        + px(2 * x + 1, 2 * y)
                        + px(2 * x, 2 * y + 1)
                        + px(2 * x + 1, 2 * y + 1);
                    g.push(((s + 2) / 4) as u8);
                }
            }
            g
        } else {
            (0..height)
                .flat_map(|y| (0..width).map(move |x| (x, y)))
                .map(|(x, y)| px(x, y) as u8)
                .collect()
        }
    }

    /// Thresholds, flat flags and bit image written plainly, one block or pixel at a time:
    /// the mean of each 8x8 block; a block is informative when its max - min reaches
    /// `min_contrast`; a block's threshold is the mean of the informative block means in its
    /// 5x5 block neighbourhood (flat when there are none); a pixel is dark when its grey level
    /// is below its block's threshold minus `margin` (above it plus `margin` when inverted).
    fn reference(
        g: &[u8],
        w: usize,
        h: usize,
        min_contrast: u8,
        margin: u8,
        inverted: bool,
    ) -> (Vec<u8>, Vec<bool>, Vec<u8>) {
        let (bw, bh) = (w.div_ceil(8), h.div_ceil(8));
        let mut mean = vec![0u32; bw * bh];
        let mut ok = vec![false; bw * bh];
        for by in 0..bh {
            for bx in 0..bw {
                let (mut s, mut n, mut lo, mut hi) = (0u32, 0u32, 255u8, 0u8);
                for y in 8 * by..(8 * by + 8).min(h) {
                    for x in 8 * bx..(8 * bx + 8).min(w) {
                        let v = g[y * w + x];
                        s += u32::from(v);
                        n += 1;
                        lo = lo.min(v);
                        hi = hi.max(v);
                    }
                }
                mean[by * bw + bx] = s / n;
                ok[by * bw + bx] = hi - lo >= min_contrast;
            }
        }
        let (mut thresh, mut flat) = (vec![0u8; bw * bh], vec![false; bw * bh]);
        for by in 0..bh {
            for bx in 0..bw {
                let (mut s, mut c) = (0u32, 0u32);
                for ny in by.saturating_sub(2)..(by + 3).min(bh) {
                    for nx in bx.saturating_sub(2)..(bx + 3).min(bw) {
                        if ok[ny * bw + nx] {
                            s += mean[ny * bw + nx];
                            c += 1;
                        }
                    }
                }
                flat[by * bw + bx] = c == 0;
                thresh[by * bw + bx] = s.checked_div(c).unwrap_or(0) as u8;
            }
        }
        let mut bin = vec![0u8; w * h];
        for y in 0..h {
            for x in 0..w {
                let b = (y / 8) * bw + x / 8;
                let v = g[y * w + x];
                let dark = !flat[b]
                    && if inverted {
                        i32::from(v) > i32::from(thresh[b]) + i32::from(margin)
                    } else {
                        i32::from(v) < i32::from(thresh[b]) - i32::from(margin)
                    };
                bin[y * w + x] = u8::from(dark);
            }
        }
        (thresh, flat, bin)
    }

    /// A test image: noise, two grey levels (a symbol-like picture) or a narrow band of
    /// levels (low contrast), so both informative and flat blocks occur.
    fn picture(len: usize, seed: u64, kind: u8) -> Vec<u8> {
        let mut s = seed | 1;
        let mut next = move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        (0..len)
            .map(|_| {
                let r = next();
                match kind % 3 {
                    0 => r as u8,
                    1 => {
                        if r & 1 == 0 {
                            30 + (r >> 8) as u8 % 20
                        } else {
                            200 + (r >> 8) as u8 % 40
                        }
                    }
                    _ => 120 + (r >> 8) as u8 % 20,
                }
            })
            .collect()
    }

    fn check(bz: &mut Binarizer, img: (usize, usize, usize, bool, u64, u8), opts: (u8, u8, bool)) {
        let (width, height, pad, half, seed, kind) = img;
        let (min_contrast, margin, inverted) = opts;
        let stride = width + pad;
        let data = picture(stride * (height - 1) + width, seed, kind);
        let view = ImageView::new(&data, width, height, stride).unwrap();
        bz.load(&view, half);
        let g = ref_load(&data, width, height, stride, half);
        assert_eq!(
            bz.grey, g,
            "load {width}x{height} stride {stride} half {half}"
        );
        let (w, h) = (bz.w, bz.h);
        assert!(bz.threshold(min_contrast, &mut || false));
        let (thresh, flat, bin) = reference(&g, w, h, min_contrast, margin, inverted);
        assert_eq!(bz.thresh, thresh, "thresholds {w}x{h}");
        assert_eq!(bz.flat, flat, "flat blocks {w}x{h}");
        bz.margin = margin;
        assert!(bz.binarize(inverted, 0, &mut || false));
        assert_eq!(bz.bin, bin, "bit image {w}x{h}");
    }

    fn image() -> impl Strategy<Value = (usize, usize, usize, bool, u64, u8)> {
        (
            1usize..90,
            1usize..90,
            0usize..5,
            any::<bool>(),
            any::<u64>(),
            any::<u8>(),
        )
            .prop_map(|(w, h, pad, half, seed, kind)| {
                let half = half && w >= 2 && h >= 2;
                (w, h, pad, half, seed, kind)
            })
    }

    proptest! {
        /// `load`, `threshold` and `binarize` equal the plain per-block / per-pixel reference
        /// on images of odd sizes and strides, with the buffers reused from a previous frame
        /// of another size.
        #[test]
        fn matches_plain_reference(
            a in image(),
            b in image(),
            min_contrast in 0u8..48,
            margin in 0u8..24,
            inverted in any::<bool>(),
        ) {
            let mut bz = Binarizer::default();
            check(&mut bz, a, (min_contrast, margin, inverted));
            check(&mut bz, b, (min_contrast, margin, !inverted));
        }
    }

    /// Larger frames than the proptest's, through every strip path (whole strips plus an
    /// overlapping last strip, exact multiples of the strip width, partial blocks).
    #[test]
    fn matches_plain_reference_on_larger_frames() {
        let mut bz = Binarizer::default();
        for (i, &(w, h)) in [
            (320, 320),
            (317, 311),
            (96, 64),
            (143, 150),
            (33, 9),
            (257, 31),
        ]
        .iter()
        .enumerate()
        {
            for kind in 0..3 {
                check(
                    &mut bz,
                    (w, h, i % 3, false, 7 + i as u64, kind),
                    (24, 0, false),
                );
                check(&mut bz, (w, h, 1, true, 99 + i as u64, kind), (12, 5, true));
            }
        }
    }

    /// The reciprocal division is exact wherever it is used.
    /// A sampler may ask for any point a homography of a noisy frame gives: far outside the
    /// image the grey level and threshold are those of the nearest edge pixel or block (the
    /// fuzzer found `x0 + 1` overflowing `i32` there before coordinates were clamped).
    #[test]
    fn far_off_points_read_the_edge() {
        let (w, h) = (40usize, 24usize);
        let data: Vec<u8> = (0..w * h).map(|i| (i % w * 6) as u8).collect();
        let view = ImageView::new(&data, w, h, w).unwrap();
        let mut bz = Binarizer::default();
        bz.load(&view, false);
        assert!(bz.threshold(0, &mut || false));
        let last = (w - 1) as f32 + 0.5;
        for (x, y) in [
            (1e12f32, 5.0f32),
            (3e9, -3e9),
            (f32::MAX, 10.0),
            (-1e10, 12.5),
        ] {
            let edge_x = if x > 0.0 { last } else { 0.5 };
            let edge_y = y.clamp(0.5, (h - 1) as f32 + 0.5);
            assert_eq!(
                bz.grey_at(x, y),
                bz.grey_at(edge_x, edge_y),
                "grey at ({x}, {y})"
            );
            let t = bz.thresh_at(x, y);
            assert!(
                t.is_finite() && (0.0..=255.0).contains(&t),
                "threshold {t} at ({x}, {y})"
            );
        }
    }

    #[test]
    fn div_small_is_exact() {
        for c in 0..=MAX_DIV as u16 {
            for s in 0..=255 * c {
                let want = s.checked_div(c).unwrap_or(0);
                assert_eq!(u16::from(div_small(s, c)), want, "{s} / {c}");
            }
        }
    }
}
