//! Python values → facade types. Conversion only: every rule about what a value means lives in
//! the core (`EcLevel::parse`, `Mode::parse`, `Color::parse`, version names, ranges).

use std::path::PathBuf;

use codevault::{Color, EcLevel, Error, Fnc1, Mode, StructuredAppend, Style, Symbology};
use pyo3::{
    exceptions::PyTypeError,
    prelude::*,
    types::{PyByteArray, PyBytes, PyDict, PyMemoryView, PyString, PyTuple},
};

use crate::errors::{out_of_range, to_py};

/// What `encode` was given to encode.
pub enum Data {
    /// Text (`str`): the facade's `encode_text` converts it to the ECI's character set.
    Text(String),
    /// Bytes to encode as they are (bytes-like objects).
    Bytes(Vec<u8>),
    /// A file whose bytes to encode (read with the GIL released).
    Path(PathBuf),
}

/// Why [`Data::encode`] failed: reading the file or the facade. Kept as Rust values so the
/// work runs without the GIL; [`EncodeFailure::into_py`] makes the exception afterwards.
pub enum EncodeFailure {
    /// The path could not be read.
    Io(std::io::Error),
    /// The facade refused.
    Core(Error),
}

impl EncodeFailure {
    /// The Python exception: `OSError` (its errno subclass) or the error code's class.
    pub fn into_py(self) -> PyErr {
        match self {
            EncodeFailure::Io(e) => e.into(),
            EncodeFailure::Core(e) => to_py(e),
        }
    }
}

impl Data {
    /// Encodes the data with the facade: text through `encode_text`, bytes (and a file's bytes)
    /// through `encode`. Needs no GIL.
    pub fn encode(
        self,
        symbology: Symbology,
        options: &codevault::EncodeOptions,
    ) -> Result<codevault::Symbol, EncodeFailure> {
        let bytes = match self {
            Data::Text(t) => {
                return codevault::encode_text(symbology, &t, options).map_err(EncodeFailure::Core);
            }
            Data::Bytes(b) => b,
            Data::Path(p) => std::fs::read(p).map_err(EncodeFailure::Io)?,
        };
        codevault::encode(symbology, &bytes, options).map_err(EncodeFailure::Core)
    }
}

/// `str` (text), `bytes`, `bytearray`, `memoryview` or `os.PathLike` (the file's bytes).
pub fn data(value: &Bound<'_, PyAny>) -> PyResult<Data> {
    let py = value.py();
    if let Ok(s) = value.cast::<PyString>() {
        return Ok(Data::Text(s.to_cow()?.into_owned()));
    }
    if let Ok(b) = value.cast::<PyBytes>() {
        return Ok(Data::Bytes(b.as_bytes().to_vec()));
    }
    if value.is_instance_of::<PyByteArray>() || value.is_instance_of::<PyMemoryView>() {
        let bytes = py.get_type::<PyBytes>().call1((value,))?;
        return Ok(Data::Bytes(bytes.cast::<PyBytes>()?.as_bytes().to_vec()));
    }
    let os = py.import("os")?;
    if value.is_instance(&os.getattr("PathLike")?)? {
        let path: PathBuf = os.getattr("fspath")?.call1((value,))?.extract()?;
        return Ok(Data::Path(path));
    }
    Err(PyTypeError::new_err(format!(
        "data must be str, bytes, bytearray, memoryview or os.PathLike, not {}",
        value.get_type().name()?
    )))
}

/// A `str` (or `str` enum member) argument, with a clear type error otherwise.
fn text<'py>(what: &str, value: &Bound<'py, PyAny>) -> PyResult<String> {
    match value.cast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => Err(PyTypeError::new_err(format!(
            "{what} must be a str, not {}",
            value.get_type().name()?
        ))),
    }
}

/// An integer option that must fit `T`; an `int` outside its range is an `invalid-option`.
fn int<T: for<'a, 'py> FromPyObject<'a, 'py>>(
    option: &'static str,
    value: &Bound<'_, PyAny>,
    expected: &str,
) -> PyResult<T> {
    if value.is_instance_of::<pyo3::types::PyBool>()
        || !value.is_instance_of::<pyo3::types::PyInt>()
    {
        return Err(PyTypeError::new_err(format!(
            "{option} must be an int, not {}",
            value.get_type().name()?
        )));
    }
    value
        .extract::<T>()
        .map_err(|_| out_of_range(option, value, expected))
}

fn opt_int<T: for<'a, 'py> FromPyObject<'a, 'py>>(
    option: &'static str,
    value: Option<&Bound<'_, PyAny>>,
    expected: &str,
) -> PyResult<Option<T>> {
    value
        .filter(|v| !v.is_none())
        .map(|v| int(option, v, expected))
        .transpose()
}

/// A symbology name (`qr`, `micro-qr`, `rmqr`), parsed by the core's serde names.
pub fn symbology(value: &Bound<'_, PyAny>) -> PyResult<Symbology> {
    let name = text("symbology", value)?;
    let json = format!("{{\"data\":\"\",\"symbology\":{}}}", json_string(&name));
    codevault::Request::from_json(&json)
        .map(|r| r.symbology)
        .map_err(to_py)
}

fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Keyword arguments of `encode`, as Python passed them.
pub struct OptionArgs<'a, 'py> {
    pub ecc: &'a Bound<'py, PyAny>,
    pub boost: bool,
    pub version: Option<&'a Bound<'py, PyAny>>,
    pub mask: Option<&'a Bound<'py, PyAny>>,
    pub mode: Option<&'a Bound<'py, PyAny>>,
    pub eci: Option<&'a Bound<'py, PyAny>>,
    pub gs1: bool,
    pub industry: Option<&'a Bound<'py, PyAny>>,
    pub structured_append: Option<&'a Bound<'py, PyAny>>,
    pub kanji: bool,
}

/// The facade's [`codevault::EncodeOptions`] for `encode`'s keyword arguments.
pub fn options(args: OptionArgs<'_, '_>) -> PyResult<codevault::EncodeOptions> {
    let mut o = codevault::EncodeOptions::default();
    o.ecc = EcLevel::parse(&text("ecc", args.ecc)?).map_err(|e| to_py(e.into()))?;
    o.boost = args.boost;
    o.version = match args.version.filter(|v| !v.is_none()) {
        None => None,
        Some(v)
            if v.is_instance_of::<pyo3::types::PyInt>()
                && !v.is_instance_of::<pyo3::types::PyBool>() =>
        {
            Some(v.str()?.to_string())
        }
        Some(v) => Some(text("version", v)?),
    };
    o.mask = opt_int("mask", args.mask, "masks are 0-7 (QR) or 0-3 (Micro QR)")?;
    o.mode = match args.mode.filter(|v| !v.is_none()) {
        None => None,
        Some(v) => Some(Mode::parse(&text("mode", v)?).map_err(|e| to_py(e.into()))?),
    };
    o.eci = opt_int("eci", args.eci, "ECI designators are 0-999999")?;
    let industry: Option<u8> = opt_int("industry", args.industry, "AIM indicators are 0-255")?;
    o.fnc1 = match (args.gs1, industry) {
        (false, None) => Fnc1::None,
        (true, None) => Fnc1::Gs1,
        (false, Some(n)) => Fnc1::Industry(n),
        (true, Some(n)) => {
            return Err(to_py(Error::Encode(
                codevault::EncodeError::InvalidOption {
                    option: "fnc1",
                    value: format!("gs1 and industry={n}"),
                    expected: "set gs1 or industry, not both".to_string(),
                },
            )));
        }
    };
    o.structured_append = args
        .structured_append
        .filter(|v| !v.is_none())
        .map(structured_append)
        .transpose()?;
    o.kanji = args.kanji;
    Ok(o)
}

/// `(index, count, parity)` or `{"index": …, "count": …, "parity": …}`.
fn structured_append(value: &Bound<'_, PyAny>) -> PyResult<StructuredAppend> {
    let expected = "structured append fields are 0-255";
    let field = |v: &Bound<'_, PyAny>, name: &'static str| int::<u8>(name, v, expected);
    if let Ok(d) = value.cast::<PyDict>() {
        let get = |k: &'static str| -> PyResult<u8> {
            let v = d.get_item(k)?.ok_or_else(|| {
                PyTypeError::new_err(format!("structured_append needs the key {k:?}"))
            })?;
            field(&v, k)
        };
        return Ok(StructuredAppend {
            index: get("index")?,
            count: get("count")?,
            parity: get("parity")?,
        });
    }
    if let Ok(t) = value.cast::<PyTuple>()
        && t.len() == 3
    {
        return Ok(StructuredAppend {
            index: field(&t.get_item(0)?, "index")?,
            count: field(&t.get_item(1)?, "count")?,
            parity: field(&t.get_item(2)?, "parity")?,
        });
    }
    Err(PyTypeError::new_err(
        "structured_append must be a (index, count, parity) tuple or a dict with those keys",
    ))
}

/// Keyword arguments of the render methods, as Python passed them.
pub struct StyleArgs<'a, 'py> {
    pub dark: Option<&'a Bound<'py, PyAny>>,
    pub light: Option<&'a Bound<'py, PyAny>>,
    pub module_size: Option<&'a Bound<'py, PyAny>>,
    pub quiet_zone: Option<&'a Bound<'py, PyAny>>,
    pub dpi: Option<&'a Bound<'py, PyAny>>,
}

/// The facade's [`Style`] for the render methods' keyword arguments (defaults: the core's).
pub fn style(args: StyleArgs<'_, '_>) -> PyResult<Style> {
    let mut s = Style::default();
    let color = |what: &str, v: &Bound<'_, PyAny>| -> PyResult<Color> {
        Color::parse(&text(what, v)?).map_err(|e| to_py(e.into()))
    };
    if let Some(v) = args.dark.filter(|v| !v.is_none()) {
        s.dark = color("dark", v)?;
    }
    if let Some(v) = args.light.filter(|v| !v.is_none()) {
        s.light = color("light", v)?;
    }
    if let Some(v) = opt_int("module size", args.module_size, "module sizes are 1-1000")? {
        s.module_size = v;
    }
    s.quiet_zone = opt_int("quiet zone", args.quiet_zone, "quiet zones are 0-1000")?;
    s.dpi = opt_int("dpi", args.dpi, "dpi is 1-100000")?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::json_string;

    #[test]
    fn json_strings_escape() {
        assert_eq!(json_string("a\"b\\c\n"), "\"a\\\"b\\\\c\\u000a\"");
    }
}
