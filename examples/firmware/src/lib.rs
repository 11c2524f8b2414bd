//! Shared runtime for the size probes: a panic handler that parks the core, and a global
//! allocator that always fails (the no-heap paths never call it; linking it proves they do
//! not need a real one).
#![no_std]

use core::alloc::{GlobalAlloc, Layout};

/// An allocator with no memory: every allocation fails.
pub struct NoHeap;

// SAFETY: `alloc` returns null (allocation failure), which the contract allows; `dealloc` is
// never reached because no allocation ever succeeds.
unsafe impl GlobalAlloc for NoHeap {
    unsafe fn alloc(&self, _layout: Layout) -> *mut u8 {
        core::ptr::null_mut()
    }
    unsafe fn dealloc(&self, _ptr: *mut u8, _layout: Layout) {}
}

#[global_allocator]
static HEAP: NoHeap = NoHeap;

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {
        core::hint::spin_loop();
    }
}

/// Input bytes the probes read through a volatile load, so the compiler cannot fold the work.
pub fn input<const N: usize>(src: &[u8; N]) -> [u8; N] {
    // SAFETY: `src` is a valid, aligned reference.
    unsafe { core::ptr::read_volatile(src) }
}

/// Hands a result to the outside world (a volatile store), so the work is kept.
pub fn output(v: usize) {
    static mut SINK: usize = 0;
    // SAFETY: single-threaded probe; a raw pointer to the static, written once.
    unsafe { core::ptr::write_volatile(&raw mut SINK, v) }
}
