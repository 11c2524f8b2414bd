//! Serials: our keyed-permutation generator (AES-256 rounds, the default, and ChaCha8 rounds)
//! beside the naive way (random draw + `HashSet` de-duplication), at 10^6 and 10^7 serials.
//!
//! `cargo bench --bench serials` prints, per size, a line `oneshot: ...` (one run of each way:
//! thread CPU time and wall clock, serials/s, and the peak heap bytes each needed), then the
//! criterion groups `serials_1000000` and `serials_10000000` (throughput in elements/s =
//! serials/s). Criterion measures **thread CPU time** here (`/proc/thread-self/schedstat`,
//! nanoseconds), not wall time: the machines we measure on are shared, and "serials per second
//! per core" is a CPU-time figure. On other systems it falls back to wall time.
//!
//! Measured (2-core AMD EPYC VM with AES-NI, shared with ~7 other jobs, load average ~16;
//! default x86-64 build, no `target-cpu`; one `cargo bench --bench serials` run, CPU time):
//!
//! | n | aes256 (criterion median) | chacha8 | naive random + HashSet | aes256 / naive |
//! |---|---|---|---|---|
//! | 10^6 | 43.9 ms, 22.8 M/s | 160.1 ms, 6.2 M/s | 1.02 s, 0.98 M/s | 23x |
//! | 10^7 | 449 ms, 22.3 M/s | 1.66 s, 6.0 M/s | one-shot 12.8 s, 0.78 M/s | 29x |
//!
//! Peak heap: ours 213 KB at either size (the chunk buffer), naive 90 MB at 10^6 and 717 MB at
//! 10^7 (3,366x). The naive way's criterion samples at 10^7 take ten runs of 13-50 s of CPU
//! each on that machine; that group was stopped there, and its figure is the one-shot line of
//! the same run.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashSet;
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use gs1_datamatrix::serial::{Alphabet, Generator, Gtin, MasterKey, Prf, SerialFormat};
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

/// CPU time of the calling thread in nanoseconds (Linux `schedstat`), if available.
fn thread_cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// Criterion measurement: thread CPU time (falls back to wall time without `schedstat`).
struct CpuTime;
static WALL: WallTime = WallTime;

impl Measurement for CpuTime {
    type Intermediate = (Option<u64>, Instant);
    type Value = Duration;
    fn start(&self) -> Self::Intermediate {
        (thread_cpu_ns(), Instant::now())
    }
    fn end(&self, (cpu, wall): Self::Intermediate) -> Duration {
        match (cpu, thread_cpu_ns()) {
            (Some(a), Some(b)) => Duration::from_nanos(b.saturating_sub(a)),
            _ => wall.elapsed(),
        }
    }
    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, d: &Duration) -> f64 {
        d.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        WALL.formatter()
    }
}

const LENGTH: usize = 12;
/// Serials per output chunk: the buffer a writer would flush (constant memory).
const CHUNK: u64 = 1 << 14;

fn generator(prf: Prf) -> Generator {
    let key = MasterKey::from_bytes([0x42; 32]);
    let format = SerialFormat::new(Alphabet::alnum(), LENGTH).expect("valid format");
    Generator::with_prf(
        &key,
        Some(&Gtin::parse("09506000134352").expect("valid GTIN")),
        format,
        prf,
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

/// Runs `f` once: (thread CPU seconds, wall seconds, peak heap bytes).
fn once(f: impl FnOnce()) -> (f64, f64, usize) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let t = Instant::now();
    let start = CpuTime.start();
    f();
    let wall = t.elapsed().as_secs_f64();
    let cpu = CpuTime.end(start).as_secs_f64();
    (cpu, wall, PEAK.load(Ordering::Relaxed) - base)
}

/// `GS1DM_BENCH_QUICK=1` (the CI bench gate): no one-shot runs, and 10^5 serials per criterion
/// iteration instead of 10^6 and 10^7.
fn quick() -> bool {
    std::env::var_os("GS1DM_BENCH_QUICK").is_some()
}

fn bench(c: &mut Criterion<CpuTime>) {
    let aes = generator(Prf::Aes256);
    let chacha = generator(Prf::ChaCha8);
    let (oneshot, sizes): (&[u64], &[u64]) = if quick() {
        (&[], &[100_000])
    } else {
        (&[1_000_000, 10_000_000], &[1_000_000, 10_000_000])
    };
    for &n in oneshot {
        let mut buf = Vec::new();
        let (a_cpu, a_wall, a_peak) = once(|| {
            black_box(ours(&aes, n, &mut buf));
        });
        let mut buf = Vec::new();
        let (c_cpu, c_wall, c_peak) = once(|| {
            black_box(ours(&chacha, n, &mut buf));
        });
        let (n_cpu, n_wall, n_peak) = once(|| {
            black_box(naive(n as usize));
        });
        let m = |s: f64| n as f64 / s / 1e6;
        println!(
            "oneshot: n={n} CPU-time M serials/s (wall): aes256 {:.2} ({:.2}) peak heap {a_peak} B; \
             chacha8 {:.2} ({:.2}) peak heap {c_peak} B; naive {:.2} ({:.2}) peak heap {n_peak} B; \
             aes256/naive {:.1}x, aes256/chacha8 {:.2}x, memory naive/aes256 {:.0}x",
            m(a_cpu),
            m(a_wall),
            m(c_cpu),
            m(c_wall),
            m(n_cpu),
            m(n_wall),
            n_cpu / a_cpu,
            c_cpu / a_cpu,
            n_peak as f64 / a_peak.max(1) as f64,
        );
    }
    for &n in sizes {
        let mut group = c.benchmark_group(format!("serials_{n}"));
        // Flat sampling, 10 samples: the naive way needs seconds per run at 10^7.
        group.sample_size(10);
        group.sampling_mode(SamplingMode::Flat);
        group.warm_up_time(Duration::from_millis(500));
        group.measurement_time(Duration::from_secs(5));
        group.throughput(Throughput::Elements(n));
        let mut buf = Vec::with_capacity((CHUNK as usize) * (LENGTH + 1));
        group.bench_function(BenchmarkId::new("ours_feistel_aes256", n), |b| {
            b.iter(|| black_box(ours(&aes, n, &mut buf)))
        });
        group.bench_function(BenchmarkId::new("ours_feistel_chacha8", n), |b| {
            b.iter(|| black_box(ours(&chacha, n, &mut buf)))
        });
        group.bench_function(BenchmarkId::new("naive_random_hashset", n), |b| {
            b.iter(|| black_box(naive(n as usize)))
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(CpuTime);
    targets = bench
}
criterion_main!(benches);
