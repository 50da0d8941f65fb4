//! Python bindings of CodeVault: the native module `codevault._native`.
//!
//! Every function converts Python values to the facade's types, calls the facade with the GIL
//! released, and converts the result back; errors become exceptions in one place
//! ([`errors::to_py`]). The Python package `codevault` re-exports this module and adds the
//! `str` enums.

mod classes;
mod convert;
mod errors;

use codevault::{EcLevel, OutputFormat, Request};
use pyo3::{
    exceptions::PyTypeError,
    prelude::*,
    types::{PyDict, PyString},
};

use crate::{
    classes::{Artifact, Artifacts, Symbol, SymbolInfo},
    convert::OptionArgs,
    errors::to_py,
};

/// The request as JSON text: a `str` as it is, a `dict` (any mapping) through `json.dumps`.
fn request_json(request: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(s) = request.cast::<PyString>() {
        return Ok(s.to_cow()?.into_owned());
    }
    let py = request.py();
    let mapping = py.import("collections.abc")?.getattr("Mapping")?;
    if request.is_instance_of::<PyDict>() || request.is_instance(&mapping)? {
        let kwargs = PyDict::new(py);
        kwargs.set_item("allow_nan", false)?;
        kwargs.set_item("ensure_ascii", false)?;
        return py
            .import("json")?
            .getattr("dumps")?
            .call((request,), Some(&kwargs))?
            .extract();
    }
    Err(PyTypeError::new_err(format!(
        "request must be a dict or a JSON str, not {}",
        request.get_type().name()?
    )))
}

/// Generates the artifacts of a request (a dict or JSON text).
#[pyfunction]
fn generate(py: Python<'_>, request: &Bound<'_, PyAny>) -> PyResult<Artifacts> {
    let json = request_json(request)?;
    let artifacts = py
        .detach(|| Request::from_json(&json).and_then(|r| codevault::generate(&r)))
        .map_err(to_py)?;
    Artifacts::new(py, &artifacts)
}

/// JSON in, JSON out (artifact bytes as base64): the facade's `generate_json`.
#[pyfunction]
fn generate_json(py: Python<'_>, request: &str) -> PyResult<String> {
    let request = request.to_string();
    py.detach(|| codevault::generate_json(&request))
        .map_err(to_py)
}

/// Encodes data (str as text — UTF-8, or the ECI's character set when `eci` is set —,
/// bytes-like as they are, or a path whose file bytes are read) into a symbol. The keyword
/// arguments are the facade's flat `EncodeOptions`.
#[pyfunction]
#[pyo3(signature = (
    data, *, symbology=None, ecc=None, boost=true, version=None, mask=None, mode=None, eci=None,
    gs1=false, industry=None, structured_append=None, kanji=true, ecc_percent=None,
    security_level=None, columns=None, rows=None, aspect_ratio=None, compact=false,
    reader_init=false, square_only=false, dmre=false, check_digit=false, full_ascii=false,
    addon=None, addon_gap=None, show_check_digits=false, bearer=None, extra_escape=false,
    structured_append_id=None, macro_pdf417=None
))]
#[allow(clippy::too_many_arguments)]
fn encode(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    symbology: Option<Bound<'_, PyAny>>,
    ecc: Option<Bound<'_, PyAny>>,
    boost: bool,
    version: Option<Bound<'_, PyAny>>,
    mask: Option<Bound<'_, PyAny>>,
    mode: Option<Bound<'_, PyAny>>,
    eci: Option<Bound<'_, PyAny>>,
    gs1: bool,
    industry: Option<Bound<'_, PyAny>>,
    structured_append: Option<Bound<'_, PyAny>>,
    kanji: bool,
    ecc_percent: Option<Bound<'_, PyAny>>,
    security_level: Option<Bound<'_, PyAny>>,
    columns: Option<Bound<'_, PyAny>>,
    rows: Option<Bound<'_, PyAny>>,
    aspect_ratio: Option<Bound<'_, PyAny>>,
    compact: bool,
    reader_init: bool,
    square_only: bool,
    dmre: bool,
    check_digit: bool,
    full_ascii: bool,
    addon: Option<Bound<'_, PyAny>>,
    addon_gap: Option<Bound<'_, PyAny>>,
    show_check_digits: bool,
    bearer: Option<Bound<'_, PyAny>>,
    extra_escape: bool,
    structured_append_id: Option<Bound<'_, PyAny>>,
    macro_pdf417: Option<Bound<'_, PyAny>>,
) -> PyResult<Symbol> {
    let data = convert::data(data)?;
    let symbology = match symbology.filter(|s| !s.is_none()) {
        Some(s) => convert::symbology(&s)?,
        None => codevault::Symbology::Qr,
    };
    let default_ecc = PyString::new(py, "M").into_any();
    let options = convert::options(OptionArgs {
        ecc: ecc
            .as_ref()
            .filter(|e| !e.is_none())
            .unwrap_or(&default_ecc),
        boost,
        version: version.as_ref(),
        mask: mask.as_ref(),
        mode: mode.as_ref(),
        eci: eci.as_ref(),
        gs1,
        industry: industry.as_ref(),
        structured_append: structured_append.as_ref(),
        kanji,
        ecc_percent: ecc_percent.as_ref(),
        security_level: security_level.as_ref(),
        columns: columns.as_ref(),
        rows: rows.as_ref(),
        aspect_ratio: aspect_ratio.as_ref(),
        compact,
        reader_init,
        square_only,
        dmre,
        check_digit,
        full_ascii,
        addon: addon.as_ref(),
        addon_gap: addon_gap.as_ref(),
        show_check_digits,
        bearer: bearer.as_ref(),
        extra_escape,
        structured_append_id: structured_append_id.as_ref(),
        macro_pdf417: macro_pdf417.as_ref(),
    })?;
    let symbol = py
        .detach(|| data.encode(symbology, &options))
        .map_err(convert::EncodeFailure::into_py)?;
    Ok(Symbol::new(symbol))
}

/// The native module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(generate, m)?)?;
    m.add_function(wrap_pyfunction!(generate_json, m)?)?;
    m.add_function(wrap_pyfunction!(encode, m)?)?;
    m.add_class::<Artifacts>()?;
    m.add_class::<Artifact>()?;
    m.add_class::<SymbolInfo>()?;
    m.add_class::<Symbol>()?;
    errors::register(m)?;
    // The names the core knows, so the Python enums can be checked against them.
    m.add("SYMBOLOGIES", codevault::Symbology::ALL.map(|s| s.name()))?;
    m.add("EC_LEVELS", EcLevel::ALL.map(|e| e.letter().to_string()))?;
    m.add(
        "MODES",
        [
            codevault::Mode::Numeric,
            codevault::Mode::Alphanumeric,
            codevault::Mode::Byte,
            codevault::Mode::Kanji,
        ]
        .map(|mode| mode.name()),
    )?;
    m.add("OUTPUT_FORMATS", OutputFormat::ALL.map(|f| f.name()))?;
    Ok(())
}
