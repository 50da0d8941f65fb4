//! `cv_bytes`: an owned byte buffer (a rendered image, a JSON document).

use crate::{ffi, panic::boundary_or};

/// An owned, immutable byte buffer made by a `cv_*` function; free it with `cv_bytes_free`.
///
/// The bytes are followed by one NUL byte that `cv_bytes_len` does not count, so text results
/// (SVG, JSON, terminal text) can be used directly as C strings.
pub struct cv_bytes {
    /// The bytes plus the trailing NUL.
    with_nul: Vec<u8>,
}

impl cv_bytes {
    pub(crate) fn new(mut bytes: Vec<u8>) -> cv_bytes {
        bytes.push(0);
        cv_bytes { with_nul: bytes }
    }

    fn bytes(&self) -> &[u8] {
        &self.with_nul[..self.with_nul.len() - 1]
    }
}

/// The bytes of `bytes` (followed by a NUL not counted in the length); NULL if `bytes` is
/// NULL. Valid until `cv_bytes_free(bytes)`.
///
/// # Safety
///
/// `bytes` must be NULL or a live `cv_bytes` handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_bytes_data(bytes: *const cv_bytes) -> *const u8 {
    boundary_or(std::ptr::null(), || {
        // SAFETY: the caller guarantees `bytes` is NULL or live.
        unsafe { ffi::handle_ref(bytes, "bytes") }.map_or(std::ptr::null(), |b| b.with_nul.as_ptr())
    })
}

/// The number of bytes in `bytes`, without the trailing NUL; 0 if `bytes` is NULL.
///
/// # Safety
///
/// `bytes` must be NULL or a live `cv_bytes` handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_bytes_len(bytes: *const cv_bytes) -> usize {
    boundary_or(0, || {
        // SAFETY: the caller guarantees `bytes` is NULL or live.
        unsafe { ffi::handle_ref(bytes, "bytes") }.map_or(0, |b| b.bytes().len())
    })
}

/// Frees `bytes`. NULL is a no-op; freeing twice is undefined behaviour.
///
/// # Safety
///
/// `bytes` must be NULL or a live `cv_bytes` handle, not used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_bytes_free(bytes: *mut cv_bytes) {
    boundary_or((), || {
        // SAFETY: the caller hands back a handle from `into_handle` exactly once.
        unsafe { ffi::free_handle(bytes) }
    })
}
