//! JSON Schema of [`Request`](crate::Request), for docs and for validating requests in any
//! language.
//!
//! The option and style types come from crates without `schemars`; the private mirrors below
//! describe their serde form, and a test checks each mirror against the real type.

use schemars::JsonSchema;

/// The JSON Schema (draft 2020-12) of a request, pretty-printed with a trailing newline.
///
/// The checked-in copy is `docs/request.schema.json`.
pub fn request_schema() -> String {
    let schema = schemars::schema_for!(crate::Request);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Symbology name.
#[derive(JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(dead_code)]
#[schemars(rename = "Symbology")]
pub(crate) enum SymbologySchema {
    /// QR Code Model 2, versions 1-40.
    Qr,
    /// Micro QR Code, M1-M4.
    MicroQr,
    /// Rectangular Micro QR Code, R7x43 ... R17x139.
    Rmqr,
    /// Data Matrix ECC 200 (square, rectangular and DMRE sizes).
    #[schemars(rename = "datamatrix")]
    DataMatrix,
    /// PDF417 and compact PDF417.
    Pdf417,
    /// Aztec Code.
    Aztec,
    /// Aztec Rune (a value 0-255).
    AztecRune,
    /// Code 128.
    Code128,
    /// GS1-128 (from GS1 element strings).
    #[schemars(rename = "gs1-128")]
    Gs1_128,
    /// EAN-13 (add-on after `+`).
    #[schemars(rename = "ean13")]
    Ean13,
    /// EAN-8.
    #[schemars(rename = "ean8")]
    Ean8,
    /// UPC-A.
    #[schemars(rename = "upca")]
    Upca,
    /// UPC-E.
    #[schemars(rename = "upce")]
    Upce,
    /// Code 39.
    #[schemars(rename = "code39")]
    Code39,
    /// Code 93.
    #[schemars(rename = "code93")]
    Code93,
    /// Interleaved 2 of 5.
    Itf,
    /// ITF-14.
    #[schemars(rename = "itf14")]
    Itf14,
    /// Codabar.
    Codabar,
    /// USPS Intelligent Mail barcode.
    Imb,
    /// USPS POSTNET.
    Postnet,
    /// Royal Mail 4-State Customer Code.
    #[schemars(rename = "rm4scc")]
    Rm4scc,
    /// MaxiCode, modes 2-6.
    #[schemars(rename = "maxicode")]
    MaxiCode,
    /// DotCode.
    #[schemars(rename = "dotcode")]
    DotCode,
    /// Han Xin Code, versions 1-84.
    #[schemars(rename = "hanxin")]
    HanXin,
    /// MicroPDF417.
    #[schemars(rename = "micropdf417")]
    MicroPdf417,
}

/// Macro PDF417 control block.
#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(rename = "MacroPdf417")]
pub(crate) struct MacroPdf417Schema {
    /// This symbol's place in the file, counting from 0 (0-99998).
    segment_index: u32,
    /// File ID as decimal digits, read in groups of three (each 000-899).
    #[serde(default)]
    file_id: String,
    /// Number of segments in the file (1-99999).
    #[serde(default)]
    segment_count: Option<u32>,
    /// File name (printable ASCII, tab, CR, LF).
    #[serde(default)]
    file_name: Option<String>,
    /// Time stamp, seconds since 1970-01-01 UTC.
    #[serde(default)]
    time_stamp: Option<u64>,
    /// Sender.
    #[serde(default)]
    sender: Option<String>,
    /// Addressee.
    #[serde(default)]
    addressee: Option<String>,
    /// File size in bytes.
    #[serde(default)]
    file_size: Option<u64>,
    /// CRC-16 of the whole file.
    #[serde(default)]
    checksum: Option<u16>,
    /// Marks the file's last segment.
    #[serde(default)]
    last_segment: bool,
}

/// ITF bearer bars.
#[derive(JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(dead_code)]
#[schemars(rename = "Bearer")]
pub(crate) enum BearerSchema {
    /// No bearer bars.
    None,
    /// Bars above and below the symbol.
    Horizontal,
    /// A frame around symbol and quiet zones (ITF-14's default, per GS1).
    Frame,
}

/// Error correction level.
#[cfg(feature = "qr")]
#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(rename = "EcLevel")]
pub(crate) enum EcLevelSchema {
    /// About 7 % of codewords can be restored.
    L,
    /// About 15 % (the default).
    M,
    /// About 25 %.
    Q,
    /// About 30 %.
    H,
}

/// Version: a name like "10", "M3" or "R13x43", or a number.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
#[schemars(rename = "Version")]
pub(crate) enum VersionSchema {
    /// Version number (QR 1-40, Micro QR 1-4, rMQR 1-32).
    Number(u8),
    /// Version name ("10", "M3", "R13x43").
    Name(String),
}

/// Data encoding mode.
#[cfg(feature = "qr")]
#[derive(JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(dead_code)]
#[schemars(rename = "Mode")]
pub(crate) enum ModeSchema {
    /// Digits 0-9.
    Numeric,
    /// 0-9, A-Z, space and $%*+-./:
    Alphanumeric,
    /// Any byte.
    Byte,
    /// Shift JIS double-byte characters.
    Kanji,
}

/// FNC1 mode.
#[cfg(feature = "qr")]
#[derive(JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(dead_code)]
#[schemars(rename = "Fnc1")]
pub(crate) enum Fnc1Schema {
    /// Plain data.
    None,
    /// GS1 element strings (FNC1 in first position).
    Gs1,
    /// FNC1 in second position with the AIM application indicator (0-255).
    Industry(u8),
}

/// One symbol's place in a structured-append sequence.
#[cfg(feature = "qr")]
#[derive(JsonSchema)]
#[allow(dead_code)]
#[schemars(rename = "StructuredAppend")]
pub(crate) struct StructuredAppendSchema {
    /// Position of this symbol, 1-based.
    index: u8,
    /// Number of symbols in the sequence (2-16).
    count: u8,
    /// XOR of every byte of the whole message.
    parity: u8,
}

/// A colour: "#RGB", "#RGBA", "#RRGGBB", "#RRGGBBAA", "black", "white" or "transparent".
#[derive(JsonSchema, serde::Serialize)]
#[serde(transparent)]
#[schemars(
    extend("pattern" = "^\\s*(#([0-9A-Fa-f]{3,4}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})|[Bb][Ll][Aa][Cc][Kk]|[Ww][Hh][Ii][Tt][Ee]|[Tt][Rr][Aa][Nn][Ss][Pp][Aa][Rr][Ee][Nn][Tt])\\s*$")
)]
#[allow(dead_code)]
#[schemars(rename = "Color")]
pub(crate) struct ColorSchema(String);

/// How outputs are drawn. Every field is optional.
#[derive(JsonSchema, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
#[allow(dead_code)]
#[schemars(rename = "Style")]
pub(crate) struct StyleSchema {
    /// Colour of dark modules (default black).
    dark: ColorSchema,
    /// Colour of light modules and the quiet zone (default white; transparent allowed).
    light: ColorSchema,
    /// Pixels per module in raster output, 1-1000 (default 10).
    #[schemars(range(min = 1, max = 1000))]
    module_size: u32,
    /// Quiet zone on every side in modules, 0-1000 (default: the symbology's own).
    #[schemars(range(max = 1000))]
    #[serde(skip_serializing_if = "Option::is_none")]
    quiet_zone: Option<usize>,
    /// Resolution in dots per inch, 1-100000 (PNG pHYs; SVG size in millimetres).
    #[schemars(range(min = 1, max = 100000))]
    #[serde(skip_serializing_if = "Option::is_none")]
    dpi: Option<u32>,
    /// X-dimension (narrowest bar, module) in millimetres, above 0 and at most 100; with `dpi`
    /// it sets the pixels per module.
    #[serde(skip_serializing_if = "Option::is_none")]
    x_dim_mm: Option<f64>,
    /// Bar height of linear symbols in modules (default per symbology: EAN-13/UPC 69.24,
    /// EAN-8 55.24, ITF-14 64.14, others 50).
    #[serde(skip_serializing_if = "Option::is_none")]
    bar_height: Option<f64>,
    /// Bar height in millimetres (needs `x_dim_mm` or `dpi`; not with `bar_height`).
    #[serde(skip_serializing_if = "Option::is_none")]
    bar_height_mm: Option<f64>,
    /// Bar width reduction for print gain, percent of X, -50 to 50 (linear and postal).
    #[schemars(range(min = -50, max = 50))]
    #[serde(skip_serializing_if = "Option::is_none")]
    print_gain: Option<f64>,
    /// Draw the human-readable text of linear symbols (default true).
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<bool>,
    /// Height of the human-readable digits in modules (default 8).
    #[serde(skip_serializing_if = "Option::is_none")]
    font_size: Option<f64>,
    /// Print the EAN/UPC quiet zone markers `<` `>` (default false).
    #[serde(skip_serializing_if = "Option::is_none")]
    quiet_zone_markers: Option<bool>,
    /// Thickness of bearer bars and frames (ITF-14) in modules (default 5; 0 leaves them out).
    #[serde(skip_serializing_if = "Option::is_none")]
    bearer_thickness: Option<f64>,
    /// DotCode: dot diameter as a fraction of the module pitch, 0.01-1 (default 0.8).
    #[serde(skip_serializing_if = "Option::is_none")]
    dot_size: Option<f64>,
}

impl Default for StyleSchema {
    fn default() -> Self {
        StyleSchema {
            dark: ColorSchema("#000000".into()),
            light: ColorSchema("#ffffff".into()),
            module_size: 10,
            quiet_zone: None,
            dpi: None,
            x_dim_mm: None,
            bar_height: None,
            bar_height_mm: None,
            print_gain: None,
            text: None,
            font_size: None,
            quiet_zone_markers: None,
            bearer_thickness: None,
            dot_size: None,
        }
    }
}
