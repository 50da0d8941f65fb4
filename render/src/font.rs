//! Human-readable text of linear symbols: metrics, SVG glyph outlines and anti-aliased raster.
//!
//! With the `font` feature the glyphs are Hack Regular (a DejaVu/Bitstream Vera derived
//! monospace with clear digits, MIT + Bitstream Vera licence) from the `epaint_default_fonts`
//! crate, outlined and rasterised with `ab_glyph`. Without it, layout uses the same metrics,
//! SVG falls back to `<text>` elements and PNG leaves the text out.
//!
//! Sizes are *digit heights* (cap height) in modules, so `size` 8 gives digits 8 modules tall
//! whatever the font's em box.

/// Hack Regular's metrics in font units: em, advance of every glyph (monospace) and cap height.
/// Used when the font is not compiled in, and checked against the real font in the tests.
// Read by the `<text>` fallback (SVG without `font`) and by the font tests.
#[allow(dead_code)]
const UNITS_PER_EM: f64 = 2048.0;
const ADVANCE: f64 = 1233.0;
const CAP_HEIGHT: f64 = 1493.0;

/// Font units per module for text whose digits are `size` modules tall.
fn scale(size: f64) -> f64 {
    size / CAP_HEIGHT
}

/// Width of `text` at digit height `size`, in modules.
pub(crate) fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * ADVANCE * scale(size)
}

/// The em size (CSS `font-size`) that makes digits `size` modules tall.
#[cfg(all(feature = "svg", not(feature = "font")))]
pub(crate) fn em_size(size: f64) -> f64 {
    size * UNITS_PER_EM / CAP_HEIGHT
}

/// How far glyphs may reach below the baseline (descenders), in modules.
pub(crate) fn descent(text: &str, size: f64) -> f64 {
    if text
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    {
        0.0
    } else {
        0.3 * size
    }
}

#[cfg(feature = "font")]
mod glyphs {
    use std::sync::OnceLock;

    use ab_glyph::{Font, FontRef};

    use super::{ADVANCE, scale};

    /// The parsed font, once per process (parsing reads the table directory only).
    pub(super) fn font() -> Option<&'static FontRef<'static>> {
        static FONT: OnceLock<Option<FontRef<'static>>> = OnceLock::new();
        FONT.get_or_init(|| FontRef::try_from_slice(epaint_default_fonts::HACK_REGULAR).ok())
            .as_ref()
    }

    #[cfg(feature = "svg")]
    /// Appends the outlines of `text` (left edge `x`, baseline `y`, digit height `size`, all in
    /// modules) to SVG path data, absolute coordinates with up to two decimals.
    pub(crate) fn svg_path(d: &mut String, text: &str, x: f64, y: f64, size: f64) {
        use std::fmt::Write as _;

        use ab_glyph::OutlineCurve;

        let Some(font) = font() else { return };
        let k = scale(size);
        let mut pen = x;
        for c in text.chars() {
            let id = font.glyph_id(c);
            if let Some(outline) = font.outline(id) {
                let pt = |p: ab_glyph::Point| (pen + f64::from(p.x) * k, y - f64::from(p.y) * k);
                let mut last: Option<ab_glyph::Point> = None;
                for curve in &outline.curves {
                    let (start, end) = match *curve {
                        OutlineCurve::Line(a, b) => (a, b),
                        OutlineCurve::Quad(a, _, c) => (a, c),
                        OutlineCurve::Cubic(a, _, _, e) => (a, e),
                    };
                    if last != Some(start) {
                        if last.is_some() {
                            d.push('Z');
                        }
                        let (sx, sy) = pt(start);
                        let _ = write!(d, "M{}", num2(sx, sy));
                    }
                    match *curve {
                        OutlineCurve::Line(_, b) => {
                            let (bx, by) = pt(b);
                            let _ = write!(d, "L{}", num2(bx, by));
                        }
                        OutlineCurve::Quad(_, b, c) => {
                            let ((bx, by), (cx, cy)) = (pt(b), pt(c));
                            let _ = write!(d, "Q{} {}", num2(bx, by), num2(cx, cy));
                        }
                        OutlineCurve::Cubic(_, b, c, e) => {
                            let ((bx, by), (cx, cy), (ex, ey)) = (pt(b), pt(c), pt(e));
                            let _ =
                                write!(d, "C{} {} {}", num2(bx, by), num2(cx, cy), num2(ex, ey));
                        }
                    }
                    last = Some(end);
                }
                if last.is_some() {
                    d.push('Z');
                }
            }
            pen += ADVANCE * k;
        }
    }

    /// `x y` with at most two decimals each, no trailing zeros.
    #[cfg(feature = "svg")]
    fn num2(x: f64, y: f64) -> String {
        let f = |v: f64| {
            let s = format!("{v:.2}");
            let s = s.trim_end_matches('0').trim_end_matches('.');
            if s == "-0" {
                "0".to_owned()
            } else {
                s.to_owned()
            }
        };
        let (a, b) = (f(x), f(y));
        if b.starts_with('-') {
            format!("{a}{b}")
        } else {
            format!("{a} {b}")
        }
    }

    #[cfg(feature = "png")]
    /// Draws `text` anti-aliased into `cover` (one byte per pixel, 255 = fully dark, row length
    /// `width`): left edge `x`, baseline `y` and digit height `size` in pixels. Coverage only
    /// ever grows, so overlapping glyphs and bars stay dark.
    pub(crate) fn rasterize(cover: &mut [u8], width: usize, text: &str, x: f64, y: f64, size: f64) {
        use ab_glyph::{Glyph, PxScale, point};

        let Some(font) = font() else { return };
        let height = cover.len() / width.max(1);
        let k = scale(size); // pixels per font unit
        // ab_glyph's PxScale is the pixel height of ascent − descent.
        let px = PxScale::from((k * f64::from(font.height_unscaled())) as f32);
        let mut pen = x;
        for c in text.chars() {
            let glyph = Glyph {
                id: font.glyph_id(c),
                scale: px,
                position: point(pen as f32, y as f32),
            };
            if let Some(outlined) = font.outline_glyph(glyph) {
                let b = outlined.px_bounds();
                // The rasteriser allocates the glyph's whole box; the layout keeps glyphs on
                // the (size-checked) canvas, so a box larger than the canvas is never needed.
                let area = f64::from(b.width()) * f64::from(b.height());
                if area > cover.len() as f64 {
                    pen += ADVANCE * k;
                    continue;
                }
                let (ox, oy) = (b.min.x as i64, b.min.y as i64);
                outlined.draw(|gx, gy, c| {
                    let (px, py) = (ox + i64::from(gx), oy + i64::from(gy));
                    if px < 0 || py < 0 || px as usize >= width || py as usize >= height {
                        return;
                    }
                    let v = (c.clamp(0.0, 1.0) * 255.0).round() as u8;
                    let cell = &mut cover[py as usize * width + px as usize];
                    *cell = (*cell).max(v);
                });
            }
            pen += ADVANCE * k;
        }
    }

    #[cfg(test)]
    mod tests {
        use ab_glyph::Font;

        use super::{super::*, font};

        #[test]
        fn constants_match_the_font() {
            let f = font().expect("Hack parses");
            assert_eq!(f.units_per_em(), Some(UNITS_PER_EM as f32));
            for c in ['0', '9', 'A', '<', ' '] {
                assert_eq!(
                    f64::from(f.h_advance_unscaled(f.glyph_id(c))),
                    ADVANCE,
                    "{c:?}"
                );
            }
            let h = f.outline(f.glyph_id('H')).unwrap().bounds;
            // ab_glyph keeps font units y-up and stores the top in `min.y`.
            assert_eq!(f64::from(h.min.y - h.max.y), CAP_HEIGHT);
        }

        #[cfg(feature = "svg")]
        #[test]
        fn svg_outline_is_closed_path() {
            let mut d = String::new();
            svg_path(&mut d, "08", 0.0, 10.0, 8.0);
            assert!(d.starts_with('M') && d.ends_with('Z'), "{d}");
            // "0" and "8" have holes: several contours.
            assert!(d.matches('M').count() >= 4, "{d}");
        }
    }
}

#[cfg(all(feature = "font", feature = "png"))]
pub(crate) use glyphs::rasterize;
#[cfg(all(feature = "font", feature = "svg"))]
pub(crate) use glyphs::svg_path;
