//! The request: what to encode, as which symbology, with which options and style, into which
//! outputs. Plain data, the same JSON shape from every language.

use codevault_formats::Symbology;
use codevault_render::Style;
use serde::{Deserialize, Serialize};

use crate::{EncodeOptions, Error, OutputFormat, base64};

/// One request to [`generate`](crate::generate).
///
/// Exactly one of `data` (text, encoded as UTF-8) and `data_base64` (any bytes) must be set.
///
/// ```
/// use codevault::{OutputFormat, Request};
///
/// let request = Request::from_json(r#"{"data": "HELLO", "outputs": ["svg", "matrix"]}"#).unwrap();
/// assert_eq!(request.outputs, [OutputFormat::Svg, OutputFormat::Matrix]);
/// assert_eq!(request.payload().unwrap(), b"HELLO");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(
        description = "A CodeVault request: what to encode (exactly one of data and \
                       data_base64), as which symbology, with which options and style, into \
                       which outputs.",
        extend("oneOf" = [{"required": ["data"]}, {"required": ["data_base64"]}])
    )
)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Request {
    /// The data as text (encoded as UTF-8). Set this or `data_base64`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    /// The data as standard base64 (RFC 4648, padding optional). Set this or `data`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_base64: Option<String>,
    /// The symbology: `qr` (default), `micro-qr`, `rmqr`, `datamatrix`, `pdf417`, `aztec`,
    /// `aztec-rune`, `code128`, `gs1-128`, `ean13`, `ean8`, `upca`, `upce`, `code39`, `code93`,
    /// `itf`, `itf14`, `codabar`, `imb`, `postnet` or `rm4scc`.
    #[serde(default = "default_symbology")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::SymbologySchema"))]
    pub symbology: Symbology,
    /// Encoder options (error correction, version, mask, mode, ECI, FNC1, …).
    #[serde(default)]
    pub options: EncodeOptions,
    /// Colours, module size, quiet zone and DPI of the rendered outputs.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::StyleSchema"))]
    pub style: Style,
    /// The outputs to produce, in order (default `["svg"]`).
    #[serde(default = "default_outputs")]
    pub outputs: Vec<OutputFormat>,
}

fn default_symbology() -> Symbology {
    Symbology::Qr
}

fn default_outputs() -> Vec<OutputFormat> {
    vec![OutputFormat::Svg]
}

impl Default for Request {
    fn default() -> Self {
        Request {
            data: None,
            data_base64: None,
            symbology: default_symbology(),
            options: EncodeOptions::default(),
            style: Style::default(),
            outputs: default_outputs(),
        }
    }
}

impl Request {
    /// A request for `text` with default symbology, options, style and outputs.
    pub fn text(text: impl Into<String>) -> Request {
        Request {
            data: Some(text.into()),
            ..Request::default()
        }
    }

    /// A request for arbitrary bytes: UTF-8 goes into `data`, anything else into `data_base64`.
    pub fn bytes(bytes: &[u8]) -> Request {
        match std::str::from_utf8(bytes) {
            Ok(text) => Request::text(text),
            Err(_) => Request {
                data_base64: Some(base64::encode(bytes)),
                ..Request::default()
            },
        }
    }

    /// Parses a request from JSON.
    ///
    /// An unknown symbology name fails with [`Error::UnknownSymbology`], a bad colour with
    /// [`RenderError::InvalidColor`](codevault_render::RenderError::InvalidColor); anything
    /// else with [`Error::InvalidJson`] and its line and column.
    pub fn from_json(json: &str) -> Result<Request, Error> {
        serde_json::from_str(json)
            .map_err(|e| diagnose(json).unwrap_or_else(|| Error::from_json(&e)))
    }

    /// The request as compact JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The bytes to encode: `data` as UTF-8 or `data_base64` decoded.
    pub fn payload(&self) -> Result<Vec<u8>, Error> {
        match (&self.data, &self.data_base64) {
            (Some(text), None) => Ok(text.as_bytes().to_vec()),
            (None, Some(b64)) => {
                base64::decode(b64).map_err(|position| Error::InvalidBase64 { position })
            }
            (None, None) => Err(Error::MissingData),
            (Some(_), Some(_)) => Err(Error::ConflictingData),
        }
    }
}

/// When a request failed to parse, a more specific error than `invalid-json` if there is one:
/// an unknown `symbology` name or a colour string that does not parse.
fn diagnose(json: &str) -> Option<Error> {
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    if let Some(name) = value.get("symbology").and_then(|v| v.as_str())
        && serde_json::from_value::<Symbology>(serde_json::Value::from(name)).is_err()
    {
        return Some(Error::UnknownSymbology {
            name: name.to_string(),
            expected: Symbology::names(),
        });
    }
    let style = value.get("style")?;
    ["dark", "light"]
        .iter()
        .filter_map(|key| style.get(key)?.as_str())
        .find_map(|color| codevault_render::Color::parse(color).err())
        .map(Error::Render)
}
