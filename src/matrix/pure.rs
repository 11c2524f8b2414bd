//! Pure-image sampler: a clean, axis-aligned symbol image (a generated file, a flat scan) ->
//! module grid, using the finder L and the timing pattern to find the module pitch.
//!
//! Works on a plain luma slice (`data`, `width`, `height`, `stride`) so it needs no image crate.
//! The symbol may be rotated by multiples of 90 degrees or mirrored: the sampler keeps the
//! image's orientation and [`crate::decode::decode_grid`] finds the symbol's. It assumes one
//! symbol, dark on light (or light on dark with `invert`), a quiet zone of at least one module,
//! and no perspective; anything else belongs to the image reader (`read/`).

use super::grid::{BitMatrix, MAX_SIDE, MatrixError};

/// Why a pure image could not be sampled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PureProblem {
    /// `height * stride` exceeds the buffer, `stride < width`, or a dimension is 0.
    BadView,
    /// No dark pixel, or no contrast at all.
    Empty,
    /// No two adjacent solid edges (the finder L) around the dark area.
    NoFinder,
    /// The timing pattern gives a module count outside 8..=144.
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
        let need = (height - 1)
            .checked_mul(stride)
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
            self.data.get(y * self.stride + x).copied().unwrap_or(255)
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

    /// Dark fraction (per mille) and run count along a horizontal or vertical line segment.
    fn line(&self, horizontal: bool, fixed: usize, from: usize, to: usize) -> (usize, usize) {
        let mut dark = 0;
        let mut runs = 0;
        let mut prev: Option<bool> = None;
        for t in from..=to {
            let d = if horizontal {
                self.dark(t, fixed)
            } else {
                self.dark(fixed, t)
            };
            dark += usize::from(d);
            if prev != Some(d) {
                runs += 1;
                prev = Some(d);
            }
        }
        (dark * 1000 / (to - from + 1).max(1), runs)
    }
}

/// Samples a pure symbol image into a module grid in the image's own orientation.
///
/// Steps: global threshold halfway between the darkest and lightest pixel; bounding box of the
/// dark pixels; the two solid edges (the L) and the two alternating ones (timing); module
/// counts from the runs along the timing edges, measured half a module inside; then one sample
/// at each module centre.
///
/// # Errors
/// [`MatrixError::PureImage`] saying which step failed.
pub fn sample_pure(view: &LumaView<'_>, invert: bool) -> Result<BitMatrix, MatrixError> {
    let err = |problem| MatrixError::PureImage { problem };
    let (mut lo, mut hi) = (255u8, 0u8);
    for y in 0..view.height {
        let row = view
            .data
            .get(y * view.stride..y * view.stride + view.width)
            .ok_or(err(PureProblem::BadView))?;
        for &p in row {
            lo = lo.min(p);
            hi = hi.max(p);
        }
    }
    if hi.saturating_sub(lo) < 16 {
        return Err(err(PureProblem::Empty));
    }
    let bin = Bin {
        v: *view,
        threshold: ((u16::from(lo) + u16::from(hi) + 1) / 2) as u8,
        invert,
    };
    // Bounding box of dark pixels.
    let (mut left, mut right, mut top, mut bottom) = (usize::MAX, 0usize, usize::MAX, 0usize);
    for y in 0..view.height {
        for x in 0..view.width {
            if bin.dark(x, y) {
                left = left.min(x);
                right = right.max(x);
                top = top.min(y);
                bottom = bottom.max(y);
            }
        }
    }
    if left > right || top > bottom || right - left < 7 || bottom - top < 7 {
        return Err(err(PureProblem::Empty));
    }
    // First pass on the bounding box edges themselves, then again half a module inside.
    let mut inset = (0usize, 0usize); // (x, y) inset in pixels
    let mut result = None;
    for _pass in 0..2 {
        let (ix, iy) = inset;
        if left + ix > right || top + iy > bottom {
            break;
        }
        let top_l = bin.line(true, top + iy, left, right);
        let bot_l = bin.line(true, bottom - iy, left, right);
        let left_l = bin.line(false, left + ix, top, bottom);
        let right_l = bin.line(false, right - ix, top, bottom);
        // Which horizontal / vertical edge is the solid one?
        let (h_solid, h_timing) = if bot_l.0 >= top_l.0 {
            (bot_l, top_l)
        } else {
            (top_l, bot_l)
        };
        let (v_solid, v_timing) = if left_l.0 >= right_l.0 {
            (left_l, right_l)
        } else {
            (right_l, left_l)
        };
        if h_solid.0 < 850 || v_solid.0 < 850 || h_timing.0 > 800 || v_timing.0 > 800 {
            return Err(err(PureProblem::NoFinder));
        }
        let cols = h_timing.1;
        let rows = v_timing.1;
        if !(8..=MAX_SIDE).contains(&cols) || !(8..=MAX_SIDE).contains(&rows) {
            return Err(err(PureProblem::BadTiming));
        }
        result = Some((rows, cols));
        let mw = (right - left + 1) / cols;
        let mh = (bottom - top + 1) / rows;
        let next = (mw / 2, mh / 2);
        if next == inset {
            break;
        }
        inset = next;
    }
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
