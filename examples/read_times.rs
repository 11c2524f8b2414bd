//! Prints, for every corpus image, the median time of `Reader::read` over 5 runs (ms) and the
//! number of symbols found: `folder/file<TAB>ms<TAB>symbols`. Used by
//! `benches/compare/zxing_cpp_read.py`. Usage: `cargo run --release --example read_times [CORPUS]`.

use std::time::Instant;

use gs1_datamatrix::read::{ImageView, Reader, ReaderOptions};

fn main() {
    let corpus = std::env::args()
        .nth(1)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus").to_string());
    let mut reader = Reader::new();
    let opts = ReaderOptions::default();
    for folder in ["real", "synthetic"] {
        let Ok(m) = std::fs::read_to_string(format!("{corpus}/{folder}/manifest.tsv")) else {
            eprintln!("no manifest in {corpus}/{folder}");
            std::process::exit(2);
        };
        for line in m.lines().skip(1).filter(|l| !l.is_empty()) {
            let file = line.split('\t').next().unwrap_or_default();
            let Ok(img) = image::open(format!("{corpus}/{folder}/{file}")) else {
                continue;
            };
            let img = img.to_luma8();
            let view = ImageView::from(&img);
            let mut times = Vec::new();
            let mut found = 0;
            for _ in 0..5 {
                let t = Instant::now();
                found = reader.read(&view, &opts).map_or(0, |v| v.len());
                times.push(t.elapsed().as_secs_f64() * 1e3);
            }
            times.sort_by(f64::total_cmp);
            println!("{folder}/{file}\t{:.4}\t{found}", times[2]);
        }
    }
}
