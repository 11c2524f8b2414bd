//! Encoder only: GS-separated GS1 data -> codewords -> module bitmap, in static buffers
//! (what a printer controller needs).
#![no_std]
#![no_main]
// `&mut *(&raw mut STATIC)`: the edition-2024 way to borrow each `static mut` buffer once.
#![allow(clippy::deref_addrof)]

use gs1_datamatrix::encode::{Options, SymbolSize, encode_into_buffers, modules_len, scratch_len};
use gs1dm_firmware_size::{input, output};

const MAX: SymbolSize = SymbolSize::Square52;
static mut SCRATCH: [u8; scratch_len(MAX)] = [0; scratch_len(MAX)];
static mut MODULES: [u8; modules_len(MAX)] = [0; modules_len(MAX)];

#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    let data = input(b"01095060001343521725123110ABC123\x1d21X1");
    // SAFETY: the only references to the buffers, in a single-threaded program.
    let (scratch, modules) = unsafe { (&mut *(&raw mut SCRATCH), &mut *(&raw mut MODULES)) };
    let r = encode_into_buffers(&data, &Options::new().gs1(true), scratch, modules);
    output(r.map_or(0, |i| i.rows * i.cols));
    loop {
        core::hint::spin_loop();
    }
}
