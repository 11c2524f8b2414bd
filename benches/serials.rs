//! Serials: our keyed-permutation generator beside the naive way (random draw + `HashSet`
//! de-duplication), at 10^6 and 10^7 serials, with peak heap memory of each.
//!
//! `cargo bench --bench serials` prints criterion times (throughput in elements/s = serials/s)
//! and, once per size, a line `memory: ...` with the peak heap bytes each way needed.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashSet;
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use gs1_datamatrix::serial::{Alphabet, Generator, Gtin, MasterKey, SerialFormat};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

/// Counts live and peak heap bytes (to report memory beside time).
struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator unchanged; only counts sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let now = LIVE.fetch_add(l.size(), Ordering::Relaxed) + l.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        // SAFETY: same layout contract as the caller's.
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        // SAFETY: `p` came from `alloc` with this layout.
        unsafe { System.dealloc(p, l) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const LENGTH: usize = 12;
/// Serials per output chunk: the buffer a writer would flush (constant memory).
const CHUNK: u64 = 1 << 14;

fn generator() -> Generator {
    let key = MasterKey::from_bytes([0x42; 32]);
    let format = SerialFormat::new(Alphabet::alnum(), LENGTH).expect("valid format");
    Generator::new(
        &key,
        Some(&Gtin::parse("09506000134352").expect("valid GTIN")),
        format,
    )
}

/// Ours: `n` serials in chunks into one reused buffer; returns a checksum so nothing is elided.
fn ours(g: &Generator, n: u64, buf: &mut Vec<u8>) -> u64 {
    let mut sum = 0u64;
    let mut i = 0u64;
    while i < n {
        let c = CHUNK.min(n - i);
        buf.clear();
        g.write_lines(u128::from(i), 1, c, buf).expect("in space");
        sum = sum.wrapping_add(u64::from(buf[buf.len() / 2]));
        i += c;
    }
    sum
}

/// Naive: draw a random value in the space, render it, keep it if the set has not seen it.
fn naive(n: usize) -> usize {
    let alphabet = Alphabet::alnum();
    let chars = alphabet.as_bytes();
    let radix = chars.len() as u64;
    let space = radix.pow(LENGTH as u32);
    let mut rng = ChaCha8Rng::from_seed([0x42; 32]);
    let mut seen: HashSet<String> = HashSet::new();
    while seen.len() < n {
        let mut v = rng.next_u64() % space;
        let mut s = [0u8; LENGTH];
        for c in s.iter_mut().rev() {
            *c = chars[(v % radix) as usize];
            v /= radix;
        }
        seen.insert(String::from_utf8_lossy(&s).into_owned());
    }
    seen.len()
}

fn peak_of(f: impl FnOnce()) -> usize {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    f();
    PEAK.load(Ordering::Relaxed) - base
}

fn bench(c: &mut Criterion) {
    let g = generator();
    for &n in &[1_000_000u64, 10_000_000] {
        let ours_peak = peak_of(|| {
            let mut buf = Vec::new();
            black_box(ours(&g, n, &mut buf));
        });
        let naive_peak = peak_of(|| {
            black_box(naive(n as usize));
        });
        println!("memory: n={n} ours peak heap {ours_peak} B, naive peak heap {naive_peak} B");
        let mut group = c.benchmark_group(format!("serials_{n}"));
        group.sample_size(10);
        group.throughput(Throughput::Elements(n));
        let mut buf = Vec::with_capacity((CHUNK as usize) * (LENGTH + 1));
        group.bench_function(BenchmarkId::new("ours_feistel_chacha8", n), |b| {
            b.iter(|| black_box(ours(&g, n, &mut buf)))
        });
        group.bench_function(BenchmarkId::new("naive_random_hashset", n), |b| {
            b.iter(|| black_box(naive(n as usize)))
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
