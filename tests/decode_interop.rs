//! Decodes what other encoders make: the `datamatrix` crate and rxing, in process, over many
//! sizes (square, rectangular, DMRE) and all six encodation modes.
//!
//! Invariant: for every input the other encoder accepts, `decode_grid` on its module matrix
//! returns exactly the input bytes, `]d2` + GS separators for GS1, with zero corrections.

use datamatrix::{DataMatrixBuilder, EncodationType, SymbolList};
use gs1_datamatrix::decode::{Decoder, decode_grid};
use gs1_datamatrix::matrix::BitMatrix;
use rxing::Writer;

fn to_grid(bits: &[bool], width: usize) -> BitMatrix {
    let rows = bits.len() / width;
    let mut m = BitMatrix::new(rows, width);
    for (i, &b) in bits.iter().enumerate() {
        m.set(i / width, i % width, b);
    }
    m
}

fn samples() -> Vec<Vec<u8>> {
    let mut v: Vec<Vec<u8>> = vec![
        b"A".to_vec(),
        b"123456".to_vec(),
        b"Hello, World!".to_vec(),
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ABC".to_vec(),
        b"abcdefghijklmnopqrstuvwxyz abcdef 0123".to_vec(),
        b"*>\rABC123*>\rDEF456*>\r".to_vec(),
        b"EDIFACT;:?=@^EDIFACT;:?=@^".to_vec(),
        (0u8..=255).collect(),
        b"\x80\x81\xFFbinary\x00data".to_vec(),
        b"Mixed Case with lower and UPPER and 1234567890".to_vec(),
    ];
    let lorem = b"Lorem ipsum dolor sit amet, consectetur adipiscing elit 0123456789. ".repeat(20);
    v.push(lorem);
    v.push(b"0123456789".repeat(60));
    v
}

#[test]
fn datamatrix_crate_all_modes_and_sizes() {
    let modes = [
        EncodationType::Ascii.into(),
        EncodationType::Ascii | EncodationType::C40,
        EncodationType::Ascii | EncodationType::Text,
        EncodationType::Ascii | EncodationType::X12,
        EncodationType::Ascii | EncodationType::Edifact,
        EncodationType::Ascii | EncodationType::Base256,
        EncodationType::all(),
    ];
    let mut decoded = 0;
    let mut sizes = std::collections::HashSet::new();
    let mut cached = Decoder::new();
    for data in samples() {
        for &m in &modes {
            for list in [
                SymbolList::default(),
                SymbolList::with_extended_rectangles().enforce_rectangular(),
            ] {
                let Ok(code) = DataMatrixBuilder::new()
                    .with_encodation_types(m)
                    .with_symbol_list(list)
                    .encode(&data)
                else {
                    continue;
                };
                let bm = code.bitmap();
                let grid = to_grid(bm.bits(), bm.width());
                let sym = decode_grid(&grid)
                    .unwrap_or_else(|e| panic!("{:?} {m:?}: {e}", String::from_utf8_lossy(&data)));
                assert_eq!(sym.bytes(), &data[..], "{m:?} {}", sym.size);
                let want = if sym.size.shape() == gs1_datamatrix::symbol::ShapeKind::Dmre {
                    "]d7"
                } else {
                    "]d1"
                };
                assert_eq!(sym.symbology_id(), want);
                assert_eq!(sym.corrections.corrected(), 0);
                // The caching decoder gives the identical result.
                assert_eq!(cached.decode(&grid).unwrap(), sym);
                sizes.insert(sym.size);
                decoded += 1;
            }
        }
    }
    // Every size reachable: force each one with short data.
    for size in datamatrix::SymbolList::with_extended_rectangles().iter() {
        let code = datamatrix::DataMatrix::encode(b"1234", size).unwrap();
        let bm = code.bitmap();
        let sym = decode_grid(&to_grid(bm.bits(), bm.width())).unwrap();
        assert_eq!(sym.bytes(), b"1234");
        assert_eq!(cached.decode(&to_grid(bm.bits(), bm.width())).unwrap(), sym);
        sizes.insert(sym.size);
        decoded += 1;
    }
    assert_eq!(sizes.len(), 48);
    assert!(decoded > 100, "{decoded}");
}

#[test]
fn datamatrix_crate_gs1() {
    let data = b"01034531200000111719112510ABCD1234\x1D2110";
    let code = datamatrix::DataMatrix::encode_gs1(data, SymbolList::default()).unwrap();
    let bm = code.bitmap();
    let sym = decode_grid(&to_grid(bm.bits(), bm.width())).unwrap();
    assert_eq!(sym.symbology_id(), "]d2");
    assert!(sym.is_gs1());
    assert_eq!(sym.bytes(), &data[..]);
}

fn rxing_grid(text: &str, hints: &rxing::EncodeHints) -> Option<BitMatrix> {
    let bm = rxing::datamatrix::DataMatrixWriter
        .encode_with_hints(text, &rxing::BarcodeFormat::DATA_MATRIX, 0, 0, hints)
        .ok()?;
    let (w, h) = (bm.getWidth() as usize, bm.getHeight() as usize);
    let mut m = BitMatrix::new(h, w);
    for y in 0..h {
        for x in 0..w {
            m.set(y, x, bm.get(x as u32, y as u32));
        }
    }
    Some(m)
}

#[test]
fn rxing_encoder_outputs_decode() {
    let texts = [
        "A",
        "0123456789012345678901234567890123456789",
        "Hello World from rxing",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ ABCDEFGHIJKLMN",
        "abcdefghijklmnopqrstuvwxyz abcdefghijklmn",
        "*>\rX12X12*>\r0123*>\r",
        "EDIFACT;EDIFACT;EDIFACT;EDIFACT",
        "Grüße aus Köln: äöü ÄÖÜ ß",
        "The quick brown fox jumps over the lazy dog. THE QUICK BROWN FOX 1234567890!",
    ];
    let mut n = 0;
    let mut skipped = 0;
    for t in texts {
        for (compact, c40, shape) in [
            (
                false,
                false,
                rxing::datamatrix::encoder::SymbolShapeHint::FORCE_NONE,
            ),
            (
                false,
                true,
                rxing::datamatrix::encoder::SymbolShapeHint::FORCE_SQUARE,
            ),
            (
                true,
                false,
                rxing::datamatrix::encoder::SymbolShapeHint::FORCE_SQUARE,
            ),
            (
                true,
                false,
                rxing::datamatrix::encoder::SymbolShapeHint::FORCE_RECTANGLE,
            ),
        ] {
            let hints = rxing::EncodeHints {
                DataMatrixCompact: Some(compact),
                ForceC40: Some(c40),
                DataMatrixShape: Some(shape),
                ..Default::default()
            };
            // rxing's encoder rejects some hint combinations (e.g. rectangles for long text).
            let Some(grid) = rxing_grid(t, &hints) else {
                skipped += 1;
                continue;
            };
            let sym = decode_grid(&grid).unwrap_or_else(|e| panic!("{t:?}: {e}"));
            let expect: Vec<u8> = t.chars().map(|c| c as u32 as u8).collect(); // ISO-8859-1
            assert_eq!(
                sym.data.payload, expect,
                "{t:?} compact={compact} c40={c40} {}",
                sym.size
            );
            n += 1;
        }
    }
    assert_eq!(n + skipped, texts.len() * 4);
    assert!(n >= texts.len() * 3, "decoded {n}, rxing refused {skipped}");
}
