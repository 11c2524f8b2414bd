//! The scan normaliser's edge cases: the `<GS>` text that is also legal data, inputs that are not AI
//! data, the caps on untrusted input, profile filtering, and agreement with the GS1 layer's own
//! scan parser on well-formed scans.

use gs1_datamatrix::gs1::{self, ElementString, Options};
use gs1_datamatrix::normalize::{Form, MAX_INPUT, NormalizeError, NormalizeOptions, normalize};
use gs1_datamatrix::profile;

fn opts() -> NormalizeOptions {
    NormalizeOptions::default()
}

fn es(bracketed: &str) -> ElementString {
    ElementString::parse_bracketed(bracketed, &Options::default()).unwrap()
}

#[test]
fn well_formed_scans_agree_with_parse_scan() {
    for b in [
        "(01)09506000134352(17)261231(10)ABC123(21)SN42",
        "(01)09506000134352(21)A<B>C(10)X",
        "(01)09506000134352(10)AB12(17)270100(21)1",
    ] {
        let e = es(b);
        let scan = String::from_utf8(e.scan_data()).unwrap();
        let via_gs1 = gs1::parse_scan(&scan, &Options::default()).unwrap();
        let n = normalize(&scan, None, &opts()).unwrap();
        assert_eq!(n.form, Form::Separated);
        assert_eq!(n.unique().map(|c| c.ai_str()), via_gs1.ai_str(), "{scan:?}");
    }
}

#[test]
fn gs_text_that_is_data() {
    // "<GS>" inside a serial is legal CSET 82 data; as a separator it gives no valid reading (the
    // rest "X" is no AI), so the normaliser reads it again as data.
    let e = es("(01)09506000134352(21)A<GS>X");
    let scan = format!("]d2{}", String::from_utf8(e.to_gs_separated()).unwrap());
    let n = normalize(&scan, None, &opts()).unwrap();
    assert_eq!(n.unique().map(|c| c.ai_str()), Some(e.to_bracketed()));
}

#[test]
fn bracketed_and_digital_link_inputs() {
    let n = normalize(" (01)09506000134352(21)X \n", None, &opts()).unwrap();
    assert_eq!(n.form, Form::Bracketed);
    assert_eq!(
        n.unique().map(|c| c.ai_str()).as_deref(),
        Some("(01)09506000134352(21)X")
    );
    let n = normalize(
        "]d1https://id.gs1.org/01/09506000134352/21/X",
        None,
        &opts(),
    )
    .unwrap();
    assert_eq!(n.form, Form::DigitalLink);
    assert_eq!(
        n.unique().map(|c| c.ai_str()).as_deref(),
        Some("(01)09506000134352(21)X")
    );
    // Invalid bracketed text: no candidate, not a guess.
    let n = normalize("(01)09506000134353", None, &opts()).unwrap();
    assert!(n.candidates.is_empty() && n.unique().is_none());
}

#[test]
fn no_reading() {
    for s in [
        "",
        "   \r\n",
        "hello",
        "]d2",
        "0109506000134353",
        "01095060001343521\u{e9}",
    ] {
        let n = normalize(s, None, &opts()).unwrap();
        assert!(n.candidates.is_empty(), "{s:?}: {:?}", n.candidates);
        assert_eq!(n.form, Form::None);
    }
}

#[test]
fn caps_bound_the_work() {
    let long = "1".repeat(MAX_INPUT + 1);
    assert_eq!(
        normalize(&long, None, &opts()),
        Err(NormalizeError::TooLong {
            len: MAX_INPUT + 1,
            max: MAX_INPUT
        })
    );
    // Digits only, no separators: tens of millions of dictionary readings, every one with (91)
    // repeated with different values. The search prunes each at the repeat and concludes, exactly,
    // that there is no reading.
    let digits = "91".to_string() + &"1234567890".repeat(30);
    let small = NormalizeOptions {
        max_steps: 5_000,
        max_readings: 8,
        max_candidates: 4,
        ..opts()
    };
    let n = normalize(&digits, None, &small).unwrap();
    assert!(n.lexical_readings > 1_000_000, "{}", n.lexical_readings);
    assert!(n.complete && !n.truncated && n.candidates.is_empty());
    // (91) holding "1125010111..." splits into (11), (17) ... in hundreds of valid ways: with 4
    // candidates asked for, the search stops with the 4 best, incomplete, never unique.
    let many = "0109506000134352".to_string() + "91" + &"11250101".repeat(10) + "2112345";
    let n = normalize(&many, None, &small).unwrap();
    assert!(
        !n.complete && !n.truncated && n.candidates.len() == 4,
        "{n:?}"
    );
    assert!(n.unique().is_none());
    assert!(n.lexical_readings > 100_000, "{}", n.lexical_readings);
    // Caps too small to finish the plan or to find the k best: truncated, never unique.
    for max_steps in [50, 400] {
        let tiny = NormalizeOptions {
            max_steps,
            max_candidates: 64,
            ..small
        };
        let n = normalize(&many, None, &tiny).unwrap();
        assert!(n.truncated && !n.complete, "max_steps {max_steps}: {n:?}");
        assert!(n.unique().is_none());
    }
    // 8,000 characters need more than the 64 AIs an element string may hold: countless dictionary
    // readings, none valid; the plan's fewest-elements bound proves it without a capped search.
    let too_many = "0109506000134352".to_string() + "91" + &"11250101".repeat(1000);
    let n = normalize(&too_many, None, &opts()).unwrap();
    assert!(
        n.complete && !n.truncated && n.candidates.is_empty(),
        "{n:?}"
    );
    assert_eq!(n.lexical_readings, u64::MAX, "saturated count");
    // The worst case within MAX_INPUT finishes under the default caps.
    let worst = "9".repeat(MAX_INPUT);
    let t = std::time::Instant::now();
    let n = normalize(&worst, None, &opts()).unwrap();
    assert!(t.elapsed().as_secs() < 60, "took {:?}", t.elapsed());
    assert!(n.candidates.len() <= opts().max_candidates);
}

#[test]
fn profile_filters_and_ranks() {
    // (10) either ends before "21..." or swallows it: two GS1 readings. EU FMD requires (21), so
    // only one survives the profile.
    let e = es("(01)09506000134352(17)261231(10)ABC(21)SN42");
    let dropped: String = String::from_utf8(e.to_gs_separated())
        .unwrap()
        .replace('\u{1d}', "");
    let plain = normalize(&dropped, None, &opts()).unwrap();
    assert_eq!(plain.candidates.len(), 2);
    assert!(plain.unique().is_none());
    assert_eq!(
        plain.candidates[0].ai_str(),
        e.to_bracketed(),
        "ranked first"
    );
    let eu = profile::builtin("eu-fmd").unwrap();
    let n = normalize(&dropped, Some(&eu), &opts()).unwrap();
    assert_eq!(n.unique().map(|c| c.ai_str()), Some(e.to_bracketed()));
    // When every reading breaks the profile, all are kept (ranked), none is unique.
    let mdlp = profile::builtin("mdlp").unwrap();
    let n = normalize(&dropped, Some(&mdlp), &opts()).unwrap();
    assert_eq!(n.candidates.len(), 2);
    assert!(n.candidates.iter().all(|c| c.profile_errors > 0));
}

#[test]
fn one_candidate_asked_is_not_unique() {
    // Two readings (see `profile_filters_and_ranks`); asking for one candidate lists the best, and
    // `unique` still says there are several.
    let dropped = "01095060001343521726123110ABC21SN42";
    let one = NormalizeOptions {
        max_candidates: 1,
        ..opts()
    };
    let n = normalize(dropped, None, &one).unwrap();
    assert_eq!(n.candidates.len(), 1);
    assert!(n.unique().is_none() && n.kept == 2, "{n:?}");
}

/// The search is best-first: asking for k candidates gives the k best scores of the whole
/// reading set (checked against an exhaustive run), not the first k found.
#[test]
fn k_best_are_the_best() {
    let inputs = [
        "0109506000134352".to_string() + "91" + &"11250101".repeat(10) + "2112345",
        "0109506000134352".to_string()
            + "21112501011725010110ABC93301237111237003250101123024"
            + "0ABC250DEF",
        "0109506000134352".to_string()
            + "10"
            + &"1234567890".repeat(2)
            + "91"
            + &"1234567890".repeat(9),
    ];
    let all = NormalizeOptions {
        max_candidates: gs1_datamatrix::limits::MAX_NORMALIZE_READINGS,
        max_readings: gs1_datamatrix::limits::MAX_NORMALIZE_READINGS,
        max_steps: gs1_datamatrix::limits::MAX_NORMALIZE_STEPS,
        ..opts()
    };
    let eu = profile::builtin("eu-fmd").unwrap();
    for s in &inputs {
        for p in [None, Some(&eu)] {
            let full = normalize(s, p, &all).unwrap();
            assert!(full.complete && full.kept >= 6, "{s}: {}", full.kept);
            for k in [1, 4, 16] {
                let o = NormalizeOptions {
                    max_candidates: k,
                    ..opts()
                };
                let n = normalize(s, p, &o).unwrap();
                let got: Vec<i32> = n.candidates.iter().map(|c| c.score).collect();
                let want: Vec<i32> = full.candidates.iter().take(k).map(|c| c.score).collect();
                assert_eq!(got, want, "{s} k={k} profile {}", p.is_some());
                for c in &n.candidates {
                    assert!(full.candidates.contains(c), "{s}: {}", c.ai_str());
                }
                assert!(n.unique().is_none());
            }
        }
    }
}
