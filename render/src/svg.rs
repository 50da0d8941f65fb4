//! SVG output: a background rectangle (unless transparent) and one merged outline path.

use std::fmt::Write as _;

use codevault_formats::Symbol;

use codevault_formats::Shape;

use crate::{
    Color, RenderError, Style, hexdot,
    layout::{self, Label},
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
/// (`module_size` per module), or in millimetres when [`Style::x_dim_mm`] or [`Style::dpi`] is
/// set.
///
/// Stacked symbols (PDF417) are traced the same way with every row `row_height` units tall.
/// Linear and postal symbols are one path of bar rectangles (`crispEdges`, print gain applied
/// exactly) and, with the `font` feature, one path of glyph outlines for the human-readable
/// text — outlines rather than `<text>` so the SVG looks the same in every viewer and needs no
/// installed font (without the feature: `<text>` with an `OCR-B, monospace` family).
///
/// MaxiCode is one path of exact hexagons (a row's run of dark hexagons is one polygon) and the
/// bullseye's three rings, its `width`/`height` always in millimetres (X from
/// [`Style::x_dim_mm`], else the nominal 0.88 mm). DotCode is one path of circles, two arcs
/// each, [`Style::dot_size`] modules across.
///
/// # Errors
///
/// [`RenderError::InvalidSize`] / [`RenderError::InvalidStyle`] when the style's sizes are out
/// of range or contradict each other.
pub fn render_svg(symbol: &Symbol, style: &Style) -> Result<String, RenderError> {
    style.validate()?;
    match &symbol.shape {
        Shape::Linear(_) | Shape::Postal => scene_svg(symbol, style),
        Shape::Hexagonal => hex_svg(symbol, style),
        Shape::Dots => dots_svg(symbol, style),
        Shape::Stacked { row_height } => grid_svg(symbol, style, u64::from(*row_height).max(1)),
        _ => grid_svg(symbol, style, 1),
    }
}

/// The `width` and `height` attributes for an image of `w`×`h` modules: millimetres when the
/// X-dimension is known (`x_mm`, or module size ÷ DPI), pixels otherwise.
fn size_attrs(style: &Style, x_mm: Option<f64>, w: f64, h: f64) -> (String, String) {
    let x_mm = x_mm.or_else(|| {
        style
            .dpi
            .map(|dpi| f64::from(style.module_size) * 25.4 / f64::from(dpi))
    });
    match x_mm {
        Some(x) => (
            format!("{}mm", decimal(w * x)),
            format!("{}mm", decimal(h * x)),
        ),
        None => {
            let px = f64::from(style.module_size);
            (decimal(w * px), decimal(h * px))
        }
    }
}

/// Matrix and stacked symbols: the traced outline of the module grid, every matrix row drawn
/// `row_h` modules tall.
fn grid_svg(symbol: &Symbol, style: &Style, row_h: u64) -> Result<String, RenderError> {
    let quiet = style.quiet_zone_for(symbol);
    let (w, _) = total_modules(symbol, quiet);
    let h = symbol.matrix.height() as u64 * row_h + 2 * quiet as u64;
    let (width, height) = match (style.x_dim_mm, style.dpi) {
        (None, None) => {
            // Whole pixels: integer formatting (float formatting costs as much as a small
            // symbol's whole path).
            let px = u64::from(style.module_size);
            ((w * px).to_string(), (h * px).to_string())
        }
        (x_mm, _) => size_attrs(style, x_mm, w as f64, h as f64),
    };

    let d = path_data(symbol, quiet, row_h);
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

/// Linear and postal symbols: one path of bar rectangles (crisp edges) and one of glyph
/// outlines (anti-aliased), over the background.
fn scene_svg(symbol: &Symbol, style: &Style) -> Result<String, RenderError> {
    let x_mm = style.x_dim_for(symbol).or_else(|| {
        style
            .dpi
            .map(|dpi| f64::from(style.module_size) * 25.4 / f64::from(dpi))
    });
    let scene = layout::scene(symbol, style, x_mm)?;
    let (w, h) = (decimal(scene.width), decimal(scene.height));
    let (width, height) = size_attrs(style, x_mm, scene.width, scene.height);
    let mut svg = String::with_capacity(64 * scene.bars.len() + 2000 * scene.labels.len() + 400);
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 {w} {h}\" \
         width=\"{width}\" height=\"{height}\">"
    );
    if !style.light.is_transparent() {
        let _ = write!(
            svg,
            "<rect width=\"{w}\" height=\"{h}\"{}/>",
            fill(style.light)
        );
    }
    let half_gain = style.print_gain / 200.0;
    let mut d = String::with_capacity(32 * scene.bars.len());
    for bar in &scene.bars {
        let g = if bar.gain { half_gain } else { 0.0 };
        let (x0, x1) = (bar.x0 + g, bar.x1 - g);
        let _ = write!(
            d,
            "M{} {}h{}v{}h-{}z",
            decimal(x0),
            decimal(bar.y0),
            decimal(x1 - x0),
            decimal(bar.y1 - bar.y0),
            decimal(x1 - x0)
        );
    }
    if !d.is_empty() {
        let _ = write!(
            svg,
            "<path{} shape-rendering=\"crispEdges\" d=\"{d}\"/>",
            fill(style.dark)
        );
    }
    labels_svg(&mut svg, &scene.labels, style.dark);
    svg.push_str("</svg>\n");
    Ok(svg)
}

/// The `<svg>` start tag and the background `<rect>` of a `w` × `h` module image.
fn open_svg(svg: &mut String, style: &Style, w: &str, h: &str, width: &str, height: &str) {
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 {w} {h}\" \
         width=\"{width}\" height=\"{height}\">"
    );
    if !style.light.is_transparent() {
        let _ = write!(
            svg,
            "<rect width=\"{w}\" height=\"{h}\"{}/>",
            fill(style.light)
        );
    }
}

/// MaxiCode: one path holding the bullseye's three rings and every dark hexagon.
///
/// The path is written in a lattice where every hexagon vertex has integer coordinates — x in
/// half modules, y in quarter hexagon heights (V/4 = X/(2√3)) — and a `transform` scales it back
/// to modules, so the hexagons are exact and the path short. Each horizontal run of dark
/// hexagons in a row is one polygon (zigzag top and bottom edges); neighbouring rows share
/// their slanted edges exactly, so no seam shows at any scale. The rings are elliptical arcs in
/// that lattice (circles once transformed), outer circle clockwise and inner counter-clockwise
/// for the `nonzero` rule. Width and height are in millimetres: X is [`Style::x_dim_mm`] or
/// MaxiCode's nominal 0.88 mm.
fn hex_svg(symbol: &Symbol, style: &Style) -> Result<String, RenderError> {
    let m = &symbol.matrix;
    let q = style.quiet_zone_for(symbol) as f64;
    let wm = m.width() as f64 + 2.0 * q;
    let hm = hexdot::hex_grid_height(m.height()) + 2.0 * q;
    let x_mm = style.x_dim_for(symbol).unwrap_or(crate::MAXICODE_X_DIM_MM);
    let (width, height) = size_attrs(style, Some(x_mm), wm, hm);
    let mut d = String::with_capacity(16 * m.width() * m.height() + 400);

    // Lattice units per module: 2 across, 4/V down.
    let ky = 4.0 / hexdot::HEX_HEIGHT;
    let ((bx, by), radii) = hexdot::bullseye(m.width(), m.height());
    let (bx, by) = (bx * 2.0, by * ky);
    for (k, r) in radii.iter().enumerate() {
        // Circles 1, 3, 5 (0-based 0, 2, 4) are inner edges of dark rings.
        let sweep = if k % 2 == 0 { 0 } else { 1 };
        // Rounded once, so that both half circles span exactly the diameter written.
        let rx = round3(r * 2.0);
        let (ry, dia) = (short(r * ky), short(2.0 * rx));
        let _ = write!(
            d,
            "M{} {}a{rx} {ry} 0 0 {sweep} {dia} 0 {rx} {ry} 0 0 {sweep}-{dia} 0z",
            decimal(bx - rx),
            decimal(by),
            rx = short(rx),
        );
    }
    let mut prev: Option<(i64, i64)> = None;
    for y in 0..m.height() {
        let len = hexdot::hex_row_len(m.width(), y);
        let mut x = 0;
        while x < len {
            if !m.is_dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < len && m.is_dark(x, y) {
                x += 1;
            }
            // Left-upper vertex of the run's first hexagon.
            let (vx, vy) = ((2 * start + (y & 1)) as i64, (3 * y + 1) as i64);
            match prev {
                None => {
                    d.push('M');
                    push_pair(&mut d, vx, vy);
                }
                Some((px, py)) => {
                    d.push('m');
                    push_pair(&mut d, vx - px, vy - py);
                }
            }
            prev = Some((vx, vy));
            let n = x - start;
            d.push('l');
            for i in 0..n {
                d.push_str(if i == 0 { "1-1 1 1" } else { " 1-1 1 1" });
            }
            d.push_str("v2l");
            for _ in 0..n {
                d.push_str("-1 1-1-1");
            }
            d.push('z');
        }
    }

    let (w, h) = (decimal(wm), decimal(hm));
    let mut svg = String::with_capacity(d.len() + 400);
    open_svg(&mut svg, style, &w, &h, &width, &height);
    let _ = write!(
        svg,
        "<path{} transform=\"matrix(0.5 0 0 {} {} {})\" d=\"{d}\"/>",
        fill(style.dark),
        fixed(1.0 / ky, 8),
        decimal(q),
        decimal(q),
    );
    svg.push_str("</svg>\n");
    Ok(svg)
}

/// DotCode: one path of circles, each two half-circle arcs, [`Style::dot_size`] across and
/// centred in its dark module's cell. Sub-paths after the first start with a relative move
/// from the previous circle's leftmost point (where its arcs end), whole modules apart.
fn dots_svg(symbol: &Symbol, style: &Style) -> Result<String, RenderError> {
    let m = &symbol.matrix;
    let quiet = style.quiet_zone_for(symbol);
    let (w, h) = total_modules(symbol, quiet);
    let (width, height) = match (style.x_dim_mm, style.dpi) {
        (None, None) => {
            let px = u64::from(style.module_size);
            ((w * px).to_string(), (h * px).to_string())
        }
        (x_mm, _) => size_attrs(style, x_mm, w as f64, h as f64),
    };
    // The radius rounded once, so that both half circles span exactly the diameter written.
    let radius = round3(style.dot_size_or_default() / 2.0);
    let (r, dia) = (short(radius), short(2.0 * radius));
    // Both arcs of one circle, from its leftmost point back to it.
    let circle = format!("a{r} {r} 0 1 0 {dia} 0 {r} {r} 0 1 0-{dia} 0");
    let mut d = String::with_capacity(m.dark_count() * (circle.len() + 6) + 16);
    let mut prev: Option<(i64, i64)> = None;
    for y in 0..m.height() {
        for x in 0..m.width() {
            if !m.is_dark(x, y) {
                continue;
            }
            let (cx, cy) = ((x + quiet) as i64, (y + quiet) as i64);
            match prev {
                None => {
                    let _ = write!(
                        d,
                        "M{} {}",
                        short(cx as f64 + 0.5 - radius),
                        short(cy as f64 + 0.5)
                    );
                }
                Some((px, py)) => {
                    d.push('m');
                    push_pair(&mut d, cx - px, cy - py);
                }
            }
            prev = Some((cx, cy));
            d.push_str(&circle);
        }
    }
    let mut svg = String::with_capacity(d.len() + 400);
    open_svg(
        &mut svg,
        style,
        &w.to_string(),
        &h.to_string(),
        &width,
        &height,
    );
    if !d.is_empty() {
        let _ = write!(svg, "<path{} d=\"{d}\"/>", fill(style.dark));
    }
    svg.push_str("</svg>\n");
    Ok(svg)
}

/// [`decimal`] without the leading zero of a fraction (`.4`, `-.25`), for path data.
fn short(v: f64) -> String {
    let s = decimal(v);
    if let Some(rest) = s.strip_prefix("0.") {
        format!(".{rest}")
    } else if let Some(rest) = s.strip_prefix("-0.") {
        format!("-.{rest}")
    } else {
        s
    }
}

/// `v` rounded to three decimals, as [`decimal`] writes it.
fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

/// `v` with `places` decimals, trailing zeros dropped.
fn fixed(v: f64, places: usize) -> String {
    let s = format!("{v:.places$}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The text as one path of glyph outlines: exact, and no font needed by the viewer.
#[cfg(feature = "font")]
fn labels_svg(svg: &mut String, labels: &[Label], dark: Color) {
    let mut d = String::new();
    for l in labels {
        crate::font::svg_path(&mut d, &l.text, l.x, l.baseline, l.size);
    }
    if !d.is_empty() {
        let _ = write!(svg, "<path{} d=\"{d}\"/>", fill(dark));
    }
}

/// Without the `font` feature: `<text>` elements in a monospace family of the viewer's.
#[cfg(not(feature = "font"))]
fn labels_svg(svg: &mut String, labels: &[Label], dark: Color) {
    for l in labels {
        let text = l
            .text
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-family=\"OCR-B, 'DejaVu Sans Mono', \
             monospace\" text-anchor=\"middle\"{}>{text}</text>",
            decimal(l.x + crate::font::text_width(&l.text, l.size) / 2.0),
            decimal(l.baseline),
            decimal(crate::font::em_size(l.size)),
            fill(dark)
        );
    }
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

/// The `d` attribute for the dark modules of `symbol`, offset by `quiet` modules, each matrix
/// row `row_h` units tall (1 for matrix symbols, the row height for stacked ones).
///
/// The first sub-path starts with an absolute `M`; each later one with a relative `m` from the
/// previous sub-path's start (where `z` leaves the current point). Runs are `h`/`v` with
/// relative lengths; the run back to the start is left to `z`.
pub(crate) fn path_data(symbol: &Symbol, quiet: usize, row_h: u64) -> String {
    // Matrix symbols take a copy of the loop without the row scaling (it is the hot path).
    if row_h == 1 {
        traced_path::<false>(symbol, quiet, 1)
    } else {
        traced_path::<true>(symbol, quiet, row_h)
    }
}

fn traced_path<const STACKED: bool>(symbol: &Symbol, quiet: usize, row_h: u64) -> String {
    let mut d = String::with_capacity(symbol.matrix.width() * symbol.matrix.height() / 2 + 16);
    let mut prev: Option<(i64, i64)> = None;
    trace_each(&symbol.matrix, |start, runs| {
        let y = if STACKED {
            start.1 as u64 * row_h + quiet as u64
        } else {
            (start.1 + quiet) as u64
        };
        let (x, y) = ((start.0 + quiet) as i64, y as i64);
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
            let vertical = matches!(dir, Dir::South | Dir::North);
            push_uint(
                &mut d,
                if STACKED && vertical {
                    n as u64 * row_h
                } else {
                    n as u64
                },
            );
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
