//! GS1 Digital Link throughput, against the bracketed form of the same elements as baseline.
//!
//! `cargo bench --bench gs1_dl`: each group runs the Digital Link entry point and the bracketed
//! parser/writer on the same (01)(10)(21)(17) data, so the ratio is what reading/writing a URI costs
//! over the plain element string (percent-coding, path walk and structure rules).

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use gs1_datamatrix::gs1::{ElementString, Options, digital_link};

const URI: &str = "https://example.com/01/09506000134352/10/ABC%2F123/21/SN42?17=261231";
const BRACKETED: &str = "(01)09506000134352(10)ABC/123(21)SN42(17)261231";

fn parse(c: &mut Criterion) {
    let opts = Options::default();
    let mut g = c.benchmark_group("dl_parse");
    g.throughput(Throughput::Elements(1));
    g.bench_function("parse_dl_uri", |b| {
        b.iter(|| digital_link::parse_dl_uri(black_box(URI), &opts).map(|es| es.len()))
    });
    g.bench_function("baseline_parse_bracketed", |b| {
        b.iter(|| ElementString::parse_bracketed(black_box(BRACKETED), &opts).map(|es| es.len()))
    });
    g.finish();
}

fn emit(c: &mut Criterion) {
    let opts = Options::default();
    let es = ElementString::parse_bracketed(BRACKETED, &opts).expect("valid bench data");
    let mut g = c.benchmark_group("dl_emit");
    g.throughput(Throughput::Elements(1));
    g.bench_function("to_dl_uri", |b| {
        b.iter(|| digital_link::to_dl_uri(black_box(&es), digital_link::CANONICAL_STEM))
    });
    g.bench_function("baseline_to_bracketed", |b| {
        b.iter(|| black_box(&es).to_bracketed())
    });
    g.finish();
}

criterion_group!(benches, parse, emit);
criterion_main!(benches);
