//! Encoding into caller-provided buffers, with no heap allocation: for firmware without an
//! allocator and for the C API.
//!
//! [`encode_into_buffers`] runs the same planner, size selection, Reed-Solomon and placement as
//! [`super::Encoder`], so it chooses the same size and writes the same codewords and modules. The
//! caller owns two byte buffers:
//!
//! - `scratch`: planner tables (about 26 bytes per input byte) followed by the symbol's codewords.
//!   [`scratch_len`]`(max)` bytes are enough for every input that fits a symbol with at most
//!   `max.data_codewords()` data codewords;
//! - `modules`: one byte per module, row-major, `1` = dark, `0` = light, quiet zone excluded.
//!   [`modules_len`]`(max)` bytes are enough for every size with at most `max.data_codewords()`
//!   data codewords.
//!
//! Both lengths are `const fn`, so firmware can size static buffers at compile time:
//!
//! ```
//! use gs1_datamatrix::encode::{encode_into_buffers, modules_len, scratch_len, Options, SymbolSize};
//! const MAX: SymbolSize = SymbolSize::Square52;
//! let mut scratch = [0u8; scratch_len(MAX)];
//! let mut modules = [0u8; modules_len(MAX)];
//! let opts = Options::new().gs1(true);
//! let info = encode_into_buffers(b"0109506000134352\x1d10ABC123", &opts, &mut scratch, &mut modules)?;
//! assert_eq!((info.rows, info.cols), (18, 18));
//! let dark_top_left = modules[(info.rows - 1) * info.cols]; // bottom-left: the solid L
//! assert_eq!(dark_top_left, 1);
//! # Ok::<(), gs1_datamatrix::encode::EncodeError>(())
//! ```

#![allow(clippy::arithmetic_side_effects)]
// SAFETY-ish reason: sizes come from the size table and input lengths are clamped to MAX_INPUT, so
// every byte count stays below 100,000.

use super::api::{Options, select};
use super::planner;
use super::{EncodeError, MAX_INPUT};
use crate::ecc;
use crate::matrix::placement;
use crate::symbol::SymbolSize;

/// What [`encode_into_buffers`] produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EncodedInfo {
    /// The chosen symbol size.
    pub size: SymbolSize,
    /// Module rows (`size.rows()`); `modules[..rows * cols]` holds the symbol.
    pub rows: usize,
    /// Module columns (`size.cols()`).
    pub cols: usize,
    /// Data codewords the symbol holds (padding included).
    pub data_codewords: usize,
    /// Where the symbol's codewords (data, then interleaved error correction,
    /// `size.total_codewords()` of them) sit in `scratch`: `scratch[codewords_at..][..total]`.
    pub codewords_at: usize,
    /// All codewords of the symbol (`size.total_codewords()`).
    pub total_codewords: usize,
}

/// Largest planner input (stripped data bytes) any size with at most `cap` data codewords can
/// hold: every codeword carries at most two input units (an ASCII digit pair).
const fn max_units(cap: usize) -> usize {
    let n = 2 * cap;
    if n > MAX_INPUT { MAX_INPUT } else { n }
}

/// Scratch bytes needed to encode an input of `n` (stripped) data bytes into a symbol of
/// `total` codewords.
const fn scratch_need(n: usize, total: usize) -> usize {
    planner::scratch_bytes(n) + total
}

/// Scratch bytes [`encode_into_buffers`] needs at most for any input that fits a symbol with at
/// most `max.data_codewords()` data codewords (any shape). For example `Square26` (44 data
/// codewords) needs 2,388 bytes, `Square52` 10,924 and `Square144` 83,222.
#[allow(clippy::indexing_slicing)]
// SAFETY-ish reason: evaluated at compile time (an out-of-range index fails the build), indices
// bounded by the loop conditions.
pub const fn scratch_len(max: SymbolSize) -> usize {
    let cap = max.data_codewords();
    let all = SymbolSize::all();
    let mut total = 0usize;
    let mut i = 0;
    while i < all.len() {
        let s = all[i];
        if s.data_codewords() <= cap && s.total_codewords() > total {
            total = s.total_codewords();
        }
        i += 1;
    }
    scratch_need(max_units(cap), total)
}

/// Module bytes [`encode_into_buffers`] needs at most for any size with at most
/// `max.data_codewords()` data codewords (any shape): the largest `rows * cols` among them.
#[allow(clippy::indexing_slicing)]
// SAFETY-ish reason: evaluated at compile time (an out-of-range index fails the build), indices
// bounded by the loop conditions.
pub const fn modules_len(max: SymbolSize) -> usize {
    let cap = max.data_codewords();
    let all = SymbolSize::all();
    let mut m = 0usize;
    let mut i = 0;
    while i < all.len() {
        let s = all[i];
        if s.data_codewords() <= cap && s.rows() * s.cols() > m {
            m = s.rows() * s.cols();
        }
        i += 1;
    }
    m
}

/// Encodes `data` under `opts` into caller-provided buffers, without allocating.
///
/// `data` is raw bytes, or with [`Options::gs1`] a GS1 element string in its GS-separated form:
/// FNC1 in first position is added, and each GS (0x1D) byte is encoded as the FNC1 separator.
/// The chosen size, codewords and modules are exactly those of [`super::Encoder`] with the same
/// options. On success `modules[..rows * cols]` holds the symbol (one byte per module,
/// row-major, 1 = dark) and `scratch[info.codewords_at..][..info.total_codewords]` its codewords;
/// the rest of both buffers is unspecified.
///
/// # Errors
/// - [`EncodeError::BufferTooSmall`] when `scratch` or `modules` is too short for this input and
///   the chosen size (never when they are [`scratch_len`]/[`modules_len`] of a size whose data
///   capacity is at least the chosen one's);
/// - [`EncodeError::DataTooLong`] when no allowed size holds the data (exact `needed`, computed
///   without the back-pointer table even when `scratch` is short);
/// - [`EncodeError::InputTooLong`], [`EncodeError::MacroFraming`] and the option errors, as
///   [`super::Encoder::encode`].
pub fn encode_into_buffers(
    data: &[u8],
    opts: &Options,
    scratch: &mut [u8],
    modules: &mut [u8],
) -> Result<EncodedInfo, EncodeError> {
    // The planner plans the data without a macro frame; its length bounds the tables.
    let n = match opts.header.macro_ {
        Some(m) => m.strip(data).map_or(data.len(), <[u8]>::len),
        None => data.len(),
    }
    .min(MAX_INPUT);
    let back_len = planner::back_bytes(n);
    let plan_len = planner::scratch_bytes(n);
    let (sel, codewords_at) = if scratch.len() >= plan_len {
        let (back, _) = scratch.split_at_mut(back_len);
        let sel = select(opts, data, Some(back))?;
        (sel, plan_len)
    } else {
        // Too short for the tables: find out whether (and in which size) the data would fit.
        let sel = select(opts, data, None)?;
        return Err(EncodeError::BufferTooSmall {
            buffer: "scratch",
            needed: scratch_need(n, sel.size.total_codewords()),
            got: scratch.len(),
        });
    };
    let size = sel.size;
    let total = size.total_codewords();
    let need = scratch_need(n, total);
    if scratch.len() < need {
        return Err(EncodeError::BufferTooSmall {
            buffer: "scratch",
            needed: need,
            got: scratch.len(),
        });
    }
    let n_modules = size.rows() * size.cols();
    if modules.len() < n_modules {
        return Err(EncodeError::BufferTooSmall {
            buffer: "modules",
            needed: n_modules,
            got: modules.len(),
        });
    }
    let (tables, cw_area) = scratch.split_at_mut(codewords_at);
    let (back, path) = tables.split_at_mut(back_len);
    let codewords = cw_area
        .get_mut(..total)
        .ok_or(EncodeError::Internal { stage: "scratch" })?;
    let nd = size.data_codewords();
    let written = sel.emit(back, path, codewords.get_mut(..nd).unwrap_or(&mut []));
    if written != nd {
        return Err(EncodeError::Internal { stage: "planner" });
    }
    ecc::encode(size, opts.order, codewords).map_err(|_| EncodeError::Internal { stage: "ecc" })?;
    draw(
        size,
        codewords,
        modules.get_mut(..n_modules).unwrap_or(&mut []),
    );
    Ok(EncodedInfo {
        size,
        rows: size.rows(),
        cols: size.cols(),
        data_codewords: nd,
        codewords_at,
        total_codewords: total,
    })
}

/// Draws the symbol of `codewords` into `out` (`rows * cols` bytes, 1 = dark) by walking the
/// placement (no module map, so no allocation).
fn draw(size: SymbolSize, codewords: &[u8], out: &mut [u8]) {
    let cols = size.cols();
    // Finder and timing patterns region by region (as `placement::pattern_module`, without a
    // division per module): solid left column and bottom row, alternating top row and right
    // column.
    let (rr, rc) = size.data_region_size();
    let (hr, hc) = (rr + 2, rc + 2);
    let mut rm = 0usize;
    for row in out.chunks_mut(cols.max(1)) {
        let mut cm = 0usize;
        for m in row.iter_mut() {
            let dark = cm == 0
                || rm == hr - 1
                || (rm == 0 && cm.is_multiple_of(2))
                || (cm == hc - 1 && rm % 2 == 1);
            *m = u8::from(dark);
            cm += 1;
            if cm == hc {
                cm = 0;
            }
        }
        rm += 1;
        if rm == hr {
            rm = 0;
        }
    }
    placement::for_each_module(size, |cw, bit, r, c| {
        if let Some(m) = out.get_mut(r * cols + c) {
            *m = codewords.get(cw).map_or(0, |v| v >> bit & 1);
        }
    });
    if let Some(dark) = placement::fixed_corner(size) {
        for (r, c) in dark {
            if let Some(m) = out.get_mut(r * cols + c) {
                *m = 1;
            }
        }
    }
}
