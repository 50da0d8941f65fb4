//! PNG output through the `png` crate: 1-bit grayscale or a 2-entry palette, `pHYs` for DPI.

use std::io::Write as _;

use codevault_formats::Symbol;

use crate::{
    Color, RenderError, Style,
    style::{MAX_PIXELS, total_modules},
};

/// Renders `symbol` as a PNG image, `module_size` pixels per module, quiet zone included.
///
/// When both colours are opaque black or white the image is 1-bit grayscale; otherwise it is a
/// 1-bit image with a 2-entry palette (index 0 light, index 1 dark) plus a `tRNS` chunk when
/// either colour is not opaque, so a light colour with alpha 0 gives a transparent background.
/// With [`Style::dpi`] set the `pHYs` chunk records it in pixels per metre (300 dpi → 11811).
///
/// # Errors
///
/// [`RenderError::InvalidSize`] when the style's sizes are out of range,
/// [`RenderError::ImageTooLarge`] above 100 megapixels, [`RenderError::Png`] if the encoder
/// fails.
pub fn render_png(symbol: &Symbol, style: &Style) -> Result<Vec<u8>, RenderError> {
    style.validate()?;
    let quiet = style.quiet_zone_for(symbol);
    let (wm, hm) = total_modules(symbol, quiet);
    let scale = u64::from(style.module_size);
    let (width, height) = (wm * scale, hm * scale);
    if width.saturating_mul(height) > MAX_PIXELS {
        return Err(RenderError::ImageTooLarge {
            width,
            height,
            max_pixels: MAX_PIXELS,
        });
    }
    if width == 0 || height == 0 {
        // Only an empty matrix without quiet zone gets here; PNG cannot hold zero pixels.
        return Err(RenderError::InvalidSize {
            what: "image size",
            value: 0,
            max: MAX_PIXELS,
        });
    }
    // Both fit in u32: each is at most MAX_PIXELS.
    let (width32, height32) = (width as u32, height as u32);

    let gray = is_black_or_white(style.dark) && is_black_or_white(style.light);
    // The bit written for a dark and for a light module.
    let (dark_bit, light_bit) = if gray {
        (
            u8::from(style.dark == Color::WHITE),
            u8::from(style.light == Color::WHITE),
        )
    } else {
        (1, 0)
    };

    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, width32, height32);
        encoder.set_depth(png::BitDepth::One);
        if gray {
            encoder.set_color(png::ColorType::Grayscale);
        } else {
            encoder.set_color(png::ColorType::Indexed);
            let (l, d) = (style.light, style.dark);
            encoder.set_palette(vec![l.r, l.g, l.b, d.r, d.g, d.b]);
            if !l.is_opaque() || !d.is_opaque() {
                encoder.set_trns(vec![l.a, d.a]);
            }
        }
        if let Some(dpi) = style.dpi {
            let ppm = pixels_per_metre(dpi);
            encoder.set_pixel_dims(Some(png::PixelDimensions {
                xppu: ppm,
                yppu: ppm,
                unit: png::Unit::Meter,
            }));
        }
        let mut writer = encoder.write_header().map_err(png_error)?;
        let mut stream = writer.stream_writer().map_err(png_error)?;

        let stride = width.div_ceil(8) as usize;
        let mut row = vec![0u8; stride];
        let light_row = packed_row(&mut row, width as usize, |_| light_bit).to_vec();
        let blank = |stream: &mut png::StreamWriter<'_, &mut Vec<u8>>, rows: u64| {
            (0..rows).try_for_each(|_| stream.write_all(&light_row))
        };
        let matrix = &symbol.matrix;
        let module = style.module_size as usize;
        blank(&mut stream, quiet as u64 * scale).map_err(io_error)?;
        for y in 0..matrix.height() {
            packed_row(&mut row, width as usize, |px| {
                let mx = (px / module).wrapping_sub(quiet);
                if matrix.is_dark(mx, y) {
                    dark_bit
                } else {
                    light_bit
                }
            });
            (0..scale)
                .try_for_each(|_| stream.write_all(&row))
                .map_err(io_error)?;
        }
        blank(&mut stream, quiet as u64 * scale).map_err(io_error)?;
        stream.finish().map_err(png_error)?;
    }
    Ok(out)
}

/// Rounds DPI to pixels per metre, as `pHYs` stores it.
pub(crate) fn pixels_per_metre(dpi: u32) -> u32 {
    // 1 inch = 0.0254 m; dpi ≤ MAX_DPI keeps this well inside u32.
    ((u64::from(dpi) * 10_000 + 127) / 254) as u32
}

fn is_black_or_white(c: Color) -> bool {
    c == Color::BLACK || c == Color::WHITE
}

/// Packs `width` pixels MSB-first into `row`, the bit of pixel `px` given by `bit(px)`.
fn packed_row(row: &mut [u8], width: usize, bit: impl Fn(usize) -> u8) -> &[u8] {
    row.fill(0);
    for px in 0..width {
        row[px / 8] |= (bit(px) & 1) << (7 - px % 8);
    }
    row
}

fn png_error(e: png::EncodingError) -> RenderError {
    RenderError::Png {
        message: e.to_string(),
    }
}

fn io_error(e: std::io::Error) -> RenderError {
    RenderError::Png {
        message: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn dpi_to_ppm() {
        assert_eq!(super::pixels_per_metre(300), 11811);
        assert_eq!(super::pixels_per_metre(72), 2835);
        assert_eq!(super::pixels_per_metre(96), 3780);
    }
}
