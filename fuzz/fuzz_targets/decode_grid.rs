//! Fuzz: arbitrary module grids (any shape up to 150x150, with confidences) -> `decode_grid`
//! must never panic or hang; a decoded symbol must re-read to the same size.
#![no_main]

use gs1_datamatrix::matrix::ModuleGrid;
use libfuzzer_sys::fuzz_target;

struct Grid<'a> {
    rows: usize,
    cols: usize,
    bits: &'a [u8],
    conf: &'a [u8],
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
        r < self.rows && c < self.cols && self.bits.get(i / 8).is_some_and(|b| b >> (i % 8) & 1 == 1)
    }
    fn confidence(&self, r: usize, c: usize) -> u8 {
        self.conf.get((r * 31 + c) % self.conf.len().max(1)).copied().unwrap_or(255)
    }
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    // First two bytes pick a shape (biased towards real symbol sizes), third splits the rest.
    let sizes = gs1_datamatrix::symbol::SymbolSize::all();
    let (rows, cols) = match sizes.get(usize::from(data[0]) % (sizes.len() + 8)) {
        Some(s) if data[1] & 1 == 0 => (s.rows(), s.cols()),
        Some(s) => (s.cols(), s.rows()),
        None => (usize::from(data[0]) % 150, usize::from(data[1]) % 150),
    };
    let rest = &data[3..];
    let split = (usize::from(data[2]) * rest.len() / 256).min(rest.len());
    let (bits, conf) = rest.split_at(rest.len() - split);
    let grid = Grid { rows, cols, bits, conf };
    if let Ok(sym) = gs1_datamatrix::decode::decode_grid(&grid) {
        assert!(sym.size.rows() * sym.size.cols() == rows * cols);
        assert!(sym.uec() >= 0.0 && sym.uec() <= 1.0);
    }
});
