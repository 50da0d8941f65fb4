//! The one error type of the render crate.

/// Why a symbol could not be rendered.
#[derive(thiserror::Error, Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RenderError {
    /// The caller gave a colour string that is not `#RGB`, `#RGBA`, `#RRGGBB`, `#RRGGBBAA`
    /// or one of the names `black`, `white`, `transparent`.
    #[error("invalid colour {value:?}: use #RGB, #RRGGBB, #RRGGBBAA or black, white, transparent")]
    InvalidColor {
        /// The string as given.
        value: String,
    },
    /// The caller asked for a size (module size, quiet zone, DPI) outside its allowed range.
    #[error(
        "{what} {value} is out of range: use a value from {} to {max}",
        min_for(what)
    )]
    InvalidSize {
        /// Which setting: `"module size"`, `"quiet zone"` or `"dpi"`.
        what: &'static str,
        /// The value given.
        value: u64,
        /// The largest value allowed.
        max: u64,
    },
    /// The caller asked for a raster image larger than the renderer's memory bound; lower the
    /// module size or the quiet zone.
    #[error(
        "image of {width}x{height} pixels exceeds the limit of {max_pixels} pixels: \
         use a smaller module size or quiet zone"
    )]
    ImageTooLarge {
        /// Width in pixels that would have been produced.
        width: u64,
        /// Height in pixels that would have been produced.
        height: u64,
        /// The largest number of pixels allowed.
        max_pixels: u64,
    },
    /// The caller gave a style value that is not a number in its range (NaN, infinite,
    /// negative or too large), or two settings that contradict each other.
    #[error("style {field} {value} is invalid: use {expected}")]
    InvalidStyle {
        /// The [`Style`](crate::Style) field, as named in JSON (`"x_dim_mm"`, `"print_gain"`, …).
        field: &'static str,
        /// The value given.
        value: String,
        /// What would be accepted.
        expected: String,
    },
    /// The PNG encoder failed; this is a bug in CodeVault or the `png` crate, please report it.
    #[error("png encoding failed: {message}")]
    Png {
        /// The encoder's message.
        message: String,
    },
}

/// The smallest allowed value of a size setting, for the error message.
fn min_for(what: &str) -> u64 {
    if what == crate::style::QUIET_ZONE {
        0
    } else {
        1
    }
}
