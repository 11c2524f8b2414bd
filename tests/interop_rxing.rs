//! Interop: every symbol we make is read back by rxing's DataMatrix reader from a rendered image,
//! to the same bytes and the same GS1 flag (`]d2` for GS1, `]d1` otherwise).

use gs1_datamatrix::encode::{Encoder, Modes, ShapePolicy, Symbol};
use gs1_datamatrix::render::Layout;
use rxing::{BarcodeFormat, DecodeHints, RXingResultMetadataType, RXingResultMetadataValue};

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/encode/corpus.tsv"
);

fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

/// Renders at 2 px/module with a 2-module quiet zone and reads with rxing (pure barcode).
///
/// rxing's text output loses bytes above 127 from Base 256 segments (its string builder), so for
/// such data the bytes come from rxing's corrected data codewords (`getRawBytes`) decoded by the
/// `datamatrix` crate's independent data decoder: rxing still does sampling, placement and RS.
fn read_back(sym: &Symbol, high: bool) -> Result<(Vec<u8>, String), String> {
    let lay = Layout {
        module_dots: 2,
        quiet_zone: 2,
        invert: false,
    };
    let (w, h) = lay.dims(sym);
    let mut luma = Vec::with_capacity(w * h);
    gs1_datamatrix::render::rows::rows(sym, &lay, |row| {
        luma.extend((0..w).map(|x| {
            if row[x / 8] & (0x80 >> (x % 8)) != 0 {
                0u8
            } else {
                255
            }
        }));
    })
    .map_err(|e| e.to_string())?;
    let mut hints = DecodeHints {
        PureBarcode: Some(true),
        ..Default::default()
    };
    let r = rxing::helpers::detect_in_luma_with_hints(
        luma,
        w as u32,
        h as u32,
        Some(BarcodeFormat::DATA_MATRIX),
        &mut hints,
    )
    .map_err(|e| format!("{e:?}"))?;
    let bytes: Vec<u8> = if high {
        datamatrix::data::decode_data(r.getRawBytes()).map_err(|e| format!("{e:?}"))?
    } else {
        r.getText().chars().map(|c| c as u32 as u8).collect()
    };
    let id = match r
        .getRXingResultMetadata()
        .get(&RXingResultMetadataType::SYMBOLOGY_IDENTIFIER)
    {
        Some(RXingResultMetadataValue::SymbologyIdentifier(s)) => s.clone(),
        _ => String::new(),
    };
    Ok((bytes, id))
}

fn check(enc: &mut Encoder, data: &[u8], gs1: bool, failures: &mut Vec<String>) {
    let sym = match enc.encode(data) {
        Ok(s) => s,
        Err(e) => {
            failures.push(format!("encode {data:?}: {e}"));
            return;
        }
    };
    assert_eq!(
        (sym.rows(), sym.cols()),
        (sym.size().rows(), sym.size().cols())
    );
    match read_back(&sym, data.iter().any(|&b| b >= 128)) {
        Ok((bytes, id)) => {
            let want_id = if gs1 { "]d2" } else { "]d1" };
            if bytes != data || id != want_id {
                failures.push(format!(
                    "{} {:?}: read {:?} id {id}, cw {:?}",
                    sym.size(),
                    String::from_utf8_lossy(data),
                    String::from_utf8_lossy(&bytes),
                    sym.data_codewords()
                ));
            }
        }
        Err(e) => failures.push(format!(
            "{} {:?}: unreadable {e}",
            sym.size(),
            String::from_utf8_lossy(data)
        )),
    }
}

#[test]
fn corpus_reads_back_in_every_iso_shape() {
    let text =
        std::fs::read_to_string(CORPUS).unwrap_or_else(|e| panic!("{CORPUS} is required: {e}"));
    let mut failures = Vec::new();
    let mut n = 0;
    for shape in [
        ShapePolicy::Square,
        ShapePolicy::Rectangular,
        ShapePolicy::SquareOrRectangular,
    ] {
        let mut enc = Encoder::new().gs1(true).shape(shape);
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            let data = hex(f[3]);
            if shape == ShapePolicy::Rectangular && f[6].is_empty() {
                continue; // no rectangle holds it
            }
            check(&mut enc, &data, true, &mut failures);
            n += 1;
        }
    }
    println!("{n} symbols read back, {} failures", failures.len());
    for f in failures.iter().take(20) {
        println!("{f}");
    }
    assert!(failures.is_empty(), "{} of {n} failed", failures.len());
}

#[test]
fn every_mode_and_tail_reads_back() {
    let samples: Vec<Vec<u8>> = vec![
        b"A".to_vec(),
        b"123456".to_vec(),
        b"AIMAIMAIMAIMAIM".to_vec(),
        b"hello world, this is lower case text".to_vec(),
        b"ABC>DEF*GHI\rJKL MNO>PQR*STU".to_vec(),
        b"EDIFACT^DATA.:;/1234?EDIFACT^DATA.:;/".to_vec(),
        (0u8..=255).collect(),
        (0..300u32).map(|i| (i * 37 % 256) as u8).collect(),
        b"Mixed CASE text 1234567890 with !\"#$%&'()*+,-./ punctuation".to_vec(),
        b"\xe9t\xe9 \xe0 la plage \xfc\xdf".to_vec(),
    ];
    let mut failures = Vec::new();
    for s in &samples {
        for len in 1..=s.len().min(40) {
            for modes in [Modes::ALL, Modes::ASCII_ONLY] {
                let mut enc = Encoder::new()
                    .modes(modes)
                    .shape(ShapePolicy::SquareOrRectangular);
                check(&mut enc, &s[..len], false, &mut failures);
            }
        }
        let mut enc = Encoder::new();
        check(&mut enc, s, false, &mut failures);
    }
    for f in failures.iter().take(20) {
        println!("{f}");
    }
    assert!(failures.is_empty(), "{} failures", failures.len());
}
