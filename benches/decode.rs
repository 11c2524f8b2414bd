//! Matrix decoding throughput: typical pharma GS1 symbols (GTIN, expiry, batch, serial; 16x16 to
//! 26x26 and one 144x144), decoded from module matrices by us, the `datamatrix` crate and rxing
//! in one run, all from the same modules. Also one damaged variant exercising correction.
//!
//! Run: `cargo bench --bench decode` (criterion prints the medians; ratio = theirs / ours).

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use gs1_datamatrix::decode::{DecodeOptions, decode_grid, decode_grid_with};
use gs1_datamatrix::matrix::BitMatrix;
use std::hint::black_box;

const PHARMA: [&[u8]; 4] = [
    b"010950600013435217261231\x1d10ABC123\x1d21SN42",
    b"01034531200000111725123110A1B2C3D4\x1d21K8H7G6F5D4S3",
    b"01095060001343521726123110LOT-2026-0042\x1d21X7Q2M9P4K8R3T6W1",
    b"010950600013435217261231\x1d7240ZZ123\x1d10BATCH99\x1d21SERIAL0001234567890\x1d712NHRN12345",
];

struct Case {
    name: String,
    pixels: Vec<bool>,
    width: usize,
    ours: BitMatrix,
    rows: Vec<Vec<bool>>,
}

fn case(name: &str, data: &[u8], damage: usize) -> Case {
    let code = datamatrix::DataMatrix::encode_gs1(data, datamatrix::SymbolList::default()).unwrap();
    let bm = code.bitmap();
    let (w, h) = (bm.width(), bm.height());
    let mut pixels = bm.bits().to_vec();
    // Flip `damage` data modules (spread out, inside the data area) to exercise correction.
    for k in 0..damage {
        let (r, c) = (2 + (k * 5) % (h - 4), 2 + (k * 7) % (w - 4));
        pixels[r * w + c] ^= true;
    }
    let mut ours = BitMatrix::new(h, w);
    for (i, &p) in pixels.iter().enumerate() {
        ours.set(i / w, i % w, p);
    }
    let rows = pixels.chunks(w).map(<[bool]>::to_vec).collect();
    Case {
        name: format!("{name}_{h}x{w}"),
        pixels,
        width: w,
        ours,
        rows,
    }
}

fn bench(c: &mut Criterion) {
    let mut cases: Vec<Case> = PHARMA
        .iter()
        .enumerate()
        .map(|(i, d)| case(&format!("pharma{i}"), d, 0))
        .collect();
    cases.push(case("pharma0_damaged", PHARMA[0], 3));
    let big: Vec<u8> = b"01095060001343521726123110"
        .iter()
        .chain(b"ABC".repeat(500).iter())
        .copied()
        .collect();
    cases.push(case("large", &big, 0));
    let rx = rxing::datamatrix::decoder::Decoder::new();
    let mut g = c.benchmark_group("decode_matrix");
    for cs in &cases {
        // All three must agree before we time them.
        let ours = decode_grid(&cs.ours).unwrap();
        let theirs = datamatrix::DataMatrix::decode(&cs.pixels, cs.width).unwrap();
        assert_eq!(ours.bytes(), &theirs[..], "{}", cs.name);
        g.bench_with_input(BenchmarkId::new("gs1_datamatrix", &cs.name), cs, |b, cs| {
            b.iter(|| decode_grid(black_box(&cs.ours)).unwrap())
        });
        let no_gs1 = DecodeOptions {
            parse_gs1: false,
            ..DecodeOptions::default()
        };
        g.bench_with_input(
            BenchmarkId::new("gs1_datamatrix_no_gs1_parse", &cs.name),
            cs,
            |b, cs| b.iter(|| decode_grid_with(black_box(&cs.ours), &no_gs1).unwrap()),
        );
        g.bench_with_input(
            BenchmarkId::new("datamatrix_crate", &cs.name),
            cs,
            |b, cs| {
                b.iter(|| datamatrix::DataMatrix::decode(black_box(&cs.pixels), cs.width).unwrap())
            },
        );
        g.bench_with_input(BenchmarkId::new("rxing", &cs.name), cs, |b, cs| {
            b.iter(|| rx.decode_bools(black_box(&cs.rows)).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
