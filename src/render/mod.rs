//! Module matrix -> output formats: one [`Render`] trait, one file per format (SVG, PBM, text,
//! PNG behind the `image` feature) and a row sink for 1-bit printer heads.
//!
//! Last stage of the forward flow `encode -> ecc -> matrix -> render`. Sizes are in whole dots
//! per module; [`Layout::for_print`] turns a dpi and an X-dimension into dots and reports the
//! X-dimension actually printed, and [`fit`] plans a symbol into a physical area.

use alloc::vec::Vec;

use crate::matrix::ModuleGrid;

pub mod pbm;
#[cfg(feature = "image")]
pub mod png;
pub mod rows;
pub mod svg;
pub mod text;

pub use pbm::Pbm;
#[cfg(feature = "image")]
pub use png::Png;
pub use rows::PackedRows;
pub use svg::Svg;
pub use text::{Text, TextStyle};

/// Largest output side in dots/pixels: a cap so untrusted options cannot ask for huge buffers.
pub const MAX_SIDE_DOTS: usize = crate::limits::MAX_RENDER_SIDE_DOTS;

/// Errors of the render layer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// The output would be larger than [`MAX_SIDE_DOTS`] on a side.
    #[error("output of {width}x{height} dots exceeds the {MAX_SIDE_DOTS}-dot limit")]
    TooLarge {
        /// Width in dots.
        width: usize,
        /// Height in dots.
        height: usize,
    },
    /// A physical size request is impossible (zero dpi or X-dimension).
    #[error("invalid print geometry: {dpi} dpi, X-dimension {x_um} um")]
    InvalidGeometry {
        /// Dots per inch asked for.
        dpi: u32,
        /// X-dimension asked for, in micrometres.
        x_um: u32,
    },
    /// The PNG encoder failed.
    #[error("PNG encoding failed")]
    Png,
}

/// How modules become dots: module size, quiet zone, colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// Dots (pixels) per module side, at least 1.
    pub module_dots: u32,
    /// Quiet zone width in modules on every side (default 1).
    pub quiet_zone: u32,
    /// Dark modules light and light modules dark (for dark-on-light media or terminals).
    pub invert: bool,
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            module_dots: 1,
            quiet_zone: 1,
            invert: false,
        }
    }
}

/// Micrometres per inch.
const UM_PER_INCH: u64 = 25_400;

/// A physical print size: what [`Layout::for_print`] chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrintSize {
    /// Dots per module.
    pub module_dots: u32,
    /// The X-dimension actually printed, in micrometres (module_dots x dot pitch).
    pub x_um: u32,
}

impl Layout {
    /// A layout with `module_dots` dots per module and the default 1-module quiet zone.
    pub fn with_module_dots(module_dots: u32) -> Self {
        Layout {
            module_dots: module_dots.max(1),
            ..Layout::default()
        }
    }

    /// Whole dots per module for an X-dimension of `x_um` micrometres at `dpi` (nearest whole
    /// number, at least 1), with the X-dimension that is actually printed.
    ///
    /// # Errors
    /// [`RenderError::InvalidGeometry`] if `dpi` or `x_um` is 0.
    pub fn for_print(dpi: u32, x_um: u32) -> Result<PrintSize, RenderError> {
        if dpi == 0 || x_um == 0 {
            return Err(RenderError::InvalidGeometry { dpi, x_um });
        }
        // u32 * u32 + u32 cannot overflow u64; UM_PER_INCH is a non-zero constant.
        let dots = (u64::from(x_um)
            .saturating_mul(u64::from(dpi))
            .saturating_add(UM_PER_INCH / 2)
            / UM_PER_INCH)
            .max(1);
        Ok(PrintSize {
            module_dots: dots.min(u64::from(u32::MAX)) as u32,
            x_um: dots_to_um(dots, dpi),
        })
    }

    /// Output width and height in dots for `grid`.
    pub fn dims(&self, grid: &(impl ModuleGrid + ?Sized)) -> (usize, usize) {
        let d = self.module_dots.max(1) as usize;
        let q = self.quiet_zone as usize;
        (
            grid.cols()
                .saturating_add(q.saturating_mul(2))
                .saturating_mul(d),
            grid.rows()
                .saturating_add(q.saturating_mul(2))
                .saturating_mul(d),
        )
    }

    /// Checks the output size against [`MAX_SIDE_DOTS`].
    ///
    /// # Errors
    /// [`RenderError::TooLarge`].
    pub fn check(&self, grid: &(impl ModuleGrid + ?Sized)) -> Result<(usize, usize), RenderError> {
        let (w, h) = self.dims(grid);
        if w > MAX_SIDE_DOTS || h > MAX_SIDE_DOTS {
            Err(RenderError::TooLarge {
                width: w,
                height: h,
            })
        } else {
            Ok((w, h))
        }
    }

    /// Whether module (`row`, `col`) in quiet-zone coordinates is drawn dark (inversion applied).
    #[inline]
    pub fn module_dark(&self, grid: &(impl ModuleGrid + ?Sized), row: usize, col: usize) -> bool {
        let q = self.quiet_zone as usize;
        let d = row
            .checked_sub(q)
            .zip(col.checked_sub(q))
            .is_some_and(|(r, c)| grid.dark(r, c));
        d != self.invert
    }
}

fn dots_to_um(dots: u64, dpi: u32) -> u32 {
    dots.saturating_mul(UM_PER_INCH)
        .saturating_add(u64::from(dpi / 2))
        .checked_div(u64::from(dpi))
        .unwrap_or(0)
        .min(u64::from(u32::MAX)) as u32
}

/// The outcome of [`fit`]: the size and module dots that fit the area with the largest X.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fit {
    /// Index into the candidate list given to [`fit`].
    pub index: usize,
    /// Dots per module.
    pub module_dots: u32,
    /// Printed X-dimension in micrometres.
    pub x_um: u32,
    /// Printed width in micrometres, quiet zone included.
    pub width_um: u32,
    /// Printed height in micrometres, quiet zone included.
    pub height_um: u32,
}

/// Plans "fit this data into W x H at N dpi with X >= x_min": among `candidates` (rows, cols
/// of symbols that hold the data, e.g. one per shape), picks the one and the whole dots per module
/// that give the largest X-dimension not below `x_min_um` while the symbol plus a `quiet_zone`
/// fits `width_um` x `height_um`. `None` when nothing fits.
pub fn fit(
    candidates: &[(usize, usize)],
    width_um: u32,
    height_um: u32,
    dpi: u32,
    x_min_um: u32,
    quiet_zone: u32,
) -> Option<Fit> {
    if dpi == 0 {
        return None;
    }
    let w_dots = u64::from(width_um).saturating_mul(u64::from(dpi)) / UM_PER_INCH;
    let h_dots = u64::from(height_um).saturating_mul(u64::from(dpi)) / UM_PER_INCH;
    let mut best: Option<Fit> = None;
    for (index, &(rows, cols)) in candidates.iter().enumerate() {
        let qq = u64::from(quiet_zone).saturating_mul(2);
        let mw = (cols as u64).saturating_add(qq);
        let mh = (rows as u64).saturating_add(qq);
        if mw == 0 || mh == 0 {
            continue;
        }
        let (Some(dw), Some(dh)) = (w_dots.checked_div(mw), h_dots.checked_div(mh)) else {
            continue;
        };
        let dots = dw.min(dh);
        if dots == 0 {
            continue;
        }
        let x_um = dots_to_um(dots, dpi);
        if x_um < x_min_um {
            continue;
        }
        let f = Fit {
            index,
            module_dots: dots as u32,
            x_um,
            width_um: dots_to_um(dots.saturating_mul(mw), dpi),
            height_um: dots_to_um(dots.saturating_mul(mh), dpi),
        };
        if best.is_none_or(|b| f.x_um > b.x_um) {
            best = Some(f);
        }
    }
    best
}

/// One output format: draws a module grid with a [`Layout`] into bytes.
pub trait Render {
    /// Appends the rendering of `grid` to `out`.
    ///
    /// # Errors
    /// [`RenderError::TooLarge`] when the output would exceed [`MAX_SIDE_DOTS`]; format-specific
    /// errors otherwise.
    fn render(
        &self,
        grid: &(impl ModuleGrid + ?Sized),
        layout: &Layout,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn print_sizes() {
        // 0.25 mm at 300 dpi: 2.95 dots -> 3 dots = 254 um.
        assert_eq!(
            Layout::for_print(300, 250).unwrap(),
            PrintSize {
                module_dots: 3,
                x_um: 254
            }
        );
        // 0.5 mm at 203 dpi: 3.99 -> 4 dots = 500.5 um -> 500.
        assert_eq!(
            Layout::for_print(203, 500).unwrap(),
            PrintSize {
                module_dots: 4,
                x_um: 500
            }
        );
        assert!(Layout::for_print(0, 250).is_err());
        assert_eq!(Layout::for_print(100, 1).unwrap().module_dots, 1);
    }

    #[test]
    fn fit_prefers_larger_x() {
        // 20 x 10 mm at 300 dpi, X >= 0.2 mm: a 24x24 square gets 4 dots over 26 modules in
        // 118 dots of height; a 16x36 rectangle gets 6 dots (18 rows -> 108 <= 118, 38 cols -> 228 <= 236).
        let f = fit(&[(24, 24), (16, 36)], 20_000, 10_000, 300, 200, 1).unwrap();
        assert_eq!(f.index, 1);
        assert_eq!(f.module_dots, 6);
        assert!(f.width_um <= 20_000 && f.height_um <= 10_000);
        assert!(fit(&[(144, 144)], 5_000, 5_000, 300, 200, 1).is_none());
    }
}
