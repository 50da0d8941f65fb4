#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod error;
#[cfg(feature = "qr")]
pub mod qr;
mod symbol;

pub use error::EncodeError;
pub use symbol::{Matrix, ModuleRole, Symbol, SymbolMeta, Symbology};
