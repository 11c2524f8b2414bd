//! GS1 Digital Link against the shared engine vectors (`../shared/data/gs1/vectors.jsonl`).
//!
//! Two checks, each printing every disagreeing case by id:
//! - `dl_parse_cases`: every `data`/`scan` case whose input is a Digital Link URI goes through
//!   `digital_link::parse_dl_uri_with_ignored`; accepted cases must give the vector's `ai_str`,
//!   `dl_uri` (written back for `dl_stem`) and `dl_ignored_query_params`; rejected cases must be
//!   rejected with the vector's `err_ai`, `err_pos` and `err_len` where it has them.
//! - `dl_output_of_every_accepted_case`: every accepted case (any input form) must give exactly the
//!   vector's `dl_uri` or `dl_err` from `digital_link::to_dl_uri_with`.
//!
//! The `dl_*` classes are counted separately so the figures per class are visible with
//! `cargo test --test gs1_dl_vectors -- --nocapture`.

use std::collections::BTreeMap;

use gs1_datamatrix::gs1::{
    ElementString, Gs1Error, Message, Options, digital_link, parse_data, parse_scan,
};
use serde_json::Value;

const VECTORS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/gs1/vectors.jsonl"
);

fn cases() -> Vec<Value> {
    let text = std::fs::read_to_string(VECTORS)
        .unwrap_or_else(|e| panic!("shared vectors missing at {VECTORS}: {e}"));
    let cases: Vec<Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<Value>(l).expect("vector line is JSON"))
        .filter(|v| v.get("_columns").is_none())
        .collect();
    assert!(
        cases.len() > 4000,
        "expected the full vector set, got {} cases",
        cases.len()
    );
    cases
}

fn options(v: &Value) -> Options {
    let o = &v["options"];
    let flag = |name: &str, default: bool| o.get(name).and_then(Value::as_bool).unwrap_or(default);
    Options {
        permit_unknown_ais: flag("permit_unknown_ais", false),
        permit_zero_suppressed_gtin_in_dl_uris: flag(
            "permit_zero_suppressed_gtin_in_dl_uris",
            false,
        ),
        validate_requisite_ais: flag("validate_requisite_ais", true),
        validate_unknown_ai_not_dl_attr: flag("validate_unknown_ai_not_dl_attr", true),
    }
}

fn str_field<'a>(v: &'a Value, k: &str) -> &'a str {
    v[k].as_str()
        .unwrap_or_else(|| panic!("{}: field {k} missing", v["id"]))
}

/// The URI inside a case's input, when the engine reads it as a Digital Link URI.
fn dl_input(v: &Value) -> Option<&str> {
    let input = str_field(v, "input");
    match str_field(v, "api") {
        "data" => Some(input),
        "scan" => input
            .strip_prefix("]d1")
            .or_else(|| input.strip_prefix("]Q1")),
        _ => None,
    }
    .filter(|s| digital_link::is_dl_uri(s))
}

#[derive(Default)]
struct Tally(BTreeMap<String, (usize, usize)>);

impl Tally {
    fn record(&mut self, class: &str, agree: bool) {
        let e = self.0.entry(class.to_string()).or_default();
        if agree { e.0 += 1 } else { e.1 += 1 }
    }
    fn report(&self, what: &str) -> usize {
        let mut bad = 0;
        for (class, (ok, ko)) in &self.0 {
            println!("{what}: {class}: {ok}/{} agree", ok + ko);
            bad += ko;
        }
        let total: usize = self.0.values().map(|(a, b)| a + b).sum();
        println!("{what}: total {}/{total} agree", total - bad);
        bad
    }
}

fn error_matches(v: &Value, e: &Gs1Error) -> bool {
    let span = e.value_span();
    v["err_ai"].as_str().is_none_or(|ai| e.ai() == Some(ai))
        && v["err_pos"]
            .as_u64()
            .is_none_or(|p| span.map(|s| s.0 as u64) == Some(p))
        && v["err_len"]
            .as_u64()
            .is_none_or(|l| span.map(|s| s.1 as u64) == Some(l))
}

#[test]
fn dl_parse_cases() {
    let mut tally = Tally::default();
    for v in cases() {
        let Some(uri) = dl_input(&v) else { continue };
        let class = str_field(&v, "class");
        let opts = options(&v);
        let got = digital_link::parse_dl_uri_with_ignored(uri, &opts);
        let agree = match (&got, v["ok"].as_bool() == Some(true)) {
            (Ok(p), true) => {
                let ignored: Vec<&str> =
                    p.ignored_query_params.iter().map(String::as_str).collect();
                let want_ignored: Vec<&str> = v["dl_ignored_query_params"]
                    .as_array()
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let uri_out =
                    digital_link::to_dl_uri_with(&p.elements, str_field(&v, "dl_stem"), &opts);
                p.elements.to_bracketed() == str_field(&v, "ai_str")
                    && uri_out.as_deref().ok() == v["dl_uri"].as_str()
                    && uri_out.as_ref().err().map(ToString::to_string).as_deref()
                        == v["dl_err"].as_str()
                    && ignored == want_ignored
            }
            (Err(e), false) => {
                error_matches(&v, e)
                    // Structure errors are this module's: their text must be the engine's too.
                    && (!matches!(e, Gs1Error::DigitalLink { .. })
                        || v["err_msg"].as_str() == Some(e.to_string().as_str()))
            }
            _ => false,
        };
        if !agree {
            println!(
                "DISAGREE {} {uri:?}: got {got:?}; want ok={} ai_str={} dl_uri={} err={}",
                v["id"], v["ok"], v["ai_str"], v["dl_uri"], v["err_msg"]
            );
        }
        tally.record(class, agree);
    }
    assert_eq!(
        tally.report("DL parse"),
        0,
        "Digital Link parse disagreements (listed above)"
    );
}

/// Parse a case with the entry point the engine used.
fn parse_case(v: &Value, opts: &Options) -> Result<Option<ElementString>, Gs1Error> {
    let input = str_field(v, "input");
    let msg = match str_field(v, "api") {
        "ai" => Message::Ai(ElementString::parse_bracketed(input, opts)?),
        "data" => parse_data(input, opts)?,
        "scan" => parse_scan(input, opts)?,
        other => panic!("{}: unknown api {other}", v["id"]),
    };
    Ok(match msg {
        Message::Plain(_) => None,
        Message::Ai(es) => Some(es),
        Message::DigitalLink { elements, .. } => Some(elements),
    })
}

#[test]
fn dl_output_of_every_accepted_case() {
    let mut tally = Tally::default();
    let mut not_parsed = Vec::new();
    for v in cases().iter().filter(|v| v["ok"].as_bool() == Some(true)) {
        let class = str_field(v, "class");
        let opts = options(v);
        let es = match dl_input(v) {
            // Digital Link input is read by this module (the other entry points are the core's).
            Some(uri) => digital_link::parse_dl_uri(uri, &opts).map(Some),
            None => parse_case(v, &opts),
        };
        let es = match es {
            Ok(es) => es.unwrap_or_default(),
            Err(e) => {
                // Reading non-URI input is the core parsers' job (judged by tests/gs1_vectors.rs).
                not_parsed.push(format!("{} {e:?}", v["id"]));
                continue;
            }
        };
        let got = digital_link::to_dl_uri_with(&es, str_field(v, "dl_stem"), &opts);
        let agree = match &got {
            Ok(uri) => v["dl_uri"].as_str() == Some(uri.as_str()) && v["dl_err"].is_null(),
            Err(e) => v["dl_err"].as_str() == Some(e.to_string().as_str()) && v["dl_uri"].is_null(),
        };
        if !agree {
            println!(
                "DISAGREE {}: got {got:?}; want dl_uri={} dl_err={}",
                v["id"], v["dl_uri"], v["dl_err"]
            );
        }
        tally.record(class, agree);
    }
    let bad = tally.report("DL output");
    println!(
        "DL output: {} accepted cases not accepted by the parser, not judged here:",
        not_parsed.len()
    );
    for n in &not_parsed {
        println!("  {n}");
    }
    assert_eq!(bad, 0, "dl_uri/dl_err disagreements (listed above)");
}
