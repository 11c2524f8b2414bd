//! Scan normaliser cost against the GS1 layer's own scan parser in the same run: the baseline is
//! `gs1::parse_scan` on the well-formed scan (`]d2` + GS), which is what normalising must at least
//! do; the normaliser runs on the same scan with GS written as `|` (trusted separators) and with the
//! separators dropped (the split search), over the first 200 `main` corpus strings, and over the
//! 50 `long` strings (12+ AIs, the search's hard case) with separators dropped.
//!
//! Measured (`cargo bench --bench normalize -- --warm-up-time 1 --measurement-time 3`, shared
//! 2-core machine, ratios to the baseline of the same run). Depth-first search with a 1,024-reading
//! cap (before the best-first search): 200 main, baseline 181 us, `|`-separated 1.24 ms (6.8x),
//! dropped 2.22 ms (12.2x), dropped + `eu-fmd` 2.87 ms (15.8x); 50 long, baseline 102 us, dropped
//! 1.05 s (10,300x; 12 of the 50 capped). Best-first search (now): 200 main, baseline 148 us,
//! `|`-separated 0.76 ms (5.2x), dropped 1.36 ms (9.2x), dropped + `eu-fmd` 1.88 ms (12.7x); 50
//! long, baseline 64 us, dropped 6.67 ms (105x; none capped).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use gs1_datamatrix::gs1::{Options, parse_scan};
use gs1_datamatrix::normalize::{NormalizeOptions, normalize};
use gs1_datamatrix::profile;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/encode/corpus.tsv"
);

/// The first `n` transmitted strings of corpus set `set`.
fn scans(set: &str, n: usize) -> Vec<String> {
    let text = std::fs::read_to_string(CORPUS).unwrap_or_else(|e| panic!("{CORPUS}: {e}"));
    text.lines()
        .skip(1)
        .filter(|l| l.split('\t').next() == Some(set))
        .take(n)
        .map(|l| {
            let hex = l.split('\t').nth(3).expect("raw_hex");
            let raw: Vec<u8> = (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
                .collect();
            String::from_utf8(raw).expect("ascii")
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let raw = scans("main", 200);
    let scan: Vec<String> = raw.iter().map(|r| format!("]d2{r}")).collect();
    let piped: Vec<String> = raw.iter().map(|r| r.replace('\u{1d}', "|")).collect();
    let dropped: Vec<String> = raw.iter().map(|r| r.replace('\u{1d}', "")).collect();
    let o = Options::default();
    let no = NormalizeOptions::default();
    let eu = profile::builtin("eu-fmd").expect("eu-fmd");
    let mut g = c.benchmark_group("normalize_200_scans");
    g.bench_function("baseline_parse_scan_gs", |b| {
        b.iter(|| {
            scan.iter()
                .filter(|s| parse_scan(black_box(s), &o).is_ok())
                .count()
        })
    });
    g.bench_function("normalize_pipe_separated", |b| {
        b.iter(|| {
            piped
                .iter()
                .filter(|s| normalize(black_box(s), None, &no).is_ok())
                .count()
        })
    });
    g.bench_function("normalize_dropped", |b| {
        b.iter(|| {
            dropped
                .iter()
                .filter(|s| normalize(black_box(s), None, &no).is_ok())
                .count()
        })
    });
    g.bench_function("normalize_dropped_eu_fmd", |b| {
        b.iter(|| {
            dropped
                .iter()
                .filter(|s| normalize(black_box(s), Some(&eu), &no).is_ok())
                .count()
        })
    });
    g.finish();
    // The `long` set (12+ AIs): the split search's hard case.
    let long = scans("long", 50);
    let long_scan: Vec<String> = long.iter().map(|r| format!("]d2{r}")).collect();
    let long_dropped: Vec<String> = long.iter().map(|r| r.replace('\u{1d}', "")).collect();
    let mut g = c.benchmark_group("normalize_50_long_scans");
    g.bench_function("baseline_parse_scan_gs", |b| {
        b.iter(|| {
            long_scan
                .iter()
                .filter(|s| parse_scan(black_box(s), &o).is_ok())
                .count()
        })
    });
    g.bench_function("normalize_dropped", |b| {
        b.iter(|| {
            long_dropped
                .iter()
                .filter(|s| normalize(black_box(s), None, &no).is_ok())
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
