//! The panic boundary: no Rust panic ever unwinds into C.
//!
//! Every exported function runs its body through [`boundary`] (functions returning
//! [`cv_result`]) or [`boundary_or`] (getters returning a plain value). A panic becomes
//! `CV_PANIC` (or the getter's documented default) and its message is kept as the thread's
//! last error.

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::error::{Failure, cv_result, set_last_error};

/// Runs `body`; `Ok` → `CV_OK`, `Err` → its code (message kept as the last error), panic →
/// `CV_PANIC`.
pub fn boundary(body: impl FnOnce() -> Result<(), Failure>) -> cv_result {
    // AssertUnwindSafe: after a panic nothing the body touched is used again; handles are only
    // written on success.
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => cv_result::CV_OK,
        Ok(Err(failure)) => {
            set_last_error(failure.message);
            failure.code
        }
        Err(payload) => {
            set_last_error(format!(
                "internal error (panic): {}",
                panic_message(&*payload)
            ));
            cv_result::CV_PANIC
        }
    }
}

/// Like [`boundary`] but never touches the last error (for the functions that read it).
pub fn boundary_quiet(body: impl FnOnce() -> Result<(), Failure>) -> cv_result {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => cv_result::CV_OK,
        Ok(Err(failure)) => failure.code,
        Err(_) => cv_result::CV_PANIC,
    }
}

/// Runs a getter; a panic gives `default`.
pub fn boundary_or<T>(default: T, body: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(body)).unwrap_or(default)
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s
    } else {
        "unknown panic payload"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_cv_panic_with_its_message() {
        let code = boundary(|| panic!("boom"));
        assert_eq!(code, cv_result::CV_PANIC);
        assert_eq!(
            crate::error::last_error().as_deref(),
            Some("internal error (panic): boom")
        );
        assert_eq!(boundary_or(7, || panic!("boom")), 7);
        assert_eq!(boundary_quiet(|| panic!("boom")), cv_result::CV_PANIC);
    }
}
