//! Debug helper for the time budget: reads one image with a clock that records the longest
//! gap between two polls (`cargo run --release --example read_gaps -- FILE BUDGET_US`).

use gs1_datamatrix::read::{ImageView, Reader, ReaderOptions};

fn main() {
    let mut a = std::env::args().skip(1);
    let path = a.next().expect("FILE");
    let budget: u64 = a.next().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let img = image::open(path).expect("image").to_luma8();
    let view = ImageView::from(&img);
    let t0 = std::time::Instant::now();
    let mut last = 0u64;
    let mut polls = 0usize;
    let mut gaps: Vec<(u64, usize)> = Vec::new();
    let mut clock = || {
        let now = t0.elapsed().as_micros() as u64;
        if now - last > 2000 && std::env::var_os("GAP_TRACE").is_some() {
            eprintln!(
                "gap {} us before poll {polls}:\n{}",
                now - last,
                std::backtrace::Backtrace::force_capture()
            );
        }
        gaps.push((now - last, polls));
        last = now;
        polls += 1;
        now
    };
    let opts = ReaderOptions {
        time_budget_us: Some(budget),
        ..ReaderOptions::default()
    };
    let f = Reader::new()
        .read_timed(&view, &opts, &mut clock)
        .expect("read");
    println!(
        "found {}, exhausted {}, elapsed {} us, polls {}",
        f.len(),
        f.budget_exhausted,
        f.elapsed_us,
        gaps.len()
    );
    gaps.sort_unstable_by(|a, b| b.cmp(a));
    println!(
        "largest gaps (us, poll index): {:?}",
        &gaps[..gaps.len().min(8)]
    );
}
