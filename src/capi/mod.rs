//! C API (feature `capi`): plain C types, caller-owned buffers with explicit lengths, status
//! codes, and no panic ever crossing the boundary.
//!
//! The header `include/gs1dm.h` is generated from this module by cbindgen (the
//! `capi_header` test fails when it is stale). The libraries `libgs1dm.a` and `libgs1dm.so` come
//! from the workspace crate `capi/` (`cargo build --release -p gs1dm-capi`), which re-exports this
//! module; see the README's firmware section.
//!
//! Conventions, for every function:
//! - The return value is a [`Gs1dmStatus`]; [`gs1dm_error_message`] turns it into a static,
//!   NUL-terminated English string.
//! - Input buffers are `(pointer, length)`; a null pointer is accepted only with length 0.
//!   Output buffers are `(pointer, capacity)`; when too short the function returns
//!   [`Gs1dmStatus::BufferTooSmall`] and reports the length needed in its info struct.
//! - Info structs are written (when the pointer is non-null) on success and, where stated,
//!   on failure.
//! - A Rust panic inside a call is caught and returned as [`Gs1dmStatus::Internal`].
//! - Module grids and bitmaps are row-major, one byte per module: non-zero (1) = dark.
//! - The functions are thread-safe: they share no state.
//!
//! Heap use: [`gs1dm_decode_modules`], [`gs1dm_serial`] and the encoders on plain bytes do not
//! allocate; [`gs1dm_check`], GS1 text inputs to the encoders and [`gs1dm_read_grey`] (the
//! image reader's internal buffers) do.
//!
//! Every `unsafe` block below only turns C pointers into Rust references; each states what it
//! relies on. The caller's side of the contract is in each function's `# Safety` section.
#![allow(unsafe_code)] // The only module allowed to: raw pointers from C; see each block.
#![deny(unsafe_op_in_unsafe_fn)]

use core::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};

use alloc::vec::Vec;

use crate::decode::{DECODE_SCRATCH_MAX, DecodeError, DecodeOptions, decode_grid_into};
use crate::encode::{EncodeError, EncodedInfo, Options as EncodeOptions, encode_into_buffers};
use crate::gs1::{ElementString, Gs1Error, Message, Options};
use crate::matrix::ModuleGrid;
use crate::render::Layout;
use crate::symbol::{ShapePolicy, SymbolSize};

/// Status codes returned by every function (0 = success).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gs1dmStatus {
    /// Success.
    Ok = 0,
    /// A required pointer was null (or a null buffer came with a non-zero length).
    NullPointer = 1,
    /// An output buffer is too short; the info struct tells the length needed.
    BufferTooSmall = 2,
    /// An argument is out of range (unknown option value, zero size, misaligned struct).
    InvalidArgument = 3,
    /// The GS1 element string was rejected (details in the check result and message).
    InvalidGs1 = 4,
    /// The data does not fit the largest allowed symbol.
    DataTooLong = 5,
    /// The encoder rejected the data or options for another reason.
    EncodeFailed = 6,
    /// The module grid is not a DataMatrix symbol (size or finder pattern).
    NotASymbol = 7,
    /// The symbol is too damaged for error correction.
    Uncorrectable = 8,
    /// The corrected codewords do not form valid data.
    InvalidData = 9,
    /// No symbol was found in the image.
    NotFound = 10,
    /// The image dimensions, stride or length are invalid.
    BadImage = 11,
    /// The serial index is outside the serial space, or the serial format is invalid.
    SerialFailed = 12,
    /// The printed image would be too large.
    RenderFailed = 13,
    /// An internal error (a caught panic): please report it.
    Internal = 14,
}

/// A static, NUL-terminated description of a status code (any `int` is accepted; unknown codes
/// get "unknown status code").
#[unsafe(no_mangle)]
pub extern "C" fn gs1dm_error_message(code: i32) -> *const core::ffi::c_char {
    let s: &'static core::ffi::CStr = match code {
        0 => c"success",
        1 => c"a required pointer was null",
        2 => c"output buffer too small",
        3 => c"invalid argument",
        4 => c"invalid GS1 element string",
        5 => c"data too long for the largest allowed symbol",
        6 => c"encoding failed",
        7 => c"not a DataMatrix symbol (size or finder pattern)",
        8 => c"too many errors to correct",
        9 => c"invalid data in the symbol",
        10 => c"no symbol found",
        11 => c"invalid image dimensions, stride or length",
        12 => c"serial index or format invalid",
        13 => c"printed image too large",
        14 => c"internal error",
        _ => c"unknown status code",
    };
    s.as_ptr()
}

/// What the GS1 check found. `ai` is NUL-terminated ("" when the error names no AI).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gs1dmCheck {
    /// 1 when the input was accepted.
    pub ok: u8,
    /// 1 when the accepted input is GS1 AI data (bracketed, `^` or Digital Link); 0 for plain.
    pub is_ai_data: u8,
    /// The AI the error names, NUL-terminated, up to 4 digits.
    pub ai: [u8; 5],
    /// 1 when `value_pos`/`value_len` are set (component check errors).
    pub has_span: u8,
    /// Byte offset of the offending characters inside the AI value.
    pub value_pos: usize,
    /// Length of the offending characters.
    pub value_len: usize,
    /// Length of the full message (without NUL); the message buffer holds it truncated if
    /// shorter.
    pub message_len: usize,
}

/// Size of an encoded symbol, and for packed rows the raster geometry.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Gs1dmSymbolInfo {
    /// Module rows of the symbol.
    pub rows: usize,
    /// Module columns of the symbol.
    pub cols: usize,
    /// Bytes the output needs (`rows * cols` for a bitmap; `bytes_per_row * height_dots` for
    /// packed rows). Set also when [`Gs1dmStatus::BufferTooSmall`] is returned.
    pub needed: usize,
    /// Packed rows: dots per row (quiet zone included); 0 for a bitmap.
    pub width_dots: usize,
    /// Packed rows: number of dot rows; 0 for a bitmap.
    pub height_dots: usize,
    /// Packed rows: bytes per dot row (`ceil(width_dots / 8)`, MSB = leftmost dot).
    pub bytes_per_row: usize,
    /// Packed rows: dots per module side.
    pub module_dots: u32,
    /// Packed rows: the X-dimension actually printed, micrometres.
    pub x_um: u32,
    /// Scratch bytes needed, set with [`Gs1dmStatus::BufferTooSmall`] when the scratch (not
    /// the output) is too short; 0 otherwise.
    pub scratch_needed: usize,
}

/// What a decode or read found. The bytes are in the caller's output buffer.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Gs1dmDecoded {
    /// Bytes written (the transmitted data, without symbology identifier, GS = 0x1D); when
    /// [`Gs1dmStatus::BufferTooSmall`] is returned, the length needed.
    pub len: usize,
    /// Module rows of the symbol.
    pub rows: usize,
    /// Module columns of the symbol.
    pub cols: usize,
    /// AIM symbology identifier, NUL-terminated (`]d2` for GS1).
    pub symbology_id: [u8; 4],
    /// 1 when the symbol carries GS1 data (FNC1 in first position).
    pub is_gs1: u8,
    /// 1 when the symbol was a mirror image.
    pub mirrored: u8,
    /// Codewords corrected by Reed-Solomon.
    pub corrected: u32,
}

/// How the encoder reads its input.
pub const GS1DM_INPUT_GS1: u32 = 0;
/// Input: plain bytes, encoded as they are (no FNC1).
pub const GS1DM_INPUT_BYTES: u32 = 1;
/// Input: GS1 AI data already GS-separated (`0x1D` between variable-length fields), FNC1
/// first; not validated.
pub const GS1DM_INPUT_GS1_RAW: u32 = 2;

/// Shape: square symbols only (the GS1 default).
pub const GS1DM_SHAPE_SQUARE: u32 = 0;
/// Shape: square or rectangular (ISO/IEC 16022), smallest wins.
pub const GS1DM_SHAPE_ANY: u32 = 1;
/// Shape: rectangular only.
pub const GS1DM_SHAPE_RECT: u32 = 2;
/// Shape: square, rectangular and DMRE (ISO/IEC 21471).
pub const GS1DM_SHAPE_ANY_DMRE: u32 = 3;

/// Bytes of a 32-byte key.
pub const GS1DM_KEY_LEN: usize = 32;

/// Serial alphabet: digits 0-9.
pub const GS1DM_ALPHABET_NUMERIC: u32 = 0;
/// Serial alphabet: digits and upper-case letters.
pub const GS1DM_ALPHABET_ALNUM: u32 = 1;
/// Serial alphabet: the CSET 82 subset that survives every scanner keyboard layout.
pub const GS1DM_ALPHABET_CSET82_SAFE: u32 = 2;

/// Runs `f`, turning a panic into [`Gs1dmStatus::Internal`] and `Err` into its status.
fn guard(f: impl FnOnce() -> Result<(), Gs1dmStatus>) -> Gs1dmStatus {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(())) => Gs1dmStatus::Ok,
        Ok(Err(s)) => s,
        Err(_) => Gs1dmStatus::Internal,
    }
}

/// An input buffer: `len` bytes at `ptr` (null allowed when `len == 0`).
///
/// # Safety
/// When `len > 0` and `ptr` is non-null, `ptr` must be valid for reads of `len` bytes for
/// `'a` and not be written meanwhile.
unsafe fn input<'a>(ptr: *const u8, len: usize) -> Result<&'a [u8], Gs1dmStatus> {
    if len == 0 {
        return Ok(&[]);
    }
    if ptr.is_null() {
        return Err(Gs1dmStatus::NullPointer);
    }
    if isize::try_from(len).is_err() {
        return Err(Gs1dmStatus::InvalidArgument);
    }
    // SAFETY: `ptr` is non-null, `u8` needs no alignment, `len <= isize::MAX`, and the caller
    // guarantees `len` readable bytes that stay unchanged for `'a`.
    Ok(unsafe { core::slice::from_raw_parts(ptr, len) })
}

/// An output buffer: `cap` bytes at `ptr` (null allowed when `cap == 0`).
///
/// # Safety
/// When `cap > 0` and `ptr` is non-null, `ptr` must be valid for writes of `cap` bytes for
/// `'a`, and no other reference to that memory may be used meanwhile.
unsafe fn output<'a>(ptr: *mut u8, cap: usize) -> Result<&'a mut [u8], Gs1dmStatus> {
    if cap == 0 {
        return Ok(&mut []);
    }
    if ptr.is_null() {
        return Err(Gs1dmStatus::NullPointer);
    }
    if isize::try_from(cap).is_err() {
        return Err(Gs1dmStatus::InvalidArgument);
    }
    // SAFETY: `ptr` is non-null, `u8` needs no alignment, `cap <= isize::MAX`, and the caller
    // guarantees `cap` writable bytes not aliased for `'a`.
    Ok(unsafe { core::slice::from_raw_parts_mut(ptr, cap) })
}

/// An optional info struct: `None` for null.
///
/// # Safety
/// When non-null, `ptr` must point to memory valid for writes of one `T` for `'a`, not
/// aliased meanwhile. (Alignment is checked here.)
unsafe fn info<'a, T>(ptr: *mut T) -> Result<Option<&'a mut T>, Gs1dmStatus> {
    if ptr.is_null() {
        return Ok(None);
    }
    if !ptr.is_aligned() {
        return Err(Gs1dmStatus::InvalidArgument);
    }
    // SAFETY: non-null and aligned (checked above); the caller guarantees it is valid for
    // writes of a `T` and unaliased. `T` is a plain `repr(C)` struct of integers, so every bit
    // pattern the C side left there is a valid `T` and overwriting it needs no drop.
    Ok(Some(unsafe { &mut *ptr }))
}

/// Writes `text` NUL-terminated into `buf`, truncated to fit; returns its full length.
fn write_message(buf: &mut [u8], text: impl core::fmt::Display) -> usize {
    struct Trunc<'b> {
        buf: &'b mut [u8],
        at: usize,
        total: usize,
    }
    impl core::fmt::Write for Trunc<'_> {
        fn write_str(&mut self, s: &str) -> core::fmt::Result {
            for &b in s.as_bytes() {
                // Leave room for the NUL.
                if self.at.saturating_add(1) < self.buf.len()
                    && let Some(slot) = self.buf.get_mut(self.at)
                {
                    *slot = b;
                    self.at = self.at.saturating_add(1);
                }
                self.total = self.total.saturating_add(1);
            }
            Ok(())
        }
    }
    let mut w = Trunc {
        buf,
        at: 0,
        total: 0,
    };
    let _ = write!(w, "{text}");
    if let Some(slot) = w.buf.get_mut(w.at) {
        *slot = 0;
    }
    w.total
}

/// Parses GS1 text (bracketed, `^` unbracketed or a Digital Link URI) into its message.
fn parse_gs1(text: &[u8]) -> Result<Message, Gs1Error> {
    let opts = Options::default();
    // Non-UTF-8 input cannot be GS1 data; parse it lossily so the parser reports where.
    let s = alloc::string::String::from_utf8_lossy(text);
    if s.starts_with('(') {
        ElementString::parse_bracketed(&s, &opts).map(Message::Ai)
    } else {
        crate::gs1::parse_data(&s, &opts)
    }
}

/// Checks a GS1 element string: bracketed `(01)...`, unbracketed `^01...` or a Digital Link
/// URI (plain data is accepted as plain, `is_ai_data = 0`).
///
/// On acceptance `message` receives the canonical bracketed form (or the plain data); on
/// rejection the error text. `result` (optional) receives the AI and value span of the error.
/// Returns [`Gs1dmStatus::Ok`] or [`Gs1dmStatus::InvalidGs1`]; a message truncated to fit is
/// not an error (`message_len` tells the full length).
///
/// # Safety
/// `input` must be readable for `input_len` bytes, `message` writable for `message_cap` bytes
/// (either may be null when its length is 0), `result` null or a valid, aligned
/// `Gs1dmCheck`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gs1dm_check(
    input: *const u8,
    input_len: usize,
    result: *mut Gs1dmCheck,
    message: *mut u8,
    message_cap: usize,
) -> Gs1dmStatus {
    guard(|| {
        // SAFETY: the function's contract.
        let text = unsafe { self::input(input, input_len) }?;
        // SAFETY: the function's contract.
        let msg = unsafe { output(message, message_cap) }?;
        // SAFETY: the function's contract.
        let result = unsafe { info(result) }?;
        let mut r = Gs1dmCheck {
            ok: 0,
            is_ai_data: 0,
            ai: [0; 5],
            has_span: 0,
            value_pos: 0,
            value_len: 0,
            message_len: 0,
        };
        let status = match parse_gs1(text) {
            Ok(m) => {
                r.ok = 1;
                r.is_ai_data = u8::from(m.elements().is_some());
                r.message_len = match m.ai_str() {
                    Some(b) => write_message(msg, b),
                    None => write_message(msg, m.data_str()),
                };
                Ok(())
            }
            Err(e) => {
                if let Some(ai) = e.ai() {
                    for (slot, b) in r.ai.iter_mut().zip(ai.bytes().take(4)) {
                        *slot = b;
                    }
                }
                if let Some((pos, len)) = e.value_span() {
                    (r.has_span, r.value_pos, r.value_len) = (1, pos, len);
                }
                r.message_len = write_message(msg, e);
                Err(Gs1dmStatus::InvalidGs1)
            }
        };
        if let Some(out) = result {
            *out = r;
        }
        status
    })
}

fn shape_policy(shape: u32) -> Result<ShapePolicy, Gs1dmStatus> {
    match shape {
        GS1DM_SHAPE_SQUARE => Ok(ShapePolicy::Square),
        GS1DM_SHAPE_ANY => Ok(ShapePolicy::SquareOrRectangular),
        GS1DM_SHAPE_RECT => Ok(ShapePolicy::Rectangular),
        GS1DM_SHAPE_ANY_DMRE => Ok(ShapePolicy::WithDmre),
        _ => Err(Gs1dmStatus::InvalidArgument),
    }
}

/// Why an encode into buffers failed: the status, and for a short buffer which one and the
/// bytes it needs.
struct EncodeFail {
    status: Gs1dmStatus,
    scratch_needed: usize,
    modules_needed: usize,
}

impl From<Gs1dmStatus> for EncodeFail {
    fn from(status: Gs1dmStatus) -> Self {
        EncodeFail {
            status,
            scratch_needed: 0,
            modules_needed: 0,
        }
    }
}

/// Encodes per the C options into `modules` (row-major, 1 = dark) with the encoder's no-heap
/// entry point, [`encode_into_buffers`]. `scratch` empty means "allocate it here". GS1 text
/// inputs are parsed (which allocates); plain and GS-separated inputs are not.
fn encode_to(
    data: &[u8],
    input_kind: u32,
    shape: u32,
    scratch: &mut [u8],
    modules: &mut [u8],
) -> Result<EncodedInfo, EncodeFail> {
    let mut opts = EncodeOptions::new().shape(shape_policy(shape)?);
    let mut gs_buf = Vec::new();
    let payload: &[u8] = match input_kind {
        GS1DM_INPUT_GS1 => {
            let m = parse_gs1(data).map_err(|_| Gs1dmStatus::InvalidGs1)?;
            let es = m.elements().ok_or(Gs1dmStatus::InvalidGs1)?;
            es.write_gs_separated(&mut gs_buf);
            opts = opts.gs1(true);
            &gs_buf
        }
        GS1DM_INPUT_GS1_RAW => {
            opts = opts.gs1(true);
            data
        }
        GS1DM_INPUT_BYTES => data,
        _ => return Err(Gs1dmStatus::InvalidArgument.into()),
    };
    let mut owned = Vec::new();
    let scratch = if scratch.is_empty() {
        owned.resize(GS1DM_ENCODE_SCRATCH_MAX, 0);
        owned.as_mut_slice()
    } else {
        scratch
    };
    encode_into_buffers(payload, &opts, scratch, modules).map_err(|e| match e {
        EncodeError::BufferTooSmall { buffer, needed, .. } => EncodeFail {
            status: Gs1dmStatus::BufferTooSmall,
            scratch_needed: if buffer == "scratch" { needed } else { 0 },
            modules_needed: if buffer == "modules" { needed } else { 0 },
        },
        EncodeError::DataTooLong { .. } | EncodeError::InputTooLong { .. } => {
            Gs1dmStatus::DataTooLong.into()
        }
        _ => Gs1dmStatus::EncodeFailed.into(),
    })
}

/// Encodes `data` into a DataMatrix module bitmap: `rows * cols` bytes, row-major, 1 = dark,
/// 0 = light (quiet zone not included).
///
/// `input_kind` is one of the `GS1DM_INPUT_*` constants (GS1 text is validated first),
/// `shape` one of `GS1DM_SHAPE_*`. `scratch` is the encoder's working memory
/// ([`GS1DM_ENCODE_SCRATCH_MAX`] bytes always suffice; far less for short data), or null with
/// `scratch_cap` 0 to let the library allocate it. With a caller scratch and
/// `GS1DM_INPUT_BYTES`/`GS1DM_INPUT_GS1_RAW` the call does not allocate.
///
/// `info` (optional) receives the size. With [`Gs1dmStatus::BufferTooSmall`] it tells what is
/// short: `needed` (bitmap bytes; `rows`/`cols` are then 0) or `scratch_needed`.
///
/// # Safety
/// `data` readable for `data_len` bytes, `scratch` and `modules` writable for their capacities
/// (null allowed with capacity 0), `info` null or a valid, aligned `Gs1dmSymbolInfo`.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)] // A flat C signature: one argument per option.
pub unsafe extern "C" fn gs1dm_encode(
    data: *const u8,
    data_len: usize,
    input_kind: u32,
    shape: u32,
    scratch: *mut u8,
    scratch_cap: usize,
    modules: *mut u8,
    modules_cap: usize,
    info: *mut Gs1dmSymbolInfo,
) -> Gs1dmStatus {
    guard(|| {
        // SAFETY: the function's contract.
        let data = unsafe { input(data, data_len) }?;
        // SAFETY: the function's contract.
        let scratch = unsafe { output(scratch, scratch_cap) }?;
        // SAFETY: the function's contract.
        let out = unsafe { output(modules, modules_cap) }?;
        // SAFETY: the function's contract.
        let info = unsafe { self::info(info) }?;
        match encode_to(data, input_kind, shape, scratch, out) {
            Ok(e) => {
                if let Some(i) = info {
                    *i = Gs1dmSymbolInfo {
                        rows: e.rows,
                        cols: e.cols,
                        needed: e.rows.saturating_mul(e.cols),
                        ..Gs1dmSymbolInfo::default()
                    };
                }
                Ok(())
            }
            Err(f) => {
                if let Some(i) = info {
                    *i = Gs1dmSymbolInfo {
                        needed: f.modules_needed,
                        scratch_needed: f.scratch_needed,
                        ..Gs1dmSymbolInfo::default()
                    };
                }
                Err(f.status)
            }
        }
    })
}

/// A module grid borrowed from C bytes (row-major, non-zero = dark).
struct ByteGrid<'a> {
    bytes: &'a [u8],
    rows: usize,
    cols: usize,
}

impl ModuleGrid for ByteGrid<'_> {
    fn rows(&self) -> usize {
        self.rows
    }
    fn cols(&self) -> usize {
        self.cols
    }
    fn dark(&self, row: usize, col: usize) -> bool {
        if row >= self.rows || col >= self.cols {
            return false;
        }
        row.checked_mul(self.cols)
            .and_then(|i| i.checked_add(col))
            .and_then(|i| self.bytes.get(i))
            .is_some_and(|&b| b != 0)
    }
}

/// Encodes `data` and renders it as packed 1-bit printer rows: each dot row (quiet zone of
/// `quiet_zone` modules included) is `ceil(width_dots / 8)` bytes, most significant bit = the
/// leftmost dot, 1 = dot on (dark); unused low bits of a row's last byte are 0. The module size
/// is the whole number of dots nearest to an X-dimension of `x_um` micrometres at `dpi` dots
/// per inch (at least 1 dot).
///
/// `scratch` as for [`gs1dm_encode`]; the module bitmap is kept on the stack (20 KiB).
/// `info` (optional) receives the symbol size and raster geometry; with
/// [`Gs1dmStatus::BufferTooSmall`], `needed` (row bytes) or `scratch_needed`.
///
/// # Safety
/// As [`gs1dm_encode`], with `rows`/`rows_cap` for the output.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)] // A flat C signature: one argument per option.
pub unsafe extern "C" fn gs1dm_encode_rows(
    data: *const u8,
    data_len: usize,
    input_kind: u32,
    shape: u32,
    dpi: u32,
    x_um: u32,
    quiet_zone: u32,
    scratch: *mut u8,
    scratch_cap: usize,
    rows: *mut u8,
    rows_cap: usize,
    info: *mut Gs1dmSymbolInfo,
) -> Gs1dmStatus {
    guard(|| {
        // SAFETY: the function's contract.
        let data = unsafe { input(data, data_len) }?;
        // SAFETY: the function's contract.
        let scratch = unsafe { output(scratch, scratch_cap) }?;
        // SAFETY: the function's contract.
        let out = unsafe { output(rows, rows_cap) }?;
        // SAFETY: the function's contract.
        let info = unsafe { self::info(info) }?;
        let print = Layout::for_print(dpi, x_um).map_err(|_| Gs1dmStatus::InvalidArgument)?;
        let layout = Layout {
            module_dots: print.module_dots,
            quiet_zone,
            invert: false,
        };
        let mut bits = [0u8; GS1DM_MODULES_MAX];
        let e = match encode_to(data, input_kind, shape, scratch, &mut bits) {
            Ok(e) => e,
            Err(f) => {
                if let Some(i) = info {
                    *i = Gs1dmSymbolInfo {
                        scratch_needed: f.scratch_needed,
                        ..Gs1dmSymbolInfo::default()
                    };
                }
                return Err(f.status);
            }
        };
        let grid = ByteGrid {
            bytes: &bits,
            rows: e.rows,
            cols: e.cols,
        };
        let (w, h) = layout.check(&grid).map_err(|_| Gs1dmStatus::RenderFailed)?;
        let per_row = w.div_ceil(8);
        let needed = per_row.checked_mul(h).ok_or(Gs1dmStatus::RenderFailed)?;
        if let Some(i) = info {
            *i = Gs1dmSymbolInfo {
                rows: e.rows,
                cols: e.cols,
                needed,
                width_dots: w,
                height_dots: h,
                bytes_per_row: per_row,
                module_dots: print.module_dots,
                x_um: print.x_um,
                scratch_needed: 0,
            };
        }
        let dst = out.get_mut(..needed).ok_or(Gs1dmStatus::BufferTooSmall)?;
        pack_rows(&grid, &layout, per_row, dst);
        Ok(())
    })
}

/// Writes the packed dot rows of `grid` under `layout` into `dst` (`per_row` bytes per dot
/// row, `dims().1` rows), without allocating: one module row is packed once, then copied for
/// each of its dot rows.
fn pack_rows(grid: &ByteGrid<'_>, layout: &Layout, per_row: usize, dst: &mut [u8]) {
    let d = usize::try_from(layout.module_dots.max(1)).unwrap_or(1);
    let q = usize::try_from(layout.quiet_zone).unwrap_or(0);
    let side = |n: usize| n.saturating_add(q.saturating_mul(2));
    let mut rows = dst.chunks_exact_mut(per_row.max(1));
    for mr in 0..side(grid.rows()) {
        let Some(first) = rows.next() else { return };
        first.fill(0);
        let mut x = 0usize;
        for mc in 0..side(grid.cols()) {
            if layout.module_dark(grid, mr, mc) {
                for k in x..x.saturating_add(d) {
                    if let Some(b) = first.get_mut(k / 8) {
                        *b |= 0x80 >> (k % 8);
                    }
                }
            }
            x = x.saturating_add(d);
        }
        let first: &[u8] = first;
        for _ in 1..d {
            if let Some(row) = rows.next() {
                row.copy_from_slice(first);
            }
        }
    }
}

fn decode_status(e: &DecodeError) -> Gs1dmStatus {
    match e {
        DecodeError::Matrix(_) => Gs1dmStatus::NotASymbol,
        DecodeError::Ecc(_) => Gs1dmStatus::Uncorrectable,
        DecodeError::OutputTooSmall { .. } => Gs1dmStatus::BufferTooSmall,
        _ => Gs1dmStatus::InvalidData,
    }
}

fn sid_bytes(id: &str) -> [u8; 4] {
    let mut out = [0u8; 4];
    for (slot, b) in out.iter_mut().zip(id.bytes().take(3)) {
        *slot = b;
    }
    out
}

/// Decodes a module grid (`rows * cols` bytes, row-major, non-zero = dark; the symbol's
/// modules without quiet zone, in any of the 8 orientations) into the transmitted bytes.
/// Never allocates: the working memory is on the stack (about 7 KiB).
///
/// `info` (optional) receives the details; with [`Gs1dmStatus::BufferTooSmall`] its `len` is
/// the length needed.
///
/// # Safety
/// `modules` readable for `modules_len` bytes, `out` writable for `out_cap` bytes (null
/// allowed with length 0), `info` null or a valid, aligned `Gs1dmDecoded`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gs1dm_decode_modules(
    modules: *const u8,
    modules_len: usize,
    rows: usize,
    cols: usize,
    out: *mut u8,
    out_cap: usize,
    info: *mut Gs1dmDecoded,
) -> Gs1dmStatus {
    guard(|| {
        // SAFETY: the function's contract.
        let bytes = unsafe { input(modules, modules_len) }?;
        // SAFETY: the function's contract.
        let out = unsafe { output(out, out_cap) }?;
        // SAFETY: the function's contract.
        let info = unsafe { self::info(info) }?;
        let n = rows.checked_mul(cols).ok_or(Gs1dmStatus::InvalidArgument)?;
        if n == 0 || n > bytes.len() {
            return Err(Gs1dmStatus::InvalidArgument);
        }
        let grid = ByteGrid { bytes, rows, cols };
        let mut scratch = [0u8; DECODE_SCRATCH_MAX];
        match decode_grid_into(&grid, &DecodeOptions::default(), &mut scratch, out) {
            Ok(d) => {
                if let Some(i) = info {
                    *i = Gs1dmDecoded {
                        len: d.len,
                        rows: d.size.rows(),
                        cols: d.size.cols(),
                        symbology_id: sid_bytes(d.symbology_id()),
                        is_gs1: u8::from(d.is_gs1()),
                        mirrored: u8::from(d.mirrored),
                        corrected: u32::try_from(d.corrections.corrected()).unwrap_or(u32::MAX),
                    };
                }
                Ok(())
            }
            Err(e) => {
                if let (Some(i), DecodeError::OutputTooSmall { needed, .. }) = (info, &e) {
                    *i = Gs1dmDecoded {
                        len: *needed,
                        ..Gs1dmDecoded::default()
                    };
                }
                Err(decode_status(&e))
            }
        }
    })
}

/// Reads the first DataMatrix symbol found in an 8-bit greyscale image (`width` x `height`
/// pixels, `stride` bytes from one row to the next, 0 = black) with this crate's image reader.
/// `time_budget_ms` bounds the search (0 = no limit). Allocates: the reader keeps internal
/// buffers sized to the image (host builds).
///
/// # Safety
/// `pixels` readable for `pixels_len` bytes, `out` writable for `out_cap` bytes (null allowed
/// with length 0), `info` null or a valid, aligned `Gs1dmDecoded`.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)] // A flat C signature: one argument per option.
pub unsafe extern "C" fn gs1dm_read_grey(
    pixels: *const u8,
    pixels_len: usize,
    width: usize,
    height: usize,
    stride: usize,
    time_budget_ms: u32,
    out: *mut u8,
    out_cap: usize,
    info: *mut Gs1dmDecoded,
) -> Gs1dmStatus {
    guard(|| {
        // SAFETY: the function's contract.
        let px = unsafe { input(pixels, pixels_len) }?;
        // SAFETY: the function's contract.
        let out = unsafe { output(out, out_cap) }?;
        // SAFETY: the function's contract.
        let info = unsafe { self::info(info) }?;
        let img = crate::read::ImageView::new(px, width, height, stride)
            .map_err(|_| Gs1dmStatus::BadImage)?;
        let mut opts = crate::read::ReaderOptions {
            max_symbols: 1,
            ..Default::default()
        };
        if time_budget_ms > 0 {
            opts.time_budget_us = Some(u64::from(time_budget_ms).saturating_mul(1000));
        }
        let mut reader = crate::read::Reader::new();
        let mut clock = crate::read::StdClock::default();
        let found = reader
            .read_timed(&img, &opts, &mut clock)
            .map_err(|_| Gs1dmStatus::BadImage)?;
        let sym = found.first().ok_or(Gs1dmStatus::NotFound)?;
        let d = &sym.content;
        let bytes = d.bytes();
        let r = Gs1dmDecoded {
            len: bytes.len(),
            rows: d.size.rows(),
            cols: d.size.cols(),
            symbology_id: sid_bytes(d.symbology_id()),
            is_gs1: u8::from(d.is_gs1()),
            mirrored: u8::from(sym.mirrored),
            corrected: u32::try_from(d.corrections.corrected()).unwrap_or(u32::MAX),
        };
        if let Some(i) = info {
            *i = r;
        }
        let dst = out
            .get_mut(..bytes.len())
            .ok_or(Gs1dmStatus::BufferTooSmall)?;
        dst.copy_from_slice(bytes);
        Ok(())
    })
}

/// Writes serial number `index` of the collision-free sequence defined by a 32-byte master
/// key, an optional GTIN (NUL-terminated 14 digits, or null: one sequence for all products),
/// an alphabet (`GS1DM_ALPHABET_*`) and a length. Different indices give different serials;
/// the sequence looks random without the key. Never allocates.
///
/// `written` (optional) receives the serial's length, also with
/// [`Gs1dmStatus::BufferTooSmall`]. No NUL is appended.
///
/// # Safety
/// `key` readable for 32 bytes, `gtin` null or a NUL-terminated string, `out` writable for
/// `out_cap` bytes (null allowed with length 0), `written` null or a valid, aligned `size_t`.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)] // A flat C signature: one argument per option.
pub unsafe extern "C" fn gs1dm_serial(
    key: *const u8,
    gtin: *const core::ffi::c_char,
    alphabet: u32,
    length: usize,
    index: u64,
    out: *mut u8,
    out_cap: usize,
    written: *mut usize,
) -> Gs1dmStatus {
    guard(|| {
        if key.is_null() {
            return Err(Gs1dmStatus::NullPointer);
        }
        // SAFETY: the function's contract (32 readable bytes at a non-null `key`).
        let key = unsafe { input(key, GS1DM_KEY_LEN) }?;
        let key: [u8; GS1DM_KEY_LEN] = key.try_into().map_err(|_| Gs1dmStatus::InvalidArgument)?;
        let gtin = if gtin.is_null() {
            None
        } else {
            // SAFETY: non-null, and the caller guarantees a NUL-terminated string that stays
            // unchanged during the call.
            let c = unsafe { core::ffi::CStr::from_ptr(gtin) };
            let s = c.to_str().map_err(|_| Gs1dmStatus::SerialFailed)?;
            Some(crate::serial::Gtin::parse(s).map_err(|_| Gs1dmStatus::SerialFailed)?)
        };
        // SAFETY: the function's contract.
        let out = unsafe { output(out, out_cap) }?;
        // SAFETY: the function's contract.
        let written = unsafe { info(written) }?;
        use crate::serial::{Alphabet, Generator, MasterKey, SerialFormat};
        let alpha = match alphabet {
            GS1DM_ALPHABET_NUMERIC => Alphabet::numeric(),
            GS1DM_ALPHABET_ALNUM => Alphabet::alnum(),
            GS1DM_ALPHABET_CSET82_SAFE => Alphabet::cset82_safe(),
            _ => return Err(Gs1dmStatus::InvalidArgument),
        };
        let format = SerialFormat::new(alpha, length).map_err(|_| Gs1dmStatus::SerialFailed)?;
        let total = format.total_len();
        if let Some(w) = written {
            *w = total;
        }
        if out.len() < total {
            return Err(Gs1dmStatus::BufferTooSmall);
        }
        let generator = Generator::new(&MasterKey::from_bytes(key), gtin.as_ref(), format);
        generator
            .write_serial(u128::from(index), out)
            .map(|_| ())
            .map_err(|_| Gs1dmStatus::SerialFailed)
    })
}

/// Largest module bitmap any symbol needs (144 x 144 bytes), for sizing buffers statically.
pub const GS1DM_MODULES_MAX: usize = 20736;

/// Encoder scratch bytes that always suffice for [`gs1dm_encode`] and [`gs1dm_encode_rows`]
/// (any input that fits a 144x144 symbol).
pub const GS1DM_ENCODE_SCRATCH_MAX: usize = 83222;

/// Output bytes that always suffice for [`gs1dm_decode_modules`] (and for any symbol that
/// [`gs1dm_read_grey`] reads).
pub const GS1DM_DECODED_MAX: usize = 6248;

// The literals above (cbindgen copies literals into the header) match the library's sizes.
const _: () =
    assert!(GS1DM_MODULES_MAX == SymbolSize::Square144.rows() * SymbolSize::Square144.cols());
const _: () = assert!(GS1DM_DECODED_MAX == crate::decode::DECODED_MAX);
const _: () =
    assert!(GS1DM_ENCODE_SCRATCH_MAX == crate::encode::scratch_len(SymbolSize::Square144));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_the_internal_status() {
        let prev = std::panic::take_hook();
        std::panic::set_hook(alloc::boxed::Box::new(|_| {}));
        let s = guard(|| panic!("boom"));
        std::panic::set_hook(prev);
        assert_eq!(s, Gs1dmStatus::Internal);
        assert_eq!(guard(|| Err(Gs1dmStatus::NotFound)), Gs1dmStatus::NotFound);
        assert_eq!(guard(|| Ok(())), Gs1dmStatus::Ok);
    }

    #[test]
    fn every_status_has_its_own_message() {
        let mut seen = alloc::collections::BTreeSet::new();
        for code in 0..=14 {
            // SAFETY: the function returns a pointer to a static NUL-terminated string.
            let m = unsafe { core::ffi::CStr::from_ptr(gs1dm_error_message(code)) };
            assert!(
                seen.insert(m.to_bytes().to_vec()),
                "{code} repeats a message"
            );
        }
        // SAFETY: as above.
        let unknown = unsafe { core::ffi::CStr::from_ptr(gs1dm_error_message(-7)) };
        assert_eq!(unknown.to_bytes(), b"unknown status code");
        assert_eq!(Gs1dmStatus::Internal as i32, 14);
    }

    #[test]
    fn null_and_misaligned_pointers_are_rejected() {
        let mut out = [0u8; 16];
        let mut d = Gs1dmDecoded::default();
        // SAFETY: null input with a length: must be rejected before any read.
        let s = unsafe {
            gs1dm_decode_modules(core::ptr::null(), 4, 2, 2, out.as_mut_ptr(), 16, &mut d)
        };
        assert_eq!(s, Gs1dmStatus::NullPointer);
        // A misaligned info pointer (inside a byte buffer) is refused, not written through.
        let mut raw = [0u8; 2 * core::mem::size_of::<Gs1dmDecoded>()];
        let base = raw.as_mut_ptr();
        let off = (1..core::mem::align_of::<Gs1dmDecoded>())
            .find(|k| {
                !(base.wrapping_add(*k) as usize)
                    .is_multiple_of(core::mem::align_of::<Gs1dmDecoded>())
            })
            .unwrap_or(1);
        let bad = base.wrapping_add(off).cast::<Gs1dmDecoded>();
        let grid = [1u8; 100];
        // SAFETY: buffers valid for their lengths; `bad` points into `raw` but is misaligned,
        // which the function must detect.
        let s =
            unsafe { gs1dm_decode_modules(grid.as_ptr(), 100, 10, 10, out.as_mut_ptr(), 16, bad) };
        assert_eq!(s, Gs1dmStatus::InvalidArgument);
        // SAFETY: a null key pointer must be rejected.
        let s = unsafe {
            gs1dm_serial(
                core::ptr::null(),
                core::ptr::null(),
                0,
                8,
                0,
                out.as_mut_ptr(),
                16,
                core::ptr::null_mut(),
            )
        };
        assert_eq!(s, Gs1dmStatus::NullPointer);
    }

    #[test]
    fn messages_truncate_with_a_nul_and_report_the_full_length() {
        let mut buf = [0xAAu8; 6];
        assert_eq!(write_message(&mut buf, "hello world"), 11);
        assert_eq!(&buf, b"hello\0");
        let mut none: [u8; 0] = [];
        assert_eq!(write_message(&mut none, "abc"), 3);
    }

    #[test]
    fn packed_rows_equal_the_render_module() {
        let sym = crate::encode::Encoder::new()
            .shape(ShapePolicy::Rectangular)
            .encode(b"printer rows 0123")
            .unwrap();
        let mut bits = Vec::new();
        for r in 0..sym.rows() {
            for c in 0..sym.cols() {
                bits.push(u8::from(sym.matrix().dark(r, c)));
            }
        }
        let grid = ByteGrid {
            bytes: &bits,
            rows: sym.rows(),
            cols: sym.cols(),
        };
        for dots in 1..=5 {
            for quiet in 0..=3 {
                let layout = Layout {
                    module_dots: dots,
                    quiet_zone: quiet,
                    invert: false,
                };
                let mut want = Vec::new();
                crate::render::rows::rows(sym.matrix(), &layout, |r| want.extend_from_slice(r))
                    .unwrap();
                let (w, _) = layout.dims(&grid);
                let mut got = alloc::vec![0xFFu8; want.len()];
                pack_rows(&grid, &layout, w.div_ceil(8), &mut got);
                assert_eq!(got, want, "{dots} dots, quiet {quiet}");
            }
        }
    }

    #[test]
    fn arbitrary_inputs_never_reach_the_panic_guard() {
        // Pseudo-random bytes, option values and sizes into every entry point: any status but
        // `Internal` (which would mean a panic inside) is fine.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut out = alloc::vec![0u8; 4096];
        let mut scratch = alloc::vec![0u8; 4096];
        for round in 0..300 {
            let len = (next() % 120) as usize;
            let mut data: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            if round % 3 == 0 {
                data = alloc::format!("(01)0950600013435{}(21){}", next() % 10, next() % 1000)
                    .into_bytes();
            }
            let kind = (next() % 4) as u32;
            let shape = (next() % 5) as u32;
            let cap = (next() % 4096) as usize;
            let mut si = Gs1dmSymbolInfo::default();
            let mut d = Gs1dmDecoded::default();
            let mut c = Gs1dmCheck {
                ok: 0,
                is_ai_data: 0,
                ai: [0; 5],
                has_span: 0,
                value_pos: 0,
                value_len: 0,
                message_len: 0,
            };
            let scap = if round % 2 == 0 {
                0
            } else {
                (next() % 4096) as usize
            };
            let sptr = if scap == 0 {
                core::ptr::null_mut()
            } else {
                scratch.as_mut_ptr()
            };
            let (rows, cols) = ((next() % 30) as usize, (next() % 30) as usize);
            let (w, h, stride) = (
                (next() % 64) as usize,
                (next() % 64) as usize,
                (next() % 80) as usize,
            );
            // SAFETY: every pointer is a live buffer at least as long as the length passed with
            // it (or null with length 0), and the info structs are live locals.
            let statuses = unsafe {
                [
                    gs1dm_check(data.as_ptr(), data.len(), &mut c, out.as_mut_ptr(), cap),
                    gs1dm_encode(
                        data.as_ptr(),
                        data.len(),
                        kind,
                        shape,
                        sptr,
                        scap,
                        out.as_mut_ptr(),
                        cap,
                        &mut si,
                    ),
                    gs1dm_encode_rows(
                        data.as_ptr(),
                        data.len(),
                        kind,
                        shape,
                        (next() % 1200) as u32,
                        (next() % 2000) as u32,
                        (next() % 6) as u32,
                        sptr,
                        scap,
                        out.as_mut_ptr(),
                        cap,
                        &mut si,
                    ),
                    gs1dm_decode_modules(
                        data.as_ptr(),
                        data.len(),
                        rows,
                        cols,
                        out.as_mut_ptr(),
                        cap,
                        &mut d,
                    ),
                    gs1dm_read_grey(
                        data.as_ptr(),
                        data.len(),
                        w,
                        h,
                        stride,
                        5,
                        out.as_mut_ptr(),
                        cap,
                        &mut d,
                    ),
                    gs1dm_serial(
                        scratch.as_ptr(),
                        core::ptr::null(),
                        kind,
                        (next() % 40) as usize,
                        next(),
                        out.as_mut_ptr(),
                        cap,
                        core::ptr::null_mut(),
                    ),
                ]
            };
            for (i, s) in statuses.iter().enumerate() {
                assert_ne!(*s, Gs1dmStatus::Internal, "round {round}, function {i}");
            }
        }
    }
}
