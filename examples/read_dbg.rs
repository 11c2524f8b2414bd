//! Debug helper: reads the given images and prints each symbol found with its corners,
//! size and time (`cargo run --release --example read_dbg -- FILE...`).

use gs1_datamatrix::read::{ImageView, Reader, ReaderOptions};

fn main() {
    let mut reader = Reader::new();
    let opts = ReaderOptions::default();
    for path in std::env::args().skip(1) {
        let img = image::open(&path).expect("image").to_luma8();
        let view = ImageView::from(&img);
        let t = std::time::Instant::now();
        let f = reader.read(&view, &opts).expect("read");
        println!(
            "{path}: {} symbols, {:.1} ms",
            f.len(),
            t.elapsed().as_secs_f64() * 1e3
        );
        for s in &f {
            println!(
                "  {}x{} m={:.2} c0=({:.0},{:.0}) {:?}",
                s.rows,
                s.cols,
                s.module_px,
                s.corners[0].x,
                s.corners[0].y,
                String::from_utf8_lossy(&s.content.data.bytes)
            );
        }
    }
}
