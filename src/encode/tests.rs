//! Planner unit tests: every plan decodes (with the `datamatrix` crate's independent data decoder)
//! to the input and has exactly the capacity's length; the planner never needs more codewords than
//! ASCII alone or the `datamatrix` crate's own planner.

use alloc::vec::Vec;

use super::planner::{Input, Modes, Planner};

/// A small reference decoder of data codewords written from ISO/IEC 16022 5.2 (test only):
/// FNC1 after the first position becomes GS; a leading FNC1 is dropped.
fn decode(cw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = usize::from(cw.first() == Some(&232));
    let mut upper = false;
    let push = |out: &mut Vec<u8>, upper: &mut bool, b: u8| {
        out.push(if *upper { b.wrapping_add(128) } else { b });
        *upper = false;
    };
    while i < cw.len() {
        let c = cw[i];
        i += 1;
        match c {
            1..=128 => push(&mut out, &mut upper, c - 1),
            129 => break,
            130..=229 => {
                let v = c - 130;
                out.push(b'0' + v / 10);
                out.push(b'0' + v % 10);
            }
            232 => out.push(0x1d),
            235 => upper = true,
            230 | 239 | 238 => {
                // C40 / Text / X12 triples until unlatch or fewer than 2 codewords.
                let mut shift = 0u8;
                while i + 1 < cw.len() && cw[i] != 254 {
                    let x = (u16::from(cw[i]) << 8 | u16::from(cw[i + 1])) - 1;
                    i += 2;
                    for v in [x / 1600, x / 40 % 40, x % 40].map(|v| v as u8) {
                        if c == 238 {
                            let b = match v {
                                0 => 13,
                                1 => b'*',
                                2 => b'>',
                                3 => b' ',
                                4..=13 => b'0' + v - 4,
                                _ => b'A' + v - 14,
                            };
                            out.push(b);
                            continue;
                        }
                        let text = c == 239;
                        match shift {
                            0 => match v {
                                0..=2 => shift = v + 1,
                                3 => push(&mut out, &mut upper, b' '),
                                4..=13 => push(&mut out, &mut upper, b'0' + v - 4),
                                _ => push(
                                    &mut out,
                                    &mut upper,
                                    (if text { b'a' } else { b'A' }) + v - 14,
                                ),
                            },
                            1 => {
                                push(&mut out, &mut upper, v);
                                shift = 0;
                            }
                            2 => {
                                shift = 0;
                                match v {
                                    0..=14 => push(&mut out, &mut upper, b'!' + v),
                                    15..=21 => push(&mut out, &mut upper, b':' + v - 15),
                                    22..=26 => push(&mut out, &mut upper, b'[' + v - 22),
                                    27 => out.push(0x1d),
                                    30 => upper = true,
                                    _ => panic!("bad shift 2 value {v}"),
                                }
                            }
                            _ => {
                                shift = 0;
                                let b = match v {
                                    0 => b'`',
                                    1..=26 => (if text { b'A' } else { b'a' }) + v - 1,
                                    _ => b'{' + v - 27,
                                };
                                push(&mut out, &mut upper, b);
                            }
                        }
                    }
                }
                if cw.get(i) == Some(&254) {
                    i += 1;
                }
            }
            240 => {
                // EDIFACT groups while more than two codewords remain.
                'edf: while cw.len() - i > 2 {
                    let g = [
                        cw[i],
                        cw.get(i + 1).copied().unwrap_or(0),
                        cw.get(i + 2).copied().unwrap_or(0),
                    ];
                    let bits = u32::from(g[0]) << 16 | u32::from(g[1]) << 8 | u32::from(g[2]);
                    for k in 0..4usize {
                        let v = (bits >> (18 - 6 * k) & 63) as u8;
                        if v == 31 {
                            i += (6 * (k + 1)).div_ceil(8);
                            break 'edf;
                        }
                        out.push(if v < 32 { v + 64 } else { v });
                    }
                    i += 3;
                }
            }
            231 => {
                let unr = |c: u8, pos: usize| {
                    ((usize::from(c) + 256 - ((149 * pos) % 255 + 1)) % 256) as u8
                };
                let d1 = unr(cw[i], i + 1);
                i += 1;
                let len = match d1 {
                    0 => cw.len() - i,
                    1..=249 => usize::from(d1),
                    _ => {
                        let d2 = unr(cw[i], i + 1);
                        i += 1;
                        250 * (usize::from(d1) - 249) + usize::from(d2)
                    }
                };
                for _ in 0..len {
                    out.push(unr(cw[i], i + 1));
                    i += 1;
                }
            }
            _ => panic!("unexpected codeword {c} at {}", i - 1),
        }
    }
    out
}

fn check_all_caps(data: &[u8], gs1: bool, modes: Modes) -> u32 {
    let mut p = Planner::new();
    let input = Input {
        data,
        gs_is_fnc1: gs1,
    };
    let base = u32::from(gs1);
    p.run(input, modes, base);
    let min = p.min_cost();
    let mut first = None;
    for cap in min.saturating_sub(3)..min + 6 {
        let Some(plan) = p.fit(cap) else { continue };
        first.get_or_insert(cap);
        let mut out = Vec::new();
        if gs1 {
            out.push(super::ascii::FNC1);
        }
        p.emit(input, plan, &mut out);
        assert_eq!(
            out.len(),
            cap as usize,
            "length for cap {cap} data {data:?}"
        );
        let got = decode(&out);
        assert_eq!(got, data, "cap {cap}: {out:?}");
    }
    let first = first.unwrap_or_else(|| panic!("nothing fits {data:?}"));
    assert!(first <= min, "min_cost {min} must fit");
    first
}

#[test]
fn samples_decode_at_every_capacity() {
    let samples: &[&[u8]] = &[
        b"",
        b"A",
        b"12",
        b"123456",
        b"ABC",
        b"ABCD",
        b"ABCDE",
        b"AIMAIMAIM",
        b"Hello, World!",
        b"hello world this is text",
        b"ABC>DEF*GHI\rJKL",
        b"EDIFACT^DATA.:;/1234?",
        b"\xe9\xe8\x80\xff\x00\x01binary",
        b"0109506000134352\x1d10ABC123\x1d21SER-42",
        b"01095060001343521724123110ABCDEF",
        b"A1B2C3D4E5F6G7",
        b"a",
        b"ab",
        b"abc",
        b"aB",
        b"..--..",
    ];
    for s in samples {
        check_all_caps(s, false, Modes::ALL);
        check_all_caps(s, true, Modes::ALL);
        check_all_caps(s, false, Modes::ASCII_ONLY);
    }
}

#[test]
fn long_base256_and_digits() {
    let bin: Vec<u8> = (0..600u32).map(|i| (i * 7 + 128) as u8).collect();
    check_all_caps(&bin, false, Modes::ALL);
    let digits: Vec<u8> = (0..1000u32).map(|i| b'0' + (i % 10) as u8).collect();
    assert_eq!(check_all_caps(&digits, false, Modes::ALL), 500);
    let upper: Vec<u8> = (0..300u32).map(|i| b'A' + (i % 26) as u8).collect();
    assert_eq!(check_all_caps(&upper, false, Modes::ALL), 201);
}

#[test]
fn base256_matches_datamatrix_crate_decoder() {
    let data: Vec<u8> = (0..300u32).map(|i| (i * 37 % 256) as u8).collect();
    for len in [40usize, 260] {
        let d = &data[..len];
        let mut p = Planner::new();
        let input = Input {
            data: d,
            gs_is_fnc1: false,
        };
        p.run(input, Modes::ALL, 0);
        let cap = p.min_cost() + 2;
        let plan = p.fit(cap).unwrap();
        let mut out = Vec::new();
        p.emit(input, plan, &mut out);
        assert!(out.contains(&231), "{out:?}");
        assert_eq!(datamatrix::data::decode_data(&out).unwrap(), d);
    }
}

#[test]
fn cached_module_map_draws_like_placement() {
    use crate::symbol::SymbolSize;
    let mut enc = super::Encoder::new();
    for &size in SymbolSize::all() {
        let mut e = super::Encoder::new().size(size);
        let data: Vec<u8> = (0..size.data_codewords().min(40))
            .map(|i| b'A' + (i % 26) as u8)
            .collect();
        let sym = e.encode(&data).unwrap();
        let direct = crate::matrix::placement::place(size, sym.codewords()).unwrap();
        assert_eq!(sym.matrix(), &direct, "{size}");
        // a second encode with the same (cached) map
        let again = e.encode(&data).unwrap();
        assert_eq!(again.matrix(), &direct);
    }
    let _ = enc.encode(b"x").unwrap();
}

#[test]
fn iso_16022_worked_example_123456() {
    // ISO/IEC 16022 annex example: "123456" in a 10x10 symbol -> data 142 164 186, then the
    // Reed-Solomon codewords 114 25 5 88 102.
    let sym = super::Encoder::new().encode(b"123456").unwrap();
    assert_eq!((sym.rows(), sym.cols()), (10, 10));
    assert_eq!(sym.codewords(), &[142, 164, 186, 114, 25, 5, 88, 102]);
}

#[test]
fn errors_carry_numbers() {
    let long = alloc::vec![b'a'; 3000];
    match super::Encoder::new().encode(&long) {
        Err(super::EncodeError::DataTooLong { needed, capacity }) => {
            assert_eq!(capacity, 1558);
            assert!(needed > 1558);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        super::Encoder::new().encode(&alloc::vec![b'1'; 5000]),
        Err(super::EncodeError::InputTooLong { len: 5000, .. })
    ));
    let small = crate::symbol::SymbolSize::from_dimensions(10, 10).unwrap();
    assert!(matches!(
        super::Encoder::new().size(small).encode(b"ABCDEFGH"),
        Err(super::EncodeError::DataTooLong { capacity: 3, .. })
    ));
}

mod against_reference {
    //! The compact planner against the session-1 reference planner (full cost tables): the same
    //! minimum and the same set of capacities that fit, on random inputs, modes and headers.
    use super::super::planner::{Input, Modes, Planner};
    use super::super::planner_ref;
    use alloc::vec::Vec;
    use proptest::prelude::*;

    fn data() -> impl Strategy<Value = Vec<u8>> {
        let alphabet: Vec<u8> =
            b"0123456789ABCDEFXYZ abcxyz*>\r.-/:;?@[]^_!\"#%&'()+,{}~`\x1d\x00\x7f\x80\xa9\xe9\xff"
                .to_vec();
        prop_oneof![
            prop::collection::vec(prop::sample::select(alphabet), 0..120),
            prop::collection::vec(any::<u8>(), 0..40),
            prop::collection::vec(prop::sample::select(b"0123456789\x1dAZ-".to_vec()), 0..80),
        ]
    }

    fn modes() -> impl Strategy<Value = Modes> {
        (
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(c40, text, x12, edifact, base256)| Modes {
                c40,
                text,
                x12,
                edifact,
                base256,
            })
    }

    fn agree(d: &[u8], gs1: bool, modes: Modes, base: u32) {
        let input = Input {
            data: d,
            gs_is_fnc1: gs1,
        };
        let mut p = Planner::new();
        p.run(input, modes, base);
        let mut r = planner_ref::Planner::new();
        r.run(input, modes, base);
        assert_eq!(p.min_cost(), r.min_cost(), "{d:?} {modes:?}");
        let min = p.min_cost();
        for cap in min.saturating_sub(3)..min + 8 {
            let a = p.fit(cap);
            assert_eq!(
                a.is_some(),
                r.fit(cap).is_some(),
                "cap {cap} {d:?} {modes:?}"
            );
            if let Some(plan) = a {
                let mut out = alloc::vec![0u8; base as usize];
                p.emit(input, plan, &mut out);
                assert_eq!(out.len(), cap as usize, "{d:?}");
            }
        }
    }

    #[test]
    fn long_inputs_agree() {
        let bin: Vec<u8> = (0..700u32).map(|i| (i * 7 + 128) as u8).collect();
        agree(&bin, false, Modes::ALL, 0);
        let mut mixed: Vec<u8> = (0..400u32).map(|i| (i * 13 % 256) as u8).collect();
        mixed[300] = 0x1d;
        agree(&mixed, true, Modes::ALL, 1);
        let digits: Vec<u8> = (0..1000u32).map(|i| b'0' + (i % 10) as u8).collect();
        agree(&digits, true, Modes::ALL, 1);
    }

    /// The ASCII shortcut against the reference planner: its lower bound is never above the fewest
    /// codewords of any ending (no capacity below it fits), its ASCII cost is what the emitted
    /// ASCII plan holds (which decodes to the input), and the size the encoder picks with the
    /// shortcut is the one the reference planner picks by trying every size in order.
    fn shortcut_agrees(d: &[u8], gs1: bool, modes: Modes, base: u32) {
        use super::super::api::{BY_AREA, Options, select};
        use crate::symbol::ShapePolicy;
        let input = Input {
            data: d,
            gs_is_fnc1: gs1,
        };
        let Some((ascii, lower)) = super::super::planner::ascii_shortcut(input, base) else {
            assert!(d.iter().any(|&b| b >= 128), "{d:?}");
            return;
        };
        let mut r = planner_ref::Planner::new();
        r.run(input, modes, base);
        assert!(lower <= r.min_cost() + 1, "{d:?} {modes:?}");
        for cap in 0..lower {
            assert!(
                r.fit(cap).is_none(),
                "cap {cap} < bound {lower}: {d:?} {modes:?}"
            );
        }
        r.run(input, Modes::ASCII_ONLY, base);
        assert!(r.fit(ascii).is_some(), "{d:?}");
        assert!(
            ascii == base || r.fit(ascii - 1).is_none(),
            "ascii {ascii}: {d:?}"
        );
        // Size choice with the shortcut (through `select`) against every size tried in order.
        for shape in [
            ShapePolicy::Square,
            ShapePolicy::Rectangular,
            ShapePolicy::SquareOrRectangular,
            ShapePolicy::WithDmre,
        ] {
            let opts = Options::new().shape(shape).gs1(gs1).modes(modes);
            let nh = u32::from(gs1);
            let mut r = planner_ref::Planner::new();
            r.run(input, modes, nh);
            let want = BY_AREA
                .iter()
                .copied()
                .filter(|s| shape.allows(s.shape()))
                .find(|s| r.fit(s.data_codewords() as u32).is_some());
            let got = select(&opts, d, None).ok().map(|sel| sel.size);
            assert_eq!(got, want, "{shape:?} {d:?} {modes:?}");
        }
        // The emitted ASCII plan holds the input.
        let mut enc = super::super::Encoder::with_options(Options::new().gs1(gs1));
        let mut cw = Vec::new();
        if enc.encode_data_codewords(d, &mut cw).is_ok() {
            assert_eq!(super::decode(&cw), d, "{cw:?}");
        }
    }

    #[test]
    fn shortcut_on_pharma_like_strings() {
        for d in [
            &b"0102111149637144172704301\x1dZ8VU1"[..],
            b"010743063756667017340900109KM99MY\x1d21.BCWXI5BGN8I6E,",
            b"010408382145950521S8MQ5FKB4BO\x1d1726090310ZFKg",
            b"",
            b"1",
            b"AB",
        ] {
            shortcut_agrees(d, true, Modes::ALL, 1);
            shortcut_agrees(d, false, Modes::ALL, 0);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]
        #[test]
        fn shortcut_bound_and_size(d in data(), gs1 in any::<bool>(), m in modes(), base in 0u32..4) {
            shortcut_agrees(&d, gs1, m, base);
        }

        #[test]
        fn same_minimum_and_fits(d in data(), gs1 in any::<bool>(), m in modes(), base in 0u32..4) {
            agree(&d, gs1, m, base);
        }
    }
}

#[test]
fn cached_rs_tables_match_ecc_encode() {
    use crate::ecc::Block144Order;
    use crate::symbol::SymbolSize;
    let mut rs = super::rs::RsTables::default();
    let mut seed = 12345u32;
    for &size in SymbolSize::all() {
        for order in [Block144Order::Iso, Block144Order::Continuous] {
            let mut a: Vec<u8> = (0..size.total_codewords())
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    (seed >> 16) as u8
                })
                .collect();
            let mut b = a.clone();
            crate::ecc::encode(size, order, &mut a).unwrap();
            assert!(rs.encode(size, order, &mut b));
            assert_eq!(a, b, "{size} {order:?}");
        }
    }
}

#[test]
fn modules_into_matches_placement() {
    use crate::matrix::ModuleGrid;
    use crate::symbol::SymbolSize;
    let mut enc = super::Encoder::new();
    let mut out = Vec::new();
    for &size in SymbolSize::all() {
        let cw: Vec<u8> = (0..size.total_codewords())
            .map(|i| (i * 97 + 13) as u8)
            .collect();
        enc.modules_into(size, &cw, &mut out);
        let m = crate::matrix::placement::place(size, &cw).unwrap();
        assert_eq!(out.len(), size.rows() * size.cols());
        for r in 0..size.rows() {
            for c in 0..size.cols() {
                assert_eq!(
                    out[r * size.cols() + c] == 1,
                    m.dark(r, c),
                    "{size} ({r},{c})"
                );
            }
        }
    }
}
