//! The no-heap paths never allocate: a counting `#[global_allocator]` fails the test if
//! [`decode_grid_into`] (and the other caller-buffer entry points) touch the heap.
//!
//! Invariants, checked on the zint/dmtxwrite fixtures of `tests/data/codec/` (every size and
//! encodation mode, GS1, ECI, macros, reader programming) and on damaged grids:
//! - zero allocations on the calling thread between arming and disarming the counter;
//! - the bytes and symbology identifier equal the fixture's expected transmission (an
//!   independent encoder's input), and equal what the allocating [`decode_grid`] reports;
//! - buffers that are too short give typed errors with the length needed, not a panic.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use gs1_datamatrix::decode::{
    DECODE_SCRATCH_MAX, DECODED_MAX, DecodeError, DecodeOptions, decode_grid, decode_grid_into,
    decode_scratch_len,
};
use gs1_datamatrix::encode::{Options, encode_into_buffers, modules_len, scratch_len};
use gs1_datamatrix::matrix::{BitMatrix, ModuleGrid};
use gs1_datamatrix::symbol::SymbolSize;

/// Counts allocations made on a thread while it is armed.
struct Counting;

thread_local! {
    static ARMED: Cell<bool> = const { Cell::new(false) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
}

fn note() {
    // `try_with`: the thread-locals may already be gone while a thread shuts down.
    let armed = ARMED.try_with(Cell::get).unwrap_or(false);
    if armed {
        let _ = COUNT.try_with(|c| c.set(c.get() + 1));
    }
}

// SAFETY: forwards every call unchanged to the system allocator; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note();
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note();
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note();
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` with the counter armed and returns its result and the allocations it made.
fn count_allocs<R>(f: impl FnOnce() -> R) -> (R, usize) {
    COUNT.with(|c| c.set(0));
    ARMED.with(|a| a.set(true));
    let r = f();
    ARMED.with(|a| a.set(false));
    (r, COUNT.with(Cell::get))
}

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/codec");

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// (name, grid, expected bytes as hex, symbology identifier) for every fixture.
fn fixtures() -> Vec<(String, BitMatrix, String, String)> {
    let index =
        std::fs::read_to_string(format!("{DIR}/index.tsv")).expect("tests/data/codec/index.tsv");
    let mut out = Vec::new();
    for line in index.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (name, expected, sid) = (f[0], f[2], f[3]);
        let text = std::fs::read_to_string(format!("{DIR}/{name}.txt")).unwrap();
        let grid = BitMatrix::from_text(&text).unwrap();
        out.push((
            name.to_string(),
            grid,
            expected.to_string(),
            sid.to_string(),
        ));
    }
    assert!(out.len() >= 90, "fixtures: {}", out.len());
    out
}

#[test]
fn the_counter_sees_allocations() {
    // The harness must be able to fail: an allocating decode is counted.
    let fx = fixtures();
    let (r, n) = count_allocs(|| decode_grid(&fx[0].1));
    assert!(r.is_ok());
    assert!(
        n > 0,
        "decode_grid allocates (Vec output), the counter must see it"
    );
}

#[test]
fn decode_grid_into_never_allocates_and_matches_the_fixtures() {
    let mut scratch = vec![0u8; DECODE_SCRATCH_MAX];
    let mut out = vec![0u8; DECODED_MAX];
    let opts = DecodeOptions::default();
    for (name, grid, expected, sid) in fixtures() {
        let (r, n) = count_allocs(|| decode_grid_into(&grid, &opts, &mut scratch, &mut out));
        let d = r.unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(n, 0, "{name}: {n} allocations");
        assert_eq!(hex(&out[..d.len]), expected, "{name}");
        assert_eq!(d.symbology_id(), sid, "{name}");
        // Same answer as the allocating decoder.
        let a = decode_grid(&grid).unwrap();
        assert_eq!(
            (a.size, a.corrections, a.block_order, a.data.info()),
            (d.size, d.corrections, d.block_order, d.info),
            "{name}"
        );
    }
}

/// A grid with a rotated, damaged copy of a symbol and low confidence on the damage.
struct Damaged<'a> {
    m: &'a BitMatrix,
    /// Flipped modules (row, col), reported with confidence 0.
    flipped: &'a [(usize, usize)],
}

impl ModuleGrid for Damaged<'_> {
    fn rows(&self) -> usize {
        self.m.cols()
    }
    fn cols(&self) -> usize {
        self.m.rows()
    }
    fn dark(&self, r: usize, c: usize) -> bool {
        // Transposed view of `m` (a mirrored orientation).
        self.m.dark(c, r) ^ self.flipped.contains(&(r, c))
    }
    fn confidence(&self, r: usize, c: usize) -> u8 {
        if self.flipped.contains(&(r, c)) {
            0
        } else {
            255
        }
    }
}

#[test]
fn damaged_and_transposed_grids_decode_without_allocating() {
    let mut scratch = vec![0u8; DECODE_SCRATCH_MAX];
    let mut out = vec![0u8; DECODED_MAX];
    let opts = DecodeOptions::default();
    let mut checked = 0;
    for (name, grid, expected, _) in fixtures() {
        if grid.rows() < 20 {
            continue;
        }
        // Damage a diagonal band of the data area (away from the finder): a few codewords.
        let flipped: Vec<(usize, usize)> = (0..6).map(|k| (6 + k, 6 + k)).collect();
        let g = Damaged {
            m: &grid,
            flipped: &flipped,
        };
        let (r, n) = count_allocs(|| decode_grid_into(&g, &opts, &mut scratch, &mut out));
        let d = r.unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(n, 0, "{name}");
        assert_eq!(hex(&out[..d.len]), expected, "{name}");
        assert!(d.mirrored, "{name}");
        assert!(d.erasures > 0, "{name}: erasures from confidence");
        assert!(d.corrections.corrected() > 0, "{name}");
        let a = decode_grid(&g).unwrap();
        assert_eq!((a.erasures, a.corrections), (d.erasures, d.corrections));
        checked += 1;
    }
    assert!(checked >= 40, "{checked}");
}

#[test]
fn short_buffers_are_typed_errors_with_the_length_needed() {
    let fx = fixtures();
    let (name, grid, expected, _) = fx
        .iter()
        .max_by_key(|f| f.2.len())
        .expect("at least one fixture");
    let need_out = expected.len() / 2;
    let size = decode_grid(grid).unwrap().size;
    let need_scratch = decode_scratch_len(size);
    let opts = DecodeOptions::default();
    let mut scratch = vec![0u8; need_scratch];
    let mut out = vec![0u8; need_out - 1];
    let (r, n) = count_allocs(|| decode_grid_into(grid, &opts, &mut scratch, &mut out));
    assert_eq!(n, 0);
    assert_eq!(
        r.unwrap_err(),
        DecodeError::OutputTooSmall {
            needed: need_out,
            capacity: need_out - 1
        },
        "{name}"
    );
    let mut out = vec![0u8; need_out];
    let mut small = vec![0u8; need_scratch - 1];
    let (r, n) = count_allocs(|| decode_grid_into(grid, &opts, &mut small, &mut out));
    assert_eq!(n, 0);
    assert_eq!(
        r.unwrap_err(),
        DecodeError::ScratchTooSmall {
            needed: need_scratch,
            capacity: need_scratch - 1
        }
    );
    // Exactly enough of both works.
    let d = decode_grid_into(grid, &opts, &mut scratch, &mut out).unwrap();
    assert_eq!(hex(&out[..d.len]), *expected);
}

/// A module bitmap (one byte per module, 1 = dark) as a grid.
struct Bytes<'a> {
    m: &'a [u8],
    rows: usize,
    cols: usize,
}

impl ModuleGrid for Bytes<'_> {
    fn rows(&self) -> usize {
        self.rows
    }
    fn cols(&self) -> usize {
        self.cols
    }
    fn dark(&self, r: usize, c: usize) -> bool {
        r < self.rows && c < self.cols && self.m.get(r * self.cols + c) == Some(&1)
    }
}

#[test]
fn encode_then_decode_round_trip_never_allocates() {
    // GS1 and plain inputs of growing length, up to a 64x64 symbol; every size the encoder
    // picks decodes back to the input (GS1: the GS-separated data without the leading FNC1).
    const MAX: SymbolSize = SymbolSize::Square64;
    let mut enc_scratch = vec![0u8; scratch_len(MAX)];
    let mut modules = vec![0u8; modules_len(MAX)];
    let mut dec_scratch = vec![0u8; DECODE_SCRATCH_MAX];
    let mut out = vec![0u8; DECODED_MAX];
    let mut inputs: Vec<(Vec<u8>, bool)> = Vec::new();
    for n in [1usize, 7, 20, 45, 90, 150, 230] {
        let plain: Vec<u8> = (0..n).map(|i| b"AZaz09 -/\\\x1d\xe9"[i % 12]).collect();
        inputs.push((plain, false));
        let mut gs1 = b"0109506000134352".to_vec();
        gs1.extend(b"21");
        gs1.extend((0..n.min(20)).map(|i| b"ABC123xyz"[i % 9]));
        gs1.push(0x1d);
        gs1.extend(b"10LOT");
        inputs.push((gs1, true));
    }
    let mut sizes = std::collections::BTreeSet::new();
    for (data, gs1) in &inputs {
        let opts = Options::new().gs1(*gs1);
        let dopts = DecodeOptions::default();
        let ((e, d), n) = count_allocs(|| {
            let e = encode_into_buffers(data, &opts, &mut enc_scratch, &mut modules).unwrap();
            let grid = Bytes {
                m: &modules,
                rows: e.rows,
                cols: e.cols,
            };
            let d = decode_grid_into(&grid, &dopts, &mut dec_scratch, &mut out).unwrap();
            (e, d)
        });
        assert_eq!(n, 0, "{} bytes, gs1 {gs1}: {n} allocations", data.len());
        assert_eq!(d.size, e.size);
        assert_eq!(d.is_gs1(), *gs1);
        assert_eq!(&out[..d.len], &data[..], "gs1 {gs1}");
        sizes.insert(e.size);
    }
    assert!(sizes.len() >= 6, "{sizes:?}");
}

/// The C API's no-heap entry points (caller scratch, plain or GS-separated input) do not
/// allocate either.
#[cfg(feature = "capi")]
#[test]
fn c_api_encode_and_decode_never_allocate() {
    use gs1_datamatrix::capi::{
        GS1DM_ENCODE_SCRATCH_MAX, GS1DM_INPUT_GS1_RAW, GS1DM_MODULES_MAX, GS1DM_SHAPE_SQUARE,
        Gs1dmDecoded, Gs1dmStatus, Gs1dmSymbolInfo, gs1dm_decode_modules, gs1dm_encode,
        gs1dm_serial,
    };
    let data = b"0109506000134352172512311 0ABC123\x1d21X1".to_vec();
    let data: Vec<u8> = data.into_iter().filter(|&b| b != b' ').collect();
    let mut scratch = vec![0u8; GS1DM_ENCODE_SCRATCH_MAX];
    let mut modules = vec![0u8; GS1DM_MODULES_MAX];
    let mut out = vec![0u8; DECODED_MAX];
    let mut serial = [0u8; 20];
    let key = [7u8; 32];
    let mut sym = Gs1dmSymbolInfo::default();
    let mut dec = Gs1dmDecoded::default();
    let mut written = 0usize;
    let ((a, b, c), n) = count_allocs(|| {
        // SAFETY: every pointer comes from a live buffer with the length passed alongside.
        unsafe {
            let a = gs1dm_encode(
                data.as_ptr(),
                data.len(),
                GS1DM_INPUT_GS1_RAW,
                GS1DM_SHAPE_SQUARE,
                scratch.as_mut_ptr(),
                scratch.len(),
                modules.as_mut_ptr(),
                modules.len(),
                &mut sym,
            );
            let b = gs1dm_decode_modules(
                modules.as_ptr(),
                sym.rows * sym.cols,
                sym.rows,
                sym.cols,
                out.as_mut_ptr(),
                out.len(),
                &mut dec,
            );
            let c = gs1dm_serial(
                key.as_ptr(),
                c"09506000134352".as_ptr(),
                0,
                12,
                42,
                serial.as_mut_ptr(),
                serial.len(),
                &mut written,
            );
            (a, b, c)
        }
    });
    assert_eq!(
        (a, b, c),
        (Gs1dmStatus::Ok, Gs1dmStatus::Ok, Gs1dmStatus::Ok)
    );
    assert_eq!(n, 0, "{n} allocations");
    assert_eq!(&out[..dec.len], &data[..]);
    assert_eq!(written, 12);
}
