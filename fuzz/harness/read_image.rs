//! Image buffers -> the image reader and the pure-image sampler, any size, stride, region and
//! options: never panic or hang, and size/stride/length mismatches are errors.
//!
//! Input: width, height, stride padding, option bits, region (4 bytes), then the pixels.

use super::cursor::Cursor;
use gs1_datamatrix::matrix::pure::{LumaView, sample_pure_all};
use gs1_datamatrix::read::{ImageView, Reader, ReaderOptions, Region};

/// Runs one input.
pub fn run(data: &[u8]) {
    let mut c = Cursor::new(data);
    let (w, h) = (usize::from(c.byte()), usize::from(c.byte()));
    let stride = w + usize::from(c.byte());
    let flags = c.byte();
    let roi = (c.byte(), c.byte(), c.byte(), c.byte());
    let pixels = c.rest();
    if let Ok(view) = LumaView::new(pixels, w, h, stride) {
        let _ = sample_pure_all(&view, flags & 4 != 0);
    }
    let Ok(view) = ImageView::new(pixels, w, h, stride) else {
        return;
    };
    let opts = ReaderOptions {
        try_harder: flags & 1 != 0,
        region: (flags & 2 != 0).then(|| {
            let (x, y, rw, rh) = roi;
            Region {
                x: usize::from(x),
                y: usize::from(y),
                width: usize::from(rw),
                height: usize::from(rh),
            }
        }),
        max_symbols: usize::from(flags >> 4),
        ..ReaderOptions::default()
    };
    let _ = Reader::new().read(&view, &opts);
}
