//! MaxiCode (`Shape::Hexagonal`) from the real encoder, rendered as hexagons with the bullseye:
//! the PNG (and the SVG through resvg) read back by rxing and by zxing-cpp, the geometry of
//! ISO/IEC 16023 checked on the pixels, and the symbol at 300 dpi about an inch wide.
#![cfg(all(feature = "png", feature = "svg"))]

mod common;

use std::path::PathBuf;
use std::process::Command;

use codevault_formats::Symbol;
use codevault_formats::maxicode::{self, MaxiCodeOptions};
use codevault_render::{Color, MAXICODE_X_DIM_MM, Style, render_png, render_svg};
use common::shapes::{luma, resvg_luma};
use rxing::{BarcodeFormat, DecodeHints};

const SQRT3: f64 = 1.732_050_807_568_877_2;

/// Writes `bytes` to `$CODEVAULT_RENDER_DUMP/name` when that variable is set (to look at).
fn dump(name: &str, bytes: &[u8]) {
    if let Some(dir) = std::env::var_os("CODEVAULT_RENDER_DUMP") {
        let _ = std::fs::create_dir_all(&dir);
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).unwrap();
    }
}

fn latin1(data: &[u8]) -> String {
    data.iter().map(|&b| char::from(b)).collect()
}

/// A symbol to render, its mode and what rxing prints for it (`None`: rxing refuses mode 6).
struct Case {
    symbol: Symbol,
    mode: u8,
    data: Vec<u8>,
    rxing: Option<String>,
}

fn options(mode: u8, primary: Option<&str>) -> MaxiCodeOptions {
    let mut o = MaxiCodeOptions::default();
    o.mode = Some(mode);
    o.primary = primary.map(str::to_string);
    o
}

/// 26 symbols of modes 2–6 from the encoder.
fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    let mut add = |data: &[u8], o: MaxiCodeOptions, rxing: Option<String>| {
        let symbol = maxicode::encode(data, &o).unwrap_or_else(|e| panic!("{data:?}: {e}"));
        out.push(Case {
            symbol,
            mode: o.mode.unwrap(),
            data: data.to_vec(),
            rxing,
        });
    };
    let texts: [&[u8]; 8] = [
        b"A MaxiCode Message in Mode 4",
        b"Hello World, This Is MaxiCode!",
        b"ORDER 1234567890123 QTY 42",
        b"123456789012345678901234567890",
        b"Caf\xe9 cr\xe8me br\xfbl\xe9e",
        b"abcDEfgh abcDEFgh abcDEFGhij",
        b"x",
        b"THIS IS A 93 CHARACTER CODE SET A MESSAGE THAT FILLS A MODE 4, UNAPPENDED, MAXICODE SYMBOL...",
    ];
    for t in texts {
        add(t, options(4, None), Some(latin1(t)));
        if t.len() <= 77 {
            add(t, options(5, None), Some(latin1(t)));
        }
    }
    for t in [&b"READER PROGRAMMING"[..], b"MODE 6 0123456789"] {
        add(t, options(6, None), None);
    }
    let carriers: [(&[u8], &str, &str); 5] = [
        (
            b"SECONDARY",
            "152382802840001",
            "152382802\x1d840\x1d001\x1d",
        ),
        (b"x", "12345840001", "12345\x1d840\x1d001\x1d"),
        (
            b"SHIP TO 634 ALPHA DR",
            "152382802840001",
            "152382802\x1d840\x1d001\x1d",
        ),
        (b"CEN", "B1050056999", "B1050 \x1d056\x1d999\x1d"),
        (b"PARCEL 2 OF 3", "W1A1AA826002", "W1A1AA\x1d826\x1d002\x1d"),
    ];
    for (data, primary, prefix) in carriers {
        let mode = if primary.as_bytes()[0].is_ascii_digit() {
            2
        } else {
            3
        };
        add(
            data,
            options(mode, Some(primary)),
            Some(format!("{prefix}{}", latin1(data))),
        );
    }
    out
}

fn style(module_size: u32) -> Style {
    Style {
        module_size,
        ..Style::default()
    }
}

/// What rxing reads from luma pixels: its bullseye detector first, then its pure-image sampler.
fn rxing_read(luma: &[u8], w: u32, h: u32) -> Result<String, String> {
    let read = |try_harder: bool| {
        let mut hints = DecodeHints {
            TryHarder: Some(try_harder),
            ..Default::default()
        };
        rxing::helpers::detect_in_luma_with_hints(
            luma.to_vec(),
            w,
            h,
            Some(BarcodeFormat::MAXICODE),
            &mut hints,
        )
        .map(|r| r.getText().to_string())
        .map_err(|e| e.to_string())
    };
    read(true).or_else(|e| read(false).map_err(|e2| format!("{e}; {e2}")))
}

#[test]
fn png_scans_with_rxing() {
    let cases = cases();
    assert!(cases.len() >= 20);
    let mut read = 0;
    for (i, c) in cases.iter().enumerate() {
        let Some(expect) = &c.rxing else { continue };
        let png = render_png(&c.symbol, &style(8)).unwrap();
        dump(&format!("maxicode-{i:02}-mode{}.png", c.mode), &png);
        let (px, w, h) = luma(&png);
        let text = rxing_read(&px, w, h).unwrap_or_else(|e| panic!("case {i} {:?}: {e}", c.data));
        assert_eq!(&text, expect, "case {i}");
        read += 1;
    }
    assert!(read >= 20, "{read}");
}

#[test]
fn png_at_300_dpi_and_odd_scales_scans_with_rxing() {
    let cases = cases();
    for (i, c) in cases.iter().enumerate().step_by(3) {
        let Some(expect) = &c.rxing else { continue };
        for style in [
            Style {
                dpi: Some(300),
                ..Style::default()
            },
            style(5),
            Style {
                dpi: Some(203),
                x_dim_mm: Some(1.0),
                dark: Color::parse("#1a237e").unwrap(),
                light: Color::parse("#fff8e1").unwrap(),
                ..Style::default()
            },
        ] {
            let (px, w, h) = luma(&render_png(&c.symbol, &style).unwrap());
            assert_eq!(
                rxing_read(&px, w, h).as_ref(),
                Ok(expect),
                "case {i} {style:?}"
            );
        }
    }
}

#[test]
fn svg_rasterised_by_resvg_scans_with_rxing() {
    for (i, c) in cases().iter().enumerate().step_by(2) {
        let Some(expect) = &c.rxing else { continue };
        let svg = render_svg(&c.symbol, &Style::default()).unwrap();
        dump(&format!("maxicode-{i:02}.svg"), svg.as_bytes());
        assert_eq!(
            svg.matches("<path").count(),
            1,
            "one path for all that is dark"
        );
        for scale in [7.0, 9.7] {
            let (px, w, h) = resvg_luma(&svg, scale);
            assert_eq!(
                rxing_read(&px, w, h).as_ref(),
                Ok(expect),
                "case {i} at {scale}"
            );
        }
    }
}

/// The image pixel at module coordinates (`x`, `y`) (quiet zone included) is dark.
fn dark_at(px: &[u8], w: u32, s: f64, x: f64, y: f64) -> bool {
    px[(y * s) as usize * w as usize + (x * s) as usize] < 128
}

/// Every hexagon is where ISO/IEC 16023 puts it (odd rows half a module right, rows √3/2
/// apart), dark exactly for dark modules; the bullseye's rings alternate around a light centre.
fn check_geometry(px: &[u8], w: u32, h: u32, s: f64, q: f64, symbol: &Symbol) {
    let m = &symbol.matrix;
    let (bx, by) = (q + 14.5, q + (32.0 * SQRT3 / 2.0 + 2.0 / SQRT3) / 2.0);
    let v = 2.0 / SQRT3;
    for y in 0..33 {
        for x in 0..30 - (y & 1) {
            let cx = q + x as f64 + if y % 2 == 1 { 1.0 } else { 0.5 };
            let cy = q + v / 2.0 + y as f64 * SQRT3 / 2.0;
            if (cx - bx).hypot(cy - by) < 5.0 {
                assert!(!m.is_dark(x, y), "encoder leaves the bullseye light");
                continue;
            }
            assert_eq!(
                dark_at(px, w, s, cx, cy),
                m.is_dark(x, y),
                "module ({x}, {y})"
            );
        }
    }
    // Ring boundaries at diameters V + k (9 − V)/5; sample halfway between them, on four sides.
    let step = (9.0 - v) / 5.0;
    let radius = |k: f64| (v + step * k) / 2.0;
    assert!(!dark_at(px, w, s, bx, by), "light centre");
    for k in 0..5 {
        let r = (radius(k as f64) + radius(k as f64 + 1.0)) / 2.0;
        for (dx, dy) in [(1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (0.6, 0.8)] {
            assert_eq!(
                dark_at(px, w, s, bx + r * dx, by + r * dy),
                k % 2 == 0,
                "ring {k}"
            );
        }
    }
    // Just outside the outer ring: light (no module there is dark).
    assert!(!dark_at(px, w, s, bx + 4.6, by));
    let _ = h;
}

#[test]
fn hexagons_and_bullseye_follow_the_standard() {
    for c in cases().iter().step_by(4) {
        for (module, quiet) in [(10u32, 1usize), (7, 3)] {
            let style = Style {
                module_size: module,
                quiet_zone: Some(quiet),
                ..Style::default()
            };
            let png = render_png(&c.symbol, &style).unwrap();
            let (px, w, h) = luma(&png);
            let s = f64::from(module);
            let q = quiet as f64;
            assert_eq!(w, ((30.0 + 2.0 * q) * s).ceil() as u32);
            let hm = 32.0 * SQRT3 / 2.0 + 2.0 / SQRT3 + 2.0 * q;
            assert_eq!(h, (hm * s).ceil() as u32);
            check_geometry(&px, w, h, s, q, &c.symbol);

            // The SVG rasterised by resvg has the same hexagons and rings.
            let svg = render_svg(&c.symbol, &style).unwrap();
            let (rpx, rw, rh) = resvg_luma(&svg, module as f32);
            check_geometry(&rpx, rw, rh, s, q, &c.symbol);
            // And agrees with the PNG almost everywhere (they differ only in edge pixels).
            let n = px.len().min(rpx.len());
            let differ = (0..n)
                .filter(|&i| (i32::from(px[i]) - i32::from(rpx[i])).abs() > 100)
                .count();
            assert!(differ * 200 < n, "{differ} of {n} pixels differ");
        }
    }
}

#[test]
fn one_inch_at_300_dpi() {
    let c = &cases()[0];
    let png = render_png(
        &c.symbol,
        &Style {
            dpi: Some(300),
            ..Style::default()
        },
    )
    .unwrap();
    let (px, w, h) = luma(&png);
    // 0.88 mm at 300 dpi: 10.39 pixels per X, not rounded.
    let s = MAXICODE_X_DIM_MM * 300.0 / 25.4;
    assert_eq!(w, (32.0 * s).ceil() as u32);
    // The dark pixels span the symbol: 30X = 26.4 mm = 1.04 in = 312 pixels.
    let cols: Vec<u32> = (0..w)
        .filter(|&x| (0..h).any(|y| px[(y * w + x) as usize] < 128))
        .collect();
    let span = cols.last().unwrap() - cols[0] + 1;
    assert!((308..=314).contains(&span), "{span} pixels");
    let inches = f64::from(span) / 300.0;
    assert!((inches - 1.04).abs() < 0.02, "{inches} in");
    // The bullseye's outer diameter is 9X = 7.92 mm = 93.5 pixels.
    let by = (((32.0 * SQRT3 / 2.0 + 2.0 / SQRT3) / 2.0 + 1.0) * s) as u32;
    let bx = ((1.0 + 14.5) * s) as u32;
    let row = &px[(by * w) as usize..((by + 1) * w) as usize];
    let left = (0..bx).rev().take_while(|&x| {
        let d = bx - x;
        d < 40 || row[x as usize] < 128
    });
    let outer_left = left.last().unwrap();
    let right = (bx..w).take_while(|&x| x - bx < 40 || row[x as usize] < 128);
    let outer_right = right.last().unwrap();
    let diameter = outer_right - outer_left + 1;
    assert!((91..=96).contains(&diameter), "bullseye {diameter} px");
    // pHYs says 300 dpi.
    let info = png::Decoder::new(std::io::Cursor::new(&png))
        .read_info()
        .unwrap();
    assert_eq!(info.info().pixel_dims.unwrap().xppu, 11811);

    // The SVG is in millimetres: 32X wide with the 1X quiet zone.
    let svg = render_svg(&c.symbol, &Style::default()).unwrap();
    assert!(svg.contains("width=\"28.16mm\""), "{}", &svg[..200]);
    let x_svg = render_svg(
        &c.symbol,
        &Style {
            x_dim_mm: Some(1.0),
            quiet_zone: Some(0),
            ..Style::default()
        },
    )
    .unwrap();
    assert!(x_svg.contains("width=\"30mm\""), "{}", &x_svg[..200]);
}

#[test]
fn colours_and_transparency() {
    let c = &cases()[1];
    let style = Style {
        dark: Color::parse("#1a237e").unwrap(),
        light: Color::TRANSPARENT,
        module_size: 6,
        ..Style::default()
    };
    let png = render_png(&c.symbol, &style).unwrap();
    let info = png::Decoder::new(std::io::Cursor::new(&png))
        .read_info()
        .unwrap();
    assert_eq!(info.info().color_type, png::ColorType::Indexed);
    assert!(info.info().trns.is_some());
    let svg = render_svg(&c.symbol, &style).unwrap();
    assert!(!svg.contains("<rect"));
    assert!(svg.contains("fill=\"#1a237e\""));
}

fn python() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CODEVAULT_PYTHON") {
        return Some(PathBuf::from(p));
    }
    let p = PathBuf::from(std::env::var_os("HOME")?).join(".cache/codevault/venv/bin/python");
    p.exists().then_some(p)
}

/// Reads every `*.png` of a directory with zxing-cpp as MaxiCode; prints `name<TAB>hex text`
/// (empty when nothing was read). Exit code 2 without zxing-cpp.
const ZXING_SNIPPET: &str = r#"
import sys, os
try:
    import zxingcpp
    from PIL import Image
except ImportError as e:
    print("missing:", e)
    sys.exit(2)
d = sys.argv[1]
for name in sorted(os.listdir(d)):
    if not name.endswith(".png"):
        continue
    img = Image.open(os.path.join(d, name)).convert("L")
    found = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.MaxiCode)
    if not found:
        found = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.MaxiCode, is_pure=True)
    text = found[0].bytes.hex() if found else ""
    print(name + "\t" + text)
"#;

#[test]
fn png_scans_with_zxing_cpp() {
    let dir =
        std::env::temp_dir().join(format!("codevault-render-maxicode-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases = cases();
    for (i, c) in cases.iter().enumerate() {
        let st = if i % 2 == 0 {
            style(8)
        } else {
            Style {
                dpi: Some(300),
                ..Style::default()
            }
        };
        std::fs::write(
            dir.join(format!("{i:02}.png")),
            render_png(&c.symbol, &st).unwrap(),
        )
        .unwrap();
    }
    let Some(python) = python() else {
        println!("skipped: no Python with zxing-cpp (set CODEVAULT_PYTHON)");
        let _ = std::fs::remove_dir_all(&dir);
        return;
    };
    let out = Command::new(python)
        .arg("-c")
        .arg(ZXING_SNIPPET)
        .arg(&dir)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    if out.status.code() == Some(2) {
        println!("skipped: zxing-cpp not installed ({stdout})");
        return;
    }
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut read = 0;
    let mut modes = std::collections::BTreeSet::new();
    for line in stdout.lines() {
        let (name, hex) = line.split_once('\t').unwrap_or((line, ""));
        let i: usize = name.trim_end_matches(".png").parse().unwrap();
        let c = &cases[i];
        let bytes: Vec<u8> = (0..hex.len() / 2)
            .map(|k| u8::from_str_radix(&hex[2 * k..2 * k + 2], 16).unwrap())
            .collect();
        // zxing-cpp's bytes hold the secondary message (after the primary one in modes 2
        // and 3); the data must be in there, in full.
        let found = bytes.windows(c.data.len()).any(|w| w == c.data.as_slice());
        println!("{name} mode {}: {}", c.mode, if found { "ok" } else { hex });
        if found {
            read += 1;
            modes.insert(c.mode);
        }
    }
    println!("zxing-cpp read {read} of {}", cases.len());
    assert_eq!(read, cases.len(), "zxing-cpp read every symbol");
    assert_eq!(modes.into_iter().collect::<Vec<_>>(), vec![2, 3, 4, 5, 6]);
}

#[test]
fn odd_hexagonal_and_dot_symbols_never_panic() {
    use codevault_formats::Shape;
    let mut rng = common::Rng::new(7);
    for (w, h) in [(0, 0), (1, 1), (3, 2), (30, 33), (45, 50)] {
        for shape in [Shape::Hexagonal, Shape::Dots] {
            let mut s = common::symbol(common::random_matrix(&mut rng, w, h, 50), 1);
            s.shape = shape.clone();
            for quiet in [Some(0), None, Some(40)] {
                let st = Style {
                    quiet_zone: quiet,
                    module_size: 3,
                    dot_size: Some(1.0),
                    ..Style::default()
                };
                let png = render_png(&s, &st);
                let empty = w == 0 && quiet == Some(0);
                assert_eq!(png.is_err(), empty, "{w}x{h} {shape:?} {quiet:?}");
                let svg = render_svg(&s, &st).unwrap();
                if !empty {
                    usvg_parses(&svg);
                }
            }
        }
    }
    // A huge quiet zone is refused before anything is allocated.
    let s = &cases()[0].symbol;
    let err = render_png(
        s,
        &Style {
            quiet_zone: Some(1000),
            module_size: 1000,
            ..Style::default()
        },
    );
    assert!(matches!(
        err,
        Err(codevault_render::RenderError::ImageTooLarge { .. })
    ));
}

fn usvg_parses(svg: &str) {
    resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default()).expect("valid SVG");
}
