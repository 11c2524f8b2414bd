//! Round-trip properties of the GS1 layer, for every AI of the table with random valid values
//! generated from the AI's component specification (character set, lengths, linters).
//!
//! Invariants:
//! 1. build -> `to_bracketed` -> `parse_bracketed` gives the same elements;
//! 2. build -> `data_str` (`^` form) -> `parse_data` gives the same elements;
//! 3. build -> `to_gs_separated` -> `from_gs_separated` gives the same elements (encoder/decoder path);
//! 4. build -> `scan_data` (`]d2` + GS) -> `parse_scan` gives the same elements;
//! 5. parsing never panics on arbitrary text in any entry point.
//!
//! Messages hold 1-4 random AIs; `req=` is switched off (it is a property of AI combinations, tested
//! by the vectors), combinations an `ex=` rule or a repeat forbids are discarded.

use gs1_datamatrix::gs1::ai::{AiEntry, Cset};
use gs1_datamatrix::gs1::code_lists;
use gs1_datamatrix::gs1::lint::Linter;
use gs1_datamatrix::gs1::{
    Builder, ElementString, Gs1Error, Options, ai_table, parse_data, parse_scan,
};
use proptest::prelude::*;

/// Small deterministic generator driven by a proptest seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn digit(&mut self) -> char {
        char::from(b'0' + self.below(10) as u8)
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
}

const CSET82: &[u8] =
    b"!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
const CSET39: &[u8] = b"#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const CSET64: &[u8] = b"-_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

fn digits(r: &mut Rng, n: usize) -> String {
    (0..n).map(|_| r.digit()).collect()
}

fn from_set(r: &mut Rng, set: &[u8], n: usize) -> String {
    (0..n)
        .map(|_| char::from(set[r.below(set.len())]))
        .collect()
}

fn csum_digit(body: &str) -> char {
    let s: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, d)| u32::from(d - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    char::from(b'0' + ((10 - s % 10) % 10) as u8)
}

fn date(r: &mut Rng, year_digits: usize) -> String {
    let y = r.below(100);
    let m = r.range(1, 12);
    let d = r.range(1, 28);
    if year_digits == 4 {
        format!("20{y:02}{m:02}{d:02}")
    } else {
        format!("{y:02}{m:02}{d:02}")
    }
}

/// Alphanumeric check pair: weights are CSET 82 indices times primes from the right (mod 1021).
fn check_pair(data: &str) -> String {
    const CSET32: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    let primes = [
        2u32, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83,
        89, 97,
    ];
    let n = data.len();
    let sum: u32 = data
        .bytes()
        .enumerate()
        .map(|(i, b)| CSET82.iter().position(|&c| c == b).unwrap() as u32 * primes[n - 1 - i])
        .sum::<u32>()
        % 1021;
    [
        CSET32[(sum >> 5) as usize] as char,
        CSET32[(sum & 31) as usize] as char,
    ]
    .iter()
    .collect()
}

/// IBAN with computed check digits.
fn iban(r: &mut Rng, len: usize) -> String {
    let country = "GB";
    let bban = from_set(
        r,
        b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        len.saturating_sub(4).max(1),
    );
    let rearranged = format!("{bban}{country}00");
    let rem = rearranged.bytes().fold(0u32, |acc, b| {
        if b.is_ascii_digit() {
            (acc * 10 + u32::from(b - b'0')) % 97
        } else {
            (acc * 100 + u32::from(b - b'A') + 10) % 97
        }
    });
    format!("{country}{:02}{bban}", 98 - rem)
}

/// A valid value for one component of length `n`.
fn component(r: &mut Rng, cset: Cset, n: usize, linters: &[Linter]) -> String {
    use Linter::*;
    match linters {
        [Csum, ..] => {
            let body = digits(r, n - 1);
            format!("{body}{}", csum_digit(&body))
        }
        [Yymmdd] | [Yymmd0] => date(r, 2),
        [Yyyymmdd] => date(r, 4),
        [Hhmi] => format!("{:02}{:02}", r.below(24), r.below(60)),
        [Hh] => format!("{:02}", r.below(24)),
        [Mi] | [Ss] => format!("{:02}", r.below(60)),
        [Iso3166] => r.pick(code_lists::ISO3166).to_string(),
        [Iso3166999] => r.pick(code_lists::ISO3166_999).to_string(),
        [Iso3166alpha2] => r.pick(code_lists::ISO3166_ALPHA2).to_string(),
        [Iso4217] => r.pick(code_lists::ISO4217).to_string(),
        [Iso5218] => r.pick(code_lists::ISO5218).to_string(),
        [Mediatype] => r.pick(code_lists::MEDIA_TYPE).to_string(),
        [Importeridx] => r.pick(code_lists::IMPORTER_INDEX).to_string(),
        [Packagetype] => r.pick(code_lists::PACKAGE_TYPE).to_string(),
        [Nonzero] => {
            let mut d = digits(r, n - 1);
            d.push(char::from(b'1' + r.below(9) as u8));
            d
        }
        [Zero] => "0".to_string(),
        [Nozeroprefix] => {
            let mut d = String::from(char::from(b'1' + r.below(9) as u8));
            d.push_str(&digits(r, n - 1));
            d
        }
        [Winding] => ["0", "1", "9"][r.below(3)].to_string(),
        [Yesno] => ["0", "1"][r.below(2)].to_string(),
        [Hyphen] => "-".repeat(n),
        [Pieceoftotal] => {
            let total = r.range(1, 99);
            format!("{:02}{total:02}", r.range(1, total))
        }
        [Posinseqslash] => {
            let end = r.range(1, 9);
            format!("{}/{end}", r.range(1, end))
        }
        [Latitude] => format!("{:010}", r.next() % 1_800_000_001),
        [Longitude] => format!("{:010}", r.next() % 3_600_000_001),
        [Iban] => iban(r, n.max(15)),
        [Couponcode] => "012345612345611110123".to_string(),
        [Couponposoffer] => "001234561234560123456".to_string(),
        [Csumalpha, Gcppos1, ..] => {
            let nondigit = linters.contains(&Hasnondigit);
            let n = n.max(if nondigit { 7 } else { 6 });
            let mut data = digits(r, 4);
            data.push_str(&from_set(r, CSET82, n - 6));
            if nondigit && data.bytes().all(|b| b.is_ascii_digit()) {
                data.pop();
                data.push('Z');
            }
            let pair = check_pair(&data);
            format!("{data}{pair}")
        }
        [Gcppos1] => {
            let n = n.max(4);
            let set = if cset == Cset::Y { CSET39 } else { CSET82 };
            format!("{}{}", digits(r, 4), from_set(r, set, n - 4))
        }
        [Pcenc] => from_set(
            r,
            &CSET82
                .iter()
                .copied()
                .filter(|&c| c != b'%')
                .collect::<Vec<u8>>(),
            n,
        ),
        [] => match cset {
            Cset::N => digits(r, n),
            Cset::X => from_set(r, CSET82, n),
            Cset::Y => from_set(r, CSET39, n),
            Cset::Z => from_set(r, CSET64, n),
        },
        other => panic!("no generator for linters {other:?}"),
    }
}

/// A valid value for `entry`, all components present or a random prefix of the optional ones.
fn value(r: &mut Rng, entry: &AiEntry) -> String {
    let mut v = String::new();
    for (i, c) in entry.components.iter().enumerate() {
        if c.optional && i > 0 && r.below(3) == 0 {
            break;
        }
        let fixed_like = c.linters.iter().any(|l| {
            matches!(
                l,
                Linter::Yymmdd
                    | Linter::Yymmd0
                    | Linter::Yyyymmdd
                    | Linter::Hhmi
                    | Linter::Hh
                    | Linter::Mi
                    | Linter::Ss
                    | Linter::Couponcode
                    | Linter::Couponposoffer
                    | Linter::Pieceoftotal
                    | Linter::Posinseqslash
                    | Linter::Iban
                    | Linter::Packagetype
                    | Linter::Importeridx
            )
        });
        let n = if fixed_like {
            usize::from(c.max)
        } else {
            r.range(usize::from(c.min), usize::from(c.max))
        };
        v.push_str(&component(r, c.cset, n, c.linters));
    }
    v
}

fn opts() -> Options {
    Options {
        validate_requisite_ais: false,
        ..Options::default()
    }
}

fn pairs(es: &ElementString) -> Vec<(String, String)> {
    es.elements()
        .map(|e| (e.ai.to_string(), e.value.to_string()))
        .collect()
}

fn build(r: &mut Rng, n: usize) -> Result<ElementString, Gs1Error> {
    let mut b = Builder::new();
    for _ in 0..n {
        let e = &ai_table::ENTRIES[r.below(ai_table::ENTRIES.len())];
        b = b.ai(e.ai, &value(r, e));
    }
    b.build(&opts())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn every_form_round_trips(seed in any::<u64>(), n in 1usize..5) {
        let mut r = Rng(seed | 1);
        let es = match build(&mut r, n) {
            Ok(es) => es,
            Err(Gs1Error::InvalidPair { .. } | Gs1Error::RepeatedAiDiffers { .. } | Gs1Error::DigSigSerialMissing { .. }) => {
                return Err(TestCaseError::reject("forbidden combination"));
            }
            Err(e) => return Err(TestCaseError::fail(format!("generated value rejected: {e}"))),
        };
        let want = pairs(&es);
        let o = opts();

        let b = ElementString::parse_bracketed(&es.to_bracketed(), &o).map_err(|e| TestCaseError::fail(format!("{e} in {}", es.to_bracketed())))?;
        prop_assert_eq!(pairs(&b), want.clone());

        let d = parse_data(es.data_str(), &o).map_err(|e| TestCaseError::fail(format!("{e} in {}", es.data_str())))?;
        prop_assert_eq!(pairs(d.elements().expect("AI data")), want.clone());

        let g = ElementString::from_gs_separated(&es.to_gs_separated(), &o).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(pairs(&g), want.clone());

        let scan = String::from_utf8(es.scan_data()).expect("ASCII");
        let s = parse_scan(&scan, &o).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(pairs(s.elements().expect("AI data")), want);
    }

    #[test]
    fn every_ai_accepts_its_generated_values(idx in 0usize..541, seed in any::<u64>()) {
        let e = &ai_table::ENTRIES[idx];
        let mut r = Rng(seed | 1);
        let v = value(&mut r, e);
        let es = Builder::new().ai(e.ai, &v).build(&opts());
        prop_assert!(es.is_ok(), "({}){} rejected: {:?}", e.ai, v, es.err());
    }

    #[test]
    fn parsers_never_panic(s in "\\PC{0,80}", raw in proptest::collection::vec(any::<u8>(), 0..80)) {
        let o = Options::default();
        let _ = ElementString::parse_bracketed(&s, &o);
        let _ = parse_data(&s, &o);
        let _ = parse_scan(&s, &o);
        let _ = ElementString::from_gs_separated(&raw, &o);
        let _ = parse_data(&format!("^{s}"), &Options { permit_unknown_ais: true, ..o });
    }
}
