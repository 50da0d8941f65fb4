//! Conversions between JavaScript values and the facade's types.
//!
//! Requests, options and styles arrive as JSON text and are parsed by
//! [`codevault::Request::from_json`], the one parser every language shares, so a bad option
//! fails here exactly as it fails in the request JSON (same code, same message).

use codevault::{Artifacts, Request, Style, SymbolInfo};
use napi::bindgen_prelude::*;
use napi_derive::napi;
use serde_json::{Map, Value};

/// Data to encode, as the caller gave it: text, or the bytes of a `Uint8Array` / `Buffer`.
pub enum Data {
    /// A JS string: [`codevault::encode_text`] (UTF-8, or the ECI's character set).
    Text(String),
    /// Bytes: [`codevault::encode`], as they are.
    Bytes(Vec<u8>),
}

impl From<Either<String, Uint8Array>> for Data {
    fn from(data: Either<String, Uint8Array>) -> Data {
        match data {
            Either::A(text) => Data::Text(text),
            Either::B(bytes) => Data::Bytes(bytes.to_vec()),
        }
    }
}

/// Encodes `data` with the symbology and options of `request`, as `generate` treats a request's
/// `data` (text) and `data_base64` (bytes).
pub fn encode_data(
    data: &Data,
    request: &Request,
) -> std::result::Result<codevault::Symbol, codevault::Error> {
    match data {
        Data::Text(text) => codevault::encode_text(request.symbology, text, &request.options),
        Data::Bytes(bytes) => codevault::encode(request.symbology, bytes, &request.options),
    }
}

/// Parses the parts of a request the caller gave separately (`symbology`, `options`, `style`)
/// through [`Request::from_json`], so they get the request's own diagnostics.
fn parse_parts(parts: &[(&str, Option<&str>)]) -> std::result::Result<Request, codevault::Error> {
    let mut request = Map::new();
    request.insert("data".into(), Value::String(String::new()));
    for &(key, json) in parts {
        let Some(json) = json else { continue };
        match serde_json::from_str::<Value>(json) {
            Ok(value) => {
                request.insert(key.into(), value);
            }
            // Not JSON at all: let the request parser report it with its line and column.
            Err(_) => return Request::from_json(json),
        }
    }
    Request::from_json(&Value::Object(request).to_string())
}

/// The symbology and encoder options of [`encode`](crate::encode).
pub fn encode_request(
    symbology: Option<&str>,
    options_json: Option<&str>,
) -> std::result::Result<Request, codevault::Error> {
    let symbology = symbology.map(|s| Value::String(s.to_string()).to_string());
    parse_parts(&[
        ("symbology", symbology.as_deref()),
        ("options", options_json),
    ])
}

/// A style given as JSON (`{"dark": "#000", "module_size": 4}`); the default when absent.
pub fn parse_style(style_json: Option<&str>) -> std::result::Result<Style, codevault::Error> {
    Ok(parse_parts(&[("style", style_json)])?.style)
}

/// What the encoder chose (`Artifacts.symbol`).
#[napi(object, js_name = "SymbolInfo")]
pub struct JsSymbolInfo {
    /// The symbology name (`qr`, `micro-qr`, `rmqr`, `datamatrix`, `ean13`, …).
    #[napi(
        ts_type = "'qr' | 'micro-qr' | 'rmqr' | 'datamatrix' | 'pdf417' | 'aztec' | 'aztec-rune' | 'code128' | 'gs1-128' | 'ean13' | 'ean8' | 'upca' | 'upce' | 'code39' | 'code93' | 'itf' | 'itf14' | 'codabar' | 'imb' | 'postnet' | 'rm4scc' | 'maxicode' | 'dotcode' | 'hanxin' | 'micropdf417'"
    )]
    pub symbology: String,
    /// Version name: `"10"` (QR), `"M3"` (Micro QR), `"R13x43"` (rMQR).
    pub version: String,
    /// Error correction level used (`L`, `M`, `Q`, `H`) after any boost.
    #[napi(ts_type = "'L' | 'M' | 'Q' | 'H' | null")]
    pub ecc: Option<String>,
    /// Mask pattern applied, where the symbology has masks.
    pub mask: Option<u32>,
    /// Width in modules, without quiet zone.
    pub width: u32,
    /// Height in modules, without quiet zone.
    pub height: u32,
    /// Quiet zone the standard requires on every side, in modules.
    pub quiet_zone: u32,
    /// Bits of the data stream.
    pub data_bits: u32,
    /// Data bits the symbol can hold at its error correction level.
    pub capacity_bits: u32,
}

fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl From<&SymbolInfo> for JsSymbolInfo {
    fn from(info: &SymbolInfo) -> JsSymbolInfo {
        JsSymbolInfo {
            symbology: info.symbology.name().to_string(),
            version: info.version.clone(),
            ecc: info.ecc.clone(),
            mask: info.mask.map(u32::from),
            width: u32_of(info.width),
            height: u32_of(info.height),
            quiet_zone: u32_of(info.quiet_zone),
            data_bits: u32_of(info.data_bits),
            capacity_bits: u32_of(info.capacity_bits),
        }
    }
}

/// One rendered output.
#[napi(object, js_name = "Artifact")]
pub struct JsArtifact {
    /// `svg`, `png`, `txt` or `matrix`.
    #[napi(ts_type = "'svg' | 'png' | 'txt' | 'matrix'")]
    pub format: String,
    /// Its media type, e.g. `image/svg+xml`.
    pub media_type: String,
    /// The bytes (UTF-8 for `svg`, `txt` and `matrix`).
    pub data: Buffer,
}

/// The result of a request: what the encoder chose and one artifact per requested output.
#[napi(object, js_name = "Artifacts")]
pub struct JsArtifacts {
    /// What the encoder chose.
    pub symbol: JsSymbolInfo,
    /// The outputs, in the order the request listed them.
    pub outputs: Vec<JsArtifact>,
}

/// Moves the artifacts' bytes into `Buffer`s without copying.
pub fn artifacts_to_js(artifacts: Artifacts) -> JsArtifacts {
    JsArtifacts {
        symbol: JsSymbolInfo::from(&artifacts.symbol),
        outputs: artifacts
            .outputs
            .into_iter()
            .map(|a| JsArtifact {
                format: a.format.name().to_string(),
                media_type: a.media_type,
                data: Buffer::from(a.bytes),
            })
            .collect(),
    }
}
