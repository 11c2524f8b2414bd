//! Time per corpus image, best of 3 reads (`cargo run --release --example dpm_time`): prints
//! file, symbols found and milliseconds, tab separated. Used to measure what the dot-peen and
//! curved passes cost (run it with and without `Pass::Dots`/`Pass::Curved` in `PASSES`).
use gs1_datamatrix::read::{ImageView, Reader, ReaderOptions};
fn main() {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
    let mut reader = Reader::new();
    let opts = ReaderOptions::default();
    for folder in ["real", "synthetic"] {
        let m = std::fs::read_to_string(format!("{corpus}/{folder}/manifest.tsv")).unwrap();
        for line in m.lines().skip(1).filter(|l| !l.is_empty()) {
            let file = line.split('\t').next().unwrap();
            let img = image::open(format!("{corpus}/{folder}/{file}"))
                .unwrap()
                .to_luma8();
            let view = ImageView::from(&img);
            let mut best = f64::MAX;
            let mut n = 0;
            for _ in 0..3 {
                let t = std::time::Instant::now();
                n = reader.read(&view, &opts).unwrap().len();
                best = best.min(t.elapsed().as_secs_f64() * 1e3);
            }
            println!("{file}\t{n}\t{best:.3}");
        }
    }
}
