//! Serials: collision-free, unpredictable, resumable and shardable serial numbers for AI 21.
//!
//! First stage of the print flow (`serial -> gs1 -> encode -> ...`): it hands the GS1 layer the
//! AI 21 value of each pack. `serial(i) = render(P_k(i))`, where `P_k` is a keyed pseudorandom
//! permutation of `[0, alphabet^length)` and `render` writes the value in the alphabet's digits
//! behind the optional prefix. Issuing indices `0, 1, 2, ...` (or a shard's share of them) can
//! never give one serial twice: `P_k` is a bijection, so collisions are impossible by
//! construction, not improbable; no database of issued serials is needed.
//!
//! ```
//! use gs1_datamatrix::serial::{Alphabet, Generator, Gtin, MasterKey, SerialFormat};
//! # fn main() -> Result<(), gs1_datamatrix::serial::SerialError> {
//! let key = MasterKey::from_hex(&"a5".repeat(32))?;
//! let format = SerialFormat::new(Alphabet::cset82_safe(), 12)?;
//! let generator = Generator::new(&key, Some(&Gtin::parse("09506000134352")?), format);
//! let first = generator.serial(0)?;
//! assert_eq!(first.as_str().len(), 12);
//! assert_eq!(generator.index_of(first.as_bytes())?, 0);
//! # Ok(())
//! # }
//! ```
//!
//! # Construction
//! - **Keys** ([`key`](MasterKey)): a 256-bit master key; per-GTIN KDF blocks
//!   `B_g = ChaCha20_master(counter = GTIN, stream = "GS1DKDF1")`, whose first half keys
//!   ChaCha8 and second half keys AES-256 (a PRF-based KDF; see [`MasterKey::stream_key_for`]).
//!   Streams of different GTINs, and the two PRFs of one GTIN, are independent.
//! - **Permutation**: an alternating Feistel network over the two mixed-radix halves of the
//!   index, `M_A = radix^floor(L/2)` and `M_B = radix^ceil(L/2)` (unbalanced for odd `L`), with
//!   addition modulo the half's size, [`FEISTEL_ROUNDS`] = 10 rounds (5 updates of each half),
//!   as NIST SP 800-38G FF1 does. Length 1 uses cycle walking over a binary network.
//! - **Round function** ([`Prf`]): `F_r(v)` = a 128-bit PRF output on the half `v` and a tweak
//!   that encodes round, radix and length, reduced to the half size by `floor(F * M / 2^128)`
//!   (bias at most `2^-64`). The PRF is [`Prf::Aes256`] by default, `AES-256_K(v || tweak)`
//!   (RustCrypto `aes`: AES-NI when the CPU has it, detected at run time; a constant-time
//!   fixsliced software AES elsewhere, e.g. on microcontrollers), or [`Prf::ChaCha8`], the
//!   first 128 bits of the ChaCha8 block with counter `v` and stream id `tweak` (byte for byte
//!   `rand_chacha::ChaCha8Rng`'s keystream there). The PRF is part of the stream: state files
//!   record it, and files without the field (first release) mean ChaCha8.
//!
//! # Security argument
//! - **PRF (AES-256).** AES-256 is assumed to be a pseudorandom permutation (PRP) on 128-bit
//!   blocks for a secret, uniformly random key; our keys are KDF outputs, independent per
//!   stream, so related-key attacks on the AES-256 key schedule (Biryukov and Khovratovich,
//!   2009) do not apply. By the PRP/PRF switching lemma (Bellare and Rogaway's game-playing
//!   proof, 2006), a PRP on `2^128` points used as a PRF on `q` distinct inputs costs at most
//!   `q^2 / 2^129` extra advantage: a stream issuing `10^9` serials makes `q < 2^34` PRF calls,
//!   so the loss is below `2^-61`. The best single-key attacks on AES-256 reach reduced-round
//!   versions (7-9 of 14 rounds, e.g. the meet-in-the-middle attacks of Derbez, Fouque and
//!   Jean, EUROCRYPT 2013); on all 14 rounds only the biclique technique (Bogdanov,
//!   Khovratovich and Rechberger, ASIACRYPT 2011) at about `2^254` work, no better than brute
//!   force in practice. Its margin (5+ of 14 rounds unattacked) is larger than ChaCha8's (one
//!   round past the best 7-round attacks), so the switch costs no strength.
//! - **PRF (ChaCha8).** ChaCha with a secret 256-bit key and a distinct (counter, stream) per
//!   input is a PRF: the standard assumption behind ChaCha20-Poly1305 and every ChaCha RNG. The
//!   best published attacks reach 7 rounds (about 2^148 work or more); ChaCha8 is the round
//!   count recommended by Aumasson ("Too Much Crypto", 2019). Key derivation and key ids use
//!   ChaCha20 (once per stream, cost irrelevant).
//! - **PRP from PRF (Luby-Rackoff).** A Feistel network whose round functions are independent
//!   PRFs is a pseudorandom permutation with 3 rounds and a strong PRP with 4 (Luby and
//!   Rackoff 1988); the bounds are about `q^2 / M` for `q` queries and half size `M`, and hold for
//!   unbalanced halves and modular addition as well (the FFX/FF1 analyses). More rounds push
//!   the generic attacks far beyond the birthday bound (Patarin, "Luby-Rackoff: 7 rounds are
//!   enough for 2^{n(1-epsilon)} security", CRYPTO 2003; Hoang and Rogaway, "On generalized
//!   Feistel networks", CRYPTO 2010), which is why FF1 uses 10 rounds and we do too (at least
//!   8 were required). The rounds are separated by the tweak, so the round functions behave as
//!   independent PRFs.
//! - **Small domains.** Feistel-based format-preserving encryption has practical attacks when
//!   a half is tiny: message recovery on FF1/FF3 (Bellare, Hoang and Tessaro, "Message-recovery
//!   attacks on Feistel-based format-preserving encryption", CCS 2016), the FF3 break (Durak and
//!   Vaudenay, "Breaking the FF3 format-preserving encryption standard over small domains",
//!   CRYPTO 2017), and improved distinguishers and recovery attacks (Hoang, Tessaro and Trieu,
//!   "The curse of small domains", CRYPTO 2018; Hoang, Miller and Trieu, "Attacks only get
//!   better: how to break FF3 on large domains", EUROCRYPT 2019). NIST answered by requiring a
//!   domain of at least 10^6 for FF1. What these need does not match our setting: many pairs
//!   under many tweaks or chosen inputs (we have one fixed tweak schedule per stream and the
//!   attacker only sees issued serials of indices he cannot choose), FF3's tweak-dependent
//!   round keys (absent here), or a number of known pairs comparable to the half size; and
//!   their goal (telling the permutation from random, or recovering an index) is weaker than
//!   what a forger needs (an unissued serial of this stream). The audit bound keeps issuing
//!   below `1/10,000` of the space, so any format that may issue a useful number of serials
//!   has a large space; we recommend spaces of at least 10^12 (e.g. 12 alphanumeric
//!   characters give 4.7 * 10^18, half size 2.2 * 10^9), where every half is far above the
//!   attacked sizes.
//! - **What an attacker learns.** Seeing issued serials (even with their indices, e.g. from
//!   consecutive packs) reveals nothing usable about the serials of other indices beyond the PRP
//!   bound: to the attacker the unissued serials are a uniformly random subset of the unseen
//!   values. So a forger's best strategy is a blind guess, which hits an issued serial with
//!   probability `P(guess) = issued / space` (EU FMD and the UAE require below `1/10,000`; see
//!   [`Audit`]). Serials of different GTINs, and of different formats under one key, are
//!   independent. Leaking the master key reveals every stream: keep it like any signing key
//!   (the key id in state files is a PRF output and reveals nothing).
//! - **Collisions.** None within one (key, GTIN, format, PRF): `P_k` is a bijection for every
//!   key. Shards ([`Shard`]) take disjoint index sets, so they never collide either. Two
//!   different formats (alphabet, length or prefix) or PRFs under one GTIN are different
//!   permutations and may produce an equal string: use one format and PRF per GTIN, or
//!   distinct prefixes.
//! - **Side channels.** AES-NI and the fixsliced software AES run in constant time, as does
//!   ChaCha; rendering and the modular arithmetic are branch-free in the values.
//!
//! # Speed
//! Bulk generation ([`Generator::write_lines`], [`Generator::write_lines_into`]) runs the
//! rounds on batches of 32 consecutive indices in lockstep: each round is one call that
//! encrypts 32 blocks (AES-NI keeps eight in flight), then branch-free reductions and modular
//! additions; round 0 depends only on the high half, which consecutive indices share, so it is
//! computed once per batch. Rendering divides by the radix with multiply-shift reciprocals, two
//! 32-bit chunks per half, and writes straight into the caller's buffer. Memory is constant
//! (the output buffer).
//!
//! Measured on a 2-core AMD EPYC VM with AES-NI, default x86-64 build (no `target-cpu`), CPU
//! time of `gs1dm serials --count 10000000 --length 12 --alphabet alnum --force > /dev/null`
//! (`/usr/bin/time -f %U`, three runs each, one session): AES-256 0.42-0.44 s, **23-24 M
//! serials/s per core**; ChaCha8 (`--prf chacha8`) 1.69-1.71 s, 5.9 M/s; 5.4 MB peak RSS
//! for either. Other formats (same command): numeric length 20 0.51 s (19.6 M/s; its
//! 10-digit halves need the two-chunk split), 12 `cset82` characters behind a prefix 0.45 s
//! (22 M/s). `benches/serials.rs` puts both beside the naive random + `HashSet` way in one
//! criterion run (CPU time): at 10^7 AES-256 22.3 M/s (449 ms median), ChaCha8 6.0 M/s,
//! naive 0.78 M/s with 717 MB of heap against our 213 KB; 29x faster, 3,366x less memory.
//!
//! # Which entry point
//! - One serial, no heap: [`Generator::serial`] / [`Generator::write_serial`].
//! - Bulk, fast: [`Generator::write_lines`] (batches, reusable `Vec`) or
//!   [`Generator::write_lines_into`] (caller's buffer, no heap).
//! - Which PRF: [`Generator::with_prf`] ([`Prf::Aes256`] is the default of [`Generator::new`]).
//! - Is this serial ours, and which index? [`Generator::index_of`].
//! - Crash-safe resumable issuing (feature `std`): [`state::StateFile`].

mod alphabet;
mod audit;
mod error;
mod feistel;
mod generator;
mod key;
mod prf;
mod shard;
pub mod state;

pub use alphabet::{Alphabet, CSET82, MAX_LEN, SerialFormat};
pub use audit::{Audit, GUESS_LIMIT_DENOMINATOR};
pub use error::{SerialError, StateErrorKind};
pub use feistel::{CHACHA_ROUNDS, FEISTEL_ROUNDS};
pub use generator::{Generator, Serial};
pub use key::{Gtin, KeyId, MasterKey};
pub use prf::Prf;
pub use shard::Shard;
