//! SVG output: one path of dark runs on a light background, in module units, crisp edges.

use alloc::vec::Vec;
use core::fmt::Write as _;

use super::{Layout, Render, RenderError};
use crate::matrix::ModuleGrid;

/// SVG renderer: the `width`/`height` attributes are in pixels (`module_dots` per module).
#[derive(Debug, Clone, Copy, Default)]
pub struct Svg;

struct Buf<'a>(&'a mut Vec<u8>);

impl core::fmt::Write for Buf<'_> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

impl Render for Svg {
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
        let q = layout.quiet_zone as usize;
        let (mw, mh) = (grid.cols() + 2 * q, grid.rows() + 2 * q);
        let (fg, bg) = if layout.invert {
            ("#fff", "#000")
        } else {
            ("#000", "#fff")
        };
        let mut b = Buf(out);
        // Writing into a Vec cannot fail.
        let _ = write!(
            b,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {mw} {mh}\" shape-rendering=\"crispEdges\"><rect width=\"{mw}\" height=\"{mh}\" fill=\"{bg}\"/><path fill=\"{fg}\" d=\""
        );
        for r in 0..grid.rows() {
            let mut c = 0;
            while c < grid.cols() {
                if grid.dark(r, c) {
                    let start = c;
                    while c < grid.cols() && grid.dark(r, c) {
                        c += 1;
                    }
                    let _ = write!(
                        b,
                        "M{} {}h{}v1h-{}z",
                        start + q,
                        r + q,
                        c - start,
                        c - start
                    );
                } else {
                    c += 1;
                }
            }
        }
        b.0.extend_from_slice(b"\"/></svg>\n");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::BitMatrix;

    #[test]
    fn runs_become_one_path() {
        let m = BitMatrix::from_text("110\n011\n").unwrap();
        let mut out = Vec::new();
        Svg.render(&m, &Layout::with_module_dots(4), &mut out)
            .unwrap();
        let s = core::str::from_utf8(&out).unwrap();
        assert_eq!(s.matches("<path").count(), 1);
        assert!(
            s.contains("M1 1h2v1h-2z") && s.contains("M2 2h2v1h-2z"),
            "{s}"
        );
        assert!(s.contains("width=\"20\" height=\"16\""));
    }
}
