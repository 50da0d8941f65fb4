#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod color;
mod error;
#[cfg(feature = "svg")]
mod outline;
#[cfg(feature = "png")]
mod png;
mod style;
#[cfg(feature = "svg")]
mod svg;
#[cfg(feature = "text")]
mod text;

pub use color::Color;
pub use error::RenderError;
#[cfg(feature = "png")]
pub use png::render_png;
pub use style::{MAX_DPI, MAX_MODULE_SIZE, MAX_PIXELS, MAX_QUIET_ZONE, Style};
#[cfg(feature = "svg")]
pub use svg::render_svg;
#[cfg(feature = "text")]
pub use text::{TextStyle, render_text};
