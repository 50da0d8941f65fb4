//! The C API of CodeVault: `codevault.h`, `libcodevault.so` and `libcodevault.a`.
//!
//! Every function here converts C types to the [`codevault`] facade's types, calls the facade
//! and converts back; none adds behaviour. The conventions (naming, ownership, errors, NULL
//! handling, panics, threads) are written down in `docs/c-api.md` and enforced by the helpers
//! in [`ffi`], [`panic`] and [`error`]:
//!
//! - functions are `cv_<object>_<verb>`; objects are opaque handles made by one function and
//!   released by its `_free` partner;
//! - inputs come first, outputs last; outputs are written only on success;
//! - every pointer is NULL-checked (`CV_NULL_POINTER`), every string UTF-8-checked
//!   (`CV_INVALID_UTF8`), every body runs inside a panic boundary (`CV_PANIC`);
//! - failures return a stable [`cv_result`] number, and the full message of the last failure on
//!   the calling thread is kept for `cv_last_error_message`.
//!
//! This is the only crate of the workspace with `unsafe` code; each block says why it is sound.
#![allow(non_camel_case_types)]

mod artifacts;
mod bytes;
pub mod error;
pub mod ffi;
mod info;
pub mod panic;
mod parse;
mod symbol;

use std::ffi::c_char;

pub use artifacts::*;
pub use bytes::*;
pub use error::*;
pub use info::*;
pub use symbol::*;

/// The library's version, e.g. `"0.1.0"`, as a static NUL-terminated string.
///
/// The pointer is valid for the life of the process; do not free it.
#[unsafe(no_mangle)]
pub extern "C" fn cv_version() -> *const c_char {
    const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");
    VERSION.as_ptr().cast()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_are_send_and_sync() {
        // Handles are shared across threads for reading (docs/c-api.md).
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<cv_artifacts>();
        assert_send_sync::<cv_symbol>();
        assert_send_sync::<cv_bytes>();
    }

    #[test]
    fn version_is_the_crate_version() {
        // SAFETY: cv_version returns a static NUL-terminated string.
        let v = unsafe { std::ffi::CStr::from_ptr(cv_version()) };
        assert_eq!(v.to_str().unwrap(), env!("CARGO_PKG_VERSION"));
    }
}
