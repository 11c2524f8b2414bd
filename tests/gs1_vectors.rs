//! Every case of the shared GS1 reference vectors (`../shared/data/gs1/vectors.jsonl`, verdicts of
//! GS1's Barcode Syntax Engine) must get the same verdict from us.
//!
//! Accepted cases compare `ok`, `data_str`, `ai_str`, `hri`, `scan_data_dm` and `dl_uri`; rejected
//! cases compare `ok` and, where the vector has them, `err_ai`, `err_pos`, `err_len`. Every
//! disagreeing case is printed with expected and got, and the test fails with the count.

use gs1_datamatrix::gs1::Options;
use gs1_datamatrix::gs1::check::{Api, check};
use serde_json::Value;

const VECTORS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/gs1/vectors.jsonl"
);

fn options(v: &Value) -> Options {
    let mut o = Options::default();
    let flag = |k: &str| v.get(k).and_then(Value::as_bool);
    if let Some(b) = flag("permit_unknown_ais") {
        o.permit_unknown_ais = b;
    }
    if let Some(b) = flag("permit_zero_suppressed_gtin_in_dl_uris") {
        o.permit_zero_suppressed_gtin_in_dl_uris = b;
    }
    if let Some(b) = flag("validate_requisite_ais") {
        o.validate_requisite_ais = b;
    }
    if let Some(b) = flag("validate_unknown_ai_not_dl_attr") {
        o.validate_unknown_ai_not_dl_attr = b;
    }
    o
}

fn s(v: &Value, k: &str) -> Option<String> {
    v.get(k).and_then(Value::as_str).map(str::to_string)
}

#[test]
fn shared_vectors_agree_with_engine() {
    let text = std::fs::read_to_string(VECTORS)
        .unwrap_or_else(|e| panic!("shared vectors missing: {VECTORS}: {e}"));
    let only = std::env::var("GS1_VECTOR_CLASS").ok();
    let mut total = 0usize;
    let mut bad = 0usize;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).expect("valid JSON line");
        if v.get("_columns").is_some() {
            continue;
        }
        let class = s(&v, "class").unwrap_or_default();
        if only.as_deref().is_some_and(|c| !class.starts_with(c)) {
            continue;
        }
        total += 1;
        let id = s(&v, "id").unwrap_or_default();
        let input = s(&v, "input").expect("input");
        let api = Api::from_name(&s(&v, "api").expect("api")).expect("known api");
        let opts = options(v.get("options").unwrap_or(&Value::Null));
        let stem = s(&v, "dl_stem").unwrap_or_else(|| "https://id.gs1.org".to_string());
        let got = check(&input, api, &opts, &stem);
        let want_ok = v.get("ok").and_then(Value::as_bool).expect("ok");
        let mut diffs: Vec<String> = Vec::new();
        if got.ok() != want_ok {
            diffs.push(format!(
                "ok: want {want_ok} got {} ({})",
                got.ok(),
                got.error().map(|e| e.to_string()).unwrap_or_default()
            ));
        } else if want_ok {
            let mut cmp = |k: &str, g: Option<String>| {
                let w = s(&v, k);
                if w != g {
                    diffs.push(format!("{k}: want {w:?} got {g:?}"));
                }
            };
            cmp("data_str", got.data_str().map(str::to_string));
            cmp("ai_str", got.ai_str());
            cmp("scan_data_dm", got.scan_data_dm());
            cmp("dl_uri", got.dl_uri.clone());
            let want_hri: Option<Vec<String>> = v.get("hri").and_then(Value::as_array).map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            });
            if want_hri != got.hri() {
                diffs.push(format!("hri: want {want_hri:?} got {:?}", got.hri()));
            }
        } else {
            let err = got.error().expect("rejected");
            if let Some(w) = s(&v, "err_ai")
                && Some(w.as_str()) != err.ai()
            {
                diffs.push(format!("err_ai: want {w:?} got {:?} ({err})", err.ai()));
            }
            let span = err.value_span();
            if let Some(w) = v.get("err_pos").and_then(Value::as_u64)
                && Some(w as usize) != span.map(|x| x.0)
            {
                diffs.push(format!("err_pos: want {w} got {span:?} ({err})"));
            }
            if let Some(w) = v.get("err_len").and_then(Value::as_u64)
                && Some(w as usize) != span.map(|x| x.1)
            {
                diffs.push(format!("err_len: want {w} got {span:?} ({err})"));
            }
        }
        if !diffs.is_empty() {
            bad += 1;
            println!(
                "DISAGREE {id} [{}] {input:?}\n    {}",
                s(&v, "api").unwrap_or_default(),
                diffs.join("\n    ")
            );
            if let Some(m) = s(&v, "err_msg") {
                println!("    engine said: {m}");
            }
        }
    }
    println!(
        "gs1 vectors: {} of {total} agree ({bad} disagree)",
        total - bad
    );
    assert!(total > 0, "no vectors read");
    assert_eq!(bad, 0, "{bad} of {total} vectors disagree with the engine");
}
