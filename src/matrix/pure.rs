//! Pure-image sampler: a clean, axis-aligned symbol image (a generated file, a flat scan) ->
//! module grid, using the finder L and the timing pattern to find the module pitch.
//!
//! Works on a plain luma slice (`data`, `width`, `height`, `stride`) so it needs no image crate.
//! The symbol may be rotated by multiples of 90 degrees or mirrored: the sampler keeps the
//! image's orientation and [`crate::decode::decode_grid`] finds the symbol's. It assumes one
//! symbol, dark on light (or light on dark with `invert`), a quiet zone of at least one module,
//! and no perspective; anything else belongs to the image reader (`read/`).

use super::grid::{BitMatrix, MatrixError};
use super::placement;
use crate::symbol::SymbolSize;

/// Why a pure image could not be sampled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PureProblem {
    /// `height * stride` exceeds the buffer, `stride < width`, or a dimension is 0.
    BadView,
    /// No dark pixel, or no contrast at all.
    Empty,
    /// No symbol size's finder/timing pattern fits the dark area.
    NoFinder,
    /// No symbol size fits the region's proportions.
    BadTiming,
}

/// A borrowed 8-bit greyscale image (0 = black).
#[derive(Debug, Clone, Copy)]
pub struct LumaView<'a> {
    data: &'a [u8],
    width: usize,
    height: usize,
    stride: usize,
}

impl<'a> LumaView<'a> {
    /// Wraps `data` as `height` rows of `width` pixels, rows `stride` bytes apart.
    ///
    /// # Errors
    /// [`MatrixError::PureImage`] with [`PureProblem::BadView`] if the buffer is too short,
    /// `stride < width` or a dimension is 0.
    pub fn new(
        data: &'a [u8],
        width: usize,
        height: usize,
        stride: usize,
    ) -> Result<Self, MatrixError> {
        let bad = MatrixError::PureImage {
            problem: PureProblem::BadView,
        };
        if width == 0 || height == 0 || stride < width {
            return Err(bad);
        }
        let need = height
            .checked_sub(1)
            .and_then(|rows| rows.checked_mul(stride))
            .and_then(|v| v.checked_add(width))
            .ok_or(bad.clone())?;
        if need > data.len() {
            return Err(bad);
        }
        Ok(LumaView {
            data,
            width,
            height,
            stride,
        })
    }

    /// Image width in pixels.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Image height in pixels.
    pub fn height(&self) -> usize {
        self.height
    }

    #[inline]
    fn px(&self, x: usize, y: usize) -> u8 {
        if x < self.width && y < self.height {
            y.checked_mul(self.stride)
                .and_then(|o| o.checked_add(x))
                .and_then(|i| self.data.get(i))
                .copied()
                .unwrap_or(255)
        } else {
            255
        }
    }
}

struct Bin<'a> {
    v: LumaView<'a>,
    threshold: u8,
    invert: bool,
}

impl Bin<'_> {
    #[inline]
    fn dark(&self, x: usize, y: usize) -> bool {
        (self.v.px(x, y) < self.threshold) != self.invert
    }
}

/// Most candidate regions [`sample_pure_all`] returns.
pub const MAX_CANDIDATES: usize = crate::limits::MAX_PURE_CANDIDATES;

/// Largest image (in pixels) the pure sampler accepts.
pub const MAX_PIXELS: usize = crate::limits::MAX_IMAGE_PIXELS;

/// Samples a pure symbol image into a module grid in the image's own orientation: the first
/// candidate of [`sample_pure_all`].
///
/// # Errors
/// [`MatrixError::PureImage`] saying why no candidate region could be sampled.
pub fn sample_pure(view: &LumaView<'_>, invert: bool) -> Result<BitMatrix, MatrixError> {
    let mut first = None;
    let mut err = MatrixError::PureImage {
        problem: PureProblem::Empty,
    };
    for_each_candidate(view, invert, |r| match r {
        Ok(m) => {
            first = Some(m);
            true
        }
        Err(e) => {
            err = e;
            false
        }
    });
    first.ok_or(err)
}

/// Samples every plausible symbol region of a pure image (at most [`MAX_CANDIDATES`]), best
/// guess first, so a caller can decode each until one succeeds. Handles images with printed
/// text or label edges next to the symbol, as long as a light gap separates them.
///
/// Steps: global threshold halfway between the darkest and lightest pixel; connected dark
/// components, whose bounding boxes are the candidate regions (the finder L alone spans the
/// whole symbol); in each region, the symbol size and orientation (of 48 x 8) whose finder,
/// timing and alignment modules best match the image at the pitch that size implies (at most
/// 15% wrong); then one sample at each module centre.
///
/// # Errors
/// [`MatrixError::PureImage`] when no candidate region could be sampled (the last reason).
pub fn sample_pure_all(
    view: &LumaView<'_>,
    invert: bool,
) -> Result<alloc::vec::Vec<BitMatrix>, MatrixError> {
    let mut out = alloc::vec::Vec::new();
    let mut err = MatrixError::PureImage {
        problem: PureProblem::Empty,
    };
    for_each_candidate(view, invert, |r| {
        match r {
            Ok(m) => out.push(m),
            Err(e) => err = e,
        }
        false
    });
    if out.is_empty() { Err(err) } else { Ok(out) }
}

// SAFETY-ish reason: `LumaView::new` checked `(height - 1) * stride + width <= data.len()`, so row
// offsets `y * stride + width` (y < height) cannot overflow; flood-fill indices are `y * w + x` with
// x < w, y < h and `w * h` checked against MAX_PIXELS; `x + 1`, `y + 1` stay <= the image side;
// bounding boxes satisfy l <= r, t <= b, so `r - l + 1` cannot wrap.
#[allow(clippy::arithmetic_side_effects)]
fn for_each_candidate(
    view: &LumaView<'_>,
    invert: bool,
    mut f: impl FnMut(Result<BitMatrix, MatrixError>) -> bool,
) {
    let err = |problem| MatrixError::PureImage { problem };
    let (mut lo, mut hi) = (255u8, 0u8);
    for y in 0..view.height {
        let row = view
            .data
            .get(y * view.stride..y * view.stride + view.width)
            .unwrap_or(&[]);
        for &p in row {
            lo = lo.min(p);
            hi = hi.max(p);
        }
    }
    if hi.saturating_sub(lo) < 16 {
        f(Err(err(PureProblem::Empty)));
        return;
    }
    let bin = Bin {
        v: *view,
        threshold: (u16::from(lo) + u16::from(hi)).div_ceil(2) as u8,
        invert,
    };
    // The finder L is one connected dark component whose bounding box is the whole symbol
    // (left column and bottom row are solid and include both corners), so every component's
    // bounding box is a candidate region, largest first.
    let (w, h) = (view.width, view.height);
    let Some(n) = w.checked_mul(h).filter(|&n| n <= MAX_PIXELS) else {
        f(Err(err(PureProblem::BadView)));
        return;
    };
    let mut seen = alloc::vec![false; n];
    let mut boxes: alloc::vec::Vec<(usize, usize, usize, usize)> = alloc::vec::Vec::new();
    // Pixels waiting in the flood fill, as linear indices: n <= MAX_PIXELS < 2^32, so 4 bytes each
    // (the stack can hold up to n entries on a solid image: at most 4 x MAX_PIXELS bytes).
    let mut stack: alloc::vec::Vec<u32> = alloc::vec::Vec::new();
    let index = |x: usize, y: usize| u32::try_from(y * w + x).ok();
    for y0 in 0..h {
        for x0 in 0..w {
            if seen.get(y0 * w + x0).copied().unwrap_or(true) || !bin.dark(x0, y0) {
                continue;
            }
            let (mut l, mut r, mut t, mut b) = (x0, x0, y0, y0);
            if let Some(s) = seen.get_mut(y0 * w + x0) {
                *s = true;
            }
            stack.extend(index(x0, y0));
            while let Some(i) = stack.pop() {
                let i = i as usize;
                let (x, y) = (i % w, i / w);
                l = l.min(x);
                r = r.max(x);
                t = t.min(y);
                b = b.max(y);
                let nbrs = [
                    (x.wrapping_sub(1), y),
                    (x + 1, y),
                    (x, y.wrapping_sub(1)),
                    (x, y + 1),
                ];
                for (nx, ny) in nbrs {
                    if nx < w
                        && ny < h
                        && bin.dark(nx, ny)
                        && let Some(s) = seen.get_mut(ny * w + nx)
                        && !*s
                    {
                        *s = true;
                        stack.extend(index(nx, ny));
                    }
                }
            }
            if r >= l + 7 && b >= t + 7 {
                boxes.push((l, r, t, b));
            }
        }
    }
    boxes.sort_by_key(|&(l, r, t, b)| core::cmp::Reverse((r - l + 1) * (b - t + 1)));
    if boxes.is_empty() {
        f(Err(err(PureProblem::Empty)));
        return;
    }
    for &(l, r, t, b) in boxes.iter().take(MAX_CANDIDATES) {
        if f(sample_region(&bin, l, r, t, b)) {
            return;
        }
    }
}

// SAFETY-ish reason: the caller guarantees left + 7 <= right and top + 7 <= bottom (re-checked
// first), symbol sides come from the size table (<= 144, so `rows - 1 - ra` has ra < rows), pixel
// coordinates are float products clamped to the region, and `bad * 1000` counts pattern modules
// (< 144 * 144).
#[allow(clippy::arithmetic_side_effects)]
fn sample_region(
    bin: &Bin<'_>,
    left: usize,
    right: usize,
    top: usize,
    bottom: usize,
) -> Result<BitMatrix, MatrixError> {
    let err = |problem| MatrixError::PureImage { problem };
    if right < left + 7 || bottom < top + 7 {
        return Err(err(PureProblem::Empty));
    }
    // Pick the symbol size and orientation whose finder, timing and alignment patterns match
    // the image best, sampling only those modules at the pitch the size implies. Modules are
    // square, so the pitch must be about the same both ways.
    let (wpx, hpx) = ((right - left + 1) as f32, (bottom - top + 1) as f32);
    let mut best: Option<(u32, usize, usize)> = None; // (mismatch per mille, rows, cols)
    for &size in SymbolSize::all() {
        let pattern_total = placement::pattern_module_count(size);
        for t in 0..8u8 {
            let (rows, cols) = if t & 4 != 0 {
                (size.cols(), size.rows())
            } else {
                (size.rows(), size.cols())
            };
            let (pw, ph) = (wpx / cols as f32, hpx / rows as f32);
            if pw < 0.9 || ph < 0.9 || pw / ph > 1.3 || ph / pw > 1.3 {
                continue;
            }
            let mut bad = 0usize;
            for cr in 0..size.rows() {
                for cc in 0..size.cols() {
                    let Some(expect) = placement::pattern_module(size, cr, cc) else {
                        continue;
                    };
                    let (ra, cb) = if t & 4 != 0 { (cc, cr) } else { (cr, cc) };
                    let ir = if t & 1 != 0 { rows - 1 - ra } else { ra };
                    let ic = if t & 2 != 0 { cols - 1 - cb } else { cb };
                    let y = (top as f32 + (ir as f32 + 0.5) * ph) as usize;
                    let x = (left as f32 + (ic as f32 + 0.5) * pw) as usize;
                    bad += usize::from(bin.dark(x.min(right), y.min(bottom)) != expect);
                }
            }
            let score = (bad * 1000 / pattern_total.max(1)) as u32;
            if best.is_none_or(|(b, _, _)| score < b) {
                best = Some((score, rows, cols));
            }
        }
    }
    let result = match best {
        Some((score, rows, cols)) if score <= 150 => Some((rows, cols)),
        Some(_) => return Err(err(PureProblem::NoFinder)),
        None => return Err(err(PureProblem::BadTiming)),
    };
    let (rows, cols) = result.ok_or(err(PureProblem::NoFinder))?;
    let pw = (right - left + 1) as f32 / cols as f32;
    let ph = (bottom - top + 1) as f32 / rows as f32;
    let mut m = BitMatrix::new(rows, cols);
    for r in 0..rows {
        let y = (top as f32 + (r as f32 + 0.5) * ph) as usize;
        for c in 0..cols {
            let x = (left as f32 + (c as f32 + 0.5) * pw) as usize;
            m.set(r, c, bin.dark(x.min(right), y.min(bottom)));
        }
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::{ModuleGrid, placement};
    use crate::symbol::SymbolSize;
    use alloc::vec;

    fn render(m: &BitMatrix, px: usize, quiet: usize) -> (vec::Vec<u8>, usize, usize) {
        let w = (m.cols() + 2 * quiet) * px;
        let h = (m.rows() + 2 * quiet) * px;
        let mut img = vec![255u8; w * h];
        for y in 0..h {
            for x in 0..w {
                let (r, c) = ((y / px).wrapping_sub(quiet), (x / px).wrapping_sub(quiet));
                if m.dark(r, c) {
                    img[y * w + x] = 0;
                }
            }
        }
        (img, w, h)
    }

    #[test]
    fn samples_rendered_symbols_back() {
        for &size in SymbolSize::all() {
            let cws: vec::Vec<u8> = (0..size.total_codewords())
                .map(|i| (i * 37 + 5) as u8)
                .collect();
            let m = placement::place(size, &cws).unwrap();
            for px in [1, 3, 4] {
                let (img, w, h) = render(&m, px, 1);
                let v = LumaView::new(&img, w, h, w).unwrap();
                assert_eq!(sample_pure(&v, false).unwrap(), m, "{size} at {px}px");
            }
        }
    }

    #[test]
    fn rejects_bad_views_and_blank_images() {
        assert!(LumaView::new(&[0; 10], 4, 3, 4).is_err());
        assert!(LumaView::new(&[0; 10], 4, 2, 3).is_err());
        let blank = [200u8; 100];
        let v = LumaView::new(&blank, 10, 10, 10).unwrap();
        assert_eq!(
            sample_pure(&v, false),
            Err(MatrixError::PureImage {
                problem: PureProblem::Empty
            })
        );
    }
}
