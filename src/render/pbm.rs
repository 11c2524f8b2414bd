//! PBM (netpbm P4) output: a binary bitmap, 1 = black, rows packed MSB first.

use alloc::vec::Vec;
use core::fmt::Write as _;

use super::{Layout, Render, RenderError};
use crate::matrix::ModuleGrid;

/// Binary PBM (P4) renderer.
#[derive(Debug, Clone, Copy, Default)]
pub struct Pbm;

struct Buf<'a>(&'a mut Vec<u8>);

impl core::fmt::Write for Buf<'_> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

impl Render for Pbm {
    // SAFETY-ish reason: `layout.check` runs first, so the output and every module count plus
    // quiet zone are <= MAX_SIDE_DOTS (20,000) per side; sums and products stay below 4 * 10^8.
    #[allow(clippy::arithmetic_side_effects)]
    fn render(
        &self,
        grid: &(impl ModuleGrid + ?Sized),
        layout: &Layout,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        let (w, h) = layout.check(grid)?;
        let _ = write!(Buf(out), "P4\n{w} {h}\n");
        out.reserve(w.div_ceil(8) * h);
        super::rows::for_each_row(grid, layout, |row| out.extend_from_slice(row));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::BitMatrix;

    #[test]
    fn header_and_bits() {
        let m = BitMatrix::from_text("10\n01\n").unwrap();
        let mut out = Vec::new();
        Pbm.render(
            &m,
            &Layout {
                module_dots: 1,
                quiet_zone: 0,
                invert: false,
            },
            &mut out,
        )
        .unwrap();
        assert_eq!(out, b"P4\n2 2\n\x80\x40");
    }
}
