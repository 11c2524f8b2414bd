//! 1-bit packed printer rows: each dot row of the symbol (quiet zone included) as bytes, MSB
//! first, 1 = dot on (dark), ready for a thermal/inkjet head.

use alloc::vec::Vec;

use super::{Layout, Render, RenderError};
use crate::matrix::ModuleGrid;

/// Renders all rows back to back (no header): `ceil(width / 8)` bytes per dot row.
#[derive(Debug, Clone, Copy, Default)]
pub struct PackedRows;

impl Render for PackedRows {
    fn render(
        &self,
        grid: &(impl ModuleGrid + ?Sized),
        layout: &Layout,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        layout.check(grid)?;
        for_each_row(grid, layout, |row| out.extend_from_slice(row));
        Ok(())
    }
}

/// Calls `sink` once per dot row with the packed row (the same buffer is reused, so a printer
/// driver can stream rows without holding the whole image). Sizes are capped by [`Layout::check`].
///
/// # Errors
/// [`RenderError::TooLarge`] when the output would exceed the size cap.
pub fn rows(
    grid: &(impl ModuleGrid + ?Sized),
    layout: &Layout,
    sink: impl FnMut(&[u8]),
) -> Result<(), RenderError> {
    layout.check(grid)?;
    for_each_row(grid, layout, sink);
    Ok(())
}

// SAFETY-ish reason: called only after `Layout::check`, so the output and every module count plus
// quiet zone are <= MAX_SIDE_DOTS (20,000) per side; sums and products stay below 4 * 10^8.
#[allow(clippy::arithmetic_side_effects)]
pub(crate) fn for_each_row(
    grid: &(impl ModuleGrid + ?Sized),
    layout: &Layout,
    mut sink: impl FnMut(&[u8]),
) {
    let (w, _) = layout.dims(grid);
    let d = layout.module_dots.max(1) as usize;
    let q = layout.quiet_zone as usize;
    let mut row = alloc::vec![0u8; w.div_ceil(8)];
    for mr in 0..grid.rows() + 2 * q {
        row.fill(0);
        let mut x = 0usize;
        for mc in 0..grid.cols() + 2 * q {
            let dark = layout.module_dark(grid, mr, mc);
            if dark {
                for k in x..x + d {
                    if let Some(b) = row.get_mut(k / 8) {
                        *b |= 0x80 >> (k % 8);
                    }
                }
            }
            x += d;
        }
        for _ in 0..d {
            sink(&row);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::BitMatrix;

    #[test]
    fn scaled_rows_with_quiet_zone() {
        let m = BitMatrix::from_text("1\n").unwrap();
        let mut got = Vec::new();
        rows(
            &m,
            &Layout {
                module_dots: 2,
                quiet_zone: 1,
                invert: false,
            },
            |r| got.push(r.to_vec()),
        )
        .unwrap();
        assert_eq!(got, [[0u8], [0], [0x30], [0x30], [0], [0]]);
        let mut inv = Vec::new();
        rows(
            &m,
            &Layout {
                module_dots: 1,
                quiet_zone: 1,
                invert: true,
            },
            |r| inv.push(r[0]),
        )
        .unwrap();
        assert_eq!(inv, [0xe0, 0xa0, 0xe0]);
    }
}
