//! The issuing state of one stream: which key, GTIN, format and shard, the next index and the
//! index up to which serials may already have been handed out.
//!
//! # Crash safety
//! Before any serial of a block `[reserved, reserved + n)` is handed out, the state with the new
//! `reserved` is written to a temporary file in the same directory, `fsync`ed, renamed over the
//! state file (atomic on POSIX file systems), and the directory is `fsync`ed so the rename itself
//! is durable ([`StateFile::reserve`]). A process killed at any instant therefore leaves a state
//! file whose `reserved` is at least one past every serial it printed; a resumed run starts at
//! `reserved` ([`StateFile::resume_index`]), never below. The serials between the last printed
//! and `reserved` are skipped (a gap), never re-issued. A clean finish writes
//! `next = reserved = end` ([`StateFile::finish`]), so a clean run leaves no gap.
//!
//! # Format (text, one `name value` per line)
//! ```text
//! gs1dm-serial-state 1
//! key-id 0123456789abcdef
//! gtin 09506000134352
//! format 5f3a9c0e11d2b7a4
//! shard 0/1
//! prf aes256
//! next 1000
//! reserved 2000
//! ```
//! `gtin` is `-` for streams without a GTIN; `format` is a fingerprint of alphabet, length and
//! prefix; `prf` is the round function ([`Prf::name`]); `next` and `reserved` are local
//! (per-shard) indices. The `prf` line is optional: files of the first release have none and
//! mean [`Prf::ChaCha8`], so they resume the same sequence. Parsing is `no_std`; the file
//! operations need feature `std`.

use alloc::string::String;
use core::fmt::Write as _;

use super::shard::parse_u128;
use super::{Gtin, KeyId, Prf, SerialError, SerialFormat, Shard, StateErrorKind};

const HEADER: &str = "gs1dm-serial-state 1";
/// A state file is never longer than this (bytes).
pub const MAX_STATE_LEN: usize = 1024;

/// The fields of a state file.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SerialState {
    /// Fingerprint of the master key.
    pub key_id: KeyId,
    /// The GTIN of the stream, if any.
    pub gtin: Option<Gtin>,
    /// Fingerprint of the format ([`format_id`]).
    pub format_id: u64,
    /// The shard.
    pub shard: Shard,
    /// The PRF of the Feistel rounds ([`Prf::ChaCha8`] when the file has no `prf` line).
    pub prf: Prf,
    /// The next local index a clean run would issue.
    pub next: u128,
    /// Local indices below this may have been handed out.
    pub reserved: u128,
}

/// A 64-bit FNV-1a fingerprint of a format (alphabet in order, length, prefix): a consistency
/// check, not a secret.
pub fn format_id(format: &SerialFormat) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    for &c in format.alphabet().as_bytes() {
        eat(c);
    }
    eat(0);
    eat(format.length() as u8);
    for &c in format.prefix() {
        eat(c);
    }
    h
}

fn err(line: usize, kind: StateErrorKind) -> SerialError {
    SerialError::State { line, kind }
}

fn parse_hex_u64(s: &str, line: usize) -> Result<u64, SerialError> {
    if s.len() != 16 || !s.bytes().all(|c| c.is_ascii_hexdigit()) {
        return Err(err(line, StateErrorKind::Value));
    }
    u64::from_str_radix(s, 16).map_err(|_| err(line, StateErrorKind::Value))
}

impl SerialState {
    /// A fresh state (nothing issued) for a stream with the default PRF ([`Prf::Aes256`]; set
    /// the `prf` field for another).
    pub fn new(key_id: KeyId, gtin: Option<Gtin>, format: &SerialFormat, shard: Shard) -> Self {
        SerialState {
            key_id,
            gtin,
            format_id: format_id(format),
            shard,
            prf: Prf::default(),
            next: 0,
            reserved: 0,
        }
    }

    /// Parses a state file.
    ///
    /// # Errors
    /// [`SerialError::State`] with the line and what is wrong.
    pub fn parse(text: &str) -> Result<Self, SerialError> {
        if text.len() > MAX_STATE_LEN {
            return Err(err(0, StateErrorKind::TooLarge));
        }
        let mut lines = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i.saturating_add(1), l));
        match lines.next() {
            Some((_, l)) if l == HEADER => {}
            _ => return Err(err(1, StateErrorKind::Header)),
        }
        let (mut key_id, mut gtin, mut format, mut shard, mut next, mut reserved) =
            (None, None, None, None, None, None);
        let mut prf = None;
        for (n, l) in lines {
            if l.is_empty() {
                continue;
            }
            let (name, value) = l.split_once(' ').ok_or(err(n, StateErrorKind::Field))?;
            let dup = |present: bool| {
                if present {
                    Err(err(n, StateErrorKind::Duplicate))
                } else {
                    Ok(())
                }
            };
            match name {
                "key-id" => {
                    dup(key_id.is_some())?;
                    key_id = Some(KeyId(parse_hex_u64(value, n)?.to_be_bytes()));
                }
                "gtin" => {
                    dup(gtin.is_some())?;
                    gtin = Some(if value == "-" {
                        None
                    } else {
                        Some(Gtin::parse(value).map_err(|_| err(n, StateErrorKind::Value))?)
                    });
                }
                "format" => {
                    dup(format.is_some())?;
                    format = Some(parse_hex_u64(value, n)?);
                }
                "shard" => {
                    dup(shard.is_some())?;
                    shard = Some(Shard::parse(value).map_err(|_| err(n, StateErrorKind::Value))?);
                }
                "prf" => {
                    dup(prf.is_some())?;
                    prf = Some(Prf::parse(value).map_err(|_| err(n, StateErrorKind::Value))?);
                }
                "next" => {
                    dup(next.is_some())?;
                    next =
                        Some(parse_u128(value, "next").map_err(|_| err(n, StateErrorKind::Value))?);
                }
                "reserved" => {
                    dup(reserved.is_some())?;
                    reserved = Some(
                        parse_u128(value, "reserved").map_err(|_| err(n, StateErrorKind::Value))?,
                    );
                }
                _ => return Err(err(n, StateErrorKind::Field)),
            }
        }
        let missing = |f: &'static str| err(0, StateErrorKind::Missing(f));
        let s = SerialState {
            key_id: key_id.ok_or(missing("key-id"))?,
            gtin: gtin.ok_or(missing("gtin"))?,
            format_id: format.ok_or(missing("format"))?,
            shard: shard.ok_or(missing("shard"))?,
            prf: prf.unwrap_or(Prf::ChaCha8),
            next: next.ok_or(missing("next"))?,
            reserved: reserved.ok_or(missing("reserved"))?,
        };
        if s.next > s.reserved {
            return Err(err(0, StateErrorKind::Order));
        }
        Ok(s)
    }

    /// The file text.
    pub fn to_text(&self) -> String {
        let mut s = String::with_capacity(200);
        let gtin = self.gtin.as_ref().map_or("-", Gtin::as_str);
        // Writing into a String cannot fail.
        let _ = write!(
            s,
            "{HEADER}\nkey-id {}\ngtin {gtin}\nformat {:016x}\nshard {}\nprf {}\nnext {}\nreserved {}\n",
            self.key_id, self.format_id, self.shard, self.prf, self.next, self.reserved
        );
        s
    }

    /// Checks that this state belongs to the stream of `expected` (key, GTIN, format, shard,
    /// PRF).
    ///
    /// # Errors
    /// [`SerialError::StateMismatch`] naming the first field that differs.
    pub fn check_stream(&self, expected: &SerialState) -> Result<(), SerialError> {
        let field = if self.key_id != expected.key_id {
            "key-id"
        } else if self.gtin != expected.gtin {
            "gtin"
        } else if self.format_id != expected.format_id {
            "format"
        } else if self.shard != expected.shard {
            "shard"
        } else if self.prf != expected.prf {
            "prf"
        } else {
            return Ok(());
        };
        Err(SerialError::StateMismatch { field })
    }
}

#[cfg(feature = "std")]
pub use file::StateFile;

#[cfg(feature = "std")]
mod file {
    use std::fs::{self, File, OpenOptions};
    use std::io::{Read, Write};
    use std::path::{Path, PathBuf};

    use super::{MAX_STATE_LEN, SerialState};
    use crate::serial::SerialError;

    fn io(op: &'static str) -> impl Fn(std::io::Error) -> SerialError {
        move |e| SerialError::Io { op, kind: e.kind() }
    }

    /// A state file on disk, updated only by atomic, durable replacement.
    #[derive(Debug)]
    pub struct StateFile {
        path: PathBuf,
        state: SerialState,
    }

    impl StateFile {
        /// Opens the state file at `path` for the stream described by `fresh` (whose `next` and
        /// `reserved` are ignored), or starts from `fresh` if the file does not exist. Nothing
        /// is written.
        ///
        /// # Errors
        /// [`SerialError::Io`] when the file cannot be read, [`SerialError::State`] when it is
        /// malformed, [`SerialError::StateMismatch`] when it belongs to another stream.
        pub fn open(path: &Path, fresh: SerialState) -> Result<Self, SerialError> {
            let state = match Self::read(path)? {
                Some(s) => {
                    s.check_stream(&fresh)?;
                    s
                }
                None => SerialState {
                    next: 0,
                    reserved: 0,
                    ..fresh
                },
            };
            Ok(StateFile {
                path: path.to_path_buf(),
                state,
            })
        }

        /// Reads and parses the state file at `path`, or `None` if there is none (e.g. to learn
        /// a stream's PRF before [`StateFile::open`]). Nothing is written.
        ///
        /// # Errors
        /// [`SerialError::Io`] when the file cannot be read, [`SerialError::State`] when it is
        /// malformed.
        pub fn read(path: &Path) -> Result<Option<SerialState>, SerialError> {
            match File::open(path) {
                Ok(f) => {
                    let mut text = String::new();
                    f.take(MAX_STATE_LEN.saturating_add(1) as u64)
                        .read_to_string(&mut text)
                        .map_err(io("reading state file"))?;
                    SerialState::parse(&text).map(Some)
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(io("opening state file")(e)),
            }
        }

        /// The state as last loaded or written.
        pub fn state(&self) -> &SerialState {
            &self.state
        }

        /// The first local index a resumed run may issue: `reserved` (never below anything a
        /// crashed run may have printed).
        pub fn resume_index(&self) -> u128 {
            self.state.reserved
        }

        /// Durably records that local indices below `reserved` may be handed out, with `next`
        /// as the index to report. Returns only after the new state is on disk.
        ///
        /// # Errors
        /// [`SerialError::Io`] when writing, syncing or renaming fails (the old file stays).
        pub fn reserve(&mut self, next: u128, reserved: u128) -> Result<(), SerialError> {
            let new = SerialState {
                next,
                reserved,
                ..self.state
            };
            write_atomic(&self.path, new.to_text().as_bytes())?;
            self.state = new;
            Ok(())
        }

        /// A clean finish at local index `end`: `next = reserved = end` (no gap).
        ///
        /// # Errors
        /// As [`StateFile::reserve`].
        pub fn finish(&mut self, end: u128) -> Result<(), SerialError> {
            self.reserve(end, end)
        }
    }

    /// Write to `path.tmp`, fsync, rename over `path`, fsync the directory.
    fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SerialError> {
        let mut tmp_name = path
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_default();
        tmp_name.push(".tmp");
        let tmp = path.with_file_name(tmp_name);
        {
            let mut f = OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .open(&tmp)
                .map_err(io("creating temporary state file"))?;
            f.write_all(bytes)
                .map_err(io("writing temporary state file"))?;
            f.sync_all().map_err(io("syncing temporary state file"))?;
        }
        fs::rename(&tmp, path).map_err(io("renaming state file"))?;
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        #[cfg(unix)]
        File::open(&dir)
            .and_then(|d| d.sync_all())
            .map_err(io("syncing state directory"))?;
        #[cfg(not(unix))]
        let _ = dir;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serial::{Alphabet, MasterKey};

    fn sample() -> SerialState {
        let f = SerialFormat::new(Alphabet::alnum(), 10).unwrap();
        let mut s = SerialState::new(
            MasterKey::from_bytes([1; 32]).key_id(),
            Gtin::parse("09506000134352").ok(),
            &f,
            Shard::new(1, 3).unwrap(),
        );
        s.next = 5;
        s.reserved = 1_000_005;
        s
    }

    #[test]
    fn text_round_trip() {
        let s = sample();
        assert_eq!(SerialState::parse(&s.to_text()), Ok(s));
        let none = SerialState { gtin: None, ..s };
        assert_eq!(SerialState::parse(&none.to_text()), Ok(none));
        let chacha = SerialState {
            prf: Prf::ChaCha8,
            ..s
        };
        assert_eq!(SerialState::parse(&chacha.to_text()), Ok(chacha));
    }

    /// A first-release file (no `prf` line) means ChaCha8 and parses to the same stream.
    #[test]
    fn file_without_prf_is_chacha8() {
        let s = sample();
        assert!(s.to_text().contains("\nprf aes256\n"));
        let old = s.to_text().replace("prf aes256\n", "");
        assert_eq!(
            SerialState::parse(&old),
            Ok(SerialState {
                prf: Prf::ChaCha8,
                ..s
            })
        );
        assert_eq!(
            SerialState::parse(&s.to_text().replace("aes256", "aes128")),
            Err(err(6, StateErrorKind::Value))
        );
    }

    #[test]
    fn malformed_files_are_rejected() {
        let t = sample().to_text();
        let cases: [(String, SerialError); 6] = [
            (
                t.replace("gs1dm-serial-state 1", "other"),
                err(1, StateErrorKind::Header),
            ),
            (
                t.replace("next 5", "next 5x"),
                err(7, StateErrorKind::Value),
            ),
            (
                t.replace("next 5", "next 2000000"),
                err(0, StateErrorKind::Order),
            ),
            (
                t.replace("next 5\n", ""),
                err(0, StateErrorKind::Missing("next")),
            ),
            (
                alloc::format!("{t}next 5\n"),
                err(9, StateErrorKind::Duplicate),
            ),
            (t.replace("shard", "shards"), err(5, StateErrorKind::Field)),
        ];
        for (text, e) in cases {
            assert_eq!(SerialState::parse(&text), Err(e), "{text}");
        }
        assert_eq!(
            SerialState::parse(&"x".repeat(2000)),
            Err(err(0, StateErrorKind::TooLarge))
        );
    }

    #[test]
    fn mismatch_is_named() {
        let s = sample();
        let other = SerialState {
            shard: Shard::new(0, 3).unwrap(),
            ..s
        };
        assert_eq!(
            s.check_stream(&other),
            Err(SerialError::StateMismatch { field: "shard" })
        );
        let other = SerialState {
            prf: Prf::ChaCha8,
            ..s
        };
        assert_eq!(
            s.check_stream(&other),
            Err(SerialError::StateMismatch { field: "prf" })
        );
        let other = SerialState { format_id: 1, ..s };
        assert_eq!(
            s.check_stream(&other),
            Err(SerialError::StateMismatch { field: "format" })
        );
    }
}
