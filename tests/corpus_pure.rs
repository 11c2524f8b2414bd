//! The clean renders of `../shared/corpus/real` (source sets datamatrix-1, datamatrix-4 and
//! compare_siemens in `manifest.tsv`) decode exactly with the pure-image sampler.
//!
//! A read is correct when, for `text` rows, the decoded text (UTF-8, after ECI) equals
//! `expected_hex`, and for `bytes` rows the transmitted bytes do. Every file must pass.
#![cfg(feature = "image")]

use gs1_datamatrix::decode::decode_grid;
use gs1_datamatrix::matrix::pure::{LumaView, sample_pure_all};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/real");
const SETS: [&str; 3] = ["datamatrix-1", "datamatrix-4", "compare_siemens"];

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[test]
fn pure_corpus_decodes_exactly() {
    let manifest = std::fs::read_to_string(format!("{CORPUS}/manifest.tsv"))
        .expect("../shared/corpus/real/manifest.tsv must exist (shared reference data)");
    let mut per_set = std::collections::BTreeMap::<&str, (usize, usize)>::new();
    let mut failures = Vec::new();
    for line in manifest.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (file, kind, expected, set) = (f[0], f[1], f[2], f[4]);
        let Some(set_name) = SETS.iter().find(|s| set.ends_with(*s)) else {
            continue;
        };
        let img = image::open(format!("{CORPUS}/{file}"))
            .unwrap_or_else(|e| panic!("{file}: {e}"))
            .to_luma8();
        let (w, h) = (img.width() as usize, img.height() as usize);
        let view = LumaView::new(img.as_raw(), w, h, w).unwrap();
        let mut got = None;
        'outer: for invert in [false, true] {
            for grid in sample_pure_all(&view, invert).unwrap_or_default() {
                if let Ok(sym) = decode_grid(&grid) {
                    got = Some(if kind == "text" {
                        hex(sym.text().as_bytes())
                    } else {
                        hex(sym.bytes())
                    });
                    break 'outer;
                }
            }
        }
        let e = per_set.entry(set_name).or_default();
        e.1 += 1;
        if got.as_deref() == Some(expected) {
            e.0 += 1;
        } else {
            failures.push(format!("{file}: got {got:?}"));
        }
    }
    eprintln!("pure corpus per set (ok, total): {per_set:?}");
    assert!(
        per_set.values().map(|v| v.1).sum::<usize>() >= 80,
        "corpus sets missing from the manifest"
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
