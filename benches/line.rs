//! The line loop (issue 7) and its two heavy stages, ours beside the in-process peers in one
//! criterion run, on the same inputs:
//! - `line_unit`: one pack, end to end. `gs1_datamatrix`: serial -> element string -> GS1
//!   validation -> encode -> 600 dpi print rows -> read the camera frame -> compare every field.
//!   `peers`: the same serial and element string, then the `datamatrix` crate's encoder (0.3)
//!   and rxing's reader (0.9, DataMatrix only) on the same frame, comparing the text (the
//!   peers have no GS1 validation or print stage, so they do less work).
//! - `line_read`: the read stage alone on the loop's frames: our `Reader` (the loop's options)
//!   against rxing.
//! - `line_encode`: element string -> module matrix: our `Encoder` against the `datamatrix` crate.
//!
//! The frames are made once, before timing, by [`gs1_datamatrix::sim::Camera`] with the line's
//! defaults (254 dpi camera looking at a 600 dpi, X = 0.3 mm print; rotation, blur, noise), one
//! per pack, from the symbols our encoder made. Every frame counted must be read by both sides
//! (asserted before timing), so both do the same work.
//!
//! `cargo bench --bench line` (CI runs it short: `-- --warm-up-time 0.5 --measurement-time 2`,
//! then `benches/gate.py` checks the ratios against `benches/thresholds.txt`).

use std::hint::black_box;

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use gs1_datamatrix::encode::Encoder;
use gs1_datamatrix::gs1::{ElementString, Options};
use gs1_datamatrix::read::{ImageView, Polarity, Reader, ReaderOptions};
use gs1_datamatrix::render::{self, Layout};
use gs1_datamatrix::serial::{Alphabet, Generator, Gtin, MasterKey, SerialFormat};
use gs1_datamatrix::sim::{Camera, CameraParams, PrintBitmap};
use rxing::{BarcodeFormat, DecodeHints};

const GTIN: &str = "09506000134352";
const PACKS: u64 = 16;

struct Line {
    generator: Generator,
    opts: Options,
    enc: Encoder,
    layout: Layout,
    reader: Reader,
    ropts: ReaderOptions,
    serial: Vec<u8>,
    text: String,
    es: ElementString,
    bitmap: Vec<u8>,
}

impl Line {
    fn new() -> Self {
        let key = MasterKey::from_bytes([0x5a; 32]);
        let format = SerialFormat::new(Alphabet::alnum(), 12).expect("format");
        let gtin = Gtin::parse(GTIN).expect("GTIN");
        let print = Layout::for_print(600, 300).expect("geometry");
        Line {
            generator: Generator::new(&key, Some(&gtin), format),
            opts: Options::default(),
            enc: Encoder::new(),
            layout: Layout::with_module_dots(print.module_dots),
            reader: Reader::new(),
            ropts: ReaderOptions {
                polarity: Polarity::DarkOnLight,
                mirrored: false,
                max_symbols: 1,
                time_budget_us: None,
                ..ReaderOptions::default()
            },
            serial: vec![0u8; 12],
            text: String::with_capacity(64),
            es: ElementString::new(),
            bitmap: Vec::new(),
        }
    }

    /// Serial -> element string -> validated `ElementString` (in `self.es`).
    fn element(&mut self, index: u64) {
        let n = self
            .generator
            .write_serial(u128::from(index), &mut self.serial)
            .expect("serial");
        self.text.clear();
        self.text.push_str("(01)");
        self.text.push_str(GTIN);
        self.text.push_str("(17)281231(10)L2611A(21)");
        self.text
            .push_str(std::str::from_utf8(&self.serial[..n]).expect("ASCII"));
        self.es
            .parse_bracketed_into(&self.text, &self.opts)
            .expect("valid");
    }

    /// Encode + print rows; returns (print width, height, rows, cols).
    fn print(&mut self) -> (usize, usize, usize, usize) {
        let symbol = self.enc.encode_element_string(&self.es).expect("encode");
        self.bitmap.clear();
        let bitmap = &mut self.bitmap;
        render::rows::rows(symbol.matrix(), &self.layout, |r| {
            bitmap.extend_from_slice(r)
        })
        .expect("print");
        let (w, h) = self.layout.dims(symbol.matrix());
        (w, h, symbol.rows(), symbol.cols())
    }

    /// Reads `frame` and compares every field with `self.es`.
    fn verify(&mut self, frame: &Frame, rows: usize, cols: usize) -> bool {
        let view = ImageView::packed(&frame.pixels, frame.width, frame.height).expect("frame");
        let found = self.reader.read(&view, &self.ropts).expect("read");
        let Some(s) = found.first() else {
            return false;
        };
        let Some(Ok(es)) = &s.content.gs1 else {
            return false;
        };
        (s.rows, s.cols) == (rows, cols)
            && ["01", "17", "10", "21"]
                .iter()
                .all(|ai| es.get(ai) == self.es.get(ai))
            && es.data_str() == self.es.data_str()
    }
}

struct Frame {
    index: u64,
    pixels: Vec<u8>,
    width: usize,
    height: usize,
    /// GS-separated data (what a scanner transmits after `]d2`).
    gs: Vec<u8>,
}

fn rxing_read(f: &Frame) -> Option<String> {
    let mut hints = DecodeHints::default();
    rxing::helpers::detect_in_luma_with_hints(
        f.pixels.clone(),
        f.width as u32,
        f.height as u32,
        Some(BarcodeFormat::DATA_MATRIX),
        &mut hints,
    )
    .ok()
    .map(|r| r.getText().to_string())
}

/// The first `PACKS` units that both readers read (most do; see `examples/line.rs` for rates).
fn frames(line: &mut Line) -> Vec<Frame> {
    let mut camera = Camera::new(CameraParams::default());
    let mut out = Vec::new();
    let mut index = 0u64;
    while (out.len() as u64) < PACKS && index < 20 * PACKS {
        line.element(index);
        let (w, h, rows, cols) = line.print();
        let pb = PrintBitmap::new(&line.bitmap, w, h).expect("bitmap");
        let shot = camera.shoot(&pb, 0x1000_0000_01b3 ^ index);
        let f = Frame {
            index,
            pixels: shot.frame.to_vec(),
            width: shot.width,
            height: shot.height,
            gs: line.es.to_gs_separated(),
        };
        let ours = line.verify(&f, rows, cols);
        let theirs = rxing_read(&f).is_some_and(|t| t.as_bytes() == f.gs.as_slice());
        if ours && theirs {
            out.push(f);
        }
        index += 1;
    }
    assert_eq!(
        out.len() as u64,
        PACKS,
        "too few frames read by both readers"
    );
    out
}

fn bench(c: &mut Criterion) {
    let mut line = Line::new();
    let frames = frames(&mut line);

    let mut g = c.benchmark_group("line_unit");
    g.throughput(Throughput::Elements(PACKS));
    g.sample_size(10);
    g.sampling_mode(SamplingMode::Flat);
    g.bench_function("gs1_datamatrix", |b| {
        b.iter(|| {
            let mut ok = 0;
            for f in &frames {
                line.element(f.index);
                let (_, _, rows, cols) = line.print();
                ok += usize::from(line.verify(f, rows, cols));
            }
            assert_eq!(ok, frames.len());
            ok
        })
    });
    let mut peer = Line::new();
    g.bench_function("peers", |b| {
        b.iter(|| {
            let mut ok = 0;
            for f in &frames {
                peer.element(f.index);
                let gs = peer.es.to_gs_separated();
                let dm = datamatrix::DataMatrix::encode_gs1(&gs, datamatrix::SymbolList::default())
                    .expect("encode");
                black_box(dm.bitmap());
                ok += usize::from(rxing_read(f).is_some_and(|t| t.as_bytes() == gs.as_slice()));
            }
            assert_eq!(ok, frames.len());
            ok
        })
    });
    g.finish();

    let mut g = c.benchmark_group("line_read");
    g.throughput(Throughput::Elements(PACKS));
    g.sample_size(10);
    g.sampling_mode(SamplingMode::Flat);
    let mut reader = Reader::new();
    let ropts = line.ropts.clone();
    g.bench_function("gs1_datamatrix", |b| {
        b.iter(|| {
            let mut n = 0;
            for f in &frames {
                let view = ImageView::packed(&f.pixels, f.width, f.height).expect("frame");
                n += reader.read(&view, &ropts).map_or(0, |v| v.len());
            }
            n
        })
    });
    g.bench_function("rxing", |b| {
        b.iter(|| frames.iter().filter(|f| rxing_read(f).is_some()).count())
    });
    g.finish();

    let items: Vec<(ElementString, Vec<u8>)> = frames
        .iter()
        .map(|f| {
            let es = ElementString::from_gs_separated(&f.gs, &Options::default()).expect("valid");
            (es, f.gs.clone())
        })
        .collect();
    let mut g = c.benchmark_group("line_encode");
    g.throughput(Throughput::Elements(PACKS));
    let mut enc = Encoder::new();
    g.bench_function("gs1_datamatrix", |b| {
        b.iter(|| {
            let mut modules = 0;
            for (es, _) in &items {
                let s = enc.encode_element_string(es).expect("encode");
                modules += s.rows() * s.cols();
            }
            modules
        })
    });
    g.bench_function("datamatrix", |b| {
        b.iter(|| {
            let mut modules = 0;
            for (_, gs) in &items {
                let dm = datamatrix::DataMatrix::encode_gs1(gs, datamatrix::SymbolList::default())
                    .expect("encode");
                let bm = dm.bitmap();
                modules += bm.width() * bm.height();
            }
            modules
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
