//! The one place core errors become JavaScript errors (cf. lightningcss `into_js_error`).
//!
//! A core [`codevault::Error`] becomes a JS `Error` whose `code` is the stable kebab-case name
//! (`data-too-long`), whose `errno` is the stable number (9) and whose message is the core's
//! message, unchanged. The JS layer swaps in the matching `CodeVaultError` subclass by `code`.

use napi::{Env, JsError, bindgen_prelude::*};

/// The JS error for a core error.
pub fn into_js_error(env: &Env, e: &codevault::Error) -> napi::Error {
    let code = e.code();
    let error = JsError::from(napi::Error::new(code.name(), e.to_string())).into_unknown(*env);
    match error.coerce_to_object() {
        Ok(mut object) => {
            // Best effort: without errno the JS layer still finds the class by `code`.
            let _ = object.set_named_property("errno", code.as_u32());
            napi::Error::from(object.to_unknown())
        }
        Err(other) => other,
    }
}
