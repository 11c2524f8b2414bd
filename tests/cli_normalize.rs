//! `gs1dm normalize` and `gs1dm check --profile` end to end: the JSON contracts of issue 9.
//!
//! Inputs are built from corpus strings (their transmitted `raw_hex`), so the expected readings are
//! the corpus's own bracketed column, not answers written here.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/encode/corpus.tsv"
);

fn gs1dm() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gs1dm"))
}

/// (bracketed, transmitted bytes as text) of the first `n` main-set corpus rows.
fn corpus(n: usize) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(CORPUS).unwrap_or_else(|e| panic!("{CORPUS}: {e}"));
    text.lines()
        .skip(1)
        .take(n)
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let raw: Vec<u8> = (0..f[3].len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&f[3][i..i + 2], 16).unwrap())
                .collect();
            (f[2].to_string(), String::from_utf8(raw).unwrap())
        })
        .collect()
}

fn run(args: &[&str], stdin: &str) -> (Vec<Value>, i32) {
    let mut child = gs1dm()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("gs1dm runs");
    let mut input = child.stdin.take().unwrap();
    let feed = stdin.to_string();
    let w = std::thread::spawn(move || input.write_all(feed.as_bytes()));
    let out = child.wait_with_output().unwrap();
    w.join().unwrap().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let vals = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect();
    (vals, out.status.code().unwrap_or(-1))
}

#[test]
fn normalize_contract() {
    let rows = corpus(20);
    let mut feed = String::new();
    for (_, raw) in &rows {
        // A raw line with GS as "|", and a JSON Lines object with GS written as "<GS>" and ]d2.
        feed.push_str(&raw.replace('\u{1d}', "|"));
        feed.push('\n');
        let obj = serde_json::json!({"input": format!("]d2{}", raw.replace('\u{1d}', "<GS>"))});
        feed.push_str(&obj.to_string());
        feed.push_str("\r\n");
    }
    feed.push('\n'); // blank lines are skipped
    let (out, code) = run(&["normalize"], &feed);
    assert_eq!(code, 0);
    assert_eq!(out.len(), 2 * rows.len());
    for (i, v) in out.iter().enumerate() {
        let (truth, raw) = &rows[i / 2];
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(&keys[..3], ["input", "candidates", "unique"], "key order");
        assert_eq!(v["unique"].as_str(), Some(truth.as_str()), "{v}");
        let c = v["candidates"].as_array().unwrap();
        assert_eq!(c.len(), 1);
        assert_eq!(c[0]["ai_str"].as_str(), Some(truth.as_str()));
        assert!(c[0]["score"].is_i64());
        let input = v["input"].as_str().unwrap();
        assert!(input.contains(&raw[..16]), "input echoed: {input}");
    }
}

#[test]
fn normalize_lists_every_reading_when_separators_are_dropped() {
    let rows = corpus(200);
    let feed: String = rows
        .iter()
        .map(|(_, raw)| format!("{}\n", raw.replace('\u{1d}', "")))
        .collect();
    let (plain, _) = run(&["normalize", "--max-candidates", "1000"], &feed);
    let (eu, _) = run(
        &[
            "normalize",
            "--max-candidates",
            "1000",
            "--profile",
            "eu-fmd",
        ],
        &feed,
    );
    let mut unique = (0, 0);
    for (i, (truth, _)) in rows.iter().enumerate() {
        for (v, n) in [(&plain[i], &mut unique.0), (&eu[i], &mut unique.1)] {
            let c: Vec<&str> = v["candidates"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["ai_str"].as_str().unwrap())
                .collect();
            assert!(c.contains(&truth.as_str()), "{truth} not in {c:?}");
            // `unique` is set exactly when one candidate is left.
            assert_eq!(v["unique"].is_null(), c.len() != 1, "{v}");
            if !v["unique"].is_null() {
                assert_eq!(v["unique"].as_str(), Some(truth.as_str()));
                *n += 1;
            }
            let scores: Vec<i64> = v["candidates"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["score"].as_i64().unwrap())
                .collect();
            assert!(
                scores.windows(2).all(|w| w[0] >= w[1]),
                "ranked: {scores:?}"
            );
        }
    }
    assert!(
        unique.1 >= unique.0,
        "the profile must not lose unique readings"
    );
}

#[test]
fn normalize_bad_profile_and_files() {
    let out = gs1dm()
        .args(["normalize", "--profile", "no-such-market"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let dir = std::env::temp_dir().join(format!("gs1dm-norm-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scans = dir.join("scans.txt");
    let (truth, raw) = &corpus(1)[0];
    std::fs::write(
        &scans,
        format!("  ]d2{}\r\nnot a scan\n", raw.replace('\u{1d}', "{GS}")),
    )
    .unwrap();
    let prof = dir.join("mine.profile");
    std::fs::write(
        &prof,
        "[profile]\nid = mine\n[rules]\nerror require 01 21\n",
    )
    .unwrap();
    let out = gs1dm()
        .args(["normalize", "--profile"])
        .arg(&prof)
        .arg(&scans)
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["unique"].as_str(), Some(truth.as_str()));
    assert_eq!(lines[1]["candidates"].as_array().map(Vec::len), Some(0));
    assert!(lines[1]["unique"].is_null());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn check_profile_key_and_ok() {
    let (truth, _) = &corpus(1)[0];
    // A corpus pack is 01 + 17 + 10 + 21: EU FMD has no error; MDLP wants 91/92 and a 13-char serial.
    for (prof, ok) in [("eu-fmd", true), ("mdlp", false), ("dscsa", false)] {
        let out = gs1dm()
            .args(["check", "--json", "--profile", prof, truth])
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["ok"], Value::Bool(ok), "{prof}: {v}");
        assert_eq!(out.status.success(), ok);
        let f = v["profile"].as_array().expect("profile key");
        assert_eq!(f.iter().any(|f| f["severity"] == "error"), !ok);
        for f in f {
            for k in ["severity", "ai", "rule", "message"] {
                assert!(f.get(k).is_some(), "{k} in {f}");
            }
        }
        // The GS1 fields are unchanged by the profile.
        assert_eq!(v["ai_str"].as_str(), Some(truth.as_str()));
    }
    // Without --profile there is no `profile` key (the existing contract).
    let out = gs1dm().args(["check", "--json", truth]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.get("profile").is_none());
    // JSON Lines mode gets the key on every line.
    let feed = format!("{}\n", serde_json::json!({"input": truth}));
    let (out, _) = run(&["check", "--profile", "mdlp"], &feed);
    assert_eq!(out[0]["ok"], Value::Bool(false));
    assert!(out[0]["profile"].as_array().is_some_and(|a| !a.is_empty()));
}
