//! Round-trip properties of the EPC layer, over random valid identifiers of every scheme.
//!
//! Invariants:
//! 1. element string -> EPC -> URN -> EPC gives the same EPC, and back to the same (AI, value) pairs
//!    (canonical: SGLN extension `0` = no (254));
//! 2. the URN is canonical: only `" % & / < > ?` escaped, upper-case hex, nothing else escaped;
//! 3. the Digital Link URI parses back (with the GCP length) to the same EPC;
//! 4. the GS1 layer accepts the element string the EPC layer writes;
//! 5. SGTIN-198 (always) and SGTIN-96 (numeric serials without leading zero below 2^38) and SSCC-96
//!    hex decode to the same EPC; SGTIN-96 refuses every other serial;
//! 6. arbitrary text never panics the URN, Digital Link and hex readers.

use gs1_datamatrix::epc::{Epc, GcpLength, Scheme, TagEncoding};
use proptest::prelude::*;

/// Character set 82, written out independently of the crate.
const CSET82: &str =
    "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

fn check_digit(body: &str) -> char {
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    char::from(b'0' + ((10 - sum % 10) % 10) as u8)
}

fn digits(n: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(0u8..10, n)
        .prop_map(|v| v.into_iter().map(|d| char::from(b'0' + d)).collect())
}

fn cset82(min: usize, max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        proptest::sample::select(CSET82.chars().collect::<Vec<_>>()),
        min..=max,
    )
    .prop_map(|v| v.into_iter().collect())
}

fn with_check(body: String) -> String {
    let c = check_digit(&body);
    body + &c.to_string()
}

/// (scheme, element string pairs) of a random valid identifier.
fn identifier() -> impl Strategy<Value = (Scheme, Vec<(&'static str, String)>)> {
    prop_oneof![
        (digits(13), cset82(1, 20))
            .prop_map(|(g, s)| (Scheme::Sgtin, vec![("01", with_check(g)), ("21", s)])),
        (digits(13), proptest::num::u64::ANY).prop_map(|(g, n)| {
            (
                Scheme::Sgtin,
                vec![
                    ("01", with_check(g)),
                    ("21", (n % (1u64 << 39)).to_string()),
                ],
            )
        }),
        (digits(13), cset82(1, 20))
            .prop_map(|(g, s)| (Scheme::Lgtin, vec![("01", with_check(g)), ("10", s)])),
        digits(13).prop_map(|g| (Scheme::SgtinIdPattern, vec![("01", with_check(g))])),
        digits(17).prop_map(|s| (Scheme::Sscc, vec![("00", with_check(s))])),
        (digits(12), proptest::option::of(cset82(1, 20))).prop_map(|(g, e)| {
            let mut v = vec![("414", with_check(g))];
            if let Some(e) = e.filter(|e| e != "0") {
                v.push(("254", e));
            }
            (Scheme::Sgln, v)
        }),
        (digits(12), cset82(1, 16)).prop_map(|(g, s)| (
            Scheme::Grai,
            vec![("8003", format!("0{}{s}", with_check(g)))]
        )),
        (digits(12), cset82(1, 18))
            .prop_map(|(g, s)| (Scheme::Giai, vec![("8004", format!("{g}{s}"))])),
        digits(17).prop_map(|s| (Scheme::Gsrn, vec![("8018", with_check(s))])),
        digits(17).prop_map(|s| (Scheme::Gsrnp, vec![("8017", with_check(s))])),
        (digits(12), cset82(1, 17))
            .prop_map(|(g, s)| (Scheme::Gdti, vec![("253", format!("{}{s}", with_check(g)))])),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn element_string_urn_round_trip((scheme, ais) in identifier(), gcp in 6usize..=12) {
        let pairs: Vec<(&str, &str)> = ais.iter().map(|(a, v)| (*a, v.as_str())).collect();
        let gcp = GcpLength::new(gcp).unwrap();
        let epc = Epc::from_ais_as(scheme, &pairs, gcp).unwrap();
        prop_assert_eq!(epc.scheme(), scheme);
        prop_assert_eq!(epc.gcp_length(), gcp.get());
        // 1
        let urn = epc.to_urn();
        prop_assert_eq!(Epc::from_urn(&urn).unwrap(), epc.clone());
        let back: Vec<(&str, String)> = epc.to_ais();
        prop_assert_eq!(&back, &ais);
        // 2
        let body = urn.splitn(5, ':').nth(4).unwrap();
        let mut i = 0;
        let b = body.as_bytes();
        while i < b.len() {
            if b[i] == b'%' {
                let hex = &body[i + 1..i + 3];
                prop_assert!(["22", "25", "26", "2F", "3C", "3E", "3F"].contains(&hex), "{}", urn);
                i += 3;
            } else {
                prop_assert!(!"\"%&/<>?".contains(char::from(b[i])), "{}", urn);
                i += 1;
            }
        }
        // 3
        prop_assert_eq!(Epc::from_digital_link(&epc.to_digital_link(), gcp).unwrap(), epc.clone());
        // 4
        let es = epc.to_element_string();
        prop_assert!(es.is_ok(), "GS1 layer rejects {}: {:?}", epc.to_bracketed(), es);
        // 5
        if scheme == Scheme::Sgtin {
            let hex = epc.to_tag_hex(TagEncoding::Sgtin198, 3).unwrap();
            prop_assert_eq!(Epc::from_tag_hex(&hex).unwrap(), (epc.clone(), TagEncoding::Sgtin198, 3));
            let serial = &ais[1].1;
            let fits = serial.bytes().all(|c| c.is_ascii_digit())
                && (serial == "0" || !serial.starts_with('0'))
                && serial.parse::<u64>().is_ok_and(|n| n < 1 << 38);
            match epc.to_tag_hex(TagEncoding::Sgtin96, 1) {
                Ok(hex) => {
                    prop_assert!(fits);
                    prop_assert_eq!(Epc::from_tag_hex(&hex).unwrap(), (epc.clone(), TagEncoding::Sgtin96, 1));
                }
                Err(_) => prop_assert!(!fits),
            }
        }
        if scheme == Scheme::Sscc {
            let hex = epc.to_tag_hex(TagEncoding::Sscc96, 0).unwrap();
            prop_assert_eq!(Epc::from_tag_hex(&hex).unwrap(), (epc, TagEncoding::Sscc96, 0));
        }
    }

    #[test]
    fn readers_never_panic(s in "\\PC{0,80}", tail in "[0-9a-zA-Z.%/:*]{0,40}") {
        let _ = Epc::from_urn(&s);
        let _ = Epc::from_urn(&format!("urn:epc:id:sgtin:{tail}"));
        let _ = Epc::from_urn(&format!("urn:epc:id:giai:{tail}"));
        let _ = Epc::from_digital_link(&format!("https://id.gs1.org/{tail}"), GcpLength::new(7).unwrap());
        let _ = Epc::from_tag_hex(&s);
        let _ = Epc::from_tag_hex(&tail);
    }

    /// Hand-built variants with arbitrary contents never panic any writer.
    #[test]
    fn hand_built_epcs_never_panic(a in "\\PC{0,16}", b in "\\PC{0,16}", c in "\\PC{0,24}") {
        let all = [
            Epc::Sgtin { company_prefix: a.clone(), item_reference: b.clone(), serial: c.clone() },
            Epc::Sscc { company_prefix: a.clone(), serial_reference: b.clone() },
            Epc::Sgln { company_prefix: a.clone(), location_reference: b.clone(), extension: c.clone() },
            Epc::Giai { company_prefix: a.clone(), asset_reference: c.clone() },
            Epc::Lgtin { company_prefix: a.clone(), item_reference: b.clone(), lot: c.clone() },
        ];
        for epc in all {
            let _ = (epc.to_urn(), epc.to_digital_link(), epc.to_bracketed(), epc.to_element_string());
            for enc in [TagEncoding::Sgtin96, TagEncoding::Sgtin198, TagEncoding::Sscc96] {
                let _ = (epc.to_tag_uri(enc, 3), epc.to_tag_hex(enc, 3));
            }
        }
    }
}
