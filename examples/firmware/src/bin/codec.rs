//! Encode + decode without the GS1 layer: GS-separated data -> module bitmap in static
//! buffers, then the module grid back to bytes with the no-heap decoder.
#![no_std]
#![no_main]
// `&mut *(&raw mut STATIC)`: the edition-2024 way to borrow each `static mut` buffer once.
#![allow(clippy::deref_addrof)]

use gs1_datamatrix::decode::{DECODE_SCRATCH_MAX, DECODED_MAX, DecodeOptions, decode_grid_into};
use gs1_datamatrix::encode::{Options, SymbolSize, encode_into_buffers, modules_len, scratch_len};
use gs1_datamatrix::matrix::ModuleGrid;
use gs1dm_firmware_size::{input, output};

const MAX: SymbolSize = SymbolSize::Square52;
static mut SCRATCH: [u8; scratch_len(MAX)] = [0; scratch_len(MAX)];
static mut MODULES: [u8; modules_len(MAX)] = [0; modules_len(MAX)];
static mut DSCRATCH: [u8; DECODE_SCRATCH_MAX] = [0; DECODE_SCRATCH_MAX];
static mut OUT: [u8; DECODED_MAX] = [0; DECODED_MAX];

struct Grid<'a>(&'a [u8], usize, usize);

impl ModuleGrid for Grid<'_> {
    fn rows(&self) -> usize {
        self.1
    }
    fn cols(&self) -> usize {
        self.2
    }
    fn dark(&self, r: usize, c: usize) -> bool {
        r < self.1 && c < self.2 && self.0.get(r * self.2 + c) == Some(&1)
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    let data = input(b"01095060001343521725123110ABC123\x1d21X1");
    // SAFETY: the only references to the buffers, in a single-threaded program.
    let (scratch, modules, dscratch, out) = unsafe {
        (
            &mut *(&raw mut SCRATCH),
            &mut *(&raw mut MODULES),
            &mut *(&raw mut DSCRATCH),
            &mut *(&raw mut OUT),
        )
    };
    let mut n = 0;
    if let Ok(i) = encode_into_buffers(&data, &Options::new().gs1(true), scratch, modules) {
        let g = Grid(modules, i.rows, i.cols);
        if let Ok(d) = decode_grid_into(&g, &DecodeOptions::default(), dscratch, out) {
            n += d.len;
        }
    }
    output(n);
    loop {
        core::hint::spin_loop();
    }
}
