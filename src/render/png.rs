//! PNG output (feature `image`): an 8-bit greyscale image, black modules on white.

use alloc::vec::Vec;

use super::{Layout, Render, RenderError};
use crate::matrix::ModuleGrid;

/// PNG renderer.
#[derive(Debug, Clone, Copy, Default)]
pub struct Png;

impl Render for Png {
    // SAFETY-ish reason: `layout.check` runs first, so the output and every module count plus
    // quiet zone are <= MAX_SIDE_DOTS (20,000) per side; sums and products stay below 4 * 10^8.
    #[allow(clippy::arithmetic_side_effects)]
    fn render(
        &self,
        grid: &(impl ModuleGrid + ?Sized),
        layout: &Layout,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        use image::ImageEncoder as _;
        let (w, h) = layout.check(grid)?;
        let mut pixels = Vec::with_capacity(w * h);
        super::rows::for_each_row(grid, layout, |row| {
            pixels.extend((0..w).map(|x| {
                if row.get(x / 8).is_some_and(|b| b & (0x80 >> (x % 8)) != 0) {
                    0u8
                } else {
                    255
                }
            }));
        });
        image::codecs::png::PngEncoder::new_with_quality(
            out,
            image::codecs::png::CompressionType::Fast,
            image::codecs::png::FilterType::NoFilter,
        )
        .write_image(&pixels, w as u32, h as u32, image::ExtendedColorType::L8)
        .map_err(|_| RenderError::Png)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::BitMatrix;

    #[test]
    fn decodes_back_to_pixels() {
        let m = BitMatrix::from_text("10\n01\n").unwrap();
        let mut out = Vec::new();
        Png.render(
            &m,
            &Layout {
                module_dots: 2,
                quiet_zone: 1,
                invert: false,
            },
            &mut out,
        )
        .unwrap();
        let img = image::load_from_memory(&out).unwrap().to_luma8();
        assert_eq!(img.dimensions(), (8, 8));
        assert_eq!(img.get_pixel(2, 2).0, [0]);
        assert_eq!(img.get_pixel(4, 2).0, [255]);
        assert_eq!(img.get_pixel(0, 0).0, [255]);
    }
}
