//! Generator of the checked-in GS1 tables `src/gs1/ai_table.rs` and `src/gs1/code_lists.rs`.
//!
//! Reads the GS1 Barcode Syntax Dictionary (and its `SOURCES.md` for the commit) and the measured code
//! lists, and writes Rust source. Used by `tests/gs1_tables.rs`: the sync test regenerates in memory and
//! compares with the checked-in files; `cargo test --test gs1_tables -- --ignored regenerate` rewrites them.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Linter names the dictionary may use, in the order of the `Linter` enum.
pub const LINTERS: [&str; 34] = [
    "couponcode",
    "couponposoffer",
    "csum",
    "csumalpha",
    "gcppos1",
    "gcppos2",
    "hasnondigit",
    "hh",
    "hhmi",
    "hyphen",
    "iban",
    "importeridx",
    "iso3166",
    "iso3166999",
    "iso3166alpha2",
    "iso4217",
    "iso5218",
    "latitude",
    "longitude",
    "mediatype",
    "mi",
    "nonzero",
    "nozeroprefix",
    "packagetype",
    "pcenc",
    "pieceoftotal",
    "posinseqslash",
    "ss",
    "winding",
    "yesno",
    "yymmd0",
    "yymmdd",
    "yyyymmdd",
    "zero",
];

/// Rust variant name of a linter.
pub fn linter_variant(name: &str) -> String {
    let mut c = name.chars();
    match c.next() {
        Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

struct Comp {
    cset: char,
    min: u32,
    max: u32,
    optional: bool,
    linters: Vec<String>,
}

struct Line {
    first: u32,
    last: u32,
    width: usize,
    fnc1: bool,
    dl_attr: bool,
    comps: Vec<Comp>,
    req: Vec<String>,
    ex: Vec<String>,
    dlpkey: Option<Vec<Vec<String>>>,
    title: String,
}

fn parse_comp(tok: &str) -> Result<Comp, String> {
    let mut parts = tok.split(',');
    let ty = parts.next().ok_or("empty component")?;
    let (optional, ty) = match ty.strip_prefix('[') {
        Some(rest) => (
            true,
            rest.strip_suffix(']')
                .ok_or(format!("bad optional {tok}"))?,
        ),
        None => (false, ty),
    };
    let cset = ty.chars().next().ok_or("empty type")?;
    if !matches!(cset, 'N' | 'X' | 'Y' | 'Z') {
        return Err(format!("bad cset in {tok}"));
    }
    let lens = &ty[1..];
    let (min, max) = if let Some(m) = lens.strip_prefix("..") {
        (1, m.parse::<u32>().map_err(|e| format!("{tok}: {e}"))?)
    } else {
        let n = lens.parse::<u32>().map_err(|e| format!("{tok}: {e}"))?;
        (n, n)
    };
    let linters: Vec<String> = parts.map(str::to_string).collect();
    for l in &linters {
        if !LINTERS.contains(&l.as_str()) {
            return Err(format!("unknown linter {l}"));
        }
    }
    Ok(Comp {
        cset,
        min,
        max,
        optional,
        linters,
    })
}

fn parse_line(line: &str) -> Result<Line, String> {
    let (body, title) = match line.find('#') {
        Some(i) => (&line[..i], line[i + 1..].trim().to_string()),
        None => (line, String::new()),
    };
    let mut toks = body.split_whitespace().peekable();
    let ais = toks.next().ok_or("no AI")?;
    let (first, last, width) = match ais.split_once('-') {
        Some((a, b)) => (
            a.parse::<u32>().map_err(|e| e.to_string())?,
            b.parse::<u32>().map_err(|e| e.to_string())?,
            a.len(),
        ),
        None => (
            ais.parse::<u32>().map_err(|e| e.to_string())?,
            ais.parse::<u32>().map_err(|e| e.to_string())?,
            ais.len(),
        ),
    };
    let mut fnc1 = true;
    let mut dl_attr = false;
    if let Some(t) = toks.peek()
        && !t.starts_with(['N', 'X', 'Y', 'Z', '['])
    {
        for c in t.chars() {
            match c {
                '*' => fnc1 = false,
                '?' => dl_attr = true,
                _ => return Err(format!("unknown flag {c}")),
            }
        }
        toks.next();
    }
    let mut comps = Vec::new();
    let mut req = Vec::new();
    let mut ex = Vec::new();
    let mut dlpkey = None;
    for t in toks {
        if let Some(r) = t.strip_prefix("req=") {
            req.push(r.to_string());
        } else if let Some(e) = t.strip_prefix("ex=") {
            ex.extend(e.split(',').map(str::to_string));
        } else if t == "dlpkey" {
            dlpkey = Some(Vec::new());
        } else if let Some(k) = t.strip_prefix("dlpkey=") {
            dlpkey = Some(
                k.split('|')
                    .map(|alt| alt.split(',').map(str::to_string).collect())
                    .collect(),
            );
        } else if t.starts_with(['N', 'X', 'Y', 'Z', '[']) {
            comps.push(parse_comp(t)?);
        } else {
            return Err(format!("unknown token {t}"));
        }
    }
    if comps.is_empty() {
        return Err("no components".into());
    }
    Ok(Line {
        first,
        last,
        width,
        fnc1,
        dl_attr,
        comps,
        req,
        ex,
        dlpkey,
        title,
    })
}

fn q(s: &str) -> String {
    format!("{s:?}")
}

/// Extract the dictionary commit from `SOURCES.md` ("head commit `<40 hex>`").
pub fn dictionary_commit(sources_md: &str) -> Result<String, String> {
    let i = sources_md
        .find("head commit `")
        .ok_or("no 'head commit' in SOURCES.md")?;
    let rest = &sources_md[i + "head commit `".len()..];
    let end = rest.find('`').ok_or("unterminated commit")?;
    Ok(rest[..end].to_string())
}

/// Generate `src/gs1/ai_table.rs` from the dictionary text and `SOURCES.md`.
pub fn generate_ai_table(dict: &str, sources_md: &str) -> Result<String, String> {
    let commit = dictionary_commit(sources_md)?;
    let release = dict
        .lines()
        .find_map(|l| l.strip_prefix("# Release:"))
        .map(|s| s.trim().to_string())
        .ok_or("no Release line")?;
    let mut lines = Vec::new();
    for (n, raw) in dict.lines().enumerate() {
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        lines.push(parse_line(l).map_err(|e| format!("line {}: {e}", n + 1))?);
    }
    let mut out = String::new();
    let total: u32 = lines.iter().map(|l| l.last - l.first + 1).sum();
    writeln!(
        out,
        "//! The GS1 Application Identifier table: every AI of the GS1 Barcode Syntax Dictionary."
    )
    .unwrap();
    writeln!(out, "//!").unwrap();
    writeln!(out, "//! GENERATED FILE, do not edit: `cargo test --test gs1_tables -- --ignored regenerate` rewrites it").unwrap();
    writeln!(out, "//! from `gs1-syntax-dictionary.txt` (github `gs1/gs1-syntax-dictionary`, commit `{commit}`,").unwrap();
    writeln!(out, "//! `Release: {release}`), and the `gs1_tables` test fails when the two disagree. The dictionary is").unwrap();
    writeln!(out, "//! Apache-2.0, copyright BWIPP project, Zint project and GS1 AISBL. {total} AIs once ranges are expanded.").unwrap();
    writeln!(out).unwrap();
    writeln!(out, "use super::ai::{{AiEntry, Component, Cset, ReqRule}};").unwrap();
    writeln!(out, "use super::lint::Linter;").unwrap();
    writeln!(out).unwrap();
    writeln!(
        out,
        "pub use super::ai::{{ai_length_by_prefix, lookup, lookup_prefix}};"
    )
    .unwrap();
    writeln!(out).unwrap();
    writeln!(
        out,
        "/// Commit of `gs1/gs1-syntax-dictionary` this table was generated from."
    )
    .unwrap();
    writeln!(out, "pub const DICTIONARY_COMMIT: &str = {};", q(&commit)).unwrap();
    writeln!(
        out,
        "/// The dictionary's `Release:` line (`UNSET` = development head)."
    )
    .unwrap();
    writeln!(out, "pub const DICTIONARY_RELEASE: &str = {};", q(&release)).unwrap();
    writeln!(out, "/// Number of AIs in the table.").unwrap();
    writeln!(out, "pub const AI_COUNT: usize = {total};").unwrap();
    writeln!(out).unwrap();
    for (i, l) in lines.iter().enumerate() {
        let mut comps = String::new();
        for c in &l.comps {
            let cset = match c.cset {
                'N' => "Cset::N",
                'X' => "Cset::X",
                'Y' => "Cset::Y",
                _ => "Cset::Z",
            };
            let lint: Vec<String> = c
                .linters
                .iter()
                .map(|n| format!("Linter::{}", linter_variant(n)))
                .collect();
            write!(
                comps,
                "Component {{ cset: {cset}, min: {}, max: {}, optional: {}, linters: &[{}] }}, ",
                c.min,
                c.max,
                c.optional,
                lint.join(", ")
            )
            .unwrap();
        }
        writeln!(
            out,
            "const C{i}: &[Component] = &[{}];",
            comps.trim_end_matches([',', ' '])
        )
        .unwrap();
        let reqs: Vec<String> = l
            .req
            .iter()
            .map(|r| {
                let groups: Vec<String> = r
                    .split(',')
                    .map(|g| format!("&[{}]", g.split('+').map(q).collect::<Vec<_>>().join(", ")))
                    .collect();
                format!(
                    "ReqRule {{ text: {}, groups: &[{}] }}",
                    q(r),
                    groups.join(", ")
                )
            })
            .collect();
        writeln!(out, "const R{i}: &[ReqRule] = &[{}];", reqs.join(", ")).unwrap();
        writeln!(
            out,
            "const E{i}: &[&str] = &[{}];",
            l.ex.iter().map(|e| q(e)).collect::<Vec<_>>().join(", ")
        )
        .unwrap();
        let dl = match &l.dlpkey {
            None => "None".to_string(),
            Some(alts) => format!(
                "Some(&[{}])",
                alts.iter()
                    .map(|a| format!(
                        "&[{}]",
                        a.iter().map(|s| q(s)).collect::<Vec<_>>().join(", ")
                    ))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        writeln!(out, "const K{i}: Option<&[&[&str]]> = {dl};").unwrap();
    }
    writeln!(out).unwrap();
    writeln!(out, "/// Every AI, sorted by AI string.").unwrap();
    writeln!(out, "pub static ENTRIES: [AiEntry; AI_COUNT] = ENTRY_LIST;").unwrap();
    writeln!(out).unwrap();
    writeln!(out, "#[allow(clippy::large_const_arrays)]").unwrap();
    writeln!(out, "pub(crate) const ENTRY_LIST: [AiEntry; AI_COUNT] = [").unwrap();
    let mut all: BTreeMap<String, String> = BTreeMap::new();
    for (i, l) in lines.iter().enumerate() {
        let min: u32 = l.comps.iter().filter(|c| !c.optional).map(|c| c.min).sum();
        let max: u32 = l.comps.iter().map(|c| c.max).sum();
        for n in l.first..=l.last {
            let ai = format!("{n:0width$}", width = l.width);
            let e = format!(
                "    AiEntry {{ ai: {}, fnc1_required: {}, dl_data_attr: {}, components: C{i}, min_len: {min}, max_len: {max}, req: R{i}, ex: E{i}, dl_pkey: K{i}, title: {} }},",
                q(&ai),
                l.fnc1,
                l.dl_attr,
                q(&l.title)
            );
            if all.insert(ai.clone(), e).is_some() {
                return Err(format!("duplicate AI {ai}"));
            }
        }
    }
    for e in all.values() {
        writeln!(out, "{e}").unwrap();
    }
    writeln!(out, "];").unwrap();
    Ok(out)
}

/// Generate `src/gs1/code_lists.rs` from `code-lists.json`.
pub fn generate_code_lists(json: &str) -> Result<String, String> {
    let v: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let lists = v
        .get("code_lists")
        .and_then(|l| l.as_object())
        .ok_or("no code_lists")?;
    let mut out = String::new();
    writeln!(out, "//! Code lists checked by the linters (ISO 3166, ISO 4217, ISO/IEC 5218, media and package types).").unwrap();
    writeln!(out, "//!").unwrap();
    writeln!(out, "//! GENERATED FILE, do not edit: `cargo test --test gs1_tables -- --ignored regenerate` rewrites it").unwrap();
    writeln!(out, "//! from `code-lists.json` (lists measured from the GS1 Barcode Syntax Engine's own linters); the").unwrap();
    writeln!(
        out,
        "//! `gs1_tables` test fails when the two disagree. Each list is sorted for binary search."
    )
    .unwrap();
    writeln!(out).unwrap();
    let names = [
        ("iso3166", "ISO3166", "ISO 3166-1 numeric country codes."),
        (
            "iso3166999",
            "ISO3166_999",
            "ISO 3166-1 numeric country codes plus `999`.",
        ),
        (
            "iso3166alpha2",
            "ISO3166_ALPHA2",
            "ISO 3166-1 alpha-2 country codes.",
        ),
        ("iso4217", "ISO4217", "ISO 4217 numeric currency codes."),
        ("iso5218", "ISO5218", "ISO/IEC 5218 biological sex codes."),
        ("mediatype", "MEDIA_TYPE", "GS1 AIDC media type codes."),
        (
            "importeridx",
            "IMPORTER_INDEX",
            "Importer index characters of AI (7040).",
        ),
        (
            "packagetype",
            "PACKAGE_TYPE",
            "Package type codes (UN/ECE Recommendation 21 style) of AI (7041).",
        ),
    ];
    for (key, cname, doc) in names {
        let arr = lists
            .get(key)
            .and_then(|a| a.as_array())
            .ok_or(format!("no list {key}"))?;
        let mut items: Vec<String> = arr
            .iter()
            .map(|x| x.as_str().map(str::to_string).ok_or("non-string"))
            .collect::<Result<_, _>>()?;
        items.sort();
        items.dedup();
        writeln!(out, "/// {doc}").unwrap();
        writeln!(out, "pub static {cname}: &[&str] = &[").unwrap();
        for chunk in items.chunks(12) {
            writeln!(
                out,
                "    {},",
                chunk.iter().map(|s| q(s)).collect::<Vec<_>>().join(", ")
            )
            .unwrap();
        }
        writeln!(out, "];").unwrap();
    }
    Ok(out)
}
