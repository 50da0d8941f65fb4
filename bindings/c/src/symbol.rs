//! `cv_symbol`: an encoded symbol (module grid + metadata) and its renderings.

use std::ffi::c_char;

use facade::{OutputFormat, Symbol, SymbolInfo};

use crate::{
    bytes::cv_bytes,
    error::cv_result,
    ffi,
    info::{InfoStrings, cv_symbol_info},
    panic::{boundary, boundary_or},
    parse,
};

/// An encoded symbol: the module grid without quiet zone, and what the encoder chose.
/// Immutable; free with `cv_symbol_free`.
pub struct cv_symbol {
    symbol: Symbol,
    info: InfoStrings,
}

impl cv_symbol {
    fn new(symbol: Symbol) -> cv_symbol {
        cv_symbol {
            info: InfoStrings::new(SymbolInfo::from(&symbol)),
            symbol,
        }
    }
}

/// Encodes `len` bytes of `data` (any bytes, taken as they are) into a symbol; for text under
/// an ECI use `cv_encode_text`.
///
/// `symbology` is a NUL-terminated name (`"qr"`, `"micro-qr"`, `"rmqr"`) or NULL for `"qr"`.
/// `options_json` is a NUL-terminated JSON object shaped like a request's `options` (e.g.
/// `{"ecc": "H", "version": 5, "mask": 3}`) or NULL for the defaults (ECC M with boost,
/// automatic version and mask).
///
/// On success writes a new handle to `*out` (free it with `cv_symbol_free`).
///
/// # Safety
///
/// `data` must be NULL or point to `len` readable bytes; `symbology` and `options_json` NULL or
/// NUL-terminated; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_encode(
    data: *const u8,
    len: usize,
    symbology: *const c_char,
    options_json: *const c_char,
    out: *mut *mut cv_symbol,
) -> cv_result {
    boundary(|| {
        ffi::check_not_null(out, "out")?;
        // SAFETY: the caller guarantees `len` readable bytes at `data`.
        let data = unsafe { ffi::bytes_from(data, len, "data")? };
        // SAFETY: the caller guarantees NULL or NUL-terminated strings.
        let (symbology, options) = unsafe {
            (
                ffi::opt_c_str(symbology, "symbology")?,
                ffi::opt_c_str(options_json, "options_json")?,
            )
        };
        let symbology = parse::symbology(symbology)?;
        let options = parse::options(options)?;
        let symbol = facade::encode(symbology, data, &options)?;
        // SAFETY: `out` checked non-NULL above; the caller guarantees it is writable.
        unsafe { ffi::write_out(out, ffi::into_handle(cv_symbol::new(symbol))) };
        Ok(())
    })
}

/// Encodes `len` bytes of UTF-8 `text` into a symbol: like `cv_encode`, but when the options
/// set an ECI the text is first converted into that ECI's character set (e.g. ECI 3 is
/// ISO-8859-1), exactly as `cv_generate` treats a request's `data`. A character the set lacks
/// fails with `CV_CHAR_NOT_IN_CHARSET`; text that is not UTF-8 with `CV_INVALID_UTF8`.
///
/// `symbology`, `options_json` and `out` as for `cv_encode`.
///
/// # Safety
///
/// As `cv_encode`, with `text` in place of `data`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_encode_text(
    text: *const c_char,
    len: usize,
    symbology: *const c_char,
    options_json: *const c_char,
    out: *mut *mut cv_symbol,
) -> cv_result {
    boundary(|| {
        ffi::check_not_null(out, "out")?;
        // SAFETY: the caller guarantees `len` readable bytes at `text`.
        let text = unsafe { ffi::str_from(text, len, "text")? };
        // SAFETY: the caller guarantees NULL or NUL-terminated strings.
        let (symbology, options) = unsafe {
            (
                ffi::opt_c_str(symbology, "symbology")?,
                ffi::opt_c_str(options_json, "options_json")?,
            )
        };
        let symbology = parse::symbology(symbology)?;
        let options = parse::options(options)?;
        let symbol = facade::encode_text(symbology, text, &options)?;
        // SAFETY: `out` checked non-NULL above; the caller guarantees it is writable.
        unsafe { ffi::write_out(out, ffi::into_handle(cv_symbol::new(symbol))) };
        Ok(())
    })
}

/// Borrows a symbol for a getter.
///
/// # Safety
///
/// `symbol` must be NULL or a live handle.
unsafe fn get<'a>(symbol: *const cv_symbol) -> Option<&'a cv_symbol> {
    // SAFETY: forwarded from the caller.
    unsafe { ffi::handle_ref(symbol, "symbol") }.ok()
}

/// Width in modules, without quiet zone; 0 if `symbol` is NULL.
///
/// # Safety
///
/// `symbol` must be NULL or a live `cv_symbol` handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_symbol_width(symbol: *const cv_symbol) -> usize {
    boundary_or(0, || {
        // SAFETY: forwarded from the caller.
        unsafe { get(symbol) }.map_or(0, |s| s.symbol.matrix.width())
    })
}

/// Height in modules, without quiet zone; 0 if `symbol` is NULL.
///
/// # Safety
///
/// `symbol` must be NULL or a live `cv_symbol` handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_symbol_height(symbol: *const cv_symbol) -> usize {
    boundary_or(0, || {
        // SAFETY: forwarded from the caller.
        unsafe { get(symbol) }.map_or(0, |s| s.symbol.matrix.height())
    })
}

/// Whether the module at column `x`, row `y` (0-based, top left, no quiet zone) is dark;
/// false if `symbol` is NULL or the position is outside the grid.
///
/// # Safety
///
/// `symbol` must be NULL or a live `cv_symbol` handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_symbol_is_dark(symbol: *const cv_symbol, x: usize, y: usize) -> bool {
    boundary_or(false, || {
        // SAFETY: forwarded from the caller.
        unsafe { get(symbol) }.is_some_and(|s| {
            let m = &s.symbol.matrix;
            x < m.width() && y < m.height() && m.is_dark(x, y)
        })
    })
}

/// The version name (`"10"`, `"M3"`, `"R13x43"`), valid until `cv_symbol_free(symbol)`; NULL
/// if `symbol` is NULL.
///
/// # Safety
///
/// `symbol` must be NULL or a live `cv_symbol` handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_symbol_version(symbol: *const cv_symbol) -> *const c_char {
    boundary_or(std::ptr::null(), || {
        // SAFETY: forwarded from the caller.
        unsafe { get(symbol) }.map_or(std::ptr::null(), |s| s.info.version())
    })
}

/// The error correction level used (`"L"`, `"M"`, `"Q"`, `"H"`), valid until
/// `cv_symbol_free(symbol)`; NULL if `symbol` is NULL or the symbology has no level.
///
/// # Safety
///
/// `symbol` must be NULL or a live `cv_symbol` handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_symbol_ecc(symbol: *const cv_symbol) -> *const c_char {
    boundary_or(std::ptr::null(), || {
        // SAFETY: forwarded from the caller.
        unsafe { get(symbol) }.map_or(std::ptr::null(), |s| s.info.ecc())
    })
}

/// The mask pattern applied; -1 if `symbol` is NULL or the symbology has no masks (rMQR).
///
/// # Safety
///
/// `symbol` must be NULL or a live `cv_symbol` handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_symbol_mask(symbol: *const cv_symbol) -> i32 {
    // SAFETY: forwarded from the caller.
    boundary_or(-1, || unsafe { get(symbol) }.map_or(-1, |s| s.info.mask()))
}

/// Writes everything the encoder chose to `*out`; its strings stay valid until
/// `cv_symbol_free(symbol)`.
///
/// # Safety
///
/// `symbol` must be NULL or a live handle; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_symbol_get_info(
    symbol: *const cv_symbol,
    out: *mut cv_symbol_info,
) -> cv_result {
    boundary(|| {
        // SAFETY: the caller guarantees `symbol` is NULL or live.
        let s = unsafe { ffi::handle_ref(symbol, "symbol")? };
        ffi::check_not_null(out, "out")?;
        // SAFETY: `out` checked non-NULL; the caller guarantees it is writable.
        unsafe { ffi::write_out(out, s.info.to_c()) };
        Ok(())
    })
}

/// Shared body of the `cv_symbol_to_*` functions.
///
/// # Safety
///
/// As the public functions.
unsafe fn render(
    symbol: *const cv_symbol,
    style_json: *const c_char,
    format: OutputFormat,
    out: *mut *mut cv_bytes,
) -> cv_result {
    boundary(|| {
        // SAFETY: the caller guarantees `symbol` is NULL or live.
        let s = unsafe { ffi::handle_ref(symbol, "symbol")? };
        ffi::check_not_null(out, "out")?;
        // SAFETY: the caller guarantees NULL or a NUL-terminated string.
        let style = parse::style(unsafe { ffi::opt_c_str(style_json, "style_json")? })?;
        let artifact = facade::render(&s.symbol, &style, format)?;
        // SAFETY: `out` checked non-NULL above; the caller guarantees it is writable.
        unsafe { ffi::write_out(out, ffi::into_handle(cv_bytes::new(artifact.bytes))) };
        Ok(())
    })
}

/// Renders `symbol` as a PNG image into a new `cv_bytes` at `*out`.
///
/// `style_json` is a NUL-terminated JSON object shaped like a request's `style` (e.g.
/// `{"dark": "#1a237e", "module_size": 8, "quiet_zone": 2, "dpi": 300}`) or NULL for the
/// default (black on white, 10 px modules, the symbology's quiet zone).
///
/// # Safety
///
/// `symbol` must be NULL or a live handle; `style_json` NULL or NUL-terminated; `out` NULL or
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_symbol_to_png(
    symbol: *const cv_symbol,
    style_json: *const c_char,
    out: *mut *mut cv_bytes,
) -> cv_result {
    // SAFETY: forwarded from the caller.
    unsafe { render(symbol, style_json, OutputFormat::Png, out) }
}

/// Renders `symbol` as an SVG document (UTF-8, NUL-terminated) into a new `cv_bytes` at
/// `*out`; `style_json` as for `cv_symbol_to_png`.
///
/// # Safety
///
/// As `cv_symbol_to_png`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_symbol_to_svg(
    symbol: *const cv_symbol,
    style_json: *const c_char,
    out: *mut *mut cv_bytes,
) -> cv_result {
    // SAFETY: forwarded from the caller.
    unsafe { render(symbol, style_json, OutputFormat::Svg, out) }
}

/// Renders `symbol` as terminal text with Unicode half blocks, quiet zone included (UTF-8,
/// NUL-terminated), into a new `cv_bytes` at `*out`; `style_json` as for `cv_symbol_to_png`.
///
/// # Safety
///
/// As `cv_symbol_to_png`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_symbol_to_text(
    symbol: *const cv_symbol,
    style_json: *const c_char,
    out: *mut *mut cv_bytes,
) -> cv_result {
    // SAFETY: forwarded from the caller.
    unsafe { render(symbol, style_json, OutputFormat::Txt, out) }
}

/// Frees `symbol`. NULL is a no-op; freeing twice is undefined behaviour.
///
/// # Safety
///
/// `symbol` must be NULL or a live handle, not used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_symbol_free(symbol: *mut cv_symbol) {
    boundary_or((), || {
        // SAFETY: the caller hands back a handle from `into_handle` exactly once.
        unsafe { ffi::free_handle(symbol) }
    })
}
