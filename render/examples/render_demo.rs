//! Encodes a text as QR and writes it as SVG, PNG and terminal text.
//!
//! `cargo run -p codevault-render --example render_demo -- "https://example.com" out/`

use std::{error::Error, fs, path::PathBuf};

use codevault_formats::qr::{QrOptions, encode_qr};
use codevault_render::{Color, Style, TextStyle, render_png, render_svg, render_text};

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let data = args
        .next()
        .unwrap_or_else(|| "https://example.com".to_owned());
    let dir = PathBuf::from(args.next().unwrap_or_else(|| ".".to_owned()));
    fs::create_dir_all(&dir)?;

    let symbol = encode_qr(data.as_bytes(), &QrOptions::default())?;
    let plain = Style {
        dpi: Some(300),
        ..Style::default()
    };
    let branded = Style {
        dark: Color::parse("#1a237e")?,
        light: Color::TRANSPARENT,
        module_size: 6,
        ..Style::default()
    };
    fs::write(dir.join("qr.svg"), render_svg(&symbol, &plain)?)?;
    fs::write(dir.join("qr.png"), render_png(&symbol, &plain)?)?;
    fs::write(dir.join("qr-branded.svg"), render_svg(&symbol, &branded)?)?;
    fs::write(dir.join("qr-branded.png"), render_png(&symbol, &branded)?)?;
    print!("{}", render_text(&symbol, &plain, TextStyle::HalfBlocks));
    eprintln!(
        "version {} written to {}",
        symbol.meta.version,
        dir.display()
    );
    Ok(())
}
