//! What [`generate`](crate::generate) returns: the symbol's metadata and the rendered outputs.

use codevault_formats::{Symbol, Symbology};
use serde::{Deserialize, Serialize};

use crate::OutputFormat;

/// The result of a request: what the encoder chose and one artifact per requested output.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Artifacts {
    /// The encoded symbol's metadata.
    pub symbol: SymbolInfo,
    /// The outputs, in the order the request listed them.
    pub outputs: Vec<Artifact>,
}

impl Artifacts {
    /// The first artifact of `format`, if the request asked for it.
    pub fn get(&self, format: OutputFormat) -> Option<&Artifact> {
        self.outputs.iter().find(|a| a.format == format)
    }

    /// The artifacts as JSON (artifact bytes as base64).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// What the encoder chose, in plain fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SymbolInfo {
    /// The symbology (`qr`, `micro-qr`, `rmqr`).
    pub symbology: Symbology,
    /// Version name: `"10"` (QR), `"M3"` (Micro QR), `"R13x43"` (rMQR).
    pub version: String,
    /// Error correction level used (`"L"`, `"M"`, `"Q"`, `"H"`) after any boost.
    pub ecc: Option<String>,
    /// Mask pattern applied, where the symbology has masks.
    pub mask: Option<u8>,
    /// Width in modules, without quiet zone.
    pub width: usize,
    /// Height in modules, without quiet zone.
    pub height: usize,
    /// Quiet zone the standard requires on every side, in modules.
    pub quiet_zone: usize,
    /// Bits of the data stream (mode headers and data).
    pub data_bits: usize,
    /// Data bits the symbol can hold at its error correction level.
    pub capacity_bits: usize,
}

impl From<&Symbol> for SymbolInfo {
    fn from(symbol: &Symbol) -> SymbolInfo {
        SymbolInfo {
            symbology: symbol.meta.symbology,
            version: symbol.meta.version.clone(),
            ecc: symbol.meta.ecc.clone(),
            mask: symbol.meta.mask,
            width: symbol.matrix.width(),
            height: symbol.matrix.height(),
            quiet_zone: symbol.quiet_zone,
            data_bits: symbol.meta.data_bits,
            capacity_bits: symbol.meta.capacity_bits,
        }
    }
}

/// One rendered output.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Artifact {
    /// Which output this is.
    pub format: OutputFormat,
    /// Its media type, e.g. `image/svg+xml`.
    pub media_type: String,
    /// The bytes (base64 in JSON). UTF-8 for `svg`, `txt` and `matrix`.
    #[serde(with = "crate::base64::serde_bytes")]
    pub bytes: Vec<u8>,
}

impl Artifact {
    /// An artifact of `format` holding `bytes`.
    pub fn new(format: OutputFormat, bytes: Vec<u8>) -> Artifact {
        Artifact {
            format,
            media_type: format.media_type().to_string(),
            bytes,
        }
    }

    /// The bytes as text, for the text formats.
    pub fn text(&self) -> Option<&str> {
        if self.format.is_text() {
            std::str::from_utf8(&self.bytes).ok()
        } else {
            None
        }
    }
}
