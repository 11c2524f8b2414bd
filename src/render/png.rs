//! PNG output (feature `image`): a 1-bit greyscale image, black modules on white.

use alloc::vec::Vec;

use super::{Layout, Render, RenderError};
use crate::matrix::ModuleGrid;

/// PNG renderer: bit depth 1, greyscale (0 = black), rows filtered `Up` so that the repeated dot
/// rows of one module row compress to almost nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Png;

impl Render for Png {
    // SAFETY-ish reason: `layout.check` runs first, so the output and every module count plus
    // quiet zone are <= MAX_SIDE_DOTS (20,000) per side; the packed image stays below 5 * 10^7
    // bytes.
    #[allow(clippy::arithmetic_side_effects)]
    fn render(
        &self,
        grid: &(impl ModuleGrid + ?Sized),
        layout: &Layout,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        let (w, h) = layout.check(grid)?;
        let mut bits = Vec::with_capacity(w.div_ceil(8) * h);
        // Packed rows say 1 = dark; PNG greyscale says 1 = white. Padding bits past the width
        // are ignored by decoders.
        super::rows::for_each_row(grid, layout, |row| bits.extend(row.iter().map(|b| !b)));
        let width = u32::try_from(w).map_err(|_| RenderError::Png)?;
        let height = u32::try_from(h).map_err(|_| RenderError::Png)?;
        let mut enc = png::Encoder::new(out, width, height);
        enc.set_color(png::ColorType::Grayscale);
        enc.set_depth(png::BitDepth::One);
        enc.set_compression(png::Compression::Fast);
        enc.set_filter(png::Filter::Up);
        let mut writer = enc.write_header().map_err(|_| RenderError::Png)?;
        writer
            .write_image_data(&bits)
            .map_err(|_| RenderError::Png)?;
        writer.finish().map_err(|_| RenderError::Png)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::BitMatrix;

    fn render(text: &str, module_dots: u32, quiet_zone: u32, invert: bool) -> Vec<u8> {
        let m = BitMatrix::from_text(text).unwrap();
        let mut out = Vec::new();
        Png.render(
            &m,
            &Layout {
                module_dots,
                quiet_zone,
                invert,
            },
            &mut out,
        )
        .unwrap();
        out
    }

    #[test]
    fn decodes_back_to_pixels() {
        let out = render("10\n01\n", 2, 1, false);
        let img = image::load_from_memory(&out).unwrap().to_luma8();
        assert_eq!(img.dimensions(), (8, 8));
        assert_eq!(img.get_pixel(2, 2).0, [0]);
        assert_eq!(img.get_pixel(4, 2).0, [255]);
        assert_eq!(img.get_pixel(0, 0).0, [255]);
    }

    /// Widths that are not a multiple of 8 (padding bits) and inversion, pixel for pixel
    /// against the module matrix.
    #[test]
    fn every_pixel_matches_the_modules() {
        let text = "1011001\n0100111\n1110000\n0001101\n1010101\n";
        let rows: Vec<&[u8]> = text.lines().map(str::as_bytes).collect();
        for (dots, quiet, invert) in [(1, 0, false), (3, 1, false), (2, 2, true), (5, 1, true)] {
            let out = render(text, dots, quiet, invert);
            let img = image::load_from_memory(&out).unwrap().to_luma8();
            let side = |n: usize| (n + 2 * quiet as usize) * dots as usize;
            assert_eq!(img.dimensions(), (side(7) as u32, side(5) as u32));
            for (x, y, p) in img.enumerate_pixels() {
                let (mc, mr) = (x / dots, y / dots);
                let inside = |m: u32, n: usize| m >= quiet && ((m - quiet) as usize) < n;
                let dark = inside(mc, 7)
                    && inside(mr, 5)
                    && rows[(mr - quiet) as usize][(mc - quiet) as usize] == b'1';
                assert_eq!(
                    p.0[0] == 0,
                    dark != invert,
                    "{dots} {quiet} {invert} at ({x},{y})"
                );
            }
        }
    }
}
