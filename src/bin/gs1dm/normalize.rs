//! `gs1dm normalize`: turn raw scanner output into element strings.
//!
//! Reads raw scans from stdin or files, one per line (a line that is a JSON object takes its scan
//! from `"input"`), and prints one JSON object per scan:
//! `{"input", "candidates": [{"ai_str", "score", "implied_separators"}], "unique", "form", "truncated",
//! "complete", "readings", "lexical_readings"}`.
//! `unique` is the `ai_str` of the only reading, or `null` when there are none, several, or the
//! search did not see every reading (`complete` false: it stopped with the `--max-candidates` best,
//! or hit a cap, `truncated`). `readings` counts the readings left after the profile filter when
//! `complete`; `lexical_readings` is the exact count the dictionary alone allows. Candidates are the
//! best readings, best first; see the library's `normalize` module for the score and the search.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use gs1_datamatrix::normalize::{Form, NormalizeOptions, Normalized, normalize};
use gs1_datamatrix::profile::{self, Profile};
use serde_json::{Value, json};

/// Arguments of `gs1dm normalize`.
#[derive(clap::Args)]
pub struct NormalizeArgs {
    /// Files of raw scans (one per line, or JSON Lines with "input"); stdin when none.
    files: Vec<std::path::PathBuf>,
    /// Rank and filter readings with a market profile: eu-fmd, dscsa, tatmeen, rsd, mdlp, brazil, or
    /// a profile file.
    #[arg(long)]
    profile: Option<String>,
    /// Most candidates printed per scan, best first (default: every reading, up to 1,024).
    #[arg(long, default_value_t = 1024)]
    max_candidates: usize,
    /// Accept AIs the dictionary does not know.
    #[arg(long)]
    permit_unknown_ais: bool,
}

/// A built-in profile by id, or a profile file.
pub fn load_profile(arg: &str) -> Result<Profile, String> {
    if let Some(p) = profile::builtin(arg) {
        return Ok(p);
    }
    let text = std::fs::read_to_string(arg).map_err(|e| {
        format!(
            "profile {arg:?}: not a built-in profile ({}) and not a readable file: {e}",
            profile::BUILTIN
                .iter()
                .map(|(n, _)| *n)
                .collect::<Vec<_>>()
                .join(", ")
        )
    })?;
    profile::parse_profile(&text).map_err(|e| format!("profile {arg:?}: {e}"))
}

pub fn run(args: NormalizeArgs) -> ExitCode {
    let profile = match args.profile.as_deref().map(load_profile).transpose() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("gs1dm normalize: {e}");
            return ExitCode::from(2);
        }
    };
    let mut opts = NormalizeOptions {
        max_candidates: args.max_candidates.max(1),
        ..NormalizeOptions::default()
    };
    opts.gs1.permit_unknown_ais = args.permit_unknown_ais;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut status = ExitCode::SUCCESS;
    let mut each = |reader: &mut dyn BufRead, name: &str| -> bool {
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => return true,
                Ok(_) => {}
                Err(e) => {
                    eprintln!("gs1dm normalize: reading {name}: {e}");
                    return false;
                }
            }
            let line = String::from_utf8_lossy(&buf);
            let line = line.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() {
                continue;
            }
            let input = match serde_json::from_str::<Value>(line) {
                Ok(Value::Object(o)) => match o.get("input").and_then(Value::as_str) {
                    Some(s) => s.to_string(),
                    None => {
                        let _ = writeln!(
                            out,
                            "{}",
                            json!({"input": Value::Null, "candidates": [], "unique": Value::Null,
                                   "error": "missing \"input\""})
                        );
                        continue;
                    }
                },
                _ => line.to_string(),
            };
            let text = match normalize(&input, profile.as_ref(), &opts) {
                Ok(n) => render(&input, &n),
                Err(e) => json!({"input": input, "candidates": [], "unique": Value::Null,
                                 "error": e.to_string()})
                .to_string(),
            };
            if writeln!(out, "{text}").is_err() {
                return false;
            }
        }
    };
    if args.files.is_empty() {
        let stdin = std::io::stdin();
        if !each(&mut stdin.lock(), "stdin") {
            status = ExitCode::from(2);
        }
    } else {
        for f in &args.files {
            match std::fs::File::open(f) {
                Ok(file) => {
                    if !each(&mut std::io::BufReader::new(file), &f.display().to_string()) {
                        status = ExitCode::from(2);
                    }
                }
                Err(e) => {
                    eprintln!("gs1dm normalize: {}: {e}", f.display());
                    status = ExitCode::from(2);
                }
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(2);
    }
    status
}

fn form_name(f: Form) -> &'static str {
    match f {
        Form::Bracketed => "bracketed",
        Form::DigitalLink => "digital_link",
        Form::Separated => "separated",
        Form::Inferred => "inferred",
        Form::None => "none",
        _ => "other",
    }
}

/// Keys in the documented order.
fn render(input: &str, n: &Normalized) -> String {
    let cands: Vec<Value> = n
        .candidates
        .iter()
        .map(|c| {
            let mut m = serde_json::Map::new();
            m.insert("ai_str".into(), json!(c.ai_str()));
            m.insert("score".into(), json!(c.score));
            m.insert("implied_separators".into(), json!(c.implied_separators));
            m.insert("profile_errors".into(), json!(c.profile_errors));
            m.insert("profile_warnings".into(), json!(c.profile_warnings));
            Value::Object(m)
        })
        .collect();
    let mut m = serde_json::Map::new();
    m.insert("input".into(), json!(input));
    m.insert("candidates".into(), Value::Array(cands));
    m.insert("unique".into(), json!(n.unique().map(|c| c.ai_str())));
    m.insert("form".into(), json!(form_name(n.form)));
    m.insert("truncated".into(), json!(n.truncated));
    m.insert("complete".into(), json!(n.complete));
    m.insert("readings".into(), json!(n.kept));
    m.insert("lexical_readings".into(), json!(n.lexical_readings));
    Value::Object(m).to_string()
}
