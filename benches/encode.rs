//! Encode throughput on the shared corpus (2,100 GS1 strings), side by side in one criterion run:
//! - `gs1dm`: `Encoder::gs1(true)` square, data -> `Symbol` (codewords + module matrix);
//! - `gs1dm_element_string`: bracketed text -> GS1 parse/validate -> `Symbol`;
//! - `gs1dm_modules`: data -> codewords -> 0/1 module bytes into reused buffers (the `--batch` path);
//! - `gs1dm_no_heap`: `encode_into_buffers` into fixed buffers (no allocation, no cached maps);
//! - `datamatrix`: the `datamatrix` crate 0.3, `encode_gs1` + `bitmap()` (square sizes);
//! - `rxing`: rxing's DataMatrixWriter in plain (non-GS1) mode, since its GS1 mode panics on half of
//!   these strings (MinimalEncoder, `DataMatrixCompact`).
//!
//! Throughput is in elements = strings; encodes/s = elements/s. Run:
//! `cargo bench --bench encode -- --warm-up-time 1 --measurement-time 5`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gs1_datamatrix::encode::{
    Encoder, ShapePolicy, SymbolSize, encode_into_buffers, modules_len, scratch_len,
};
use gs1_datamatrix::gs1::{ElementString, Options};
use rxing::Writer as _;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/encode/corpus.tsv"
);

fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

fn corpus() -> Vec<(String, Vec<u8>)> {
    let text =
        std::fs::read_to_string(CORPUS).unwrap_or_else(|e| panic!("{CORPUS} is required: {e}"));
    text.lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[2].to_string(), hex(f[3]))
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let items = corpus();
    let mut g = c.benchmark_group("encode_corpus");
    g.throughput(Throughput::Elements(items.len() as u64));
    g.sample_size(20);

    let mut enc = Encoder::new().gs1(true).shape(ShapePolicy::Square);
    g.bench_function("gs1dm", |b| {
        b.iter(|| {
            let mut modules = 0usize;
            for (_, raw) in &items {
                let s = enc.encode(raw).expect("encode");
                modules += s.rows() * s.cols();
            }
            modules
        })
    });

    let mut enc_m = Encoder::new().gs1(true).shape(ShapePolicy::Square);
    let (mut cw, mut mods) = (Vec::new(), Vec::new());
    g.bench_function("gs1dm_modules", |b| {
        b.iter(|| {
            let mut modules = 0usize;
            for (_, raw) in &items {
                let size = enc_m.encode_into(raw, &mut cw).expect("encode");
                enc_m.modules_into(size, &cw, &mut mods);
                modules += mods.len();
            }
            modules
        })
    });

    let nh_opts = gs1_datamatrix::encode::Options::new().gs1(true);
    let mut scratch = vec![0u8; scratch_len(SymbolSize::Square144)];
    let mut nh_modules = vec![0u8; modules_len(SymbolSize::Square144)];
    g.bench_function("gs1dm_no_heap", |b| {
        b.iter(|| {
            let mut modules = 0usize;
            for (_, raw) in &items {
                let info = encode_into_buffers(raw, &nh_opts, &mut scratch, &mut nh_modules)
                    .expect("encode");
                modules += info.rows * info.cols;
            }
            modules
        })
    });

    let mut enc2 = Encoder::new();
    let opts = Options::default();
    let mut es = ElementString::new();
    g.bench_function("gs1dm_element_string", |b| {
        b.iter(|| {
            let mut modules = 0usize;
            for (br, _) in &items {
                es.parse_bracketed_into(br, &opts).expect("valid corpus");
                let s = enc2.encode_element_string(&es).expect("encode");
                modules += s.rows() * s.cols();
            }
            modules
        })
    });

    g.bench_function("datamatrix", |b| {
        b.iter(|| {
            let mut modules = 0usize;
            for (_, raw) in &items {
                let dm = datamatrix::DataMatrix::encode_gs1(raw, datamatrix::SymbolList::default())
                    .expect("encode");
                let bm = dm.bitmap();
                modules += bm.width() * bm.height();
            }
            modules
        })
    });

    let texts: Vec<String> = items
        .iter()
        .map(|(_, raw)| raw.iter().map(|&b| b as char).collect())
        .collect();
    let writer = rxing::datamatrix::DataMatrixWriter;
    g.bench_function("rxing_plain", |b| {
        b.iter(|| {
            let mut modules = 0usize;
            for t in &texts {
                let m = writer
                    .encode(t, &rxing::BarcodeFormat::DATA_MATRIX, 0, 0)
                    .expect("encode");
                modules += (m.getWidth() * m.getHeight()) as usize;
            }
            modules
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
