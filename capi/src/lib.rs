//! The gs1-datamatrix C API as linkable libraries: `libgs1dm.a` and `libgs1dm.so` export every
//! `gs1dm_*` function of `gs1_datamatrix::capi` (declared in `include/gs1dm.h`).

pub use gs1_datamatrix::capi::*;
