//! Test helpers: draw a symbol into an 8-bit luma buffer and read it back with rxing.

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
