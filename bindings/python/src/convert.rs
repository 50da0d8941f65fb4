//! Python values → facade types. Conversion only: every rule about what a value means lives in
//! the core (`EcLevel::parse`, `Mode::parse`, `Color::parse`, version names, ranges).

use std::path::PathBuf;

use codevault::{
    Color, EcLevel, Error, Fnc1, ItfBearer, MacroPdf417, Mode, StructuredAppend, Style, Symbology,
};
use pyo3::{
    exceptions::PyTypeError,
    prelude::*,
    types::{
        PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyInt, PyMemoryView, PyString, PyTuple,
    },
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
    if value.is_instance_of::<PyBool>() || !value.is_instance_of::<PyInt>() {
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

/// An optional `str` argument.
fn opt_text(what: &str, value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    value
        .filter(|v| !v.is_none())
        .map(|v| text(what, v))
        .transpose()
}

/// A number argument (`int` or `float`, not `bool`); the core checks its range.
fn float(what: &str, value: &Bound<'_, PyAny>) -> PyResult<f64> {
    if value.is_instance_of::<PyBool>()
        || !(value.is_instance_of::<PyFloat>() || value.is_instance_of::<PyInt>())
    {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a float or an int, not {}",
            value.get_type().name()?
        )));
    }
    value.extract::<f64>()
}

fn opt_float(what: &str, value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<f64>> {
    value
        .filter(|v| !v.is_none())
        .map(|v| float(what, v))
        .transpose()
}

/// A `bool` argument given inside a mapping.
fn boolean(what: &str, value: &Bound<'_, PyAny>) -> PyResult<bool> {
    if !value.is_instance_of::<PyBool>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a bool, not {}",
            value.get_type().name()?
        )));
    }
    value.extract()
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
    pub ecc_percent: Option<&'a Bound<'py, PyAny>>,
    pub security_level: Option<&'a Bound<'py, PyAny>>,
    pub columns: Option<&'a Bound<'py, PyAny>>,
    pub rows: Option<&'a Bound<'py, PyAny>>,
    pub aspect_ratio: Option<&'a Bound<'py, PyAny>>,
    pub compact: bool,
    pub reader_init: bool,
    pub square_only: bool,
    pub dmre: bool,
    pub check_digit: bool,
    pub full_ascii: bool,
    pub addon: Option<&'a Bound<'py, PyAny>>,
    pub addon_gap: Option<&'a Bound<'py, PyAny>>,
    pub show_check_digits: bool,
    pub bearer: Option<&'a Bound<'py, PyAny>>,
    pub extra_escape: bool,
    pub structured_append_id: Option<&'a Bound<'py, PyAny>>,
    pub macro_pdf417: Option<&'a Bound<'py, PyAny>>,
}

/// The facade's [`codevault::EncodeOptions`] for `encode`'s keyword arguments.
pub fn options(args: OptionArgs<'_, '_>) -> PyResult<codevault::EncodeOptions> {
    let mut o = codevault::EncodeOptions::default();
    o.ecc = EcLevel::parse(&text("ecc", args.ecc)?).map_err(|e| to_py(e.into()))?;
    o.boost = args.boost;
    o.version = match args.version.filter(|v| !v.is_none()) {
        None => None,
        Some(v) if v.is_instance_of::<PyInt>() && !v.is_instance_of::<PyBool>() => {
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
    o.ecc_percent = opt_int("ecc_percent", args.ecc_percent, "percentages are 0-255")?;
    o.security_level = opt_int("security_level", args.security_level, "levels are 0-8")?;
    o.columns = opt_int("columns", args.columns, "columns are 1-30")?;
    o.rows = opt_int("rows", args.rows, "rows are 3-90")?;
    o.aspect_ratio = opt_float("aspect_ratio", args.aspect_ratio)?.map(|v| v as f32);
    o.compact = args.compact;
    o.reader_init = args.reader_init;
    o.square_only = args.square_only;
    o.dmre = args.dmre;
    o.check_digit = args.check_digit;
    o.full_ascii = args.full_ascii;
    o.addon = opt_text("addon", args.addon)?;
    o.addon_gap = opt_int("addon_gap", args.addon_gap, "gaps are 0-255 modules")?;
    o.show_check_digits = args.show_check_digits;
    o.bearer = args
        .bearer
        .filter(|v| !v.is_none())
        .map(bearer)
        .transpose()?;
    o.extra_escape = args.extra_escape;
    o.structured_append_id = match args.structured_append_id.filter(|v| !v.is_none()) {
        None => None,
        Some(v) if v.is_instance_of::<PyInt>() && !v.is_instance_of::<PyBool>() => {
            Some(v.str()?.to_string())
        }
        Some(v) => Some(text("structured_append_id", v)?),
    };
    o.macro_pdf417 = args
        .macro_pdf417
        .filter(|v| !v.is_none())
        .map(macro_pdf417)
        .transpose()?;
    Ok(o)
}

/// `"none"`, `"horizontal"` or `"frame"`.
fn bearer(value: &Bound<'_, PyAny>) -> PyResult<ItfBearer> {
    let name = text("bearer", value)?;
    match name.as_str() {
        "none" => Ok(ItfBearer::None),
        "horizontal" => Ok(ItfBearer::Horizontal),
        "frame" => Ok(ItfBearer::Frame),
        _ => Err(to_py(Error::Encode(
            codevault::EncodeError::InvalidOption {
                option: "bearer",
                value: name,
                expected: "\"none\", \"horizontal\" or \"frame\"".to_string(),
            },
        ))),
    }
}

/// The Macro PDF417 fields of a mapping (`{"segment_index": 0, "segment_count": 2, …}`).
fn macro_pdf417(value: &Bound<'_, PyAny>) -> PyResult<MacroPdf417> {
    let py = value.py();
    let mapping = py.import("collections.abc")?.getattr("Mapping")?;
    if !value.is_instance(&mapping)? {
        return Err(PyTypeError::new_err(format!(
            "macro_pdf417 must be a dict, not {}",
            value.get_type().name()?
        )));
    }
    let mut m = MacroPdf417::default();
    for item in value.call_method0("items")?.try_iter()? {
        let (key, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item?.extract()?;
        let key = text("macro_pdf417 key", &key)?;
        if v.is_none() {
            continue;
        }
        match key.as_str() {
            "segment_index" => m.segment_index = int("segment_index", &v, "0-99998")?,
            "file_id" => m.file_id = text("file_id", &v)?,
            "segment_count" => m.segment_count = Some(int("segment_count", &v, "1-99999")?),
            "file_name" => m.file_name = Some(text("file_name", &v)?),
            "time_stamp" => m.time_stamp = Some(int("time_stamp", &v, "a u64 timestamp")?),
            "sender" => m.sender = Some(text("sender", &v)?),
            "addressee" => m.addressee = Some(text("addressee", &v)?),
            "file_size" => m.file_size = Some(int("file_size", &v, "a u64 size")?),
            "checksum" => m.checksum = Some(int("checksum", &v, "a CRC-16: 0-65535")?),
            "last_segment" => m.last_segment = boolean("last_segment", &v)?,
            other => {
                return Err(PyTypeError::new_err(format!(
                    "macro_pdf417 has no field {other:?} (fields: segment_index, file_id, \
                     segment_count, file_name, time_stamp, sender, addressee, file_size, \
                     checksum, last_segment)"
                )));
            }
        }
    }
    Ok(m)
}

/// `(index, count, parity)`, `(index, count)` or `{"index": …, "count": …, "parity": …}`
/// (`parity` optional: QR's own, 0 when absent; the other symbologies ignore it).
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
            parity: match d.get_item("parity")? {
                Some(v) if !v.is_none() => field(&v, "parity")?,
                _ => 0,
            },
        });
    }
    if let Ok(t) = value.cast::<PyTuple>()
        && (t.len() == 2 || t.len() == 3)
    {
        return Ok(StructuredAppend {
            index: field(&t.get_item(0)?, "index")?,
            count: field(&t.get_item(1)?, "count")?,
            parity: match t.len() {
                3 => field(&t.get_item(2)?, "parity")?,
                _ => 0,
            },
        });
    }
    Err(PyTypeError::new_err(
        "structured_append must be a (index, count[, parity]) tuple or a dict with those keys",
    ))
}

/// Keyword arguments of the render methods, as Python passed them.
pub struct StyleArgs<'py> {
    pub dark: Option<Bound<'py, PyAny>>,
    pub light: Option<Bound<'py, PyAny>>,
    pub module_size: Option<Bound<'py, PyAny>>,
    pub quiet_zone: Option<Bound<'py, PyAny>>,
    pub dpi: Option<Bound<'py, PyAny>>,
    pub x_dim_mm: Option<Bound<'py, PyAny>>,
    pub bar_height: Option<Bound<'py, PyAny>>,
    pub bar_height_mm: Option<Bound<'py, PyAny>>,
    pub print_gain: Option<Bound<'py, PyAny>>,
    pub text: bool,
    pub font_size: Option<Bound<'py, PyAny>>,
    pub quiet_zone_markers: bool,
    pub bearer_thickness: Option<Bound<'py, PyAny>>,
}

/// The facade's [`Style`] for the render methods' keyword arguments (defaults: the core's; the
/// core checks the ranges).
pub fn style(args: &StyleArgs<'_>) -> PyResult<Style> {
    let mut s = Style::default();
    let color = |what: &str, v: &Bound<'_, PyAny>| -> PyResult<Color> {
        Color::parse(&text(what, v)?).map_err(|e| to_py(e.into()))
    };
    if let Some(v) = args.dark.as_ref().filter(|v| !v.is_none()) {
        s.dark = color("dark", v)?;
    }
    if let Some(v) = args.light.as_ref().filter(|v| !v.is_none()) {
        s.light = color("light", v)?;
    }
    if let Some(v) = opt_int(
        "module size",
        args.module_size.as_ref(),
        "module sizes are 1-1000",
    )? {
        s.module_size = v;
    }
    s.quiet_zone = opt_int(
        "quiet zone",
        args.quiet_zone.as_ref(),
        "quiet zones are 0-1000",
    )?;
    s.dpi = opt_int("dpi", args.dpi.as_ref(), "dpi is 1-100000")?;
    s.x_dim_mm = opt_float("x_dim_mm", args.x_dim_mm.as_ref())?;
    s.bar_height = opt_float("bar_height", args.bar_height.as_ref())?;
    s.bar_height_mm = opt_float("bar_height_mm", args.bar_height_mm.as_ref())?;
    if let Some(v) = opt_float("print_gain", args.print_gain.as_ref())? {
        s.print_gain = v;
    }
    s.text = args.text;
    s.font_size = opt_float("font_size", args.font_size.as_ref())?;
    s.quiet_zone_markers = args.quiet_zone_markers;
    s.bearer_thickness = opt_float("bearer_thickness", args.bearer_thickness.as_ref())?;
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
