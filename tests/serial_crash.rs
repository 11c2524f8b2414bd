//! Crash safety of `gs1dm serials --state`: kill -9 the process at random moments, many times,
//! resume each time, and check that no serial was ever printed twice.

use std::collections::HashSet;
use std::fs::{self, File};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use gs1_datamatrix::serial::state::SerialState;
use gs1_datamatrix::serial::{Alphabet, Generator, MasterKey, SerialFormat};

const BIN: &str = env!("CARGO_BIN_EXE_gs1dm");

fn work_dir(name: &str) -> PathBuf {
    let d =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).unwrap();
    d
}

/// A small deterministic PRNG for the kill delays (seed printed for reproduction).
fn lcg(state: &mut u64) -> u64 {
    *state = state
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    *state >> 33
}

#[test]
fn kill_minus_nine_never_reissues() {
    let dir = work_dir("crash");
    let key = dir.join("key.hex");
    let state = dir.join("state");
    let st = Command::new(BIN)
        .args(["serials", "--new-key"])
        .arg(&key)
        .status()
        .unwrap();
    assert!(st.success());
    let mut seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    eprintln!("kill-delay seed {seed}");
    let args = |count: &str| {
        let mut c = Command::new(BIN);
        c.args([
            "serials",
            "--length",
            "12",
            "--alphabet",
            "numeric",
            "--gtin",
            "09506000134352",
        ])
        .args(["--count", count, "--reserve-block", "3000", "--key-file"])
        .arg(&key)
        .arg("--state")
        .arg(&state);
        c
    };
    let mut seen: HashSet<Vec<u8>> = HashSet::new();
    let mut printed = 0usize;
    let mut killed = 0;
    let rounds = 40;
    for round in 0..=rounds {
        let out_path = dir.join(format!("out{round}"));
        let out = File::create(&out_path).unwrap();
        // The last round runs to completion; the others are killed after 0-60 ms.
        let count = if round == rounds { "5000" } else { "5000000" };
        let mut child = args(count)
            .stdout(Stdio::from(out))
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        if round < rounds {
            if round % 2 == 0 {
                // Anywhere, including start-up and the first state write.
                std::thread::sleep(Duration::from_micros(lcg(&mut seed) % 30_000));
            } else {
                // Once a random amount of output is out: mid-block, between chunk writes.
                let target = 1 + lcg(&mut seed) % (25_000 * 13);
                let t0 = Instant::now();
                while fs::metadata(&out_path).map_or(0, |m| m.len()) < target
                    && child.try_wait().unwrap().is_none()
                    && t0.elapsed() < Duration::from_secs(60)
                {
                    std::thread::sleep(Duration::from_micros(200));
                }
            }
            if child.try_wait().unwrap().is_none() {
                child.kill().unwrap(); // SIGKILL
                killed += 1;
            }
        }
        let status = child.wait().unwrap();
        if round == rounds {
            assert!(status.success());
        }
        let bytes = fs::read(&out_path).unwrap();
        // Only complete lines count as handed out (a torn last line is not a serial).
        let complete = bytes.rsplit_once_newline();
        for line in complete.split(|&c| c == b'\n').filter(|l| !l.is_empty()) {
            assert_eq!(line.len(), 12, "round {round}: malformed line {line:?}");
            assert!(
                seen.insert(line.to_vec()),
                "round {round}: serial {} printed twice",
                String::from_utf8_lossy(line)
            );
            printed += 1;
        }
        // The state file is always whole and parseable, whatever instant the kill hit.
        if state.exists() {
            SerialState::parse(&fs::read_to_string(&state).unwrap()).unwrap();
        }
    }
    assert!(
        killed >= rounds / 2,
        "only {killed} runs were killed mid-way"
    );
    assert!(printed >= 5000, "{printed} serials printed");
    // Every printed serial belongs to the stream at an index below the final reserved mark.
    let k = MasterKey::from_hex(&fs::read_to_string(&key).unwrap()).unwrap();
    let g = Generator::new(
        &k,
        Some(&gs1_datamatrix::serial::Gtin::parse("09506000134352").unwrap()),
        SerialFormat::new(Alphabet::numeric(), 12).unwrap(),
    );
    let end = SerialState::parse(&fs::read_to_string(&state).unwrap()).unwrap();
    assert_eq!(end.next, end.reserved);
    for s in &seen {
        assert!(g.index_of(s).unwrap() < end.reserved);
    }
    let _ = fs::remove_dir_all(&dir);
}

trait CompleteLines {
    fn rsplit_once_newline(&self) -> &[u8];
}

impl CompleteLines for Vec<u8> {
    fn rsplit_once_newline(&self) -> &[u8] {
        match self.iter().rposition(|&c| c == b'\n') {
            Some(p) => &self[..=p],
            None => &[],
        }
    }
}
