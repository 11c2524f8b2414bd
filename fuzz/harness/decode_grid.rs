//! Module grids -> `decode_grid`: arbitrary shapes up to 150x150 with confidences, or the
//! `0`/`1` text grids `gs1dm decode --matrix` reads. Never panic or hang; a decoded symbol has
//! the grid's module count and a UEC in 0..=1.
//!
//! Input: first byte 0xFF = the rest is a text grid; otherwise two shape bytes (biased towards
//! real symbol sizes), a byte splitting the rest into module bits and confidences.

use gs1_datamatrix::matrix::{BitMatrix, ModuleGrid};

/// A module grid straight from fuzz bytes: `bits` packed row-major (missing bytes read light),
/// `conf` cycled as per-module confidences. Shared with `decode_grid_into`.
pub struct Grid<'a> {
    /// Rows.
    pub rows: usize,
    /// Columns.
    pub cols: usize,
    /// Module bits, row-major, LSB first.
    pub bits: &'a [u8],
    /// Confidences, cycled.
    pub conf: &'a [u8],
}

impl ModuleGrid for Grid<'_> {
    fn rows(&self) -> usize {
        self.rows
    }
    fn cols(&self) -> usize {
        self.cols
    }
    fn dark(&self, r: usize, c: usize) -> bool {
        let i = r * self.cols + c;
        r < self.rows
            && c < self.cols
            && self.bits.get(i / 8).is_some_and(|b| b >> (i % 8) & 1 == 1)
    }
    fn confidence(&self, r: usize, c: usize) -> u8 {
        self.conf
            .get((r * 31 + c) % self.conf.len().max(1))
            .copied()
            .unwrap_or(255)
    }
}

fn check(grid: &(impl ModuleGrid + ?Sized)) {
    if let Ok(sym) = gs1_datamatrix::decode::decode_grid(grid) {
        assert_eq!(sym.size.rows() * sym.size.cols(), grid.rows() * grid.cols());
        assert!(sym.uec() >= 0.0 && sym.uec() <= 1.0);
    }
}

/// Runs one input.
pub fn run(data: &[u8]) {
    if let Some((&0xFF, text)) = data.split_first() {
        if let Ok(Ok(m)) = std::str::from_utf8(text).map(BitMatrix::from_text) {
            check(&m);
        }
        return;
    }
    let [a, b, split, rest @ ..] = data else {
        return;
    };
    let sizes = gs1_datamatrix::symbol::SymbolSize::all();
    let (rows, cols) = match sizes.get(usize::from(*a) % (sizes.len() + 8)) {
        Some(s) if b & 1 == 0 => (s.rows(), s.cols()),
        Some(s) => (s.cols(), s.rows()),
        None => (usize::from(*a) % 150, usize::from(*b) % 150),
    };
    let cut = (usize::from(*split) * rest.len() / 256).min(rest.len());
    let (bits, conf) = rest.split_at(rest.len() - cut);
    check(&Grid {
        rows,
        cols,
        bits,
        conf,
    });
}
