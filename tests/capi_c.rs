//! The C API from C: builds the `gs1dm-capi` crate (`cargo build -p gs1dm-capi`, as the README
//! says: `libgs1dm.a` and `libgs1dm.so`), compiles `examples/c/gs1dm_demo.c` with the system C
//! compiler against `include/gs1dm.h` and each library, runs it, and checks every line it prints
//! against the Rust API.
//!
//! Invariants: both libraries export every `gs1dm_*` symbol; GS1 check, encode -> module
//! bitmap -> decode, encode -> printer rows -> greyscale with stride -> image reader, and serials
//! give through C exactly what the Rust functions give; error paths return their status codes.
use std::path::{Path, PathBuf};

#[path = "support/capi.rs"]
mod support;
use std::process::Command;
use support::ENTRY_POINTS;

use gs1_datamatrix::encode::Encoder;
use gs1_datamatrix::gs1::{ElementString, Options};
use gs1_datamatrix::render::Layout;
use gs1_datamatrix::serial::{Alphabet, Generator, Gtin, MasterKey, SerialFormat};

const DIR: &str = env!("CARGO_MANIFEST_DIR");
const ES: &str = "(01)09506000134352(17)251231(10)ABC123(21)X1";

/// `target/<profile>` of this test binary (`target/<profile>/deps/capi_c-*`).
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    exe.parent()
        .and_then(Path::parent)
        .expect("target/<profile>/deps")
        .to_path_buf()
}

/// Builds `libgs1dm.a` and `libgs1dm.so` (the `gs1dm-capi` crate) in this test's target
/// directory and profile; returns the profile directory that holds them.
fn build_libraries() -> PathBuf {
    let profile = profile_dir();
    let target_dir = profile.parent().expect("target dir");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(DIR)
        .args(["build", "-p", "gs1dm-capi", "--target-dir"])
        .arg(target_dir);
    if !cfg!(debug_assertions) {
        cmd.arg("--release");
    }
    let st = cmd.status().expect("run cargo build -p gs1dm-capi");
    assert!(st.success(), "cargo build -p gs1dm-capi failed");
    for lib in ["libgs1dm.a", "libgs1dm.so"] {
        assert!(profile.join(lib).exists(), "{lib} missing");
    }
    profile
}

/// Asserts that `lib` defines every entry point as an exported function (binutils `nm`; `-D`
/// reads a shared library's dynamic symbol table, what a C program links against).
fn assert_exports(lib: &Path, dynamic: bool) {
    let mut cmd = Command::new("nm");
    cmd.args(["-g", "--defined-only"]);
    if dynamic {
        cmd.arg("-D");
    }
    let nm = cmd.arg(lib).output().expect("binutils `nm` runs");
    assert!(nm.status.success(), "nm {}", lib.display());
    let syms = String::from_utf8_lossy(&nm.stdout);
    for f in ENTRY_POINTS {
        assert!(
            syms.lines().any(|l| l.ends_with(&format!(" T {f}"))),
            "{f} not exported from {}",
            lib.display()
        );
    }
}

/// Compiles the demo against one library (`static`: `libgs1dm.a`; otherwise `-lgs1dm`, the
/// shared one), runs it and returns what it printed.
fn run_demo(profile: &Path, static_lib: bool) -> String {
    let exe = profile.join(if static_lib {
        "gs1dm_demo_static"
    } else {
        "gs1dm_demo_shared"
    });
    let mut cc = Command::new("cc");
    cc.current_dir(DIR)
        .args(["-std=c99", "-Wall", "-Wextra", "-Werror", "-Iinclude"])
        .arg("examples/c/gs1dm_demo.c");
    if static_lib {
        cc.arg(profile.join("libgs1dm.a"))
            .args(["-lpthread", "-ldl", "-lm"]);
    } else {
        cc.arg("-L").arg(profile).arg("-lgs1dm");
    }
    let st = cc
        .arg("-o")
        .arg(&exe)
        .status()
        .expect("the system C compiler `cc` runs");
    assert!(st.success(), "cc failed (static: {static_lib})");
    let out = Command::new(&exe)
        .env("LD_LIBRARY_PATH", profile)
        .output()
        .expect("run gs1dm_demo");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "demo failed (static: {static_lib}):\n{text}\n{stderr}"
    );
    text
}

fn gs_caret(b: &[u8]) -> String {
    b.iter()
        .map(|&c| if c == 0x1D { '^' } else { char::from(c) })
        .collect()
}

#[test]
fn c_program_checks_encodes_and_reads_back() {
    let profile = build_libraries();
    assert_exports(&profile.join("libgs1dm.a"), false);
    assert_exports(&profile.join("libgs1dm.so"), true);
    let static_text = run_demo(&profile, true);
    check_demo_output(&static_text);
    let shared_text = run_demo(&profile, false);
    assert_eq!(
        shared_text, static_text,
        "the shared library prints what the static one does"
    );
}

/// Every line of the demo's output against the Rust API.
fn check_demo_output(text: &str) {
    let line = |prefix: &str| -> String {
        text.lines()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no `{prefix}` line in:\n{text}"))
            .to_string()
    };

    // Expected values from the Rust API.
    let opts = Options::default();
    let es = ElementString::parse_bracketed(ES, &opts).unwrap();
    let gs = gs_caret(&es.to_gs_separated());
    assert_eq!(
        line("check "),
        format!("check ok=1 ai_data=1 {}", es.to_bracketed())
    );
    let err = ElementString::parse_bracketed("(01)09506000134353", &opts).unwrap_err();
    let (pos, len) = err.value_span().unwrap();
    assert_eq!(
        line("check-bad "),
        format!("check-bad ok=0 ai=01 span=1:{pos}+{len} {err}")
    );
    let sym = Encoder::new().encode_element_string(&es).unwrap();
    assert_eq!(
        line("encode "),
        format!("encode {}x{}", sym.rows(), sym.cols())
    );
    assert_eq!(
        line("decode "),
        format!("decode ]d2 gs1=1 corrected=0 data {gs}")
    );
    assert_eq!(line("damaged "), format!("damaged corrected>0=1 data {gs}"));
    assert_eq!(
        line("short-buffer "),
        format!("short-buffer needed={}", es.to_gs_separated().len())
    );
    let p = Layout::for_print(300, 254).unwrap();
    let w = (sym.cols() + 4) * p.module_dots as usize;
    let h = (sym.rows() + 4) * p.module_dots as usize;
    assert_eq!(
        line("rows "),
        format!(
            "rows {w}x{h} dots, {} bytes/row, {} dots/module, x={} um",
            w.div_ceil(8),
            p.module_dots,
            p.x_um
        )
    );
    assert_eq!(
        line("read "),
        format!("read ]d2 {}x{} data {gs}", sym.rows(), sym.cols())
    );
    let key = MasterKey::from_bytes(std::array::from_fn(|i| i as u8));
    let gtin = Gtin::parse("09506000134352").unwrap();
    let g = Generator::new(
        &key,
        Some(&gtin),
        SerialFormat::new(Alphabet::alnum(), 12).unwrap(),
    );
    for i in 0..3u64 {
        let s = g.serial(u128::from(i)).unwrap();
        assert_eq!(
            line(&format!("serial {i} ")),
            format!("serial {i} {}", s.as_str())
        );
    }
    assert_eq!(line("message "), "message too many errors to correct");
    assert_eq!(line("failures "), "failures 0");
}
