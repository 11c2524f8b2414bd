//! `include/gs1dm.h` matches the C API in `src/capi/`: cbindgen regenerates the header from the
//! source and the test fails when the committed file differs. `GS1DM_BLESS=1 cargo test
//! --features capi --test capi_header` rewrites it after an intended API change.

#[path = "support/capi.rs"]
mod support;

#[test]
fn committed_header_matches_the_code() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let config = cbindgen::Config::from_file(format!("{dir}/cbindgen.toml"))
        .expect("cbindgen.toml readable");
    let bindings = cbindgen::Builder::new()
        .with_config(config)
        .with_src(format!("{dir}/src/capi/mod.rs"))
        .generate()
        .expect("cbindgen parses src/capi/mod.rs");
    let mut fresh = Vec::new();
    bindings.write(&mut fresh);
    let path = format!("{dir}/include/gs1dm.h");
    if std::env::var_os("GS1DM_BLESS").is_some() {
        std::fs::write(&path, &fresh).expect("write include/gs1dm.h");
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    let fresh = String::from_utf8(fresh).expect("header is UTF-8");
    // The header declares every entry point of the module.
    for f in support::ENTRY_POINTS {
        assert!(
            fresh.contains(&format!("{f}(")),
            "{f} missing from the header"
        );
    }
    assert!(
        String::from_utf8_lossy(&committed) == fresh,
        "include/gs1dm.h is stale: run GS1DM_BLESS=1 cargo test --features capi --test capi_header"
    );
}
