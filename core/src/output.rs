//! Output formats a request can ask for.

use std::{fmt, str::FromStr};

use serde::{Deserialize, Serialize};

use crate::Error;

/// One output of a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum OutputFormat {
    /// SVG document (`image/svg+xml`), one merged path per colour.
    Svg,
    /// PNG image (`image/png`).
    Png,
    /// Terminal text with Unicode half blocks (`text/plain; charset=utf-8`), quiet zone included.
    Txt,
    /// The bare module grid: one line of `0`/`1` per row, `1` = dark, no quiet zone (`text/plain`).
    Matrix,
}

impl OutputFormat {
    /// Every format.
    pub const ALL: [OutputFormat; 4] = [
        OutputFormat::Svg,
        OutputFormat::Png,
        OutputFormat::Txt,
        OutputFormat::Matrix,
    ];

    /// The stable name (`svg`, `png`, `txt`, `matrix`).
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Svg => "svg",
            OutputFormat::Png => "png",
            OutputFormat::Txt => "txt",
            OutputFormat::Matrix => "matrix",
        }
    }

    /// The IANA media type of the bytes.
    pub fn media_type(self) -> &'static str {
        match self {
            OutputFormat::Svg => "image/svg+xml",
            OutputFormat::Png => "image/png",
            OutputFormat::Txt => "text/plain; charset=utf-8",
            OutputFormat::Matrix => "text/plain",
        }
    }

    /// Whether the bytes are UTF-8 text.
    pub fn is_text(self) -> bool {
        !matches!(self, OutputFormat::Png)
    }

    /// The format a file name's extension implies (`.svg`, `.png`, `.txt`; any case).
    pub fn from_path(path: &str) -> Option<OutputFormat> {
        let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "svg" => Some(OutputFormat::Svg),
            "png" => Some(OutputFormat::Png),
            "txt" => Some(OutputFormat::Txt),
            _ => None,
        }
    }
}

impl fmt::Display for OutputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for OutputFormat {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        OutputFormat::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                Error::invalid_option("output format", s, "one of svg, png, txt, matrix")
            })
    }
}
