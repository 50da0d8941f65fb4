#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod color;
mod error;
#[cfg(any(feature = "svg", feature = "png"))]
mod font;
#[cfg(any(feature = "svg", feature = "png"))]
mod hexdot;
#[cfg(any(feature = "svg", feature = "png"))]
mod layout;
#[cfg(feature = "svg")]
mod outline;
#[cfg(feature = "png")]
mod png;
#[cfg(any(feature = "svg", feature = "png"))]
mod postal;
mod style;
#[cfg(feature = "svg")]
mod svg;
#[cfg(feature = "text")]
mod text;

pub use color::Color;
pub use error::RenderError;
#[cfg(feature = "png")]
pub use png::render_png;
pub use style::{
    DEFAULT_BEARER, DEFAULT_DOT_SIZE, DEFAULT_FONT_SIZE, MAX_BAR_HEIGHT, MAX_DOT_SIZE, MAX_DPI,
    MAX_FONT_SIZE, MAX_MODULE_SIZE, MAX_PIXELS, MAX_PRINT_GAIN, MAX_QUIET_ZONE, MAX_X_DIM_MM,
    MAXICODE_X_DIM_MM, MIN_DOT_SIZE, Style,
};
#[cfg(feature = "svg")]
pub use svg::render_svg;
#[cfg(feature = "text")]
pub use text::{TextStyle, render_text};
