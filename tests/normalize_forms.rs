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
    // Digits only, no separators: a great many readings. Small caps must stop the search, say so,
    // and never claim a unique reading.
    let digits = "91".to_string() + &"1234567890".repeat(30);
    let small = NormalizeOptions {
        max_steps: 5_000,
        max_readings: 8,
        max_candidates: 4,
        ..opts()
    };
    let n = normalize(&digits, None, &small).unwrap();
    assert!(n.truncated);
    assert!(n.unique().is_none());
    assert!(n.candidates.len() <= 4);
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
