//! GS1 DataMatrix for pharmaceutical serialization and track & trace.
//!
//! Data flows `serial -> gs1 -> encode -> ecc -> matrix -> render` when printing, and
//! `read -> matrix -> ecc -> decode -> gs1` when verifying. Each stage is one module.
//!
//! The core (GS1 layer, codec, serials) is `no_std` + `alloc`; PNG/JPEG I/O sits behind the
//! `image` feature and the `gs1dm` command-line tool behind `cli`.
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
// `deny`, not `forbid`: the C API module (feature `capi`) alone allows it, block by block.
#![deny(unsafe_code)]
// Issue 8: library code that touches input never panics. Tests may index and unwrap freely.
// Provably safe uses carry an `#[allow]` on the smallest item with the reason beside it.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects
    )
)]

extern crate alloc;

#[cfg(feature = "capi")]
pub mod capi;
pub mod decode;
pub mod ecc;
pub mod encode;
pub mod epc;
#[cfg(feature = "epcis")]
pub mod epcis;
pub mod error;
pub mod gs1;
pub mod limits;
pub mod matrix;
pub mod normalize;
pub mod profile;
pub mod read;
pub mod render;
pub mod serial;
#[cfg(feature = "std")]
pub mod sim;
pub mod symbol;

pub use decode::{DecodedSymbol, decode_grid};
pub use encode::{Encoder, Symbol};
pub use error::Error;
