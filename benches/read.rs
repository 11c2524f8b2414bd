//! Image reader speed: our `Reader` against rxing (TryHarder, DataMatrix only) on the same
//! preloaded greyscale corpus images, in one criterion run (group `read_corpus`: one iteration
//! reads every image once). The per-image median against zxing-cpp is in
//! `benches/compare/zxing_cpp_read.py`.

use criterion::{Criterion, criterion_group, criterion_main};
use gs1_datamatrix::read::{ImageView, Reader, ReaderOptions};
use rxing::{BarcodeFormat, DecodeHints};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");

fn load() -> Vec<image::GrayImage> {
    let mut out = Vec::new();
    for folder in ["real", "synthetic"] {
        let m = std::fs::read_to_string(format!("{CORPUS}/{folder}/manifest.tsv"))
            .expect("../shared/corpus is missing");
        for line in m.lines().skip(1).filter(|l| !l.is_empty()) {
            let file = line.split('\t').next().unwrap_or_default();
            let img = image::open(format!("{CORPUS}/{folder}/{file}"))
                .expect("image")
                .to_luma8();
            out.push(img);
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let images = load();
    let mut g = c.benchmark_group("read_corpus");
    g.sample_size(10);
    let mut reader = Reader::new();
    let opts = ReaderOptions::default();
    g.bench_function("gs1_datamatrix", |b| {
        b.iter(|| {
            let mut n = 0;
            for img in &images {
                n += reader
                    .read(&ImageView::from(img), &opts)
                    .map_or(0, |v| v.len());
            }
            n
        })
    });
    g.bench_function("rxing", |b| {
        b.iter(|| {
            let mut n = 0;
            for img in &images {
                let mut hints = DecodeHints {
                    TryHarder: Some(true),
                    AlsoInverted: Some(true),
                    ..Default::default()
                };
                let r = rxing::helpers::detect_in_luma_with_hints(
                    img.as_raw().clone(),
                    img.width(),
                    img.height(),
                    Some(BarcodeFormat::DATA_MATRIX),
                    &mut hints,
                );
                n += usize::from(r.is_ok());
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
