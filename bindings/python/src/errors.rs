//! The one place where facade errors become Python exceptions.
//!
//! `CodeVaultError` is the base; every [`ErrorCode`] gets a subclass named after its kebab-case
//! name (`data-too-long` → `DataTooLongError`) with class attributes `code` (the stable number)
//! and `name` (the kebab name). The classes are generated from [`ErrorCode::ALL`] when the module
//! loads, so a new code in the core gets its class without touching this file.

use std::ffi::CString;

use codevault::{EncodeError, Error, ErrorCode};
use pyo3::{
    exceptions::{PyException, PyRuntimeError},
    prelude::*,
    sync::PyOnceLock,
    types::{PyDict, PyType},
};

/// The exception classes, created once per interpreter.
struct Classes {
    base: Py<PyType>,
    by_code: Vec<(ErrorCode, Py<PyType>)>,
}

static CLASSES: PyOnceLock<Classes> = PyOnceLock::new();

/// The Python class name of a code: `data-too-long` → `DataTooLongError`.
pub fn class_name(code: ErrorCode) -> String {
    let mut out = String::new();
    for word in code.name().split('-') {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out.push_str("Error");
    out
}

fn new_class(
    py: Python<'_>,
    name: &str,
    doc: &str,
    base: &Bound<'_, PyType>,
    code: u32,
    kebab: &str,
) -> PyResult<Py<PyType>> {
    let dict = PyDict::new(py);
    dict.set_item("code", code)?;
    dict.set_item("name", kebab)?;
    let qualified = CString::new(format!("codevault.{name}"))
        .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
    let doc = CString::new(doc).map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
    // pyo3 0.30.1's `new_type` drops its `dict` argument before passing the pointer on, so the
    // caller must keep its own reference alive across the call (else use-after-free).
    let class = PyErr::new_type(
        py,
        &qualified,
        Some(&doc),
        Some(base),
        Some(dict.clone().into_any().unbind()),
    );
    drop(dict);
    class
}

fn create(py: Python<'_>) -> PyResult<Classes> {
    let exception = py.get_type::<PyException>();
    let base = new_class(
        py,
        "CodeVaultError",
        "Base class of every CodeVault error: `code` is the stable number, `name` the kebab-case \
         name, str(error) the message.",
        &exception,
        0,
        "codevault-error",
    )?;
    let by_code = ErrorCode::ALL
        .into_iter()
        .map(|code| {
            let doc = format!(
                "CodeVault error {} `{}` (see the error table in the docs).",
                code.as_u32(),
                code.name()
            );
            let class = new_class(
                py,
                &class_name(code),
                &doc,
                base.bind(py),
                code.as_u32(),
                code.name(),
            )?;
            Ok((code, class))
        })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Classes { base, by_code })
}

fn classes(py: Python<'_>) -> PyResult<&Classes> {
    if let Some(c) = CLASSES.get(py) {
        return Ok(c);
    }
    let created = create(py)?;
    Ok(CLASSES.get_or_init(py, || created))
}

/// Adds `CodeVaultError`, every subclass and `ERROR_CODES` (a tuple of `(code, name, class)`) to
/// the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    let classes = classes(py)?;
    m.add("CodeVaultError", classes.base.clone_ref(py))?;
    let mut table = Vec::new();
    for (code, class) in &classes.by_code {
        m.add(class_name(*code).as_str(), class.clone_ref(py))?;
        table.push((code.as_u32(), code.name(), class.clone_ref(py)));
    }
    m.add("ERROR_CODES", table)?;
    Ok(())
}

/// The Python exception for a facade error: its code's subclass, with the core's message.
pub fn to_py(err: Error) -> PyErr {
    Python::attach(|py| {
        let message = err.to_string();
        let code = err.code();
        match classes(py) {
            Ok(classes) => {
                let class = classes
                    .by_code
                    .iter()
                    .find(|(c, _)| *c == code)
                    .map_or(&classes.base, |(_, class)| class);
                PyErr::from_type(class.bind(py).clone(), (message,))
            }
            Err(e) => e,
        }
    })
}

/// An `invalid-option` error for a Python value that the option's Rust type cannot hold (a
/// negative mask, an ECI beyond `u32`): the binding's only error of its own making, shaped
/// like the encoder's.
pub fn out_of_range(option: &'static str, value: &Bound<'_, PyAny>, expected: &str) -> PyErr {
    let value = value
        .repr()
        .map_or_else(|_| "?".to_string(), |r| r.to_string());
    to_py(Error::Encode(EncodeError::InvalidOption {
        option,
        value,
        expected: expected.to_string(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_names_are_camel_case() {
        assert_eq!(class_name(ErrorCode::DataTooLong), "DataTooLongError");
        assert_eq!(class_name(ErrorCode::InvalidJson), "InvalidJsonError");
        assert_eq!(class_name(ErrorCode::ImageTooLarge), "ImageTooLargeError");
        let mut names: Vec<String> = ErrorCode::ALL.into_iter().map(class_name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), ErrorCode::ALL.len());
    }
}
