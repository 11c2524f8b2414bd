//! Module grid -> decoded symbol: orientation and mirror search, codeword read-out with
//! erasures from sampling confidence, Reed-Solomon correction, then data decoding.
//!
//! This chains `matrix -> ecc -> decode` in one call, [`decode_grid`], which the image reader
//! feeds with its sampled grids.

use super::{DecodeError, DecodedData, decode_codewords};
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
        let id = self.data.symbology_id_str();
        if self.size.shape() != crate::symbol::ShapeKind::Dmre {
            return id;
        }
        match id {
            "]d1" => "]d7",
            "]d2" => "]d8",
            "]d3" => "]d9",
            other => other,
        }
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

    /// The data as text: the payload read as ISO/IEC 8859-1 (the ECC200 default), or as
    /// UTF-8 after ECI 26; other ECIs fall back to ISO/IEC 8859-1.
    pub fn text(&self) -> alloc::string::String {
        self.data.text()
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
    let mut cands: [(usize, u8, SymbolSize); 8] = [(usize::MAX, 0, SymbolSize::Square10); 8];
    let mut n = 0;
    let mut first_err: Option<DecodeError> = None;
    // Fast path: the grid as given, with a perfect finder.
    if let Some(size) = SymbolSize::from_dimensions(grid.rows(), grid.cols()) {
        let view = Oriented { grid, t: 0 };
        if pattern_mismatches(&view, size) == 0 {
            match try_decode(&view, size, 0, opts, maps) {
                Ok(s) => return Ok(s),
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
        if bad * 100 > pattern_module_count(size) * usize::from(opts.max_pattern_error_percent) {
            continue;
        }
        if t == 0 && bad == 0 {
            continue; // already tried
        }
        if let Some(slot) = cands.get_mut(n) {
            *slot = (bad, t, size);
            n += 1;
        }
    }
    let cands = cands.get_mut(..n).unwrap_or(&mut []);
    cands.sort_by_key(|&(bad, t, _)| (bad, is_mirrored(t), t));
    for &(_, t, size) in cands.iter() {
        match try_decode(&Oriented { grid, t }, size, t, opts, maps) {
            Ok(s) => return Ok(s),
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

    /// The placement map of `size`: for each codeword, the (row, col) of its 8 modules, most
    /// significant bit first.
    fn map(&mut self, size: SymbolSize) -> &[(u8, u8)] {
        let i = size as usize;
        if self.maps.len() <= i {
            self.maps
                .resize(SymbolSize::all().len().max(i + 1), alloc::vec::Vec::new());
        }
        let Some(slot) = self.maps.get_mut(i) else {
            return &[];
        };
        if slot.is_empty() {
            slot.resize(size.total_codewords() * 8, (0, 0));
            for_each_module(size, |cw, bit, r, c| {
                if let Some(e) = slot.get_mut(cw * 8 + usize::from(7 - bit)) {
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
    let raw = raw
        .get_mut(..total)
        .ok_or(DecodeError::Matrix(MatrixError::WrongCodewordCount {
            expected: total,
            got: MAX_CODEWORDS,
        }))?;
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
                *v |= 1 << bit;
            }
            if want_conf && let Some(k) = conf.get_mut(cw) {
                *k = (*k).min(view.confidence(r, c));
            }
        });
    }
    // Erasures: codewords below the threshold, at most the total ECC count (lowest first).
    // Allocates only when some codeword is unsure.
    let mut erasures: alloc::vec::Vec<usize> = alloc::vec::Vec::new();
    if want_conf && conf.iter().take(total).any(|&k| k < opts.erasure_threshold) {
        let mut limit = opts.erasure_threshold;
        loop {
            erasures.clear();
            erasures.extend(
                conf.iter()
                    .take(total)
                    .enumerate()
                    .filter(|&(_, &k)| k < limit)
                    .map(|(i, _)| i),
            );
            if erasures.len() <= size.ecc_codewords() || limit == 0 {
                break;
            }
            limit /= 2;
        }
    }
    let ne = erasures.len();
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
    let mut work = [0u8; N];
    for &order in orders {
        for use_erasures in [true, false] {
            if !use_erasures && ne == 0 {
                continue;
            }
            let er = if use_erasures {
                erasures.get(..ne).unwrap_or(&[])
            } else {
                &[]
            };
            let cw = work.get_mut(..total).unwrap_or(&mut []);
            cw.copy_from_slice(raw);
            match ecc::correct(size, order, cw, er) {
                Ok(report) => {
                    let data = decode_codewords(cw.get(..size.data_codewords()).unwrap_or(&[]))?;
                    return Ok(DecodedSymbol {
                        size,
                        data,
                        corrections: report,
                        mirrored: is_mirrored(t),
                        orientation: t,
                        block_order: order,
                        erasures: er.len(),
                        gs1: None,
                    }
                    .with_gs1(opts.parse_gs1));
                }
                Err(e) => last = DecodeError::Ecc(e),
            }
        }
    }
    Err(last)
}
