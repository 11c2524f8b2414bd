//! GS1 parse + validate throughput: a typical pharma string `(01)(17)(10)(21)` and every accepted
//! case of the shared vectors, against a naive baseline parser in the same run.
//!
//! The baseline is what a straightforward application would write: split the bracketed text into
//! owned `(String, String)` pairs, find each AI by a linear scan of the table, check lengths, the
//! character set and GTIN check digit, and the `req=` rules with string searches. It checks less than
//! the real validation, so the ratio understates our advantage.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gs1_datamatrix::gs1::ai::{AiEntry, Cset};
use gs1_datamatrix::gs1::check::{Api, check};
use gs1_datamatrix::gs1::{ElementString, Options, ai_table};

const TYPICAL: &str = "(01)09506000134352(17)261231(10)ABC123(21)SERIAL42";
const VECTORS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/gs1/vectors.jsonl"
);

/// The naive baseline: allocating split, linear table scan, basic checks.
fn naive_validate(s: &str) -> Result<Vec<(String, String)>, String> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let r = rest.strip_prefix('(').ok_or("expected (")?;
        let close = r.find(')').ok_or("expected )")?;
        let ai = r[..close].to_string();
        let after = &r[close + 1..];
        let end = after.find('(').unwrap_or(after.len());
        let value = after[..end].to_string();
        rest = &after[end..];
        let entry: &AiEntry = ai_table::ENTRIES
            .iter()
            .find(|e| e.ai == ai)
            .ok_or_else(|| format!("unknown AI {ai}"))?;
        if value.len() < usize::from(entry.min_len) || value.len() > usize::from(entry.max_len) {
            return Err(format!("bad length for {ai}"));
        }
        let numeric = entry.components.iter().all(|c| c.cset == Cset::N);
        if numeric && !value.chars().all(|c| c.is_ascii_digit()) {
            return Err(format!("non-digit in {ai}"));
        }
        if !numeric && !value.chars().all(|c| c.is_ascii_graphic()) {
            return Err(format!("bad character in {ai}"));
        }
        if ai == "01" {
            let d: Vec<u32> = value.chars().map(|c| c.to_digit(10).unwrap_or(0)).collect();
            let sum: u32 = d[..13]
                .iter()
                .rev()
                .enumerate()
                .map(|(i, x)| x * if i % 2 == 0 { 3 } else { 1 })
                .sum();
            if (10 - sum % 10) % 10 != d[13] {
                return Err("check digit".into());
            }
        }
        out.push((ai, value));
    }
    for (ai, _) in &out {
        let entry = ai_table::ENTRIES
            .iter()
            .find(|e| e.ai == *ai)
            .ok_or("unknown")?;
        for rule in entry.req {
            let ok = rule
                .groups
                .iter()
                .any(|g| g.iter().all(|p| out.iter().any(|(a, _)| a.as_str() == *p)));
            if !ok {
                return Err(format!("requisite for {ai}"));
            }
        }
    }
    Ok(out)
}

fn accepted_vectors() -> Vec<(String, Api, Options)> {
    let text = std::fs::read_to_string(VECTORS)
        .unwrap_or_else(|e| panic!("shared vectors missing: {VECTORS}: {e}"));
    let mut v = Vec::new();
    for line in text.lines() {
        let j: serde_json::Value = serde_json::from_str(line).expect("JSON");
        if j.get("_columns").is_some() || j["ok"] != serde_json::Value::Bool(true) {
            continue;
        }
        let api = Api::from_name(j["api"].as_str().unwrap_or("ai")).unwrap_or(Api::Ai);
        let o = &j["options"];
        let opts = Options {
            permit_unknown_ais: o["permit_unknown_ais"].as_bool().unwrap_or(false),
            permit_zero_suppressed_gtin_in_dl_uris: o["permit_zero_suppressed_gtin_in_dl_uris"]
                .as_bool()
                .unwrap_or(false),
            validate_requisite_ais: o["validate_requisite_ais"].as_bool().unwrap_or(true),
            validate_unknown_ai_not_dl_attr: o["validate_unknown_ai_not_dl_attr"]
                .as_bool()
                .unwrap_or(true),
        };
        v.push((j["input"].as_str().unwrap_or("").to_string(), api, opts));
    }
    v
}

fn typical(c: &mut Criterion) {
    let opts = Options::default();
    assert!(naive_validate(TYPICAL).is_ok());
    let mut g = c.benchmark_group("gs1_typical");
    g.throughput(Throughput::Elements(1));
    let mut es = ElementString::new();
    g.bench_function("ours_parse_validate_reuse", |b| {
        b.iter(|| {
            es.parse_bracketed_into(black_box(TYPICAL), &opts)
                .expect("valid");
            black_box(es.len())
        })
    });
    g.bench_function("ours_parse_validate_fresh", |b| {
        b.iter(|| ElementString::parse_bracketed(black_box(TYPICAL), &opts).expect("valid"))
    });
    g.bench_function("naive_baseline", |b| {
        b.iter(|| naive_validate(black_box(TYPICAL)).expect("valid"))
    });
    g.finish();
}

fn vectors(c: &mut Criterion) {
    let cases = accepted_vectors();
    let bracketed: Vec<&(String, Api, Options)> = cases.iter().filter(|c| c.1 == Api::Ai).collect();
    let mut g = c.benchmark_group("gs1_vectors_accepted");
    g.throughput(Throughput::Elements(cases.len() as u64));
    g.sample_size(20);
    g.bench_function("ours_all_forms_check", |b| {
        b.iter(|| {
            for (input, api, opts) in &cases {
                black_box(check(input, *api, opts, "https://id.gs1.org").ok());
            }
        })
    });
    g.throughput(Throughput::Elements(bracketed.len() as u64));
    let mut es = ElementString::new();
    g.bench_function("ours_bracketed_parse_validate", |b| {
        b.iter(|| {
            for (input, _, opts) in &bracketed {
                black_box(es.parse_bracketed_into(input, opts).is_ok());
            }
        })
    });
    g.bench_function("naive_baseline_bracketed", |b| {
        b.iter(|| {
            for (input, _, _) in &bracketed {
                black_box(naive_validate(input).is_ok());
            }
        })
    });
    g.finish();
}

criterion_group!(benches, typical, vectors);
criterion_main!(benches);
