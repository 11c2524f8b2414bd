//! Round-trip properties of GS1 Digital Link URIs.
//!
//! Invariants checked on random valid element strings that carry a primary key (GTIN with CPV/batch/
//! serial or TPX qualifiers and dated/measured attributes, SSCC, GLN with extension, GSRN with SRIN,
//! GIAI), random values drawn from all of CSET 82 (so every percent-encoded character occurs), and
//! random stems (with and without a trailing `/`, with path segments, upper case):
//! 1. `to_dl_uri` succeeds and the URI starts with the stem (less one trailing `/`);
//! 2. `parse_dl_uri` of that URI succeeds and gives the same (AI, value) elements (as a multiset:
//!    the URI puts key and qualifiers first and fixed-length attributes before variable-length ones);
//! 3. writing the parsed elements again gives the same URI (the URI form is a fixed point).
//!
//! Also: arbitrary text never panics `parse_dl_uri` (the fuzz target `gs1_dl_uri` goes further).

use gs1_datamatrix::gs1::{ElementString, Options, digital_link};
use proptest::prelude::*;

/// CSET 82 (GS1 General Specifications figure 7.11-1).
const CSET82: &[u8] =
    b"!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

fn cset82(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(CSET82), 1..=max)
        .prop_map(|v| v.into_iter().map(char::from).collect())
}

fn digits(n: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(0u8..10, n)
        .prop_map(|v| v.into_iter().map(|d| char::from(b'0' + d)).collect())
}

/// Digits followed by their GS1 mod-10 check digit.
fn with_check_digit(body: &str) -> String {
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    let mut s = body.to_string();
    s.push(char::from(b'0' + ((10 - sum % 10) % 10) as u8));
    s
}

fn keyed(n: usize) -> impl Strategy<Value = String> {
    digits(n - 1).prop_map(|b| with_check_digit(&b))
}

/// A valid YYMMDD (days 01-28 are valid in every month).
fn date() -> impl Strategy<Value = String> {
    (0u8..100, 1u8..13, 1u8..29).prop_map(|(y, m, d)| format!("{y:02}{m:02}{d:02}"))
}

type Pairs = Vec<(String, String)>;

fn gtin_family() -> impl Strategy<Value = Pairs> {
    let quals = prop_oneof![
        (
            proptest::option::of(cset82(20)),
            proptest::option::of(cset82(20)),
            proptest::option::of(cset82(20))
        )
            .prop_map(|(cpv, lot, ser)| {
                let mut v = Vec::new();
                if let Some(x) = cpv {
                    v.push(("22".to_string(), x));
                }
                if let Some(x) = lot {
                    v.push(("10".to_string(), x));
                }
                if let Some(x) = ser {
                    v.push(("21".to_string(), x));
                }
                v
            }),
        cset82(28).prop_map(|tpx| vec![("235".to_string(), tpx)]),
    ];
    let attrs = (
        proptest::option::of(date()),
        proptest::option::of(date()),
        proptest::option::of(digits(6)),
        proptest::option::of((1usize..=8).prop_flat_map(digits)),
    )
        .prop_map(|(exp, prod, net, count)| {
            let mut v = Vec::new();
            for (ai, x) in [("17", exp), ("11", prod), ("3103", net), ("30", count)] {
                if let Some(x) = x {
                    v.push((ai.to_string(), x));
                }
            }
            v
        });
    (keyed(14), quals, attrs).prop_map(|(gtin, q, a)| {
        let mut v = vec![("01".to_string(), gtin)];
        v.extend(q);
        v.extend(a);
        v
    })
}

fn other_keys() -> impl Strategy<Value = Pairs> {
    prop_oneof![
        keyed(18).prop_map(|s| vec![("00".to_string(), s)]),
        (keyed(13), proptest::option::of(cset82(20))).prop_map(|(gln, ext)| {
            let mut v = vec![("414".to_string(), gln)];
            if let Some(e) = ext {
                v.push(("254".to_string(), e));
            }
            v
        }),
        (
            prop_oneof![Just("8017"), Just("8018")],
            keyed(18),
            proptest::option::of((1usize..=10).prop_flat_map(digits))
        )
            .prop_map(|(ai, gsrn, srin)| {
                let mut v = vec![(ai.to_string(), gsrn)];
                if let Some(s) = srin {
                    v.push(("8019".to_string(), s));
                }
                v
            }),
        (digits(4), proptest::option::of(cset82(26))).prop_map(|(gcp, rest)| {
            vec![(
                "8004".to_string(),
                format!("{gcp}{}", rest.unwrap_or_default()),
            )]
        }),
    ]
}

fn stem() -> impl Strategy<Value = String> {
    proptest::sample::select(vec![
        "https://id.gs1.org",
        "https://example.com/",
        "http://a.b",
        "HTTPS://ID.EXAMPLE.ORG/x",
        "https://brand.example/dl/",
        "https://example.com:8443/some/stem",
    ])
    .prop_map(String::from)
}

fn sorted(es: &ElementString) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = es
        .elements()
        .map(|e| (e.ai.to_string(), e.value.to_string()))
        .collect();
    v.sort();
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn element_string_to_uri_and_back(
        pairs in prop_oneof![gtin_family(), other_keys()],
        order in any::<proptest::sample::Index>(),
        stem in stem(),
    ) {
        let opts = Options::default();
        // Any element order is a valid input; rotate to vary it.
        let mut pairs = pairs;
        let len = pairs.len();
        pairs.rotate_left(order.index(len));
        let es = ElementString::from_ai_values(pairs.iter().map(|(a, v)| (a.as_str(), v.as_bytes())), &opts)
            .map_err(|e| TestCaseError::fail(format!("generator made invalid data {pairs:?}: {e}")))?;

        let uri = digital_link::to_dl_uri(&es, &stem)
            .map_err(|e| TestCaseError::fail(format!("{pairs:?}: {e}")))?;
        prop_assert!(uri.starts_with(stem.strip_suffix('/').unwrap_or(&stem)));

        let back = digital_link::parse_dl_uri(&uri, &opts)
            .map_err(|e| TestCaseError::fail(format!("{uri}: {e}")))?;
        prop_assert_eq!(sorted(&back), sorted(&es), "{}", uri);

        let again = digital_link::to_dl_uri(&back, &stem)
            .map_err(|e| TestCaseError::fail(format!("{uri}: {e}")))?;
        prop_assert_eq!(again, uri);
    }

    #[test]
    fn arbitrary_text_never_panics(s in "(https?://|HTTPS?://)?[ -~]{0,80}") {
        let _ = digital_link::parse_dl_uri(&s, &Options::default());
        let opts = Options {
            permit_unknown_ais: true,
            permit_zero_suppressed_gtin_in_dl_uris: true,
            validate_requisite_ais: false,
            validate_unknown_ai_not_dl_attr: false,
        };
        if let Ok(es) = digital_link::parse_dl_uri(&s, &opts) {
            let _ = digital_link::to_dl_uri_with(&es, "https://id.gs1.org", &opts);
        }
    }
}
