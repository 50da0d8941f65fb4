//! Geometry of linear and postal symbols: bars as rectangles and text labels, in modules.
//!
//! Matrix and stacked symbols never come here (their renderers work on the module grid
//! directly). A [`Scene`] has its origin at the top-left corner of the image, x to the right and
//! y down, one unit per module; the left edge sits on a whole module so bar edges stay on
//! whole modules.

use codevault_formats::{Bearer, Linear, Shape, Symbol};

use crate::{
    RenderError, Style, font,
    style::{MAX_QUIET_ZONE, default_bar_height},
};

/// Vertical margin above and below a linear symbol when [`Style::quiet_zone`] is `None`.
const LINEAR_MARGIN: f64 = 2.0;
/// How far EAN/UPC guard bars reach below the other bars (zint's default guard descent, close
/// to GS1's 5X).
const GUARD_DESCENT: f64 = 5.0;
/// Space between bars (or bearer) and text, in modules.
const TEXT_GAP: f64 = 1.0;
/// Digit height of [`TextRun::small`](codevault_formats::TextRun::small) runs relative to the
/// normal size.
const SMALL: f64 = 0.75;

/// A dark rectangle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Bar {
    pub x0: f64,
    pub x1: f64,
    pub y0: f64,
    pub y1: f64,
    /// Whether print gain narrows it (symbol bars yes, bearers no).
    pub gain: bool,
}

/// A line of human-readable text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Label {
    pub text: String,
    /// Left edge of the first glyph's advance box.
    pub x: f64,
    pub baseline: f64,
    /// Digit height.
    pub size: f64,
}

/// Everything dark in a linear or postal symbol, in modules.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Scene {
    pub width: f64,
    pub height: f64,
    pub bars: Vec<Bar>,
    pub labels: Vec<Label>,
}

/// The scene of a linear or postal `symbol`; `x_mm` is the physical X-dimension (needed for
/// millimetre heights), `None` when the output has no physical size.
pub(crate) fn scene(
    symbol: &Symbol,
    style: &Style,
    x_mm: Option<f64>,
) -> Result<Scene, RenderError> {
    match &symbol.shape {
        Shape::Linear(linear) => linear_scene(symbol, linear, style, x_mm),
        _ => Ok(postal_scene(symbol, style, x_mm)),
    }
}

/// Bar height of a linear symbol in modules, from the style or the standard.
fn bar_height(symbol: &Symbol, style: &Style, x_mm: Option<f64>) -> Result<f64, RenderError> {
    if let Some(mm) = style.bar_height_mm {
        let Some(x) = x_mm else {
            return Err(RenderError::InvalidStyle {
                field: "bar_height_mm",
                value: format!("{mm}"),
                expected: "bar_height in modules, or set x_dim_mm or dpi so that millimetres \
                           can be converted to modules"
                    .into(),
            });
        };
        return Ok(mm / x);
    }
    Ok(style
        .bar_height
        .unwrap_or_else(|| default_bar_height(symbol.meta.symbology)))
}

/// Dark runs `start..end` of the first matrix row.
fn dark_runs(symbol: &Symbol) -> Vec<(usize, usize)> {
    let m = &symbol.matrix;
    let mut runs = Vec::new();
    let mut x = 0;
    while x < m.width() {
        if m.is_dark(x, 0) {
            let start = x;
            while x < m.width() && m.is_dark(x, 0) {
                x += 1;
            }
            runs.push((start, x));
        } else {
            x += 1;
        }
    }
    runs
}

fn linear_scene(
    symbol: &Symbol,
    lin: &Linear,
    style: &Style,
    x_mm: Option<f64>,
) -> Result<Scene, RenderError> {
    let w = symbol.matrix.width() as f64;
    let (ql, qr) = match style.quiet_zone {
        Some(q) => (q, q),
        None => (lin.quiet_left, lin.quiet_right),
    };
    let (ql, qr) = (ql.min(MAX_QUIET_ZONE) as f64, qr.min(MAX_QUIET_ZONE) as f64);
    let margin = style
        .quiet_zone
        .map_or(LINEAR_MARGIN, |q| q.min(MAX_QUIET_ZONE) as f64);
    let bearer = if lin.bearer == Bearer::None {
        0.0
    } else {
        style.bearer_or_default()
    };
    let side = if lin.bearer == Bearer::Frame {
        bearer
    } else {
        0.0
    };
    let bar_h = bar_height(symbol, style, x_mm)?;
    let fs = style.font_size_or_default();

    // Text runs that will be drawn, with their digit height; x still relative to module 0.
    let runs: Vec<_> = if style.text {
        lin.text
            .iter()
            .filter(|r| style.quiet_zone_markers || !matches!(r.text.as_str(), "<" | ">"))
            .filter(|r| !r.text.is_empty())
            .map(|r| (r, if r.small { fs * SMALL } else { fs }))
            .collect()
    } else {
        Vec::new()
    };

    // Horizontal extent: quiet zones, frame, and any text reaching further.
    let mut left = -ql - side;
    let mut right = w + qr + side;
    let mut lefts = Vec::with_capacity(runs.len());
    for (r, size) in &runs {
        let tw = font::text_width(&r.text, *size);
        let x = f64::from(r.start) + f64::from(r.width) / 2.0 - tw / 2.0;
        left = left.min(x);
        right = right.max(x + tw);
        lefts.push(x);
    }
    let ox = -left.floor();

    // Vertical: margin, bearer, bars, bearer, text, margin.
    let top = margin;
    let bar_top = top + bearer;
    let bar_bottom = bar_top + bar_h;
    let below = bar_bottom + bearer;
    let has_guards = !lin.guards.is_empty();
    let guard_bottom = if has_guards {
        bar_bottom + GUARD_DESCENT
    } else {
        bar_bottom
    };
    let addon_text = runs.iter().any(|(r, _)| r.above);
    let mut bottom = guard_bottom.max(below);
    let mut labels = Vec::with_capacity(runs.len());
    for ((r, size), x) in runs.iter().zip(lefts) {
        let baseline = if r.above {
            bar_top + fs
        } else {
            below + TEXT_GAP + fs
        };
        // Text above the add-on normally sits beside the main bars; keep it on the canvas
        // even when the bars are shorter than the text.
        bottom = bottom.max(baseline + font::descent(&r.text, *size));
        labels.push(Label {
            text: r.text.clone(),
            x: x + ox,
            baseline,
            size: *size,
        });
    }

    let mut bars = Vec::new();
    for (a, b) in dark_runs(symbol) {
        let addon = lin.addon_start.is_some_and(|s| a >= s);
        let guard = lin.guards.iter().any(|&(g0, g1)| a < g1 && b > g0);
        let y0 = if addon && addon_text {
            bar_top + fs + TEXT_GAP
        } else {
            bar_top
        };
        let y1 = if guard || (addon && has_guards) {
            guard_bottom
        } else {
            bar_bottom
        };
        bars.push(Bar {
            x0: a as f64 + ox,
            x1: b as f64 + ox,
            y0,
            y1,
            gain: true,
        });
    }
    if bearer > 0.0 {
        let (x0, x1) = (-ql - side + ox, w + qr + side + ox);
        for y in [top, bar_bottom] {
            bars.push(Bar {
                x0,
                x1,
                y0: y,
                y1: y + bearer,
                gain: false,
            });
        }
        if side > 0.0 {
            for x in [x0, w + qr + ox] {
                bars.push(Bar {
                    x0: x,
                    x1: x + side,
                    y0: bar_top,
                    y1: bar_bottom,
                    gain: false,
                });
            }
        }
    }
    Ok(Scene {
        width: (right + ox).ceil(),
        height: bottom + margin,
        bars,
        labels,
    })
}

fn postal_scene(symbol: &Symbol, style: &Style, x_mm: Option<f64>) -> Scene {
    let m = &symbol.matrix;
    let sym = symbol.meta.symbology;
    let x = x_mm.unwrap_or_else(|| crate::postal::nominal_x_mm(sym));
    let rows = crate::postal::row_heights(sym, m.height(), x);
    let q = style.quiet_zone_for(symbol) as f64;
    // Top edge of every row, and the bottom of the last.
    let mut edges = Vec::with_capacity(rows.len() + 1);
    let mut y = q;
    edges.push(y);
    for h in &rows {
        y += h;
        edges.push(y);
    }
    let mut bars = Vec::new();
    for col in 0..m.width() {
        let first = (0..m.height()).find(|&r| m.is_dark(col, r));
        let last = (0..m.height()).rev().find(|&r| m.is_dark(col, r));
        if let (Some(f), Some(l)) = (first, last) {
            bars.push(Bar {
                x0: col as f64 + q,
                x1: col as f64 + 1.0 + q,
                y0: edges[f],
                y1: edges[l + 1],
                gain: true,
            });
        }
    }
    Scene {
        width: m.width() as f64 + 2.0 * q,
        height: y + q,
        bars,
        labels: Vec::new(),
    }
}
