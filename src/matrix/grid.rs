//! Module grids: the trait the matrix decoder reads from, and the bit matrix the encoder writes.

use alloc::vec::Vec;

/// Largest number of modules on one side of any ECC200 symbol (144x144), used as an allocation cap.
pub const MAX_SIDE: usize = crate::limits::MAX_MODULE_SIDE;

/// Errors about the shape of a module grid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MatrixError {
    /// The grid's dimensions do not match any ECC200 symbol size (finder pattern included).
    #[error("no DataMatrix symbol is {rows}x{cols} modules")]
    UnknownSize {
        /// Rows of the grid.
        rows: usize,
        /// Columns of the grid.
        cols: usize,
    },
    /// A text or bit grid was malformed (ragged rows, a character other than `0`/`1`).
    #[error("malformed grid at row {row}, column {col}")]
    Malformed {
        /// 0-based row of the problem.
        row: usize,
        /// 0-based column of the problem.
        col: usize,
    },
    /// The grid has ECC200 dimensions but no orientation shows a fitting finder/timing pattern.
    #[error("no finder/timing pattern fits the {rows}x{cols} grid")]
    FinderPattern {
        /// Rows of the grid.
        rows: usize,
        /// Columns of the grid.
        cols: usize,
    },
    /// A pure image could not be sampled (see [`crate::matrix::pure`]).
    #[error("pure image sampling failed: {problem:?}")]
    PureImage {
        /// Which step failed.
        problem: crate::matrix::pure::PureProblem,
    },
    /// A codeword buffer does not match the symbol size's codeword count.
    #[error("expected {expected} codewords, got {got}")]
    WrongCodewordCount {
        /// Codewords the symbol size holds (data + error correction).
        expected: usize,
        /// Codewords given.
        got: usize,
    },
}

/// A rectangular grid of modules, as sampled from an image or produced by the encoder.
///
/// This is how the image reader hands a symbol to the matrix decoder: `dark(r, c)` is the
/// sampled value, and `confidence(r, c)` (0 = pure guess, 255 = certain) lets the decoder
/// turn unsure modules into Reed-Solomon erasures. Coordinates are 0-based with (0, 0) at the
/// top-left module of the symbol, finder pattern included, quiet zone excluded.
pub trait ModuleGrid {
    /// Number of module rows.
    fn rows(&self) -> usize;
    /// Number of module columns.
    fn cols(&self) -> usize;
    /// Whether module (`row`, `col`) is dark. Out-of-range coordinates return `false`.
    fn dark(&self, row: usize, col: usize) -> bool;
    /// How sure the sampler is of module (`row`, `col`): 0 = no idea, 255 = certain.
    fn confidence(&self, _row: usize, _col: usize) -> u8 {
        255
    }
}

/// A dense grid of modules, one `bool` per module, row-major.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BitMatrix {
    rows: usize,
    cols: usize,
    bits: Vec<bool>,
}

impl BitMatrix {
    /// An all-light grid of `rows` x `cols` modules.
    ///
    /// Sizes are clamped to [`MAX_SIDE`] so an untrusted size cannot request a huge allocation.
    // SAFETY-ish reason: both sides are clamped to MAX_SIDE (or checked against them) first, so
    // `rows * cols` and `row * cols + col` stay below MAX_SIDE^2.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn new(rows: usize, cols: usize) -> Self {
        let rows = rows.min(MAX_SIDE);
        let cols = cols.min(MAX_SIDE);
        BitMatrix {
            rows,
            cols,
            bits: alloc::vec![false; rows * cols],
        }
    }

    /// A `rows` x `cols` grid from row-major module bytes (non-zero = dark), as the encoder's
    /// module maps draw them; `None` when the length is not `rows * cols` (or a side exceeds
    /// [`MAX_SIDE`]).
    pub(crate) fn from_module_bytes(rows: usize, cols: usize, modules: &[u8]) -> Option<Self> {
        if rows > MAX_SIDE || cols > MAX_SIDE || rows.checked_mul(cols)? != modules.len() {
            return None;
        }
        Some(BitMatrix {
            rows,
            cols,
            bits: modules.iter().map(|&m| m != 0).collect(),
        })
    }

    /// Sets module (`row`, `col`); out-of-range coordinates are ignored.
    // SAFETY-ish reason: both sides are clamped to MAX_SIDE (or checked against them) first, so
    // `rows * cols` and `row * cols + col` stay below MAX_SIDE^2.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn set(&mut self, row: usize, col: usize, dark: bool) {
        if row < self.rows
            && col < self.cols
            && let Some(b) = self.bits.get_mut(row * self.cols + col)
        {
            *b = dark;
        }
    }

    /// Parses rows of `0`/`1` characters (`1` = dark), one row per line; blank lines are ignored.
    ///
    /// # Errors
    /// [`MatrixError::Malformed`] for a character other than `0`/`1`, ragged rows, or more than
    /// [`MAX_SIDE`] rows or columns.
    pub fn from_text(text: &str) -> Result<Self, MatrixError> {
        let mut rows: Vec<Vec<bool>> = Vec::new();
        for (r, line) in text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .enumerate()
        {
            if r >= MAX_SIDE {
                return Err(MatrixError::Malformed { row: r, col: 0 });
            }
            let mut row = Vec::with_capacity(line.len().min(MAX_SIDE));
            for (c, ch) in line.chars().enumerate() {
                if c >= MAX_SIDE {
                    return Err(MatrixError::Malformed { row: r, col: c });
                }
                match ch {
                    '0' => row.push(false),
                    '1' => row.push(true),
                    _ => return Err(MatrixError::Malformed { row: r, col: c }),
                }
            }
            if let Some(first) = rows.first()
                && first.len() != row.len()
            {
                return Err(MatrixError::Malformed {
                    row: r,
                    col: row.len().min(first.len()),
                });
            }
            rows.push(row);
        }
        let cols = rows.first().map_or(0, Vec::len);
        let mut m = BitMatrix::new(rows.len(), cols);
        for (r, row) in rows.iter().enumerate() {
            for (c, &b) in row.iter().enumerate() {
                m.set(r, c, b);
            }
        }
        Ok(m)
    }

    /// Rows of `0`/`1` characters, `1` = dark.
    pub fn to_text_rows(&self) -> Vec<alloc::string::String> {
        (0..self.rows)
            .map(|r| {
                (0..self.cols)
                    .map(|c| if self.dark(r, c) { '1' } else { '0' })
                    .collect()
            })
            .collect()
    }
}

impl ModuleGrid for BitMatrix {
    fn rows(&self) -> usize {
        self.rows
    }
    fn cols(&self) -> usize {
        self.cols
    }
    // SAFETY-ish reason: both sides are clamped to MAX_SIDE (or checked against them) first, so
    // `rows * cols` and `row * cols + col` stay below MAX_SIDE^2.
    #[allow(clippy::arithmetic_side_effects)]
    fn dark(&self, row: usize, col: usize) -> bool {
        row < self.rows
            && col < self.cols
            && self
                .bits
                .get(row * self.cols + col)
                .copied()
                .unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_round_trip() {
        let m = BitMatrix::from_text("101\n010\n").unwrap();
        assert_eq!(m.rows(), 2);
        assert_eq!(m.cols(), 3);
        assert!(m.dark(0, 0) && !m.dark(0, 1) && m.dark(1, 1));
        assert_eq!(m.to_text_rows(), ["101", "010"]);
    }

    #[test]
    fn ragged_and_bad_chars_are_errors() {
        assert_eq!(
            BitMatrix::from_text("10\n1"),
            Err(MatrixError::Malformed { row: 1, col: 1 })
        );
        assert_eq!(
            BitMatrix::from_text("1x"),
            Err(MatrixError::Malformed { row: 0, col: 1 })
        );
    }
}
