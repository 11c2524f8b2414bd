//! Text output: rows of `0`/`1` (1 = dark) or Unicode half blocks for a terminal.

use alloc::vec::Vec;

use super::{Layout, Render, RenderError};
use crate::matrix::ModuleGrid;

/// Which characters [`Text`] draws with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TextStyle {
    /// One `0`/`1` per module (`1` = dark), one line per module row.
    #[default]
    Binary,
    /// Unicode half blocks: two module rows per line, dark drawn as block (use
    /// [`Layout::invert`] on dark terminals).
    Blocks,
}

/// Text renderer (module units: `module_dots` is ignored).
#[derive(Debug, Clone, Copy, Default)]
pub struct Text {
    /// Characters to use.
    pub style: TextStyle,
}

impl Render for Text {
    // SAFETY-ish reason: `layout.check` runs first, so the output and every module count plus
    // quiet zone are <= MAX_SIDE_DOTS (20,000) per side; sums and products stay below 4 * 10^8.
    #[allow(clippy::arithmetic_side_effects)]
    fn render(
        &self,
        grid: &(impl ModuleGrid + ?Sized),
        layout: &Layout,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        let unit = Layout {
            module_dots: 1,
            ..*layout
        };
        let (w, h) = unit.check(grid)?;
        match self.style {
            TextStyle::Binary => {
                out.reserve((w + 1) * h);
                for r in 0..h {
                    out.extend((0..w).map(|c| {
                        if unit.module_dark(grid, r, c) {
                            b'1'
                        } else {
                            b'0'
                        }
                    }));
                    out.push(b'\n');
                }
            }
            TextStyle::Blocks => {
                for r in (0..h).step_by(2) {
                    for c in 0..w {
                        let top = unit.module_dark(grid, r, c);
                        let bottom = r + 1 < h && unit.module_dark(grid, r + 1, c);
                        let ch = match (top, bottom) {
                            (true, true) => "\u{2588}",
                            (true, false) => "\u{2580}",
                            (false, true) => "\u{2584}",
                            (false, false) => " ",
                        };
                        out.extend_from_slice(ch.as_bytes());
                    }
                    out.push(b'\n');
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::BitMatrix;

    #[test]
    fn binary_and_blocks() {
        let m = BitMatrix::from_text("10\n11\n").unwrap();
        let mut out = Vec::new();
        let lay = Layout {
            module_dots: 3,
            quiet_zone: 0,
            invert: false,
        };
        Text::default().render(&m, &lay, &mut out).unwrap();
        assert_eq!(out, b"10\n11\n");
        out.clear();
        Text {
            style: TextStyle::Blocks,
        }
        .render(&m, &lay, &mut out)
        .unwrap();
        assert_eq!(core::str::from_utf8(&out).unwrap(), "\u{2588}\u{2584}\n");
    }
}
