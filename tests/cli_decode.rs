//! `gs1dm decode` contract (issue 4): `--matrix` and `--pure` with `--json` print one object
//! per file with exactly the documented keys; an unreadable file gives `"symbols": []` and an
//! `"error"`, and the other files are still processed.
#![cfg(all(feature = "cli", feature = "image"))]

use std::process::Command;

const FIX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/codec");
const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/real");

fn run(args: &[&str]) -> (Vec<serde_json::Value>, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_gs1dm"))
        .arg("decode")
        .args(args)
        .output()
        .unwrap();
    let objs = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect();
    (objs, out.status.code().unwrap_or(-1))
}

#[test]
fn matrix_json_contract() {
    let gs1 = format!("{FIX}/zint_gs1.txt");
    let missing = format!("{FIX}/does_not_exist.txt");
    let plain = format!("{FIX}/dmtx_scheme_c.txt");
    let (objs, code) = run(&["--matrix", "--json", &gs1, &missing, &plain]);
    assert_eq!(objs.len(), 3);
    assert_eq!(code, 1, "one file failed");
    let s = &objs[0]["symbols"][0];
    assert_eq!(objs[0]["file"], gs1.as_str());
    for key in [
        "text",
        "bytes_hex",
        "symbology_id",
        "gs1",
        "hri",
        "size",
        "uec",
        "corrected",
    ] {
        assert!(s.get(key).is_some(), "missing {key}");
    }
    assert_eq!(
        s["bytes_hex"],
        hex(b"01095060001343521726123110ABC123\x1d21SN42")
    );
    assert_eq!(s["symbology_id"], "]d2");
    assert_eq!(s["gs1"], true);
    assert_eq!(s["hri"], "(01)09506000134352(17)261231(10)ABC123(21)SN42");
    assert_eq!(s["uec"], 1.0);
    assert_eq!(s["corrected"], 0);
    assert_eq!(objs[1]["symbols"], serde_json::json!([]));
    assert!(objs[1]["error"].as_str().is_some_and(|e| !e.is_empty()));
    assert_eq!(objs[2]["symbols"][0]["gs1"], false);
    assert_eq!(objs[2]["symbols"][0]["hri"], serde_json::Value::Null);
    assert_eq!(objs[2]["symbols"][0]["symbology_id"], "]d1");
}

#[test]
fn pure_image_json() {
    let f = format!("{CORPUS}/zxing-cpp_datamatrix-1__gs1-figure-4.15.1-2-32x32.png");
    assert!(std::path::Path::new(&f).exists(), "shared corpus missing");
    let (objs, code) = run(&["--pure", "--json", &f]);
    assert_eq!(code, 0);
    let s = &objs[0]["symbols"][0];
    assert_eq!(s["size"], "32x32");
    assert_eq!(s["symbology_id"], "]d2");
    assert_eq!(s["gs1"], true);
}

#[test]
fn image_reader_path_reports_corners() {
    // Without --pure the camera-image reader runs; each symbol gains its four corners.
    let f = format!("{CORPUS}/zxing-cpp_datamatrix-1__C40.png");
    let (objs, code) = run(&["--json", &f]);
    assert_eq!(code, 0);
    let s = &objs[0]["symbols"][0];
    assert_eq!(s["bytes_hex"], hex(b"Testing C40"));
    assert_eq!(s["symbology_id"], "]d1");
    let corners = s["corners"].as_array().expect("corners");
    assert_eq!(corners.len(), 4);
    // A missing file is reported in its own object; the other file is still read.
    let (objs, code) = run(&["--json", "no-such-file.png", &f]);
    assert_eq!(code, 1);
    assert_eq!(objs[0]["symbols"], serde_json::json!([]));
    assert!(objs[0]["error"].as_str().is_some_and(|e| !e.is_empty()));
    assert_eq!(objs[1]["symbols"][0]["bytes_hex"], hex(b"Testing C40"));
}

#[test]
fn eci_symbol_text_is_converted_to_utf8() {
    // zxing-cpp's eci.png switches character sets with ECI designators; `text` is the content
    // in UTF-8, which the corpus manifest gives independently (hex of the UTF-8 text).
    let name = "zxing-cpp_datamatrix-1__eci.png";
    let manifest = std::fs::read_to_string(format!("{CORPUS}/manifest.tsv"))
        .expect("../shared/corpus/real/manifest.tsv must exist");
    let expected_hex = manifest
        .lines()
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .find(|f| f[0] == name)
        .map(|f| f[2].to_string())
        .expect("eci.png in the manifest");
    let f = format!("{CORPUS}/{name}");
    for mode in [&["--json"][..], &["--pure", "--json"][..]] {
        let mut args = mode.to_vec();
        args.push(&f);
        let (objs, code) = run(&args);
        assert_eq!(code, 0, "{mode:?}");
        let s = &objs[0]["symbols"][0];
        assert_eq!(s["symbology_id"], "]d4", "ECI symbols transmit ]d4");
        assert_eq!(hex(s["text"].as_str().unwrap().as_bytes()), expected_hex);
        assert_eq!(s["text_error"], serde_json::Value::Null);
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}
