//! The image reader over the whole shared corpus (`../shared/corpus`, real + synthetic), strict:
//! decoded bytes equal `expected_hex` exactly, every symbol of a multi-symbol image found,
//! negatives return nothing, zero misreads, and read rates per folder and class at floors that
//! only rise. Prints a per-class table (`cargo test --release --test read_corpus -- --nocapture`).
//!
//! Grids are decoded by this crate's matrix decoder (`Reader::read`); `rxing_decode` is kept as
//! an independent grid decoder for comparison (`rxing_grid_decoder_agrees`).
#![cfg(feature = "image")]

use std::collections::BTreeMap;
use std::time::Instant;

use gs1_datamatrix::matrix::ModuleGrid;
use gs1_datamatrix::read::{ImageView, Reader, ReaderOptions, SampledGrid};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");

#[allow(dead_code)]
struct Case {
    folder: &'static str,
    file: String,
    kind: String,
    expected: Vec<Vec<u8>>,
    class: String,
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

fn load_cases() -> Vec<Case> {
    let mut out = Vec::new();
    for folder in ["real", "synthetic"] {
        let path = format!("{CORPUS}/{folder}/manifest.tsv");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("corpus missing: {path}: {e}"));
        for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            assert!(f.len() >= 5, "bad manifest line {line}");
            let expected = if f[2].is_empty() {
                vec![]
            } else {
                f[2].split(',').map(unhex).collect()
            };
            out.push(Case {
                folder,
                file: f[0].to_string(),
                kind: f[1].to_string(),
                expected,
                class: f[4].to_string(),
            });
        }
    }
    assert!(
        out.len() > 250,
        "corpus looks incomplete: {} cases",
        out.len()
    );
    out
}

/// Decodes a sampled grid with rxing's grid decoder; the content as bytes candidates.
pub fn rxing_decode(g: &SampledGrid) -> Option<String> {
    let rows: Vec<Vec<bool>> = (0..g.rows())
        .map(|r| (0..g.cols()).map(|c| g.dark(r, c)).collect())
        .collect();
    let res = rxing::datamatrix::decoder::Decoder::new()
        .decode_bools(&rows)
        .ok()?;
    Some(res.getText().to_string())
}

/// Our decoder's output matches: the transmitted bytes, or for ECI symbols the payload (for
/// `text` rows both are the UTF-8 conversion).
fn matches(got: &(Vec<u8>, Vec<u8>), exp: &[u8]) -> bool {
    got.0 == exp || got.1 == exp
}

#[allow(dead_code)]
fn rxing_matches(text: &str, exp: &[u8], kind: &str) -> bool {
    if text.as_bytes() == exp {
        return true;
    }
    // rxing returns Base256/binary content as Latin-1 characters.
    kind == "bytes"
        && text.chars().all(|c| (c as u32) < 256)
        && text.chars().map(|c| c as u32 as u8).eq(exp.iter().copied())
}

/// Floors (correct images) per group: only ever raise these.
/// Overall floor (correct images of 281).
const FLOOR_ALL: usize = 267;

const FLOORS: &[(&str, usize)] = &[
    ("real/libdmtx/compare_siemens", 47),
    ("real/libdmtx/rotate_test", 11),
    ("real/zxing-cpp/datamatrix-1", 20),
    ("real/zxing-cpp/datamatrix-2", 9),
    ("real/zxing-cpp/datamatrix-3", 16),
    ("real/zxing-cpp/datamatrix-4", 14),
    ("real/zxing-cpp/datamatrix-5", 1),
    ("real/zxing/datamatrix-1", 2),
    ("real/zxing/datamatrix-2", 4),
    ("real/zxing/inverted", 1),
    ("synthetic/blur", 10),
    ("synthetic/clean", 10),
    ("synthetic/combined", 10),
    ("synthetic/damage", 10),
    ("synthetic/dot-peen", 2),
    ("synthetic/gradient", 10),
    ("synthetic/inverted", 10),
    ("synthetic/jpeg", 10),
    ("synthetic/large-frame", 10),
    ("synthetic/low-contrast", 10),
    ("synthetic/mirrored", 10),
    ("synthetic/multi", 10),
    ("synthetic/noise", 10),
    ("synthetic/perspective", 10),
    ("synthetic/rotation", 10),
];

#[test]
fn corpus_read_rate() {
    let cases = load_cases();
    let mut reader = Reader::new();
    let opts = ReaderOptions::default();
    let mut groups: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut misreads = Vec::new();
    let mut eci_symbols = Vec::new();
    let mut times = Vec::new();
    let (mut total, mut ok_total) = (0, 0);
    let mut failed = Vec::new();
    for case in &cases {
        let path = format!("{CORPUS}/{}/{}", case.folder, case.file);
        let img = image::open(&path)
            .unwrap_or_else(|e| panic!("{path}: {e}"))
            .to_luma8();
        let view = ImageView::from(&img);
        let t = Instant::now();
        let all = reader.read(&view, &opts).expect("read");
        times.push(t.elapsed().as_secs_f64() * 1e3);
        let returned = all.len();
        // `text` rows compare the content converted to UTF-8 through the ECI character sets
        // (ISO/IEC 8859-1 without ECI); `bytes` rows the transmitted bytes or the payload. A
        // symbol whose text cannot be converted (unknown ECI) is listed, counted as not read.
        let mut found: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
        for s in all {
            let d = &s.content.data;
            if case.kind == "text" {
                match d.utf8() {
                    Ok(t) => found.push((t.clone(), t)),
                    Err(e) => eci_symbols.push(format!("{}: {e}", case.file)),
                }
            } else {
                found.push((d.bytes.clone(), d.payload.clone()));
            }
        }
        let mut ok = found.len() >= case.expected.len();
        for e in &case.expected {
            ok &= found.iter().any(|s| matches(s, e));
        }
        for s in &found {
            if !case.expected.iter().any(|e| matches(s, e)) {
                misreads.push(format!(
                    "{}: {:?}",
                    case.file,
                    String::from_utf8_lossy(&s.0)
                ));
                ok = false;
            }
        }
        if case.expected.is_empty() {
            ok = returned == 0;
        }
        let key = format!("{}/{}", case.folder, case.class);
        let g = groups.entry(key).or_default();
        g.0 += 1;
        total += 1;
        if ok {
            g.1 += 1;
            ok_total += 1;
        } else {
            failed.push(case.file.clone());
        }
    }
    times.sort_by(f64::total_cmp);
    println!("{:<40} {:>5} {:>5} {:>7}", "group", "n", "ok", "rate");
    for (k, (n, ok)) in &groups {
        println!(
            "{:<40} {:>5} {:>5} {:>6.1}%",
            k,
            n,
            ok,
            100.0 * *ok as f64 / *n as f64
        );
    }
    println!(
        "{:<40} {:>5} {:>5} {:>6.1}%",
        "ALL",
        total,
        ok_total,
        100.0 * ok_total as f64 / total as f64
    );
    println!(
        "median {:.3} ms, p95 {:.3} ms",
        times[times.len() / 2],
        times[times.len() * 95 / 100]
    );
    println!("failed: {failed:?}");
    let floors: Vec<String> = groups
        .iter()
        .map(|(k, (_, ok))| format!("(\"{k}\", {ok})"))
        .collect();
    println!("current floors: &[{}]", floors.join(", "));
    println!("misreads: {misreads:?}");
    println!("symbols whose text could not be converted: {eci_symbols:?}");
    assert!(misreads.is_empty(), "misreads: {misreads:?}");
    assert!(
        ok_total >= FLOOR_ALL,
        "{ok_total} correct, floor {FLOOR_ALL}"
    );
    for (k, floor) in FLOORS {
        let got = groups.get(*k).map_or(0, |g| g.1);
        assert!(got >= *floor, "{k}: {got} correct, floor {floor}");
    }
}

#[test]
fn rxing_adapter_decodes_a_clean_grid() {
    let dm =
        datamatrix::DataMatrix::encode(b"Hello 123", datamatrix::SymbolList::default()).unwrap();
    let bm = dm.bitmap();
    let rows: Vec<Vec<bool>> = (0..bm.height())
        .map(|r| {
            (0..bm.width())
                .map(|c| bm.bits()[r * bm.width() + c])
                .collect()
        })
        .collect();
    let res = rxing::datamatrix::decoder::Decoder::new().decode_bools(&rows);
    assert_eq!(
        res.map(|r| r.getText().to_string()).ok().as_deref(),
        Some("Hello 123")
    );
}
