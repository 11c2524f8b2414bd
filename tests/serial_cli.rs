//! `gs1dm serials`: output, key files, state files, shards, bounds, reports and error exits.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use gs1_datamatrix::serial::{Alphabet, Generator, Gtin, MasterKey, Prf, SerialFormat};

const BIN: &str = env!("CARGO_BIN_EXE_gs1dm");
const KEY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

fn dir(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("cli-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).unwrap();
    d
}

fn key_file(d: &Path) -> PathBuf {
    let k = d.join("k.hex");
    fs::write(&k, format!("{KEY}\n")).unwrap();
    k
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("serials")
        .args(args)
        .output()
        .unwrap()
}

fn lines(o: &Output) -> Vec<String> {
    String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn lib_serials(
    alphabet: Alphabet,
    length: usize,
    gtin: Option<&str>,
    start: u128,
    stride: u64,
    n: u64,
) -> Vec<String> {
    lib_serials_prf(alphabet, length, gtin, start, stride, n, Prf::default())
}

fn lib_serials_prf(
    alphabet: Alphabet,
    length: usize,
    gtin: Option<&str>,
    start: u128,
    stride: u64,
    n: u64,
    prf: Prf,
) -> Vec<String> {
    let g = Generator::with_prf(
        &MasterKey::from_hex(KEY).unwrap(),
        gtin.map(|g| Gtin::parse(g).unwrap()).as_ref(),
        SerialFormat::new(alphabet, length).unwrap(),
        prf,
    );
    (0..n)
        .map(|i| {
            g.serial(start + u128::from(i) * u128::from(stride))
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn writes_the_librarys_serials() {
    let d = dir("out");
    let k = key_file(&d);
    let k = k.to_str().unwrap();
    let o = run(&[
        "--count",
        "1000",
        "--length",
        "12",
        "--alphabet",
        "alnum",
        "--key-file",
        k,
        "--gtin",
        "09506000134352",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        lines(&o),
        lib_serials(Alphabet::alnum(), 12, Some("09506000134352"), 0, 1, 1000)
    );
    // --start continues the same sequence.
    let o = run(&[
        "--count",
        "10",
        "--length",
        "12",
        "--alphabet",
        "alnum",
        "--key-file",
        k,
        "--gtin",
        "09506000134352",
        "--start",
        "990",
    ]);
    assert_eq!(
        lines(&o),
        lib_serials(Alphabet::alnum(), 12, Some("09506000134352"), 990, 1, 10)
    );
    // Custom alphabet and prefix.
    let o = run(&[
        "--count",
        "50",
        "--length",
        "8",
        "--alphabet",
        "23456789ABCDEFGHJKMNPQRSTUVWXYZ",
        "--prefix",
        "L1",
        "--key-file",
        k,
    ]);
    assert!(o.status.success());
    for l in lines(&o) {
        assert_eq!(l.len(), 10);
        assert!(l.starts_with("L1"));
        assert!(!l[2..].contains(['0', '1', 'O', 'I', 'L']));
    }
}

#[test]
fn shards_are_disjoint() {
    let d = dir("shard");
    let k = key_file(&d);
    let k = k.to_str().unwrap();
    let mut all = std::collections::HashSet::new();
    for i in 0..3 {
        let shard = format!("{i}/3");
        let o = run(&[
            "--count",
            "2000",
            "--length",
            "10",
            "--alphabet",
            "numeric",
            "--key-file",
            k,
            "--shard",
            &shard,
        ]);
        assert!(o.status.success());
        let ls = lines(&o);
        assert_eq!(ls, lib_serials(Alphabet::numeric(), 10, None, i, 3, 2000));
        for l in ls {
            assert!(all.insert(l));
        }
    }
    assert_eq!(all.len(), 6000);
}

#[test]
fn state_resumes_without_gap_after_clean_runs() {
    let d = dir("state");
    let k = key_file(&d);
    let st = d.join("st");
    let args = |n: &'static str| {
        vec![
            "--count".to_string(),
            n.to_string(),
            "--length".into(),
            "9".into(),
            "--alphabet".into(),
            "cset82".into(),
            "--key-file".into(),
            k.to_str().unwrap().into(),
            "--state".into(),
            st.to_str().unwrap().into(),
        ]
    };
    let run_owned = |a: &[String]| run(&a.iter().map(String::as_str).collect::<Vec<_>>());
    let first = run_owned(&args("7"));
    assert!(first.status.success());
    let second = run_owned(&args("5"));
    let mut got = lines(&first);
    got.extend(lines(&second));
    assert_eq!(got, lib_serials(Alphabet::cset82_safe(), 9, None, 0, 1, 12));
    let text = fs::read_to_string(&st).unwrap();
    assert!(text.contains("\nnext 12\nreserved 12\n"), "{text}");
    // The same state with another format is refused, and left as it was.
    let mut other = args("5");
    other[5] = "numeric".into();
    let o = run_owned(&other);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).contains("format"));
    assert_eq!(fs::read_to_string(&st).unwrap(), text);
}

/// `--prf chacha8` gives the library's ChaCha8 stream; a state file of the first release (no
/// `prf` line) resumes that stream; naming the other PRF for it is refused.
#[test]
fn prf_choice_and_first_release_state_files() {
    let d = dir("prf");
    let k = key_file(&d);
    let k = k.to_str().unwrap();
    let st = d.join("st");
    let st = st.to_str().unwrap();
    let base = [
        "--length",
        "10",
        "--alphabet",
        "alnum",
        "--key-file",
        k,
        "--gtin",
        "09506000134352",
    ];
    let with = |extra: &[&str]| {
        let mut a: Vec<&str> = base.to_vec();
        a.extend_from_slice(extra);
        run(&a)
    };
    let chacha = with(&["--count", "20", "--prf", "chacha8"]);
    assert!(chacha.status.success());
    let want = |start, n, prf| {
        lib_serials_prf(
            Alphabet::alnum(),
            10,
            Some("09506000134352"),
            start,
            1,
            n,
            prf,
        )
    };
    assert_eq!(lines(&chacha), want(0, 20, Prf::ChaCha8));
    let aes = with(&["--count", "20"]);
    assert_eq!(lines(&aes), want(0, 20, Prf::Aes256));
    assert_ne!(lines(&aes), lines(&chacha));
    assert_eq!(
        with(&["--count", "1", "--prf", "aes128"]).status.code(),
        Some(1)
    );

    // A ChaCha8 state file, then the same file as the first release wrote it (no prf line).
    assert!(
        with(&["--count", "7", "--prf", "chacha8", "--state", st])
            .status
            .success()
    );
    let text = fs::read_to_string(st).unwrap();
    assert!(text.contains("\nprf chacha8\n"), "{text}");
    let old = text.replace("prf chacha8\n", "");
    fs::write(st, &old).unwrap();
    let resumed = with(&["--count", "5", "--state", st]);
    assert!(resumed.status.success());
    assert_eq!(lines(&resumed), want(7, 5, Prf::ChaCha8));
    let text = fs::read_to_string(st).unwrap();
    assert!(
        text.contains("\nprf chacha8\nnext 12\nreserved 12\n"),
        "{text}"
    );
    // Naming the other PRF for this stream is refused, and the file is left as it was.
    let o = with(&["--count", "5", "--state", st, "--prf", "aes256"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).contains("prf"));
    assert_eq!(fs::read_to_string(st).unwrap(), text);
}

/// With `--count 0`, `--report` is an audit without issuing: the JSON goes to stdout.
#[test]
fn report_alone_goes_to_stdout() {
    let d = dir("report0");
    let k = key_file(&d);
    let o = run(&[
        "--count",
        "0",
        "--length",
        "8",
        "--alphabet",
        "numeric",
        "--key-file",
        k.to_str().unwrap(),
        "--report",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stderr.is_empty());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["space"], 100_000_000);
    assert_eq!(v["issued"], 0);
    assert_eq!(v["bound"], 9_999);
    assert_eq!(v["prf"], "aes256");
}

#[test]
fn errors_exit_1_and_write_nothing() {
    let d = dir("err");
    let k = key_file(&d);
    let k = k.to_str().unwrap();
    let st = d.join("st");
    fs::write(&st, "").unwrap();
    let bad_key = d.join("bad.hex");
    fs::write(&bad_key, "0011zz").unwrap();
    let st_s = st.to_str().unwrap();
    // A state file with some progress, to check it stays untouched.
    let ok = run(&[
        "--count",
        "3",
        "--length",
        "6",
        "--alphabet",
        "numeric",
        "--key-file",
        k,
        "--state",
        &format!("{st_s}2"),
    ]);
    assert!(ok.status.success());
    let st2 = format!("{st_s}2");
    let before = fs::read_to_string(&st2).unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "--count",
                "3",
                "--length",
                "6",
                "--alphabet",
                "numeric",
                "--key-file",
                "/nonexistent/k",
            ],
            "key file",
        ),
        (
            vec![
                "--count",
                "3",
                "--length",
                "6",
                "--alphabet",
                "numeric",
                "--key-file",
                bad_key.to_str().unwrap(),
            ],
            "hex",
        ),
        (
            vec![
                "--count",
                "3",
                "--length",
                "6",
                "--alphabet",
                "AAB",
                "--key-file",
                k,
            ],
            "repeats",
        ),
        (
            vec![
                "--count",
                "3",
                "--length",
                "6",
                "--alphabet",
                "AB#",
                "--key-file",
                k,
            ],
            "CSET 82",
        ),
        (
            vec![
                "--count",
                "3",
                "--length",
                "21",
                "--alphabet",
                "numeric",
                "--key-file",
                k,
            ],
            "1..=20",
        ),
        (
            vec![
                "--count",
                "3",
                "--length",
                "6",
                "--alphabet",
                "numeric",
                "--key-file",
                k,
                "--gtin",
                "123",
            ],
            "GTIN",
        ),
        (
            vec![
                "--count",
                "3",
                "--length",
                "6",
                "--alphabet",
                "numeric",
                "--key-file",
                k,
                "--shard",
                "3/3",
            ],
            "shard",
        ),
        // 10^6 space: the bound is 99 serials.
        (
            vec![
                "--count",
                "100",
                "--length",
                "6",
                "--alphabet",
                "numeric",
                "--key-file",
                k,
            ],
            "bound",
        ),
        (
            vec![
                "--count",
                "97",
                "--length",
                "6",
                "--alphabet",
                "numeric",
                "--key-file",
                k,
                "--state",
                &st2,
            ],
            "bound",
        ),
        (
            vec![
                "--count",
                "3",
                "--length",
                "6",
                "--alphabet",
                "numeric",
                "--key-file",
                k,
                "--state",
                st_s,
            ],
            "state file",
        ),
    ];
    for (args, needle) in cases {
        let o = run(&args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
        assert!(o.stdout.is_empty(), "{args:?}");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    assert_eq!(fs::read_to_string(&st2).unwrap(), before);
    assert_eq!(fs::read_to_string(&st).unwrap(), "");
    // --force issues past the bound.
    let o = run(&[
        "--count",
        "100",
        "--length",
        "6",
        "--alphabet",
        "numeric",
        "--key-file",
        k,
        "--force",
    ]);
    assert!(o.status.success());
    assert_eq!(lines(&o).len(), 100);
}

#[test]
fn new_key_is_private_and_never_overwrites() {
    let d = dir("newkey");
    let k = d.join("fresh.hex");
    let o = run(&["--new-key", k.to_str().unwrap()]);
    assert!(o.status.success());
    let text = fs::read_to_string(&k).unwrap();
    assert_eq!(text.len(), 65);
    assert!(text.trim_end().bytes().all(|c| c.is_ascii_hexdigit()));
    MasterKey::from_hex(&text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&k).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let o = run(&["--new-key", k.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(fs::read_to_string(&k).unwrap(), text);
    // Two fresh keys differ.
    let k2 = d.join("fresh2.hex");
    assert!(run(&["--new-key", k2.to_str().unwrap()]).status.success());
    assert_ne!(fs::read_to_string(&k2).unwrap(), text);
}

#[test]
fn report_is_json_with_guess_probability() {
    let d = dir("report");
    let k = key_file(&d);
    let o = run(&[
        "--count",
        "50",
        "--length",
        "6",
        "--alphabet",
        "numeric",
        "--key-file",
        k.to_str().unwrap(),
        "--report",
    ]);
    assert!(o.status.success());
    assert_eq!(lines(&o).len(), 50);
    let v: serde_json::Value = serde_json::from_slice(&o.stderr).unwrap();
    assert_eq!(v["space"], 1_000_000);
    assert_eq!(v["issued"], 50);
    assert_eq!(v["p_guess"], 5e-5);
    assert_eq!(v["meets_1_in_10000"], true);
    assert_eq!(v["bound"], 99);
    let o = run(&[
        "--count",
        "150",
        "--length",
        "6",
        "--alphabet",
        "numeric",
        "--key-file",
        k.to_str().unwrap(),
        "--report",
        "--force",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stderr).unwrap();
    assert_eq!(v["meets_1_in_10000"], false);
    assert_eq!(v["forced"], true);
    assert_eq!(v["prf"], "aes256");
}
