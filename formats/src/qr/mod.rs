//! The QR family: QR Code Model 2, Micro QR and rMQR (ISO/IEC 18004, ISO/IEC 23941).
//!
//! ```
//! use codevault_formats::qr::{self, EcLevel, QrOptions};
//!
//! let symbol = qr::encode_qr(b"https://example.com", &QrOptions::default()).unwrap();
//! assert_eq!(symbol.meta.version, "2");
//! assert_eq!(symbol.meta.ecc.as_deref(), Some("Q")); // boosted from M: still version 2
//!
//! let exact = QrOptions { ecc: EcLevel::L, boost: false, ..QrOptions::default() };
//! assert_eq!(qr::encode_qr(b"https://example.com", &exact).unwrap().meta.ecc.as_deref(), Some("L"));
//! ```

mod bits;
mod eci;
mod gf;
mod mask;
mod micro;
mod micro_grid;
mod model2;
mod rmqr;
mod rmqr_grid;
mod rmqr_tables;
mod segment;
mod structured;
mod tables;

pub use eci::{eci_charset_name, encode_text_for_eci};
pub use micro::encode_micro_qr;
pub use model2::encode_qr;
pub use rmqr::{RMQR_VERSIONS, encode_rmqr, rmqr_version_name};
pub use structured::encode_structured_append;

use crate::{EncodeError, Symbol, Symbology};

/// Error correction level.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum EcLevel {
    /// About 7 % of codewords can be restored.
    L,
    /// About 15 % (the default).
    #[default]
    M,
    /// About 25 %.
    Q,
    /// About 30 %.
    H,
}

impl EcLevel {
    /// All levels, lowest first.
    pub const ALL: [EcLevel; 4] = [EcLevel::L, EcLevel::M, EcLevel::Q, EcLevel::H];

    /// The level's letter.
    pub fn letter(self) -> char {
        match self {
            EcLevel::L => 'L',
            EcLevel::M => 'M',
            EcLevel::Q => 'Q',
            EcLevel::H => 'H',
        }
    }

    /// Parses `L`, `M`, `Q` or `H` (either case).
    pub fn parse(s: &str) -> Result<EcLevel, EncodeError> {
        match s.trim().to_ascii_uppercase().as_str() {
            "L" => Ok(EcLevel::L),
            "M" => Ok(EcLevel::M),
            "Q" => Ok(EcLevel::Q),
            "H" => Ok(EcLevel::H),
            _ => Err(EncodeError::invalid("ecc", s, "one of L, M, Q, H")),
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// A data encoding mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Mode {
    /// Digits 0–9, 10 bits per 3 digits.
    Numeric,
    /// `0-9 A-Z space $ % * + - . / :`, 11 bits per 2 characters.
    Alphanumeric,
    /// Any byte, 8 bits each.
    Byte,
    /// Shift JIS double-byte characters, 13 bits each.
    Kanji,
}

impl Mode {
    pub(crate) const ALL: [Mode; 4] = [Mode::Numeric, Mode::Alphanumeric, Mode::Byte, Mode::Kanji];

    /// Lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Numeric => "numeric",
            Mode::Alphanumeric => "alphanumeric",
            Mode::Byte => "byte",
            Mode::Kanji => "kanji",
        }
    }

    /// What the mode can carry, for error messages.
    pub fn charset(self) -> &'static str {
        match self {
            Mode::Numeric => "digits 0-9",
            Mode::Alphanumeric => "0-9, A-Z, space and $%*+-./:",
            Mode::Byte => "any byte",
            Mode::Kanji => "Shift JIS double-byte characters",
        }
    }

    /// Parses a mode name (`numeric`, `alphanumeric`/`alnum`, `byte`, `kanji`).
    pub fn parse(s: &str) -> Result<Mode, EncodeError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "numeric" | "n" => Ok(Mode::Numeric),
            "alphanumeric" | "alnum" | "a" => Ok(Mode::Alphanumeric),
            "byte" | "b" | "binary" => Ok(Mode::Byte),
            "kanji" | "k" => Ok(Mode::Kanji),
            _ => Err(EncodeError::invalid(
                "mode",
                s,
                "one of numeric, alphanumeric, byte, kanji",
            )),
        }
    }
}

/// FNC1 mode: marks the data as GS1 or industry formatted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Fnc1 {
    /// Plain data.
    #[default]
    None,
    /// FNC1 in first position: GS1 element strings. Separate variable-length fields with the
    /// ASCII GS character (0x1D); it is written as `%` in alphanumeric mode, and `%` as `%%`.
    Gs1,
    /// FNC1 in second position, with the AIM application indicator (0–255; a letter counts as
    /// its ASCII value + 100, as the standard specifies).
    Industry(u8),
}

/// One symbol's place in a structured-append sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct StructuredAppend {
    /// Position of this symbol, 1-based (1 ..= count).
    pub index: u8,
    /// Number of symbols in the sequence (2 ..= 16).
    pub count: u8,
    /// Parity: XOR of every byte of the whole message.
    pub parity: u8,
}

/// Options for the QR family. `Default` gives ECC M with boost, automatic version and mask.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct QrOptions {
    /// Error correction level (the minimum when `boost` is on).
    pub ecc: EcLevel,
    /// Raise the level while the symbol does not grow. On by default.
    pub boost: bool,
    /// Pinned version: QR 1–40, Micro QR 1–4 (M1–M4), rMQR 1–32 (see [`RMQR_VERSIONS`]).
    pub version: Option<u8>,
    /// Pinned mask: QR 0–7, Micro QR 0–3 (rMQR has one fixed mask).
    pub mask: Option<u8>,
    /// Force one mode for all the data instead of optimal segmentation.
    pub mode: Option<Mode>,
    /// ECI designator (0–999999) written before the data; 26 marks UTF-8. Not in Micro QR.
    pub eci: Option<u32>,
    /// FNC1 (GS1 or industry) mode. Not in Micro QR.
    pub fnc1: Fnc1,
    /// Structured-append header for one symbol of a sequence (QR only).
    pub structured_append: Option<StructuredAppend>,
    /// When the data is UTF-8 text, use Kanji mode for characters Shift JIS can carry.
    pub kanji: bool,
}

impl Default for QrOptions {
    fn default() -> Self {
        QrOptions {
            ecc: EcLevel::M,
            boost: true,
            version: None,
            mask: None,
            mode: None,
            eci: None,
            fnc1: Fnc1::None,
            structured_append: None,
            kanji: true,
        }
    }
}

/// Encodes `data` as the given QR-family symbology.
pub fn encode(
    symbology: Symbology,
    data: &[u8],
    options: &QrOptions,
) -> Result<Symbol, EncodeError> {
    match symbology {
        Symbology::Qr => encode_qr(data, options),
        Symbology::MicroQr => encode_micro_qr(data, options),
        Symbology::Rmqr => encode_rmqr(data, options),
        other => Err(EncodeError::invalid(
            "symbology",
            other,
            "the QR encoder makes qr, micro-qr and rmqr",
        )),
    }
}

/// Parses a version name for a symbology: `"10"` (QR), `"M3"` or `"3"` (Micro QR),
/// `"R13x43"` or `"7"` (rMQR, index into [`RMQR_VERSIONS`]).
pub fn parse_version(symbology: Symbology, s: &str) -> Result<u8, EncodeError> {
    let t = s.trim();
    let bad = |expected: &str| EncodeError::invalid("version", s, expected);
    match symbology {
        Symbology::Qr => match t.parse::<u8>() {
            Ok(v @ 1..=40) => Ok(v),
            _ => Err(bad("QR versions are 1-40")),
        },
        Symbology::MicroQr => {
            let digits = t.strip_prefix(['M', 'm']).unwrap_or(t);
            match digits.parse::<u8>() {
                Ok(v @ 1..=4) => Ok(v),
                _ => Err(bad("Micro QR versions are M1-M4")),
            }
        }
        Symbology::Rmqr => {
            if let Ok(v @ 1..=32) = t.parse::<u8>() {
                return Ok(v);
            }
            let upper = t.to_ascii_uppercase();
            RMQR_VERSIONS
                .iter()
                .position(|&(h, w)| upper == format!("R{h}X{w}"))
                .map(|i| i as u8 + 1)
                .ok_or_else(|| bad("rMQR versions are R7x43 … R17x139 or 1-32"))
        }
        _ => Err(bad("QR-family versions are for qr, micro-qr and rmqr")),
    }
}

pub(crate) fn validate_common(options: &QrOptions) -> Result<(), EncodeError> {
    if let Some(eci) = options.eci
        && eci > 999_999
    {
        return Err(EncodeError::invalid(
            "eci",
            eci,
            "ECI designators are 0-999999",
        ));
    }
    Ok(())
}
