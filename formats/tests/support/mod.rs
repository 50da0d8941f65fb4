//! Test helpers: draw a symbol into an 8-bit luma buffer and read it back with rxing.
#![allow(dead_code)]

use codevault_formats::Symbol;
use rxing::BarcodeFormat;

/// Luma pixels (0 = dark) of `symbol` at `scale` pixels per module with its quiet zone.
pub fn rasterize(symbol: &Symbol, scale: usize) -> (Vec<u8>, u32, u32) {
    let q = symbol.quiet_zone;
    let (w, h) = (
        (symbol.matrix.width() + 2 * q) * scale,
        (symbol.matrix.height() + 2 * q) * scale,
    );
    let mut px = vec![255u8; w * h];
    for y in 0..symbol.matrix.height() {
        for x in 0..symbol.matrix.width() {
            if symbol.matrix.is_dark(x, y) {
                for dy in 0..scale {
                    let row = ((y + q) * scale + dy) * w;
                    px[row + (x + q) * scale..row + (x + q + 1) * scale].fill(0);
                }
            }
        }
    }
    (px, w as u32, h as u32)
}

/// The text rxing reads from `symbol`, or its error.
pub fn decode_qr(symbol: &Symbol) -> Result<String, String> {
    let (px, w, h) = rasterize(symbol, 3);
    rxing::helpers::detect_in_luma(px, w, h, Some(BarcodeFormat::QR_CODE))
        .map(|r| r.getText().to_string())
        .map_err(|e| e.to_string())
}

/// Luma pixels of any symbol: matrix symbols as [`rasterize`]; stacked rows `row_height`
/// modules tall; linear symbols as bars 60 modules tall with their own quiet zones.
pub fn rasterize_any(symbol: &Symbol, scale: usize) -> (Vec<u8>, u32, u32) {
    use codevault_formats::Shape;
    let (row_h, ql, qr, qv) = match &symbol.shape {
        Shape::Stacked { row_height } => {
            let q = symbol.quiet_zone.max(2);
            (usize::from(*row_height), q, q, q)
        }
        Shape::Linear(l) => (60, l.quiet_left.max(10), l.quiet_right.max(10), 10),
        Shape::Postal => (8, 10, 10, 10),
        _ => return rasterize(symbol, scale),
    };
    let (mw, mh) = (symbol.matrix.width(), symbol.matrix.height());
    let w = (mw + ql + qr) * scale;
    let h = (mh * row_h + 2 * qv) * scale;
    let mut px = vec![255u8; w * h];
    for y in 0..mh {
        for x in 0..mw {
            if symbol.matrix.is_dark(x, y) {
                for dy in 0..row_h * scale {
                    let row = ((qv + y * row_h) * scale + dy) * w;
                    px[row + (x + ql) * scale..row + (x + ql + 1) * scale].fill(0);
                }
            }
        }
    }
    (px, w as u32, h as u32)
}

/// What rxing reads from `symbol` as `format` (text, and the symbology identifier when rxing
/// reports one), or its error.
pub fn decode_as(symbol: &Symbol, format: BarcodeFormat) -> Result<String, String> {
    let (px, w, h) = rasterize_any(symbol, 3);
    rxing::helpers::detect_in_luma(px, w, h, Some(format))
        .map(|r| r.getText().to_string())
        .map_err(|e| e.to_string())
}
