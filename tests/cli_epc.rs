//! `gs1dm epc` and `gs1dm epcis` as a user runs them: the shared EPC vectors through the CLI both
//! ways, EPCIS documents from stdin that validate against GS1's schema, and clear errors (exit 1).

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const VECTORS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/epcis/vectors-epc.jsonl"
);
const SCHEMA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/epcis/gs1-epcis/EPCIS-JSON-Schema.json"
);

fn gs1dm(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gs1dm"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run gs1dm");
    // The CLI may exit (on an argument error) before reading stdin: a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn json_out(o: &Output) -> Value {
    assert!(
        o.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("JSON on stdout")
}

#[test]
fn epc_cli_agrees_with_every_vector() {
    let text = std::fs::read_to_string(VECTORS).expect("shared vectors are required");
    let mut checked = 0;
    let mut bad = Vec::new();
    for line in text.lines().skip(1) {
        let row: Value = serde_json::from_str(line).unwrap();
        let id = row["id"].as_str().unwrap();
        let scheme = row["scheme"].as_str().unwrap();
        let ok = row["ok"].as_bool().unwrap();
        if row["direction"] == "from_urn" {
            let o = gs1dm(&["epc", "--from", row["input_urn"].as_str().unwrap()], "");
            if ok {
                let v = json_out(&o);
                if v["element_string"] != row["element_string"]
                    || v["gcp_length"] != row["gcp_length"]
                {
                    bad.push(format!("{id}: {v}"));
                }
            } else if o.status.code() != Some(1) || o.stderr.is_empty() {
                bad.push(format!("{id}: not rejected"));
            }
        } else {
            let es = row["element_string"].as_str().unwrap();
            let mut args = vec!["epc", "--scheme", scheme];
            let gcp = row["gcp_length"].as_u64().map(|n| n.to_string());
            if let Some(g) = &gcp {
                args.extend(["--gcp-length", g.as_str()]);
            }
            args.push(es);
            let o = gs1dm(&args, "");
            if !ok {
                if o.status.code() != Some(1) || o.stderr.is_empty() {
                    bad.push(format!("{id}: not rejected"));
                }
                checked += 1;
                continue;
            }
            let v = json_out(&o);
            let (tag, hex) = if row["tag_uri_96"].is_string() || scheme != "sgtin" {
                (&row["tag_uri_96"], &row["hex_96"])
            } else {
                (&row["tag_uri_198"], &row["hex_198"])
            };
            if v["urn"] != row["urn"]
                || v["dl_uri"] != row["dl_uri"]
                || &v["tag_uri"] != tag
                || &v["hex"] != hex
            {
                bad.push(format!("{id}: {v}"));
            }
            if row["direction"] == "both" {
                let back = json_out(&gs1dm(&["epc", "--from", row["urn"].as_str().unwrap()], ""));
                if back["element_string"] != row["element_string"]
                    || back["gcp_length"] != row["gcp_length"]
                {
                    bad.push(format!("{id} back: {back}"));
                }
            }
        }
        checked += 1;
    }
    assert_eq!(checked, 91);
    assert!(
        bad.is_empty(),
        "CLI disagrees on {} vectors:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn epcis_cli_documents_validate() {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(SCHEMA).expect("schema")).unwrap();
    let v = jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let packs =
        "(01)04012345123456(17)261231(10)LOT1(21)A1\n(01)04012345123456(17)261231(10)LOT1(21)A2\n";
    let loc = "urn:epc:id:sgln:4012345.00000.0";
    let commission = [
        "epcis",
        "commission",
        "--gcp-length",
        "7",
        "--location",
        loc,
        "--case",
        "(00)340123450000000017",
    ];
    let aggregate = [
        "epcis",
        "aggregate",
        "--parent",
        "urn:epc:id:sscc:4012345.0000000017",
        "--location",
        loc,
        "--gcp-length",
        "7",
    ];
    for args in [&commission[..], &aggregate[..]] {
        let doc = json_out(&gs1dm(args, packs));
        let errors: Vec<String> = v.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{args:?}: {errors:?}");
        let mut xml_args = args.to_vec();
        xml_args.push("--xml");
        let o = gs1dm(&xml_args, packs);
        assert!(o.status.success());
        let xml = String::from_utf8(o.stdout).unwrap();
        let parsed = gs1_datamatrix::epcis::Document::from_xml(&xml).unwrap();
        assert_eq!(
            parsed.events.len(),
            doc["epcisBody"]["eventList"].as_array().unwrap().len()
        );
    }
    // The commissioning document: 1 pack event (same lot), the case, the packing aggregation.
    let doc = json_out(&gs1dm(&commission, packs));
    let events = doc["epcisBody"]["eventList"].as_array().unwrap();
    assert_eq!(events.len(), 3);
    assert_eq!(events[0]["ilmd"]["cbvmda:itemExpirationDate"], "2026-12-31");
    assert_eq!(events[2]["parentID"], "urn:epc:id:sscc:4012345.3000000001");
}

#[test]
fn cli_errors_name_the_problem_and_exit_1() {
    let loc = "urn:epc:id:sgln:4012345.00000.0";
    let cases: &[(&[&str], &str, &str)] = &[
        (&["epc", "(01)80614141123458(21)6789"], "", "--gcp-length"),
        (
            &["epc", "--gcp-length", "13", "(01)80614141123458(21)6789"],
            "",
            "outside 6..=12",
        ),
        (
            &["epc", "--gcp-length", "7", "(01)80614141123457(21)6789"],
            "",
            "check digit",
        ),
        (
            &["epc", "--from", "urn:epc:id:sgln:0614141.12345"],
            "",
            "components",
        ),
        (
            &[
                "epcis",
                "commission",
                "--gcp-length",
                "7",
                "--location",
                loc,
            ],
            "(01)04012345123456(21)A 1\n",
            "line 1",
        ),
        (
            &[
                "epcis",
                "commission",
                "--gcp-length",
                "7",
                "--location",
                "urn:epc:id:sscc:4012345.0000000017",
            ],
            "(01)04012345123456(21)A1\n",
            "SGLN",
        ),
        (
            &[
                "epcis",
                "commission",
                "--gcp-length",
                "7",
                "--location",
                loc,
                "--time",
                "2024-03-05T10:15:00",
            ],
            "(01)04012345123456(21)A1\n",
            "--time",
        ),
        (
            &[
                "epcis",
                "commission",
                "--gcp-length",
                "7",
                "--location",
                loc,
            ],
            "(01)04012345123456(21)A1\n(01)04012345123456(21)A1\n",
            "twice",
        ),
        (
            &[
                "epcis",
                "aggregate",
                "--parent",
                "(01)04012345123456(21)A1",
                "--gcp-length",
                "7",
                "--location",
                loc,
            ],
            "(01)04012345123456(21)A2\n",
            "SSCC",
        ),
        (
            &[
                "epcis",
                "aggregate",
                "--parent",
                "urn:epc:id:sscc:4012345.0000000017",
                "--location",
                loc,
            ],
            "(01)04012345123456(21)A2\n",
            "--gcp-length",
        ),
    ];
    for (args, stdin, needle) in cases {
        let o = gs1dm(args, stdin);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err:?} lacks {needle:?}");
        assert!(o.stdout.is_empty(), "{args:?} wrote to stdout");
    }
}
