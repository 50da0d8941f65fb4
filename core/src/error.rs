//! The one error type of the facade and its stable numeric codes.

use codevault_formats::EncodeError;
use codevault_render::RenderError;

/// Why [`generate`](crate::generate) (or any other facade call) refused a request.
///
/// Every variant says whose fault it is. [`Error::code`] gives the stable number and name that
/// the bindings expose (C `cv_error_code`, Python exception classes, JS `err.code`).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The caller's request JSON is malformed or does not match the request schema.
    #[error("invalid request json at line {line} column {column}: {message}")]
    InvalidJson {
        /// 1-based line of the error (0 when the error is not tied to a position).
        line: usize,
        /// 1-based column of the error (0 when the error is not tied to a position).
        column: usize,
        /// What serde found wrong.
        message: String,
    },
    /// The caller gave neither `data` nor `data_base64`.
    #[error("request has no data: set exactly one of data and data_base64")]
    MissingData,
    /// The caller gave both `data` and `data_base64`.
    #[error("request has both data and data_base64: set exactly one")]
    ConflictingData,
    /// The caller's `data_base64` is not standard base64.
    #[error("invalid base64 in data_base64 at character {position}")]
    InvalidBase64 {
        /// 0-based offset of the first offending character (the length if the input ends early).
        position: usize,
    },
    /// The caller named a symbology CodeVault does not know.
    #[error("unknown symbology {name:?}: expected one of {expected}")]
    UnknownSymbology {
        /// The name given.
        name: String,
        /// The known names, comma separated.
        expected: String,
    },
    /// The caller asked for a symbology this build leaves out (a cargo feature is off).
    #[error("symbology {name} is not built into this library (enable its feature)")]
    UnsupportedSymbology {
        /// The symbology's name.
        name: String,
    },
    /// The caller asked for an output format this build leaves out (a cargo feature is off).
    #[error("output format {format} is not built into this library (enable its feature)")]
    UnsupportedOutput {
        /// The format's name (`svg`, `png`, `txt`).
        format: String,
    },
    /// The caller's data or options were refused by the encoder (too long, bad version, mask,
    /// character outside a forced mode, …); see [`EncodeError`].
    #[error(transparent)]
    Encode(#[from] EncodeError),
    /// The caller's style could not be rendered (bad colour, size out of range, image too
    /// large); see [`RenderError`].
    #[error(transparent)]
    Render(#[from] RenderError),
}

/// Stable numeric error codes, as the C API and every binding expose them.
///
/// `0` means success in C and is not a variant. Numbers are never reused: a retired code keeps
/// its number reserved forever, and new codes take the next free number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u32)]
#[non_exhaustive]
pub enum ErrorCode {
    /// [`Error::InvalidJson`].
    InvalidJson = 1,
    /// [`Error::MissingData`].
    MissingData = 2,
    /// [`Error::ConflictingData`].
    ConflictingData = 3,
    /// [`Error::InvalidBase64`].
    InvalidBase64 = 4,
    /// [`Error::UnknownSymbology`].
    UnknownSymbology = 5,
    /// [`Error::UnsupportedSymbology`].
    UnsupportedSymbology = 6,
    /// [`Error::UnsupportedOutput`].
    UnsupportedOutput = 7,
    /// [`EncodeError::InvalidOption`]: an option value the symbology does not have.
    InvalidOption = 8,
    /// [`EncodeError::DataTooLong`]: the data does not fit the largest allowed symbol.
    DataTooLong = 9,
    /// [`EncodeError::CharNotInMode`]: a forced mode cannot carry a character.
    CharNotInMode = 10,
    /// Any other encoder refusal.
    EncodeFailed = 11,
    /// [`RenderError::InvalidColor`]: a colour string that does not parse.
    InvalidColor = 12,
    /// [`RenderError::InvalidSize`] and [`RenderError::InvalidStyle`]: module size, quiet zone,
    /// DPI, X-dimension, bar height, print gain or another style number out of range.
    InvalidSize = 13,
    /// [`RenderError::ImageTooLarge`]: the raster image would exceed the pixel limit.
    ImageTooLarge = 14,
    /// Any other renderer failure (a bug: please report it).
    RenderFailed = 15,
    /// [`EncodeError::CharNotInCharset`]: text has a character the ECI's character set lacks.
    CharNotInCharset = 16,
    /// [`EncodeError::InvalidData`]: data breaks a rule of the symbology (check digit, length,
    /// character set, GS1 element validation).
    InvalidData = 17,
}

impl ErrorCode {
    /// Every code, in numeric order.
    pub const ALL: [ErrorCode; 17] = [
        ErrorCode::InvalidJson,
        ErrorCode::MissingData,
        ErrorCode::ConflictingData,
        ErrorCode::InvalidBase64,
        ErrorCode::UnknownSymbology,
        ErrorCode::UnsupportedSymbology,
        ErrorCode::UnsupportedOutput,
        ErrorCode::InvalidOption,
        ErrorCode::DataTooLong,
        ErrorCode::CharNotInMode,
        ErrorCode::EncodeFailed,
        ErrorCode::InvalidColor,
        ErrorCode::InvalidSize,
        ErrorCode::ImageTooLarge,
        ErrorCode::RenderFailed,
        ErrorCode::CharNotInCharset,
        ErrorCode::InvalidData,
    ];

    /// The number (never 0, never reused).
    pub fn as_u32(self) -> u32 {
        self as u32
    }

    /// The code for a number, if there is one.
    pub fn from_u32(n: u32) -> Option<ErrorCode> {
        Self::ALL.iter().copied().find(|c| c.as_u32() == n)
    }

    /// The stable kebab-case name, e.g. `data-too-long` (the JS `code` property).
    pub fn name(self) -> &'static str {
        match self {
            ErrorCode::InvalidJson => "invalid-json",
            ErrorCode::MissingData => "missing-data",
            ErrorCode::ConflictingData => "conflicting-data",
            ErrorCode::InvalidBase64 => "invalid-base64",
            ErrorCode::UnknownSymbology => "unknown-symbology",
            ErrorCode::UnsupportedSymbology => "unsupported-symbology",
            ErrorCode::UnsupportedOutput => "unsupported-output",
            ErrorCode::InvalidOption => "invalid-option",
            ErrorCode::DataTooLong => "data-too-long",
            ErrorCode::CharNotInMode => "char-not-in-mode",
            ErrorCode::EncodeFailed => "encode-failed",
            ErrorCode::InvalidColor => "invalid-color",
            ErrorCode::InvalidSize => "invalid-size",
            ErrorCode::ImageTooLarge => "image-too-large",
            ErrorCode::RenderFailed => "render-failed",
            ErrorCode::CharNotInCharset => "char-not-in-charset",
            ErrorCode::InvalidData => "invalid-data",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// An error as plain data, for bindings and JSON APIs: `{"code": 9, "name": "data-too-long",
/// "message": "data needs …"}`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ErrorInfo {
    /// [`ErrorCode`] number.
    pub code: u32,
    /// [`ErrorCode`] name.
    pub name: String,
    /// The error's message.
    pub message: String,
}

impl From<&Error> for ErrorInfo {
    fn from(e: &Error) -> ErrorInfo {
        let code = e.code();
        ErrorInfo {
            code: code.as_u32(),
            name: code.name().to_string(),
            message: e.to_string(),
        }
    }
}

impl Error {
    /// Code, name and message as plain data.
    pub fn info(&self) -> ErrorInfo {
        ErrorInfo::from(self)
    }

    /// The stable code of this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::InvalidJson { .. } => ErrorCode::InvalidJson,
            Error::MissingData => ErrorCode::MissingData,
            Error::ConflictingData => ErrorCode::ConflictingData,
            Error::InvalidBase64 { .. } => ErrorCode::InvalidBase64,
            Error::UnknownSymbology { .. } => ErrorCode::UnknownSymbology,
            Error::UnsupportedSymbology { .. } => ErrorCode::UnsupportedSymbology,
            Error::UnsupportedOutput { .. } => ErrorCode::UnsupportedOutput,
            Error::Encode(e) => match e {
                EncodeError::InvalidOption { .. } => ErrorCode::InvalidOption,
                EncodeError::DataTooLong { .. } => ErrorCode::DataTooLong,
                EncodeError::CharNotInMode { .. } => ErrorCode::CharNotInMode,
                EncodeError::CharNotInCharset { .. } => ErrorCode::CharNotInCharset,
                EncodeError::InvalidData { .. } => ErrorCode::InvalidData,
                _ => ErrorCode::EncodeFailed,
            },
            Error::Render(e) => match e {
                RenderError::InvalidColor { .. } => ErrorCode::InvalidColor,
                RenderError::InvalidSize { .. } | RenderError::InvalidStyle { .. } => {
                    ErrorCode::InvalidSize
                }
                RenderError::ImageTooLarge { .. } => ErrorCode::ImageTooLarge,
                _ => ErrorCode::RenderFailed,
            },
        }
    }

    /// A request-level option error (same shape as the encoder's).
    pub(crate) fn invalid_option(
        option: &'static str,
        value: impl ToString,
        expected: impl Into<String>,
    ) -> Error {
        Error::Encode(EncodeError::InvalidOption {
            option,
            value: value.to_string(),
            expected: expected.into(),
        })
    }

    pub(crate) fn from_json(e: &serde_json::Error) -> Error {
        let full = e.to_string();
        // serde_json appends " at line L column C"; the variant carries those as fields.
        let message = match full.rfind(" at line ") {
            Some(i) if e.line() > 0 => full[..i].to_string(),
            _ => full,
        };
        Error::InvalidJson {
            line: e.line(),
            column: e.column(),
            message,
        }
    }
}
