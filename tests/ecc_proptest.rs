//! Random error and erasure injection against the Reed-Solomon corrector, every symbol size.
//!
//! Invariants (checked on whole symbols, interleaved, both 144x144 block orders):
//! 1. Up to capacity: with `e` errors and `s` erasures in a block and `2e + s <= n`, `correct`
//!    restores the exact codewords and reports exactly `e` errors and `s` erasures per block.
//! 2. Just beyond capacity (`floor(n/2) + 1` errors in one block, no erasures): the result is
//!    an error, or a miscorrection that the report makes visible: that block's unused error
//!    correction is 0 (the corrector had to spend all of it).
//!
//! Runs 100,000 cases per property by default (`PROPTEST_CASES` overrides); run it in release
//! (`cargo test --release --test ecc_proptest`) for speed.

use gs1_datamatrix::ecc::{
    self, Block144Order,
    encode::{data_position, ecc_position},
};
use gs1_datamatrix::symbol::SymbolSize;
use proptest::prelude::*;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// Totals over the run, printed after the last case: cases, errors, erasures, miscorrections.
static CASES: AtomicU64 = AtomicU64::new(0);
static ERRORS: AtomicU64 = AtomicU64::new(0);
static ERASURES: AtomicU64 = AtomicU64::new(0);
static BEYOND: AtomicU64 = AtomicU64::new(0);
static BEYOND_REJECTED: AtomicU64 = AtomicU64::new(0);

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}

/// Sizes weighted towards the small ones a pharma line prints, but every size appears.
fn pick_size(rng: &mut Rng) -> SymbolSize {
    let all = SymbolSize::all();
    if rng.below(4) == 0 {
        all[rng.below(all.len())]
    } else {
        all[rng.below(12)]
    }
}

fn block_positions(size: SymbolSize, order: Block144Order, b: usize) -> Vec<usize> {
    let nd = size.data_codewords_in_block(b);
    (0..nd)
        .map(|i| data_position(size, b, i))
        .chain((0..size.ecc_per_block()).map(|k| ecc_position(size, order, b, k)))
        .collect()
}

fn random_symbol(rng: &mut Rng, size: SymbolSize, order: Block144Order) -> Vec<u8> {
    let mut cw = vec![0u8; size.total_codewords()];
    for v in cw.iter_mut().take(size.data_codewords()) {
        *v = rng.next() as u8;
    }
    ecc::encode(size, order, &mut cw).unwrap();
    cw
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn corrects_everything_up_to_capacity(seed in any::<u64>()) {
        let mut rng = Rng(seed | 1);
        let size = pick_size(&mut rng);
        let order = if rng.below(2) == 0 { Block144Order::Iso } else { Block144Order::Continuous };
        let good = random_symbol(&mut rng, size, order);
        let mut bad = good.clone();
        let n = size.ecc_per_block();
        let mut erasures = Vec::new();
        let mut expect = Vec::new();
        for b in 0..size.interleaved_blocks() {
            let mut pos = block_positions(size, order, b);
            // shuffle
            for i in (1..pos.len()).rev() {
                pos.swap(i, rng.below(i + 1));
            }
            let s = rng.below(n + 1);
            let e = rng.below((n - s) / 2 + 1);
            for &p in &pos[..s] {
                // an erasure may or may not actually be wrong
                if rng.below(3) != 0 {
                    bad[p] ^= (rng.next() as u8) | 1;
                }
                erasures.push(p);
            }
            for &p in &pos[s..s + e] {
                bad[p] ^= (rng.next() as u8) | 1;
            }
            expect.push((e, s));
        }
        let report = ecc::correct(size, order, &mut bad, &erasures)
            .map_err(|err| TestCaseError::fail(format!("{size} {order:?}: {err}")))?;
        prop_assert_eq!(&bad, &good, "{} {:?}", size, order);
        for (b, (r, &(e, s))) in report.blocks().iter().zip(&expect).enumerate() {
            prop_assert_eq!((r.errors, r.erasures), (e, s), "{} block {}", size, b);
            ERRORS.fetch_add(e as u64, Relaxed);
            ERASURES.fetch_add(s as u64, Relaxed);
        }
        if CASES.fetch_add(1, Relaxed) + 1 == u64::from(cases()) {
            eprintln!(
                "up to capacity: {} symbols, {} errors and {} erasures corrected",
                cases(),
                ERRORS.load(Relaxed),
                ERASURES.load(Relaxed)
            );
        }
    }

    #[test]
    fn beyond_capacity_is_an_error_or_visible(seed in any::<u64>()) {
        let mut rng = Rng(seed | 1);
        let size = pick_size(&mut rng);
        let order = Block144Order::Iso;
        let good = random_symbol(&mut rng, size, order);
        let mut bad = good.clone();
        let n = size.ecc_per_block();
        let b = rng.below(size.interleaved_blocks());
        let mut pos = block_positions(size, order, b);
        for i in (1..pos.len()).rev() {
            pos.swap(i, rng.below(i + 1));
        }
        for &p in &pos[..n / 2 + 1] {
            bad[p] ^= (rng.next() as u8) | 1;
        }
        let n_beyond = BEYOND.fetch_add(1, Relaxed) + 1;
        match ecc::correct(size, order, &mut bad, &[]) {
            Err(_) => {
                BEYOND_REJECTED.fetch_add(1, Relaxed);
            }
            Ok(report) => {
                prop_assert_ne!(&bad, &good);
                prop_assert_eq!(report.blocks()[b].uec(), 0.0, "{} miscorrection must use all ECC", size);
            }
        }
        if n_beyond == u64::from(cases()) {
            let rejected = BEYOND_REJECTED.load(Relaxed);
            eprintln!(
                "beyond capacity: {n_beyond} symbols, {rejected} rejected, {} miscorrected (all with UEC 0)",
                n_beyond - rejected
            );
        }
    }
}
