//! How a symbol is drawn: colours, sizes, quiet zone, resolution and the linear/postal extras
//! (bar height, X-dimension, print gain, human-readable text).

use codevault_formats::Symbol;
#[cfg(any(feature = "svg", feature = "png"))]
use codevault_formats::{Shape, Symbology};

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

/// Largest accepted [`Style::x_dim_mm`], in millimetres.
pub const MAX_X_DIM_MM: f64 = 100.0;
/// Largest accepted [`Style::bar_height`] (modules) and [`Style::bar_height_mm`] (millimetres).
pub const MAX_BAR_HEIGHT: f64 = 10_000.0;
/// Largest accepted [`Style::print_gain`] in either direction, in percent of X.
pub const MAX_PRINT_GAIN: f64 = 50.0;
/// Largest accepted [`Style::font_size`] and [`Style::bearer_thickness`], in modules.
pub const MAX_FONT_SIZE: f64 = 100.0;

/// Height of human-readable digits when [`Style::font_size`] is `None`, in modules: close to
/// GS1's 2.75 mm OCR-B digits at the nominal 0.33 mm X of EAN/UPC.
pub const DEFAULT_FONT_SIZE: f64 = 8.0;
/// Bearer bar / frame thickness when [`Style::bearer_thickness`] is `None`, in modules (zint's
/// ITF-14 default; GS1 asks for at least 2X).
pub const DEFAULT_BEARER: f64 = 5.0;
/// MaxiCode's nominal X-dimension (width of a hexagon across its flats) in millimetres, used
/// when [`Style::x_dim_mm`] is `None`: the middle of the 24.82–27.93 mm symbol width range (30X,
/// quiet zone excluded) of ISO/IEC 16023, so the symbol is 26.4 mm (1.04 in) wide.
pub const MAXICODE_X_DIM_MM: f64 = 0.88;
/// Dot diameter of DotCode symbols when [`Style::dot_size`] is `None`, as a fraction of the dot
/// pitch: zint's default (`--dotsize`, 4/5).
pub const DEFAULT_DOT_SIZE: f64 = 0.8;
/// Smallest accepted [`Style::dot_size`] (zint's lower bound).
pub const MIN_DOT_SIZE: f64 = 0.01;
/// Largest accepted [`Style::dot_size`]: one pitch, so that dots never touch (dark DotCode cells
/// are only ever diagonal neighbours, √2 pitches apart).
pub const MAX_DOT_SIZE: f64 = 1.0;

/// How to draw a symbol. `Style::default()` is black on white, 10 px modules, the symbol's own
/// quiet zone, no DPI, standard bar heights and human-readable text on.
///
/// With the `serde` feature every field is optional in JSON and unknown fields are refused:
/// `{"dark": "#1a237e", "light": "transparent", "module_size": 8, "dpi": 300}`. Fields left at
/// their default are not written back out.
///
/// Sizes in modules are multiples of the X-dimension (the narrowest bar or one matrix module).
/// The linear/postal fields ([`bar_height`](Style::bar_height), [`print_gain`](Style::print_gain),
/// [`text`](Style::text) …) are ignored for matrix symbols, [`dot_size`](Style::dot_size) for
/// everything but DotCode.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct Style {
    /// Colour of dark modules, bars and text (default black).
    pub dark: Color,
    /// Colour of light modules and the quiet zone (default white); alpha 0 leaves the background
    /// transparent.
    pub light: Color,
    /// Pixels per module in raster output (default 10), 1 to [`MAX_MODULE_SIZE`]. SVG uses it for
    /// its `width`/`height` in pixels when neither DPI nor X-dimension is set. Ignored by PNG when
    /// both [`x_dim_mm`](Style::x_dim_mm) and [`dpi`](Style::dpi) are set.
    pub module_size: u32,
    /// Quiet zone in modules (at most [`MAX_QUIET_ZONE`]); `None` uses the symbol's standard one.
    /// Linear symbols: left and right quiet zone and the margin above and below (default 2).
    pub quiet_zone: Option<usize>,
    /// Resolution, 1 to [`MAX_DPI`]: PNG stores it in `pHYs`; SVG then gets its `width`/`height`
    /// in millimetres (module size ÷ DPI inches per module).
    pub dpi: Option<u32>,
    /// X-dimension (width of one module) in millimetres, above 0 and at most [`MAX_X_DIM_MM`].
    /// SVG `width`/`height` become millimetres (modules × X); with [`dpi`](Style::dpi) the PNG
    /// gets round(X × DPI ÷ 25.4) pixels per module (at least 1; MaxiCode: X × DPI ÷ 25.4
    /// exactly, its hexagons are not pixel-aligned anyway). `None`: postal symbols use their
    /// specification's nominal X (1/43 in for IMb and POSTNET, 25.4/42.3 mm for RM4SCC) and
    /// MaxiCode [`MAXICODE_X_DIM_MM`]; others have no physical size unless a DPI is set.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub x_dim_mm: Option<f64>,
    /// Linear symbols: height of the bars in modules (not counting guard bar extensions, text or
    /// bearers), above 0 and at most [`MAX_BAR_HEIGHT`]. `None`: the standard's height — 69.24
    /// for EAN-13/UPC-A/UPC-E (22.85 mm at X 0.33 mm), 55.24 for EAN-8, 64.14 for ITF-14
    /// (31.75 mm at 0.495 mm), 50 otherwise (zint's default).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub bar_height: Option<f64>,
    /// Linear symbols: bar height in millimetres instead of modules; needs a physical X (from
    /// [`x_dim_mm`](Style::x_dim_mm), or [`module_size`](Style::module_size) ÷ [`dpi`](Style::dpi)).
    /// Setting both `bar_height` and `bar_height_mm` is an error.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub bar_height_mm: Option<f64>,
    /// Bar width reduction for print gain, in percent of X (default 0), from −[`MAX_PRINT_GAIN`]
    /// to +[`MAX_PRINT_GAIN`]. Positive values draw every bar of linear and postal symbols that
    /// much narrower (half on each edge) so that ink spread brings it back to nominal; spaces
    /// grow by the same amount; negative values widen bars. PNG snaps the reduction to whole
    /// pixels (round(gain × pixels per module), the larger half on the right edge). Matrix and
    /// stacked symbols, bearer bars and text are not changed.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "is_zero"))]
    pub print_gain: f64,
    /// Draw the human-readable text of linear symbols (default `true`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "is_true"))]
    pub text: bool,
    /// Height of the human-readable digits (cap height) in modules, above 0 and at most
    /// [`MAX_FONT_SIZE`]; `None` is [`DEFAULT_FONT_SIZE`]. Small runs (UPC outer digits) are
    /// three quarters of it.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub font_size: Option<f64>,
    /// Print the quiet zone markers `<` and `>` when the encoder provides them (EAN-13, EAN-8,
    /// add-ons); default `false`, as zint.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "is_false"))]
    pub quiet_zone_markers: bool,
    /// Thickness of bearer bars and frames (ITF-14) in modules, 0 to [`MAX_FONT_SIZE`]; `None`
    /// is [`DEFAULT_BEARER`]; 0 leaves them out.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub bearer_thickness: Option<f64>,
    /// DotCode: diameter of each dot as a fraction of the dot pitch (one module), from
    /// [`MIN_DOT_SIZE`] to [`MAX_DOT_SIZE`]; `None` is [`DEFAULT_DOT_SIZE`] (0.8, as zint).
    /// Ignored by every other shape.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub dot_size: Option<f64>,
}

#[cfg(feature = "serde")]
fn is_zero(v: &f64) -> bool {
    *v == 0.0
}

#[cfg(feature = "serde")]
fn is_true(v: &bool) -> bool {
    *v
}

#[cfg(feature = "serde")]
fn is_false(v: &bool) -> bool {
    !*v
}

impl Default for Style {
    fn default() -> Style {
        Style {
            dark: Color::BLACK,
            light: Color::WHITE,
            module_size: 10,
            quiet_zone: None,
            dpi: None,
            x_dim_mm: None,
            bar_height: None,
            bar_height_mm: None,
            print_gain: 0.0,
            text: true,
            font_size: None,
            quiet_zone_markers: false,
            bearer_thickness: None,
            dot_size: None,
        }
    }
}

/// `Err(InvalidStyle)` unless `v` is finite and inside `min..=max` (`min` itself refused when
/// `open_min`).
fn check_range(
    field: &'static str,
    v: f64,
    min: f64,
    open_min: bool,
    max: f64,
    unit: &'static str,
) -> Result<(), RenderError> {
    let low_ok = if open_min { v > min } else { v >= min };
    if v.is_finite() && low_ok && v <= max {
        return Ok(());
    }
    let from = if open_min { "above" } else { "from" };
    Err(RenderError::InvalidStyle {
        field,
        value: format!("{v}"),
        expected: format!("a number {from} {min} to {max} {unit}"),
    })
}

impl Style {
    /// Checks every size: module size 1 to [`MAX_MODULE_SIZE`], quiet zone at most
    /// [`MAX_QUIET_ZONE`], DPI 1 to [`MAX_DPI`], and the floating-point fields finite and in
    /// their documented ranges (never NaN); `bar_height` and `bar_height_mm` not both set.
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
        if let Some(x) = self.x_dim_mm {
            check_range("x_dim_mm", x, 0.0, true, MAX_X_DIM_MM, "mm")?;
        }
        if let Some(h) = self.bar_height {
            check_range("bar_height", h, 0.0, true, MAX_BAR_HEIGHT, "modules")?;
        }
        if let Some(h) = self.bar_height_mm {
            check_range("bar_height_mm", h, 0.0, true, MAX_BAR_HEIGHT, "mm")?;
            if self.bar_height.is_some() {
                return Err(RenderError::InvalidStyle {
                    field: "bar_height_mm",
                    value: format!("{h}"),
                    expected: "either bar_height (modules) or bar_height_mm, not both".into(),
                });
            }
        }
        check_range(
            "print_gain",
            self.print_gain,
            -MAX_PRINT_GAIN,
            false,
            MAX_PRINT_GAIN,
            "percent of X",
        )?;
        if let Some(f) = self.font_size {
            check_range("font_size", f, 0.0, true, MAX_FONT_SIZE, "modules")?;
        }
        if let Some(b) = self.bearer_thickness {
            check_range("bearer_thickness", b, 0.0, false, MAX_FONT_SIZE, "modules")?;
        }
        if let Some(d) = self.dot_size {
            check_range(
                "dot_size",
                d,
                MIN_DOT_SIZE,
                false,
                MAX_DOT_SIZE,
                "dot pitches",
            )?;
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

    /// The X-dimension in millimetres that sizes `symbol`: [`Style::x_dim_mm`], else the
    /// postal specification's nominal X for postal symbols.
    #[cfg(any(feature = "svg", feature = "png"))]
    pub(crate) fn x_dim_for(&self, symbol: &Symbol) -> Option<f64> {
        self.x_dim_mm.or_else(|| match symbol.shape {
            Shape::Postal => Some(crate::postal::nominal_x_mm(symbol.meta.symbology)),
            Shape::Hexagonal => Some(MAXICODE_X_DIM_MM),
            _ => None,
        })
    }

    /// Pixels per module in raster output: from X and DPI when both are known, else
    /// [`Style::module_size`]. Call after [`Style::validate`].
    #[cfg(feature = "png")]
    pub(crate) fn pixels_per_module(&self, symbol: &Symbol) -> Result<u32, RenderError> {
        let (Some(x), Some(dpi)) = (self.x_dim_for(symbol), self.dpi) else {
            return Ok(self.module_size);
        };
        let px = (x * f64::from(dpi) / 25.4).round().max(1.0);
        if px > f64::from(MAX_MODULE_SIZE) {
            return Err(RenderError::InvalidStyle {
                field: "x_dim_mm",
                value: format!("{x}"),
                expected: format!(
                    "at most {MAX_MODULE_SIZE} pixels per module at {dpi} dpi \
                     (X ≤ {:.3} mm)",
                    f64::from(MAX_MODULE_SIZE) * 25.4 / f64::from(dpi)
                ),
            });
        }
        Ok(px as u32)
    }

    /// The digit height of human-readable text, in modules.
    #[cfg(any(feature = "svg", feature = "png"))]
    pub(crate) fn font_size_or_default(&self) -> f64 {
        self.font_size.unwrap_or(DEFAULT_FONT_SIZE)
    }

    /// The DotCode dot diameter, in modules.
    #[cfg(any(feature = "svg", feature = "png"))]
    pub(crate) fn dot_size_or_default(&self) -> f64 {
        self.dot_size.unwrap_or(DEFAULT_DOT_SIZE)
    }

    /// The bearer thickness, in modules.
    #[cfg(any(feature = "svg", feature = "png"))]
    pub(crate) fn bearer_or_default(&self) -> f64 {
        self.bearer_thickness.unwrap_or(DEFAULT_BEARER)
    }
}

/// The standard bar height of a linear `symbology` in modules (see [`Style::bar_height`]).
#[cfg(any(feature = "svg", feature = "png"))]
pub(crate) fn default_bar_height(symbology: Symbology) -> f64 {
    match symbology {
        // GS1 General Specifications: 22.85 mm (EAN-13, UPC-A, UPC-E) and 18.23 mm (EAN-8)
        // at the nominal X of 0.330 mm.
        Symbology::Ean13 | Symbology::Upca | Symbology::Upce => 22.85 / 0.33,
        Symbology::Ean8 => 18.23 / 0.33,
        // GS1 General Specifications ITF-14: 31.75 mm at X 0.495 mm.
        Symbology::Itf14 => 31.75 / 0.495,
        _ => 50.0,
    }
}

/// Width and height in modules of `symbol` drawn with `quiet_zone` on every side.
#[cfg(any(feature = "svg", feature = "png"))]
pub(crate) fn total_modules(symbol: &Symbol, quiet_zone: usize) -> (u64, u64) {
    let q = 2 * quiet_zone as u64;
    (
        symbol.matrix.width() as u64 + q,
        symbol.matrix.height() as u64 + q,
    )
}
