//! Error codes and messages: the facade's [`ErrorCode`] numbers unchanged, plus the binding's
//! own codes from 1000 up, mapped in this one place and tested by table.

use std::{
    cell::RefCell,
    ffi::{CStr, c_char},
};

use facade::ErrorCode;

use crate::{ffi, panic::boundary_quiet};

/// The result of every fallible `cv_*` function: `CV_OK` (0) or a stable error number.
///
/// Numbers 1–999 are the facade's error codes (the same numbers in every CodeVault binding and
/// in the JSON `code` field); 1000 and up belong to the C API itself. Numbers are never reused.
/// Treat unknown numbers as errors: later versions may add codes.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum cv_result {
    /// Success.
    CV_OK = 0,
    /// The request JSON is malformed or does not match the schema (caller's fault).
    CV_INVALID_JSON = 1,
    /// The request has neither `data` nor `data_base64` (caller's fault).
    CV_MISSING_DATA = 2,
    /// The request has both `data` and `data_base64` (caller's fault).
    CV_CONFLICTING_DATA = 3,
    /// `data_base64` is not standard base64 (caller's fault).
    CV_INVALID_BASE64 = 4,
    /// The symbology name is unknown (caller's fault).
    CV_UNKNOWN_SYMBOLOGY = 5,
    /// The symbology is not built into this library (build configuration).
    CV_UNSUPPORTED_SYMBOLOGY = 6,
    /// The output format is not built into this library (build configuration).
    CV_UNSUPPORTED_OUTPUT = 7,
    /// An option value the symbology does not have (caller's fault).
    CV_INVALID_OPTION = 8,
    /// The data does not fit the largest allowed symbol (caller's fault).
    CV_DATA_TOO_LONG = 9,
    /// A forced mode cannot carry a character of the data (caller's fault).
    CV_CHAR_NOT_IN_MODE = 10,
    /// Any other encoder refusal (caller's data or options).
    CV_ENCODE_FAILED = 11,
    /// A colour string that does not parse (caller's fault).
    CV_INVALID_COLOR = 12,
    /// Module size, quiet zone or DPI out of range (caller's fault).
    CV_INVALID_SIZE = 13,
    /// The raster image would exceed the pixel limit (caller's fault).
    CV_IMAGE_TOO_LARGE = 14,
    /// Any other renderer failure (a CodeVault bug: please report it).
    CV_RENDER_FAILED = 15,
    /// Text has a character the character set of the requested ECI lacks (caller's fault).
    CV_CHAR_NOT_IN_CHARSET = 16,
    /// The data breaks a rule of the symbology: a check digit, a length, a character, a GS1
    /// element (caller's fault).
    CV_INVALID_DATA = 17,
    /// A required pointer argument was NULL (caller's fault).
    CV_NULL_POINTER = 1000,
    /// A string argument is not valid UTF-8 (caller's fault).
    CV_INVALID_UTF8 = 1001,
    /// CodeVault panicked; the call had no effect (a CodeVault bug: please report it).
    CV_PANIC = 1002,
    /// An argument is out of range: a length above `PTRDIFF_MAX`, an index past the end, a
    /// zero-sized buffer (caller's fault).
    CV_INVALID_ARGUMENT = 1003,
    /// The facade returned an error code this C API does not know yet (update the library).
    CV_UNKNOWN_ERROR = 1999,
}

impl cv_result {
    /// Every code except `CV_OK`, in numeric order.
    pub const ERRORS: [cv_result; 22] = [
        cv_result::CV_INVALID_JSON,
        cv_result::CV_MISSING_DATA,
        cv_result::CV_CONFLICTING_DATA,
        cv_result::CV_INVALID_BASE64,
        cv_result::CV_UNKNOWN_SYMBOLOGY,
        cv_result::CV_UNSUPPORTED_SYMBOLOGY,
        cv_result::CV_UNSUPPORTED_OUTPUT,
        cv_result::CV_INVALID_OPTION,
        cv_result::CV_DATA_TOO_LONG,
        cv_result::CV_CHAR_NOT_IN_MODE,
        cv_result::CV_ENCODE_FAILED,
        cv_result::CV_INVALID_COLOR,
        cv_result::CV_INVALID_SIZE,
        cv_result::CV_IMAGE_TOO_LARGE,
        cv_result::CV_RENDER_FAILED,
        cv_result::CV_CHAR_NOT_IN_CHARSET,
        cv_result::CV_INVALID_DATA,
        cv_result::CV_NULL_POINTER,
        cv_result::CV_INVALID_UTF8,
        cv_result::CV_PANIC,
        cv_result::CV_INVALID_ARGUMENT,
        cv_result::CV_UNKNOWN_ERROR,
    ];

    /// The code with number `n`, if there is one.
    pub fn from_u32(n: u32) -> Option<cv_result> {
        if n == 0 {
            return Some(cv_result::CV_OK);
        }
        Self::ERRORS.iter().copied().find(|c| *c as u32 == n)
    }

    /// The code of a facade error: the same number.
    pub fn from_code(code: ErrorCode) -> cv_result {
        Self::from_u32(code.as_u32())
            .filter(|c| (*c as u32) < 1000)
            .unwrap_or(cv_result::CV_UNKNOWN_ERROR)
    }

    /// The stable kebab-case name: the facade's name for 1–999 (`data-too-long`), the C API's
    /// own for the rest. A table test checks the facade's names.
    pub fn name(self) -> &'static str {
        self.c_name().to_str().unwrap_or("unknown-error")
    }

    /// [`cv_result::name`] as a static C string.
    pub fn c_name(self) -> &'static CStr {
        match self {
            cv_result::CV_OK => c"ok",
            cv_result::CV_INVALID_JSON => c"invalid-json",
            cv_result::CV_MISSING_DATA => c"missing-data",
            cv_result::CV_CONFLICTING_DATA => c"conflicting-data",
            cv_result::CV_INVALID_BASE64 => c"invalid-base64",
            cv_result::CV_UNKNOWN_SYMBOLOGY => c"unknown-symbology",
            cv_result::CV_UNSUPPORTED_SYMBOLOGY => c"unsupported-symbology",
            cv_result::CV_UNSUPPORTED_OUTPUT => c"unsupported-output",
            cv_result::CV_INVALID_OPTION => c"invalid-option",
            cv_result::CV_DATA_TOO_LONG => c"data-too-long",
            cv_result::CV_CHAR_NOT_IN_MODE => c"char-not-in-mode",
            cv_result::CV_ENCODE_FAILED => c"encode-failed",
            cv_result::CV_INVALID_COLOR => c"invalid-color",
            cv_result::CV_INVALID_SIZE => c"invalid-size",
            cv_result::CV_IMAGE_TOO_LARGE => c"image-too-large",
            cv_result::CV_RENDER_FAILED => c"render-failed",
            cv_result::CV_CHAR_NOT_IN_CHARSET => c"char-not-in-charset",
            cv_result::CV_INVALID_DATA => c"invalid-data",
            cv_result::CV_NULL_POINTER => c"null-pointer",
            cv_result::CV_INVALID_UTF8 => c"invalid-utf8",
            cv_result::CV_PANIC => c"panic",
            cv_result::CV_INVALID_ARGUMENT => c"invalid-argument",
            cv_result::CV_UNKNOWN_ERROR => c"unknown-error",
        }
    }

    /// A one-line description of the code (the thread's last error has the specific message).
    pub fn description(self) -> &'static str {
        match self {
            cv_result::CV_OK => "success",
            cv_result::CV_INVALID_JSON => "the request is not json or does not match the schema",
            cv_result::CV_MISSING_DATA => "the request has neither data nor data_base64",
            cv_result::CV_CONFLICTING_DATA => "the request has both data and data_base64",
            cv_result::CV_INVALID_BASE64 => "data_base64 is not standard base64",
            cv_result::CV_UNKNOWN_SYMBOLOGY => "the symbology name is unknown",
            cv_result::CV_UNSUPPORTED_SYMBOLOGY => "the symbology is not built into this library",
            cv_result::CV_UNSUPPORTED_OUTPUT => "the output format is not built into this library",
            cv_result::CV_INVALID_OPTION => "an option value the symbology does not have",
            cv_result::CV_DATA_TOO_LONG => "the data does not fit the largest allowed symbol",
            cv_result::CV_CHAR_NOT_IN_MODE => "a forced mode cannot carry a character of the data",
            cv_result::CV_ENCODE_FAILED => "the encoder refused the data or options",
            cv_result::CV_INVALID_COLOR => "a colour string does not parse",
            cv_result::CV_INVALID_SIZE => "module size, quiet zone or dpi out of range",
            cv_result::CV_IMAGE_TOO_LARGE => "the raster image would exceed the pixel limit",
            cv_result::CV_RENDER_FAILED => "the renderer failed (a bug: please report it)",
            cv_result::CV_CHAR_NOT_IN_CHARSET => {
                "the text has a character the eci's character set lacks"
            }
            cv_result::CV_INVALID_DATA => {
                "the data breaks a rule of the symbology (check digit, length, gs1 element)"
            }
            cv_result::CV_NULL_POINTER => "a required pointer argument was null",
            cv_result::CV_INVALID_UTF8 => "a string argument is not valid utf-8",
            cv_result::CV_PANIC => "internal error (panic): the call had no effect",
            cv_result::CV_INVALID_ARGUMENT => "an argument is out of range",
            cv_result::CV_UNKNOWN_ERROR => "an error this version of the c api does not know",
        }
    }
}

/// A failed call: the code to return and the full message to keep as the last error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// What the function returns.
    pub code: cv_result,
    /// The full message (lower case, no trailing period, one line).
    pub message: String,
}

impl Failure {
    /// A failure of the C API itself (NULL pointer, bad UTF-8, bad argument).
    pub fn new(code: cv_result, message: impl Into<String>) -> Failure {
        Failure {
            code,
            message: message.into(),
        }
    }
}

impl From<facade::Error> for Failure {
    fn from(e: facade::Error) -> Failure {
        Failure {
            code: cv_result::from_code(e.code()),
            message: e.to_string(),
        }
    }
}

thread_local! {
    static LAST_ERROR: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps `message` as this thread's last error.
pub fn set_last_error(message: String) {
    LAST_ERROR.with(|last| *last.borrow_mut() = Some(message));
}

/// This thread's last error message, if any call on it has failed.
pub fn last_error() -> Option<String> {
    LAST_ERROR.with(|last| last.borrow().clone())
}

/// The stable kebab-case name of error code `code` (`"data-too-long"`, `"null-pointer"`,
/// `"ok"` for 0), as a static NUL-terminated string; `"unknown-error"` for numbers this version
/// does not know. Never NULL; do not free.
#[unsafe(no_mangle)]
pub extern "C" fn cv_error_name(code: u32) -> *const c_char {
    crate::panic::boundary_or(c"unknown-error".as_ptr(), || {
        cv_result::from_u32(code)
            .unwrap_or(cv_result::CV_UNKNOWN_ERROR)
            .c_name()
            .as_ptr()
    })
}

/// Writes a one-line description of error code `code` into `buf` (NUL-terminated, truncated at
/// a UTF-8 character boundary to fit `len` bytes including the NUL) and the number of bytes
/// written, without the NUL, into `*written`.
///
/// Returns `CV_NULL_POINTER` if `buf` or `written` is NULL, `CV_INVALID_ARGUMENT` if `len` is 0;
/// never changes the thread's last error.
///
/// # Safety
///
/// `buf` must be NULL or point to `len` writable bytes; `written` must be NULL or point to a
/// writable `size_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_error_message(
    code: u32,
    buf: *mut c_char,
    len: usize,
    written: *mut usize,
) -> cv_result {
    boundary_quiet(|| {
        let text = cv_result::from_u32(code).map_or(
            cv_result::CV_UNKNOWN_ERROR.description(),
            cv_result::description,
        );
        // SAFETY: the caller guarantees `buf`/`len` and `written` as documented above.
        unsafe { ffi::write_c_string(text, buf, len, written) }
    })
}

/// Writes the full message of the last failed `cv_*` call on this thread into `buf` (as
/// `cv_error_message` does) — e.g. `"invalid request json at line 2 column 19: trailing
/// comma"`. Writes an empty string if no call on this thread has failed.
///
/// Like `errno`, the message is not cleared by later successful calls; read it right after the
/// failure. Never changes the last error itself.
///
/// # Safety
///
/// As `cv_error_message`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cv_last_error_message(
    buf: *mut c_char,
    len: usize,
    written: *mut usize,
) -> cv_result {
    boundary_quiet(|| {
        let text = last_error().unwrap_or_default();
        // SAFETY: the caller guarantees `buf`/`len` and `written` as documented above.
        unsafe { ffi::write_c_string(&text, buf, len, written) }
    })
}

/// The length in bytes, without the NUL, of the full last error message on this thread (0 if
/// none): a buffer of this length + 1 receives it untruncated.
#[unsafe(no_mangle)]
pub extern "C" fn cv_last_error_length() -> usize {
    crate::panic::boundary_or(0, || last_error().map_or(0, |m| m.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_facade_code_keeps_its_number_and_name() {
        for code in ErrorCode::ALL {
            let c = cv_result::from_code(code);
            assert_eq!(c as u32, code.as_u32(), "{code}");
            assert_eq!(c.name(), code.name());
            assert_ne!(c, cv_result::CV_UNKNOWN_ERROR);
        }
        // Every facade-range C code is a facade code.
        for c in cv_result::ERRORS.into_iter().filter(|c| (*c as u32) < 1000) {
            assert!(ErrorCode::from_u32(c as u32).is_some(), "{c:?}");
        }
    }

    #[test]
    fn numbers_and_names_are_unique_and_messages_well_formed() {
        let mut numbers: Vec<u32> = cv_result::ERRORS.iter().map(|c| *c as u32).collect();
        numbers.dedup();
        assert_eq!(numbers.len(), cv_result::ERRORS.len());
        assert!(
            numbers.windows(2).all(|w| w[0] < w[1]),
            "ERRORS in numeric order"
        );
        let mut names: Vec<&str> = cv_result::ERRORS.iter().map(|c| c.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), cv_result::ERRORS.len());
        for c in cv_result::ERRORS {
            let d = c.description();
            assert!(
                !d.is_empty() && !d.ends_with('.') && !d.contains('\n'),
                "{c:?}"
            );
            assert_eq!(d, d.to_lowercase(), "{c:?}");
            assert_eq!(cv_result::from_u32(c as u32), Some(c));
        }
        assert_eq!(cv_result::from_u32(999), None);
    }
}
