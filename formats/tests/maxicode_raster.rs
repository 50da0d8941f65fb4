//! A MaxiCode rasteriser for the tests (the shared `support` one draws square grids): each
//! dark module a hexagon on the offset-row grid, plus the bullseye, with the geometry of
//! ISO/IEC 16023 §4.2.1 / §4.11.4 — module width X (across flats), rows √3/2 X apart, the
//! finder's six circles from the inner light disc (one hexagon tall) out to 9X, centred 14.5X
//! from the left edge and halfway down. rxing then reads it back (`decode`).
//!
//! [`read_grid`] skips the image: it hands the module grid straight to rxing's codeword reader
//! and message parser, which also lets it read mode 6 (rxing's reader refuses that mode; its
//! message is parsed here as mode 4's, which has the same layout).
//!
//! Also compiled as its own (tiny) test target; the other MaxiCode tests include it with
//! `#[path]`.
#![allow(dead_code)]

use codevault_formats::{Matrix, Symbol};
use rxing::common::BitMatrix;
use rxing::maxicode::decoder::{BitMatrixParser, decoded_bit_stream_parser};
use rxing::{BarcodeFormat, DecodeHints};

const SQRT3: f64 = 1.732_050_807_568_877_2;

/// Luma pixels (0 = dark) of a MaxiCode symbol at `scale` pixels per module width, with a
/// quiet zone of `quiet` modules.
pub fn rasterize(symbol: &Symbol, scale: f64, quiet: f64) -> (Vec<u8>, u32, u32) {
    let m = &symbol.matrix;
    let row_pitch = SQRT3 / 2.0;
    let long = 2.0 / SQRT3; // a hexagon's height (point to point)
    let sym_h = 32.0 * row_pitch + long;
    let w = ((30.0 + 2.0 * quiet) * scale).ceil() as usize;
    let h = ((sym_h + 2.0 * quiet) * scale).ceil() as usize;
    let mut px = vec![255u8; w * h];
    let r_long = long / 2.0;
    for y in 0..m.height() {
        let cy = quiet + r_long + y as f64 * row_pitch;
        for x in 0..m.width() {
            if !m.is_dark(x, y) {
                continue;
            }
            let cx = quiet + x as f64 + if y % 2 == 1 { 1.0 } else { 0.5 };
            let (x0, x1) = (
                ((cx - 0.5) * scale) as usize,
                ((cx + 0.5) * scale).ceil() as usize,
            );
            let (y0, y1) = (
                ((cy - r_long) * scale) as usize,
                ((cy + r_long) * scale).ceil() as usize,
            );
            for py in y0..y1.min(h) {
                for pxx in x0..x1.min(w) {
                    let dx = ((pxx as f64 + 0.5) / scale - cx).abs();
                    let dy = ((py as f64 + 0.5) / scale - cy).abs();
                    if dx <= 0.5 && dy <= r_long * (1.0 - dx) {
                        px[py * w + pxx] = 0;
                    }
                }
            }
        }
    }
    // Bullseye: boundaries at diameters d1 = one hexagon tall, … d6 = 9X; dark between d1-d2,
    // d3-d4, d5-d6.
    let (bx, by) = (quiet + 14.5, quiet + sym_h / 2.0);
    let incr = (9.0 - long) / 5.0;
    let radius = |j: usize| (long + incr * j as f64) / 2.0;
    let outer = radius(5);
    let (x0, x1) = (
        ((bx - outer) * scale) as usize,
        ((bx + outer) * scale).ceil() as usize,
    );
    let (y0, y1) = (
        ((by - outer) * scale) as usize,
        ((by + outer) * scale).ceil() as usize,
    );
    for py in y0..y1.min(h) {
        for pxx in x0..x1.min(w) {
            let dx = (pxx as f64 + 0.5) / scale - bx;
            let dy = (py as f64 + 0.5) / scale - by;
            let d = (dx * dx + dy * dy).sqrt();
            if (0..3).any(|k| d >= radius(2 * k) && d <= radius(2 * k + 1)) {
                px[py * w + pxx] = 0;
            }
        }
    }
    (px, w as u32, h as u32)
}

/// What rxing reads: the text and the raw data codewords (primary data then secondary data,
/// after error correction). `try_harder` uses rxing's bullseye detector; otherwise its "pure
/// barcode" sampler, which divides the dark pixels' bounding box into the 30 × 33 grid.
pub fn decode(symbol: &Symbol, try_harder: bool) -> Result<(String, Vec<u8>), String> {
    let (px, w, h) = rasterize(symbol, 8.0, 2.0);
    let mut hints = DecodeHints {
        TryHarder: Some(try_harder),
        ..Default::default()
    };
    rxing::helpers::detect_in_luma_with_hints(px, w, h, Some(BarcodeFormat::MAXICODE), &mut hints)
        .map(|r| (r.getText().to_string(), r.getRawBytes().to_vec()))
        .map_err(|e| e.to_string())
}

/// [`decode`] with the detector, falling back to the pure sampler.
pub fn read(symbol: &Symbol) -> Result<(String, Vec<u8>), String> {
    decode(symbol, true).or_else(|e| decode(symbol, false).map_err(|e2| format!("{e}; {e2}")))
}

/// The 144 codewords rxing reads from the grid, and the message it parses from them (modes 2–6;
/// no error correction: the grid is read exactly).
pub fn read_grid(matrix: &Matrix) -> Result<(String, [u8; 144]), String> {
    let mut bits = BitMatrix::new(30, 33).map_err(|e| e.to_string())?;
    for y in 0..33 {
        for x in 0..30 {
            if matrix.is_dark(x, y) {
                bits.set(x as u32, y as u32);
            }
        }
    }
    let cw = BitMatrixParser::new(&bits).readCodewords();
    let mode = cw[0] & 0x0f;
    let n = if mode == 5 { 78 } else { 94 };
    let mut data = vec![0u8; n];
    data[..10].copy_from_slice(&cw[..10]);
    data[10..].copy_from_slice(&cw[20..n + 10]);
    let parse_mode = if mode == 6 { 4 } else { mode };
    decoded_bit_stream_parser::decode(&data, parse_mode)
        .map(|r| (r.getText().to_string(), cw))
        .map_err(|e| e.to_string())
}

#[test]
fn draws_bullseye_and_modules() {
    let s = codevault_formats::maxicode::encode(
        b"RASTER",
        &codevault_formats::maxicode::MaxiCodeOptions::default(),
    )
    .unwrap();
    let (px, w, h) = rasterize(&s, 8.0, 2.0);
    assert_eq!(px.len(), (w * h) as usize);
    // The bullseye's centre is light, its outer ring dark.
    let (bx, by) = (((2.0 + 14.5) * 8.0) as u32, h / 2);
    assert_eq!(px[(by * w + bx) as usize], 255);
    let ring = ((2.0 + 14.5 + 4.3) * 8.0) as u32;
    assert_eq!(px[(by * w + ring) as usize], 0);
}
