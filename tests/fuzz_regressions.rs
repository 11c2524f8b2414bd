//! Replays saved fuzz inputs through the same harnesses the cargo-fuzz targets run
//! (`fuzz/harness/`): every crash a fuzzer found (`fuzz/regressions/<target>/`) and the seed
//! corpus (`fuzz/seeds/<target>/`, built from `../shared` by `fuzz/make_seeds.py`). A harness
//! panics on a broken invariant, so a regression shows up here as a failing test named after its
//! target, with the file that broke it.

#[allow(dead_code)]
#[path = "../fuzz/harness/mod.rs"]
mod harness;

use std::path::{Path, PathBuf};

/// A harness entry point.
type Run = fn(&[u8]);

const TARGETS: [(&str, Run); 14] = [
    ("decode_codewords", harness::decode_codewords::run),
    ("decode_grid", harness::decode_grid::run),
    ("decode_grid_into", harness::decode_grid_into::run),
    ("ecc_correct", harness::ecc_correct::run),
    ("encode", harness::encode::run),
    ("epc_urn", harness::epc_urn::run),
    ("epcis_parse", harness::epcis_parse::run),
    ("gs1_bracketed", harness::gs1_bracketed::run),
    ("gs1_dl_uri", harness::gs1_dl_uri::run),
    ("gs1_normalize", harness::gs1_normalize::run),
    ("gs1_raw", harness::gs1_raw::run),
    ("read_image", harness::read_image::run),
    ("serial_config", harness::serial_config::run),
    ("serial_state", harness::serial_state::run),
];

fn fuzz_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(kind)
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<PathBuf> = rd.map(|e| e.expect("readable dir entry").path()).collect();
    v.sort();
    v
}

/// Runs every saved input of `target`; returns how many ran.
fn replay(target: &str) -> usize {
    let run = TARGETS
        .iter()
        .find(|(n, _)| *n == target)
        .expect("known target")
        .1;
    let mut n = 0;
    for kind in ["regressions", "seeds"] {
        for f in files(&fuzz_dir(kind).join(target)) {
            let data = std::fs::read(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            if std::panic::catch_unwind(|| run(&data)).is_err() {
                panic!(
                    "{target}: {} breaks the harness (replay: cargo fuzz run {target} {})",
                    f.display(),
                    f.display()
                );
            }
            n += 1;
        }
    }
    n
}

/// Every folder under `fuzz/regressions` and `fuzz/seeds` belongs to a target here, and every
/// target has seeds, so a renamed target cannot silently stop being replayed.
#[test]
fn folders_match_targets() {
    for kind in ["regressions", "seeds"] {
        for d in files(&fuzz_dir(kind)) {
            let name = d.file_name().and_then(|n| n.to_str()).unwrap_or("");
            assert!(
                TARGETS.iter().any(|(t, _)| *t == name),
                "fuzz/{kind}/{name} has no harness"
            );
        }
    }
    for (t, _) in TARGETS {
        assert!(
            !files(&fuzz_dir("seeds").join(t)).is_empty(),
            "no seeds for {t}"
        );
    }
}

macro_rules! replay_tests {
    ($($name:ident),*) => {$(
        #[test]
        fn $name() {
            assert!(replay(stringify!($name)) > 0, "nothing to replay");
        }
    )*};
}

replay_tests!(
    decode_codewords,
    decode_grid,
    decode_grid_into,
    ecc_correct,
    encode,
    epc_urn,
    epcis_parse,
    gs1_bracketed,
    gs1_dl_uri,
    gs1_normalize,
    gs1_raw,
    read_image,
    serial_config,
    serial_state
);
