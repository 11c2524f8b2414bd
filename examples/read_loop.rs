//! Profiling helper: reads one image many times (`cargo run --release --example read_loop FILE N`).
use gs1_datamatrix::read::{ImageView, Reader, ReaderOptions};
fn main() {
    let mut a = std::env::args().skip(1);
    let path = a.next().expect("FILE");
    let n: usize = a.next().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let img = image::open(path).expect("image").to_luma8();
    let view = ImageView::from(&img);
    let mut reader = Reader::new();
    let mut found = 0;
    let t = std::time::Instant::now();
    for _ in 0..n {
        found += reader
            .read(&view, &ReaderOptions::default())
            .map_or(0, |v| v.len());
    }
    println!(
        "{found} symbols, {:.4} ms per read",
        t.elapsed().as_secs_f64() * 1e3 / n as f64
    );
}
