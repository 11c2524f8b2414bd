//! Serial generator: bijection, uniqueness, shards, uniformity, known answers, round trips.
//!
//! Invariants checked (proptests at the end):
//! - `index_of(serial(i)) == i` for every format and index (the permutation is invertible);
//! - every serial has the format's length, prefix and alphabet;
//! - distinct indices give distinct serials (exhaustively on every space <= 10^6, and for
//!   10^7 indices of a larger one).

use gs1_datamatrix::serial::{
    Alphabet, CSET82, Generator, Gtin, MasterKey, Prf, SerialError, SerialFormat, Shard,
};
use proptest::prelude::*;

fn key() -> MasterKey {
    MasterKey::from_bytes(core::array::from_fn(|i| i as u8))
}

fn generator(alphabet: &[u8], length: usize, prefix: &str, gtin: Option<&str>) -> Generator {
    generator_prf(alphabet, length, prefix, gtin, Prf::default())
}

fn generator_prf(
    alphabet: &[u8],
    length: usize,
    prefix: &str,
    gtin: Option<&str>,
    prf: Prf,
) -> Generator {
    let format = SerialFormat::new(Alphabet::custom(alphabet).unwrap(), length)
        .unwrap()
        .with_prefix(prefix.as_bytes())
        .unwrap();
    let gtin = gtin.map(|g| Gtin::parse(g).unwrap());
    Generator::with_prf(&key(), gtin.as_ref(), format, prf)
}

/// A bitset over `[0, n)`.
struct Bits(Vec<u64>);
impl Bits {
    fn new(n: u128) -> Self {
        Bits(vec![0; (n as usize).div_ceil(64)])
    }
    /// Sets bit `i`; returns whether it was already set.
    fn set(&mut self, i: u128) -> bool {
        let (w, b) = ((i / 64) as usize, i % 64);
        let old = self.0[w] >> b & 1 == 1;
        self.0[w] |= 1 << b;
        old
    }
}

/// Every radix 2..=82 and every length whose space is at most 10^6: the permutation (through
/// rendering and parsing back) hits every value exactly once, and inverts.
#[test]
fn exhaustive_bijection_on_small_spaces() {
    let mut spaces = 0;
    for prf in [Prf::Aes256, Prf::ChaCha8] {
        for radix in 2..=82usize {
            let alphabet = &CSET82[..radix];
            for length in 1..=20 {
                let space = (radix as u128).pow(length as u32);
                if space > 1_000_000 {
                    break;
                }
                let g = generator_prf(alphabet, length, "", None, prf);
                assert_eq!(g.space(), space);
                let mut seen = Bits::new(space);
                let mut buf = Vec::new();
                g.write_lines(0, 1, space as u64, &mut buf).unwrap();
                let mut lines = 0u128;
                for line in buf.split(|&c| c == b'\n').filter(|l| !l.is_empty()) {
                    assert_eq!(line.len(), length);
                    let mut v = 0u128;
                    for &c in line {
                        v = v * radix as u128
                            + alphabet.iter().position(|&a| a == c).unwrap() as u128;
                    }
                    assert!(
                        !seen.set(v),
                        "{prf} radix {radix} length {length}: value {v} twice"
                    );
                    // The inverse maps it back to its index (checked on a sample to keep CI fast).
                    if lines.is_multiple_of(97) {
                        assert_eq!(g.index_of(line), Ok(lines));
                        assert_eq!(g.serial(lines).unwrap().as_bytes(), line);
                    }
                    lines += 1;
                }
                assert_eq!(lines, space);
                spaces += 1;
            }
        }
    }
    assert!(spaces > 300, "{spaces} spaces checked");
}

/// 10^7 consecutive indices of a 10^8 space: all distinct (bitset over the space).
#[test]
fn ten_million_serials_are_unique() {
    let g = generator(b"0123456789", 8, "", Some("09506000134352"));
    let mut seen = Bits::new(g.space());
    let mut buf = Vec::with_capacity(100_000 * 9);
    let mut start = 0u128;
    while start < 10_000_000 {
        buf.clear();
        g.write_lines(start, 1, 100_000, &mut buf).unwrap();
        for line in buf.chunks_exact(9) {
            let v = line[..8]
                .iter()
                .fold(0u128, |v, &c| v * 10 + u128::from(c - b'0'));
            assert!(!seen.set(v), "duplicate {v}");
        }
        start += 100_000;
    }
}

/// Bulk and one-at-a-time paths agree, also across batch boundaries and with a stride.
#[test]
fn bulk_matches_single() {
    let g = generator(
        b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        11,
        "X-",
        Some("09506000134352"),
    );
    for (start, stride, count) in [
        (0u128, 1u64, 37u64),
        (5, 3, 50),
        (36u128.pow(6) - 3, 1, 20),
        (999, 7, 1),
    ] {
        let mut buf = Vec::new();
        g.write_lines(start, stride, count, &mut buf).unwrap();
        let lines: Vec<&[u8]> = buf
            .split(|&c| c == b'\n')
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines.len() as u64, count);
        for (k, line) in lines.iter().enumerate() {
            let i = start + k as u128 * u128::from(stride);
            assert_eq!(g.serial(i).unwrap().as_bytes(), *line);
        }
    }
    let last = g.space() - 1;
    assert!(g.serial(last).is_ok());
    assert_eq!(
        g.serial(last + 1),
        Err(SerialError::IndexOutOfSpace {
            index: last + 1,
            space: last + 1
        })
    );
    let mut buf = Vec::new();
    assert!(g.write_lines(last, 1, 2, &mut buf).is_err());
    assert!(buf.is_empty());
}

/// Shards of one stream never share a serial, and together they are the unsharded stream.
#[test]
fn shards_are_disjoint_and_cover() {
    let g = generator(b"0123456789", 6, "", None);
    let n = 7u64;
    let mut seen = Bits::new(g.space());
    let mut all = std::collections::BTreeSet::new();
    for i in 0..n {
        let shard = Shard::new(i, n).unwrap();
        let local = shard.local_space(g.space()).min(20_000);
        let mut buf = Vec::new();
        g.write_lines(shard.global(0).unwrap(), n, local as u64, &mut buf)
            .unwrap();
        for line in buf.chunks_exact(7) {
            let v = line[..6]
                .iter()
                .fold(0u128, |v, &c| v * 10 + u128::from(c - b'0'));
            assert!(!seen.set(v), "shard {i} repeats {v}");
            all.insert(g.index_of(&line[..6]).unwrap());
        }
    }
    // The union is exactly the first 7 * 20000 global indices.
    assert_eq!(all.len(), 140_000);
    assert_eq!(all.iter().next_back(), Some(&139_999));
}

/// Wilson-Hilferty approximation of the chi-square quantile for `df` degrees of freedom at
/// standard-normal quantile `z`.
fn chi2_quantile(df: f64, z: f64) -> f64 {
    let a = 2.0 / (9.0 * df);
    df * (1.0 - a + z * a.sqrt()).powi(3)
}

/// Every character position is uniform over the alphabet (chi-square, p > 1e-6 per position;
/// the key is fixed, so the test is deterministic).
#[test]
fn chi_square_uniform_per_position() {
    for prf in [Prf::Aes256, Prf::ChaCha8] {
        for (alphabet, length) in [
            (&b"0123456789"[..], 12),
            (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 9),
            (CSET82, 5),
        ] {
            let g = generator_prf(alphabet, length, "", Some("09506000134352"), prf);
            let n = 200_000u64;
            let mut buf = Vec::new();
            g.write_lines(0, 1, n, &mut buf).unwrap();
            let radix = alphabet.len();
            let mut counts = vec![vec![0u64; radix]; length];
            for line in buf.chunks_exact(length + 1) {
                for (pos, &c) in line[..length].iter().enumerate() {
                    counts[pos][alphabet.iter().position(|&a| a == c).unwrap()] += 1;
                }
            }
            let expected = n as f64 / radix as f64;
            // z = 4.75 is the one-sided 1e-6 normal quantile.
            let limit = chi2_quantile((radix - 1) as f64, 4.75);
            for (pos, row) in counts.iter().enumerate() {
                let chi2: f64 = row
                    .iter()
                    .map(|&o| (o as f64 - expected).powi(2) / expected)
                    .sum();
                assert!(
                    chi2 < limit,
                    "{prf} radix {radix} position {pos}: chi2 {chi2} >= {limit}"
                );
            }
            // And it is not degenerate: the statistic is not suspiciously tiny either.
            let total: f64 = counts
                .iter()
                .map(|row| {
                    row.iter()
                        .map(|&o| (o as f64 - expected).powi(2) / expected)
                        .sum::<f64>()
                })
                .sum();
            let df = (length * (radix - 1)) as f64;
            assert!(
                total > chi2_quantile(df, -4.75),
                "{prf} radix {radix}: total chi2 {total} too small"
            );
        }
    }
}

type Case<'a> = (
    &'a [u8],
    usize,
    &'a str,
    Option<&'a str>,
    &'a [(u128, &'a str)],
);

/// Every case's answers through the single, inverse and bulk paths.
fn check_known_answers(prf: Prf, cases: &[Case]) {
    for (alphabet, length, prefix, gtin, answers) in cases {
        let g = generator_prf(alphabet, *length, prefix, *gtin, prf);
        assert_eq!(g.prf(), prf);
        for (index, expected) in *answers {
            assert_eq!(
                g.serial(*index).unwrap().as_str(),
                *expected,
                "{prf} index {index}"
            );
            assert_eq!(g.index_of(expected.as_bytes()), Ok(*index));
        }
        // The bulk path gives the same answers, one at a time and as a run.
        for (index, expected) in *answers {
            let mut buf = Vec::new();
            g.write_lines(*index, 1, 1, &mut buf).unwrap();
            assert_eq!(&buf[..buf.len() - 1], expected.as_bytes());
        }
        let (i0, _) = answers[0];
        let run: Vec<&(u128, &str)> = answers
            .iter()
            .enumerate()
            .take_while(|(k, (i, _))| *i == i0 + *k as u128)
            .map(|(_, a)| a)
            .collect();
        let mut buf = Vec::new();
        g.write_lines(i0, 1, run.len() as u64, &mut buf).unwrap();
        let want: Vec<u8> = run
            .iter()
            .flat_map(|(_, s)| s.bytes().chain([b'\n']))
            .collect();
        assert_eq!(buf, want);
    }
}

/// ChaCha8 known answers computed once by `tools/serial_kat.py` (no argument), an independent
/// Python implementation of the documented construction (key = bytes 00..1f).
#[test]
fn known_answers_chacha8_match_independent_implementation() {
    assert_eq!(key().key_id().to_string(), "60f72adeb7f50815");
    let cases: &[Case] = &[
        (
            b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            12,
            "",
            Some("09506000134352"),
            &[
                (0, "INXTO1RDR9YE"),
                (1, "PN2T8FW75PT6"),
                (2, "F1Z10OBPX7CD"),
                (3, "PE0XZRVKWIJZ"),
                (4, "V1HKVU6QX711"),
                (5, "JHEPDE0P0V20"),
                (6, "BWWZS9LZ21YF"),
                (7, "F6FZQ0JLWDAY"),
                (8, "E0X8N3JBAPLM"),
                (9, "7G1HQTL3EZEP"),
                (1000, "1R3A19E7315N"),
                (123456789, "NCYD2FW8KZLU"),
            ],
        ),
        (
            b"0123456789",
            20,
            "",
            None,
            &[
                (0, "81371581439549029966"),
                (1, "30247439982308741622"),
                (2, "12582652852483180181"),
                (10_000_000_000_000_000_000, "90503266505285822059"),
                (99_999_999_999_999_999_999, "27559032251041777819"),
            ],
        ),
        (
            b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
            13,
            "L7",
            Some("09506000134352"),
            &[
                (0, "L7bQYeijuwnDoQ9"),
                (1, "L7kpPpNNLFLPXVV"),
                (99, "L7BlgMwUVeLXVma"),
            ],
        ),
        (
            b"23456789ABCDEFGHJKMNPQRSTUVWXYZ",
            7,
            "",
            Some("09506000134376"),
            &[
                (0, "VXDDAH2"),
                (1, "UQ9HC2N"),
                (2, "R3X4FAT"),
                (3, "BESZYJW"),
            ],
        ),
        (
            CSET82,
            20,
            "",
            None,
            &[
                (0, r#"k)b7GHqNRDdC>PHtprtZ"#),
                (
                    188_919_613_181_312_032_574_569_023_867_244_773_375,
                    r#""*N410zHAO,)w,%8f9f""#,
                ),
            ],
        ),
        (
            b"0123456789",
            1,
            "",
            None,
            &[
                (0, "9"),
                (1, "4"),
                (2, "0"),
                (3, "3"),
                (4, "2"),
                (5, "5"),
                (6, "1"),
                (7, "7"),
                (8, "6"),
                (9, "8"),
            ],
        ),
    ];
    check_known_answers(Prf::ChaCha8, cases);
}

/// AES-256 (default PRF) known answers computed once by `tools/serial_kat.py aes256`, whose
/// AES is OpenSSL's (Python `cryptography`), not the `aes` crate.
#[test]
fn known_answers_aes256_match_independent_implementation() {
    assert_eq!(Prf::default(), Prf::Aes256);
    let cases: &[Case] = &[
        (
            b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            12,
            "",
            Some("09506000134352"),
            &[
                (0, "YTD4F047GMUV"),
                (1, "0UOS5SGPAJI3"),
                (2, "YPWPHOG59VJH"),
                (3, "9QCHZMJBKA3I"),
                (4, "HXKJMU77OH6A"),
                (5, "1KW5BTYV3CRB"),
                (6, "U8J4XOVQHQ1O"),
                (7, "WKHBLDC3CCVX"),
                (8, "ZMW6PU9VVITK"),
                (9, "R3O09TOSJAOU"),
                (1000, "IY3EQ6NAM3RG"),
                (123456789, "N8MANEJKPSGA"),
            ],
        ),
        (
            b"0123456789",
            20,
            "",
            None,
            &[
                (0, "35504237853840496935"),
                (1, "54585916377550066681"),
                (2, "84344945853061667560"),
                (10_000_000_000_000_000_000, "13694931010425876041"),
                (99_999_999_999_999_999_999, "86257500030694268479"),
            ],
        ),
        (
            b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
            13,
            "L7",
            Some("09506000134352"),
            &[
                (0, "L79xZ4b1z0jDjdB"),
                (1, "L7HCrDpncYsByy5"),
                (99, "L7k4Q7dDc4zv2aW"),
            ],
        ),
        (
            b"23456789ABCDEFGHJKMNPQRSTUVWXYZ",
            7,
            "",
            Some("09506000134376"),
            &[
                (0, "RWYWW58"),
                (1, "WFU7K74"),
                (2, "WXKW53M"),
                (3, "6ZXAWB2"),
            ],
        ),
        (
            CSET82,
            20,
            "",
            None,
            &[
                (0, r#"q*:2oQ*cf)"KSrLG/c=9"#),
                (
                    188_919_613_181_312_032_574_569_023_867_244_773_375,
                    "UbC-8*X!SQT8IXVuY39n",
                ),
            ],
        ),
        (
            b"0123456789",
            1,
            "",
            None,
            &[
                (0, "9"),
                (1, "5"),
                (2, "1"),
                (3, "2"),
                (4, "3"),
                (5, "8"),
                (6, "7"),
                (7, "0"),
                (8, "4"),
                (9, "6"),
            ],
        ),
    ];
    check_known_answers(Prf::Aes256, cases);
}

#[test]
fn streams_differ_per_gtin_and_key() {
    let a = generator(b"0123456789", 12, "", Some("09506000134352"));
    let b = generator(b"0123456789", 12, "", Some("09506000134376"));
    let c = Generator::new(
        &MasterKey::from_bytes([9; 32]),
        Some(&Gtin::parse("09506000134352").unwrap()),
        *a.format(),
    );
    let d = generator_prf(b"0123456789", 12, "", Some("09506000134352"), Prf::ChaCha8);
    let same_ab = (0..1000).filter(|&i| a.serial(i) == b.serial(i)).count();
    let same_ac = (0..1000).filter(|&i| a.serial(i) == c.serial(i)).count();
    let same_ad = (0..1000).filter(|&i| a.serial(i) == d.serial(i)).count();
    assert_eq!((same_ab, same_ac, same_ad), (0, 0, 0));
}

#[test]
fn index_of_rejects_foreign_serials() {
    let g = generator(b"0123456789", 6, "AB", None);
    assert_eq!(
        g.index_of(b"AB12345"),
        Err(SerialError::SerialLength {
            expected: 8,
            found: 7
        })
    );
    assert_eq!(
        g.index_of(b"AC123456"),
        Err(SerialError::SerialChar { byte: b'C', pos: 1 })
    );
    assert_eq!(
        g.index_of(b"AB12X456"),
        Err(SerialError::SerialChar { byte: b'X', pos: 4 })
    );
}

fn format_strategy() -> impl Strategy<Value = (Vec<u8>, usize, String)> {
    (2usize..=82, 1usize..=20, 0usize..=4).prop_flat_map(|(radix, length, plen)| {
        let plen = plen.min(20 - length);
        (
            Just(CSET82[..radix].to_vec()).prop_shuffle(),
            Just(length),
            proptest::collection::vec(proptest::sample::select(CSET82.to_vec()), plen)
                .prop_map(|p| String::from_utf8(p).unwrap()),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn serial_round_trips(
        (alphabet, length, prefix) in format_strategy(),
        seed in any::<u128>(),
        gtin in proptest::option::of(Just("09506000134352")),
        chacha in any::<bool>(),
    ) {
        let prf = if chacha { Prf::ChaCha8 } else { Prf::Aes256 };
        let g = generator_prf(&alphabet, length, &prefix, gtin, prf);
        let index = seed % g.space();
        let s = g.serial(index).unwrap();
        prop_assert_eq!(s.as_bytes().len(), prefix.len() + length);
        prop_assert!(s.as_bytes().starts_with(prefix.as_bytes()));
        prop_assert!(s.as_bytes()[prefix.len()..].iter().all(|c| alphabet.contains(c)));
        prop_assert_eq!(g.index_of(s.as_bytes()), Ok(index));
        // Neighbours give other serials.
        let other = (index + 1) % g.space();
        if other != index {
            prop_assert_ne!(g.serial(other).unwrap(), s);
        }
    }

    #[test]
    fn bad_alphabets_are_typed_errors(bytes in proptest::collection::vec(any::<u8>(), 0..100)) {
        match Alphabet::custom(&bytes) {
            Ok(a) => {
                prop_assert!(a.len() >= 2);
                prop_assert_eq!(a.as_bytes(), &bytes[..]);
            }
            Err(SerialError::NotCset82 { byte, pos }) => {
                prop_assert!(bytes[pos] == byte && !CSET82.contains(&byte))
            }
            Err(SerialError::AlphabetDuplicate { byte, first, second }) => {
                prop_assert!(bytes[first] == byte && bytes[second] == byte && first < second)
            }
            Err(SerialError::AlphabetTooSmall { size }) => prop_assert!(size < 2),
            Err(e) => prop_assert!(false, "unexpected {e:?}"),
        }
    }
}

/// One `write_lines` call appends at most `limits::MAX_SERIAL_LINES_PER_CALL` serials: a larger
/// count is refused before anything is allocated or written.
#[test]
fn write_lines_caps_one_call() {
    let g = generator_prf(b"0123456789", 12, "", None, Prf::Aes256);
    let cap = gs1_datamatrix::limits::MAX_SERIAL_LINES_PER_CALL;
    let mut buf = b"kept".to_vec();
    assert!(g.write_lines(0, 1, cap + 1, &mut buf).is_err());
    assert_eq!(buf, b"kept");
    g.write_lines(0, 1, 3, &mut buf).unwrap();
    assert_eq!(buf.len(), 4 + 3 * 13);
}
