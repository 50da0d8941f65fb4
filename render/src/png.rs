//! PNG output through the `png` crate: 1-bit grayscale or a 2-entry palette, `pHYs` for DPI.

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
        // 1-bit rows gain nothing from filtering (the PNG specification recommends none below
        // 8 bits). fdeflate's fast mode compresses module-aligned rows well and quickly; very
        // large images (print sizes) take the slower, tighter compression.
        encoder.set_compression(if width * height <= 4_000_000 {
            png::Compression::Fast
        } else {
            png::Compression::Balanced
        });
        encoder.set_filter(png::Filter::NoFilter);
        let mut writer = encoder.write_header().map_err(png_error)?;
        let image = packed_image(
            symbol,
            style.module_size as usize,
            quiet,
            width as usize,
            height as usize,
            dark_bit,
            light_bit,
        );
        writer.write_image_data(&image).map_err(png_error)?;
        writer.finish().map_err(png_error)?;
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

/// The whole image as 1-bit rows (MSB first, each row padded to a byte): every module row is
/// packed once and copied `module` times; quiet-zone rows are copies of one light row.
fn packed_image(
    symbol: &Symbol,
    module: usize,
    quiet: usize,
    width: usize,
    height: usize,
    dark_bit: u8,
    light_bit: u8,
) -> Vec<u8> {
    let stride = width.div_ceil(8);
    let fill = if light_bit == 1 { 0xff } else { 0x00 };
    let mut image = vec![fill; stride * height];
    let matrix = &symbol.matrix;
    let top = quiet * module;
    for y in 0..matrix.height() {
        let first = top + y * module;
        let row = &mut image[first * stride..(first + 1) * stride];
        for x in 0..matrix.width() {
            if dark_bit != light_bit && matrix.is_dark(x, y) {
                let start = (quiet + x) * module;
                for px in start..start + module {
                    row[px / 8] ^= 0x80 >> (px % 8);
                }
            }
        }
        for copy in 1..module {
            image.copy_within(
                first * stride..(first + 1) * stride,
                (first + copy) * stride,
            );
        }
    }
    image
}

fn png_error(e: png::EncodingError) -> RenderError {
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
