//! Market profiles: for every built-in profile, a valid pack built from the profile's own rules
//! passes with no error, and for every rule a pack built to break exactly that rule gets a finding
//! with that rule id and severity (or, where GS1 itself forbids the value, is rejected by GS1).
//! Plus the profile file reader: every built-in file parses and names its sources, and malformed
//! lines are refused with their line number.

use gs1_datamatrix::gs1::lint::check_digit;
use gs1_datamatrix::gs1::{ElementString, Options};
use gs1_datamatrix::profile::{
    self, Charset, Finding, Profile, ProfileError, RuleKind, Severity, parse_profile,
};

/// GS1 rules about AI associations are switched off so a pack without (01) can still reach the
/// profile check (the profile must report the missing AI itself).
fn opts() -> Options {
    Options {
        validate_requisite_ais: false,
        ..Options::default()
    }
}

fn gtin(body13: &str) -> String {
    format!("{body13}{}", check_digit(body13.as_bytes()) as char)
}

fn length_of(p: &Profile, ai: &str) -> Option<(u16, u16)> {
    p.rules.iter().find_map(|r| match &r.kind {
        RuleKind::Length { ai: a, min, max } if a == ai => Some((*min, *max)),
        _ => None,
    })
}

fn charset_of(p: &Profile, ai: &str) -> Option<Charset> {
    p.rules.iter().find_map(|r| match &r.kind {
        RuleKind::Charset { ai: a, set } if a == ai => Some(*set),
        _ => None,
    })
}

fn has_rule(p: &Profile, f: impl Fn(&RuleKind) -> bool) -> bool {
    p.rules.iter().any(|r| f(&r.kind))
}

/// A value for `ai` that satisfies every rule of `p` (and GS1).
fn good_value(p: &Profile, ai: &str) -> String {
    let (min, max) = length_of(p, ai).unwrap_or((1, 20));
    let n = usize::from(max.min(12).max(min));
    let filler = |digits: bool| -> String {
        (0..n)
            .map(|i| {
                if digits || i % 2 == 0 {
                    char::from(b'0' + (i % 10) as u8)
                } else {
                    char::from(b'A' + (i % 26) as u8)
                }
            })
            .collect()
    };
    match ai {
        "01" if has_rule(p, |k| matches!(k, RuleKind::GtinNdc(_))) => gtin("0031234567890"),
        "01" => gtin("0950600013435"),
        "17" => "271231".into(),
        _ => filler(charset_of(p, ai) == Some(Charset::Digits)),
    }
}

fn required(p: &Profile) -> Vec<String> {
    let mut v = Vec::new();
    for r in &p.rules {
        if let RuleKind::Require(ais) = &r.kind {
            v.extend(ais.iter().cloned());
        }
    }
    v
}

/// Required AIs in the profile's `order` (01 first when there is none).
fn good_pack(p: &Profile) -> Vec<(String, String)> {
    let mut ais = required(p);
    let order: Option<Vec<String>> = p.rules.iter().find_map(|r| match &r.kind {
        RuleKind::Order(o) => Some(o.clone()),
        _ => None,
    });
    let rank = |a: &String| match &order {
        Some(o) => o.iter().position(|x| x == a).unwrap_or(usize::MAX),
        None => usize::from(a != "01"),
    };
    ais.sort_by_key(rank);
    ais.into_iter()
        .map(|a| (a.clone(), good_value(p, &a)))
        .collect()
}

fn build(pairs: &[(String, String)]) -> Result<ElementString, String> {
    ElementString::from_ai_values(
        pairs.iter().map(|(a, v)| (a.as_str(), v.as_bytes())),
        &opts(),
    )
    .map_err(|e| e.to_string())
}

fn findings(p: &Profile, pairs: &[(String, String)]) -> Result<Vec<Finding>, String> {
    build(pairs).map(|es| p.check(&es))
}

fn all_profiles() -> Vec<Profile> {
    let v: Vec<Profile> = profile::BUILTIN
        .iter()
        .map(|(id, text)| parse_profile(text).unwrap_or_else(|e| panic!("{id}: {e}")))
        .collect();
    assert_eq!(v.len(), 6);
    v
}

#[test]
fn builtin_profiles_parse_and_cite_sources() {
    for (id, _) in profile::BUILTIN {
        let p = profile::builtin(id).expect("builtin");
        assert_eq!(&p.id, id);
        assert!(
            !p.name.is_empty() && !p.sources.is_empty(),
            "{id}: name and sources"
        );
        assert!(!required(&p).is_empty(), "{id}: requires something");
    }
    let want: [(&str, &[&str]); 6] = [
        ("eu-fmd", &["01", "21", "10", "17"]),
        ("dscsa", &["01", "21", "10", "17"]),
        ("tatmeen", &["01", "17", "10", "21"]),
        ("rsd", &["01", "17", "10", "21"]),
        ("mdlp", &["01", "21", "91", "92"]),
        ("brazil", &["01", "713", "21", "17", "10"]),
    ];
    for (id, ais) in want {
        assert_eq!(required(&profile::builtin(id).unwrap()), ais, "{id}");
    }
    assert!(profile::builtin("nowhere").is_none());
}

#[test]
fn good_packs_pass_every_profile() {
    for p in all_profiles() {
        let pack = good_pack(&p);
        let f = findings(&p, &pack).unwrap_or_else(|e| panic!("{}: {e}", p.id));
        assert!(f.is_empty(), "{}: {pack:?} -> {f:?}", p.id);
    }
}

/// Each rule of each profile, broken on purpose.
#[test]
fn each_rule_broken_gives_its_finding() {
    let mut checked = 0;
    for p in all_profiles() {
        let good = good_pack(&p);
        for rule in &p.rules {
            let mut cases: Vec<Vec<(String, String)>> = Vec::new();
            let set = |pack: &[(String, String)], ai: &str, v: String| -> Vec<(String, String)> {
                pack.iter()
                    .map(|(a, x)| (a.clone(), if a == ai { v.clone() } else { x.clone() }))
                    .collect()
            };
            match &rule.kind {
                RuleKind::Require(ais) => {
                    for a in ais {
                        cases.push(good.iter().filter(|(x, _)| x != a).cloned().collect());
                    }
                }
                RuleKind::Allow(_) => continue,
                RuleKind::Forbid(ais) => {
                    for a in ais {
                        let mut v = good.clone();
                        v.push((a.clone(), "1".into()));
                        cases.push(v);
                    }
                }
                RuleKind::Unlisted => {
                    let mut v = good.clone();
                    v.push(("240".into(), "XYZ".into()));
                    cases.push(v);
                }
                RuleKind::Order(o) => {
                    // Swap the first two listed AIs.
                    let mut v = good.clone();
                    let i = v.iter().position(|(a, _)| *a == o[0]).unwrap();
                    let j = v.iter().position(|(a, _)| *a == o[1]).unwrap();
                    v.swap(i, j);
                    cases.push(v);
                }
                RuleKind::First(a) => {
                    let mut v = good.clone();
                    let i = v.iter().position(|(x, _)| x == a).unwrap();
                    let e = v.remove(i);
                    v.push(e);
                    cases.push(v);
                }
                RuleKind::Length { ai, min, max } => {
                    let base = good_value(&p, ai);
                    let c = base.chars().next().unwrap();
                    cases.push(set(
                        &good,
                        ai,
                        std::iter::repeat_n(c, usize::from(*max) + 1).collect(),
                    ));
                    if *min > 1 {
                        cases.push(set(
                            &good,
                            ai,
                            std::iter::repeat_n(c, usize::from(*min) - 1).collect(),
                        ));
                    }
                }
                RuleKind::Charset { ai, set: cs } => {
                    let bad = if *cs == Charset::Digits { 'A' } else { '-' };
                    let mut v = good_value(&p, ai);
                    v.pop();
                    v.push(bad);
                    cases.push(set(&good, ai, v));
                }
                RuleKind::NoDay00(ai) => cases.push(set(&good, ai, "271200".into())),
                RuleKind::GtinNdc(ai) => cases.push(set(&good, ai, gtin("0950600013435"))),
                other => panic!("untested rule kind {other:?}"),
            }
            for case in cases {
                checked += 1;
                match findings(&p, &case) {
                    Ok(f) => {
                        assert!(
                            f.iter().any(|f| f.rule == rule.kind.id()
                                && f.severity == rule.severity
                                && f.line == rule.line),
                            "{} line {}: {case:?} -> {f:?}",
                            p.id,
                            rule.line
                        );
                        assert_eq!(
                            profile::has_error(&f),
                            f.iter().any(|f| f.severity == Severity::Error)
                        );
                    }
                    // GS1 itself refuses the value (e.g. a 21-character serial): the pack fails anyway.
                    Err(e) => assert!(
                        matches!(rule.kind, RuleKind::Length { .. }),
                        "{} line {}: GS1 rejected {case:?}: {e}",
                        p.id,
                        rule.line
                    ),
                }
            }
        }
    }
    assert!(checked >= 40, "only {checked} broken packs checked");
}

#[test]
fn check_input_combines_gs1_and_profile() {
    let eu = profile::builtin("eu-fmd").unwrap();
    let o = Options::default();
    let (_, f) =
        profile::check_input("(01)09506000134352(17)271231(10)AB1(21)XY12", &o, &eu).unwrap();
    assert!(f.is_empty(), "{f:?}");
    let (_, f) =
        profile::check_input("]d201095060001343521727123110AB1\u{1d}21XY12", &o, &eu).unwrap();
    assert!(f.is_empty(), "{f:?}");
    // A GS1 error comes back as the error, not as findings.
    assert!(profile::check_input("(01)09506000134353(21)X", &o, &eu).is_err());
    let us = profile::builtin("dscsa").unwrap();
    let (_, f) =
        profile::check_input("(01)09506000134352(17)271231(10)AB1(21)XY12", &o, &us).unwrap();
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].rule, f[0].ai.as_deref(), f[0].severity),
        ("gtin-ndc", Some("01"), Severity::Error)
    );
}

#[test]
fn ndc_structure() {
    for (g, ndc) in [
        (gtin("0031234567890"), Some("1234567890")),
        (gtin("8030000000001"), Some("0000000001")),
        (gtin("9031234567890"), None), // indicator 9: variable measure
        (gtin("0131234567890"), None),
        (gtin("0950600013435"), None),
    ] {
        assert_eq!(profile::ndc_from_gtin(&g), ndc, "{g}");
    }
    assert_eq!(profile::ndc_from_gtin("0031234567890"), None);
}

#[test]
fn profile_file_errors_name_the_line() {
    let head = "[profile]\nid = x\n[rules]\n";
    let cases: [(&str, ProfileError); 9] = [
        ("fatal require 01", ProfileError::BadSeverity { line: 4 }),
        ("error require 1", ProfileError::BadAi { line: 4 }),
        ("error require 01A", ProfileError::BadAi { line: 4 }),
        ("error frobnicate 01", ProfileError::UnknownRule { line: 4 }),
        ("error length 21 5", ProfileError::BadLine { line: 4 }),
        ("error length 21 9 5", ProfileError::BadNumber { line: 4 }),
        (
            "error charset 21 emoji",
            ProfileError::BadCharset { line: 4 },
        ),
        ("error unlisted 21", ProfileError::BadLine { line: 4 }),
        ("error require", ProfileError::BadLine { line: 4 }),
    ];
    for (line, want) in cases {
        assert_eq!(
            parse_profile(&format!("{head}{line}\n")),
            Err(want),
            "{line}"
        );
    }
    assert_eq!(
        parse_profile("id = x\n"),
        Err(ProfileError::OutsideSection { line: 1 })
    );
    assert_eq!(
        parse_profile("[profile]\nname = y\n"),
        Err(ProfileError::MissingId)
    );
    assert_eq!(
        parse_profile("[other]\n"),
        Err(ProfileError::UnknownSection { line: 1 })
    );
    assert_eq!(
        parse_profile("[profile]\ncolour = red\n"),
        Err(ProfileError::UnknownKey { line: 2 })
    );
    let big = "#".repeat(profile::MAX_PROFILE_LEN + 1);
    assert!(matches!(
        parse_profile(&big),
        Err(ProfileError::TooLong { .. })
    ));
    // A user's own profile works like a built-in one.
    let p = parse_profile(&format!(
        "{head}error require 01 21 # comment\nwarning length 21 8 8\n"
    ))
    .unwrap();
    let es =
        ElementString::parse_bracketed("(01)09506000134352(21)ABC", &Options::default()).unwrap();
    let f = p.check(&es);
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].rule, f[0].severity, f[0].line),
        ("length", Severity::Warning, 5)
    );
}
