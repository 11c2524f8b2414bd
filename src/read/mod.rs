//! Image -> module grid: finds DataMatrix symbols in a greyscale frame and samples their modules
//! for the matrix decoder.
//!
//! Back flow: `read -> matrix -> ecc -> decode -> gs1`. The stages are one file each:
//! [`image_view`] (borrowed input), `binarize` (threshold map, dark/light image), `detect`
//! (connected regions, outline, L finder, timing counts), `sample` (perspective grid, confidence);
//! the try-harder passes `dots`/`lattice` (dot-peen marks) and `curved` (timing-following grids).
//! A [`Reader`] keeps every scratch buffer between frames, so a steady stream allocates nothing.
//! The decoder is passed in as a closure so the reader does not depend on it (and firmware can
//! bring its own); it receives every plausible [`SampledGrid`] and returns the decoded content.

// SAFETY-ish reason: integer arithmetic here is on pixel coordinates, counts and sums bounded
// by the image size, which `ImageView::new` caps at `MAX_PIXELS` (2^26): products of two
// coordinates, row offsets and sums of at most 64 u8 grey levels cannot overflow `usize`/`u32`;
// subtractions are guarded by the comparisons before them. Float math cannot panic.
#![allow(clippy::arithmetic_side_effects)]

mod binarize;
mod curved;
mod detect;
mod dots;
mod geom;
pub mod image_view;
mod lattice;
mod sample;

use alloc::vec::Vec;

pub use geom::Point;
pub use image_view::ImageView;
pub use sample::SampledGrid;

use binarize::Binarizer;
use detect::Detector;

/// Errors of the image reader (the image itself; "no symbol found" is an empty result).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// The buffer cannot hold the stated image, a side is zero, or it is too large.
    #[error("bad image: {width}x{height} pixels, stride {stride}, buffer {len} bytes")]
    BadImage {
        /// Stated width in pixels.
        width: usize,
        /// Stated height in pixels.
        height: usize,
        /// Stated bytes between row starts.
        stride: usize,
        /// Length of the buffer in bytes.
        len: usize,
    },
    /// A crop or region of interest holds no pixel of the image.
    #[error("empty region {width}x{height} at ({x}, {y})")]
    EmptyRegion {
        /// Left edge asked for.
        x: usize,
        /// Top edge asked for.
        y: usize,
        /// Width asked for.
        width: usize,
        /// Height asked for.
        height: usize,
    },
}

/// Which way round the symbol is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Polarity {
    /// Dark modules on a light ground (printed labels).
    #[default]
    DarkOnLight,
    /// Light modules on a dark ground (laser or dot-peen marks on metal, inverted prints).
    LightOnDark,
    /// Try dark-on-light first, then light-on-dark.
    Both,
}

/// The polarities to try (`true` = light modules on a dark ground).
pub(crate) fn polarities(p: Polarity) -> &'static [bool] {
    match p {
        Polarity::DarkOnLight => &[false],
        Polarity::LightOnDark => &[true],
        Polarity::Both => &[false, true],
    }
}

/// A rectangle of the image, in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Left edge.
    pub x: usize,
    /// Top edge.
    pub y: usize,
    /// Width.
    pub width: usize,
    /// Height.
    pub height: usize,
}

/// How hard and where to look (see zxing-cpp's `ReaderOptions` for the same ideas).
#[derive(Debug, Clone, PartialEq)]
pub struct ReaderOptions {
    /// Spend more passes (half resolution against noise, dilation for dot-peen marks, lower
    /// acceptance thresholds) when the first pass finds nothing.
    pub try_harder: bool,
    /// Polarity to look for.
    pub polarity: Polarity,
    /// Also try each candidate as a mirrored print.
    pub mirrored: bool,
    /// Stop after this many symbols (at least 1).
    pub max_symbols: usize,
    /// Only look inside this region (corners are still reported in full-image coordinates).
    pub region: Option<Region>,
    /// Expected symbol size as (rows, cols), tried first.
    pub size_hint: Option<(usize, usize)>,
    /// Time budget per frame in microseconds, measured by the clock passed to
    /// [`Reader::read_with_clock`]; when spent, what was found so far is returned.
    pub time_budget_us: Option<u64>,
}

impl Default for ReaderOptions {
    fn default() -> Self {
        ReaderOptions {
            try_harder: true,
            polarity: Polarity::Both,
            mirrored: true,
            max_symbols: 8,
            region: None,
            size_hint: None,
            time_budget_us: None,
        }
    }
}

impl ReaderOptions {
    /// One quick pass: dark-on-light only, no retries (mirrored prints still read).
    pub fn fast() -> Self {
        ReaderOptions {
            try_harder: false,
            polarity: Polarity::DarkOnLight,
            ..Self::default()
        }
    }
}

/// A source of time in microseconds (monotonic). Closures `FnMut() -> u64` are clocks.
pub trait Clock {
    /// Microseconds since an arbitrary fixed origin.
    fn now_us(&mut self) -> u64;
}

impl<F: FnMut() -> u64> Clock for F {
    fn now_us(&mut self) -> u64 {
        self()
    }
}

/// The standard library's monotonic clock.
#[cfg(feature = "std")]
#[derive(Debug, Clone, Copy)]
pub struct StdClock(std::time::Instant);

#[cfg(feature = "std")]
impl Default for StdClock {
    fn default() -> Self {
        StdClock(std::time::Instant::now())
    }
}

#[cfg(feature = "std")]
impl Clock for StdClock {
    fn now_us(&mut self) -> u64 {
        u64::try_from(self.0.elapsed().as_micros()).unwrap_or(u64::MAX)
    }
}

/// A clock that never advances (no time budget enforcement).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoClock;

impl Clock for NoClock {
    fn now_us(&mut self) -> u64 {
        0
    }
}

/// One symbol found in a frame.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadSymbol<T> {
    /// What the decoder returned for the symbol's grid.
    pub content: T,
    /// Outer corners in image pixels: top-left, top-right, bottom-right, bottom-left as the
    /// symbol reads (the L finder runs top-left -> bottom-left -> bottom-right).
    pub corners: [Point; 4],
    /// Mean module size in pixels.
    pub module_px: f32,
    /// Rows and columns of modules.
    pub rows: usize,
    /// Columns of modules.
    pub cols: usize,
    /// The symbol's polarity (never [`Polarity::Both`]).
    pub polarity: Polarity,
    /// Whether the symbol is a mirror image.
    pub mirrored: bool,
    /// Symbol contrast (light minus dark over the finder and timing modules), 0..1 of full scale.
    pub contrast: f32,
    /// Mean module margin from the threshold relative to the contrast, 0..1 (a modulation figure).
    pub modulation: f32,
}

/// Rounds an estimated module count to the nearest even number within the ECC200 range
/// (8..=144); NaN and negative estimates give 8. Shared by every pass that sizes an outline.
fn even(v: f32) -> usize {
    let h = (v * 0.5 + 0.5).max(0.0) as usize;
    h.saturating_mul(2).clamp(8, 144)
}

/// Frames with at least this many pixels keep searching after a find (multi-symbol scenes),
/// in the passes without a full-resolution blur; smaller frames stop at the first symbol found.
const LARGE_FRAME: usize = 500_000;

/// Smallest unused error correction (ISO/IEC 15415 UEC) a decode must keep to be reported.
const MIN_UEC: f32 = 0.01;

/// Largest probability that a junk grid would decode with the correction a decode used (see
/// `ecc::BlockReport::false_accept_probability`): about one in 300,000 per grid (10^-5.5). Decodes that lean on
/// many erasures (each costs one ECC codeword, an error two) can pass on junk far more often;
/// a clean 10x10 with two errors sits at 1.7e-6 and larger symbols far lower.
const MAX_FALSE_ACCEPT: f64 = 3.16e-6;

/// Largest number of connected regions examined per pass (bounds time on cluttered frames).
const MAX_CANDIDATES: usize = 48;

/// Starting estimate of a decode's worst cost per module, ns (a failing 144x144 decode on a
/// loaded small core); [`Reader`] raises it to what it measures.
const DEFAULT_DECODE_NS: u32 = 1000;

/// Cap of the measured decode cost per module, ns (a decode preempted by the OS is not the
/// decoder's cost).
const MAX_DECODE_NS: u32 = 4000;

/// What one frame's search returned: the symbols found and whether the time budget ran out.
///
/// Derefs to the slice of symbols, so `frame.len()`, `frame.iter()` and indexing work as on
/// the `Vec` that [`Reader::read`] returns.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame<T> {
    /// Symbols found, in the order they were found.
    pub symbols: Vec<ReadSymbol<T>>,
    /// `true` when [`ReaderOptions::time_budget_us`] ran out before the search finished: the
    /// symbols are those found until then (possibly none, possibly all of them).
    pub budget_exhausted: bool,
    /// Time the frame took, in the clock's microseconds (0 with [`NoClock`]).
    pub elapsed_us: u64,
}

impl<T> core::ops::Deref for Frame<T> {
    type Target = [ReadSymbol<T>];
    fn deref(&self) -> &Self::Target {
        &self.symbols
    }
}

impl<T> IntoIterator for Frame<T> {
    type Item = ReadSymbol<T>;
    type IntoIter = alloc::vec::IntoIter<ReadSymbol<T>>;
    fn into_iter(self) -> Self::IntoIter {
        self.symbols.into_iter()
    }
}

/// The image reader: holds reusable scratch buffers. One per thread.
#[derive(Debug, Default)]
pub struct Reader {
    bz: Binarizer,
    /// The crate decoder for [`Reader::read`], kept between frames for its placement maps.
    decoder: crate::decode::Decoder,
    det: Detector,
    grid: SampledGrid,
    cands: Vec<(u32, u32)>,
    found: Vec<[Point; 4]>,
    min_found_area: u32,
    /// Outlines of this frame whose corner refinement did not give a symbol: working image
    /// scale (half or not), centre, module size and the sizes tried (packed). Later passes find the same outlines
    /// again; they skip the refinement there (see [`Reader::refined_before`]).
    refine_failed: Vec<(bool, Point, f32, u64)>,
    /// Corner refinements ([`sample::refine_corners`]) left in this frame: each costs about
    /// a millisecond, and frames without a readable symbol would otherwise spend one on
    /// every plausible outline of every pass.
    refines_left: u32,
    /// Which working image `bz` holds: (half resolution, blur radius).
    loaded: Option<(bool, usize)>,
    /// Worst decode time seen per module, nanoseconds (see [`Reader::decode_fits`]).
    decode_ns_per_module: u32,
    /// Scratch of the dot-peen pass (dots.rs).
    dots: dots::DotScratch,
    /// Scratch of the dot-lattice reader (lattice.rs).
    lattice: lattice::LatticeScratch,
}

/// One pass of the search over a frame. The passes run in the order of [`PASSES`] (only the
/// first with [`ReaderOptions::fast`]); each is one `Reader` method taking the [`Search`].
/// A new way of finding symbols (dot-peen dots, ...) is a new variant, an entry in the list
/// and one arm in [`Reader::run_pass`].
#[derive(Debug, Clone, Copy)]
enum Pass {
    /// Threshold, connected dark regions, L finder outline, perspective grid.
    Regions(RegionPass),
    /// Separated round dots (dot-peen marks): the dot population measured (dots.rs), then the
    /// lattice of the dot centres (lattice.rs).
    /// Runs only when no earlier pass found a symbol.
    Dots,
    /// Outlines of the plain binarisation re-sampled following the timing pattern, for
    /// curved symbols (curved.rs). Runs only when no earlier pass found a symbol.
    Curved,
}

/// Parameters of a [`Pass::Regions`] pass.
#[derive(Debug, Clone, Copy)]
struct RegionPass {
    /// Work on the 2x2-averaged image (against noise; faster on large frames).
    half: bool,
    /// Box blur radius before thresholding.
    blur: usize,
    /// Grey levels a pixel must clear the threshold by (against texture).
    margin: u8,
    /// Dilation of dark areas, pixels.
    grow: usize,
    /// Smallest share of edge points on each finder side.
    min_solid: f32,
    /// Smallest finder-and-timing score for a size to be sampled.
    min_score: f32,
    /// Smallest module size, working pixels, of an outline worth sampling (finer ones are
    /// left to the full-resolution passes).
    min_module: f32,
    /// Whether outlines that do not decode at once may have their corners refined (see
    /// [`sample::refine_corners`]); without, they fall through to later passes.
    refine: bool,
}

const fn regions(half: bool, blur: usize, margin: u8, min_solid: f32, min_score: f32) -> Pass {
    Pass::Regions(RegionPass {
        half,
        blur,
        margin,
        grow: 0,
        min_solid,
        min_score,
        min_module: 0.0,
        refine: true,
    })
}

/// Frames whose longer side is at most this many pixels are searched again scaled up when
/// nothing was found (see `Reader::search_upscaled`).
const TINY_FRAME: usize = 48;
/// The longer side a tiny frame is scaled up to (at least).
const TINY_TARGET: usize = 96;

/// The search passes, cheapest and most common first. The dot-peen pass comes third: the
/// region passes after it never read a dot field (dot-peen reads cost a third of what they did
/// behind them), and it leaves frames without dark, evenly spaced dots after one binarisation.
const PASSES: &[Pass] = &[
    regions(false, 0, 0, 0.7, 0.8),
    regions(true, 0, 0, 0.6, 0.75),
    Pass::Dots,
    regions(false, 1, 14, 0.6, 0.75),
    regions(false, 2, 8, 0.5, 0.7),
    regions(false, 1, 8, 0.5, 0.7),
    regions(true, 1, 0, 0.5, 0.7),
    Pass::Curved,
];

/// Frames of at least this many pixels start with [`HALF_FIRST`].
const HALF_FIRST_FRAME: usize = 80_000;
/// The first pass on frames of [`HALF_FIRST_FRAME`] pixels or more: the first pass of
/// [`PASSES`] on the half-resolution image.
/// Outlines whose modules are under 2 pixels there are skipped (they rarely decode at that
/// scale and cost sampling and decoding; the full resolution reads them).
const HALF_FIRST: Pass = Pass::Regions(RegionPass {
    half: true,
    blur: 0,
    margin: 0,
    grow: 0,
    min_solid: 0.7,
    min_score: 0.8,
    min_module: 2.0,
    refine: false,
});

/// How a located outline's modules are read into a grid, tried in the order of [`SAMPLERS`]
/// until the decoder accepts one.
#[derive(Debug, Clone, Copy)]
enum Sampler {
    /// Module centres through the homography of the four corners.
    Perspective,
    /// The same module centres, each sharpened against its neighbours (against blur).
    Sharpened,
}

/// Smallest finder-and-timing score of an outline whose corners are refined when its grids
/// do not decode (see [`sample::refine_corners`]).
const REFINE_MIN_SCORE: f32 = 0.85;

/// A size to sample an outline at: score, half contrast, rows, columns, and refined corners
/// (`None`: the outline's own).
type Attempt = (f32, f32, usize, usize, Option<[Point; 4]>);

/// Corner refinements allowed per frame (see `Reader::refines_left`).
const REFINES_PER_FRAME: u32 = 16;

/// Most outlines remembered per frame as refined without a symbol.
const MAX_REFINE_FAILED: usize = 64;

/// Smallest best-size score of an outline whose sizes are re-ranked on refined corners
/// when nothing decoded (see `Reader::rerank`).
const RERANK_MIN_SCORE: f32 = 0.78;
/// Smallest score on refined corners for a re-ranked size to be sampled.
const RERANK_ACCEPT: f32 = 0.9;

/// The grid samplers, in order.
const SAMPLERS: &[Sampler] = &[Sampler::Perspective, Sampler::Sharpened];

/// Everything one frame's search shares: options, clock, the decoder and the results so far.
struct Search<'a, T, F> {
    img: ImageView<'a>,
    opts: &'a ReaderOptions,
    clock: &'a mut dyn Clock,
    start: u64,
    deadline: Option<u64>,
    decode: F,
    out: Vec<ReadSymbol<T>>,
    /// Offset of the region of interest in the full image.
    off: (f32, f32),
    max_symbols: usize,
    exhausted: bool,
    /// The decoder tries mirror images itself: sample unmirrored grids only.
    decoder_mirrors: bool,
    /// The frame has at least [`LARGE_FRAME`] pixels (keeps searching after a find).
    large: bool,
}

impl<T, F> Search<'_, T, F> {
    /// Whether the time budget is spent (remembered, so the frame can report it).
    fn out_of_time(&mut self) -> bool {
        if !self.exhausted
            && let Some(d) = self.deadline
        {
            self.exhausted = self.clock.now_us() >= d;
        }
        self.exhausted
    }

    /// Whether the search should stop: enough symbols or no time left.
    fn done(&mut self) -> bool {
        self.out.len() >= self.max_symbols || self.out_of_time()
    }
}

impl Reader {
    /// A reader with empty scratch buffers (they grow to the frame size on first use).
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads the symbols of `img` with this crate's matrix decoder ([`crate::decode_grid`]):
    /// each result carries the [`crate::DecodedSymbol`] (bytes, GS1 element string, error
    /// correction report) plus where and how the symbol was seen. With the `std` feature a
    /// [`ReaderOptions::time_budget_us`] is measured by the standard clock ([`StdClock`]);
    /// use [`Reader::read_timed`] to learn whether it ran out.
    ///
    /// # Errors
    /// [`ReadError::EmptyRegion`] if the region of interest lies outside the image.
    pub fn read(
        &mut self,
        img: &ImageView<'_>,
        opts: &ReaderOptions,
    ) -> Result<Vec<ReadSymbol<crate::DecodedSymbol>>, ReadError> {
        #[cfg(feature = "std")]
        let frame = if opts.time_budget_us.is_some() {
            self.read_timed(img, opts, &mut StdClock::default())
        } else {
            self.read_timed(img, opts, &mut NoClock)
        };
        #[cfg(not(feature = "std"))]
        let frame = self.read_timed(img, opts, &mut NoClock);
        frame.map(|f| f.symbols)
    }

    /// As [`Reader::read`], with `clock` measuring [`ReaderOptions::time_budget_us`]; the
    /// [`Frame`] says whether the budget ran out.
    ///
    /// # Errors
    /// [`ReadError::EmptyRegion`] if the region of interest lies outside the image.
    pub fn read_timed(
        &mut self,
        img: &ImageView<'_>,
        opts: &ReaderOptions,
        clock: &mut dyn Clock,
    ) -> Result<Frame<crate::DecodedSymbol>, ReadError> {
        // The crate decoder tries the mirror image of each grid itself. It is taken out of
        // `self` for the search (which borrows the rest) and put back, cache and all.
        let mut decoder = core::mem::take(&mut self.decoder);
        decoder.set_options(decode_options(opts));
        let found = self.search(img, opts, clock, accept(&mut decoder), true);
        self.decoder = decoder;
        let mut f = found?;
        f.symbols = fix_mirror(f.symbols);
        Ok(f)
    }

    /// Reads the symbols of `img`; `decode` gets every plausible grid and returns the content
    /// when the grid decodes. No time budget is enforced (see [`Reader::read_with_clock`]).
    ///
    /// # Errors
    /// [`ReadError::EmptyRegion`] if the region of interest lies outside the image.
    pub fn read_with<T, F>(
        &mut self,
        img: &ImageView<'_>,
        opts: &ReaderOptions,
        decode: F,
    ) -> Result<Vec<ReadSymbol<T>>, ReadError>
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        self.read_with_clock(img, opts, &mut NoClock, decode)
            .map(|f| f.symbols)
    }

    /// As [`Reader::read_with`], with `clock` measuring [`ReaderOptions::time_budget_us`].
    /// The budget is checked between passes, between candidate regions and inside the long
    /// loops of a pass, so a frame overruns it by at most one step (typically well under a
    /// millisecond; one decode of a large symbol is the longest step).
    ///
    /// # Errors
    /// [`ReadError::EmptyRegion`] if the region of interest lies outside the image.
    pub fn read_with_clock<T, F>(
        &mut self,
        img: &ImageView<'_>,
        opts: &ReaderOptions,
        clock: &mut dyn Clock,
        decode: F,
    ) -> Result<Frame<T>, ReadError>
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        self.search(img, opts, clock, decode, false)
    }

    /// The search driver; `decoder_mirrors` when `decode` tries mirror images itself (then
    /// no mirrored grid is sampled).
    fn search<T, F>(
        &mut self,
        img: &ImageView<'_>,
        opts: &ReaderOptions,
        clock: &mut dyn Clock,
        decode: F,
        decoder_mirrors: bool,
    ) -> Result<Frame<T>, ReadError>
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        let start = clock.now_us();
        let deadline = opts.time_budget_us.map(|b| start.saturating_add(b));
        let (img, off) = match opts.region {
            Some(r) => (
                img.crop(r.x, r.y, r.width, r.height)?,
                (r.x as f32, r.y as f32),
            ),
            None => (*img, (0.0, 0.0)),
        };
        let mut s = Search {
            img,
            opts,
            clock,
            start,
            deadline,
            decode,
            out: Vec::new(),
            off,
            max_symbols: opts.max_symbols.max(1),
            exhausted: false,
            decoder_mirrors,
            large: img.width().saturating_mul(img.height()) >= LARGE_FRAME,
        };
        self.found.clear();
        self.refine_failed.clear();
        self.refines_left = REFINES_PER_FRAME;
        self.min_found_area = 0;
        self.loaded = None;
        // Decode cost estimate: decays towards the default so one preempted decode does not
        // keep the reader from decoding for long.
        self.decode_ns_per_module =
            (self.decode_ns_per_module - self.decode_ns_per_module / 8).max(DEFAULT_DECODE_NS);
        let passes = if opts.try_harder {
            PASSES
        } else {
            PASSES.get(..1).unwrap_or(PASSES)
        };
        // Frames of many pixels are tried at half resolution first: symbols that fill much of
        // such a frame have modules of several pixels, read as well from the 2x2 means for a
        // quarter of the binarisation and region work; small modules fall through to the
        // full-resolution passes.
        let area = img.width().saturating_mul(img.height());
        // Not on large frames, which keep searching after a find (and run this pass anyway),
        // and without corner refinement: an outline that does not decode at once falls
        // through to the full resolution, where it is refined if need be.
        let half_first = (opts.try_harder && (HALF_FIRST_FRAME..LARGE_FRAME).contains(&area))
            .then_some(HALF_FIRST);
        for pass in half_first.into_iter().chain(passes.iter().copied()) {
            if s.done() {
                break;
            }
            // A large frame that already gave a symbol keeps looking for more only at half
            // resolution: the other symbols of a multi-symbol scene are printed alike, and the
            // full-resolution smoothed passes cost a whole-frame blur and threshold each.
            if !s.out.is_empty() && matches!(pass, Pass::Regions(p) if !p.half && p.blur > 0) {
                continue;
            }
            let before = s.out.len();
            self.run_pass(pass, &mut s);
            // A find ends the search, except on large frames, which often hold several
            // symbols that need different passes (sizes, contrast).
            if s.out.len() > before && !s.large {
                break;
            }
        }
        let _ = s.out_of_time();
        let tiny = img.width().max(img.height()) <= TINY_FRAME;
        if s.out.is_empty() && !s.exhausted && opts.try_harder && tiny {
            let Search { clock, decode, .. } = s;
            return self.search_upscaled(&img, off, opts, clock, decode, decoder_mirrors, start);
        }
        let elapsed_us = s.clock.now_us().saturating_sub(s.start);
        Ok(Frame {
            symbols: s.out,
            budget_exhausted: s.exhausted,
            elapsed_us,
        })
    }

    /// Searches a tiny frame again scaled up by a whole factor (each pixel repeated), so a
    /// symbol of 1-2 pixels per module gets modules the thresholding and outline tracing can
    /// follow; results are mapped back to the frame. Runs only when the frame gave nothing;
    /// the scaled frame is at least [`TINY_TARGET`] pixels wide or high, above
    /// [`TINY_FRAME`], so it is never scaled again.
    #[allow(clippy::too_many_arguments)]
    fn search_upscaled<T, F>(
        &mut self,
        img: &ImageView<'_>,
        off: (f32, f32),
        opts: &ReaderOptions,
        clock: &mut dyn Clock,
        decode: F,
        decoder_mirrors: bool,
        start: u64,
    ) -> Result<Frame<T>, ReadError>
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        let side = img.width().max(img.height()).max(1);
        let k = (TINY_TARGET / side).clamp(2, 16);
        let w = img.width().saturating_mul(k);
        let mut buf = alloc::vec![0u8; w.saturating_mul(img.height().saturating_mul(k))];
        for (y, out) in buf.chunks_exact_mut(w.max(1)).enumerate() {
            let src = img.row(y / k);
            for (o, &g) in out.chunks_exact_mut(k).zip(src) {
                o.fill(g);
            }
        }
        let view = ImageView::packed(&buf, w, img.height().saturating_mul(k))?;
        let mut o = opts.clone();
        o.region = None;
        o.time_budget_us = opts
            .time_budget_us
            .map(|b| b.saturating_sub(clock.now_us().saturating_sub(start)));
        let mut f = self.search(&view, &o, clock, decode, decoder_mirrors)?;
        let kf = k as f32;
        for sym in &mut f.symbols {
            for p in &mut sym.corners {
                *p = Point::new(p.x / kf + off.0, p.y / kf + off.1);
            }
            sym.module_px /= kf;
        }
        f.elapsed_us = clock.now_us().saturating_sub(start);
        Ok(f)
    }

    /// Runs one pass of [`PASSES`].
    fn run_pass<T, F>(&mut self, pass: Pass, s: &mut Search<'_, T, F>)
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        match pass {
            Pass::Regions(p) => self.regions_pass(p, s),
            Pass::Dots | Pass::Curved if !s.out.is_empty() => {}
            Pass::Dots => {
                self.loaded = None; // the pass rewrites the working image
                self.read_dots(s);
            }
            Pass::Curved => {
                self.loaded = None;
                self.read_curved(s);
            }
        }
    }

    /// A [`Pass::Regions`] pass, in each polarity asked for (the second polarity is skipped
    /// once the first found a symbol).
    fn regions_pass<T, F>(&mut self, pass: RegionPass, s: &mut Search<'_, T, F>)
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        let pols = polarities(s.opts.polarity);
        if pass.half && (s.img.width() < 32 || s.img.height() < 32) {
            return;
        }
        let before = s.out.len();
        for &inv in pols {
            if s.done() {
                return;
            }
            let img = s.img;
            let mut stop = || s.out_of_time();
            if self.loaded != Some((pass.half, pass.blur)) {
                self.loaded = None;
                self.bz.load(&img, pass.half);
                if !self.bz.box_blur(pass.blur, &mut stop) {
                    return;
                }
                let min_contrast = if pass.half || pass.blur > 0 { 12 } else { 24 };
                if !self.bz.threshold(min_contrast, &mut stop) {
                    return;
                }
                self.loaded = Some((pass.half, pass.blur));
            }
            self.bz.margin = pass.margin;
            if !self.bz.binarize(inv, pass.grow, &mut stop)
                || !self.det.components(&self.bz, &mut stop)
            {
                return;
            }
            self.scan(pass, inv, s);
            if s.out.len() > before {
                return; // found in this polarity: skip the other one
            }
        }
    }

    /// Tries the connected regions of the current bit image as symbols, largest first.
    fn scan<T, F>(&mut self, pass: RegionPass, inv: bool, s: &mut Search<'_, T, F>)
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        let scale = if pass.half { 2.0 } else { 1.0 };
        let min_side = 7u32;
        self.cands.clear();
        for (i, c) in self.det.comps.iter().enumerate() {
            let (w, h) = (c.max_x - c.min_x, c.max_y - c.min_y);
            if w < min_side || h < min_side || c.area < 20 {
                continue;
            }
            let bbox = u64::from(w) * u64::from(h);
            // Too sparse for a symbol (a thin frame or line). An 8x96 or 8x144 DMRE symbol
            // turned 45 degrees fills only 1/12 to 1/20 of its bounding box with dark pixels.
            if u64::from(c.area) * 24 < bbox {
                continue;
            }
            self.cands.push((c.area, i as u32));
        }
        self.cands.sort_unstable_by_key(|c| core::cmp::Reverse(c.0));
        self.cands.truncate(MAX_CANDIDATES);
        let grow = pass.grow as f32;
        for ci in 0..self.cands.len() {
            if s.done() {
                return;
            }
            let Some(&(area, id)) = self.cands.get(ci) else {
                break;
            };
            if self.min_found_area > 0 && area.saturating_mul(16) < self.min_found_area {
                break; // far smaller than every symbol found so far: clutter or data islands
            }
            let Some(comp) = self.det.comps.get(id as usize).copied() else {
                continue;
            };
            let centre = Point::new(
                (comp.min_x + comp.max_x) as f32 * 0.5 * scale + s.off.0,
                (comp.min_y + comp.max_y) as f32 * 0.5 * scale + s.off.1,
            );
            if self.found.iter().any(|q| inside(q, centre)) {
                continue;
            }
            let mut found = None;
            // The plain outline; then, as retries, trimmed against clutter and (for a
            // degenerate hull) with corners from the principal axes.
            for (trim, axis) in [(false, false), (true, false), (false, true)] {
                if (trim && !self.det.trimmed) || (axis && !self.det.degenerate) {
                    continue;
                }
                self.det.axis_corners = axis;
                let ol = self.det.outline(
                    &self.bz,
                    id as usize,
                    grow,
                    pass.min_solid,
                    trim,
                    &mut || s.out_of_time(),
                );
                if let Some(ol) = ol.filter(|o| o.module >= pass.min_module) {
                    found = self.try_outline(&ol, &pass, inv, s);
                    if found.is_some() {
                        break;
                    }
                }
            }
            self.det.axis_corners = false;
            if let Some(sym) = found {
                self.min_found_area = if self.min_found_area == 0 {
                    comp.area
                } else {
                    self.min_found_area.min(comp.area)
                };
                self.report(s, sym, scale);
                if !s.large {
                    return; // small frames hold one symbol (see LARGE_FRAME)
                }
            }
        }
    }

    /// Reports a symbol found in a working image scaled down by `scale` (1 = full size): its
    /// corners and module size back into full-image coordinates, remembered so later passes
    /// skip its region. Every pass reports through here.
    fn report<T, F>(&mut self, s: &mut Search<'_, T, F>, mut sym: ReadSymbol<T>, scale: f32) {
        for p in &mut sym.corners {
            *p = Point::new(p.x * scale + s.off.0, p.y * scale + s.off.1);
        }
        sym.module_px *= scale;
        self.found.push(sym.corners);
        s.out.push(sym);
    }

    // SAFETY-ish reason: `c` is a `[Point; 4]` indexed by constants < 4, `scored` a
    // `[_; 49]` written only at `n` after checking `n < scored.len()` (the hint slot is the
    // first, `n == 0`), and read through `scored[..n]` with `n <= 49`.
    #[allow(clippy::indexing_slicing)]
    /// Finds the symbol size that best fits a located outline's finder and timing, samples
    /// the grid with each of [`SAMPLERS`] and hands it to the decoder.
    fn try_outline<T, F>(
        &mut self,
        ol: &detect::Outline,
        pass: &RegionPass,
        inv: bool,
        s: &mut Search<'_, T, F>,
    ) -> Option<ReadSymbol<T>>
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        let min_score = pass.min_score;
        let opts = s.opts;
        let c = ol.corners;
        let top_len = c[1].dist(c[0]);
        let right_len = c[2].dist(c[1]);
        let mut cols_c: [usize; 6] = [0; 6];
        let mut rows_c: [usize; 6] = [0; 6];
        let m = ol.module.max(0.5);
        for (arr, est, len) in [
            (&mut cols_c, ol.cols, top_len),
            (&mut rows_c, ol.rows, right_len),
        ] {
            let e = est.clamp(8, 144);
            let l = even(len / m);
            *arr = [
                e,
                e.saturating_sub(2).max(8),
                (e + 2).min(144),
                l,
                l.saturating_sub(2).max(8),
                (l + 2).min(144),
            ];
        }
        // Score every pair, best first; a size hint goes to the front.
        let mut scored: [(f32, f32, usize, usize); 49] = [(0.0, 0.0, 0, 0); 49];
        let mut n = 0;
        if let Some((r, cc)) = opts
            .size_hint
            .filter(|(r, cc)| (8..=144).contains(r) && (8..=144).contains(cc))
        {
            let (sc, mag) = sample::perimeter_score(&self.bz, &c, r, cc);
            scored[n] = (sc + 1.0, mag, r, cc);
            n += 1;
        }
        // Every pairing of a row and a column count; then each count as a square, since the
        // two sides' estimates can disagree by more than the pairing covers (skew, blur).
        let pairs = cols_c
            .iter()
            .flat_map(|&cc| rows_c.iter().map(move |&r| (r, cc)))
            .chain(cols_c.iter().chain(rows_c.iter()).map(|&e| (e, e)));
        for (r, cc) in pairs {
            {
                if scored[..n].iter().any(|e| e.2 == r && e.3 == cc) {
                    continue;
                }
                // Only the sizes ECC200 has (square, rectangular and DMRE), read straight or,
                // for a mirror image, with rows and columns swapped.
                let size = crate::symbol::SymbolSize::from_dimensions;
                if size(r, cc).is_none() && !(opts.mirrored && size(cc, r).is_some()) {
                    continue;
                }
                if s.out_of_time() {
                    return None;
                }
                let (sc, mag) = sample::perimeter_score(&self.bz, &c, r, cc);
                if n < scored.len() {
                    scored[n] = (sc, mag, r, cc);
                    n += 1;
                }
                if sc >= 0.97 {
                    break; // a near-perfect finder and timing: no need to look further
                }
            }
        }
        let list = &mut scored[..n];
        list.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
        // The three best sizes on the outline's corners; then, if none decodes, possibly one
        // more found by refining the corners for each of the best sizes and ranking again.
        let mut attempts: [Attempt; 4] = [(0.0, 0.0, 0, 0, None); 4];
        let mut na = 0;
        for (a, &(score, mag, r, cc)) in attempts.iter_mut().zip(list.iter().take(3)) {
            *a = (score, mag, r, cc, None);
            na += 1;
        }
        let half = self.loaded.is_some_and(|l| l.0);
        let centre = c[0].add(c[1]).add(c[2]).add(c[3]).scale(0.25);
        let module = 0.25 * (top_len + right_len) / list.first().map_or(1.0, |e| e.2.max(1) as f32);
        // Refined before in this frame without a symbol: not again.
        let sizes = list.iter().take(4).fold(0u64, |k, e| {
            k.wrapping_shl(16) | ((e.2 as u64) << 8 | e.3 as u64)
        });
        let may_refine = !self.refined_before(half, centre, module, sizes);
        let mut reranked = !may_refine;
        let mut refined_any = false;
        let mut rank = 0;
        loop {
            if rank == na && !reranked {
                reranked = true;
                refined_any |= list.first().is_some_and(|f| f.0 >= RERANK_MIN_SCORE);
                if let Some(a) = self.rerank(list, &c, top_len, right_len, pass, s) {
                    attempts[na] = a;
                    na += 1;
                }
            }
            if rank >= na {
                break;
            }
            let (score, mag, r, cc, pre) = attempts[rank];
            rank += 1;
            if score.min(1.0) < min_score {
                if pre.is_none() && !reranked {
                    rank = na; // the rest score lower still: go to the re-ranking
                    continue;
                }
                break;
            }
            let full = rank == 1 || pre.is_some();
            let orients: &[bool] = if opts.mirrored && !s.decoder_mirrors {
                &[false, true]
            } else {
                &[false]
            };
            for &mir in orients {
                let q = pre.unwrap_or(c);
                let (corners, rows, cols) = if mir {
                    ([q[2], q[1], q[0], q[3]], cc, r)
                } else {
                    (q, r, cc)
                };
                let mut corners = corners;
                let mut refined = false;
                // Each sampler on the outline's corners, then (best-fitting size only) again
                // on corners refined against the finder and timing.
                for (si, &sampler) in SAMPLERS.iter().chain(SAMPLERS).enumerate() {
                    if s.out_of_time() {
                        return None;
                    }
                    // The extra samplers cost a decode each: only for the best-fitting size.
                    if !full && si > 0 {
                        break;
                    }
                    // Refining costs ~100 perimeter reads and two decodes: only for outlines
                    // whose finder and timing already mostly fit (junk regions score lower).
                    if si >= SAMPLERS.len()
                        && (score < REFINE_MIN_SCORE
                            || pre.is_some()
                            || !may_refine
                            || !self.may_spend_refine(pass))
                    {
                        break;
                    }
                    if si >= SAMPLERS.len() && !refined {
                        refined = true;
                        refined_any = true;
                        self.refines_left = self.refines_left.saturating_sub(1);
                        let module = 0.5 * (top_len / cols as f32 + right_len / rows as f32);
                        if !sample::refine_corners(
                            &self.bz,
                            &mut corners,
                            rows,
                            cols,
                            module,
                            mag.max(4.0),
                            &mut || s.out_of_time(),
                        ) {
                            break;
                        }
                    }
                    if !self.sample(sampler, &corners, rows, cols, mag, mir) {
                        continue;
                    }
                    if !self.decode_fits(s, rows * cols) {
                        return None;
                    }
                    let t0 = s.deadline.map(|_| s.clock.now_us());
                    let decoded = (s.decode)(&self.grid);
                    if let Some(t0) = t0 {
                        let ns = s.clock.now_us().saturating_sub(t0).saturating_mul(1000)
                            / (rows * cols) as u64;
                        self.decode_ns_per_module = self
                            .decode_ns_per_module
                            .max(u32::try_from(ns).unwrap_or(u32::MAX).min(MAX_DECODE_NS));
                    }
                    if let Some(content) = decoded {
                        let total: u32 = (0..rows)
                            .flat_map(|y| (0..cols).map(move |x| (y, x)))
                            .map(|(y, x)| {
                                u32::from(crate::matrix::ModuleGrid::confidence(&self.grid, y, x))
                            })
                            .sum();
                        let modulation = total as f32 / (rows * cols) as f32 / 255.0;
                        let module_px = 0.5 * (top_len / cc as f32 + right_len / r as f32);
                        return Some(ReadSymbol {
                            content,
                            corners,
                            module_px,
                            rows,
                            cols,
                            polarity: if inv {
                                Polarity::LightOnDark
                            } else {
                                Polarity::DarkOnLight
                            },
                            mirrored: mir,
                            contrast: (2.0 * mag / 255.0).min(1.0),
                            modulation,
                        });
                    }
                }
            }
        }
        if refined_any && self.refine_failed.len() < MAX_REFINE_FAILED {
            self.refine_failed.push((half, centre, module, sizes));
        }
        None
    }

    /// Whether an outline centred at `centre` (module size `module`) on the working image of
    /// this scale was refined before in this frame for the same best sizes (`sizes`, packed)
    /// without giving a symbol.
    /// Whether `pass` refines corners and the frame has refinements left
    /// ([`REFINES_PER_FRAME`]). A pass without refinement spends none of them; it still
    /// records its well-fitting outlines as tried, as an exhausted budget does.
    fn may_spend_refine(&self, pass: &RegionPass) -> bool {
        pass.refine && self.refines_left > 0
    }

    fn refined_before(&self, half: bool, centre: Point, module: f32, sizes: u64) -> bool {
        self.refine_failed.iter().any(|&(h, p, m, k)| {
            h == half && k == sizes && p.dist(centre) <= m.max(module).max(1.0)
        })
    }

    /// Re-ranks the best sizes of an outline none of whose grids decoded: for each of the
    /// (at most four) best sizes, the corners refined against its finder and timing
    /// ([`sample::refine_corners`]) and scored again. Blur and a poor outline can rank a wrong
    /// size first; refined, the right size's timing reads clearly best. Returns the winner
    /// with its refined corners when it fits well ([`RERANK_ACCEPT`]) and was not already
    /// tried refined; `None` for outlines that fit poorly to begin with ([`RERANK_MIN_SCORE`]).
    fn rerank<T, F>(
        &mut self,
        list: &[(f32, f32, usize, usize)],
        c: &[Point; 4],
        top_len: f32,
        right_len: f32,
        pass: &RegionPass,
        s: &mut Search<'_, T, F>,
    ) -> Option<Attempt> {
        let min_score = pass.min_score;
        let first = list.first()?;
        if first.0 < RERANK_MIN_SCORE {
            return None;
        }
        let mut best: Option<(f32, f32, usize, usize, [Point; 4])> = None;
        for &(sc, mag, r, cc) in list.iter().take(4) {
            if sc < min_score || s.out_of_time() || !self.may_spend_refine(pass) {
                break;
            }
            self.refines_left = self.refines_left.saturating_sub(1);
            let mut q = *c;
            let module = 0.5 * (top_len / cc as f32 + right_len / r as f32);
            let mut stop = || s.out_of_time();
            sample::refine_corners(&self.bz, &mut q, r, cc, module, mag.max(4.0), &mut stop);
            if s.out_of_time() {
                return None;
            }
            let (rs, rmag) = sample::perimeter_score(&self.bz, &q, r, cc);
            if best.is_none_or(|b| rs > b.0) {
                best = Some((rs, rmag, r, cc, q));
            }
        }
        let (rs, rmag, r, cc, q) = best?;
        let tried = r == first.2 && cc == first.3 && first.0 >= REFINE_MIN_SCORE;
        (rs >= RERANK_ACCEPT && !tried).then_some((rs, rmag, r, cc, Some(q)))
    }

    /// Whether a decode of a grid of `modules` modules is expected to end before the
    /// deadline (a decode cannot be interrupted, and a failing one of a large symbol tries
    /// several orientations and error patterns). The cost per module is the worst seen by this
    /// reader, decaying from frame to frame. Marks the budget spent when it does not fit.
    fn decode_fits<T, F>(&self, s: &mut Search<'_, T, F>, modules: usize) -> bool {
        let Some(d) = s.deadline else { return true };
        let est_us = (modules as u64).saturating_mul(u64::from(self.decode_ns_per_module)) / 1000;
        if s.clock.now_us().saturating_add(est_us) > d {
            s.exhausted = true;
            return false;
        }
        true
    }

    /// Samples a `rows` x `cols` grid with corners `corners` into `self.grid` with `sampler`.
    fn sample(
        &mut self,
        sampler: Sampler,
        corners: &[Point; 4],
        rows: usize,
        cols: usize,
        half_contrast: f32,
        mirrored: bool,
    ) -> bool {
        let sample = match sampler {
            Sampler::Perspective => sample::sample_grid,
            Sampler::Sharpened => sample::sample_grid_sharpened,
        };
        sample(
            &self.bz,
            corners,
            rows,
            cols,
            half_contrast,
            mirrored,
            &mut self.grid,
        )
    }
}

/// The crate decoder's options for the reader's grids.
fn decode_options(opts: &ReaderOptions) -> crate::decode::DecodeOptions {
    crate::decode::DecodeOptions {
        try_mirrored: opts.mirrored,
        max_pattern_error_percent: 15,
        ..crate::decode::DecodeOptions::default()
    }
}

/// The crate decoder as a grid callback: it searches orientations and mirroring itself.
fn accept(
    decoder: &mut crate::decode::Decoder,
) -> impl FnMut(&SampledGrid) -> Option<crate::DecodedSymbol> + '_ {
    move |g: &SampledGrid| {
        // Misread guard: the reader hands over many candidate grids, and Reed-Solomon can
        // "correct" junk into a valid-looking codeword set when it uses all its capacity.
        // Accept only decodes that keep some error correction unused (UEC > 0).
        decoder.decode(g).ok().filter(|d| {
            d.corrections.uec() >= MIN_UEC
                && d.corrections.false_accept_probability() <= MAX_FALSE_ACCEPT
        })
    }
}

/// Folds the decoder's mirror finding into the reported orientation and corners.
fn fix_mirror(
    mut v: Vec<ReadSymbol<crate::DecodedSymbol>>,
) -> Vec<ReadSymbol<crate::DecodedSymbol>> {
    for s in &mut v {
        if s.content.mirrored {
            s.mirrored = !s.mirrored;
            let [a, b, c, d] = s.corners;
            s.corners = [c, b, a, d];
            core::mem::swap(&mut s.rows, &mut s.cols);
        }
    }
    v
}

/// Whether `p` lies inside the convex quadrilateral `q`.
// SAFETY-ish reason: `q` is a `[Point; 4]` indexed by `i < 4` and `(i + 1) % 4`.
#[allow(clippy::indexing_slicing)]
fn inside(q: &[Point; 4], p: Point) -> bool {
    let mut sign = 0i32;
    for i in 0..4 {
        let a = q[i];
        let b = q[(i + 1) % 4];
        let s = b.sub(a).cross(p.sub(a));
        let sg = if s > 0.0 {
            1
        } else if s < 0.0 {
            -1
        } else {
            0
        };
        if sg != 0 {
            if sign != 0 && sg != sign {
                return false;
            }
            sign = sg;
        }
    }
    true
}
