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
//! - **Keys** ([`key`](MasterKey)): a 256-bit master key; per-GTIN stream keys
//!   `K_g = ChaCha20_master(counter = GTIN, stream = "GS1DKDF1")[0..32]` (a PRF-based KDF; see
//!   [`MasterKey::stream_key`]). Streams of different GTINs are independent.
//! - **Permutation**: an alternating Feistel network over the two mixed-radix halves of the
//!   index, `M_A = radix^floor(L/2)` and `M_B = radix^ceil(L/2)` (unbalanced for odd `L`), with
//!   addition modulo the half's size, [`FEISTEL_ROUNDS`] = 10 rounds (5 updates of each half),
//!   as NIST SP 800-38G FF1 does. Length 1 uses cycle walking over a binary network.
//! - **Round function**: `F_r(v)` = the first 128 bits of the ChaCha8 block keyed with `K_g`, with
//!   block counter `v` and a stream id that encodes round, radix and length, reduced to the half
//!   size by `floor(F * M / 2^128)` (bias at most `2^-64`). This is byte for byte the keystream of
//!   `rand_chacha::ChaCha8Rng` at word position `16 v` of that stream; our own SIMD-friendly
//!   block function evaluates eight inputs at once (tests check the equality).
//!
//! # Security argument
//! - **PRF.** ChaCha with a secret 256-bit key and a distinct (counter, stream) per input is a
//!   PRF: this is the standard assumption behind ChaCha20-Poly1305 and every ChaCha RNG.
//! - **PRP from PRF (Luby-Rackoff).** A Feistel network whose round functions are independent
//!   PRFs is a pseudorandom permutation with 3 rounds and a strong PRP with 4 (Luby and
//!   Rackoff 1988); the bounds are about `q^2 / M` for `q` queries and half size `M`, and hold for
//!   unbalanced halves and modular addition as well (the FFX/FF1 analyses). Our serial spaces
//!   are small, and an issuer may legitimately issue `q` close to `M`, where the 3-4 round bounds
//!   say nothing; more rounds push the generic attacks (Patarin) to `q` far beyond the half size,
//!   which is why FF1 uses 10 rounds and we do too (at least 8 were required). The
//!   rounds are separated by the stream id, so the round functions behave as independent PRFs.
//! - **ChaCha rounds.** ChaCha8, not ChaCha20, for speed. The best published attacks reach 7
//!   rounds of ChaCha (key recovery at about 2^148 or more work, far from practical); ChaCha8 has
//!   no known attack, so its margin is one round against the best attack, versus 13 rounds for
//!   ChaCha20. ChaCha8 is the round count recommended by Aumasson ("Too Much Crypto", 2019).
//!   Key derivation and key ids use ChaCha20 (once per stream, cost irrelevant).
//! - **What an attacker learns.** Seeing issued serials (even with their indices, e.g. from
//!   consecutive packs) reveals nothing usable about the serials of other indices beyond the PRP
//!   bound: to the attacker the unissued serials are a uniformly random subset of the unseen
//!   values. So a forger's best strategy is a blind guess, which hits an issued serial with
//!   probability `P(guess) = issued / space` (EU FMD and the UAE require below `1/10,000`; see
//!   [`Audit`]). Serials of different GTINs, and of different formats under one key, are
//!   independent. Leaking the master key reveals every stream: keep it like any signing key
//!   (the key id in state files is a PRF output and reveals nothing).
//! - **Collisions.** None within one (key, GTIN, format): `P_k` is a bijection for every key.
//!   Shards ([`Shard`]) take disjoint index sets, so they never collide either. Two different
//!   formats (alphabet, length or prefix) under one GTIN are different permutations and may
//!   produce an equal string: use one format per GTIN, or distinct prefixes.
//!
//! # Speed
//! The cost is 9 ChaCha8 blocks per serial (10 rounds; round 0 depends only on the high half,
//! which consecutive indices share, so [`Generator::write_lines`] reuses it; when both halves are
//! below 2^32 the three input-independent quarter-rounds of each block's first round are
//! computed once per round key). The block function
//! runs on 8 serials at once through the `wide` SIMD types: SSE2 on a default x86-64 build,
//! AVX2/AVX-512 when built with `-C target-cpu=native`. Memory is constant (the output buffer).
//! Measured (CPU time, one core, `benches/serials.rs` has the commands): 5.9 M serials/s on a
//! default x86-64 build, about 10 M/s with `-C target-cpu=native` (AVX-512), constant 2.6 MB RSS; the
//! naive random + `HashSet` way is about 5x slower and needs 717 MB at 10^7. The 20 M/s goal is
//! not reached: a PRP over a small domain needs a full PRF call per round, and a ChaCha8 block
//! costs far more than the ~15 cycles per round that goal would allow.
//!
//! # Which entry point
//! - One serial, no heap: [`Generator::serial`] / [`Generator::write_serial`].
//! - Bulk, fast: [`Generator::write_lines`] (SIMD batches, reusable buffer).
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
pub use shard::Shard;
