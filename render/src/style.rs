//! How a symbol is drawn: colours, module size, quiet zone and resolution.

use codevault_formats::Symbol;

use crate::{Color, RenderError};

/// The `what` of [`RenderError::InvalidSize`] for [`Style::module_size`].
pub(crate) const MODULE_SIZE: &str = "module size";
/// The `what` of [`RenderError::InvalidSize`] for [`Style::quiet_zone`].
pub(crate) const QUIET_ZONE: &str = "quiet zone";
/// The `what` of [`RenderError::InvalidSize`] for [`Style::dpi`].
pub(crate) const DPI: &str = "dpi";

/// Largest accepted [`Style::module_size`], in pixels.
pub const MAX_MODULE_SIZE: u32 = 1000;
/// Largest accepted [`Style::quiet_zone`], in modules.
pub const MAX_QUIET_ZONE: usize = 1000;
/// Largest accepted [`Style::dpi`].
pub const MAX_DPI: u32 = 100_000;
/// Largest raster image `render_png` produces, in pixels (100 megapixels).
pub const MAX_PIXELS: u64 = 100_000_000;

/// How to draw a symbol. `Style::default()` is black on white, 10 px modules, the symbol's own
/// quiet zone and no DPI.
///
/// With the `serde` feature every field is optional in JSON and unknown fields are refused:
/// `{"dark": "#1a237e", "light": "transparent", "module_size": 8, "dpi": 300}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct Style {
    /// Colour of dark modules (default black).
    pub dark: Color,
    /// Colour of light modules and the quiet zone (default white); alpha 0 leaves the background
    /// transparent.
    pub light: Color,
    /// Pixels per module in raster output (default 10), 1 to [`MAX_MODULE_SIZE`]. SVG uses it for
    /// its `width`/`height` in pixels when no DPI is set.
    pub module_size: u32,
    /// Quiet zone on every side, in modules (at most [`MAX_QUIET_ZONE`]); `None` uses the
    /// symbol's standard quiet zone.
    pub quiet_zone: Option<usize>,
    /// Resolution, 1 to [`MAX_DPI`]: PNG stores it in `pHYs`; SVG then gets its `width`/`height`
    /// in millimetres (module size ÷ DPI inches per module).
    pub dpi: Option<u32>,
}

impl Default for Style {
    fn default() -> Style {
        Style {
            dark: Color::BLACK,
            light: Color::WHITE,
            module_size: 10,
            quiet_zone: None,
            dpi: None,
        }
    }
}

impl Style {
    /// Checks the sizes: module size 1 to [`MAX_MODULE_SIZE`], quiet zone at most
    /// [`MAX_QUIET_ZONE`], DPI 1 to [`MAX_DPI`].
    pub fn validate(&self) -> Result<(), RenderError> {
        if !(1..=MAX_MODULE_SIZE).contains(&self.module_size) {
            return Err(RenderError::InvalidSize {
                what: MODULE_SIZE,
                value: u64::from(self.module_size),
                max: u64::from(MAX_MODULE_SIZE),
            });
        }
        if let Some(q) = self.quiet_zone.filter(|q| *q > MAX_QUIET_ZONE) {
            return Err(RenderError::InvalidSize {
                what: QUIET_ZONE,
                value: q as u64,
                max: MAX_QUIET_ZONE as u64,
            });
        }
        if let Some(dpi) = self.dpi.filter(|d| !(1..=MAX_DPI).contains(d)) {
            return Err(RenderError::InvalidSize {
                what: DPI,
                value: u64::from(dpi),
                max: u64::from(MAX_DPI),
            });
        }
        Ok(())
    }

    /// The quiet zone used for `symbol`: [`Style::quiet_zone`] or else the symbol's own, capped
    /// at [`MAX_QUIET_ZONE`].
    pub fn quiet_zone_for(&self, symbol: &Symbol) -> usize {
        self.quiet_zone
            .unwrap_or(symbol.quiet_zone)
            .min(MAX_QUIET_ZONE)
    }
}

/// Width and height in modules of `symbol` drawn with `quiet_zone` on every side.
#[cfg(any(feature = "svg", feature = "png", feature = "text"))]
pub(crate) fn total_modules(symbol: &Symbol, quiet_zone: usize) -> (u64, u64) {
    let q = 2 * quiet_zone as u64;
    (
        symbol.matrix.width() as u64 + q,
        symbol.matrix.height() as u64 + q,
    )
}
