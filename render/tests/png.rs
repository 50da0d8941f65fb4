//! PNG output decoded back with the `png` crate and checked pixel by pixel.
#![cfg(feature = "png")]

mod common;

use codevault_formats::{Matrix, Symbol};
use codevault_render::{Color, MAX_PIXELS, RenderError, Style, render_png};
use common::{Decoded, Rng, decode_png, expected_dark, matrix, random_matrix, symbol};

/// Checks size and every pixel: a pixel is dark exactly when its module is.
fn assert_pixels(s: &Symbol, style: &Style, png: &Decoded, is_dark_sample: impl Fn(u8) -> bool) {
    let q = style.quiet_zone.unwrap_or(s.quiet_zone);
    let px = style.module_size as usize;
    let (w, h) = (
        (s.matrix.width() + 2 * q) * px,
        (s.matrix.height() + 2 * q) * px,
    );
    assert_eq!((png.width as usize, png.height as usize), (w, h));
    for y in 0..h {
        for x in 0..w {
            let dark = is_dark_sample(png.samples[y * w + x]);
            assert_eq!(
                dark,
                expected_dark(s, q, x / px, y / px),
                "pixel ({x}, {y})"
            );
        }
    }
}

#[test]
fn black_on_white_is_1_bit_grayscale_and_exact() {
    let mut rng = Rng::new(11);
    for case in 0..40 {
        let (w, h) = (1 + rng.below(25) as usize, 1 + rng.below(25) as usize);
        let m = random_matrix(&mut rng, w, h, 50);
        let s = symbol(m, rng.below(5) as usize);
        let style = Style {
            module_size: 1 + rng.below(7) as u32,
            quiet_zone: if case % 3 == 0 {
                Some(rng.below(3) as usize)
            } else {
                None
            },
            ..Style::default()
        };
        let png = decode_png(&render_png(&s, &style).unwrap());
        assert_eq!(png.color, png::ColorType::Grayscale);
        assert_eq!(png.depth, png::BitDepth::One);
        assert!(png.palette.is_none() && png.trns.is_none() && png.pixel_dims.is_none());
        // In grayscale 0 is black.
        assert_pixels(&s, &style, &png, |v| v == 0);
    }
}

#[test]
fn inverted_black_and_white_stays_grayscale() {
    let s = symbol(matrix(&["#..", ".#.", "..#"]), 2);
    let style = Style {
        dark: Color::WHITE,
        light: Color::BLACK,
        module_size: 3,
        ..Style::default()
    };
    let png = decode_png(&render_png(&s, &style).unwrap());
    assert_eq!(png.color, png::ColorType::Grayscale);
    assert_pixels(&s, &style, &png, |v| v == 1);
}

#[test]
fn colours_use_a_two_entry_palette() {
    let s = symbol(matrix(&["##.", "#.#", ".##"]), 1);
    let style = Style {
        dark: Color::parse("#1a237e").unwrap(),
        light: Color::parse("#fff8e1").unwrap(),
        module_size: 4,
        ..Style::default()
    };
    let png = decode_png(&render_png(&s, &style).unwrap());
    assert_eq!(png.color, png::ColorType::Indexed);
    assert_eq!(png.depth, png::BitDepth::One);
    assert_eq!(
        png.palette.as_deref(),
        Some(&[0xff, 0xf8, 0xe1, 0x1a, 0x23, 0x7e][..])
    );
    assert!(png.trns.is_none(), "opaque colours need no tRNS");
    assert_pixels(&s, &style, &png, |i| i == 1);
}

#[test]
fn transparent_light_gets_trns() {
    let s = symbol(matrix(&["#.", ".#"]), 4);
    let style = Style {
        light: Color::TRANSPARENT,
        module_size: 2,
        ..Style::default()
    };
    let png = decode_png(&render_png(&s, &style).unwrap());
    assert_eq!(png.color, png::ColorType::Indexed);
    assert_eq!(png.palette.as_deref(), Some(&[0, 0, 0, 0, 0, 0][..]));
    assert_eq!(png.trns.as_deref(), Some(&[0, 255][..]));
    assert_pixels(&s, &style, &png, |i| i == 1);
}

#[test]
fn dpi_is_stored_in_phys() {
    let s = symbol(Matrix::new(21, 21), 4);
    let png = decode_png(
        &render_png(
            &s,
            &Style {
                dpi: Some(300),
                ..Style::default()
            },
        )
        .unwrap(),
    );
    let dims = png.pixel_dims.expect("pHYs chunk");
    assert_eq!(
        (dims.xppu, dims.yppu, dims.unit),
        (11811, 11811, png::Unit::Meter)
    );
    let png = decode_png(
        &render_png(
            &s,
            &Style {
                dpi: Some(72),
                ..Style::default()
            },
        )
        .unwrap(),
    );
    assert_eq!(png.pixel_dims.map(|d| d.xppu), Some(2835));
}

#[test]
fn module_size_zero_is_refused() {
    let s = symbol(Matrix::new(21, 21), 4);
    let err = render_png(
        &s,
        &Style {
            module_size: 0,
            ..Style::default()
        },
    )
    .unwrap_err();
    assert_eq!(
        err,
        RenderError::InvalidSize {
            what: "module size",
            value: 0,
            max: 1000
        }
    );
    assert_eq!(
        err.to_string(),
        "module size 0 is out of range: use a value from 1 to 1000"
    );
}

#[test]
fn over_100_megapixels_is_refused_before_allocating() {
    // 177 + 8 modules × 1000 px = 185000 px square: 34 gigapixels.
    let s = symbol(Matrix::new(177, 177), 4);
    let err = render_png(
        &s,
        &Style {
            module_size: 1000,
            ..Style::default()
        },
    )
    .unwrap_err();
    assert_eq!(
        err,
        RenderError::ImageTooLarge {
            width: 185_000,
            height: 185_000,
            max_pixels: MAX_PIXELS
        }
    );
    // Exactly at the limit is fine: 10000 × 10000 px.
    let s = symbol(Matrix::new(100, 100), 0);
    let style = Style {
        module_size: 100,
        ..Style::default()
    };
    let png = render_png(&s, &style).unwrap();
    assert!(
        png.len() < 100_000,
        "a blank 100 MP 1-bit image compresses well"
    );
}

#[test]
fn empty_symbol_without_quiet_zone_is_an_error_not_a_panic() {
    let s = symbol(Matrix::new(0, 0), 0);
    assert!(matches!(
        render_png(&s, &Style::default()),
        Err(RenderError::InvalidSize { .. })
    ));
}
