//! `gs1dm check` end to end: the JSON Lines contract over shared vectors, and the single-input mode
//! (text verdict, exit status).

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

const VECTORS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/gs1/vectors.jsonl"
);

fn gs1dm() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gs1dm"))
}

/// Runs `gs1dm check` in JSON Lines mode on `feed`. Stdin is fed from another thread so a full
/// stdout pipe cannot deadlock the two processes.
fn check_json_lines(feed: String) -> std::process::Output {
    let mut child = gs1dm()
        .arg("check")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("gs1dm runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || stdin.write_all(feed.as_bytes()));
    let out = child.wait_with_output().expect("gs1dm finishes");
    writer
        .join()
        .expect("writer thread")
        .expect("stdin written");
    out
}

#[test]
fn json_lines_match_vectors() {
    let text = std::fs::read_to_string(VECTORS)
        .unwrap_or_else(|e| panic!("shared vectors missing: {VECTORS}: {e}"));
    // The header line (must be skipped) plus every 7th case: all classes and both verdicts.
    let lines: Vec<&str> = text
        .lines()
        .enumerate()
        .filter(|(i, _)| i % 7 == 0)
        .map(|(_, l)| l)
        .collect();
    assert!(lines[0].contains("_columns"));
    let feed: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let out = check_json_lines(feed);
    assert!(out.status.success());
    let got: Vec<Value> = String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let cases: Vec<Value> = lines[1..]
        .iter()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(got.len(), cases.len(), "one output line per input case");
    let mut bad = 0;
    for (want, got) in cases.iter().zip(&got) {
        let keys: &[&str] = if want["ok"] == Value::Bool(true) {
            &["ok", "data_str", "ai_str", "hri", "scan_data_dm", "dl_uri"]
        } else {
            &["ok", "err_ai", "err_pos", "err_len"]
        };
        let accepted = want["ok"] == Value::Bool(true);
        for k in keys {
            // Accepted: every field equal (null included); rejected: where the vector has one.
            if (accepted || !want[*k].is_null()) && want[*k] != got[*k] {
                bad += 1;
                println!("{}: {k}: want {} got {}", want["id"], want[*k], got[*k]);
            }
        }
        for k in [
            "ok",
            "data_str",
            "ai_str",
            "hri",
            "scan_data_dm",
            "dl_uri",
            "dl_err",
            "err_msg",
            "err_ai",
            "err_pos",
            "err_len",
        ] {
            assert!(got.get(k).is_some(), "output lacks key {k}");
        }
    }
    assert_eq!(bad, 0);
}

#[test]
fn single_input_valid_prints_hri_and_exits_0() {
    let out = gs1dm()
        .args([
            "check",
            "(01)09506000134352(17)261231(10)ABC123(21)SERIAL42",
        ])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("(17) 261231"), "{text}");
    assert!(
        text.contains("^01095060001343521726123110ABC123^21SERIAL42"),
        "{text}"
    );
}

#[test]
fn single_input_invalid_marks_error_and_exits_1() {
    let out = gs1dm()
        .args(["check", "(01)09506000134353"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("(01)0950600013435|3|"), "{text}");
}

#[test]
fn options_flags_change_the_verdict() {
    let strict = gs1dm().args(["check", "(10)ABC"]).output().expect("runs");
    assert_eq!(
        strict.status.code(),
        Some(1),
        "(10) alone lacks its required GTIN"
    );
    let relaxed = gs1dm()
        .args(["check", "--no-validate-requisite-ais", "(10)ABC"])
        .output()
        .expect("runs");
    assert!(relaxed.status.success());
}

#[test]
fn malformed_request_lines_get_one_error_object_each() {
    let out = check_json_lines(
        "notjson\n[1,2]\n{\"data\":\"(01)09506000134352\"}\n{\"input\":\"(01)09506000134352\"}\n"
            .to_string(),
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "one output line per input line: {text}");
    for (i, line) in lines.iter().enumerate() {
        // Each key once: a duplicate key is invalid for many JSON readers.
        assert_eq!(line.matches("\"err_msg\"").count(), 1, "line {i}: {line}");
        let v: Value = serde_json::from_str(line).expect("JSON");
        if i < 3 {
            assert_eq!(v["ok"], Value::Bool(false), "line {i}");
            let msg = v["err_msg"].as_str().expect("err_msg is text");
            assert!(msg.starts_with("request: "), "line {i}: {msg}");
        } else {
            assert_eq!(v["ok"], Value::Bool(true), "line {i}: {line}");
            assert!(v["err_msg"].is_null());
        }
    }
}
