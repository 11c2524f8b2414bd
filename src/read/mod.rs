//! Image -> module grid: finds DataMatrix symbols in a greyscale frame and samples their modules
//! for the matrix decoder.
//!
//! Back flow: `read -> matrix -> ecc -> decode -> gs1`. The stages are one file each:
//! [`image_view`] (borrowed input), `binarize` (threshold map, dark/light image), `detect`
//! (connected regions, outline, L finder, timing counts), `sample` (perspective grid, confidence).
//! A [`Reader`] keeps every scratch buffer between frames, so a steady stream allocates nothing.
//! The decoder is passed in as a closure so the reader does not depend on it (and firmware can
//! bring its own); it receives every plausible [`SampledGrid`] and returns the decoded content.

mod binarize;
mod curved;
mod detect;
mod dots;
mod geom;
pub mod image_view;
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

/// Frames with at least this many pixels keep searching after a find (multi-symbol scenes).
const LARGE_FRAME: usize = 500_000;

/// Smallest unused error correction (ISO/IEC 15415 UEC) a decode must keep to be reported.
const MIN_UEC: f32 = 0.01;

/// Largest number of connected regions examined per pass (bounds time on cluttered frames).
const MAX_CANDIDATES: usize = 48;

/// The image reader: holds reusable scratch buffers. One per thread.
#[derive(Debug, Default)]
pub struct Reader {
    bz: Binarizer,
    det: Detector,
    grid: SampledGrid,
    cands: Vec<(u32, u32)>,
    found: Vec<[Point; 4]>,
    min_found_area: u32,
    dots: dots::DotScratch,
}

#[derive(Clone, Copy)]
struct Pass {
    half: bool,
    blur: usize,
    margin: u8,
    grow: usize,
    min_solid: f32,
    min_score: f32,
}

impl Reader {
    /// A reader with empty scratch buffers (they grow to the frame size on first use).
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads the symbols of `img` with this crate's matrix decoder ([`crate::decode_grid`]):
    /// each result carries the [`crate::DecodedSymbol`] (bytes, GS1 element string, error
    /// correction report) plus where and how the symbol was seen.
    ///
    /// # Errors
    /// [`ReadError::EmptyRegion`] if the region of interest lies outside the image.
    pub fn read(
        &mut self,
        img: &ImageView<'_>,
        opts: &ReaderOptions,
    ) -> Result<Vec<ReadSymbol<crate::DecodedSymbol>>, ReadError> {
        self.read_with_clock(img, opts, &mut NoClock, decoder_for(opts))
            .map(fix_mirror)
    }

    /// As [`Reader::read`], with `clock` measuring [`ReaderOptions::time_budget_us`].
    ///
    /// # Errors
    /// [`ReadError::EmptyRegion`] if the region of interest lies outside the image.
    pub fn read_timed(
        &mut self,
        img: &ImageView<'_>,
        opts: &ReaderOptions,
        clock: &mut dyn Clock,
    ) -> Result<Vec<ReadSymbol<crate::DecodedSymbol>>, ReadError> {
        self.read_with_clock(img, opts, clock, decoder_for(opts))
            .map(fix_mirror)
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
    }

    /// As [`Reader::read_with`], with `clock` measuring [`ReaderOptions::time_budget_us`].
    ///
    /// # Errors
    /// [`ReadError::EmptyRegion`] if the region of interest lies outside the image.
    pub fn read_with_clock<T, F>(
        &mut self,
        img: &ImageView<'_>,
        opts: &ReaderOptions,
        clock: &mut dyn Clock,
        mut decode: F,
    ) -> Result<Vec<ReadSymbol<T>>, ReadError>
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        let start = clock.now_us();
        let deadline = opts.time_budget_us.map(|b| start.saturating_add(b));
        let (img, ox, oy) = match opts.region {
            Some(r) => (
                img.crop(r.x, r.y, r.width, r.height)?,
                r.x as f32,
                r.y as f32,
            ),
            None => (*img, 0.0, 0.0),
        };
        let max_symbols = opts.max_symbols.max(1);
        let mut out = Vec::new();
        self.found.clear();
        self.min_found_area = 0;
        let pols: &[bool] = match opts.polarity {
            Polarity::DarkOnLight => &[false],
            Polarity::LightOnDark => &[true],
            Polarity::Both => &[false, true],
        };
        let p = |half, blur, margin, min_solid, min_score| Pass {
            half,
            blur,
            margin,
            grow: 0,
            min_solid,
            min_score,
        };
        let all = [
            p(false, 0, 0, 0.7, 0.8),
            p(true, 0, 0, 0.6, 0.75),
            p(false, 1, 14, 0.6, 0.75),
            p(false, 2, 8, 0.5, 0.7),
            p(false, 1, 8, 0.5, 0.7),
            p(true, 1, 0, 0.5, 0.7),
        ];
        let passes = if opts.try_harder { &all[..] } else { &all[..1] };
        let mut loaded: Option<(bool, usize)> = None;
        'passes: for &pass in passes {
            let found_before = out.len();
            for &inv in pols {
                if deadline.is_some_and(|d| clock.now_us() >= d) {
                    break 'passes;
                }
                if pass.half && (img.width() < 32 || img.height() < 32) {
                    continue;
                }
                if loaded != Some((pass.half, pass.blur)) {
                    self.bz.load(&img, pass.half);
                    self.bz.box_blur(pass.blur);
                    self.bz
                        .threshold(if pass.half || pass.blur > 0 { 12 } else { 16 });
                    loaded = Some((pass.half, pass.blur));
                }
                self.bz.margin = pass.margin;
                self.bz.binarize(inv, pass.grow);
                self.det.components(&self.bz);
                self.scan(
                    pass,
                    inv,
                    opts,
                    max_symbols,
                    deadline,
                    clock,
                    &mut decode,
                    &mut out,
                    (ox, oy),
                );
                if out.len() >= max_symbols {
                    break 'passes;
                }
                if out.len() > found_before {
                    break; // found in this polarity: skip the other one
                }
            }
            // A find ends the search, except on large frames, which often hold several
            // symbols that need different passes (sizes, contrast).
            if out.len() > found_before && img.width() * img.height() < LARGE_FRAME {
                break;
            }
        }
        // Extra passes when the standard ones found nothing: dot-peen marks (dots.rs), then
        // timing-following sampling for curved symbols (curved.rs).
        if opts.try_harder && out.is_empty() {
            let args = (&img, pols, max_symbols, deadline);
            self.read_dots(
                args.0,
                args.1,
                args.2,
                args.3,
                clock,
                &mut decode,
                &mut out,
                (ox, oy),
            );
            if out.is_empty() {
                self.read_curved(
                    args.0,
                    args.1,
                    args.2,
                    args.3,
                    clock,
                    &mut decode,
                    &mut out,
                    (ox, oy),
                );
            }
        }
        Ok(out)
    }

    #[allow(clippy::too_many_arguments)]
    fn scan<T, F>(
        &mut self,
        pass: Pass,
        inv: bool,
        opts: &ReaderOptions,
        max_symbols: usize,
        deadline: Option<u64>,
        clock: &mut dyn Clock,
        decode: &mut F,
        out: &mut Vec<ReadSymbol<T>>,
        off: (f32, f32),
    ) where
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
            if u64::from(c.area) * 12 < bbox {
                continue; // too sparse for a symbol (a thin frame or line)
            }
            self.cands.push((c.area, i as u32));
        }
        self.cands.sort_unstable_by_key(|c| core::cmp::Reverse(c.0));
        self.cands.truncate(MAX_CANDIDATES);
        let grow = pass.grow as f32;
        for ci in 0..self.cands.len() {
            if out.len() >= max_symbols || deadline.is_some_and(|d| clock.now_us() >= d) {
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
                (comp.min_x + comp.max_x) as f32 * 0.5 * scale + off.0,
                (comp.min_y + comp.max_y) as f32 * 0.5 * scale + off.1,
            );
            if self.found.iter().any(|q| inside(q, centre)) {
                continue;
            }
            let ol = self
                .det
                .outline(&self.bz, id as usize, grow, pass.min_solid);
            let Some(ol) = ol else { continue };
            if let Some(sym) = self.try_outline(&ol, pass, inv, opts, decode) {
                let mut sym = sym;
                for p in &mut sym.corners {
                    *p = Point::new(p.x * scale + off.0, p.y * scale + off.1);
                }
                sym.module_px *= scale;
                self.found.push(sym.corners);
                self.min_found_area = if self.min_found_area == 0 {
                    comp.area
                } else {
                    self.min_found_area.min(comp.area)
                };
                out.push(sym);
            }
        }
    }

    fn try_outline<T, F>(
        &mut self,
        ol: &detect::Outline,
        pass: Pass,
        inv: bool,
        opts: &ReaderOptions,
        decode: &mut F,
    ) -> Option<ReadSymbol<T>>
    where
        F: FnMut(&SampledGrid) -> Option<T>,
    {
        let c = ol.corners;
        let top_len = c[1].dist(c[0]);
        let right_len = c[2].dist(c[1]);
        let even = |v: f32| -> usize { (((v * 0.5) + 0.5) as usize * 2).clamp(8, 144) };
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
        let mut scored: [(f32, f32, usize, usize); 37] = [(0.0, 0.0, 0, 0); 37];
        let mut n = 0;
        if let Some((r, cc)) = opts
            .size_hint
            .filter(|(r, cc)| (8..=144).contains(r) && (8..=144).contains(cc))
        {
            let (s, mag) = sample::perimeter_score(&self.bz, &c, r, cc);
            scored[n] = (s + 1.0, mag, r, cc);
            n += 1;
        }
        'score: for &cc in &cols_c {
            for &r in &rows_c {
                if scored[..n].iter().any(|e| e.2 == r && e.3 == cc) {
                    continue;
                }
                // Shapes ECC200 never has: too elongated, or rectangular with rows > cols.
                if r > cc && r != cc || cc > 8 * r {
                    continue;
                }
                let (s, mag) = sample::perimeter_score(&self.bz, &c, r, cc);
                if n < scored.len() {
                    scored[n] = (s, mag, r, cc);
                    n += 1;
                }
                if s >= 0.97 {
                    break 'score; // a near-perfect finder and timing: no need to look further
                }
            }
        }
        let list = &mut scored[..n];
        list.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
        for &(score, mag, r, cc) in list.iter().take(3) {
            if score.min(1.0) < pass.min_score {
                break;
            }
            let orients: &[bool] = if opts.mirrored {
                &[false, true]
            } else {
                &[false]
            };
            for &mir in orients {
                let (corners, rows, cols) = if mir {
                    ([c[2], c[1], c[0], c[3]], cc, r)
                } else {
                    (c, r, cc)
                };
                if !sample::sample_grid(&self.bz, &corners, rows, cols, mag, mir, &mut self.grid) {
                    continue;
                }
                if let Some(content) = decode(&self.grid) {
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
        None
    }
}

/// The crate decoder as a grid callback: it searches orientations and mirroring itself.
fn decoder_for(opts: &ReaderOptions) -> impl FnMut(&SampledGrid) -> Option<crate::DecodedSymbol> {
    let dopts = crate::decode::DecodeOptions {
        try_mirrored: opts.mirrored,
        max_pattern_error_percent: 15,
        ..crate::decode::DecodeOptions::default()
    };
    move |g: &SampledGrid| {
        if g.mirrored() {
            return None; // the decoder already tried the mirror image of the unmirrored grid
        }
        // Misread guard: the reader hands over many candidate grids, and Reed-Solomon can
        // "correct" junk into a valid-looking codeword set when it uses all its capacity.
        // Accept only decodes that keep some error correction unused (UEC > 0).
        crate::decode::decode_grid_with(g, &dopts)
            .ok()
            .filter(|d| d.corrections.uec() >= MIN_UEC)
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
