//! The no-heap encoder (`encode_into_buffers`): it never touches the allocator, and it produces
//! exactly the symbol of the allocating `Encoder` (size, codewords, modules) on the shared corpus
//! and on raw, binary and option-laden inputs.
//!
//! The global allocator of this test binary counts allocations made by a thread while that
//! thread is "armed"; each encode runs armed and must leave the count at zero.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use gs1_datamatrix::encode::{
    EncodeError, Encoder, Macro, Modes, Options, ShapePolicy, StructuredAppend, SymbolSize,
    encode_into_buffers, modules_len, scratch_len,
};
use gs1_datamatrix::matrix::ModuleGrid;

struct Counting;

thread_local! {
    /// Whether this thread's allocations are being counted (tests run on parallel threads).
    static ARMED: Cell<bool> = const { Cell::new(false) };
    /// Allocator calls this thread made while armed.
    static ARMED_ALLOCS: Cell<usize> = const { Cell::new(0) };
}

fn note() {
    if ARMED.with(Cell::get) {
        ARMED_ALLOCS.with(|n| n.set(n.get() + 1));
    }
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note();
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note();
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note();
        unsafe { System.realloc(ptr, layout, new_size) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        note();
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` armed and returns its result and the number of allocator calls it made.
fn armed<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = ARMED_ALLOCS.with(Cell::get);
    ARMED.with(|a| a.set(true));
    let r = f();
    ARMED.with(|a| a.set(false));
    (r, ARMED_ALLOCS.with(Cell::get) - before)
}

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/encode/corpus.tsv"
);

fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

/// Encodes `data` both ways and asserts the same symbol; returns the no-heap allocation count.
fn same_as_encoder(data: &[u8], opts: Options, scratch: &mut [u8], modules: &mut [u8]) -> usize {
    let (got, allocs) = armed(|| encode_into_buffers(data, &opts, scratch, modules));
    let want = Encoder::with_options(opts).encode(data);
    match (got, want) {
        (Ok(info), Ok(sym)) => {
            assert_eq!(info.size, sym.size(), "{data:?}");
            assert_eq!((info.rows, info.cols), (sym.rows(), sym.cols()));
            let cw = &scratch[info.codewords_at..info.codewords_at + info.total_codewords];
            assert_eq!(cw, sym.codewords(), "{data:?}");
            for r in 0..info.rows {
                for c in 0..info.cols {
                    assert_eq!(
                        modules[r * info.cols + c] == 1,
                        sym.dark(r, c),
                        "module ({r},{c}) of {data:?}"
                    );
                }
            }
        }
        (Err(a), Err(b)) => assert_eq!(a, b, "{data:?}"),
        (a, b) => panic!("no-heap {a:?} vs encoder {b:?} for {data:?}"),
    }
    allocs
}

#[test]
fn corpus_without_allocation_and_identical() {
    let text =
        std::fs::read_to_string(CORPUS).unwrap_or_else(|e| panic!("{CORPUS} is required: {e}"));
    const MAX: SymbolSize = SymbolSize::Square144;
    let mut scratch = vec![0u8; scratch_len(MAX)];
    let mut modules = vec![0u8; modules_len(MAX)];
    let mut n = 0;
    let mut allocs = 0;
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let data = hex(f[3]);
        for shape in [
            ShapePolicy::Square,
            ShapePolicy::Rectangular,
            ShapePolicy::WithDmre,
        ] {
            let opts = Options::new().gs1(true).shape(shape);
            allocs += same_as_encoder(&data, opts, &mut scratch, &mut modules);
            n += 1;
        }
    }
    assert!(n >= 6000, "corpus has {n} cases");
    assert_eq!(allocs, 0, "allocator called {allocs} times");
}

#[test]
fn raw_binary_and_options_without_allocation() {
    let mut scratch = vec![0u8; scratch_len(SymbolSize::Square144)];
    let mut modules = vec![0u8; modules_len(SymbolSize::Square144)];
    let bin: Vec<u8> = (0..700u32).map(|i| (i * 37 % 256) as u8).collect();
    let text = b"Hello, World! hello world 0123456789 ABC>DEF*GHI\rJKL EDIFACT.:;/".repeat(8);
    let digits: Vec<u8> = (0..3000u32).map(|i| b'0' + (i % 10) as u8).collect();
    let mut framed = b"[)>\x1e05\x1dDATA123\x1e\x04".to_vec();
    let cases: Vec<(Vec<u8>, Options)> = vec![
        (b"".to_vec(), Options::new()),
        (b"123456".to_vec(), Options::new()),
        (bin.clone(), Options::new()),
        (
            bin[..40].to_vec(),
            Options::new().shape(ShapePolicy::WithDmre),
        ),
        (text.clone(), Options::new()),
        (text.clone(), Options::new().modes(Modes::ASCII_ONLY)),
        (digits.clone(), Options::new()),
        (digits[..100].to_vec(), Options::new().eci(Some(26))),
        (
            framed.clone(),
            Options::new().macro_header(Some(Macro::Format05)),
        ),
        (
            b"ABC".to_vec(),
            Options::new().structured_append(Some(StructuredAppend {
                position: 2,
                count: 3,
                file_id: [7, 9],
            })),
        ),
        (b"ABC".to_vec(), Options::new().reader_programming(true)),
        (
            b"0109506000134352\x1d10ABC".to_vec(),
            Options::new().gs1(true).literal_gs(true),
        ),
        (
            b"ABCDEFGHIJ".to_vec(),
            Options::new().size(SymbolSize::from_dimensions(8, 18)),
        ),
        // errors: too long for the size, too long for any size, conflicting options
        (
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZ".to_vec(),
            Options::new().size(SymbolSize::from_dimensions(10, 10)),
        ),
        (vec![b'a'; 3000], Options::new()),
        (
            b"X".to_vec(),
            Options::new().gs1(true).reader_programming(true),
        ),
        (
            framed.split_off(3),
            Options::new().macro_header(Some(Macro::Format06)),
        ),
    ];
    for (data, opts) in &cases {
        let allocs = same_as_encoder(data, *opts, &mut scratch, &mut modules);
        assert_eq!(allocs, 0, "allocator called for {opts:?}");
    }
}

#[test]
fn buffer_sizes_are_enough_and_checked() {
    // Every input that fits a size fits its const-sized buffers; static arrays work.
    const MAX: SymbolSize = SymbolSize::Square26;
    let mut scratch = [0u8; scratch_len(MAX)];
    let mut modules = [0u8; modules_len(MAX)];
    let opts = Options::new().shape(ShapePolicy::WithDmre);
    // 88 digits: exactly 44 data codewords, the capacity of 26x26.
    let digits = [b'7'; 88];
    let (r, allocs) = armed(|| encode_into_buffers(&digits, &opts, &mut scratch, &mut modules));
    assert_eq!(allocs, 0);
    let info = r.expect("fits 26x26 buffers");
    assert!(info.size.data_codewords() <= MAX.data_codewords());
    // Longer data: the error names the buffer and the exact need.
    let more = [b'7'; 200];
    match encode_into_buffers(&more, &opts, &mut scratch, &mut modules) {
        Err(EncodeError::BufferTooSmall {
            buffer,
            needed,
            got,
        }) => {
            assert_eq!(buffer, "scratch");
            assert_eq!(got, scratch.len());
            assert!(needed > got);
        }
        other => panic!("{other:?}"),
    }
    let mut tiny_modules = [0u8; 50];
    match encode_into_buffers(b"12", &opts, &mut scratch, &mut tiny_modules) {
        Err(EncodeError::BufferTooSmall {
            buffer: "modules",
            needed: 100,
            got: 50,
        }) => {}
        other => panic!("{other:?}"),
    }
    // Too long for any size: the exact `needed` even though the scratch cannot hold the tables.
    let huge = vec![b'a'; 3100];
    let e = encode_into_buffers(&huge, &opts, &mut scratch, &mut modules).unwrap_err();
    let want = Encoder::with_options(opts).encode(&huge).unwrap_err();
    assert_eq!(e, want);
}

#[test]
fn the_counter_sees_allocations() {
    // Guards the other tests: an armed allocation is counted.
    let (v, allocs) = armed(|| std::hint::black_box(Vec::<u8>::with_capacity(64)));
    drop(v);
    assert!(allocs >= 1);
}

#[test]
fn documented_scratch_figures() {
    assert_eq!(scratch_len(SymbolSize::Square26), 2_388);
    assert_eq!(scratch_len(SymbolSize::Square52), 10_924);
    assert_eq!(scratch_len(SymbolSize::Square144), 83_222);
}
