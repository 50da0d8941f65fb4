//! Scan-back proof: a real QR code from `encode_qr`, rendered, decoded by rxing.
#![cfg(all(feature = "png", feature = "svg"))]

mod common;

use codevault_formats::qr::{QrOptions, encode_qr};
use codevault_render::{Color, Style, render_png, render_svg};
use common::{attr, parse_path, rasterise};
use rxing::BarcodeFormat;

const URL: &str = "https://example.com/codevault?utm_source=render-test&id=42";

fn scan_png(png: &[u8]) -> String {
    rxing::helpers::detect_in_buffer(png, Some(BarcodeFormat::QR_CODE))
        .expect("rxing reads the PNG")
        .getText()
        .to_owned()
}

#[test]
fn black_and_white_png_scans_back() {
    let symbol = encode_qr(URL.as_bytes(), &QrOptions::default()).expect("encode");
    for module_size in [2, 5] {
        let png = render_png(
            &symbol,
            &Style {
                module_size,
                ..Style::default()
            },
        )
        .unwrap();
        assert_eq!(scan_png(&png), URL);
    }
}

#[test]
fn coloured_palette_png_scans_back() {
    let symbol = encode_qr(URL.as_bytes(), &QrOptions::default()).expect("encode");
    let style = Style {
        dark: Color::parse("#1a237e").unwrap(),
        light: Color::parse("#fff8e1").unwrap(),
        module_size: 4,
        dpi: Some(300),
        ..Style::default()
    };
    assert_eq!(scan_png(&render_png(&symbol, &style).unwrap()), URL);
}

#[test]
fn svg_outline_rasterised_scans_back() {
    let symbol = encode_qr(URL.as_bytes(), &QrOptions::default()).expect("encode");
    let svg = render_svg(&symbol, &Style::default()).unwrap();
    let q = symbol.quiet_zone;
    let (w, h) = (
        symbol.matrix.width() + 2 * q,
        symbol.matrix.height() + 2 * q,
    );
    let raster = rasterise(&parse_path(attr(&svg, "path", "d").unwrap()), w, h);
    let scale = 4;
    let mut luma = Vec::with_capacity(w * h * scale * scale);
    for row in &raster {
        for _ in 0..scale {
            for &dark in row {
                luma.extend(std::iter::repeat_n(if dark { 0 } else { 255 }, scale));
            }
        }
    }
    let (pw, ph) = ((w * scale) as u32, (h * scale) as u32);
    let result = rxing::helpers::detect_in_luma(luma, pw, ph, Some(BarcodeFormat::QR_CODE))
        .expect("rxing reads the rasterised SVG");
    assert_eq!(result.getText(), URL);
}

#[test]
fn version_4_qr_svg_is_under_3_kb() {
    let options = QrOptions {
        version: Some(4),
        ..QrOptions::default()
    };
    let symbol = encode_qr(URL.as_bytes(), &options).expect("encode");
    assert_eq!(symbol.matrix.width(), 33);
    let svg = render_svg(&symbol, &Style::default()).unwrap();
    eprintln!("version 4 QR SVG: {} bytes", svg.len());
    assert!(svg.len() < 3 * 1024, "{} bytes", svg.len());
}
