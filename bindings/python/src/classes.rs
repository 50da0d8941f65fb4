//! The Python classes: immutable views of the facade's results.

use codevault::OutputFormat;
use pyo3::{
    prelude::*,
    types::{PyBytes, PyDict, PyList},
};

use crate::{
    convert::{self, StyleArgs},
    errors::to_py,
};

/// What the encoder chose (`Artifacts.symbol`).
#[pyclass(module = "codevault", name = "SymbolInfo", frozen, eq)]
#[derive(Clone, PartialEq)]
pub struct SymbolInfo {
    inner: codevault::SymbolInfo,
}

#[pymethods]
impl SymbolInfo {
    #[getter]
    fn symbology(&self) -> &'static str {
        self.inner.symbology.name()
    }
    #[getter]
    fn version(&self) -> &str {
        &self.inner.version
    }
    #[getter]
    fn ecc(&self) -> Option<&str> {
        self.inner.ecc.as_deref()
    }
    #[getter]
    fn mask(&self) -> Option<u8> {
        self.inner.mask
    }
    #[getter]
    fn width(&self) -> usize {
        self.inner.width
    }
    #[getter]
    fn height(&self) -> usize {
        self.inner.height
    }
    #[getter]
    fn quiet_zone(&self) -> usize {
        self.inner.quiet_zone
    }
    #[getter]
    fn data_bits(&self) -> usize {
        self.inner.data_bits
    }
    #[getter]
    fn capacity_bits(&self) -> usize {
        self.inner.capacity_bits
    }

    /// The fields as a dict, the same shape as `symbol` in the artifacts JSON.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("symbology", self.symbology())?;
        d.set_item("version", self.version())?;
        d.set_item("ecc", self.ecc())?;
        d.set_item("mask", self.mask())?;
        d.set_item("width", self.width())?;
        d.set_item("height", self.height())?;
        d.set_item("quiet_zone", self.quiet_zone())?;
        d.set_item("data_bits", self.data_bits())?;
        d.set_item("capacity_bits", self.capacity_bits())?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "SymbolInfo(symbology={:?}, version={:?}, ecc={}, mask={}, width={}, height={})",
            self.symbology(),
            self.version(),
            self.ecc().map_or("None".to_string(), |e| format!("{e:?}")),
            self.mask().map_or("None".to_string(), |m| m.to_string()),
            self.width(),
            self.height()
        )
    }
}

/// One rendered output: `format`, `media_type` and `data` (bytes).
#[pyclass(module = "codevault", name = "Artifact", frozen)]
pub struct Artifact {
    format: OutputFormat,
    media_type: String,
    data: Py<PyBytes>,
}

impl Artifact {
    fn new(py: Python<'_>, a: &codevault::Artifact) -> Artifact {
        Artifact {
            format: a.format,
            media_type: a.media_type.clone(),
            data: PyBytes::new(py, &a.bytes).unbind(),
        }
    }
}

#[pymethods]
impl Artifact {
    #[getter]
    fn format(&self) -> &'static str {
        self.format.name()
    }
    #[getter]
    fn media_type(&self) -> &str {
        &self.media_type
    }
    #[getter]
    fn data(&self, py: Python<'_>) -> Py<PyBytes> {
        self.data.clone_ref(py)
    }

    /// The data decoded as UTF-8 for the text formats (`svg`, `txt`, `matrix`), else `None`.
    fn text(&self, py: Python<'_>) -> Option<String> {
        if !self.format.is_text() {
            return None;
        }
        std::str::from_utf8(self.data.bind(py).as_bytes())
            .ok()
            .map(str::to_string)
    }

    fn __len__(&self, py: Python<'_>) -> usize {
        self.data.bind(py).as_bytes().len()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Artifact(format={:?}, media_type={:?}, {} bytes)",
            self.format.name(),
            self.media_type,
            self.__len__(py)
        )
    }
}

/// The result of `generate`: `symbol` (what the encoder chose) and `outputs` (one `Artifact` per
/// requested format, in request order).
#[pyclass(module = "codevault", name = "Artifacts", frozen)]
pub struct Artifacts {
    symbol: Py<SymbolInfo>,
    outputs: Py<PyList>,
    formats: Vec<OutputFormat>,
}

impl Artifacts {
    pub fn new(py: Python<'_>, a: &codevault::Artifacts) -> PyResult<Artifacts> {
        let outputs = a
            .outputs
            .iter()
            .map(|o| Py::new(py, Artifact::new(py, o)))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(Artifacts {
            symbol: Py::new(
                py,
                SymbolInfo {
                    inner: a.symbol.clone(),
                },
            )?,
            outputs: PyList::new(py, outputs)?.unbind(),
            formats: a.outputs.iter().map(|o| o.format).collect(),
        })
    }
}

#[pymethods]
impl Artifacts {
    #[getter]
    fn symbol(&self, py: Python<'_>) -> Py<SymbolInfo> {
        self.symbol.clone_ref(py)
    }

    /// A new list of the artifacts, in request order.
    #[getter]
    fn outputs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items: Vec<Bound<'py, PyAny>> = self.outputs.bind(py).iter().collect();
        PyList::new(py, items)
    }

    /// The first artifact of `format` (an `OutputFormat` or its name), or `None` when the request
    /// did not ask for it.
    fn get<'py>(
        &self,
        py: Python<'py>,
        format: &Bound<'py, PyAny>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        let name: String = format.extract().map_err(|_| {
            pyo3::exceptions::PyTypeError::new_err("format must be an OutputFormat or a str")
        })?;
        let wanted: OutputFormat = name.parse().map_err(to_py)?;
        match self.formats.iter().position(|f| *f == wanted) {
            Some(i) => Ok(Some(self.outputs.bind(py).get_item(i)?)),
            None => Ok(None),
        }
    }

    fn __len__(&self) -> usize {
        self.formats.len()
    }

    fn __repr__(&self) -> String {
        let names: Vec<&str> = self.formats.iter().map(|f| f.name()).collect();
        format!(
            "Artifacts(symbol={}, outputs={names:?})",
            self.symbol.get().__repr__()
        )
    }
}

/// An encoded symbol: the module grid and what the encoder chose. Render it with `to_svg`,
/// `to_png`, `to_text`, `to_matrix` or `to_pil`.
#[pyclass(module = "codevault", name = "Symbol", frozen)]
pub struct Symbol {
    inner: codevault::Symbol,
}

impl Symbol {
    pub fn new(inner: codevault::Symbol) -> Symbol {
        Symbol { inner }
    }

    fn render(
        &self,
        py: Python<'_>,
        format: OutputFormat,
        style: &StyleArgs<'_>,
    ) -> PyResult<Vec<u8>> {
        let style = convert::style(style)?;
        let symbol = &self.inner;
        py.detach(|| codevault::render(symbol, &style, format))
            .map(|a| a.bytes)
            .map_err(to_py)
    }
}

#[pymethods]
impl Symbol {
    #[getter]
    fn symbology(&self) -> &'static str {
        self.inner.meta.symbology.name()
    }
    #[getter]
    fn width(&self) -> usize {
        self.inner.matrix.width()
    }
    #[getter]
    fn height(&self) -> usize {
        self.inner.matrix.height()
    }
    #[getter]
    fn version(&self) -> &str {
        &self.inner.meta.version
    }
    #[getter]
    fn ecc(&self) -> Option<&str> {
        self.inner.meta.ecc.as_deref()
    }
    #[getter]
    fn mask(&self) -> Option<u8> {
        self.inner.meta.mask
    }
    #[getter]
    fn quiet_zone(&self) -> usize {
        self.inner.quiet_zone
    }
    #[getter]
    fn data_bits(&self) -> usize {
        self.inner.meta.data_bits
    }
    #[getter]
    fn capacity_bits(&self) -> usize {
        self.inner.meta.capacity_bits
    }

    /// Rows of modules, `True` = dark, without quiet zone.
    fn to_matrix(&self) -> Vec<Vec<bool>> {
        self.inner.matrix.to_bools()
    }

    /// An SVG document.
    #[pyo3(signature = (
        *, dark=None, light=None, module_size=None, quiet_zone=None, dpi=None, x_dim_mm=None,
        bar_height=None, bar_height_mm=None, print_gain=None, text=true, font_size=None,
        quiet_zone_markers=false, bearer_thickness=None
    ))]
    #[allow(clippy::too_many_arguments)]
    fn to_svg(
        &self,
        py: Python<'_>,
        dark: Option<Bound<'_, PyAny>>,
        light: Option<Bound<'_, PyAny>>,
        module_size: Option<Bound<'_, PyAny>>,
        quiet_zone: Option<Bound<'_, PyAny>>,
        dpi: Option<Bound<'_, PyAny>>,
        x_dim_mm: Option<Bound<'_, PyAny>>,
        bar_height: Option<Bound<'_, PyAny>>,
        bar_height_mm: Option<Bound<'_, PyAny>>,
        print_gain: Option<Bound<'_, PyAny>>,
        text: bool,
        font_size: Option<Bound<'_, PyAny>>,
        quiet_zone_markers: bool,
        bearer_thickness: Option<Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let bytes = self.render(
            py,
            OutputFormat::Svg,
            &StyleArgs {
                dark,
                light,
                module_size,
                quiet_zone,
                dpi,
                x_dim_mm,
                bar_height,
                bar_height_mm,
                print_gain,
                text,
                font_size,
                quiet_zone_markers,
                bearer_thickness,
            },
        )?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// A PNG image.
    #[pyo3(signature = (
        *, dark=None, light=None, module_size=None, quiet_zone=None, dpi=None, x_dim_mm=None,
        bar_height=None, bar_height_mm=None, print_gain=None, text=true, font_size=None,
        quiet_zone_markers=false, bearer_thickness=None
    ))]
    #[allow(clippy::too_many_arguments)]
    fn to_png<'py>(
        &self,
        py: Python<'py>,
        dark: Option<Bound<'py, PyAny>>,
        light: Option<Bound<'py, PyAny>>,
        module_size: Option<Bound<'py, PyAny>>,
        quiet_zone: Option<Bound<'py, PyAny>>,
        dpi: Option<Bound<'py, PyAny>>,
        x_dim_mm: Option<Bound<'py, PyAny>>,
        bar_height: Option<Bound<'py, PyAny>>,
        bar_height_mm: Option<Bound<'py, PyAny>>,
        print_gain: Option<Bound<'py, PyAny>>,
        text: bool,
        font_size: Option<Bound<'py, PyAny>>,
        quiet_zone_markers: bool,
        bearer_thickness: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyBytes>> {
        let bytes = self.render(
            py,
            OutputFormat::Png,
            &StyleArgs {
                dark,
                light,
                module_size,
                quiet_zone,
                dpi,
                x_dim_mm,
                bar_height,
                bar_height_mm,
                print_gain,
                text,
                font_size,
                quiet_zone_markers,
                bearer_thickness,
            },
        )?;
        Ok(PyBytes::new(py, &bytes))
    }

    /// Unicode half-block text for terminals, quiet zone included.
    #[pyo3(signature = (
        *, dark=None, light=None, module_size=None, quiet_zone=None, dpi=None, x_dim_mm=None,
        bar_height=None, bar_height_mm=None, print_gain=None, text=true, font_size=None,
        quiet_zone_markers=false, bearer_thickness=None
    ))]
    #[allow(clippy::too_many_arguments)]
    fn to_text(
        &self,
        py: Python<'_>,
        dark: Option<Bound<'_, PyAny>>,
        light: Option<Bound<'_, PyAny>>,
        module_size: Option<Bound<'_, PyAny>>,
        quiet_zone: Option<Bound<'_, PyAny>>,
        dpi: Option<Bound<'_, PyAny>>,
        x_dim_mm: Option<Bound<'_, PyAny>>,
        bar_height: Option<Bound<'_, PyAny>>,
        bar_height_mm: Option<Bound<'_, PyAny>>,
        print_gain: Option<Bound<'_, PyAny>>,
        text: bool,
        font_size: Option<Bound<'_, PyAny>>,
        quiet_zone_markers: bool,
        bearer_thickness: Option<Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let bytes = self.render(
            py,
            OutputFormat::Txt,
            &StyleArgs {
                dark,
                light,
                module_size,
                quiet_zone,
                dpi,
                x_dim_mm,
                bar_height,
                bar_height_mm,
                print_gain,
                text,
                font_size,
                quiet_zone_markers,
                bearer_thickness,
            },
        )?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// A `PIL.Image.Image` of the PNG (needs Pillow; raises ImportError without it).
    #[pyo3(signature = (
        *, dark=None, light=None, module_size=None, quiet_zone=None, dpi=None, x_dim_mm=None,
        bar_height=None, bar_height_mm=None, print_gain=None, text=true, font_size=None,
        quiet_zone_markers=false, bearer_thickness=None
    ))]
    #[allow(clippy::too_many_arguments)]
    fn to_pil<'py>(
        &self,
        py: Python<'py>,
        dark: Option<Bound<'py, PyAny>>,
        light: Option<Bound<'py, PyAny>>,
        module_size: Option<Bound<'py, PyAny>>,
        quiet_zone: Option<Bound<'py, PyAny>>,
        dpi: Option<Bound<'py, PyAny>>,
        x_dim_mm: Option<Bound<'py, PyAny>>,
        bar_height: Option<Bound<'py, PyAny>>,
        bar_height_mm: Option<Bound<'py, PyAny>>,
        print_gain: Option<Bound<'py, PyAny>>,
        text: bool,
        font_size: Option<Bound<'py, PyAny>>,
        quiet_zone_markers: bool,
        bearer_thickness: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let image = py.import("PIL.Image")?;
        let png = self.to_png(
            py,
            dark,
            light,
            module_size,
            quiet_zone,
            dpi,
            x_dim_mm,
            bar_height,
            bar_height_mm,
            print_gain,
            text,
            font_size,
            quiet_zone_markers,
            bearer_thickness,
        )?;
        let buffer = py.import("io")?.getattr("BytesIO")?.call1((png,))?;
        let img = image.getattr("open")?.call1((buffer,))?;
        img.call_method0("load")?;
        Ok(img)
    }

    /// What the encoder chose, as in `Artifacts.symbol`.
    fn info(&self) -> SymbolInfo {
        SymbolInfo {
            inner: codevault::SymbolInfo::from(&self.inner),
        }
    }

    fn __repr__(&self) -> String {
        format!(
            "Symbol(symbology={:?}, version={:?}, ecc={}, mask={}, width={}, height={})",
            self.symbology(),
            self.version(),
            self.ecc().map_or("None".to_string(), |e| format!("{e:?}")),
            self.mask().map_or("None".to_string(), |m| m.to_string()),
            self.width(),
            self.height()
        )
    }
}
