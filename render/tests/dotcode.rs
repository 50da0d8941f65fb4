//! DotCode (`Shape::Dots`) from the real encoder: every dark module a disc of `dot_size`
//! pitches across centred in its cell, nothing elsewhere, in the PNG and in the SVG (parsed
//! back, and rasterised by resvg); out-of-range dot sizes are style errors.
#![cfg(all(feature = "png", feature = "svg"))]

mod common;

use codevault_formats::Symbol;
use codevault_formats::dotcode::{self, DotCodeOptions};
use codevault_render::{
    DEFAULT_DOT_SIZE, MAX_DOT_SIZE, MIN_DOT_SIZE, RenderError, Style, render_png, render_svg,
};
use common::attr;
use common::shapes::{luma, resvg_luma};

fn symbols() -> Vec<Symbol> {
    let mut out = Vec::new();
    for data in [
        &b"Hello, World!"[..],
        b"1234567890",
        b"DotCode rendering 2D",
    ] {
        out.push(dotcode::encode(data, &DotCodeOptions::default()).unwrap());
    }
    let mut wide = DotCodeOptions::default();
    wide.columns = Some(30);
    out.push(dotcode::encode(b"ABC123", &wide).unwrap());
    out
}

fn style(module_size: u32, dot_size: Option<f64>) -> Style {
    Style {
        module_size,
        dot_size,
        ..Style::default()
    }
}

/// Darkness (0–255) of the image pixel at (`x`, `y`).
fn dark(px: &[u8], w: u32, x: usize, y: usize) -> u32 {
    255 - u32::from(px[y * w as usize + x])
}

/// Checks every cell of the image: dark modules hold a disc of diameter `dot` × `s` pixels
/// (area from the summed darkness, width along the centre row), light modules and the quiet
/// zone hold nothing.
fn check_dots(px: &[u8], w: u32, h: u32, s: usize, q: usize, symbol: &Symbol, dot: f64) {
    let m = &symbol.matrix;
    assert_eq!(w as usize, (m.width() + 2 * q) * s);
    assert_eq!(h as usize, (m.height() + 2 * q) * s);
    let want_area = std::f64::consts::PI * (dot * s as f64 / 2.0).powi(2);
    let want_width = dot * s as f64;
    for cy in 0..m.height() + 2 * q {
        for cx in 0..m.width() + 2 * q {
            let is_dark = m.is_dark(cx.wrapping_sub(q), cy.wrapping_sub(q));
            let (x0, y0) = (cx * s, cy * s);
            let area: u32 = (y0..y0 + s)
                .flat_map(|y| (x0..x0 + s).map(move |x| (x, y)))
                .map(|(x, y)| dark(px, w, x, y))
                .sum();
            let area = f64::from(area) / 255.0;
            if !is_dark {
                assert!(area < 0.01, "cell ({cx}, {cy}) should be empty: {area}");
                continue;
            }
            assert!(
                (area - want_area).abs() <= want_area * 0.03 + 0.5,
                "cell ({cx}, {cy}): area {area}, want {want_area}"
            );
            // Width along the centre row (coverage summed) and symmetry about the cell centre.
            let mid = y0 + s / 2;
            let row: Vec<u32> = (x0..x0 + s).map(|x| dark(px, w, x, mid)).collect();
            let width = f64::from(row.iter().sum::<u32>()) / 255.0;
            assert!(
                (width - want_width).abs() <= 1.0,
                "cell ({cx}, {cy}): width {width}, want {want_width}"
            );
            let rev: Vec<u32> = row.iter().rev().copied().collect();
            let asym = row.iter().zip(&rev).map(|(a, b)| a.abs_diff(*b)).max();
            assert!(asym.unwrap_or(0) <= 2, "centred: {row:?}");
            // The centre is solid; the corners of the cell are not touched.
            assert_eq!(dark(px, w, x0 + s / 2, mid), 255);
            if dot < 0.9 {
                assert_eq!(dark(px, w, x0, y0), 0);
            }
        }
    }
}

#[test]
fn png_dots_are_discs_of_the_dot_size_at_dark_modules_only() {
    for symbol in symbols() {
        for (module, dot) in [
            (20, None),
            (20, Some(0.5)),
            (16, Some(1.0)),
            (11, Some(0.3)),
        ] {
            let png = render_png(&symbol, &style(module, dot)).unwrap();
            let (px, w, h) = luma(&png);
            let d = dot.unwrap_or(DEFAULT_DOT_SIZE);
            check_dots(&px, w, h, module as usize, 3, &symbol, d);
        }
    }
}

/// Dot centres of the SVG path `d`: absolute `M x y` (leftmost point) for the first, relative
/// `m dx dy` for the others, each followed by the circle's two arcs; also the radii seen.
fn svg_dots(d: &str) -> (Vec<(f64, f64)>, Vec<f64>) {
    let mut centres = Vec::new();
    let mut radii = Vec::new();
    let mut cur = (0.0, 0.0);
    // Tokenise: commands and numbers.
    let mut tokens = Vec::new();
    let mut num = String::new();
    let flush = |num: &mut String, tokens: &mut Vec<String>| {
        if !num.is_empty() {
            tokens.push(std::mem::take(num));
        }
    };
    for ch in d.chars() {
        match ch {
            'M' | 'm' | 'a' | 'z' => {
                flush(&mut num, &mut tokens);
                tokens.push(ch.to_string());
            }
            ' ' | ',' => flush(&mut num, &mut tokens),
            '-' => {
                flush(&mut num, &mut tokens);
                num.push(ch);
            }
            '.' if num.contains('.') => {
                flush(&mut num, &mut tokens);
                num.push(ch);
            }
            _ => num.push(ch),
        }
    }
    flush(&mut num, &mut tokens);
    let mut i = 0;
    let val = |t: &String| t.parse::<f64>().unwrap_or_else(|_| panic!("number {t:?}"));
    while i < tokens.len() {
        match tokens[i].as_str() {
            "M" => {
                cur = (val(&tokens[i + 1]), val(&tokens[i + 2]));
                i += 3;
            }
            "m" => {
                cur = (cur.0 + val(&tokens[i + 1]), cur.1 + val(&tokens[i + 2]));
                i += 3;
            }
            "a" => {
                // Two arcs of seven numbers: rx ry rot large sweep dx dy.
                let a: Vec<f64> = tokens[i + 1..i + 15].iter().map(val).collect();
                assert_eq!(a[0], a[1], "circular");
                assert_eq!(a[7], a[8]);
                assert_eq!((a[5], a[6]), (2.0 * a[0], 0.0), "first half");
                assert_eq!((a[12], a[13]), (-2.0 * a[0], 0.0), "back to the start");
                radii.push(a[0]);
                centres.push((cur.0 + a[0], cur.1));
                i += 15;
            }
            t => panic!("unexpected {t:?} in {d}"),
        }
    }
    (centres, radii)
}

#[test]
fn svg_has_one_circle_per_dark_module() {
    for symbol in symbols() {
        for dot in [None, Some(0.55), Some(1.0)] {
            let svg = render_svg(&symbol, &style(10, dot)).unwrap();
            assert_eq!(svg.matches("<path").count(), 1);
            let d = attr(&svg, "path", "d").unwrap();
            let (centres, radii) = svg_dots(d);
            let want_r = dot.unwrap_or(DEFAULT_DOT_SIZE) / 2.0;
            assert!(radii.iter().all(|r| (r - want_r).abs() < 1e-3), "{radii:?}");
            let m = &symbol.matrix;
            assert_eq!(centres.len(), m.dark_count());
            for (cx, cy) in centres {
                // Centred in a cell: quiet zone 3, half a module in.
                let (x, y) = (cx - 3.5, cy - 3.5);
                assert!((x - x.round()).abs() < 1e-3 && (y - y.round()).abs() < 1e-3);
                assert!(
                    m.is_dark(x.round() as usize, y.round() as usize),
                    "({x}, {y})"
                );
            }
            // Rasterised by resvg: the same discs as the PNG.
            let (px, w, h) = resvg_luma(&svg, 20.0);
            check_dots(&px, w, h, 20, 3, &symbol, dot.unwrap_or(DEFAULT_DOT_SIZE));
        }
    }
}

#[test]
fn svg_size_follows_module_size_dpi_and_x_dimension() {
    let symbol = &symbols()[0];
    let (w, h) = (symbol.matrix.width() + 6, symbol.matrix.height() + 6);
    let svg = render_svg(symbol, &style(10, None)).unwrap();
    assert_eq!(
        attr(&svg, "svg", "width"),
        Some((w * 10).to_string().as_str())
    );
    assert_eq!(
        attr(&svg, "svg", "viewBox"),
        Some(format!("0 0 {w} {h}").as_str())
    );
    let mm = render_svg(
        symbol,
        &Style {
            x_dim_mm: Some(0.5),
            ..Style::default()
        },
    )
    .unwrap();
    assert_eq!(
        attr(&mm, "svg", "width"),
        Some(format!("{}mm", w as f64 * 0.5).as_str())
    );
    // PNG: X and DPI pick whole pixels per module; pHYs records the DPI.
    let png = render_png(
        symbol,
        &Style {
            x_dim_mm: Some(0.5),
            dpi: Some(600),
            ..Style::default()
        },
    )
    .unwrap();
    let (px, pw, ph) = luma(&png);
    let s = (0.5f64 * 600.0 / 25.4).round() as usize; // 12
    check_dots(&px, pw, ph, s, 3, symbol, DEFAULT_DOT_SIZE);
}

#[test]
fn dot_size_out_of_range_is_an_invalid_style() {
    let symbol = &symbols()[0];
    for bad in [0.0, 0.005, 1.0001, 2.0, -0.5, f64::NAN, f64::INFINITY] {
        let st = style(5, Some(bad));
        for err in [
            render_png(symbol, &st).unwrap_err(),
            render_svg(symbol, &st).unwrap_err(),
        ] {
            match err {
                RenderError::InvalidStyle { field, .. } => assert_eq!(field, "dot_size"),
                e => panic!("{bad}: {e:?}"),
            }
        }
        assert!(st.validate().is_err());
    }
    for ok in [MIN_DOT_SIZE, 0.5, MAX_DOT_SIZE] {
        render_png(symbol, &style(5, Some(ok))).unwrap();
        render_svg(symbol, &style(5, Some(ok))).unwrap();
    }
    let msg = style(5, Some(3.0)).validate().unwrap_err().to_string();
    assert!(msg.contains("dot_size") && msg.contains("0.01"), "{msg}");
}

#[cfg(feature = "serde")]
#[test]
fn dot_size_in_json() {
    let st: Style = serde_json::from_str(r#"{"dot_size": 0.6}"#).unwrap();
    assert_eq!(st.dot_size, Some(0.6));
    // Left out when unset, so default styles serialise as before.
    let json = serde_json::to_string(&Style::default()).unwrap();
    assert!(!json.contains("dot_size"), "{json}");
    let json = serde_json::to_string(&st).unwrap();
    assert!(json.contains("\"dot_size\":0.6"), "{json}");
}

#[test]
fn dot_size_does_not_change_other_shapes() {
    use codevault_formats::qr::{QrOptions, encode_qr};
    let qr = encode_qr(b"dot size", &QrOptions::default()).unwrap();
    let a = render_png(&qr, &style(4, None)).unwrap();
    let b = render_png(&qr, &style(4, Some(0.3))).unwrap();
    assert_eq!(a, b);
    assert_eq!(
        render_svg(&qr, &style(4, None)).unwrap(),
        render_svg(&qr, &style(4, Some(0.3))).unwrap()
    );
}
