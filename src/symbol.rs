//! The ECC200 symbol size table: every square, rectangular and DMRE size with its capacities.
//!
//! This is the only size table of the crate; the encoder (`encode`), Reed-Solomon (`ecc`),
//! placement (`matrix`) and the decoder all read their numbers from here.
//!
//! Sources: ISO/IEC 16022:2006 Table 7 ("ECC 200 symbol attributes") for the 24 square and
//! 6 rectangular sizes, and ISO/IEC 21471:2020 Table 7 for the 18 DMRE (Data Matrix Rectangular
//! Extension) sizes. The tests check every number against two independent implementations
//! (the `datamatrix` crate and rxing).
// The size table and its const accessors. SAFETY-ish reason it cannot panic: `TABLE` is indexed
// by a `SymbolSize` discriminant (closed enum, 0..48 = table length) or const loop counters < 48;
// all arithmetic combines table entries (sides <= 144, <= 2178 codewords, blocks >= 1), so no
// input value ever reaches it.
#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

/// Shape family of a symbol size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ShapeKind {
    /// Square symbol of ISO/IEC 16022 (10x10 .. 144x144).
    Square,
    /// Rectangular symbol of ISO/IEC 16022 (8x18 .. 16x48).
    Rectangular,
    /// Rectangular extension symbol of ISO/IEC 21471 (DMRE, 8x48 .. 26x64).
    Dmre,
}

/// Which symbol sizes an automatic size selection may choose from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ShapePolicy {
    /// Square sizes only: the default, and the GS1 healthcare norm.
    #[default]
    Square,
    /// The six ISO/IEC 16022 rectangular sizes only.
    Rectangular,
    /// Square or ISO/IEC 16022 rectangular sizes, whichever is smallest.
    SquareOrRectangular,
    /// Any size: square, rectangular and the ISO/IEC 21471 DMRE sizes.
    WithDmre,
}

impl ShapePolicy {
    /// Whether `kind` is allowed by this policy.
    pub const fn allows(self, kind: ShapeKind) -> bool {
        match self {
            ShapePolicy::Square => matches!(kind, ShapeKind::Square),
            ShapePolicy::Rectangular => matches!(kind, ShapeKind::Rectangular),
            ShapePolicy::SquareOrRectangular => {
                matches!(kind, ShapeKind::Square | ShapeKind::Rectangular)
            }
            ShapePolicy::WithDmre => true,
        }
    }
}

/// The attributes of one symbol size (one row of ISO/IEC 16022 Table 7 / ISO/IEC 21471 Table 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Attrs {
    rows: u8,
    cols: u8,
    /// Data regions vertically (rows of regions).
    regions_v: u8,
    /// Data regions horizontally (columns of regions).
    regions_h: u8,
    data: u16,
    ecc: u16,
    blocks: u8,
}

const fn a(
    rows: u8,
    cols: u8,
    regions_v: u8,
    regions_h: u8,
    data: u16,
    ecc: u16,
    blocks: u8,
) -> Attrs {
    Attrs {
        rows,
        cols,
        regions_v,
        regions_h,
        data,
        ecc,
        blocks,
    }
}

macro_rules! sizes {
    ($( $(#[$m:meta])* $name:ident = $attrs:expr, $kind:ident; )*) => {
        /// An ECC200 symbol size, named as in the standards (rows x columns, finder pattern included).
        ///
        /// The numbers behind each size (data regions, codewords, interleaved blocks) come from
        /// ISO/IEC 16022:2006 Table 7 and, for the DMRE sizes, ISO/IEC 21471:2020 Table 7.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum SymbolSize {
            $( $(#[$m])* $name, )*
        }

        const TABLE: &[(SymbolSize, Attrs, ShapeKind)] = &[
            $( (SymbolSize::$name, $attrs, ShapeKind::$kind), )*
        ];

        const ALL: &[SymbolSize] = &[ $( SymbolSize::$name, )* ];
    };
}

sizes! {
    /// 10x10 square.
    Square10 = a(10, 10, 1, 1, 3, 5, 1), Square;
    /// 12x12 square.
    Square12 = a(12, 12, 1, 1, 5, 7, 1), Square;
    /// 14x14 square.
    Square14 = a(14, 14, 1, 1, 8, 10, 1), Square;
    /// 16x16 square.
    Square16 = a(16, 16, 1, 1, 12, 12, 1), Square;
    /// 18x18 square.
    Square18 = a(18, 18, 1, 1, 18, 14, 1), Square;
    /// 20x20 square.
    Square20 = a(20, 20, 1, 1, 22, 18, 1), Square;
    /// 22x22 square.
    Square22 = a(22, 22, 1, 1, 30, 20, 1), Square;
    /// 24x24 square.
    Square24 = a(24, 24, 1, 1, 36, 24, 1), Square;
    /// 26x26 square.
    Square26 = a(26, 26, 1, 1, 44, 28, 1), Square;
    /// 32x32 square (2x2 data regions).
    Square32 = a(32, 32, 2, 2, 62, 36, 1), Square;
    /// 36x36 square (2x2 data regions).
    Square36 = a(36, 36, 2, 2, 86, 42, 1), Square;
    /// 40x40 square (2x2 data regions).
    Square40 = a(40, 40, 2, 2, 114, 48, 1), Square;
    /// 44x44 square (2x2 data regions).
    Square44 = a(44, 44, 2, 2, 144, 56, 1), Square;
    /// 48x48 square (2x2 data regions).
    Square48 = a(48, 48, 2, 2, 174, 68, 1), Square;
    /// 52x52 square (2x2 data regions, 2 interleaved blocks).
    Square52 = a(52, 52, 2, 2, 204, 84, 2), Square;
    /// 64x64 square (4x4 data regions, 2 interleaved blocks).
    Square64 = a(64, 64, 4, 4, 280, 112, 2), Square;
    /// 72x72 square (4x4 data regions, 4 interleaved blocks).
    Square72 = a(72, 72, 4, 4, 368, 144, 4), Square;
    /// 80x80 square (4x4 data regions, 4 interleaved blocks).
    Square80 = a(80, 80, 4, 4, 456, 192, 4), Square;
    /// 88x88 square (4x4 data regions, 4 interleaved blocks).
    Square88 = a(88, 88, 4, 4, 576, 224, 4), Square;
    /// 96x96 square (4x4 data regions, 4 interleaved blocks).
    Square96 = a(96, 96, 4, 4, 696, 272, 4), Square;
    /// 104x104 square (4x4 data regions, 6 interleaved blocks).
    Square104 = a(104, 104, 4, 4, 816, 336, 6), Square;
    /// 120x120 square (6x6 data regions, 6 interleaved blocks).
    Square120 = a(120, 120, 6, 6, 1050, 408, 6), Square;
    /// 132x132 square (6x6 data regions, 8 interleaved blocks).
    Square132 = a(132, 132, 6, 6, 1304, 496, 8), Square;
    /// 144x144 square (6x6 data regions, 10 interleaved blocks: 8 of 156 and 2 of 155 data codewords).
    Square144 = a(144, 144, 6, 6, 1558, 620, 10), Square;
    /// 8x18 rectangle.
    Rect8x18 = a(8, 18, 1, 1, 5, 7, 1), Rectangular;
    /// 8x32 rectangle (1x2 data regions).
    Rect8x32 = a(8, 32, 1, 2, 10, 11, 1), Rectangular;
    /// 12x26 rectangle.
    Rect12x26 = a(12, 26, 1, 1, 16, 14, 1), Rectangular;
    /// 12x36 rectangle (1x2 data regions).
    Rect12x36 = a(12, 36, 1, 2, 22, 18, 1), Rectangular;
    /// 16x36 rectangle (1x2 data regions).
    Rect16x36 = a(16, 36, 1, 2, 32, 24, 1), Rectangular;
    /// 16x48 rectangle (1x2 data regions).
    Rect16x48 = a(16, 48, 1, 2, 49, 28, 1), Rectangular;
    /// DMRE 8x48 (ISO/IEC 21471).
    Dmre8x48 = a(8, 48, 1, 2, 18, 15, 1), Dmre;
    /// DMRE 8x64 (ISO/IEC 21471).
    Dmre8x64 = a(8, 64, 1, 4, 24, 18, 1), Dmre;
    /// DMRE 8x80 (ISO/IEC 21471).
    Dmre8x80 = a(8, 80, 1, 4, 32, 22, 1), Dmre;
    /// DMRE 8x96 (ISO/IEC 21471).
    Dmre8x96 = a(8, 96, 1, 4, 38, 28, 1), Dmre;
    /// DMRE 8x120 (ISO/IEC 21471).
    Dmre8x120 = a(8, 120, 1, 6, 49, 32, 1), Dmre;
    /// DMRE 8x144 (ISO/IEC 21471).
    Dmre8x144 = a(8, 144, 1, 6, 63, 36, 1), Dmre;
    /// DMRE 12x64 (ISO/IEC 21471).
    Dmre12x64 = a(12, 64, 1, 4, 43, 27, 1), Dmre;
    /// DMRE 12x88 (ISO/IEC 21471).
    Dmre12x88 = a(12, 88, 1, 4, 64, 36, 1), Dmre;
    /// DMRE 16x64 (ISO/IEC 21471).
    Dmre16x64 = a(16, 64, 1, 4, 62, 36, 1), Dmre;
    /// DMRE 20x36 (ISO/IEC 21471).
    Dmre20x36 = a(20, 36, 1, 2, 44, 28, 1), Dmre;
    /// DMRE 20x44 (ISO/IEC 21471).
    Dmre20x44 = a(20, 44, 1, 2, 56, 34, 1), Dmre;
    /// DMRE 20x64 (ISO/IEC 21471).
    Dmre20x64 = a(20, 64, 1, 4, 84, 42, 1), Dmre;
    /// DMRE 22x48 (ISO/IEC 21471).
    Dmre22x48 = a(22, 48, 1, 2, 72, 38, 1), Dmre;
    /// DMRE 24x48 (ISO/IEC 21471).
    Dmre24x48 = a(24, 48, 1, 2, 80, 41, 1), Dmre;
    /// DMRE 24x64 (ISO/IEC 21471).
    Dmre24x64 = a(24, 64, 1, 4, 108, 46, 1), Dmre;
    /// DMRE 26x40 (ISO/IEC 21471).
    Dmre26x40 = a(26, 40, 1, 2, 70, 38, 1), Dmre;
    /// DMRE 26x48 (ISO/IEC 21471).
    Dmre26x48 = a(26, 48, 1, 2, 90, 42, 1), Dmre;
    /// DMRE 26x64 (ISO/IEC 21471).
    Dmre26x64 = a(26, 64, 1, 4, 118, 50, 1), Dmre;
}

/// Sizes sorted by data capacity (then by area), used by [`SymbolSize::smallest_for`].
const BY_CAPACITY: [SymbolSize; 48] = sorted_by_capacity();

const fn sorted_by_capacity() -> [SymbolSize; 48] {
    let mut out = [SymbolSize::Square10; 48];
    let mut i = 0;
    while i < 48 {
        out[i] = TABLE[i].0;
        i += 1;
    }
    // Insertion sort (const context).
    let mut i = 1;
    while i < 48 {
        let mut j = i;
        while j > 0 && key(out[j - 1]) > key(out[j]) {
            let t = out[j - 1];
            out[j - 1] = out[j];
            out[j] = t;
            j -= 1;
        }
        i += 1;
    }
    out
}

const fn key(s: SymbolSize) -> u32 {
    let at = TABLE[s as usize].1;
    (at.data as u32) << 16 | (at.rows as u32 * at.cols as u32)
}

impl SymbolSize {
    const fn attrs(self) -> Attrs {
        TABLE[self as usize].1
    }

    /// All 48 sizes: square (small to large), rectangular, then DMRE.
    pub const fn all() -> &'static [SymbolSize] {
        ALL
    }

    /// Module rows, finder pattern included (quiet zone excluded).
    pub const fn rows(self) -> usize {
        self.attrs().rows as usize
    }

    /// Module columns, finder pattern included (quiet zone excluded).
    pub const fn cols(self) -> usize {
        self.attrs().cols as usize
    }

    /// Square, rectangular or DMRE.
    pub const fn shape(self) -> ShapeKind {
        TABLE[self as usize].2
    }

    /// Number of data regions as (vertical, horizontal): e.g. (2, 2) for 32x32, (1, 4) for DMRE 8x64.
    pub const fn data_regions(self) -> (usize, usize) {
        let at = self.attrs();
        (at.regions_v as usize, at.regions_h as usize)
    }

    /// Total number of data regions.
    pub const fn data_region_count(self) -> usize {
        let at = self.attrs();
        at.regions_v as usize * at.regions_h as usize
    }

    /// Size of one data region in modules as (rows, cols), excluding its finder/alignment border.
    pub const fn data_region_size(self) -> (usize, usize) {
        let at = self.attrs();
        (
            at.rows as usize / at.regions_v as usize - 2,
            at.cols as usize / at.regions_h as usize - 2,
        )
    }

    /// Size of the mapping matrix (all data regions joined) as (rows, cols).
    pub const fn mapping_size(self) -> (usize, usize) {
        let at = self.attrs();
        let (rr, rc) = self.data_region_size();
        (rr * at.regions_v as usize, rc * at.regions_h as usize)
    }

    /// Number of data codewords (ISO/IEC 16022 Table 7 "data capacity: codewords").
    pub const fn data_codewords(self) -> usize {
        self.attrs().data as usize
    }

    /// Number of error correction codewords, all blocks together.
    pub const fn ecc_codewords(self) -> usize {
        self.attrs().ecc as usize
    }

    /// Data plus error correction codewords.
    pub const fn total_codewords(self) -> usize {
        self.data_codewords() + self.ecc_codewords()
    }

    /// Number of interleaved Reed-Solomon blocks.
    pub const fn interleaved_blocks(self) -> usize {
        self.attrs().blocks as usize
    }

    /// Error correction codewords per block (the same for every block of a size).
    pub const fn ecc_per_block(self) -> usize {
        self.ecc_codewords() / self.interleaved_blocks()
    }

    /// Data codewords in block `block` (0-based). Blocks take data codewords round robin
    /// (codeword `i` goes to block `i % blocks`), so for 144x144 blocks 0..=7 hold 156 and
    /// blocks 8 and 9 hold 155; every other size has equal blocks. Returns 0 for a block
    /// index out of range.
    pub const fn data_codewords_in_block(self, block: usize) -> usize {
        let n = self.interleaved_blocks();
        if block >= n {
            return 0;
        }
        let d = self.data_codewords();
        d / n + if block < d % n { 1 } else { 0 }
    }

    /// The largest block's data codeword count.
    pub const fn max_block_data_codewords(self) -> usize {
        self.data_codewords_in_block(0)
    }

    /// The size with exactly `rows` x `cols` modules, if any.
    pub fn from_dimensions(rows: usize, cols: usize) -> Option<SymbolSize> {
        TABLE
            .iter()
            .find(|(_, at, _)| at.rows as usize == rows && at.cols as usize == cols)
            .map(|e| e.0)
    }

    /// The smallest size allowed by `policy` holding at least `n` data codewords.
    ///
    /// "Smallest" means fewest data codewords; ties (DMRE vs rectangular of equal capacity)
    /// go to the smaller area. `None` when nothing allowed is large enough.
    pub fn smallest_for(n: usize, policy: ShapePolicy) -> Option<SymbolSize> {
        BY_CAPACITY
            .iter()
            .copied()
            .find(|s| policy.allows(s.shape()) && s.data_codewords() >= n)
    }

    /// Sizes allowed by `policy`, in increasing data capacity.
    pub fn by_capacity(policy: ShapePolicy) -> impl Iterator<Item = SymbolSize> {
        BY_CAPACITY
            .iter()
            .copied()
            .filter(move |s| policy.allows(s.shape()))
    }

    /// The spec name, e.g. `"24x24"` or `"8x48"` (rows x columns).
    pub fn name(self) -> alloc::string::String {
        alloc::format!("{}x{}", self.rows(), self.cols())
    }
}

impl core::fmt::Display for SymbolSize {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}x{}", self.rows(), self.cols())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        assert_eq!(SymbolSize::all().len(), 48);
        for (i, &(s, at, _)) in TABLE.iter().enumerate() {
            assert_eq!(s as usize, i, "enum order matches table order");
            // Regions tile the symbol exactly with a 2-module border each.
            assert_eq!(s.rows() % at.regions_v as usize, 0, "{s}");
            assert_eq!(s.cols() % at.regions_h as usize, 0, "{s}");
            // Mapping matrix bits = 8 * codewords, plus at most 7 bits left over (filled 4x4 corner).
            let (mr, mc) = s.mapping_size();
            let bits = mr * mc;
            let cw_bits = 8 * s.total_codewords();
            assert!(
                bits >= cw_bits && bits - cw_bits < 8,
                "{s}: {bits} vs {cw_bits}"
            );
            assert_eq!(s.ecc_codewords() % s.interleaved_blocks(), 0, "{s}");
            let sum: usize = (0..s.interleaved_blocks())
                .map(|b| s.data_codewords_in_block(b))
                .sum();
            assert_eq!(sum, s.data_codewords());
            // RS over GF(256): each block at most 255 codewords.
            assert!(
                s.max_block_data_codewords() + s.ecc_per_block() <= 255,
                "{s}"
            );
            assert_eq!(SymbolSize::from_dimensions(s.rows(), s.cols()), Some(s));
        }
        assert_eq!(SymbolSize::from_dimensions(11, 11), None);
    }

    #[test]
    fn counts_per_kind() {
        let count = |k| SymbolSize::all().iter().filter(|s| s.shape() == k).count();
        assert_eq!(count(ShapeKind::Square), 24);
        assert_eq!(count(ShapeKind::Rectangular), 6);
        assert_eq!(count(ShapeKind::Dmre), 18);
    }

    #[test]
    fn smallest_for_respects_policy() {
        assert_eq!(
            SymbolSize::smallest_for(0, ShapePolicy::Square),
            Some(SymbolSize::Square10)
        );
        assert_eq!(
            SymbolSize::smallest_for(4, ShapePolicy::Square),
            Some(SymbolSize::Square12)
        );
        // Equal capacity and area (12x12 vs 8x18): the square wins.
        assert_eq!(
            SymbolSize::smallest_for(4, ShapePolicy::SquareOrRectangular),
            Some(SymbolSize::Square12)
        );
        assert_eq!(
            SymbolSize::smallest_for(6, ShapePolicy::SquareOrRectangular),
            Some(SymbolSize::Square14)
        );
        assert_eq!(
            SymbolSize::smallest_for(9, ShapePolicy::SquareOrRectangular),
            Some(SymbolSize::Rect8x32)
        );
        assert_eq!(SymbolSize::smallest_for(50, ShapePolicy::Rectangular), None);
        assert_eq!(SymbolSize::smallest_for(1559, ShapePolicy::WithDmre), None);
        for policy in [
            ShapePolicy::Square,
            ShapePolicy::Rectangular,
            ShapePolicy::SquareOrRectangular,
            ShapePolicy::WithDmre,
        ] {
            for n in 0..1560 {
                let got = SymbolSize::smallest_for(n, policy);
                let brute = SymbolSize::all()
                    .iter()
                    .copied()
                    .filter(|s| policy.allows(s.shape()) && s.data_codewords() >= n)
                    .min_by_key(|s| (s.data_codewords(), s.rows() * s.cols()));
                assert_eq!(got, brute, "{policy:?} {n}");
            }
        }
    }
}
