//! Profiling helper: reads every corpus image of at most `MAX_PX` pixels `N` times
//! whose name contains `FILTER` (or, for `@LIST`, whose `folder/file` is a line of the file LIST) (`cargo run --release --example read_profile -- [N] [MAX_PX] [FILTER]`), for callgrind or perf.
//! Prints the number of symbols found.

use gs1_datamatrix::read::{ImageView, Reader, ReaderOptions};

fn main() {
    let mut a = std::env::args().skip(1);
    let n: usize = a.next().and_then(|s| s.parse().ok()).unwrap_or(3);
    let max_px: usize = a.next().and_then(|s| s.parse().ok()).unwrap_or(300_000);
    let filter = a.next().unwrap_or_default();
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
    let mut images = Vec::new();
    for folder in ["real", "synthetic"] {
        let m = std::fs::read_to_string(format!("{corpus}/{folder}/manifest.tsv"))
            .expect("corpus manifest");
        for line in m.lines().skip(1).filter(|l| !l.is_empty()) {
            let file = line.split('\t').next().unwrap_or_default();
            let listed = filter
                .strip_prefix('@')
                .and_then(|p| std::fs::read_to_string(p).ok())
                .map(|l| l.lines().any(|x| x == format!("{folder}/{file}")));
            if listed == Some(false) || (listed.is_none() && !file.contains(filter.as_str())) {
                continue;
            }
            let Ok(img) = image::open(format!("{corpus}/{folder}/{file}")) else {
                continue;
            };
            let img = img.to_luma8();
            if (img.width() * img.height()) as usize <= max_px {
                images.push(img);
            }
        }
    }
    let mut reader = Reader::new();
    let opts = ReaderOptions::default();
    let mut found = 0;
    let t = std::time::Instant::now();
    for _ in 0..n {
        for img in &images {
            found += reader
                .read(&ImageView::from(img), &opts)
                .map_or(0, |v| v.len());
        }
    }
    println!(
        "{} images x {n}: {found} symbols, {:.4} ms per image",
        images.len(),
        t.elapsed().as_secs_f64() * 1e3 / (n * images.len()) as f64
    );
}
