//! `Symbol`: an encoded symbol held on the Rust side, rendered on demand.

use codevault::{OutputFormat, SymbolInfo};
use napi::{Env, Result, bindgen_prelude::*};
use napi_derive::napi;

use crate::{
    convert::{JsSymbolInfo, parse_style},
    error::into_js_error,
};

/// An encoded symbol (module grid, quiet zone and what the encoder chose).
#[napi(js_name = "Symbol")]
pub struct JsSymbol {
    symbol: codevault::Symbol,
}

impl From<codevault::Symbol> for JsSymbol {
    fn from(symbol: codevault::Symbol) -> JsSymbol {
        JsSymbol { symbol }
    }
}

impl JsSymbol {
    fn render(&self, env: &Env, style_json: Option<&str>, format: OutputFormat) -> Result<Vec<u8>> {
        parse_style(style_json)
            .and_then(|style| codevault::render(&self.symbol, &style, format))
            .map(|artifact| artifact.bytes)
            .map_err(|e| into_js_error(env, &e))
    }

    fn text(&self, env: &Env, style_json: Option<&str>, format: OutputFormat) -> Result<String> {
        let bytes = self.render(env, style_json, format)?;
        // The text formats are UTF-8 by construction.
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}

#[napi]
impl JsSymbol {
    /// SVG document; `style_json` is a `Style` as JSON (default style when absent).
    #[napi]
    pub fn to_svg(&self, env: Env, style_json: Option<String>) -> Result<String> {
        self.text(&env, style_json.as_deref(), OutputFormat::Svg)
    }

    /// PNG image bytes.
    #[napi]
    pub fn to_png(&self, env: Env, style_json: Option<String>) -> Result<Buffer> {
        Ok(self
            .render(&env, style_json.as_deref(), OutputFormat::Png)?
            .into())
    }

    /// Terminal text (Unicode half blocks, quiet zone included).
    #[napi]
    pub fn to_text(&self, env: Env, style_json: Option<String>) -> Result<String> {
        self.text(&env, style_json.as_deref(), OutputFormat::Txt)
    }

    /// The module grid, row by row, `true` = dark, without quiet zone.
    #[napi]
    pub fn to_matrix(&self) -> Vec<Vec<bool>> {
        self.symbol.matrix.to_bools()
    }

    /// The module grid as text: one line of `0`/`1` per row (the `matrix` output format).
    #[napi]
    pub fn to_matrix_text(&self) -> String {
        self.symbol.matrix.to_text_rows()
    }

    /// What the encoder chose, as plain fields (the `symbol` of `Artifacts`).
    #[napi(getter)]
    pub fn info(&self) -> JsSymbolInfo {
        JsSymbolInfo::from(&SymbolInfo::from(&self.symbol))
    }

    /// Width in modules, without quiet zone.
    #[napi(getter)]
    pub fn width(&self) -> u32 {
        u32::try_from(self.symbol.matrix.width()).unwrap_or(u32::MAX)
    }

    /// Height in modules, without quiet zone.
    #[napi(getter)]
    pub fn height(&self) -> u32 {
        u32::try_from(self.symbol.matrix.height()).unwrap_or(u32::MAX)
    }

    /// Version name: `"10"` (QR), `"M3"` (Micro QR), `"R13x43"` (rMQR).
    #[napi(getter)]
    pub fn version(&self) -> String {
        self.symbol.meta.version.clone()
    }

    /// Error correction level used, after any boost.
    #[napi(getter, ts_return_type = "'L' | 'M' | 'Q' | 'H' | null")]
    pub fn ecc(&self) -> Option<String> {
        self.symbol.meta.ecc.clone()
    }

    /// Mask pattern applied, where the symbology has masks.
    #[napi(getter)]
    pub fn mask(&self) -> Option<u32> {
        self.symbol.meta.mask.map(u32::from)
    }

    /// The symbology name (`qr`, `micro-qr`, `rmqr`, `datamatrix`, `ean13`, …).
    #[napi(
        getter,
        ts_return_type = "'qr' | 'micro-qr' | 'rmqr' | 'datamatrix' | 'pdf417' | 'aztec' | 'aztec-rune' | 'code128' | 'gs1-128' | 'ean13' | 'ean8' | 'upca' | 'upce' | 'code39' | 'code93' | 'itf' | 'itf14' | 'codabar' | 'imb' | 'postnet' | 'rm4scc' | 'maxicode' | 'dotcode' | 'hanxin' | 'micropdf417'"
    )]
    pub fn symbology(&self) -> &'static str {
        self.symbol.meta.symbology.name()
    }

    /// Quiet zone the standard requires on every side, in modules.
    #[napi(getter)]
    pub fn quiet_zone(&self) -> u32 {
        u32::try_from(self.symbol.quiet_zone).unwrap_or(u32::MAX)
    }
}
