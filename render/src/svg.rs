//! SVG output: a background rectangle (unless transparent) and one merged outline path.

use std::fmt::Write as _;

use codevault_formats::Symbol;

use crate::{
    Color, RenderError, Style,
    outline::{Dir, trace_each},
    style::total_modules,
};

/// Renders `symbol` as a standalone SVG document.
///
/// The `viewBox` is in modules (quiet zone included), so one unit is one module. The dark
/// modules are one `<path>` whose `d` is the traced outline of every connected dark region
/// (outer boundaries clockwise, holes counter-clockwise, default `nonzero` fill rule), which
/// leaves no seams at any scale and keeps a version 4 QR code under 3 KB. The light colour is a
/// `<rect>` behind it, left out when fully transparent. `width`/`height` are in pixels
/// (`module_size` per module), or in millimetres when [`Style::dpi`] is set.
///
/// # Errors
///
/// [`RenderError::InvalidSize`] when the style's sizes are out of range.
pub fn render_svg(symbol: &Symbol, style: &Style) -> Result<String, RenderError> {
    style.validate()?;
    let quiet = style.quiet_zone_for(symbol);
    let (w, h) = total_modules(symbol, quiet);
    let (width, height) = match style.dpi {
        Some(dpi) => {
            let mm = |modules: u64| {
                format!(
                    "{}mm",
                    decimal(modules as f64 * f64::from(style.module_size) * 25.4 / f64::from(dpi))
                )
            };
            (mm(w), mm(h))
        }
        None => {
            let px = u64::from(style.module_size);
            ((w * px).to_string(), (h * px).to_string())
        }
    };

    let d = path_data(symbol, quiet);
    let mut svg = String::with_capacity(d.len() + 300);
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 {w} {h}\" \
         width=\"{width}\" height=\"{height}\" shape-rendering=\"crispEdges\">"
    );
    if !style.light.is_transparent() {
        let _ = write!(
            svg,
            "<rect width=\"{w}\" height=\"{h}\"{}/>",
            fill(style.light)
        );
    }
    if !d.is_empty() {
        let _ = write!(svg, "<path{} d=\"{d}\"/>", fill(style.dark));
    }
    svg.push_str("</svg>\n");
    Ok(svg)
}

/// ` fill="#rrggbb"` plus ` fill-opacity` when not opaque.
fn fill(c: Color) -> String {
    if c.is_opaque() {
        format!(" fill=\"{}\"", c.to_rgb_hex())
    } else {
        format!(
            " fill=\"{}\" fill-opacity=\"{}\"",
            c.to_rgb_hex(),
            decimal(f64::from(c.a) / 255.0)
        )
    }
}

/// A number with at most three decimals and no trailing zeros.
fn decimal(v: f64) -> String {
    let s = format!("{v:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_owned()
}

/// The `d` attribute for the dark modules of `symbol`, offset by `quiet` modules.
///
/// The first sub-path starts with an absolute `M`; each later one with a relative `m` from the
/// previous sub-path's start (where `z` leaves the current point). Runs are `h`/`v` with
/// relative lengths; the run back to the start is left to `z`.
pub(crate) fn path_data(symbol: &Symbol, quiet: usize) -> String {
    let mut d = String::with_capacity(symbol.matrix.width() * symbol.matrix.height() / 2 + 16);
    let mut prev: Option<(i64, i64)> = None;
    trace_each(&symbol.matrix, |start, runs| {
        let (x, y) = ((start.0 + quiet) as i64, (start.1 + quiet) as i64);
        match prev {
            None => {
                d.push('M');
                push_pair(&mut d, x, y);
            }
            Some((px, py)) => {
                d.push('m');
                push_pair(&mut d, x - px, y - py);
            }
        }
        prev = Some((x, y));
        for &(dir, n) in &runs[..runs.len().saturating_sub(1)] {
            d.push_str(match dir {
                Dir::East => "h",
                Dir::West => "h-",
                Dir::South => "v",
                Dir::North => "v-",
            });
            push_uint(&mut d, n as u64);
        }
        d.push('z');
    });
    d
}

/// Writes `a b`, dropping the separator when `b` is negative (its minus sign separates).
fn push_pair(d: &mut String, a: i64, b: i64) {
    push_int(d, a);
    if b >= 0 {
        d.push(' ');
    }
    push_int(d, b);
}

fn push_int(d: &mut String, v: i64) {
    if v < 0 {
        d.push('-');
    }
    push_uint(d, v.unsigned_abs());
}

/// Decimal digits without going through `fmt` (path data is most of an SVG's bytes and time).
fn push_uint(d: &mut String, mut v: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    d.extend(buf[i..].iter().map(|&b| char::from(b)));
}
