//! The packaging line, end to end: next serial -> element string (01)(17)(10)(21) -> GS1
//! validation -> DataMatrix encode -> 1-bit print bitmap at 600 dpi, X = 0.3 mm -> a simulated
//! camera frame (downscaled to 254 dpi, rotated up to +-5 degrees, shifted, blurred, noisy;
//! seeded, so every run sees the same frames) -> image reader with a per-frame time budget ->
//! every field compared -> counted.
//!
//! ```sh
//! cargo run --release --example line -- --units 10000              # one core
//! cargo run --release --example line -- --units 100000 --threads all
//! cargo run --release --example line -- --units 1000 --epcis line.jsonld
//! ```
//! Prints the median, p99 and mean time of every stage and ends with `units/min: X`, the
//! units per minute of our stages on one core (the camera simulation is excluded: on a line
//! the camera makes the frame). With `--threads`, `units/min` is for all those threads together.
//! Exit status 1 when a unit was misread, or when more than `--max-no-read PCT` percent of the good
//! prints were not read (default 100: a no-read is a rejected pack, which the line handles; CI
//! sets a limit). Defective prints (`--defect-every N`) must be rejected.

use std::process::ExitCode;
use std::time::Instant;

use gs1_datamatrix::encode::Encoder;
use gs1_datamatrix::epc::{Epc, GcpLength};
use gs1_datamatrix::epcis::{Document, EventTime, line_events};
use gs1_datamatrix::gs1::{ElementString, Options, lint::check_digit};
use gs1_datamatrix::read::{Clock, ImageView, Polarity, Reader, ReaderOptions};
use gs1_datamatrix::render::{self, Layout};
use gs1_datamatrix::serial::{Alphabet, Generator, Gtin, MasterKey, SerialFormat};
use gs1_datamatrix::sim::{Camera, CameraParams, PrintBitmap};
use rand_chacha::rand_core::SeedableRng;

const GTIN: &str = "09506000134352";
const EXPIRY: &str = "281231";
const LOT: &str = "L2611A";
/// The demo company prefix of GTIN, for the EPCIS SGTINs, the case SSCC and the site SGLN.
const GCP_LEN: usize = 7;
const SITE: &str = "urn:epc:id:sgln:9506000.00000.0";
const STAGES: [&str; 7] = [
    "serial", "element", "encode", "print", "camera*", "read", "compare",
];
const CAMERA: usize = 4;

#[derive(Clone)]
struct Config {
    units: u64,
    threads: usize,
    budget_us: u64,
    start: u64,
    serial_len: usize,
    dpi: u32,
    x_um: u32,
    camera: CameraParams,
    defect_every: u64,
    epcis: Option<String>,
    seed: u64,
    dump: Option<String>,
    one_pass: bool,
    cpu_clock: bool,
    max_no_read_pct: f64,
    frames: Option<String>,
}

fn usage() -> ! {
    eprintln!(
        "usage: line [--units N] [--threads N|all] [--budget-ms MS] [--start INDEX] \
         [--serial-length L] [--dpi D] [--x-um UM] [--frame WxH] [--camera-dpi D] \
         [--rotation DEG] [--blur PASSES] [--noise LEVELS] [--defect-every N] [--seed S] \
         [--epcis FILE] [--dump DIR] [--one-pass] [--cpu-clock] [--max-no-read PCT] [--frames DIR]"
    );
    std::process::exit(2)
}

fn parse_args() -> Config {
    let mut c = Config {
        units: 1000,
        threads: 1,
        budget_us: 20_000,
        start: 0,
        serial_len: 12,
        dpi: 600,
        x_um: 300,
        camera: CameraParams::default(),
        defect_every: 0,
        epcis: None,
        seed: 1,
        dump: None,
        one_pass: false,
        cpu_clock: false,
        max_no_read_pct: 100.0,
        frames: None,
    };
    let mut camera_dpi = 254.0f32;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        if flag == "--one-pass" {
            c.one_pass = true;
            continue;
        }
        if flag == "--cpu-clock" {
            c.cpu_clock = true;
            continue;
        }
        let Some(v) = args.next() else { usage() };
        let num = |v: &str| v.parse::<f64>().unwrap_or_else(|_| usage());
        match flag.as_str() {
            "--units" => c.units = num(&v) as u64,
            "--threads" => {
                c.threads = if v == "all" {
                    std::thread::available_parallelism().map_or(1, |n| n.get())
                } else {
                    (num(&v) as usize).max(1)
                }
            }
            "--budget-ms" => c.budget_us = (num(&v) * 1000.0).round() as u64,
            "--start" => c.start = num(&v) as u64,
            "--serial-length" => c.serial_len = num(&v) as usize,
            "--dpi" => c.dpi = num(&v) as u32,
            "--x-um" => c.x_um = num(&v) as u32,
            "--frame" => {
                let (w, h) = v.split_once('x').unwrap_or_else(|| usage());
                c.camera.width = num(w) as usize;
                c.camera.height = num(h) as usize;
            }
            "--camera-dpi" => camera_dpi = num(&v) as f32,
            "--rotation" => c.camera.max_rotation_deg = num(&v) as f32,
            "--blur" => c.camera.blur_passes = num(&v) as u8,
            "--noise" => c.camera.noise = num(&v) as u8,
            "--defect-every" => c.defect_every = num(&v) as u64,
            "--seed" => c.seed = num(&v) as u64,
            "--epcis" => c.epcis = Some(v),
            "--dump" => c.dump = Some(v),
            "--max-no-read" => c.max_no_read_pct = num(&v),
            "--frames" => c.frames = Some(v),
            _ => usage(),
        }
    }
    c.camera.dots_per_px = c.dpi as f32 / camera_dpi;
    c
}

/// The reader's clock: wall-clock microseconds since the frame started, recording the longest
/// interval between two reads (how late the reader can notice a spent budget).
/// With `--cpu-clock` it counts the thread's CPU time instead (Linux), so scheduler preemption
/// by other processes neither spends the budget nor shows as overshoot.
struct GapClock {
    start: Instant,
    cpu0: Option<u64>,
    last: u64,
    max_gap: u64,
}

/// The calling thread's CPU time in microseconds (`CLOCK_THREAD_CPUTIME_ID`), Linux only.
#[cfg(target_os = "linux")]
fn thread_cpu_us() -> Option<u64> {
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
    (rc == 0).then(|| ts.sec as u64 * 1_000_000 + ts.nsec as u64 / 1000)
}

#[cfg(not(target_os = "linux"))]
fn thread_cpu_us() -> Option<u64> {
    None
}

impl GapClock {
    fn new(cpu: bool) -> Self {
        GapClock {
            start: Instant::now(),
            cpu0: if cpu { thread_cpu_us() } else { None },
            last: 0,
            max_gap: 0,
        }
    }

    fn finish(&mut self) -> u64 {
        let _ = self.now_us();
        self.max_gap
    }
}

impl Clock for GapClock {
    fn now_us(&mut self) -> u64 {
        let now = match (self.cpu0, thread_cpu_us()) {
            (Some(c0), Some(c)) => c.saturating_sub(c0),
            _ => self.start.elapsed().as_micros() as u64,
        };
        let now = now.max(self.last);
        self.max_gap = self.max_gap.max(now - self.last);
        self.last = now;
        now
    }
}

/// What happened to one unit.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Verdict {
    /// Read back and every field equal.
    Ok,
    /// Read back with a different value in this field (a misread: must never happen).
    Mismatch(&'static str),
    /// Nothing read.
    NoRead,
}

#[derive(Default)]
struct Stats {
    /// Nanoseconds per stage per unit.
    times: [Vec<u64>; 7],
    ok: u64,
    mismatch: Vec<(u64, &'static str)>,
    no_read: u64,
    /// Units printed with a defect, and how many of them the line rejected.
    defects: u64,
    defects_rejected: u64,
    /// Frames whose read reached the budget: (elapsed us, something returned?).
    over_budget: Vec<(u64, bool)>,
    /// Verified units as (index, element string), for EPCIS.
    packs: Vec<(u64, ElementString)>,
    /// Sum of our stages (camera excluded), ns.
    ours_ns: u64,
    /// Wall-clock time of the thread, ns.
    wall_ns: u64,
    /// Per frame: the longest time between two clock reads of the reader (or the last read and
    /// the return), us; a budget can be overshot by at most this.
    gaps: Vec<u64>,
    /// Read times (ns) of the good prints that were not read.
    missed_ns: Vec<u64>,
    /// Thread CPU time of our stages and of the camera simulation, ns (0 when unknown).
    ours_cpu_ns: u64,
    camera_cpu_ns: u64,
}

/// Units per batch: the produce, camera and verify phases each run over a batch, so the
/// thread's CPU time can be read at phase boundaries (camera excluded) without a clock read
/// per unit costing anything.
const BATCH: usize = 64;

/// One unit in flight.
#[derive(Default)]
struct Slot {
    index: u64,
    es: ElementString,
    rows: usize,
    cols: usize,
    bitmap: Vec<u8>,
    pw: usize,
    ph: usize,
    defect: bool,
    frame: Vec<u8>,
    fw: usize,
    fh: usize,
    t: [u64; 7],
}

/// CPU time of the calling thread in nanoseconds (Linux: `/proc/thread-self/stat` utime + stime,
/// in clock ticks of 10 ms, so only sums over many phases are meaningful); `None` elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest = &s[s.rfind(')')? + 1..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(ticks * 10_000_000)
}

fn run_thread(cfg: &Config, thread: usize) -> Stats {
    let key = MasterKey::from_bytes([0x5a; 32]);
    let format = SerialFormat::new(Alphabet::alnum(), cfg.serial_len).expect("serial format");
    let gtin = Gtin::parse(GTIN).expect("GTIN");
    let generator = Generator::new(&key, Some(&gtin), format);
    let opts = Options::default();
    let mut enc = Encoder::new();
    let print = Layout::for_print(cfg.dpi, cfg.x_um).expect("print geometry");
    let layout = Layout::with_module_dots(print.module_dots);
    let mut camera = Camera::new(cfg.camera);
    let mut reader = Reader::new();
    let ropts = ReaderOptions {
        polarity: Polarity::DarkOnLight,
        mirrored: false,
        max_symbols: 1,
        time_budget_us: Some(cfg.budget_us),
        try_harder: !cfg.one_pass,
        ..ReaderOptions::default()
    };
    let mut serial = vec![0u8; cfg.serial_len];
    let mut text = String::with_capacity(64);
    let mut slots: Vec<Slot> = (0..BATCH).map(|_| Slot::default()).collect();
    let mut st = Stats::default();
    let t_wall = Instant::now();
    let mut next = cfg.start + thread as u64;
    let end = cfg.start + cfg.units;
    let mut cpu_ok = true;
    while next < end {
        let cpu0 = thread_cpu_ns();
        // Produce: serial -> element string -> validate -> encode -> print.
        let mut used = 0;
        for slot in slots.iter_mut() {
            if next >= end {
                break;
            }
            let index = next;
            next += cfg.threads as u64;
            used += 1;
            slot.index = index;
            let t = &mut slot.t;
            let mut lap = Instant::now();
            let mut stage = |t: &mut [u64; 7], i: usize| {
                let now = Instant::now();
                t[i] = (now - lap).as_nanos() as u64;
                lap = now;
            };
            let n = generator
                .write_serial(u128::from(index), &mut serial)
                .expect("serial space");
            stage(t, 0);
            text.clear();
            text.push_str("(01)");
            text.push_str(GTIN);
            text.push_str("(17)");
            text.push_str(EXPIRY);
            text.push_str("(10)");
            text.push_str(LOT);
            text.push_str("(21)");
            text.push_str(std::str::from_utf8(&serial[..n]).expect("ASCII serial"));
            slot.es
                .parse_bracketed_into(&text, &opts)
                .expect("valid element string");
            stage(t, 1);
            let symbol = enc.encode_element_string(&slot.es).expect("encodable");
            stage(t, 2);
            slot.bitmap.clear();
            let bitmap = &mut slot.bitmap;
            render::rows::rows(symbol.matrix(), &layout, |row| {
                bitmap.extend_from_slice(row)
            })
            .expect("print size");
            (slot.pw, slot.ph) = layout.dims(symbol.matrix());
            (slot.rows, slot.cols) = (symbol.rows(), symbol.cols());
            stage(t, 3);
        }
        let cpu1 = thread_cpu_ns();
        // Camera (simulated; on a line this is the camera's work, not ours).
        for slot in slots.iter_mut().take(used) {
            let t0 = Instant::now();
            slot.defect =
                cfg.defect_every > 0 && slot.index % cfg.defect_every == cfg.defect_every - 1;
            if slot.defect {
                smear(&mut slot.bitmap, slot.pw, slot.ph);
            }
            let pb = PrintBitmap::new(&slot.bitmap, slot.pw, slot.ph).expect("bitmap");
            let seed = cfg.seed.wrapping_mul(0x1000_0000_01b3) ^ slot.index;
            let shot = camera.shoot(&pb, seed);
            (slot.fw, slot.fh) = (shot.width, shot.height);
            slot.frame.clear();
            slot.frame.extend_from_slice(shot.frame);
            slot.t[CAMERA] = t0.elapsed().as_nanos() as u64;
            if let Some(dir) = &cfg.frames {
                save_frame(dir, slot);
            }
        }
        let cpu2 = thread_cpu_ns();
        // Verify: read with the per-frame budget, compare every field, count.
        for slot in slots.iter_mut().take(used) {
            let r0 = Instant::now();
            let view = ImageView::packed(&slot.frame, slot.fw, slot.fh).expect("frame");
            let mut clock = GapClock::new(cfg.cpu_clock);
            let found = reader.read_timed(&view, &ropts, &mut clock).expect("read");
            let r1 = Instant::now();
            st.gaps.push(clock.finish());
            let verdict = match found.first() {
                None => Verdict::NoRead,
                Some(s) => compare(&slot.es, s, slot.rows, slot.cols),
            };
            let r2 = Instant::now();
            slot.t[5] = (r1 - r0).as_nanos() as u64;
            slot.t[6] = (r2 - r1).as_nanos() as u64;
            // Budget figures in the reader's clock (thread CPU time with --cpu-clock).
            let read_us = if cfg.cpu_clock {
                clock.last
            } else {
                slot.t[5] / 1000
            };
            let (index, defect) = (slot.index, slot.defect);
            if let (Some(dir), Verdict::NoRead | Verdict::Mismatch(_)) = (&cfg.dump, verdict) {
                // Frames the reader missed, as binary PGM (first 50 per thread), for the reader's owners.
                if st.no_read + (st.mismatch.len() as u64) < 50 && !defect {
                    let mut pgm = format!("P5\n{} {}\n255\n", slot.fw, slot.fh).into_bytes();
                    pgm.extend_from_slice(&slot.frame);
                    let _ = std::fs::write(format!("{dir}/unit{index}.pgm"), pgm);
                }
            }
            // The reader says whether the budget ran out; the elapsed time is our own clock's.
            if found.budget_exhausted || read_us >= cfg.budget_us {
                st.over_budget.push((read_us, !found.is_empty()));
            }
            if defect {
                st.defects += 1;
                st.defects_rejected += u64::from(verdict != Verdict::Ok);
            } else {
                match verdict {
                    Verdict::Ok => st.ok += 1,
                    Verdict::Mismatch(f) => st.mismatch.push((index, f)),
                    Verdict::NoRead => {
                        st.no_read += 1;
                        st.missed_ns.push(slot.t[5]);
                    }
                }
            }
            if verdict == Verdict::Ok && !defect && cfg.epcis.is_some() {
                st.packs.push((index, slot.es.clone()));
            }
            for (v, &x) in st.times.iter_mut().zip(&slot.t) {
                v.push(x);
            }
            st.ours_ns += slot
                .t
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != CAMERA)
                .map(|(_, x)| x)
                .sum::<u64>();
        }
        let cpu3 = thread_cpu_ns();
        match (cpu0, cpu1, cpu2, cpu3) {
            (Some(a), Some(b), Some(c), Some(d)) => {
                st.ours_cpu_ns += (b - a) + (d - c);
                st.camera_cpu_ns += c - b;
            }
            _ => cpu_ok = false,
        }
    }
    if !cpu_ok {
        st.ours_cpu_ns = 0;
    }
    st.wall_ns = t_wall.elapsed().as_nanos() as u64;
    st
}

/// `--frames DIR`: every frame as `DIR/synthetic/unitN.png` with a manifest, in the corpus
/// layout `examples/read_times.rs` and `benches/compare/zxing_cpp_read.py` read (`DIR/real` is
/// left empty), so other readers can be timed on the loop's own frames.
fn save_frame(dir: &str, slot: &Slot) {
    let syn = format!("{dir}/synthetic");
    let manifest = format!("{syn}/manifest.tsv");
    if !std::path::Path::new(&manifest).exists() {
        let _ = std::fs::create_dir_all(format!("{dir}/real"));
        let _ = std::fs::create_dir_all(&syn);
        let _ = std::fs::write(format!("{dir}/real/manifest.tsv"), "file\ttext\n");
        let _ = std::fs::write(&manifest, "file\ttext\n");
    }
    let name = format!("unit{}.png", slot.index);
    let img = image::GrayImage::from_raw(slot.fw as u32, slot.fh as u32, slot.frame.clone());
    if let Some(img) = img
        && img.save(format!("{syn}/{name}")).is_ok()
    {
        use std::io::Write as _;
        let text = String::from_utf8_lossy(&slot.es.to_gs_separated()).replace('\x1d', "<GS>");
        if let Ok(mut f) = std::fs::OpenOptions::new().append(true).open(&manifest) {
            let _ = writeln!(f, "{name}\t{text}");
        }
    }
}

/// A print defect: a solid ink blot over the middle third of the symbol (head fault, smudge),
/// beyond what error correction can repair. The line must reject such a pack.
fn smear(bitmap: &mut [u8], w: usize, h: usize) {
    let stride = w.div_ceil(8);
    for y in h / 4..h * 3 / 4 {
        for x in w / 4..w * 3 / 4 {
            bitmap[y * stride + x / 8] |= 0x80 >> (x % 8);
        }
    }
}

fn compare(
    want: &ElementString,
    got: &gs1_datamatrix::read::ReadSymbol<gs1_datamatrix::DecodedSymbol>,
    rows: usize,
    cols: usize,
) -> Verdict {
    if (got.rows, got.cols) != (rows, cols) {
        return Verdict::Mismatch("size");
    }
    let Some(Ok(es)) = &got.content.gs1 else {
        return Verdict::Mismatch("gs1");
    };
    for ai in ["01", "17", "10", "21"] {
        if es.get(ai) != want.get(ai) {
            return Verdict::Mismatch(ai);
        }
    }
    if es.data_str() != want.data_str() {
        return Verdict::Mismatch("data");
    }
    Verdict::Ok
}

fn pct(sorted: &[u64], p: f64) -> u64 {
    if sorted.is_empty() {
        return 0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn us(ns: u64) -> f64 {
    ns as f64 / 1000.0
}

fn main() -> ExitCode {
    let cfg = parse_args();
    let print = Layout::for_print(cfg.dpi, cfg.x_um).expect("print geometry");
    let cam = Camera::new(cfg.camera);
    let cp = cam.params();
    println!(
        "line: {} units from index {}, {} thread(s); (01){GTIN}(17){EXPIRY}(10){LOT}(21) + {}-char alnum serial",
        cfg.units, cfg.start, cfg.threads, cfg.serial_len
    );
    println!(
        "print {} dpi, X = {:.3} mm ({} dots/module); camera {}x{} px at {:.0} dpi ({:.2} px/module), \
         rotation +-{} deg, shift +-{} px, blur {} pass(es), noise +-{}; read budget {:.3} ms/frame",
        cfg.dpi,
        f64::from(print.x_um) / 1000.0,
        print.module_dots,
        cp.width,
        cp.height,
        cfg.dpi as f32 / cp.dots_per_px,
        print.module_dots as f32 / cp.dots_per_px,
        cp.max_rotation_deg,
        cp.max_shift_px,
        cp.blur_passes,
        cp.noise,
        cfg.budget_us as f64 / 1000.0
    );
    let t0 = Instant::now();
    let parts: Vec<Stats> = if cfg.threads <= 1 {
        vec![run_thread(&cfg, 0)]
    } else {
        std::thread::scope(|s| {
            let hs: Vec<_> = (0..cfg.threads)
                .map(|t| {
                    let cfg = &cfg;
                    s.spawn(move || run_thread(cfg, t))
                })
                .collect();
            hs.into_iter().map(|h| h.join().expect("thread")).collect()
        })
    };
    let wall = t0.elapsed();
    let mut all = Stats::default();
    let mut max_ours = 0u64;
    let mut cpu_known = true;
    for p in parts {
        for (a, b) in all.times.iter_mut().zip(p.times) {
            a.extend(b);
        }
        all.ok += p.ok;
        all.mismatch.extend(p.mismatch);
        all.no_read += p.no_read;
        all.defects += p.defects;
        all.defects_rejected += p.defects_rejected;
        all.over_budget.extend(p.over_budget);
        all.gaps.extend(p.gaps);
        all.missed_ns.extend(p.missed_ns);
        all.packs.extend(p.packs);
        all.ours_ns += p.ours_ns;
        all.wall_ns = all.wall_ns.max(p.wall_ns);
        max_ours = max_ours.max(p.ours_ns);
        cpu_known &= p.ours_cpu_ns > 0;
        all.ours_cpu_ns += p.ours_cpu_ns;
        all.camera_cpu_ns += p.camera_cpu_ns;
    }
    let units = all.times[0].len() as u64;
    println!();
    println!("stage        median us    p99 us   mean us  share");
    let total_ours: u64 = all.ours_ns.max(1);
    let mut per_unit: Vec<u64> = vec![0; units as usize];
    for (i, (name, v)) in STAGES.iter().zip(all.times.iter_mut()).enumerate() {
        if i != CAMERA {
            for (acc, x) in per_unit.iter_mut().zip(v.iter()) {
                *acc += x;
            }
        }
        let sum: u64 = v.iter().sum();
        v.sort_unstable();
        let share = if i == CAMERA {
            "  (excluded)".to_string()
        } else {
            format!("{:6.1}%", 100.0 * sum as f64 / total_ours as f64)
        };
        println!(
            "{name:<10} {:>11.2} {:>9.2} {:>9.2}  {share}",
            us(pct(v, 0.5)),
            us(pct(v, 0.99)),
            us(sum / units.max(1))
        );
    }
    per_unit.sort_unstable();
    println!(
        "{:<10} {:>11.2} {:>9.2} {:>9.2}  (our stages: all but camera*)",
        "unit",
        us(pct(&per_unit, 0.5)),
        us(pct(&per_unit, 0.99)),
        us(total_ours / units.max(1))
    );
    println!();
    let good = units - all.defects;
    println!(
        "verified: {}/{} ok, {} misread, {} not read",
        all.ok,
        good,
        all.mismatch.len(),
        all.no_read
    );
    if !all.missed_ns.is_empty() {
        all.missed_ns.sort_unstable();
        println!(
            "  read time of the frames not read: median {:.2} us, p99 {:.2} us ({:.1}% of all read time)",
            us(pct(&all.missed_ns, 0.5)),
            us(pct(&all.missed_ns, 0.99)),
            100.0 * all.missed_ns.iter().sum::<u64>() as f64
                / all.times[5].iter().sum::<u64>().max(1) as f64
        );
    }
    for (i, f) in all.mismatch.iter().take(10) {
        println!("  MISREAD unit {i}: field {f}");
    }
    if all.defects > 0 {
        println!(
            "defective prints: {} of {} rejected",
            all.defects_rejected, all.defects
        );
    }
    budget_report(&cfg, &all, &mut all.times[5].clone());
    if let Some(path) = &cfg.epcis {
        let t = Instant::now();
        match write_epcis(path, &mut all.packs) {
            Ok(n) => println!(
                "epcis: {n} events for {} packs -> {path} ({:.1} ms)",
                all.packs.len(),
                t.elapsed().as_secs_f64() * 1e3
            ),
            Err(e) => {
                eprintln!("epcis: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let lap_rate = units as f64 * 60e9 / total_ours as f64;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "wall clock {:.2} s for {units} units incl. camera simulation on {} thread(s): {:.0} units/min \
         (machine load average {})",
        wall.as_secs_f64(),
        cfg.threads,
        units as f64 * 60.0 / wall.as_secs_f64(),
        load_average()
    );
    println!(
        "our stages, sum of wall-clock stage times: {:.3} s = {lap_rate:.0} units/min per thread",
        total_ours as f64 / 1e9
    );
    let one_core = if cpu_known {
        let r = units as f64 * 60e9 / all.ours_cpu_ns as f64;
        println!(
            "our stages, thread CPU time: {:.2} s (camera simulation {:.2} s apart) = {r:.0} units/min per core",
            all.ours_cpu_ns as f64 / 1e9,
            all.camera_cpu_ns as f64 / 1e9
        );
        r
    } else {
        lap_rate
    };
    let per_min = if cfg.threads <= 1 {
        println!("units/min below: one core, our stages (camera simulation excluded)");
        one_core
    } else {
        let used = cfg.threads.min(cores);
        let by_wall = units as f64 * 60e9 / max_ours.max(1) as f64;
        println!(
            "{} threads on {cores} cores: busiest thread's wall-clock stage time gives {by_wall:.0} units/min",
            cfg.threads
        );
        println!(
            "units/min below: {used} core(s) x per-core rate measured while all {} threads ran",
            cfg.threads
        );
        one_core * used as f64
    };
    println!("units/min: {per_min:.0}");
    let no_read_pct = 100.0 * all.no_read as f64 / good.max(1) as f64;
    let failed = !all.mismatch.is_empty() || no_read_pct > cfg.max_no_read_pct;
    if failed {
        eprintln!(
            "FAILED: {} misread, {no_read_pct:.1}% not read (allowed {}%)",
            all.mismatch.len(),
            cfg.max_no_read_pct
        );
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "unknown".into())
}

fn budget_report(cfg: &Config, all: &Stats, read_ns: &mut [u64]) {
    read_ns.sort_unstable();
    let budget = cfg.budget_us;
    let n = read_ns.len();
    let max_us = us(read_ns.last().copied().unwrap_or(0));
    let over = &all.over_budget;
    println!(
        "budget {:.3} ms: {} of {n} frames reached it ({} returned a symbol, {} returned nothing); \
         slowest read {:.3} ms = {:.1}% of budget",
        budget as f64 / 1000.0,
        over.len(),
        over.iter().filter(|o| o.1).count(),
        over.iter().filter(|o| !o.1).count(),
        max_us / 1000.0,
        100.0 * max_us / budget.max(1) as f64
    );
    let mut gaps = all.gaps.clone();
    gaps.sort_unstable();
    println!(
        "reader clock checks: longest interval per frame median {} us, p90 {} us, p99 {} us, max {} us \
         (a budget is kept within 10% when it is at least 10x this interval; intervals include any \
         preemption by other processes)",
        pct(&gaps, 0.5),
        pct(&gaps, 0.9),
        pct(&gaps, 0.99),
        gaps.last().copied().unwrap_or(0)
    );
    if !over.is_empty() {
        let mut ov: Vec<u64> = over.iter().map(|o| o.0.saturating_sub(budget)).collect();
        ov.sort_unstable();
        let worst = *ov.last().unwrap_or(&0);
        let within = ov.iter().filter(|&&o| o * 10 <= budget).count();
        println!(
            "budget accuracy: overshoot median {} us, p99 {} us, max {} us ({:.1}% of budget); \
             {within}/{} timed-out frames within 10%",
            pct(&ov, 0.5),
            pct(&ov, 0.99),
            worst,
            100.0 * worst as f64 / budget.max(1) as f64,
            ov.len()
        );
    }
}

/// Writes the EPCIS 2.0 document (JSON-LD): commissioning of the verified packs (one event per
/// lot/expiry), commissioning of one case (SSCC) and the packing aggregation of all packs into it.
fn write_epcis(path: &str, packs: &mut [(u64, ElementString)]) -> Result<usize, String> {
    packs.sort_by_key(|p| p.0);
    let list: Vec<ElementString> = packs.iter().map(|p| p.1.clone()).collect();
    let gcp = GcpLength::new(GCP_LEN).map_err(|e| e.to_string())?;
    // SSCC: extension 0, the company prefix, serial reference 1, check digit.
    let body = format!("0{}{:0>9}", &GTIN[1..1 + GCP_LEN], 1);
    let sscc = format!("{body}{}", char::from(check_digit(body.as_bytes())));
    let case = Epc::from_ais(&[("00", &sscc)], gcp).map_err(|e| e.to_string())?;
    let site = Epc::from_urn(SITE).map_err(|e| e.to_string())?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let time = EventTime::from_unix_utc(now.as_secs(), now.subsec_millis());
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(now.as_secs());
    let events = line_events(&list, Some(&case), &site, &time, &gcp, Some(&mut rng))
        .map_err(|e| e.to_string())?;
    let n = events.len();
    let doc = Document::new(time, events);
    std::fs::write(path, doc.to_json()).map_err(|e| format!("{path}: {e}"))?;
    Ok(n)
}
