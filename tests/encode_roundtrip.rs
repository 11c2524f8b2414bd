//! Round trips through our own decoder: data -> Encoder -> Symbol -> `decode::decode_grid` -> the
//! same bytes, GS1 flag, size and header options (ECI, macro, structured append, reader programming).

use gs1_datamatrix::decode::{self, Fnc1Mode};
use gs1_datamatrix::encode::{Encoder, Macro, Modes, ShapePolicy, StructuredAppend};
use proptest::prelude::*;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/encode/corpus.tsv"
);

fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

#[test]
fn corpus_round_trips_in_every_shape() {
    let text =
        std::fs::read_to_string(CORPUS).unwrap_or_else(|e| panic!("{CORPUS} is required: {e}"));
    let mut n = 0;
    for shape in [
        ShapePolicy::Square,
        ShapePolicy::Rectangular,
        ShapePolicy::SquareOrRectangular,
        ShapePolicy::WithDmre,
    ] {
        let mut enc = Encoder::new().gs1(true).shape(shape);
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if shape == ShapePolicy::Rectangular && f[6].is_empty() {
                continue;
            }
            let data = hex(f[3]);
            let sym = enc
                .encode(&data)
                .unwrap_or_else(|e| panic!("{}: {e}", f[1]));
            let d = decode::decode_grid(sym.matrix())
                .unwrap_or_else(|e| panic!("{} {}: {e}", f[1], sym.size()));
            assert_eq!(d.size, sym.size());
            assert_eq!(d.bytes(), &data[..], "{} {}", f[1], sym.size());
            assert_eq!(d.data.fnc1, Fnc1Mode::Gs1);
            assert!(d.is_gs1());
            n += 1;
        }
    }
    assert_eq!(n, 2100 * 3 + 2016);
}

#[test]
fn header_options_round_trip() {
    let d = |enc: &mut Encoder, data: &[u8]| {
        decode::decode_grid(enc.encode(data).unwrap().matrix()).unwrap()
    };

    let r = d(&mut Encoder::new().eci(Some(26)), b"caf\xc3\xa9");
    assert_eq!(r.data.payload, b"caf\xc3\xa9");
    assert_eq!(r.data.ecis, vec![(0, 26)]);

    for eci in [0u32, 126, 127, 16382, 16383, 999_999] {
        let r = d(&mut Encoder::new().eci(Some(eci)), b"X");
        assert_eq!(r.data.ecis, vec![(0, eci)], "ECI {eci}");
    }

    let framed = b"[)>\x1e05\x1d0112345678901231\x1e\x04";
    let r = d(
        &mut Encoder::new().macro_header(Some(Macro::Format05)),
        framed,
    );
    assert_eq!(r.data.bytes, framed);
    assert_eq!(r.data.macro_header, Some(decode::Macro::M05));
    let framed6 = b"[)>\x1e06\x1dABC\x1e\x04";
    let r = d(
        &mut Encoder::new().macro_header(Some(Macro::Format06)),
        framed6,
    );
    assert_eq!(r.data.bytes, framed6);

    let sa = StructuredAppend {
        position: 3,
        count: 16,
        file_id: [17, 254],
    };
    let r = d(
        &mut Encoder::new().structured_append(Some(sa)).gs1(true),
        b"10ABC",
    );
    let got = r.data.structured_append.expect("structured append");
    assert_eq!((got.position, got.total, got.file_id), (3, 16, [17, 254]));
    assert_eq!(r.data.fnc1, Fnc1Mode::Gs1);
    assert_eq!(r.data.bytes, b"10ABC");

    let r = d(&mut Encoder::new().reader_programming(true), b"PROGRAM");
    assert!(r.data.reader_programming);
    assert_eq!(r.data.bytes, b"PROGRAM");

    // option errors
    assert!(Encoder::new().eci(Some(1_000_000)).encode(b"x").is_err());
    assert!(
        Encoder::new()
            .macro_header(Some(Macro::Format05))
            .encode(b"no frame")
            .is_err()
    );
    assert!(
        Encoder::new()
            .structured_append(Some(StructuredAppend {
                position: 0,
                count: 2,
                file_id: [1, 1]
            }))
            .encode(b"x")
            .is_err()
    );
}

#[test]
fn structured_append_sequence_round_trips() {
    let data: Vec<u8> = (0..800u32)
        .map(|i| b"0123456789ABCDEFGHIJ-./abcdef"[(i * 7 % 29) as usize])
        .collect();
    let size = gs1_datamatrix::encode::SymbolSize::from_dimensions(32, 32).unwrap();
    let syms = Encoder::new()
        .size(size)
        .encode_sequence(&data, [42, 43])
        .expect("fits in 16");
    assert!(syms.len() > 1 && syms.len() <= 16);
    let mut joined = Vec::new();
    for (k, s) in syms.iter().enumerate() {
        let r = decode::decode_grid(s.matrix()).unwrap();
        let sa = r.data.structured_append.expect("header");
        assert_eq!(
            (sa.position as usize, sa.total as usize, sa.file_id),
            (k + 1, syms.len(), [42, 43])
        );
        joined.extend_from_slice(r.bytes());
    }
    assert_eq!(joined, data);
    let too_long: Vec<u8> = (0..20000u32).map(|i| (i % 251) as u8).collect();
    assert!(
        Encoder::new()
            .size(size)
            .encode_sequence(&too_long, [1, 2])
            .is_err()
    );
}

fn data_strategy() -> impl Strategy<Value = Vec<u8>> {
    let alphabet: Vec<u8> =
        b"0123456789ABCDEFXYZ abcxyz*>\r.-/:;?@[]^_!\"#%&'()+,{}~`\x1d\x00\x7f\x80\xa9\xe9\xff"
            .to_vec();
    prop::collection::vec(prop::sample::select(alphabet), 0..120)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_data_round_trips(data in data_strategy(), gs1 in any::<bool>(), c40 in any::<bool>(), text in any::<bool>(),
                            x12 in any::<bool>(), edifact in any::<bool>(), base256 in any::<bool>(),
                            shape in prop::sample::select(vec![ShapePolicy::Square, ShapePolicy::SquareOrRectangular, ShapePolicy::WithDmre])) {
        let modes = Modes { c40, text, x12, edifact, base256 };
        let sym = Encoder::new().gs1(gs1).modes(modes).shape(shape).encode(&data).expect("fits");
        let d = decode::decode_grid(sym.matrix()).expect("decodes");
        prop_assert_eq!(d.bytes(), &data[..]);
        prop_assert_eq!(d.data.fnc1 == Fnc1Mode::Gs1, gs1);
    }
}

/// DMRE symbols report `]d7`/`]d8` (the identifiers zxing-cpp 3.1 transmits for DMRE), the
/// ISO/IEC 16022 sizes `]d1`/`]d2`.
#[test]
fn dmre_symbology_identifiers() {
    use gs1_datamatrix::symbol::SymbolSize;
    let id = |gs1: bool, size: SymbolSize, data: &[u8]| {
        let sym = Encoder::new().gs1(gs1).size(size).encode(data).unwrap();
        decode::decode_grid(sym.matrix()).unwrap().symbology_id()
    };
    assert_eq!(id(true, SymbolSize::Dmre8x48, b"0109506000134352"), "]d8");
    assert_eq!(id(false, SymbolSize::Dmre8x48, b"ABC"), "]d7");
    assert_eq!(id(true, SymbolSize::Square16, b"0109506000134352"), "]d2");
    assert_eq!(id(false, SymbolSize::Square16, b"ABC"), "]d1");
}
