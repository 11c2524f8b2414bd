//! What the C API tests share: the entry points `include/gs1dm.h` declares and the libraries
//! export.

/// Every `gs1dm_*` function of `src/capi/`.
pub const ENTRY_POINTS: [&str; 7] = [
    "gs1dm_error_message",
    "gs1dm_check",
    "gs1dm_encode",
    "gs1dm_encode_rows",
    "gs1dm_decode_modules",
    "gs1dm_read_grey",
    "gs1dm_serial",
];
