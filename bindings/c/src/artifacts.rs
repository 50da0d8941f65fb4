//! `cv_artifacts`: the result of `cv_generate` (one request in, artifacts out).

use std::ffi::{CString, c_char};

use facade::{Artifacts, Request};

use crate::{
    bytes::cv_bytes,
    error::{Failure, cv_result},
    ffi,
    info::{InfoStrings, cv_output_format, cv_symbol_info},
    panic::{boundary, boundary_or},
};

/// The artifacts of one request: the symbol's metadata and one output per requested format,
/// in request order. Immutable; free with `cv_artifacts_free`.
pub struct cv_artifacts {
    artifacts: Artifacts,
    info: InfoStrings,
    media_types: Vec<CString>,
}

impl cv_artifacts {
    fn new(artifacts: Artifacts) -> cv_artifacts {
        cv_artifacts {
            info: InfoStrings::new(artifacts.symbol.clone()),
            media_types: artifacts
                .outputs
                .iter()
                .map(|a| ffi::c_string(&a.media_type))
                .collect(),
            artifacts,
        }
    }
}

/// Runs one request: `request_json` (`len` bytes of UTF-8 JSON, not necessarily
/// NUL-terminated) is a CodeVault request, e.g.
/// `{"data": "HELLO", "options": {"ecc": "H"}, "outputs": ["png", "svg"]}`.
///
/// On success writes a new handle to `*out` (free it with `cv_artifacts_free`) and returns
/// `CV_OK`; on failure returns the error code, leaves `*out` unchanged and keeps the message
/// for `cv_last_error_message`.
///
/// # Safety
///
/// `request_json` must be NULL or point to `len` readable bytes; `out` must be NULL or point
/// to a writable `cv_artifacts *`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_generate(
    request_json: *const c_char,
    len: usize,
    out: *mut *mut cv_artifacts,
) -> cv_result {
    boundary(|| {
        ffi::check_not_null(out, "out")?;
        // SAFETY: the caller guarantees `len` readable bytes at `request_json`.
        let json = unsafe { ffi::str_from(request_json, len, "request_json")? };
        let request = Request::from_json(json)?;
        let artifacts = facade::generate(&request)?;
        // SAFETY: `out` checked non-NULL above; the caller guarantees it is writable.
        unsafe { ffi::write_out(out, ffi::into_handle(cv_artifacts::new(artifacts))) };
        Ok(())
    })
}

/// Runs one request as `cv_generate` does, with the artifacts as JSON: `{"symbol": {...},
/// "outputs": [{"format": "png", "media_type": "image/png", "bytes": "<base64>"}, ...]}`,
/// the path every CodeVault binding shares.
///
/// On success writes a new `cv_bytes` (UTF-8 JSON, NUL-terminated) to `*out`.
///
/// # Safety
///
/// As `cv_generate`, with `out` pointing to a writable `cv_bytes *`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_generate_json(
    request_json: *const c_char,
    len: usize,
    out: *mut *mut cv_bytes,
) -> cv_result {
    boundary(|| {
        ffi::check_not_null(out, "out")?;
        // SAFETY: the caller guarantees `len` readable bytes at `request_json`.
        let json = unsafe { ffi::str_from(request_json, len, "request_json")? };
        let result = facade::generate_json(json)?;
        // SAFETY: `out` checked non-NULL above; the caller guarantees it is writable.
        unsafe { ffi::write_out(out, ffi::into_handle(cv_bytes::new(result.into_bytes()))) };
        Ok(())
    })
}

/// The number of artifacts (one per requested output); 0 if `artifacts` is NULL.
///
/// # Safety
///
/// `artifacts` must be NULL or a live `cv_artifacts` handle.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_artifacts_len(artifacts: *const cv_artifacts) -> usize {
    boundary_or(0, || {
        // SAFETY: the caller guarantees `artifacts` is NULL or live.
        unsafe { ffi::handle_ref(artifacts, "artifacts") }.map_or(0, |a| a.artifacts.outputs.len())
    })
}

/// Reads artifact `index` (0-based, request order): its format, its media type (a
/// NUL-terminated string such as `"image/png"`), and its bytes and length. The bytes are not
/// NUL-terminated; text formats (SVG, TXT, MATRIX) are UTF-8.
///
/// Every pointer written stays valid until `cv_artifacts_free(artifacts)`. Returns
/// `CV_INVALID_ARGUMENT` if `index >= cv_artifacts_len(artifacts)`; outputs are written only on
/// success.
///
/// # Safety
///
/// `artifacts` must be NULL or a live handle; each output pointer must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_artifacts_get(
    artifacts: *const cv_artifacts,
    index: usize,
    format: *mut cv_output_format,
    media_type: *mut *const c_char,
    bytes: *mut *const u8,
    len: *mut usize,
) -> cv_result {
    boundary(|| {
        // SAFETY: the caller guarantees `artifacts` is NULL or live.
        let a = unsafe { ffi::handle_ref(artifacts, "artifacts")? };
        ffi::check_not_null(format, "format")?;
        ffi::check_not_null(media_type, "media_type")?;
        ffi::check_not_null(bytes, "bytes")?;
        ffi::check_not_null(len, "len")?;
        let count = a.artifacts.outputs.len();
        let artifact = a.artifacts.outputs.get(index).ok_or_else(|| {
            Failure::new(
                cv_result::CV_INVALID_ARGUMENT,
                format!("artifact index {index} out of range (there are {count})"),
            )
        })?;
        // SAFETY: all four outputs checked non-NULL above; the caller guarantees writable.
        unsafe {
            ffi::write_out(format, artifact.format.into());
            ffi::write_out(media_type, a.media_types[index].as_ptr());
            ffi::write_out(bytes, artifact.bytes.as_ptr());
            ffi::write_out(len, artifact.bytes.len());
        }
        Ok(())
    })
}

/// Writes what the encoder chose (version, ECC level, mask, size, capacity) to `*out`. Its
/// strings stay valid until `cv_artifacts_free(artifacts)`.
///
/// # Safety
///
/// `artifacts` must be NULL or a live handle; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_artifacts_get_info(
    artifacts: *const cv_artifacts,
    out: *mut cv_symbol_info,
) -> cv_result {
    boundary(|| {
        // SAFETY: the caller guarantees `artifacts` is NULL or live.
        let a = unsafe { ffi::handle_ref(artifacts, "artifacts")? };
        ffi::check_not_null(out, "out")?;
        // SAFETY: `out` checked non-NULL; the caller guarantees it is writable.
        unsafe { ffi::write_out(out, a.info.to_c()) };
        Ok(())
    })
}

/// Frees `artifacts` and everything read from it. NULL is a no-op; freeing twice is undefined
/// behaviour.
///
/// # Safety
///
/// `artifacts` must be NULL or a live handle, not used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_artifacts_free(artifacts: *mut cv_artifacts) {
    boundary_or((), || {
        // SAFETY: the caller hands back a handle from `into_handle` exactly once.
        unsafe { ffi::free_handle(artifacts) }
    })
}

#[cfg(test)]
mod tests {
    use std::{fs, path::PathBuf};

    use super::*;
    use crate::error::last_error;

    fn requests(sub: &str) -> Vec<PathBuf> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../core/examples/requests");
        let mut files: Vec<PathBuf> = fs::read_dir(dir.join(sub))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                let name = p.to_string_lossy();
                name.ends_with(".json") && !name.ends_with(".golden.json")
            })
            .collect();
        files.sort();
        assert!(!files.is_empty());
        files
    }

    /// Every bad request gives, through `cv_generate`, exactly the facade's code and message.
    #[test]
    fn bad_requests_give_the_facade_code_and_message() {
        for path in requests("bad") {
            let json = fs::read_to_string(&path).unwrap();
            let expected = facade::generate_json(&json).unwrap_err();
            let mut out = std::ptr::null_mut();
            // SAFETY: `json` is valid for its length; `out` is a valid output slot.
            let r = unsafe { cv_generate(json.as_ptr().cast(), json.len(), &mut out) };
            assert_eq!(r as u32, expected.code().as_u32(), "{}", path.display());
            assert!(out.is_null(), "{}", path.display());
            assert_eq!(
                last_error(),
                Some(expected.to_string()),
                "{}",
                path.display()
            );
        }
    }

    /// Every good request gives the facade's artifacts.
    #[test]
    fn good_requests_give_the_facade_artifacts() {
        for path in requests("") {
            let json = fs::read_to_string(&path).unwrap();
            let expected = facade::generate(&facade::Request::from_json(&json).unwrap()).unwrap();
            let mut out = std::ptr::null_mut();
            // SAFETY: as above; the handle is freed once below.
            let r = unsafe { cv_generate(json.as_ptr().cast(), json.len(), &mut out) };
            assert_eq!(r, cv_result::CV_OK, "{}", path.display());
            // SAFETY: `out` is the live handle just made.
            let got = unsafe { &*out };
            assert_eq!(got.artifacts, expected, "{}", path.display());
            // SAFETY: freed exactly once.
            unsafe { cv_artifacts_free(out) };
        }
    }
}
