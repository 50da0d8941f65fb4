//! Postal symbols drawn to their specifications' bar heights and pitch, and stacked (PDF417)
//! symbols drawn row by row; both as PNG and SVG.
#![cfg(all(feature = "png", feature = "svg"))]

mod common;

use codevault_formats::{Matrix, Shape, Symbol, Symbology};
use codevault_render::{Style, render_png, render_svg};
use common::shapes::*;

/// 65 IMb bars, every kind present (the pattern is arbitrary: no scanner reads IMb, so only
/// geometry is checked here; encoders are tested bit-exact against zint).
const IMB_BARS: &str = "FADTFADTTDAFFFAADDTTADFTADFTDAFDATFADTDTDADAFAFATATDTDFFAADTFADTA";

/// Bars found on one pixel row: (left x, width) of each dark run.
fn runs_on_row(luma: &[u8], w: u32, y: u32) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut x = 0;
    while x < w {
        if luma[(y * w + x) as usize] < 128 {
            let start = x;
            while x < w && luma[(y * w + x) as usize] < 128 {
                x += 1;
            }
            out.push((start, x - start));
        } else {
            x += 1;
        }
    }
    out
}

/// Pixel extent (top, bottom) of bar `i` (0-based) of a postal PNG, found by column.
fn bar_extent(luma: &[u8], w: u32, h: u32, i: usize, bar_xs: &[(u32, u32)]) -> (u32, u32) {
    let x = bar_xs[i].0 + bar_xs[i].1 / 2;
    column_extent(luma, w, h, x, 0).unwrap()
}

/// Left edges of every bar, from the tracker band (every bar crosses it).
fn bars(luma: &[u8], w: u32, h: u32) -> Vec<(u32, u32)> {
    // The tracker band holds the middle of the image.
    runs_on_row(luma, w, h / 2)
}

#[test]
fn imb_heights_pitch_and_width_are_inside_usps_b_3200_at_300_and_600_dpi() {
    assert_eq!(IMB_BARS.len(), 65);
    let s = postal(Symbology::Imb, IMB_BARS);
    for dpi in [300u32, 600] {
        let style = Style {
            dpi: Some(dpi),
            ..Style::default()
        };
        let png = render_png(&s, &style).unwrap();
        let (luma, w, h) = luma(&png);
        let xs = bars(&luma, w, h);
        assert_eq!(xs.len(), 65);
        let inch = |px: u32| f64::from(px) / f64::from(dpi);
        let kinds = IMB_BARS.as_bytes();
        for (i, &k) in kinds.iter().enumerate() {
            let (t, b) = bar_extent(&luma, w, h, i, &xs);
            let height = inch(b - t);
            let (lo, hi) = match k {
                b'F' => (0.125, 0.165),
                b'A' | b'D' => (0.082, 0.111),
                _ => (0.039, 0.057),
            };
            assert!(
                (lo..=hi).contains(&height),
                "{dpi} dpi bar {i} {}: {height} in",
                k as char
            );
        }
        // Ascenders share the full bars' top, descenders their bottom.
        let full = bar_extent(&luma, w, h, 0, &xs);
        let asc = bar_extent(&luma, w, h, 1, &xs);
        let desc = bar_extent(&luma, w, h, 2, &xs);
        assert_eq!((asc.0, desc.1), (full.0, full.1));
        // Pitch 20–24 bars per inch, bar width 0.015–0.025 in.
        let pitch = inch(xs[64].0 - xs[0].0) / 64.0;
        assert!((1.0 / 24.0..=1.0 / 20.0).contains(&pitch), "pitch {pitch}");
        for &(_, bw) in &xs {
            assert!(
                (0.015..=0.025).contains(&inch(bw)),
                "bar width {}",
                inch(bw)
            );
        }
        // pHYs says the DPI.
        let decoder = png::Decoder::new(std::io::Cursor::new(&png));
        let dims = decoder.read_info().unwrap().info().pixel_dims.unwrap();
        assert_eq!(dims.xppu, (f64::from(dpi) / 0.0254).round() as u32);
    }
}

#[test]
fn postnet_full_and_half_bars() {
    let s = postal(Symbology::Postnet, "FHHFFHFHFHHFFHHFHF");
    let style = Style {
        dpi: Some(300),
        ..Style::default()
    };
    let (luma, w, h) = luma(&render_png(&s, &style).unwrap());
    // Half bars are in the lower part: find the bars on a row near the bottom of the bars.
    let full = column_extent(&luma, w, h, runs_on_row(&luma, w, h / 2)[0].0, 0).unwrap();
    let bottom_row = full.1 - 2;
    let xs = runs_on_row(&luma, w, bottom_row);
    assert_eq!(xs.len(), 18);
    for (i, k) in "FHHFFHFHFHHFFHHFHF".bytes().enumerate() {
        let (t, b) = column_extent(&luma, w, h, xs[i].0, 0).unwrap();
        let height = f64::from(b - t) / 300.0;
        let nominal = if k == b'F' { 0.125 } else { 0.050 };
        assert!((height - nominal).abs() <= 0.010, "bar {i}: {height} in");
        assert_eq!(b, full.1, "bars share the baseline");
    }
}

#[test]
fn rm4scc_full_and_tracker_bars_follow_royal_mail() {
    let s = postal(Symbology::Rm4scc, "FTADFTAD");
    let style = Style {
        dpi: Some(600),
        ..Style::default()
    };
    let (luma, w, h) = luma(&render_png(&s, &style).unwrap());
    let xs = bars(&luma, w, h);
    let mm = |px: u32| f64::from(px) * 25.4 / 600.0;
    let (t, b) = bar_extent(&luma, w, h, 0, &xs);
    assert!((4.22..=5.84).contains(&mm(b - t)), "full {}", mm(b - t));
    let (t, b) = bar_extent(&luma, w, h, 1, &xs);
    assert!((1.02..=1.52).contains(&mm(b - t)), "tracker {}", mm(b - t));
    // 20–24 bars per 25.4 mm.
    let pitch = mm(xs[7].0 - xs[0].0) / 7.0;
    assert!(
        (25.4 / 24.0..=25.4 / 20.0).contains(&pitch),
        "pitch {pitch}"
    );
}

#[test]
fn postal_svg_is_in_millimetres_and_rasterises_to_the_same_bars() {
    let s = postal(Symbology::Imb, IMB_BARS);
    let svg = render_svg(&s, &Style::default()).unwrap();
    // Nominal X 1/43 in: (129 + 2 × 6) modules.
    let width = common::attr(&svg, "svg", "width").unwrap();
    let expected = 141.0 * 25.4 / 43.0;
    let got: f64 = width.trim_end_matches("mm").parse().unwrap();
    assert!((got - expected).abs() < 0.01, "{width}");
    let (luma, w, h) = resvg_luma(&svg, 4.0);
    assert_eq!(bars(&luma, w, h).len(), 65);
}

/// A PDF417 module grid from rxing's encoder (independent of ours). Its `getMatrix` lists rows
/// bottom to top (its writer flips them back), so they are reversed here.
fn pdf417(text: &str) -> Symbol {
    let mut enc = rxing::pdf417::encoder::PDF417::new();
    enc.generateBarcodeLogic(text, 2).unwrap();
    let rows: Vec<Vec<bool>> = enc
        .getBarcodeMatrix()
        .as_ref()
        .unwrap()
        .getMatrix()
        .iter()
        .rev()
        .map(|r| r.iter().map(|&v| v == 1).collect())
        .collect();
    Symbol {
        matrix: Matrix::from_bools(&rows),
        quiet_zone: 2,
        shape: Shape::Stacked { row_height: 3 },
        meta: meta(Symbology::Pdf417),
    }
}

#[test]
fn stacked_rows_are_row_height_tall_and_scan() {
    let text = "CodeVault PDF417 stacked rows";
    let s = pdf417(text);
    let style = Style {
        module_size: 2,
        ..Style::default()
    };
    let png = render_png(&s, &style).unwrap();
    let (luma, w, h) = luma(&png);
    let (mw, mh) = (s.matrix.width() as u32, s.matrix.height() as u32);
    assert_eq!((w, h), ((mw + 4) * 2, (mh * 3 + 4) * 2));
    // Every pixel matches its module: row = (y − quiet) / (3 × 2).
    for y in 0..h {
        for x in 0..w {
            let (mx, my) = ((x / 2).wrapping_sub(2), (y / 2).wrapping_sub(2) / 3);
            let want = y >= 4 && s.matrix.is_dark(mx as usize, my as usize);
            assert_eq!(luma[(y * w + x) as usize] < 128, want, "({x}, {y})");
        }
    }
    assert_eq!(
        scan(luma, w, h, rxing::BarcodeFormat::PDF_417),
        text,
        "PNG scans"
    );
    let svg = render_svg(&s, &style).unwrap();
    assert!(svg.contains(&format!("viewBox=\"0 0 {} {}\"", mw + 4, mh * 3 + 4)));
    let (luma, w, h) = resvg_luma(&svg, 2.5);
    assert_eq!(
        scan(luma, w, h, rxing::BarcodeFormat::PDF_417),
        text,
        "SVG scans"
    );
}
