#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "aztec")]
pub mod aztec;
#[cfg(feature = "datamatrix")]
pub mod datamatrix;
#[cfg(feature = "dotcode")]
pub mod dotcode;
mod error;
pub mod gs1;
#[cfg(feature = "hanxin")]
pub mod hanxin;
pub mod linear;
#[cfg(feature = "maxicode")]
pub mod maxicode;
#[cfg(feature = "pdf417")]
pub mod pdf417;
pub mod postal;
#[cfg(feature = "qr")]
pub mod qr;
mod symbol;

pub use error::EncodeError;
pub use symbol::{
    Bearer, Linear, Matrix, ModuleRole, Shape, Symbol, SymbolMeta, Symbology, TextRun,
};
