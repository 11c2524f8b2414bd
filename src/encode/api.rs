//! The top-level encoder: options (builder), size selection over the candidates of a shape
//! policy, and the chain `planner -> ecc -> matrix` into a [`Symbol`].

#![allow(clippy::arithmetic_side_effects)]
// SAFETY-ish reason: sizes and counts come from the size table (at most 1,558 data codewords, 16
// structured-append symbols) and input lengths are capped at MAX_INPUT.

use alloc::vec::Vec;

use super::draw::SizeMap;
use super::planner::{self, Input, Modes, Planner};
use super::rs::RsTables;
use super::{EncodeError, Header, MAX_INPUT, Macro, StructuredAppend};
use crate::ecc::Block144Order;
use crate::matrix::BitMatrix;
use crate::symbol::{ShapePolicy, SymbolSize};

/// Number of symbol sizes in the table.
const N_SIZES: usize = SymbolSize::all().len();

/// Every size in increasing area (ties: smaller capacity first), computed at compile time: the
/// order in which automatic selection tries sizes, so the chosen symbol is the smallest by area.
pub(crate) static BY_AREA: [SymbolSize; N_SIZES] = by_area();

#[allow(clippy::indexing_slicing)]
// SAFETY-ish reason: evaluated at compile time (an out-of-range index fails the build), indices
// bounded by the loop conditions.
const fn by_area() -> [SymbolSize; N_SIZES] {
    let all = SymbolSize::all();
    let mut out = [all[0]; N_SIZES];
    let mut i = 0;
    while i < N_SIZES {
        out[i] = all[i];
        i += 1;
    }
    // insertion sort by (area, capacity)
    let mut i = 1;
    while i < N_SIZES {
        let mut j = i;
        while j > 0 {
            let (a, b) = (out[j - 1], out[j]);
            let ka = (a.rows() * a.cols(), a.data_codewords());
            let kb = (b.rows() * b.cols(), b.data_codewords());
            if ka.0 > kb.0 || (ka.0 == kb.0 && ka.1 > kb.1) {
                out[j - 1] = b;
                out[j] = a;
                j -= 1;
            } else {
                break;
            }
        }
        i += 1;
    }
    out
}

/// An encoded ECC200 symbol: its size, all codewords (data then interleaved error correction)
/// and the module matrix (finder and timing patterns included, quiet zone excluded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    size: SymbolSize,
    codewords: Vec<u8>,
    matrix: BitMatrix,
}

impl Symbol {
    /// The symbol size.
    pub fn size(&self) -> SymbolSize {
        self.size
    }
    /// Module rows.
    pub fn rows(&self) -> usize {
        self.size.rows()
    }
    /// Module columns.
    pub fn cols(&self) -> usize {
        self.size.cols()
    }
    /// All codewords: `size().data_codewords()` data codewords (padding included), then the
    /// interleaved error correction codewords.
    pub fn codewords(&self) -> &[u8] {
        &self.codewords
    }
    /// The data codewords (padding included).
    pub fn data_codewords(&self) -> &[u8] {
        self.codewords
            .get(..self.size.data_codewords())
            .unwrap_or(&[])
    }
    /// The module matrix (`true` = dark).
    pub fn matrix(&self) -> &BitMatrix {
        &self.matrix
    }
    /// Consumes the symbol, returning the module matrix.
    pub fn into_matrix(self) -> BitMatrix {
        self.matrix
    }
}

impl crate::matrix::ModuleGrid for Symbol {
    fn rows(&self) -> usize {
        self.matrix.rows()
    }
    fn cols(&self) -> usize {
        self.matrix.cols()
    }
    fn dark(&self, row: usize, col: usize) -> bool {
        self.matrix.dark(row, col)
    }
}

/// The encoder: options set with builder methods, then [`Encoder::encode`] as often as needed.
///
/// It keeps its planner tables between calls, so encoding many inputs with one `Encoder`
/// allocates only the returned [`Symbol`].
#[derive(Debug, Clone)]
pub struct Encoder {
    opts: Options,
    planner: Planner,
    gs_buf: Vec<u8>,
    /// Planner scratch (back pointers and path), grown to the longest input seen.
    scratch: Vec<u8>,
    maps: Vec<SizeMap>,
    rs: RsTables,
    /// Scratch of [`Encoder::encode`]: the modules as bytes before they become a [`BitMatrix`].
    bits: Vec<u8>,
}

impl Default for Encoder {
    fn default() -> Self {
        Self::new()
    }
}

impl Encoder {
    /// Square symbols, every encodation mode, plain (non-GS1) data.
    pub fn new() -> Self {
        Encoder {
            opts: Options::new(),
            planner: Planner::new(),
            gs_buf: Vec::new(),
            scratch: Vec::new(),
            maps: Vec::new(),
            rs: RsTables::default(),
            bits: Vec::new(),
        }
    }

    /// Which sizes automatic selection may choose (default [`ShapePolicy::Square`]).
    pub fn shape(mut self, shape: ShapePolicy) -> Self {
        self.opts = self.opts.shape(shape);
        self
    }

    /// Use exactly this size (overrides the shape policy); data that does not fit is an error.
    pub fn size(mut self, size: SymbolSize) -> Self {
        self.opts = self.opts.size(Some(size));
        self
    }

    /// GS1 mode: FNC1 in first position, and each GS (0x1D) byte of the data encoded as FNC1
    /// (the GS1 separator) unless [`Encoder::literal_gs`] is set.
    pub fn gs1(mut self, on: bool) -> Self {
        self.opts = self.opts.gs1(on);
        self
    }

    /// In GS1 mode, encode GS bytes as literal GS characters instead of FNC1.
    pub fn literal_gs(mut self, on: bool) -> Self {
        self.opts = self.opts.literal_gs(on);
        self
    }

    /// An ECI designator (0..=999999) in front of the data.
    pub fn eci(mut self, eci: Option<u32>) -> Self {
        self.opts = self.opts.eci(eci);
        self
    }

    /// Use the 05/06 Macro codeword: the data must be framed as that macro; the frame is not encoded.
    pub fn macro_header(mut self, m: Option<Macro>) -> Self {
        self.opts = self.opts.macro_header(m);
        self
    }

    /// Mark the symbol as one of a Structured Append sequence.
    pub fn structured_append(mut self, sa: Option<StructuredAppend>) -> Self {
        self.opts = self.opts.structured_append(sa);
        self
    }

    /// Mark the symbol as Reader Programming.
    pub fn reader_programming(mut self, on: bool) -> Self {
        self.opts = self.opts.reader_programming(on);
        self
    }

    /// Which encodation modes the planner may use (default: all).
    pub fn modes(mut self, modes: Modes) -> Self {
        self.opts = self.opts.modes(modes);
        self
    }

    /// Block order of the 144x144 size (ISO by default).
    pub fn block144_order(mut self, order: Block144Order) -> Self {
        self.opts = self.opts.block144_order(order);
        self
    }

    /// Encodes `data` into a symbol.
    ///
    /// # Errors
    /// [`EncodeError::DataTooLong`] when no allowed size holds the data, [`EncodeError::InputTooLong`]
    /// beyond [`MAX_INPUT`] bytes, and the option errors of [`EncodeError`].
    pub fn encode(&mut self, data: &[u8]) -> Result<Symbol, EncodeError> {
        let mut codewords = Vec::new();
        let size = self.encode_into(data, &mut codewords)?;
        let matrix = self.draw(size, &codewords);
        Ok(Symbol {
            size,
            codewords,
            matrix,
        })
    }

    /// The cached module map of `size` (built on first use).
    fn map(&mut self, size: SymbolSize) -> Option<&SizeMap> {
        let idx = match self.maps.iter().position(|m| m.size == size) {
            Some(i) => i,
            None => {
                self.maps.push(SizeMap::new(size));
                self.maps.len() - 1
            }
        };
        self.maps.get(idx)
    }

    /// Writes the modules of a `size` symbol holding `codewords` (all of them, as from
    /// [`Encoder::encode_into`]) into `out`, row-major, one byte per module: 1 = dark, 0 = light.
    /// `out` is resized to `rows * cols`.
    pub fn modules_into(&mut self, size: SymbolSize, codewords: &[u8], out: &mut Vec<u8>) {
        match self.map(size) {
            Some(m) => m.draw(codewords, out),
            None => out.clear(),
        }
    }

    /// Draws the module matrix of `codewords` through the cached module map of `size`.
    fn draw(&mut self, size: SymbolSize, codewords: &[u8]) -> BitMatrix {
        let cols = size.cols();
        let mut bytes = core::mem::take(&mut self.bits);
        match self.map(size) {
            Some(map) => map.draw(codewords, &mut bytes),
            None => bytes.clear(),
        }
        let m = BitMatrix::from_module_bytes(size.rows(), cols, &bytes)
            .unwrap_or_else(|| BitMatrix::new(size.rows(), cols));
        self.bits = bytes;
        m
    }

    /// Encodes `data` into `codewords` (cleared first): data codewords padded to the chosen size,
    /// then the interleaved error correction. Returns the size.
    ///
    /// # Errors
    /// As [`Encoder::encode`].
    pub fn encode_into(
        &mut self,
        data: &[u8],
        codewords: &mut Vec<u8>,
    ) -> Result<SymbolSize, EncodeError> {
        let size = self.encode_data_codewords(data, codewords)?;
        codewords.resize(size.total_codewords(), 0);
        if !self.rs.encode(size, self.opts.order, codewords) {
            return Err(EncodeError::Internal { stage: "ecc" });
        }
        Ok(size)
    }

    /// Encodes a GS1 element string: FNC1 first, FNC1 separators (GS1 mode is switched on for
    /// this call whatever [`Encoder::gs1`] says).
    ///
    /// # Errors
    /// As [`Encoder::encode`].
    pub fn encode_element_string(
        &mut self,
        es: &crate::gs1::ElementString,
    ) -> Result<Symbol, EncodeError> {
        let mut buf = core::mem::take(&mut self.gs_buf);
        buf.clear();
        es.write_gs_separated(&mut buf);
        let saved = (
            self.opts.header.gs1,
            self.opts.header.reader_programming,
            self.opts.header.macro_,
        );
        self.opts.header.gs1 = true;
        self.opts.header.reader_programming = false;
        self.opts.header.macro_ = None;
        let r = self.encode(&buf);
        (
            self.opts.header.gs1,
            self.opts.header.reader_programming,
            self.opts.header.macro_,
        ) = saved;
        self.gs_buf = buf;
        r
    }

    /// Splits `data` over a Structured Append sequence of at most 16 symbols, each of the size
    /// the options allow (typically an exact [`Encoder::size`]), filling each symbol as far as it
    /// goes (longest prefix that fits, found by bisection on the exact planner). All symbols share
    /// `file_id` (each byte 1..=254). GS1 mode puts FNC1 in the first symbol only; every GS in the
    /// data stays an FNC1 separator. A reader concatenates the symbols' data in position order.
    ///
    /// # Errors
    /// [`EncodeError::DataTooLong`] when 16 symbols are not enough (`needed` is the codeword count
    /// of the remaining data, `capacity` one symbol's), and the option errors.
    pub fn encode_sequence(
        &mut self,
        data: &[u8],
        file_id: [u8; 2],
    ) -> Result<Vec<Symbol>, EncodeError> {
        let saved = (self.opts.header.structured_append, self.opts.header.gs1);
        let r = self.sequence(data, file_id);
        (self.opts.header.structured_append, self.opts.header.gs1) = saved;
        r
    }

    fn sequence(&mut self, data: &[u8], file_id: [u8; 2]) -> Result<Vec<Symbol>, EncodeError> {
        let gs1 = self.opts.header.gs1;
        let gs_is_fnc1 = gs1 && !self.opts.literal_gs;
        // Pass 1: cut points, with a provisional header of the same length.
        let mut cuts: Vec<usize> = Vec::new();
        let mut start = 0usize;
        let mut cw = Vec::new();
        while start < data.len() || cuts.is_empty() {
            if cuts.len() == 16 {
                let rest = data.get(start..).unwrap_or(&[]);
                self.planner.run(
                    Input {
                        data: rest,
                        gs_is_fnc1,
                    },
                    self.opts.modes,
                    4,
                );
                let cap = self.opts.size.map_or(0, SymbolSize::data_codewords);
                return Err(EncodeError::DataTooLong {
                    needed: self.planner.min_cost() as usize,
                    capacity: cap,
                });
            }
            self.opts.header.structured_append = Some(StructuredAppend {
                position: 1,
                count: 16,
                file_id,
            });
            self.opts.header.gs1 = gs1 && cuts.is_empty();
            let rest = data.get(start..).unwrap_or(&[]);
            // largest prefix length that fits
            let (mut lo, mut hi) = (0usize, rest.len().min(MAX_INPUT));
            if self
                .encode_data_codewords(rest.get(..hi).unwrap_or(&[]), &mut cw)
                .is_ok()
            {
                lo = hi;
            } else {
                while lo < hi {
                    let mid = (lo + hi).div_ceil(2);
                    if self
                        .encode_data_codewords(rest.get(..mid).unwrap_or(&[]), &mut cw)
                        .is_ok()
                    {
                        lo = mid;
                    } else {
                        hi = mid - 1;
                    }
                }
            }
            // A later symbol must not start with a separator: FNC1 right after the header would
            // read as "FNC1 in first position" (GS1), so leave the GS for this symbol's end.
            while lo > 0 && gs_is_fnc1 && lo < rest.len() && rest.get(lo) == Some(&0x1d) {
                lo -= 1;
            }
            if lo == 0 && !rest.is_empty() {
                return Err(EncodeError::DataTooLong {
                    needed: 5,
                    capacity: self.opts.size.map_or(0, SymbolSize::data_codewords),
                });
            }
            start += lo;
            cuts.push(start);
        }
        let count = cuts.len().max(1);
        if count < 2 {
            // One symbol is enough: still a valid sequence of one is not allowed by ISO (count >= 2),
            // so encode without the header.
            self.opts.header.structured_append = None;
            self.opts.header.gs1 = gs1;
            return self.encode(data).map(|s| alloc::vec![s]);
        }
        let mut out = Vec::with_capacity(count);
        let mut from = 0usize;
        for (k, &to) in cuts.iter().enumerate() {
            self.opts.header.structured_append = Some(StructuredAppend {
                position: (k + 1) as u8,
                count: count as u8,
                file_id,
            });
            self.opts.header.gs1 = gs1 && k == 0;
            out.push(self.encode(data.get(from..to).unwrap_or(&[]))?);
            from = to;
        }
        Ok(out)
    }

    /// Encodes `data` into padded data codewords only (no error correction), returning the size.
    ///
    /// # Errors
    /// As [`Encoder::encode`].
    pub fn encode_data_codewords(
        &mut self,
        data: &[u8],
        out: &mut Vec<u8>,
    ) -> Result<SymbolSize, EncodeError> {
        let n = data.len().min(MAX_INPUT);
        let need = super::planner::scratch_bytes(n);
        let mut scratch = core::mem::take(&mut self.scratch);
        if scratch.len() < need {
            scratch.resize(need, 0);
        }
        let r = (|| {
            let (back, path) = scratch.split_at_mut(super::planner::back_bytes(n).min(need));
            let sel = select(&self.opts, data, Some(back))?;
            out.clear();
            out.resize(sel.size.data_codewords(), 0);
            sel.emit(back, path, out);
            Ok(sel.size)
        })();
        self.scratch = scratch;
        r
    }
}

/// Encoder options as a plain `Copy` value: what [`Encoder`]'s builder methods set, and what
/// [`super::encode_into_buffers`] takes. Defaults: square symbols, every encodation mode, plain
/// (non-GS1) data, ISO 144x144 block order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub(crate) shape: ShapePolicy,
    pub(crate) size: Option<SymbolSize>,
    pub(crate) header: Header,
    pub(crate) literal_gs: bool,
    pub(crate) modes: Modes,
    pub(crate) order: Block144Order,
}

impl Default for Options {
    fn default() -> Self {
        Self::new()
    }
}

impl Options {
    /// Square symbols, every encodation mode, plain (non-GS1) data.
    pub const fn new() -> Self {
        Options {
            shape: ShapePolicy::Square,
            size: None,
            header: Header {
                gs1: false,
                reader_programming: false,
                macro_: None,
                eci: None,
                structured_append: None,
            },
            literal_gs: false,
            modes: Modes::ALL,
            order: Block144Order::Iso,
        }
    }
    /// Which sizes automatic selection may choose (default [`ShapePolicy::Square`]).
    pub const fn shape(mut self, shape: ShapePolicy) -> Self {
        self.shape = shape;
        self
    }
    /// Use exactly this size (overrides the shape policy), or `None` for automatic selection.
    pub const fn size(mut self, size: Option<SymbolSize>) -> Self {
        self.size = size;
        self
    }
    /// GS1 mode: FNC1 in first position, each GS (0x1D) byte encoded as FNC1.
    pub const fn gs1(mut self, on: bool) -> Self {
        self.header.gs1 = on;
        self
    }
    /// In GS1 mode, encode GS bytes as literal GS characters instead of FNC1.
    pub const fn literal_gs(mut self, on: bool) -> Self {
        self.literal_gs = on;
        self
    }
    /// An ECI designator (0..=999999) in front of the data.
    pub const fn eci(mut self, eci: Option<u32>) -> Self {
        self.header.eci = eci;
        self
    }
    /// Use the 05/06 Macro codeword (the data must be framed as that macro).
    pub const fn macro_header(mut self, m: Option<Macro>) -> Self {
        self.header.macro_ = m;
        self
    }
    /// Mark the symbol as one of a Structured Append sequence.
    pub const fn structured_append(mut self, sa: Option<StructuredAppend>) -> Self {
        self.header.structured_append = sa;
        self
    }
    /// Mark the symbol as Reader Programming.
    pub const fn reader_programming(mut self, on: bool) -> Self {
        self.header.reader_programming = on;
        self
    }
    /// Which encodation modes the planner may use (default: all).
    pub const fn modes(mut self, modes: Modes) -> Self {
        self.modes = modes;
        self
    }
    /// Block order of the 144x144 size (ISO by default).
    pub const fn block144_order(mut self, order: Block144Order) -> Self {
        self.order = order;
        self
    }
    /// Whether GS bytes stand for FNC1 in the planner's input.
    pub(crate) const fn gs_is_fnc1(&self) -> bool {
        self.header.gs1 && !self.literal_gs
    }
}

impl Encoder {
    /// An encoder with these options.
    pub fn with_options(opts: Options) -> Self {
        let mut e = Encoder::new();
        e.opts = opts;
        e
    }
    /// The current options.
    pub fn options(&self) -> &Options {
        &self.opts
    }
}

/// The outcome of size selection: the chosen size, the plan for it and the header codewords.
pub(crate) struct Selection<'d> {
    pub(crate) size: SymbolSize,
    plan: planner::Plan,
    costs: planner::Costs,
    head: [u8; 12],
    nh: usize,
    input: Input<'d>,
}

impl Selection<'_> {
    /// Writes the padded data codewords (`size.data_codewords()` of them) into `out`, which must
    /// hold at least that many; `back` is the table the selection's pass filled, `path` scratch
    /// of at least `planner::path_bytes(n)` bytes.
    pub(crate) fn emit(&self, back: &[u8], path: &mut [u8], out: &mut [u8]) -> usize {
        let nh = self.nh.min(out.len());
        if let (Some(dst), Some(src)) = (out.get_mut(..nh), self.head.get(..nh)) {
            dst.copy_from_slice(src);
        }
        planner::emit_core(self.input, &self.costs, self.plan, back, path, out, nh)
    }
}

/// Plans `data` under `opts` and picks the smallest allowed size that holds it. With `back`
/// (at least `planner::back_bytes(stripped data length)` bytes) the pass records the back
/// pointers that [`Selection::emit`] needs; without, only the choice is made.
///
/// # Errors
/// [`EncodeError::MacroFraming`], [`EncodeError::InputTooLong`], the header option errors, and
/// [`EncodeError::DataTooLong`] when no allowed size holds the data.
pub(crate) fn select<'d>(
    opts: &Options,
    data: &'d [u8],
    back: Option<&mut [u8]>,
) -> Result<Selection<'d>, EncodeError> {
    let data = match opts.header.macro_ {
        Some(m) => m.strip(data).ok_or(EncodeError::MacroFraming {
            macro_number: m.number(),
        })?,
        None => data,
    };
    if data.len() > MAX_INPUT {
        return Err(EncodeError::InputTooLong {
            len: data.len(),
            max: MAX_INPUT,
        });
    }
    let mut head = [0u8; 12];
    let nh = opts.header.write(&mut head)?;
    let input = Input {
        data,
        gs_is_fnc1: opts.gs_is_fnc1(),
    };
    if let Some(size) = ascii_suffices(opts, input, nh as u32) {
        return Ok(Selection {
            size,
            plan: planner::Plan::ascii(size.data_codewords() as u32),
            costs: planner::Costs::unplanned(data.len()),
            head,
            nh,
            input,
        });
    }
    let costs = planner::run_core(input, opts.modes, nh as u32, back);
    // The implicit-unlatch tails and the Base 256 "to the end" length can end one codeword
    // below `min_cost` (an explicit unlatch or length byte saved), never more.
    let min = costs.min_cost();
    let lower = min.saturating_sub(1);
    let candidates: &[SymbolSize] = match &opts.size {
        Some(s) => core::slice::from_ref(s),
        None => &BY_AREA,
    };
    let mut largest = 0usize;
    for &s in candidates {
        if opts.size.is_none() && !opts.shape.allows(s.shape()) {
            continue;
        }
        largest = largest.max(s.data_codewords());
        // No ending fits a capacity below `lower`: skip those sizes.
        if opts.size.is_none() && (s.data_codewords() as u32) < lower {
            continue;
        }
        if let Some(plan) = costs.fit(s.data_codewords() as u32) {
            return Ok(Selection {
                size: s,
                plan,
                costs,
                head,
                nh,
                input,
            });
        }
    }
    Err(EncodeError::DataTooLong {
        needed: min as usize,
        capacity: largest,
    })
}

/// The size the planner would choose when all-ASCII already reaches it, proven without the pass
/// by [`planner::ascii_shortcut`]: the smallest allowed size holding the ASCII cost, when every
/// allowed size tried before it holds fewer codewords than the lower bound of every encodation
/// (so no encodation fits them). With an exact size, whether the ASCII cost fits it.
fn ascii_suffices(opts: &Options, input: Input<'_>, base: u32) -> Option<SymbolSize> {
    let (ascii, lower) = planner::ascii_shortcut(input, base)?;
    if let Some(s) = opts.size {
        return (ascii <= s.data_codewords() as u32).then_some(s);
    }
    let mut below = 0u32;
    for &s in &BY_AREA {
        if !opts.shape.allows(s.shape()) {
            continue;
        }
        let cap = s.data_codewords() as u32;
        if ascii <= cap {
            return (below < lower).then_some(s);
        }
        below = below.max(cap);
    }
    None
}
