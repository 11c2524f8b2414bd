//! `decode_grid` behaviour on grids: all 8 orientations (mirror flagged), confidence-driven
//! erasures repairing more than errors alone could, typed errors beyond capacity and for
//! non-symbols. Symbols come from the `datamatrix` crate (an independent encoder).

use gs1_datamatrix::decode::{DecodeError, decode_grid};
use gs1_datamatrix::matrix::{BitMatrix, MatrixError, ModuleGrid, placement};
use gs1_datamatrix::symbol::SymbolSize;

fn symbol(data: &[u8], size: datamatrix::SymbolSize) -> BitMatrix {
    let code = datamatrix::DataMatrix::encode(data, size).unwrap();
    let bm = code.bitmap();
    let mut m = BitMatrix::new(bm.height(), bm.width());
    for (i, &b) in bm.bits().iter().enumerate() {
        m.set(i / bm.width(), i % bm.width(), b);
    }
    m
}

fn transform(m: &BitMatrix, t: u8) -> BitMatrix {
    let (r, c) = (m.rows(), m.cols());
    let (or, oc) = if t & 4 != 0 { (c, r) } else { (r, c) };
    let mut out = BitMatrix::new(or, oc);
    for y in 0..r {
        for x in 0..c {
            let (a, b) = (
                if t & 1 != 0 { r - 1 - y } else { y },
                if t & 2 != 0 { c - 1 - x } else { x },
            );
            let (oy, ox) = if t & 4 != 0 { (b, a) } else { (a, b) };
            out.set(oy, ox, m.dark(y, x));
        }
    }
    out
}

#[test]
fn every_orientation_decodes_and_mirror_is_flagged() {
    for (data, size) in [
        (
            &b"orientation test 123"[..],
            datamatrix::SymbolSize::Square22,
        ),
        (&b"rect"[..], datamatrix::SymbolSize::Rect12x36),
        (&b"DMRE orientation"[..], datamatrix::SymbolSize::Rect8x48),
        (
            &b"multi region 2x2 symbol"[..],
            datamatrix::SymbolSize::Square32,
        ),
    ] {
        let m = symbol(data, size);
        for t in 0..8u8 {
            let g = transform(&m, t);
            let s = decode_grid(&g).unwrap_or_else(|e| panic!("t={t}: {e}"));
            assert_eq!(s.bytes(), data, "t={t}");
            let mirrored = (t & 1 != 0) ^ (t & 2 != 0) ^ (t & 4 != 0);
            assert_eq!(s.mirrored, mirrored, "t={t}");
        }
    }
}

/// A grid with per-module confidence.
struct Conf<'a> {
    m: &'a BitMatrix,
    low: Vec<(usize, usize)>,
}

impl ModuleGrid for Conf<'_> {
    fn rows(&self) -> usize {
        self.m.rows()
    }
    fn cols(&self) -> usize {
        self.m.cols()
    }
    fn dark(&self, r: usize, c: usize) -> bool {
        self.m.dark(r, c)
    }
    fn confidence(&self, r: usize, c: usize) -> u8 {
        if self.low.contains(&(r, c)) { 10 } else { 250 }
    }
}

#[test]
fn low_confidence_modules_become_erasures() {
    let size = SymbolSize::Square24; // 36 data + 24 ECC, one block
    let m = symbol(
        b"erasure test 0123456789 ABCDEFGHIJ",
        datamatrix::SymbolSize::Square24,
    );
    // Damage 20 codewords (beyond the 12 errors ECC alone can fix) by flipping one bit of each.
    let mut bad = m.clone();
    let mut low = Vec::new();
    let mut first_module = vec![None; size.total_codewords()];
    placement::for_each_module(size, |cw, _bit, r, c| {
        if first_module[cw].is_none() {
            first_module[cw] = Some((r, c));
        }
    });
    for cw in (0..size.total_codewords()).step_by(3).take(20) {
        let (r, c) = first_module[cw].unwrap();
        bad.set(r, c, !m.dark(r, c));
        low.push((r, c));
    }
    assert!(
        decode_grid(&bad).is_err(),
        "20 errors exceed 24 ECC codewords without erasures"
    );
    let s = decode_grid(&Conf { m: &bad, low }).unwrap();
    assert_eq!(s.bytes(), b"erasure test 0123456789 ABCDEFGHIJ");
    assert_eq!(s.erasures, 20);
    assert_eq!(s.corrections.corrected(), 20);
    assert!((s.uec() - (1.0 - 20.0 / 24.0)).abs() < 1e-5);
}

#[test]
fn non_symbols_are_typed_errors() {
    let g = BitMatrix::new(11, 11);
    assert!(matches!(
        decode_grid(&g),
        Err(DecodeError::Matrix(MatrixError::UnknownSize {
            rows: 11,
            cols: 11
        }))
    ));
    let g = BitMatrix::new(10, 10);
    assert!(matches!(
        decode_grid(&g),
        Err(DecodeError::Matrix(MatrixError::FinderPattern { .. }))
    ));
}
