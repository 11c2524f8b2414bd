//! Module grid -> decoded symbol: orientation and mirror search, codeword read-out with
//! erasures from sampling confidence, Reed-Solomon correction, then data decoding.
//!
//! This chains `matrix -> ecc -> decode` in one call, [`decode_grid`], which the image reader
//! feeds with its sampled grids.

use super::{DataInfo, DecodeError, DecodedData, decode_codewords};
use crate::ecc::{self, Block144Order, CorrectError, CorrectionReport};
use crate::matrix::placement::{for_each_module, pattern_mismatches, pattern_module_count};
use crate::matrix::{MatrixError, ModuleGrid};
use crate::symbol::SymbolSize;

/// Most codewords in any symbol (144x144: 1558 + 620).
const MAX_CODEWORDS: usize = 2178;

/// Options for [`decode_grid_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeOptions {
    /// A codeword becomes an erasure when any of its 8 modules has a confidence below this
    /// (0 disables erasures). Default 64.
    pub erasure_threshold: u8,
    /// Largest share of finder/timing/alignment modules, in percent, that may be wrong for an
    /// orientation to be tried. Default 25.
    pub max_pattern_error_percent: u8,
    /// Also try mirrored orientations (the grid read through the back of a label). Default true.
    pub try_mirrored: bool,
    /// Parse and validate GS1 data into [`DecodedSymbol::gs1`]. Default true.
    pub parse_gs1: bool,
}

impl Default for DecodeOptions {
    fn default() -> Self {
        DecodeOptions {
            erasure_threshold: 64,
            max_pattern_error_percent: 25,
            try_mirrored: true,
            parse_gs1: true,
        }
    }
}

/// One symbol decoded from a module grid.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedSymbol {
    /// The symbol size found.
    pub size: SymbolSize,
    /// The decoded data: transmitted bytes, FNC1/ECI/macro/structured append details.
    pub data: DecodedData,
    /// What Reed-Solomon correction did, per block (incl. unused error correction).
    pub corrections: CorrectionReport,
    /// The grid was a mirror image of the symbol.
    pub mirrored: bool,
    /// How the grid was oriented relative to the symbol: 0 = as given, else one of the 7
    /// other rotations/reflections (bit 0 flip rows, bit 1 flip columns, bit 2 transpose).
    pub orientation: u8,
    /// For 144x144, which error correction block order decoded ([`Block144Order::Iso`]
    /// for every other size).
    pub block_order: Block144Order,
    /// Erasures handed to the corrector (codewords with low sampling confidence).
    pub erasures: usize,
    /// For GS1 symbols (FNC1 first), the parsed and validated element string, or the GS1
    /// error that the data raised (the bytes are still in [`Self::data`]). `None` for non-GS1.
    pub gs1: Option<Result<crate::gs1::ElementString, crate::gs1::Gs1Error>>,
}

impl DecodedSymbol {
    /// The transmitted bytes (without symbology identifier).
    pub fn bytes(&self) -> &[u8] {
        &self.data.bytes
    }

    /// The AIM symbology identifier: `]d1` .. `]d6` for ISO/IEC 16022 sizes; DMRE sizes without
    /// ECI report `]d7` (plain), `]d8` (FNC1 first, GS1) and `]d9` (FNC1 second), the values
    /// zxing-cpp 3.1 transmits for DMRE; see the [`crate::decode`] module docs.
    pub fn symbology_id(&self) -> &'static str {
        symbology_id(self.data.symbology_modifier(), self.size)
    }

    /// Whether the symbol carries GS1 data (FNC1 in first position).
    pub fn is_gs1(&self) -> bool {
        self.data.fnc1 == super::Fnc1Mode::Gs1
    }

    /// Unused error correction (ISO/IEC 15415), the lowest over the blocks.
    pub fn uec(&self) -> f32 {
        self.corrections.uec()
    }

    /// The GS1 human readable interpretation, `(01)...(21)...`, when the symbol holds valid GS1 data.
    pub fn hri(&self) -> Option<alloc::string::String> {
        match &self.gs1 {
            Some(Ok(es)) => Some(es.to_bracketed()),
            _ => None,
        }
    }

    /// The data as text: the exact conversion of [`Self::utf8`] when it succeeds, else a lossy
    /// display (see [`super::DecodedData::text`]).
    pub fn text(&self) -> alloc::string::String {
        self.data.text()
    }

    /// The content as UTF-8, converted from the character sets its ECIs select (see
    /// [`super::DecodedData::utf8`]).
    ///
    /// # Errors
    /// When an ECI is unknown or unsupported, or the bytes are not valid in their set.
    pub fn utf8(&self) -> Result<alloc::vec::Vec<u8>, DecodeError> {
        self.data.utf8()
    }

    fn with_gs1(mut self, parse: bool) -> Self {
        if parse && self.is_gs1() {
            self.gs1 = Some(crate::gs1::ElementString::from_gs_separated(
                &self.data.payload,
                &crate::gs1::Options::default(),
            ));
        }
        self
    }
}

/// A view of a grid under one of the 8 rotations/reflections.
struct Oriented<'a, G: ModuleGrid + ?Sized> {
    grid: &'a G,
    t: u8,
}

impl<G: ModuleGrid + ?Sized> Oriented<'_, G> {
    #[inline]
    fn map(&self, r: usize, c: usize) -> (usize, usize) {
        let (a, b) = if self.t & 4 != 0 { (c, r) } else { (r, c) };
        let gr = if self.t & 1 != 0 {
            self.grid.rows().wrapping_sub(1).wrapping_sub(a)
        } else {
            a
        };
        let gc = if self.t & 2 != 0 {
            self.grid.cols().wrapping_sub(1).wrapping_sub(b)
        } else {
            b
        };
        (gr, gc)
    }
}

impl<G: ModuleGrid + ?Sized> ModuleGrid for Oriented<'_, G> {
    fn rows(&self) -> usize {
        if self.t & 4 != 0 {
            self.grid.cols()
        } else {
            self.grid.rows()
        }
    }
    fn cols(&self) -> usize {
        if self.t & 4 != 0 {
            self.grid.rows()
        } else {
            self.grid.cols()
        }
    }
    #[inline]
    fn dark(&self, r: usize, c: usize) -> bool {
        let (gr, gc) = self.map(r, c);
        self.grid.dark(gr, gc)
    }
    #[inline]
    fn confidence(&self, r: usize, c: usize) -> u8 {
        let (gr, gc) = self.map(r, c);
        self.grid.confidence(gr, gc)
    }
}

fn is_mirrored(t: u8) -> bool {
    (t & 1 != 0) ^ (t & 2 != 0) ^ (t & 4 != 0)
}

/// Decodes one ECC200 symbol (square, rectangular or DMRE) from a module grid, with default
/// [`DecodeOptions`].
///
/// The grid holds the symbol's modules, finder pattern included and quiet zone excluded, in any
/// of the 8 orientations (rotated or mirrored). Orientations whose finder/timing pattern fits
/// are tried best first; a codeword whose modules have low [`ModuleGrid::confidence`] is
/// handed to Reed-Solomon as an erasure. For 144x144 both error correction block orders are
/// tried ([`Block144Order`]).
///
/// # Errors
/// - [`DecodeError::Matrix`] when no orientation has ECC200 dimensions and a fitting finder;
/// - [`DecodeError::Ecc`] when the damage exceeds the error correction capacity;
/// - a data error ([`DecodeError::InvalidCodeword`] ...) when the corrected codewords do not
///   form valid data.
pub fn decode_grid(grid: &(impl ModuleGrid + ?Sized)) -> Result<DecodedSymbol, DecodeError> {
    decode_grid_with(grid, &DecodeOptions::default())
}

/// [`decode_grid`] with explicit options.
///
/// # Errors
/// As [`decode_grid`].
pub fn decode_grid_with(
    grid: &(impl ModuleGrid + ?Sized),
    opts: &DecodeOptions,
) -> Result<DecodedSymbol, DecodeError> {
    decode_impl(grid, opts, &mut None)
}

fn decode_impl(
    grid: &(impl ModuleGrid + ?Sized),
    opts: &DecodeOptions,
    maps: &mut Option<&mut Decoder>,
) -> Result<DecodedSymbol, DecodeError> {
    search(grid, opts, |view, size, t| {
        try_decode(view, size, t, opts, maps)
    })
}

/// Tries the orientations of `grid` whose finder/timing pattern fits, best first, with
/// `attempt`; returns the first success or the first error.
fn search<G: ModuleGrid + ?Sized, R>(
    grid: &G,
    opts: &DecodeOptions,
    mut attempt: impl FnMut(&Oriented<'_, G>, SymbolSize, u8) -> Result<R, DecodeError>,
) -> Result<R, DecodeError> {
    let mut cands: [(usize, u8, SymbolSize); 8] = [(usize::MAX, 0, SymbolSize::Square10); 8];
    let mut n = 0usize;
    let mut first_err: Option<DecodeError> = None;
    // Fast path: the grid as given, with a perfect finder.
    if let Some(size) = SymbolSize::from_dimensions(grid.rows(), grid.cols()) {
        let view = Oriented { grid, t: 0 };
        if pattern_mismatches(&view, size) == 0 {
            match attempt(&view, size, 0) {
                Ok(s) => return Ok(s),
                Err(
                    e @ (DecodeError::OutputTooSmall { .. } | DecodeError::ScratchTooSmall { .. }),
                ) => {
                    return Err(e);
                }
                Err(e) => first_err = Some(e),
            }
        }
    }
    for t in 0..8u8 {
        if !opts.try_mirrored && is_mirrored(t) {
            continue;
        }
        let view = Oriented { grid, t };
        let Some(size) = SymbolSize::from_dimensions(view.rows(), view.cols()) else {
            continue;
        };
        let bad = pattern_mismatches(&view, size);
        // Both sides are below 144 * 144 * 100: no overflow.
        if bad.saturating_mul(100)
            > pattern_module_count(size).saturating_mul(usize::from(opts.max_pattern_error_percent))
        {
            continue;
        }
        if t == 0 && bad == 0 {
            continue; // already tried
        }
        if let Some(slot) = cands.get_mut(n) {
            *slot = (bad, t, size);
            n = n.saturating_add(1);
        }
    }
    let cands = cands.get_mut(..n).unwrap_or(&mut []);
    cands.sort_unstable_by_key(|&(bad, t, _)| (bad, is_mirrored(t), t));
    for &(_, t, size) in cands.iter() {
        match attempt(&Oriented { grid, t }, size, t) {
            Ok(s) => return Ok(s),
            // The caller's buffers are too short: say so (with the length needed) at once.
            Err(e @ (DecodeError::OutputTooSmall { .. } | DecodeError::ScratchTooSmall { .. })) => {
                return Err(e);
            }
            Err(e) => {
                if first_err.is_none() {
                    first_err = Some(e);
                }
            }
        }
    }
    Err(first_err.unwrap_or(
        if SymbolSize::from_dimensions(grid.rows(), grid.cols()).is_some()
            || SymbolSize::from_dimensions(grid.cols(), grid.rows()).is_some()
        {
            DecodeError::Matrix(MatrixError::FinderPattern {
                rows: grid.rows(),
                cols: grid.cols(),
            })
        } else {
            DecodeError::Matrix(MatrixError::UnknownSize {
                rows: grid.rows(),
                cols: grid.cols(),
            })
        },
    ))
}

fn try_decode(
    view: &impl ModuleGrid,
    size: SymbolSize,
    t: u8,
    opts: &DecodeOptions,
    maps: &mut Option<&mut Decoder>,
) -> Result<DecodedSymbol, DecodeError> {
    let map = maps.as_deref_mut().map(|d| d.map(size));
    // Small buffers for the common sizes keep the per-call zeroing cheap.
    if size.total_codewords() <= SMALL {
        try_decode_n::<SMALL>(view, size, t, opts, map)
    } else {
        try_decode_n::<MAX_CODEWORDS>(view, size, t, opts, map)
    }
}

/// A reusable decoder that caches each size's placement map (built on first use), for
/// callers decoding many symbols: a packaging line, a scanner, the image reader.
///
/// `Decoder::new().decode(grid)` gives the same result as [`decode_grid`].
#[derive(Debug, Clone, Default)]
pub struct Decoder {
    opts: DecodeOptions,
    maps: alloc::vec::Vec<alloc::vec::Vec<(u8, u8)>>,
}

impl Decoder {
    /// A decoder with default [`DecodeOptions`].
    pub fn new() -> Self {
        Decoder::with_options(DecodeOptions::default())
    }

    /// A decoder with the given options.
    pub fn with_options(opts: DecodeOptions) -> Self {
        Decoder {
            opts,
            maps: alloc::vec::Vec::new(),
        }
    }

    /// The options decodes use.
    pub fn options(&self) -> DecodeOptions {
        self.opts
    }

    /// Changes the options of later decodes; the cached placement maps stay.
    pub fn set_options(&mut self, opts: DecodeOptions) {
        self.opts = opts;
    }

    /// The placement map of `size`: for each codeword, the (row, col) of its 8 modules, most
    /// significant bit first.
    fn map(&mut self, size: SymbolSize) -> &[(u8, u8)] {
        let i = size as usize;
        if self.maps.len() <= i {
            self.maps.resize(
                SymbolSize::all().len().max(i.saturating_add(1)),
                alloc::vec::Vec::new(),
            );
        }
        let Some(slot) = self.maps.get_mut(i) else {
            return &[];
        };
        if slot.is_empty() {
            slot.resize(size.total_codewords().saturating_mul(8), (0, 0));
            for_each_module(size, |cw, bit, r, c| {
                let at = cw
                    .saturating_mul(8)
                    .saturating_add(usize::from(7u8.saturating_sub(bit)));
                if let Some(e) = slot.get_mut(at) {
                    *e = (r as u8, c as u8);
                }
            });
        }
        slot
    }

    /// Decodes one symbol from a module grid; see [`decode_grid`].
    ///
    /// # Errors
    /// As [`decode_grid`].
    pub fn decode(
        &mut self,
        grid: &(impl ModuleGrid + ?Sized),
    ) -> Result<DecodedSymbol, DecodeError> {
        let opts = self.opts;
        decode_impl(grid, &opts, &mut Some(self))
    }
}

/// Codeword buffer size for symbols up to 48x48 and every DMRE size.
const SMALL: usize = 256;

fn try_decode_n<const N: usize>(
    view: &impl ModuleGrid,
    size: SymbolSize,
    t: u8,
    opts: &DecodeOptions,
    map: Option<&[(u8, u8)]>,
) -> Result<DecodedSymbol, DecodeError> {
    let total = size.total_codewords();
    let mut raw = [0u8; N];
    let mut conf = [255u8; N];
    let mut work = [0u8; N];
    let too_big = DecodeError::Matrix(MatrixError::WrongCodewordCount {
        expected: total,
        got: N,
    });
    let (Some(raw), Some(conf), Some(work)) = (
        raw.get_mut(..total),
        conf.get_mut(..total),
        work.get_mut(..total),
    ) else {
        return Err(too_big);
    };
    let fixed = read_and_correct(view, size, opts, map, raw, conf, work)?;
    let data = decode_codewords(work.get(..size.data_codewords()).unwrap_or(&[]))?;
    Ok(DecodedSymbol {
        size,
        data,
        corrections: fixed.report,
        mirrored: is_mirrored(t),
        orientation: t,
        block_order: fixed.order,
        erasures: fixed.erasures,
        gs1: None,
    }
    .with_gs1(opts.parse_gs1))
}

/// What Reed-Solomon did to one orientation's codewords.
struct Corrected {
    report: CorrectionReport,
    order: Block144Order,
    erasures: usize,
}

/// Reads the codewords of `size` from `view` into `raw` (values) and `conf` (lowest module
/// confidence), then corrects a copy in `work`. The three slices are `size.total_codewords()`
/// long; on success `work` holds the corrected codewords, data first.
fn read_and_correct(
    view: &impl ModuleGrid,
    size: SymbolSize,
    opts: &DecodeOptions,
    map: Option<&[(u8, u8)]>,
    raw: &mut [u8],
    conf: &mut [u8],
    work: &mut [u8],
) -> Result<Corrected, DecodeError> {
    raw.fill(0);
    conf.fill(255);
    let want_conf = opts.erasure_threshold > 0;
    if let Some(map) = map {
        // Cached placement: 8 (row, col) per codeword, most significant bit first.
        for ((v, k), bits) in raw.iter_mut().zip(conf.iter_mut()).zip(map.chunks_exact(8)) {
            let mut byte = 0u8;
            for &(r, c) in bits {
                let (r, c) = (usize::from(r), usize::from(c));
                byte = byte << 1 | u8::from(view.dark(r, c));
                if want_conf {
                    *k = (*k).min(view.confidence(r, c));
                }
            }
            *v = byte;
        }
    } else {
        for_each_module(size, |cw, bit, r, c| {
            if view.dark(r, c)
                && let Some(v) = raw.get_mut(cw)
            {
                *v |= 1u8.checked_shl(u32::from(bit)).unwrap_or(0);
            }
            if want_conf && let Some(k) = conf.get_mut(cw) {
                *k = (*k).min(view.confidence(r, c));
            }
        });
    }
    // Erasures: codewords whose confidence is below `limit`; the threshold halves until at most
    // the total ECC count qualifies (the least sure codewords).
    let mut limit = opts.erasure_threshold;
    let mut ne = 0usize;
    if want_conf && conf.iter().any(|&k| k < limit) {
        loop {
            ne = conf.iter().filter(|&&k| k < limit).count();
            if ne <= size.ecc_codewords() || limit == 0 {
                break;
            }
            limit /= 2;
        }
    }
    let orders: &[Block144Order] = if size == SymbolSize::Square144 {
        &[Block144Order::Iso, Block144Order::Continuous]
    } else {
        &[Block144Order::Iso]
    };
    let mut last = DecodeError::Ecc(CorrectError::Uncorrectable {
        block: 0,
        erasures: 0,
        ecc: 0,
    });
    for &order in orders {
        for use_erasures in [true, false] {
            if !use_erasures && ne == 0 {
                continue;
            }
            if work.len() != raw.len() {
                return Err(DecodeError::Matrix(MatrixError::WrongCodewordCount {
                    expected: raw.len(),
                    got: work.len(),
                }));
            }
            work.copy_from_slice(raw);
            let conf = &*conf;
            let erased = |p: usize| use_erasures && conf.get(p).is_some_and(|&k| k < limit);
            match ecc::correct_marked(size, order, work, erased) {
                Ok(report) => {
                    return Ok(Corrected {
                        report,
                        order,
                        erasures: if use_erasures { ne } else { 0 },
                    });
                }
                Err(e) => last = DecodeError::Ecc(e),
            }
        }
    }
    Err(last)
}

/// Scratch bytes [`decode_grid_into`] needs for symbols up to `largest` (three bytes per
/// codeword: as read, sampling confidence, corrected).
pub const fn decode_scratch_len(largest: SymbolSize) -> usize {
    largest.total_codewords().saturating_mul(3)
}

/// [`decode_scratch_len`] of the largest symbol (144x144): 6,534 bytes.
pub const DECODE_SCRATCH_MAX: usize = decode_scratch_len(SymbolSize::Square144);

/// The outcome of [`decode_grid_into`]: the decoded bytes sit in the caller's buffer, the rest
/// is here.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GridDecode {
    /// The symbol size found.
    pub size: SymbolSize,
    /// Bytes written to the output buffer (the transmitted bytes, as [`DecodedData::bytes`]).
    pub len: usize,
    /// FNC1, ECI, macro, structured append, reader programming.
    pub info: DataInfo,
    /// What Reed-Solomon correction did, per block.
    pub corrections: CorrectionReport,
    /// The grid was a mirror image of the symbol.
    pub mirrored: bool,
    /// Orientation of the grid relative to the symbol, as [`DecodedSymbol::orientation`].
    pub orientation: u8,
    /// For 144x144, which error correction block order decoded.
    pub block_order: Block144Order,
    /// Erasures handed to the corrector.
    pub erasures: usize,
}

impl GridDecode {
    /// The AIM symbology identifier, as [`DecodedSymbol::symbology_id`].
    pub fn symbology_id(&self) -> &'static str {
        symbology_id(self.info.symbology_modifier(), self.size)
    }

    /// Whether the symbol carries GS1 data (FNC1 in first position).
    pub fn is_gs1(&self) -> bool {
        self.info.fnc1 == super::Fnc1Mode::Gs1
    }
}

/// `]d1`..`]d6`, or `]d7`..`]d9` for DMRE without ECI (see the [`crate::decode`] module docs).
fn symbology_id(modifier: u8, size: SymbolSize) -> &'static str {
    let dmre = size.shape() == crate::symbol::ShapeKind::Dmre;
    match (modifier, dmre) {
        (1, true) => "]d7",
        (2, true) => "]d8",
        (3, true) => "]d9",
        (2, false) => "]d2",
        (3, false) => "]d3",
        (4, _) => "]d4",
        (5, _) => "]d5",
        (6, _) => "]d6",
        _ => "]d1",
    }
}

/// Decodes one symbol from a module grid without allocating: [`decode_grid_with`] for
/// firmware without a heap.
///
/// `scratch` is working memory of at least [`decode_scratch_len`] of the symbol found
/// ([`DECODE_SCRATCH_MAX`] covers every size); the transmitted bytes (as
/// [`DecodedData::bytes`]) go to `out`, which [`DECODED_MAX`](super::DECODED_MAX) bytes always
/// suffice for. `opts.parse_gs1` is ignored (GS1 parsing allocates; check the bytes with the
/// GS1 layer where a heap exists). Stack use is a few hundred bytes.
///
/// # Errors
/// As [`decode_grid`], plus [`DecodeError::ScratchTooSmall`] and
/// [`DecodeError::OutputTooSmall`] (both with the length needed), returned as soon as an
/// orientation whose finder fits needs more than the buffers hold.
pub fn decode_grid_into(
    grid: &(impl ModuleGrid + ?Sized),
    opts: &DecodeOptions,
    scratch: &mut [u8],
    out: &mut [u8],
) -> Result<GridDecode, DecodeError> {
    search(grid, opts, |view, size, t| {
        let total = size.total_codewords();
        let needed = decode_scratch_len(size);
        let capacity = scratch.len();
        let too_small = DecodeError::ScratchTooSmall { needed, capacity };
        let Some((raw, rest)) = scratch
            .get_mut(..needed)
            .and_then(|s| s.split_at_mut_checked(total))
        else {
            return Err(too_small);
        };
        let Some((conf, work)) = rest.split_at_mut_checked(total) else {
            return Err(too_small);
        };
        let fixed = read_and_correct(view, size, opts, None, raw, conf, work)?;
        let data = work.get(..size.data_codewords()).unwrap_or(&[]);
        let (info, len) = super::decode_codewords_into(data, out)?;
        Ok(GridDecode {
            size,
            len,
            info,
            corrections: fixed.report,
            mirrored: is_mirrored(t),
            orientation: t,
            block_order: fixed.order,
            erasures: fixed.erasures,
        })
    })
}
