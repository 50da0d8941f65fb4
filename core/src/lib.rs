#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod artifacts;
mod base64;
#[cfg(feature = "qr")]
mod builder;
mod dispatch;
mod error;
mod generate;
mod options;
mod output;
mod request;
#[cfg(feature = "schema")]
mod schema;

pub use artifacts::{Artifact, Artifacts, SymbolInfo};
#[cfg(feature = "qr")]
pub use builder::QrCode;
#[cfg(feature = "itf")]
pub use codevault_formats::linear::itf::ItfBearer;
#[cfg(feature = "pdf417")]
pub use codevault_formats::pdf417::MacroPdf417;
#[cfg(feature = "qr")]
pub use codevault_formats::qr::{EcLevel, Fnc1, Mode, StructuredAppend};
pub use codevault_formats::{EncodeError, Matrix, ModuleRole, Symbol, SymbolMeta, Symbology};
pub use codevault_render::{Color, RenderError, Style};
pub use error::{Error, ErrorCode, ErrorInfo};
pub use generate::{generate, generate_json, render};
pub use options::{EncodeOptions, encode, encode_text};
pub use output::OutputFormat;
pub use request::Request;
#[cfg(feature = "schema")]
pub use schema::request_schema;

/// Decodes standard base64 (padding optional), as `data_base64` is read; `Err` holds the offset
/// of the first bad character.
pub fn decode_base64(text: &str) -> Result<Vec<u8>, usize> {
    base64::decode(text)
}

/// Encodes bytes as padded standard base64, as artifact bytes are written in JSON.
pub fn encode_base64(bytes: &[u8]) -> String {
    base64::encode(bytes)
}

// Everything a binding or server shares across threads must stay `Send + Sync`.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Request>();
    assert_send_sync::<Artifacts>();
    assert_send_sync::<Error>();
    assert_send_sync::<ErrorInfo>();
    assert_send_sync::<EncodeOptions>();
    #[cfg(feature = "qr")]
    assert_send_sync::<QrCode>();
};
