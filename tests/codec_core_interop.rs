//! Checks the size table, Reed-Solomon encoder and module placement against two independent
//! implementations: the `datamatrix` crate (encoder) and rxing's version table.
//!
//! Invariants: for every one of the 48 sizes, (1) dimensions, data/ECC codeword counts, data
//! region sizes and block structure equal rxing's `Version` table; (2) given the `datamatrix`
//! crate's data codewords, our ECC equals its ECC (ISO block order, incl. 144x144); (3) placing
//! its codewords with our placement gives exactly its module bitmap.

use gs1_datamatrix::ecc::{self, Block144Order};
use gs1_datamatrix::matrix::{ModuleGrid, placement};
use gs1_datamatrix::symbol::{ShapeKind, SymbolSize};

fn dm_sizes() -> Vec<datamatrix::SymbolSize> {
    datamatrix::SymbolList::with_extended_rectangles()
        .iter()
        .collect()
}

#[test]
fn table_matches_rxing_versions() {
    for &size in SymbolSize::all() {
        let v = rxing::datamatrix::decoder::Version::getVersionForDimensions(
            size.rows() as u32,
            size.cols() as u32,
        )
        .unwrap_or_else(|_| panic!("rxing has no {size}"));
        assert_eq!(
            v.getTotalCodewords() as usize,
            size.total_codewords(),
            "{size}"
        );
        let (rr, rc) = size.data_region_size();
        assert_eq!(
            (
                v.getDataRegionSizeRows() as usize,
                v.getDataRegionSizeColumns() as usize
            ),
            (rr, rc),
            "{size}"
        );
        let ecb = v.getECBlocks();
        assert_eq!(
            ecb.getECCodewords() as usize,
            size.ecc_per_block(),
            "{size}"
        );
        let mut per_block = Vec::new();
        for b in ecb.getECBlocks() {
            for _ in 0..b.getCount() {
                per_block.push(b.getDataCodewords() as usize);
            }
        }
        let ours: Vec<usize> = (0..size.interleaved_blocks())
            .map(|b| size.data_codewords_in_block(b))
            .collect();
        assert_eq!(per_block, ours, "{size}");
    }
}

#[test]
fn ecc_and_placement_match_the_datamatrix_crate() {
    let theirs = dm_sizes();
    assert_eq!(theirs.len(), 48, "the datamatrix crate lists 48 sizes");
    let mut seen = std::collections::HashSet::new();
    for dm_size in theirs {
        // Enough data to span several blocks, small enough for 10x10.
        let code = datamatrix::DataMatrix::encode(b"12", dm_size).unwrap();
        let bitmap = code.bitmap();
        let size = SymbolSize::from_dimensions(bitmap.height(), bitmap.width())
            .unwrap_or_else(|| panic!("no size {}x{}", bitmap.height(), bitmap.width()));
        assert!(seen.insert(size));
        assert_eq!(
            size.shape() == ShapeKind::Square,
            dm_size.is_square(),
            "{size}"
        );
        assert_eq!(size.shape() == ShapeKind::Dmre, dm_size.is_dmre(), "{size}");
        assert_eq!(code.data_codewords().len(), size.data_codewords(), "{size}");
        assert_eq!(code.codewords().len(), size.total_codewords(), "{size}");

        let mut cws = code.codewords().to_vec();
        let expected = cws.clone();
        cws[size.data_codewords()..].fill(0);
        ecc::encode(size, Block144Order::Iso, &mut cws).unwrap();
        assert_eq!(cws, expected, "ECC of {size}");

        let m = placement::place(size, code.codewords()).unwrap();
        let bits = bitmap.bits();
        for r in 0..size.rows() {
            for c in 0..size.cols() {
                assert_eq!(
                    m.dark(r, c),
                    bits[r * size.cols() + c],
                    "{size} module {r},{c}"
                );
            }
        }
        let mut back = vec![0u8; size.total_codewords()];
        placement::read_codewords(&m, size, &mut back).unwrap();
        assert_eq!(back, code.codewords(), "{size}");
    }
    assert_eq!(seen.len(), 48);
}
