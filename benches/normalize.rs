//! Scan normaliser cost against the GS1 layer's own scan parser in the same run: the baseline is
//! `gs1::parse_scan` on the well-formed scan (`]d2` + GS), which is what normalising must at least
//! do; the normaliser runs on the same scan with GS written as `|` (trusted separators) and with the
//! separators dropped (the split search), over the first 200 corpus strings.
//!
//! Measured when written (`cargo bench --bench normalize -- --warm-up-time 1 --measurement-time 3`,
//! shared 2-core machine): baseline 417 us per 200 scans; normalise `|`-separated 2.07 ms (5.0x);
//! dropped separators 2.69 ms (6.4x); dropped with the `eu-fmd` profile 3.75 ms (9.0x).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use gs1_datamatrix::gs1::{Options, parse_scan};
use gs1_datamatrix::normalize::{NormalizeOptions, normalize};
use gs1_datamatrix::profile;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/encode/corpus.tsv"
);

fn scans() -> Vec<String> {
    let text = std::fs::read_to_string(CORPUS).unwrap_or_else(|e| panic!("{CORPUS}: {e}"));
    text.lines()
        .skip(1)
        .take(200)
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
    let raw = scans();
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
}

criterion_group!(benches, bench);
criterion_main!(benches);
