//! Test helpers: draw a symbol into an 8-bit luma buffer and read it back with rxing.
#![allow(dead_code)]

use std::path::Path;

use codevault_formats::{EncodeError, Symbol};
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

pub fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// Compares every vector in `testdata/zint/<dir>/` with `encode`'s matrix, module for module,
/// and requires at least `min` vectors.
pub fn check_zint_dir(
    dir: &str,
    min: usize,
    encode: impl Fn(&[u8], serde_json::Value) -> Result<Symbol, EncodeError>,
) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata/zint")
        .join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    for file in &files {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let data = hex(v["data_hex"].as_str().unwrap());
        let want: Vec<String> = serde_json::from_value(v["matrix"].clone()).unwrap();
        match encode(&data, v["options"].clone()) {
            Ok(sym) => {
                let ours: Vec<String> = sym
                    .matrix
                    .to_text_rows()
                    .lines()
                    .map(str::to_string)
                    .collect();
                if ours != want {
                    failures.push(format!(
                        "{dir}/{name}: ours {}x{} differs from zint {}x{} (zint {})\n  ours {:?}\n  zint {:?}",
                        sym.matrix.width(),
                        sym.matrix.height(),
                        want.first().map_or(0, String::len),
                        want.len(),
                        v["zint"],
                        ours,
                        want
                    ));
                }
            }
            Err(e) => failures.push(format!("{dir}/{name}: error {e}")),
        }
    }
    println!(
        "{dir}: {} vectors, {} failures",
        files.len(),
        failures.len()
    );
    for f in failures.iter().take(10) {
        println!("  {f}");
    }
    assert!(
        files.len() >= min,
        "{dir}: {} vectors, want {min}",
        files.len()
    );
    assert!(
        failures.is_empty(),
        "{dir}: {} of {} differ",
        failures.len(),
        files.len()
    );
}
