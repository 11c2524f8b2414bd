//! `gs1dm encode` contract tests: JSON fields, formats, sizing, errors naming the AI, batch mode.

use std::process::Command;

use gs1_datamatrix::matrix::BitMatrix;

fn gs1dm() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gs1dm"))
}

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out)
        .unwrap_or_else(|e| panic!("bad JSON {e}: {}", String::from_utf8_lossy(out)))
}

fn modules_decode(v: &serde_json::Value) -> Vec<u8> {
    let rows: Vec<&str> = v["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert_eq!(rows.len() as u64, v["rows"].as_u64().unwrap());
    assert!(
        rows.iter()
            .all(|r| r.len() as u64 == v["cols"].as_u64().unwrap())
    );
    let m = BitMatrix::from_text(&rows.join("\n")).unwrap();
    let d = gs1_datamatrix::decode::decode_grid(&m).expect("our JSON modules decode");
    assert!(d.is_gs1());
    d.bytes().to_vec()
}

#[test]
fn json_contract_and_round_trip() {
    let out = gs1dm()
        .args([
            "encode",
            "(01)09506000134352(17)261231(10)ABC123(21)SN42",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v = json(&out.stdout);
    assert_eq!(
        (v["rows"].as_u64(), v["cols"].as_u64()),
        (Some(22), Some(22))
    );
    assert_eq!(v["data_codewords"].as_u64(), Some(30));
    assert_eq!(
        modules_decode(&v),
        b"01095060001343521726123110ABC123\x1d21SN42"
    );
}

#[test]
fn shapes_sizes_and_print_sizing() {
    let data = "(01)09506000134352(10)ABC123";
    let out = gs1dm()
        .args(["encode", data, "--json", "--shape", "rect"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    assert!(v["rows"].as_u64().unwrap() < v["cols"].as_u64().unwrap());
    let out = gs1dm()
        .args(["encode", data, "--json", "--size", "8x64"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    assert_eq!(v["size"], "8x64");
    assert_eq!(
        modules_decode(&v),
        b"0109506000134352"
            .iter()
            .chain(b"10ABC123")
            .copied()
            .collect::<Vec<_>>()
    );
    let out = gs1dm()
        .args(["encode", data, "--json", "--dpi", "300", "--x-dim", "0.25"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    assert_eq!(v["module_px"].as_u64(), Some(3));
    assert_eq!(v["x_dim_mm"].as_f64(), Some(0.254));
    let out = gs1dm()
        .args(["encode", data, "--size", "10x10"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("data codewords"));
}

#[test]
fn output_files() {
    let dir = std::env::temp_dir().join(format!("gs1dm-enc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (ext, magic) in [
        ("svg", &b"<svg"[..]),
        ("pbm", b"P4\n"),
        ("png", b"\x89PNG"),
        ("txt", b"0"),
    ] {
        let f = dir.join(format!("a.{ext}"));
        let st = gs1dm()
            .args(["encode", "(01)09506000134352", "--quiet-zone", "2", "-o"])
            .arg(&f)
            .status()
            .unwrap();
        assert!(st.success(), "{ext}");
        let bytes = std::fs::read(&f).unwrap();
        assert!(bytes.starts_with(magic), "{ext}");
    }
    // the PNG (1-bit) reads back through the pure-image decoder and the camera reader alike
    for mode in [&["--pure"][..], &[][..]] {
        let out = gs1dm()
            .args(["decode", "--json"])
            .args(mode)
            .arg(dir.join("a.png"))
            .output()
            .unwrap();
        assert!(out.status.success(), "{mode:?}");
        let v = json(&out.stdout);
        let text = serde_json::to_string(&v).unwrap();
        assert!(text.contains("0109506000134352"), "{mode:?}: {text}");
    }
    // the txt rows include the 2-module quiet zone: the first row is light and the output is square
    let txt = std::fs::read_to_string(dir.join("a.txt")).unwrap();
    let first = txt.lines().next().unwrap();
    assert!(first.chars().all(|c| c == '0'));
    assert_eq!(txt.lines().count(), first.len());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_input_names_ai_and_position() {
    let out = gs1dm()
        .args(["encode", "(01)09506000134353(10)X"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("(01)") && err.contains("check digit") && err.contains("13"),
        "{err}"
    );
}

#[test]
fn batch_json_continues_after_bad_lines() {
    let dir = std::env::temp_dir().join(format!("gs1dm-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("in.txt");
    std::fs::write(
        &input,
        "(01)09506000134352(10)A1\n(17)261331\n(01)09506000134352(21)XYZ\n",
    )
    .unwrap();
    let out = gs1dm()
        .args(["encode", "--json", "--batch"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(json)
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(modules_decode(&lines[0]), b"010950600013435210A1");
    assert!(lines[1]["error"].as_str().unwrap().contains("(17)"));
    assert_eq!(lines[1]["line"].as_u64(), Some(2));
    assert_eq!(modules_decode(&lines[2]), b"010950600013435221XYZ");
    // files mode
    let od = dir.join("out");
    let st = gs1dm()
        .args(["encode", "--format", "svg", "--out-dir"])
        .arg(&od)
        .arg("--batch")
        .arg(&input)
        .status()
        .unwrap();
    assert_eq!(st.code(), Some(1));
    assert!(
        od.join("00001.svg").exists()
            && !od.join("00002.svg").exists()
            && od.join("00003.svg").exists()
    );
    std::fs::remove_dir_all(&dir).ok();
}
