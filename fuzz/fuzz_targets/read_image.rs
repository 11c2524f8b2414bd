//! Image reader on arbitrary buffers, sizes, strides and options: must never panic or hang.
#![no_main]

use gs1_datamatrix::read::{ImageView, Reader, ReaderOptions, Region};
use libfuzzer_sys::fuzz_target;

#[derive(arbitrary::Arbitrary, Debug)]
struct Input {
    width: u8,
    height: u8,
    pad: u8,
    try_harder: bool,
    roi: Option<(u8, u8, u8, u8)>,
    data: Vec<u8>,
}

fuzz_target!(|inp: Input| {
    let (w, h) = (usize::from(inp.width), usize::from(inp.height));
    let stride = w + usize::from(inp.pad % 8);
    let Ok(view) = ImageView::new(&inp.data, w, h, stride) else { return };
    let opts = ReaderOptions {
        try_harder: inp.try_harder,
        region: inp.roi.map(|(x, y, rw, rh)| Region {
            x: usize::from(x),
            y: usize::from(y),
            width: usize::from(rw),
            height: usize::from(rh),
        }),
        ..ReaderOptions::default()
    };
    let _ = Reader::new().read(&view, &opts);
});
