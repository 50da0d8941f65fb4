//! Encoder options as requests carry them: one flat struct that grows with the symbologies.

use std::fmt;

use codevault_formats::Symbology;
#[cfg(feature = "qr")]
use codevault_formats::qr::{self, EcLevel, Fnc1, Mode, QrOptions, StructuredAppend};
use serde::{Deserialize, Deserializer, Serialize, de};

use crate::Error;

/// How to encode: the options of every symbology in one flat, serde-friendly struct.
///
/// Fields that a symbology does not use are ignored by it. In JSON every field is optional and
/// unknown fields are refused. `Default` is ECC M with boost, automatic version and mask.
///
/// ```
/// use codevault::EncodeOptions;
///
/// let options: EncodeOptions = serde_json::from_str(r#"{"ecc": "H", "version": "M3"}"#).unwrap();
/// assert_eq!(options.version.as_deref(), Some("M3"));
/// let numeric: EncodeOptions = serde_json::from_str(r#"{"version": 10}"#).unwrap();
/// assert_eq!(numeric.version.as_deref(), Some("10"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(
        description = "Encoder options; every field is optional. Fields a symbology does \
                            not use are ignored by it."
    )
)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct EncodeOptions {
    /// Error correction level (`L`, `M`, `Q`, `H`); the minimum when `boost` is on.
    #[cfg(feature = "qr")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::EcLevelSchema"))]
    pub ecc: EcLevel,
    /// Raise the error correction level while the symbol does not grow. On by default.
    #[cfg(feature = "qr")]
    pub boost: bool,
    /// Pinned version: QR `"1"`–`"40"`, Micro QR `"M1"`–`"M4"`, rMQR `"R7x43"`–`"R17x139"`.
    /// JSON also accepts a number (`10`). Automatic (smallest that fits) when absent.
    #[serde(deserialize_with = "version_from_string_or_number")]
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::schema::VersionSchema>")
    )]
    pub version: Option<String>,
    /// Pinned mask pattern: QR 0–7, Micro QR 0–3. Automatic when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mask: Option<u8>,
    /// Force one mode (`numeric`, `alphanumeric`, `byte`, `kanji`) instead of optimal segments.
    #[cfg(feature = "qr")]
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::schema::ModeSchema>")
    )]
    pub mode: Option<Mode>,
    /// ECI designator (0–999999) written before the data; 26 marks UTF-8. Not in Micro QR.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eci: Option<u32>,
    /// FNC1 mode: `"none"`, `"gs1"` or `{"industry": N}`. Not in Micro QR.
    #[cfg(feature = "qr")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Fnc1Schema"))]
    pub fnc1: Fnc1,
    /// Structured-append header for one symbol of a sequence (QR only).
    #[cfg(feature = "qr")]
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::schema::StructuredAppendSchema>")
    )]
    pub structured_append: Option<StructuredAppend>,
    /// For UTF-8 text, use Kanji mode for characters Shift JIS can carry (QR), or the GB 18030
    /// Chinese modes (Han Xin). On by default; off encodes the bytes as given.
    #[cfg(feature = "qr")]
    pub kanji: bool,
    /// Aztec: minimum share of error correction codewords, in percent (5–95; default 23).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ecc_percent: Option<u8>,
    /// Numbered error correction level: PDF417 0–8 (default: by data size, as the standard
    /// recommends); Han Xin 1–4 (default: the highest the smallest symbol holds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_level: Option<u8>,
    /// PDF417: data columns 1–30 (default: from `aspect_ratio` when set, else zint's rule).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub columns: Option<u16>,
    /// PDF417: rows 3–90 (default: as few as fit).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rows: Option<u16>,
    /// PDF417: target height ÷ width of the symbol when neither columns nor rows are pinned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aspect_ratio: Option<f32>,
    /// PDF417: compact (truncated) PDF417. Aztec: compact symbols only.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub compact: bool,
    /// Reader initialisation / programming symbol (Data Matrix, Aztec, PDF417, Code 128).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub reader_init: bool,
    /// Data Matrix: choose among square sizes only.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub square_only: bool,
    /// Data Matrix: also consider the DMRE rectangular sizes (ISO/IEC 21471) when choosing.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dmre: bool,
    /// Add the optional check character (Code 39 mod 43, ITF, Codabar mod 16).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub check_digit: bool,
    /// Code 39 / Code 93: full ASCII (every ASCII character through shift pairs).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub full_ascii: bool,
    /// EAN/UPC: EAN-2 or EAN-5 add-on digits (also accepted after `+` in the data).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addon: Option<String>,
    /// EAN/UPC: gap between symbol and add-on, in modules (default 9 for UPC-A/E, 7 for EAN).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addon_gap: Option<u8>,
    /// PDF417: Macro PDF417 control block (segment index from 0, file ID digits, optional file
    /// name, segment count, time stamp, sender, addressee, file size, checksum).
    #[cfg(feature = "pdf417")]
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::schema::MacroPdf417Schema>")
    )]
    pub macro_pdf417: Option<codevault_formats::pdf417::MacroPdf417>,
    /// Structured append (Aztec, Data Matrix): the sequence's ID — Aztec a message ID (no
    /// spaces, ≤ 32 bytes), Data Matrix a file ID as zint writes it: first × 1000 + second,
    /// each 1–254 (default 1001). Index and count come from
    /// `structured_append` (its `parity` is QR's own and ignored here).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub structured_append_id: Option<String>,
    /// MaxiCode mode 2–6 (default 4, or 2/3 when `primary` is given; 6 = reader programming).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maxicode_mode: Option<u8>,
    /// MaxiCode modes 2/3: the primary message, postcode + 3-digit country + 3-digit service
    /// class, as zint's `--primary` (e.g. `"152382802840001"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary: Option<String>,
    /// MaxiCode modes 2/3: the SCM version `vv` of a `[)>RS01GSvv` message (zint `--scmvv`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scm_vv: Option<u8>,
    /// Code 128: `\^1` `\^2` `\^3` in the data are FNC1–FNC3 and `\^^` is a literal `\^`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub extra_escape: bool,
    /// Code 93 / Codabar: print the check characters in the human-readable text.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub show_check_digits: bool,
    /// ITF / ITF-14 bearer bars: `"none"`, `"horizontal"` or `"frame"` (default: none for ITF,
    /// a frame for ITF-14 as GS1 asks).
    #[cfg(feature = "itf")]
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::schema::BearerSchema>")
    )]
    pub bearer: Option<codevault_formats::linear::itf::ItfBearer>,
}

#[allow(clippy::derivable_impls)] // derivable only when every symbology feature is off
impl Default for EncodeOptions {
    fn default() -> Self {
        EncodeOptions {
            #[cfg(feature = "qr")]
            ecc: EcLevel::M,
            #[cfg(feature = "qr")]
            boost: true,
            version: None,
            mask: None,
            #[cfg(feature = "qr")]
            mode: None,
            eci: None,
            #[cfg(feature = "qr")]
            fnc1: Fnc1::None,
            #[cfg(feature = "qr")]
            structured_append: None,
            #[cfg(feature = "qr")]
            kanji: true,
            ecc_percent: None,
            security_level: None,
            columns: None,
            rows: None,
            aspect_ratio: None,
            compact: false,
            reader_init: false,
            square_only: false,
            dmre: false,
            check_digit: false,
            full_ascii: false,
            addon: None,
            addon_gap: None,
            show_check_digits: false,
            extra_escape: false,
            maxicode_mode: None,
            primary: None,
            scm_vv: None,
            structured_append_id: None,
            #[cfg(feature = "pdf417")]
            macro_pdf417: None,
            #[cfg(feature = "itf")]
            bearer: None,
        }
    }
}

impl EncodeOptions {
    /// The QR-family encoder options for `symbology`, parsing the version name.
    #[cfg(feature = "qr")]
    pub fn to_qr_options(&self, symbology: Symbology) -> Result<QrOptions, Error> {
        let version = match &self.version {
            Some(name) => Some(qr::parse_version(symbology, name)?),
            None => None,
        };
        Ok(QrOptions {
            ecc: self.ecc,
            boost: self.boost,
            version,
            mask: self.mask,
            mode: self.mode,
            eci: self.eci,
            fnc1: self.fnc1,
            structured_append: self.structured_append,
            kanji: self.kanji,
        })
    }
}

fn version_from_string_or_number<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<String>, D::Error> {
    struct Visit;
    impl<'de> de::Visitor<'de> for Visit {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a version name like \"10\", \"M3\" or \"R13x43\", or a version number")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            d.deserialize_any(Visit)
        }
    }
    d.deserialize_option(Visit)
}

/// Encodes `text` as `symbology`: like [`encode`], but when `options.eci` is set the text is first
/// converted into that ECI's character set (e.g. ECI 3 → ISO-8859-1), exactly as
/// [`generate`](crate::generate) treats a request's `data`. Bindings call this for strings and
/// [`encode`] for bytes.
///
/// ```
/// use codevault::{EncodeOptions, Symbology, encode_text};
///
/// let mut options = EncodeOptions::default();
/// options.eci = Some(3);
/// assert!(encode_text(Symbology::Qr, "Grüße", &options).is_ok());
/// assert_eq!(encode_text(Symbology::Qr, "5 €", &options).unwrap_err().code().name(), "char-not-in-charset");
/// ```
pub fn encode_text(
    symbology: Symbology,
    text: &str,
    options: &EncodeOptions,
) -> Result<codevault_formats::Symbol, Error> {
    #[cfg(feature = "qr")]
    if let Some(eci) = options.eci {
        return encode(symbology, &qr::encode_text_for_eci(text, eci)?, options);
    }
    encode(symbology, text.as_bytes(), options)
}

/// Encodes `data` as `symbology` with `options`: the symbol model, before any rendering.
pub fn encode(
    symbology: Symbology,
    data: &[u8],
    options: &EncodeOptions,
) -> Result<codevault_formats::Symbol, Error> {
    match symbology {
        #[cfg(feature = "qr")]
        Symbology::Qr | Symbology::MicroQr | Symbology::Rmqr => {
            let qr_options = options.to_qr_options(symbology)?;
            if qr_options.fnc1 == Fnc1::Gs1 {
                // Validated like every GS1 symbology; `[01]…` syntax becomes the raw form.
                let elements = codevault_formats::gs1::ElementString::parse(data)?;
                return Ok(qr::encode(
                    symbology,
                    &elements.to_fnc1_data(),
                    &qr_options,
                )?);
            }
            Ok(qr::encode(symbology, data, &qr_options)?)
        }
        other => crate::dispatch::encode_other(other, data, options),
    }
}
