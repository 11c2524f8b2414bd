//! Borrowed 8-bit greyscale images: the reader's input, with checked bounds and crops as views.

// SAFETY-ish reason: integer arithmetic here is on pixel coordinates, counts and sums bounded
// by the image size, which `ImageView::new` caps at `MAX_PIXELS` (2^26): products of two
// coordinates, row offsets and sums of at most 64 u8 grey levels cannot overflow `usize`/`u32`;
// subtractions are guarded by the comparisons before them. Float math cannot panic.
#![allow(clippy::arithmetic_side_effects)]

use super::ReadError;

/// Largest image the reader accepts, in pixels (64 Mpx): bounds every scratch allocation.
pub const MAX_PIXELS: usize = 1 << 26;

/// A borrowed 8-bit greyscale image: `height` rows of `width` pixels, row `y` starting at
/// `data[y * stride]`. Cropping gives another view of the same buffer, never a copy.
#[derive(Debug, Clone, Copy)]
pub struct ImageView<'a> {
    data: &'a [u8],
    width: usize,
    height: usize,
    stride: usize,
}

impl<'a> ImageView<'a> {
    /// A view of `data` as `width` x `height` pixels with `stride` bytes between row starts.
    ///
    /// # Errors
    /// [`ReadError::BadImage`] if a side is zero, `stride < width`, the pixel count exceeds
    /// [`MAX_PIXELS`], or `data` is shorter than `(height - 1) * stride + width` bytes.
    pub fn new(
        data: &'a [u8],
        width: usize,
        height: usize,
        stride: usize,
    ) -> Result<Self, ReadError> {
        let bad = ReadError::BadImage {
            width,
            height,
            stride,
            len: data.len(),
        };
        if width == 0 || height == 0 || stride < width {
            return Err(bad);
        }
        match width.checked_mul(height) {
            Some(n) if n <= MAX_PIXELS => {}
            _ => return Err(bad),
        }
        let needed = (height - 1)
            .checked_mul(stride)
            .and_then(|n| n.checked_add(width));
        match needed {
            Some(n) if n <= data.len() => Ok(ImageView {
                data,
                width,
                height,
                stride,
            }),
            _ => Err(bad),
        }
    }

    /// A tightly packed view (`stride == width`).
    ///
    /// # Errors
    /// As [`ImageView::new`].
    pub fn packed(data: &'a [u8], width: usize, height: usize) -> Result<Self, ReadError> {
        Self::new(data, width, height, width)
    }

    /// Width in pixels.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Height in pixels.
    pub fn height(&self) -> usize {
        self.height
    }

    /// Bytes between the starts of two rows.
    pub fn stride(&self) -> usize {
        self.stride
    }

    /// Row `y` (`width` pixels), or an empty slice outside the image.
    pub fn row(&self, y: usize) -> &'a [u8] {
        if y >= self.height {
            return &[];
        }
        let start = y * self.stride;
        self.data.get(start..start + self.width).unwrap_or(&[])
    }

    /// Pixel (`x`, `y`), or 0 outside the image.
    pub fn pixel(&self, x: usize, y: usize) -> u8 {
        if x >= self.width {
            return 0;
        }
        self.row(y).get(x).copied().unwrap_or(0)
    }

    /// The `w` x `h` sub-image whose top-left pixel is (`x`, `y`), clamped to this image.
    ///
    /// # Errors
    /// [`ReadError::EmptyRegion`] if the clamped region has no pixel.
    pub fn crop(&self, x: usize, y: usize, w: usize, h: usize) -> Result<ImageView<'a>, ReadError> {
        let x1 = x.saturating_add(w).min(self.width);
        let y1 = y.saturating_add(h).min(self.height);
        if x >= x1 || y >= y1 {
            return Err(ReadError::EmptyRegion {
                x,
                y,
                width: w,
                height: h,
            });
        }
        let start = y * self.stride + x;
        let data = self.data.get(start..).unwrap_or(&[]);
        ImageView::new(data, x1 - x, y1 - y, self.stride)
    }
}

#[cfg(feature = "image")]
impl<'a> From<&'a image::GrayImage> for ImageView<'a> {
    fn from(img: &'a image::GrayImage) -> Self {
        let (w, h) = (img.width() as usize, img.height() as usize);
        // An `image::GrayImage` always holds exactly w*h bytes; the fallback only guards
        // against an impossible size and yields a 1x1 blank view.
        ImageView::new(img.as_raw(), w, h, w).unwrap_or(ImageView {
            data: &[255],
            width: 1,
            height: 1,
            stride: 1,
        })
    }
}

#[cfg(feature = "image")]
impl<'a> ImageView<'a> {
    /// A view of an `image` crate flat sample buffer with one 8-bit channel (any row stride).
    ///
    /// # Errors
    /// [`ReadError::BadImage`] if the layout is not one 8-bit channel or does not fit the buffer.
    pub fn from_flat(flat: &'a image::FlatSamples<&'a [u8]>) -> Result<Self, ReadError> {
        let l = flat.layout;
        let bad = ReadError::BadImage {
            width: l.width as usize,
            height: l.height as usize,
            stride: l.height_stride,
            len: flat.samples.len(),
        };
        if l.channels != 1 || l.width_stride != 1 {
            return Err(bad);
        }
        ImageView::new(
            flat.samples,
            l.width as usize,
            l.height as usize,
            l.height_stride,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constructor_checks_bounds() {
        let buf = [0u8; 11];
        assert!(ImageView::new(&buf, 3, 3, 4).is_ok()); // needs 2*4+3 = 11 bytes
        assert!(ImageView::new(&buf[..10], 3, 3, 4).is_err());
        assert!(ImageView::new(&buf, 5, 2, 4).is_err()); // stride < width
        assert!(ImageView::new(&buf, 0, 2, 4).is_err());
        assert!(ImageView::new(&buf, usize::MAX, 2, usize::MAX).is_err());
    }

    #[test]
    fn crop_is_a_view() {
        let buf: [u8; 16] = core::array::from_fn(|i| i as u8);
        let v = ImageView::packed(&buf, 4, 4).unwrap();
        let c = v.crop(1, 2, 10, 10).unwrap();
        assert_eq!((c.width(), c.height()), (3, 2));
        assert_eq!(c.pixel(0, 0), 9);
        assert_eq!(c.pixel(2, 1), 15);
        assert_eq!(c.pixel(3, 1), 0);
        assert!(v.crop(4, 0, 1, 1).is_err());
    }
}
