//! Data-driven check of `../shared/data/epcis/vectors-epc.jsonl`: every case, both directions,
//! rejections included. Prints the ids of disagreeing cases and fails if there is any.

use gs1_datamatrix::epc::{Epc, EpcError, GcpLength, GcpPrefixTable, Scheme, TagEncoding};
use serde_json::Value;

const VECTORS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/epcis/vectors-epc.jsonl"
);

fn load(path: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {path}: {e} (the shared data folder is required)"));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<Value>(l).expect("vector line is JSON"))
        .filter(|v| v.get("_columns").is_none())
        .collect()
}

fn s<'a>(row: &'a Value, key: &str) -> Option<&'a str> {
    row.get(key).and_then(Value::as_str)
}

/// Converts the row's element string side to an EPC (scheme from the row, GCP length from the row,
/// or an empty prefix table when the row gives none).
fn to_epc(row: &Value, scheme: Scheme) -> Result<Epc, EpcError> {
    let ais: Vec<(String, String)> = row["ais"]
        .as_array()
        .expect("ais")
        .iter()
        .map(|p| {
            (
                p[0].as_str().unwrap().to_owned(),
                p[1].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let pairs: Vec<(&str, &str)> = ais.iter().map(|(a, v)| (a.as_str(), v.as_str())).collect();
    let gcp = match row["gcp_length"].as_u64() {
        Some(n) => GcpLength::new(n as usize)?,
        None => Epc::lookup_gcp(scheme, &pairs, &GcpPrefixTable::new())?,
    };
    Epc::from_ais_as(scheme, &pairs, gcp)
}

/// Checks one row; returns the list of disagreements (empty = agrees).
fn check(row: &Value) -> Vec<String> {
    let mut bad = Vec::new();
    let scheme = Scheme::from_name(s(row, "scheme").unwrap()).expect("known scheme");
    let direction = s(row, "direction").unwrap();
    let ok = row["ok"].as_bool().unwrap();
    let want_err = s(row, "error");

    let epc = if direction == "from_urn" {
        Epc::from_urn(s(row, "input_urn").unwrap())
    } else {
        to_epc(row, scheme)
    };
    let epc = match (ok, epc) {
        (true, Ok(e)) => e,
        (true, Err(e)) => {
            bad.push(format!("expected success, got {e:?}"));
            return bad;
        }
        (false, Ok(e)) => {
            bad.push(format!("expected error {want_err:?}, got {}", e.to_urn()));
            return bad;
        }
        (false, Err(e)) => {
            if Some(e.kind()) != want_err {
                bad.push(format!(
                    "error kind {} ({e}), expected {want_err:?}",
                    e.kind()
                ));
            }
            return bad;
        }
    };
    // The GS1 layer agrees: it parses the row's element string to the same EPC, and accepts ours.
    if let Some(es_text) = s(row, "element_string") {
        let opts = gs1_datamatrix::gs1::Options::default();
        match gs1_datamatrix::gs1::ElementString::parse_bracketed(es_text, &opts) {
            Ok(es) => {
                let gcp = GcpLength::new(epc.gcp_length()).unwrap();
                match Epc::from_element_string_as(scheme, &es, gcp) {
                    Ok(e) if direction == "from_urn" || e == epc => {}
                    other => bad.push(format!("via ElementString: {other:?}")),
                }
            }
            Err(e) => bad.push(format!("GS1 layer rejects {es_text}: {e}")),
        }
    }
    match epc.to_element_string() {
        Ok(es)
            if direction == "to_urn"
                || Some(es.to_bracketed().as_str()) == s(row, "element_string") => {}
        other => bad.push(format!("to_element_string: {other:?}")),
    }
    let urn = s(row, "urn").unwrap();
    if epc.to_urn() != urn {
        bad.push(format!("urn {} != {urn}", epc.to_urn()));
    }
    if epc.scheme() != scheme {
        bad.push(format!("scheme {:?}", epc.scheme()));
    }
    if let Some(dl) = s(row, "dl_uri") {
        if epc.to_digital_link() != dl {
            bad.push(format!("dl {} != {dl}", epc.to_digital_link()));
        }
        let gcp = GcpLength::new(epc.gcp_length()).unwrap();
        match Epc::from_digital_link(dl, gcp) {
            Ok(back) if back == epc => {}
            other => bad.push(format!("dl back: {other:?}")),
        }
    }
    // URN -> element string (canonical), unless the row says only to_urn.
    if direction != "to_urn" {
        match Epc::from_urn(urn) {
            Ok(back) => {
                let es = s(row, "element_string").unwrap();
                if back.to_bracketed() != es {
                    bad.push(format!("element string {} != {es}", back.to_bracketed()));
                }
                if Some(back.gcp_length() as u64) != row["gcp_length"].as_u64() {
                    bad.push(format!("gcp_length {}", back.gcp_length()));
                }
                if back != epc {
                    bad.push("urn round trip differs".into());
                }
            }
            Err(e) => bad.push(format!("from_urn({urn}): {e}")),
        }
    }
    // Tag encodings.
    let tags: &[(TagEncoding, &str, &str)] = match scheme {
        Scheme::Sgtin => &[
            (TagEncoding::Sgtin96, "tag_uri_96", "hex_96"),
            (TagEncoding::Sgtin198, "tag_uri_198", "hex_198"),
        ],
        Scheme::Sscc => &[(TagEncoding::Sscc96, "tag_uri_96", "hex_96")],
        _ => &[],
    };
    for &(enc, uri_key, hex_key) in tags {
        let got_uri = epc.to_tag_uri(enc, 3).ok();
        let got_hex = epc.to_tag_hex(enc, 3).ok();
        if got_uri.as_deref() != s(row, uri_key) {
            bad.push(format!("{uri_key} {got_uri:?} != {:?}", s(row, uri_key)));
        }
        if got_hex.as_deref() != s(row, hex_key) {
            bad.push(format!("{hex_key} {got_hex:?} != {:?}", s(row, hex_key)));
        }
        if let Some(hex) = s(row, hex_key) {
            match Epc::from_tag_hex(hex) {
                Ok((back, e, 3)) if back == epc && e == enc => {}
                other => bad.push(format!("{hex_key} decode: {other:?}")),
            }
        }
    }
    if scheme == Scheme::Sgtin
        && let Some(want) = row["sgtin96_ok"].as_bool()
        && epc.to_tag_hex(TagEncoding::Sgtin96, 3).is_ok() != want
    {
        bad.push(format!("sgtin96_ok != {want}"));
    }
    bad
}

fn run(path: &str) -> (usize, usize) {
    let rows = load(path);
    assert!(!rows.is_empty(), "no vectors in {path}");
    let mut failed = 0;
    for row in &rows {
        let bad = check(row);
        if !bad.is_empty() {
            failed += 1;
            println!(
                "DISAGREE {}: {}",
                s(row, "id").unwrap_or("?"),
                bad.join("; ")
            );
        }
    }
    println!("{path}: {} agree, {failed} disagree", rows.len() - failed);
    (rows.len(), failed)
}

/// Checks the shared vectors, plus a further file of the same kind (the held-back set) when the
/// environment variable `EPC_VECTORS` names one.
#[test]
fn epc_vectors_agree() {
    let (total, failed) = run(VECTORS);
    assert_eq!(total, 91, "vector count changed");
    assert_eq!(failed, 0, "{failed} of {total} vectors disagree");
    if let Ok(path) = std::env::var("EPC_VECTORS") {
        let (total, failed) = run(&path);
        assert_eq!(failed, 0, "{failed} of {total} vectors disagree in {path}");
    }
}

/// A GS1-format prefix list built from the vectors' own company prefixes gives every accepted
/// element-string case the same URN as the explicit length; longest prefix wins.
#[test]
#[cfg(feature = "epcis")]
fn gcp_prefix_list_lookup_matches_explicit_lengths() {
    let rows = load(VECTORS);
    let mut checked = 0;
    for row in &rows {
        if row["ok"] != true || row["direction"] == "from_urn" {
            continue;
        }
        let scheme = Scheme::from_name(s(row, "scheme").unwrap()).unwrap();
        let want = to_epc(row, scheme).unwrap();
        // A shorter decoy prefix with another length, and the real one.
        let cp = want.company_prefix();
        let list = format!(
            r#"{{"GCPPrefixFormatList":{{"entry":[{{"prefix":"{}","gcpLength":{}}},{{"prefix":"{cp}","gcpLength":{}}}]}}}}"#,
            &cp[..3],
            if cp.len() == 12 { 6 } else { 12 },
            cp.len()
        );
        let table = GcpPrefixTable::from_gs1_json(&list).unwrap();
        let ais: Vec<(String, String)> = row["ais"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p[0].as_str().unwrap().to_owned(),
                    p[1].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        let pairs: Vec<(&str, &str)> = ais.iter().map(|(a, v)| (a.as_str(), v.as_str())).collect();
        let gcp = Epc::lookup_gcp(scheme, &pairs, &table).unwrap();
        assert_eq!(
            Epc::from_ais_as(scheme, &pairs, gcp).unwrap(),
            want,
            "{}",
            s(row, "id").unwrap()
        );
        checked += 1;
    }
    assert!(checked > 70, "{checked}");
    let empty = GcpPrefixTable::new();
    let err = Epc::from_ais_with(&[("01", "80614141123458"), ("21", "1")], &empty).unwrap_err();
    assert_eq!(err.kind(), "gcp_length_missing");
    for bad in [
        r#"{"entry":[]}"#,
        r#"{"GCPPrefixFormatList":{"entry":[{"prefix":"06x","gcpLength":7}]}}"#,
        "nope",
    ] {
        assert_eq!(
            GcpPrefixTable::from_gs1_json(bad).unwrap_err().kind(),
            "bad_prefix_list",
            "{bad}"
        );
    }
}
