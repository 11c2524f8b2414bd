//! The reader's per-frame time budget (issue 7 point 2): a frame stops within the budget plus
//! 10% (with a floor of 1 ms of tolerance: the clock's granularity and the longest step the
//! reader cannot interrupt), and the [`Frame`] says the budget ran out. A frame that finishes in
//! time says it did not.
//!
//! The budget is measured by the clock handed to the reader. On Linux these tests hand it the
//! thread's CPU-time clock, so that the machine's other load (our CI box runs many builds on two
//! cores, and a preempted thread loses several milliseconds of wall time) does not count: they
//! check the reader's own stopping granularity. Elsewhere they use the wall clock.
#![cfg(all(feature = "image", feature = "std"))]

use std::time::Instant;

use gs1_datamatrix::DecodedSymbol;
use gs1_datamatrix::read::{Clock, Frame, ImageView, Reader, ReaderOptions};

/// The calling thread's CPU time (Linux `CLOCK_THREAD_CPUTIME_ID`), wall time elsewhere.
struct TestClock(#[cfg_attr(target_os = "linux", allow(dead_code))] Instant);

#[cfg(target_os = "linux")]
fn thread_cpu_us() -> u64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clk: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; the call only writes into it.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime failed");
    ts.sec as u64 * 1_000_000 + ts.nsec as u64 / 1000
}

impl Clock for TestClock {
    fn now_us(&mut self) -> u64 {
        #[cfg(target_os = "linux")]
        return thread_cpu_us();
        #[cfg(not(target_os = "linux"))]
        return self.0.elapsed().as_micros() as u64;
    }
}

fn test_clock() -> TestClock {
    TestClock(Instant::now())
}

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");

/// Tolerance above the budget: 10%, at least 1 ms.
fn tolerance_us(budget_us: u64) -> u64 {
    (budget_us / 10).max(1000)
}

/// The fastest of three timed reads (cache and page-fault noise; a systematic overrun shows
/// in all three).
fn best_of_3(
    reader: &mut Reader,
    view: &ImageView<'_>,
    opts: &ReaderOptions,
) -> (Frame<DecodedSymbol>, u64) {
    let mut best: Option<(Frame<DecodedSymbol>, u64)> = None;
    for _ in 0..3 {
        let mut clock = test_clock();
        let t = clock.now_us();
        let frame = reader.read_timed(view, opts, &mut clock).expect("read");
        let took = clock.now_us() - t;
        if best.as_ref().is_none_or(|b| took < b.1) {
            best = Some((frame, took));
        }
    }
    best.expect("three runs")
}

/// A large frame of textured noise (many dark regions, no symbol): the hardest case for the
/// time budget, since no pass ends early on a find.
fn noise_frame(w: usize, h: usize) -> Vec<u8> {
    let mut s: u32 = 0x1234_5678;
    let mut v = Vec::with_capacity(w * h);
    for y in 0..h {
        for x in 0..w {
            s ^= s << 13;
            s ^= s >> 17;
            s ^= s << 5;
            let blob = ((x / 6 + y / 5) % 3 == 0) as u32 * 90;
            v.push(((s >> 24) % 120 + 60 + blob).min(255) as u8);
        }
    }
    v
}

#[test]
fn tiny_budget_on_a_large_hard_frame_is_respected_and_reported() {
    let (w, h) = (1600, 1200);
    let data = noise_frame(w, h);
    let view = ImageView::new(&data, w, h, w).expect("view");
    let mut reader = Reader::new();
    // Unlimited: how long the frame takes without a budget (must be well above the budgets).
    let mut clock = test_clock();
    let t = clock.now_us();
    let free = reader.read(&view, &ReaderOptions::default()).expect("read");
    let unlimited_us = clock.now_us() - t;
    assert!(free.is_empty(), "noise read as a symbol");
    for budget_us in [2_000u64, 5_000, 10_000] {
        if unlimited_us < 2 * budget_us {
            continue; // this machine is fast enough that the budget is not binding
        }
        let opts = ReaderOptions {
            time_budget_us: Some(budget_us),
            ..ReaderOptions::default()
        };
        let (frame, took) = best_of_3(&mut reader, &view, &opts);
        assert!(
            frame.budget_exhausted,
            "budget {budget_us} us: flag not set (took {took} us, unlimited {unlimited_us} us)"
        );
        assert!(
            took <= budget_us + tolerance_us(budget_us),
            "budget {budget_us} us overrun: {took} us (unlimited {unlimited_us} us)"
        );
        assert!(frame.elapsed_us <= took + 50, "frame clock disagrees");
    }
    assert!(
        unlimited_us >= 4_000,
        "the hard frame took only {unlimited_us} us: no budget was binding, test proves nothing"
    );
}

#[test]
fn budget_on_corpus_frames_within_ten_percent() {
    // Every large synthetic frame under a budget of a third of its unlimited time.
    let manifest = std::fs::read_to_string(format!("{CORPUS}/synthetic/manifest.tsv"))
        .expect("../shared/corpus is missing");
    let mut reader = Reader::new();
    let mut checked = 0;
    for line in manifest.lines().skip(1).filter(|l| !l.is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        if !matches!(f[4], "large-frame" | "noise" | "multi") {
            continue;
        }
        let img = image::open(format!("{CORPUS}/synthetic/{}", f[0]))
            .expect("image")
            .to_luma8();
        let view = ImageView::from(&img);
        let mut clock = test_clock();
        let t = clock.now_us();
        reader.read(&view, &ReaderOptions::default()).expect("read");
        let unlimited_us = clock.now_us() - t;
        let budget_us = unlimited_us / 3;
        if budget_us < 1_000 {
            continue;
        }
        let opts = ReaderOptions {
            time_budget_us: Some(budget_us),
            ..ReaderOptions::default()
        };
        let (frame, took) = best_of_3(&mut reader, &view, &opts);
        assert!(
            took <= budget_us + tolerance_us(budget_us),
            "{}: budget {budget_us} us, took {took} us",
            f[0]
        );
        // Either the budget ran out, or the frame finished early (a find ended it).
        assert!(
            frame.budget_exhausted || frame.elapsed_us < budget_us,
            "{}: not exhausted but took {} us",
            f[0],
            frame.elapsed_us
        );
        checked += 1;
    }
    println!("frames checked under a budget: {checked}");
}

#[test]
fn generous_budget_reads_and_reports_no_exhaustion() {
    let manifest = std::fs::read_to_string(format!("{CORPUS}/synthetic/manifest.tsv"))
        .expect("../shared/corpus is missing");
    let line = manifest
        .lines()
        .find(|l| l.starts_with("clean-00"))
        .expect("clean-00 in manifest");
    let img = image::open(format!(
        "{CORPUS}/synthetic/{}",
        line.split('\t').next().unwrap()
    ))
    .expect("image")
    .to_luma8();
    let view = ImageView::from(&img);
    let opts = ReaderOptions {
        time_budget_us: Some(5_000_000),
        ..ReaderOptions::default()
    };
    let frame = Reader::new()
        .read_timed(&view, &opts, &mut test_clock())
        .expect("read");
    assert_eq!(frame.len(), 1);
    assert!(!frame.budget_exhausted);
}
