//! The helpers every exported function goes through: NULL checks, slices, strings, handles
//! and output writes. All raw-pointer handling of the crate lives here or right beside a call
//! to one of these helpers.

use std::ffi::{CStr, CString, c_char};

use crate::error::{Failure, cv_result};

fn null(what: &str) -> Failure {
    Failure::new(cv_result::CV_NULL_POINTER, format!("{what} is null"))
}

/// Checks that a required pointer (an input handle or an output slot) is not NULL.
pub fn check_not_null<T>(ptr: *const T, what: &str) -> Result<(), Failure> {
    if ptr.is_null() {
        Err(null(what))
    } else {
        Ok(())
    }
}

/// Borrows the object behind a handle.
///
/// # Safety
///
/// `ptr` must be NULL or a live handle of type `T` made by this library and not yet freed,
/// not mutated for `'a`.
pub unsafe fn handle_ref<'a, T>(ptr: *const T, what: &str) -> Result<&'a T, Failure> {
    check_not_null(ptr, what)?;
    // SAFETY: non-NULL, and the caller guarantees it is a live handle of type `T`.
    Ok(unsafe { &*ptr })
}

/// Borrows `len` bytes at `ptr`. NULL is refused even when `len` is 0; `len` above
/// `isize::MAX` (`PTRDIFF_MAX`) is `CV_INVALID_ARGUMENT`, since no object can be that large.
///
/// # Safety
///
/// If `ptr` is not NULL and `len <= isize::MAX`, `ptr` must point to `len` readable bytes that
/// stay unchanged for `'a`.
pub unsafe fn bytes_from<'a>(ptr: *const u8, len: usize, what: &str) -> Result<&'a [u8], Failure> {
    check_not_null(ptr, what)?;
    if len > isize::MAX as usize {
        return Err(Failure::new(
            cv_result::CV_INVALID_ARGUMENT,
            format!("{what} length {len} is larger than any object can be"),
        ));
    }
    // SAFETY: non-NULL, `len` fits `isize`, and the caller guarantees `len` readable bytes.
    Ok(unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// Checks that `bytes` are UTF-8.
pub fn utf8<'a>(bytes: &'a [u8], what: &str) -> Result<&'a str, Failure> {
    std::str::from_utf8(bytes).map_err(|e| {
        Failure::new(
            cv_result::CV_INVALID_UTF8,
            format!("{what} is not valid utf-8 at byte {}", e.valid_up_to()),
        )
    })
}

/// Borrows `len` bytes at `ptr` as UTF-8 text (see [`bytes_from`]).
///
/// # Safety
///
/// As [`bytes_from`].
pub unsafe fn str_from<'a>(ptr: *const c_char, len: usize, what: &str) -> Result<&'a str, Failure> {
    // SAFETY: forwarded from the caller.
    let bytes = unsafe { bytes_from(ptr.cast(), len, what)? };
    utf8(bytes, what)
}

/// Borrows an optional NUL-terminated UTF-8 string: NULL gives `None`.
///
/// # Safety
///
/// `ptr` must be NULL or point to a NUL-terminated string that stays unchanged for `'a`.
pub unsafe fn opt_c_str<'a>(ptr: *const c_char, what: &str) -> Result<Option<&'a str>, Failure> {
    if ptr.is_null() {
        return Ok(None);
    }
    // SAFETY: non-NULL, and the caller guarantees a NUL-terminated string.
    let bytes = unsafe { CStr::from_ptr(ptr) }.to_bytes();
    utf8(bytes, what).map(Some)
}

/// Writes `value` through an output pointer already checked with [`check_not_null`].
///
/// # Safety
///
/// `out` must be non-NULL, aligned and writable for a `T`. The old value is not dropped
/// (outputs are plain values or pointers the caller owns).
pub unsafe fn write_out<T>(out: *mut T, value: T) {
    // SAFETY: forwarded from the caller; `write` does not read or drop the old value.
    unsafe { out.write(value) }
}

/// Moves `value` to the heap and returns it as an owning handle for C.
pub fn into_handle<T>(value: T) -> *mut T {
    Box::into_raw(Box::new(value))
}

/// Frees a handle made by [`into_handle`]; NULL is a no-op.
///
/// # Safety
///
/// `ptr` must be NULL or a handle of type `T` from [`into_handle`] not yet freed; it must not
/// be used afterwards.
pub unsafe fn free_handle<T>(ptr: *mut T) {
    if !ptr.is_null() {
        // SAFETY: the caller guarantees the pointer came from `Box::into_raw` and is unfreed.
        drop(unsafe { Box::from_raw(ptr) });
    }
}

/// Writes `text` as a NUL-terminated string into `buf` of `len` bytes, truncated at a UTF-8
/// character boundary, and the bytes written (without the NUL) into `*written`.
///
/// # Safety
///
/// `buf` must be NULL or point to `len` writable bytes; `written` NULL or writable.
pub unsafe fn write_c_string(
    text: &str,
    buf: *mut c_char,
    len: usize,
    written: *mut usize,
) -> Result<(), Failure> {
    check_not_null(buf, "buf")?;
    check_not_null(written, "written")?;
    if len == 0 {
        return Err(Failure::new(
            cv_result::CV_INVALID_ARGUMENT,
            "buffer length is 0: no room for the terminating nul",
        ));
    }
    let mut n = text.len().min(len - 1);
    while !text.is_char_boundary(n) {
        n -= 1;
    }
    // SAFETY: `buf` has `len > n` writable bytes (caller); `text` has at least `n` bytes and
    // cannot overlap a buffer the caller owns mutably.
    unsafe {
        std::ptr::copy_nonoverlapping(text.as_ptr(), buf.cast::<u8>(), n);
        buf.add(n).write(0);
        write_out(written, n);
    }
    Ok(())
}

/// A NUL-terminated copy of `text` (interior NULs, which none of our strings have, end it).
pub fn c_string(text: &str) -> CString {
    let end = text.find('\0').unwrap_or(text.len());
    CString::new(&text[..end]).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_c_string_truncates_at_char_boundaries() {
        let mut buf = [0x55 as c_char; 4];
        let mut n = 99;
        // SAFETY: buf has 4 writable bytes; n is writable.
        unsafe { write_c_string("aé€", buf.as_mut_ptr(), buf.len(), &mut n).unwrap() };
        // "a" (1) + "é" (2) fit in 3 bytes; "€" (3) does not.
        assert_eq!(n, 3);
        assert_eq!(buf[3], 0);
        // SAFETY: as above.
        let e = unsafe { write_c_string("x", buf.as_mut_ptr(), 0, &mut n) }.unwrap_err();
        assert_eq!(e.code, cv_result::CV_INVALID_ARGUMENT);
    }

    #[test]
    fn huge_lengths_are_refused_before_any_read() {
        let byte = 0u8;
        // SAFETY: the length check fails before the pointer is read.
        let e = unsafe { bytes_from(&byte, usize::MAX, "data") }.unwrap_err();
        assert_eq!(e.code, cv_result::CV_INVALID_ARGUMENT);
    }
}
