//! `gs1dm check`: validate GS1 data like GS1's Barcode Syntax Engine.
//!
//! With a DATA argument: one human-readable verdict (exit 1 when invalid). Without: JSON Lines on
//! stdin (`{"input": ..., "api": "ai"|"data"|"scan", "options": {...}, "dl_stem": ...}`), one JSON
//! object per input line on stdout with `ok`, `data_str`, `ai_str`, `hri`, `scan_data_dm`, `dl_uri`,
//! `dl_err`, `err_msg`, `err_ai`, `err_pos`, `err_len` (and `dl_ignored_query_params`, `lint_code`).
//!
//! `--profile eu-fmd|dscsa|tatmeen|rsd|mdlp|brazil|FILE` adds a `profile` key: the list of the market
//! profile's findings (`{"severity": "error"|"warning", "ai", "rule", "line", "message"}`; empty when
//! the input is not valid GS1 data), and `ok` is false when any finding is an error.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use gs1_datamatrix::gs1::Options;
use gs1_datamatrix::gs1::check::{Api, Verdict, check};
use gs1_datamatrix::gs1::{Gs1Error, Message};
use gs1_datamatrix::profile::{self, Profile};
use serde_json::{Value, json};

const DEFAULT_STEM: &str = "https://id.gs1.org";

/// Arguments of `gs1dm check`.
#[derive(clap::Args)]
pub struct CheckArgs {
    /// The data to check; without it, JSON Lines are read from stdin.
    data: Option<String>,
    /// Entry point: `ai` (bracketed), `data` (`^` raw, Digital Link URI, plain) or `scan` (with an
    /// AIM symbology identifier). Default: `ai` when DATA starts with `(`, else `data`.
    #[arg(long, value_parser = ["ai", "data", "scan"])]
    api: Option<String>,
    /// Stem for the Digital Link URI output.
    #[arg(long, default_value = DEFAULT_STEM)]
    dl_stem: String,
    /// Accept AIs the dictionary does not know.
    #[arg(long)]
    permit_unknown_ais: bool,
    /// Accept GTIN-8/12/13 in Digital Link URIs.
    #[arg(long)]
    permit_zero_suppressed_gtin_in_dl_uris: bool,
    /// Do not check `req=` associations.
    #[arg(long)]
    no_validate_requisite_ais: bool,
    /// Allow unknown AIs as Digital Link data attributes.
    #[arg(long)]
    no_validate_unknown_ai_not_dl_attr: bool,
    /// Print the single verdict as a JSON object instead of text.
    #[arg(long)]
    json: bool,
    /// Also check a market profile: eu-fmd, dscsa, tatmeen, rsd, mdlp, brazil, or a profile file.
    #[arg(long)]
    profile: Option<String>,
}

pub fn run(args: CheckArgs) -> ExitCode {
    let opts = Options {
        permit_unknown_ais: args.permit_unknown_ais,
        permit_zero_suppressed_gtin_in_dl_uris: args.permit_zero_suppressed_gtin_in_dl_uris,
        validate_requisite_ais: !args.no_validate_requisite_ais,
        validate_unknown_ai_not_dl_attr: !args.no_validate_unknown_ai_not_dl_attr,
    };
    let profile = match args
        .profile
        .as_deref()
        .map(crate::normalize::load_profile)
        .transpose()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("gs1dm check: {e}");
            return ExitCode::from(2);
        }
    };
    let prof = profile.as_ref();
    match &args.data {
        Some(data) => {
            let api = args
                .api
                .as_deref()
                .and_then(Api::from_name)
                .unwrap_or_else(|| Api::default_for(data));
            let v = check(data, api, &opts, &args.dl_stem);
            let findings = prof.map(|p| findings_of(&v, p));
            if args.json {
                println!("{}", verdict_json(&v, findings.as_deref()));
            } else {
                print_human(data, api, &v);
                if let (Some(p), Some(f)) = (prof, &findings) {
                    print_findings(p, f);
                }
            }
            if v.ok() && !findings.as_deref().is_some_and(profile::has_error) {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        None => batch(&opts, &args.dl_stem, prof),
    }
}

/// JSON Lines mode: one output object per input object, in order.
fn batch(defaults: &Options, stem: &str, prof: Option<&Profile>) -> ExitCode {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("gs1dm check: reading stdin: {e}");
                return ExitCode::from(2);
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let obj = match serde_json::from_str::<Value>(&line) {
            Ok(Value::Object(o)) => o,
            Ok(_) => {
                let _ = writeln!(out, "{}", request_error("line is not a JSON object"));
                continue;
            }
            Err(e) => {
                let _ = writeln!(out, "{}", request_error(&format!("invalid JSON: {e}")));
                continue;
            }
        };
        if obj.contains_key("_columns") {
            continue;
        }
        let Some(input) = obj.get("input").and_then(Value::as_str) else {
            let _ = writeln!(out, "{}", request_error("missing \"input\""));
            continue;
        };
        let api = match obj.get("api").and_then(Value::as_str) {
            None => Api::default_for(input),
            Some(name) => match Api::from_name(name) {
                Some(a) => a,
                None => {
                    let _ = writeln!(out, "{}", request_error(&format!("unknown api {name:?}")));
                    continue;
                }
            },
        };
        let mut opts = *defaults;
        if let Some(Value::Object(o)) = obj.get("options") {
            let flag = |k: &str| o.get(k).and_then(Value::as_bool);
            if let Some(b) = flag("permit_unknown_ais") {
                opts.permit_unknown_ais = b;
            }
            if let Some(b) = flag("permit_zero_suppressed_gtin_in_dl_uris") {
                opts.permit_zero_suppressed_gtin_in_dl_uris = b;
            }
            if let Some(b) = flag("validate_requisite_ais") {
                opts.validate_requisite_ais = b;
            }
            if let Some(b) = flag("validate_unknown_ai_not_dl_attr") {
                opts.validate_unknown_ai_not_dl_attr = b;
            }
        }
        let stem = obj.get("dl_stem").and_then(Value::as_str).unwrap_or(stem);
        let v = check(input, api, &opts, stem);
        let findings = prof.map(|p| findings_of(&v, p));
        if writeln!(out, "{}", verdict_json(&v, findings.as_deref())).is_err() {
            return ExitCode::from(2);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

/// A line that could not be read as a request: rejected, with the reason.
fn request_error(msg: &str) -> String {
    let mut o = empty_object();
    set(&mut o, "err_msg", json!(format!("request: {msg}")));
    render(&o)
}

fn empty_object() -> Vec<(&'static str, Value)> {
    [
        "ok",
        "data_str",
        "ai_str",
        "hri",
        "scan_data_dm",
        "dl_uri",
        "dl_err",
        "dl_ignored_query_params",
        "err_msg",
        "err_ai",
        "lint_code",
        "err_pos",
        "err_len",
    ]
    .into_iter()
    .map(|k| {
        (
            k,
            if k == "ok" {
                Value::Bool(false)
            } else {
                Value::Null
            },
        )
    })
    .collect()
}

fn set(o: &mut [(&'static str, Value)], key: &str, v: Value) {
    if let Some(slot) = o.iter_mut().find(|(k, _)| *k == key) {
        slot.1 = v;
    }
}

/// Keys in the documented order (serde_json's map would sort them).
fn render(o: &[(&'static str, Value)]) -> String {
    let mut s = String::from("{");
    for (i, (k, v)) in o.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&Value::from(*k).to_string());
        s.push_str(": ");
        s.push_str(&v.to_string());
    }
    s.push('}');
    s
}

/// The profile's findings for an accepted input (none for a rejected one).
fn findings_of(v: &Verdict, p: &Profile) -> Vec<profile::Finding> {
    match &v.result {
        Ok(m) => profile::check_message(m, p),
        Err(_) => Vec::new(),
    }
}

fn findings_json(f: &[profile::Finding]) -> Value {
    Value::Array(
        f.iter()
            .map(|f| {
                let mut m = serde_json::Map::new();
                m.insert("severity".into(), json!(f.severity.as_str()));
                m.insert("ai".into(), json!(f.ai));
                m.insert("rule".into(), json!(f.rule));
                m.insert("line".into(), json!(f.line));
                m.insert("message".into(), json!(f.message));
                Value::Object(m)
            })
            .collect(),
    )
}

fn print_findings(p: &Profile, f: &[profile::Finding]) {
    if f.is_empty() {
        println!("profile {}: no findings", p.id);
    }
    for f in f {
        println!(
            "profile {}: {} [{}] {}",
            p.id,
            f.severity.as_str(),
            f.rule,
            f.message
        );
    }
}

fn verdict_json(v: &Verdict, findings: Option<&[profile::Finding]>) -> String {
    let mut o = empty_object();
    match &v.result {
        Ok(m) => {
            set(&mut o, "ok", json!(true));
            set(&mut o, "data_str", json!(m.data_str()));
            set(&mut o, "ai_str", json!(m.ai_str()));
            set(&mut o, "hri", json!(m.hri()));
            set(&mut o, "scan_data_dm", json!(v.scan_data_dm()));
            set(&mut o, "dl_uri", json!(v.dl_uri));
            set(&mut o, "dl_err", json!(v.dl_err));
            if let Message::DigitalLink {
                ignored_query_params,
                ..
            } = m
            {
                set(
                    &mut o,
                    "dl_ignored_query_params",
                    json!(ignored_query_params),
                );
            }
        }
        Err(e) => {
            set(&mut o, "err_msg", json!(e.to_string()));
            set(&mut o, "err_ai", json!(e.ai()));
            set(&mut o, "lint_code", json!(e.lint().map(|l| l.code())));
            if let Some((pos, len)) = e.value_span() {
                set(&mut o, "err_pos", json!(pos));
                set(&mut o, "err_len", json!(len));
            }
        }
    }
    if let Some(f) = findings {
        if profile::has_error(f) {
            set(&mut o, "ok", json!(false));
        }
        o.push(("profile", findings_json(f)));
    }
    render(&o)
}

/// Text verdict: the forms and HRI when valid; the error with the offending characters marked.
fn print_human(input: &str, api: Api, v: &Verdict) {
    match &v.result {
        Ok(m) => {
            println!("OK");
            println!("data:     {}", m.data_str());
            if let Some(ai) = m.ai_str() {
                println!("bracketed: {ai}");
            }
            println!(
                "scan (DM): {}",
                v.scan_data_dm()
                    .unwrap_or_default()
                    .replace('\u{1d}', "<GS>")
            );
            match (&v.dl_uri, &v.dl_err) {
                (Some(u), _) => println!("DL URI:   {u}"),
                (None, Some(e)) => println!("DL URI:   none ({e})"),
                _ => {}
            }
            for line in m.hri() {
                println!("  {line}");
            }
        }
        Err(e) => {
            println!("INVALID: {e}");
            if let Some(mark) = markup(input, api, e) {
                println!("  {mark}");
            }
        }
    }
}

/// `(AI)value` with `|` around the offending characters, for value-level errors in bracketed or
/// `^` input (first element with that AI).
fn markup(input: &str, api: Api, e: &Gs1Error) -> Option<String> {
    let (pos, len) = e.value_span()?;
    let ai = e.ai()?;
    let value: String = match api {
        Api::Ai => {
            let start = input.find(&format!("({ai})"))? + ai.len() + 2;
            let rest = &input[start..];
            let mut v = String::new();
            let mut chars = rest.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\\' if chars.peek() == Some(&'(') => {
                        v.push('(');
                        chars.next();
                    }
                    '(' | '|' => break,
                    c => v.push(c),
                }
            }
            v
        }
        _ => return Some(format!("({ai}) offending value bytes {pos}..{}", pos + len)),
    };
    let (a, b) = (value.get(..pos)?, value.get(pos..pos + len)?);
    let c = value.get(pos + len..).unwrap_or("");
    Some(format!("({ai}){a}|{b}|{c}"))
}
