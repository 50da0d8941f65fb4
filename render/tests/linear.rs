//! Linear symbols (built by hand from published widths) rendered to PNG and SVG: they scan,
//! text and guard bars are where the layout says, bearers are drawn, styles apply.
#![cfg(all(feature = "png", feature = "svg"))]

mod common;

use codevault_formats::{Bearer, Linear, Matrix, Shape, Symbol, Symbology};
use codevault_render::{RenderError, Style, render_png, render_svg};
use common::shapes::*;
use rxing::BarcodeFormat;

/// Writes `bytes` to `$CODEVAULT_RENDER_DUMP/name` when that variable is set (to look at).
fn dump(name: &str, bytes: &[u8]) {
    if let Some(dir) = std::env::var_os("CODEVAULT_RENDER_DUMP") {
        let _ = std::fs::create_dir_all(&dir);
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).unwrap();
    }
}

fn style(module_size: u32) -> Style {
    Style {
        module_size,
        ..Style::default()
    }
}

/// Code 128 "CodeVault-128" from rxing's writer (an independent encoder), as our encoders will
/// lay it out: 10X quiet zones, the text centred under the bars.
fn code128(text: &str) -> Symbol {
    use rxing::oned::{Code128Writer, OneDimensionalCodeWriter};
    let m = row(&Code128Writer.encode_oned(text).unwrap());
    let w = m.width() as u32;
    let linear = Linear {
        text: vec![run(text, 0, w)],
        quiet_left: 10,
        quiet_right: 10,
        ..Linear::default()
    };
    linear_symbol(m, linear, Symbology::Code128)
}

/// ITF-14 from rxing's ITF writer, with the GS1 frame bearer.
fn itf14(digits: &str) -> Symbol {
    use rxing::oned::{ITFWriter, OneDimensionalCodeWriter};
    let m = row(&ITFWriter.encode_oned(digits).unwrap());
    let w = m.width() as u32;
    let linear = Linear {
        text: vec![run(digits, 0, w)],
        quiet_left: 10,
        quiet_right: 10,
        bearer: Bearer::Frame,
        ..Linear::default()
    };
    linear_symbol(m, linear, Symbology::Itf14)
}

#[cfg(feature = "font")] // checks the drawn text
#[test]
fn ean13_png_scans_and_has_text_and_long_guards() {
    let s = ean13("5901234123457");
    let png = render_png(&s, &style(3)).unwrap();
    dump("ean13.png", &png);
    // Anti-aliased text makes it 8-bit grayscale.
    assert_eq!(
        png_format(&png),
        (png::BitDepth::Eight, png::ColorType::Grayscale)
    );
    let (luma, w, h) = luma(&png);
    assert_eq!(
        scan(luma.clone(), w, h, BarcodeFormat::EAN_13),
        "5901234123457"
    );
    // Layout in pixels (3 px per module): canvas starts at the left quiet zone (11X; the
    // leading digit fits in it), 2X margin on top, bars 69.24X tall.
    let x = |module: u32| (11 + module) * 3 + 1;
    let top = 2 * 3;
    let bar_bottom = ((2.0 + 22.85 / 0.33) * 3.0f64).round() as u32;
    let guard_bottom = ((2.0 + 22.85 / 0.33 + 5.0) * 3.0f64).round() as u32;
    // Start guard bar (module 0) and a data bar: same top, guard 5X longer.
    assert_eq!(
        column_extent(&luma, w, h, x(0), 0),
        Some((top, guard_bottom))
    );
    let data_bar = (3..45).find(|&m| s.matrix.is_dark(m, 0)).unwrap() as u32;
    assert_eq!(
        column_extent(&luma, w, h, x(data_bar), 0),
        Some((top, bar_bottom))
    );
    assert_eq!(
        column_extent(&luma, w, h, x(46), 0),
        Some((top, guard_bottom))
    );
    // Text: dark pixels below the data bars (digits 1–6), in the left quiet zone (leading 9)
    // and nothing right of the end guard (no quiet zone marker by default).
    let dark_in = |x0: u32, x1: u32, y0: u32, y1: u32| {
        (y0..y1.min(h))
            .flat_map(|y| (x0..x1).map(move |x| (x, y)))
            .filter(|&(x, y)| luma[(y * w + x) as usize] < 128)
            .count()
    };
    let text_rows = (bar_bottom + 3, h);
    assert!(dark_in(x(3), x(45), text_rows.0, text_rows.1) > 100);
    assert!(dark_in(x(50), x(92), text_rows.0, text_rows.1) > 100);
    assert!(
        dark_in(0, x(0) - 1, text_rows.0, text_rows.1) > 20,
        "leading digit"
    );
    assert_eq!(dark_in(x(95), w, 0, h), 0, "no '>' marker by default");
    // Anti-aliased edges exist (grey levels) only in the text area.
    let grey = |y0: u32, y1: u32| {
        luma[(y0 * w) as usize..(y1 * w) as usize]
            .iter()
            .filter(|&&v| v != 0 && v != 255)
            .count()
    };
    assert_eq!(grey(0, bar_bottom), 0);
    assert!(grey(bar_bottom, h) > 0);
}

#[cfg(feature = "font")] // checks the drawn text
#[test]
fn quiet_zone_marker_only_when_asked() {
    let s = ean13("5901234123457");
    let with = Style {
        quiet_zone_markers: true,
        ..style(3)
    };
    let (luma, w, h) = luma(&render_png(&s, &with).unwrap());
    let x0 = (11 + 95 + 1) * 3;
    let dark = (0..h)
        .flat_map(|y| (x0..w).map(move |x| (x, y)))
        .filter(|&(x, y)| luma[(y * w + x) as usize] < 128)
        .count();
    assert!(dark > 10, "'>' drawn in the right quiet zone");
    assert_eq!(scan(luma, w, h, BarcodeFormat::EAN_13), "5901234123457");
}

#[test]
fn text_off_gives_1_bit_bars_only() {
    let s = ean13("5901234123457");
    let no_text = Style {
        text: false,
        ..style(2)
    };
    let png = render_png(&s, &no_text).unwrap();
    assert_eq!(
        png_format(&png),
        (png::BitDepth::One, png::ColorType::Grayscale)
    );
    let (luma, w, h) = luma(&png);
    // Height: margin 2 + bars + guard descent 5 + margin 2.
    assert_eq!(
        h,
        ((2.0 + 22.85 / 0.33 + 5.0 + 2.0) * 2.0f64).round() as u32
    );
    assert_eq!(scan(luma, w, h, BarcodeFormat::EAN_13), "5901234123457");
    let svg = render_svg(&s, &no_text).unwrap();
    assert_eq!(svg.matches("<path").count(), 1, "bars only");
}

#[cfg(feature = "font")] // checks the drawn text
#[test]
fn addon_bars_start_lower_with_text_above() {
    let s = ean13_with_addon2("5901234123457", "12");
    let png = render_png(&s, &style(3)).unwrap();
    dump("ean13-addon.png", &png);
    let (luma, w, h) = luma(&png);
    assert_eq!(
        scan(luma.clone(), w, h, BarcodeFormat::EAN_13),
        "5901234123457"
    );
    let x = |module: u32| (11 + module) * 3 + 1;
    let main = column_extent(&luma, w, h, x(0), 0).unwrap();
    // First add-on bar (module 104): starts 8X (digits) + 1X (gap) lower, ends with the guards.
    let addon = column_extent(&luma, w, h, x(104), main.0 + 12).unwrap();
    assert_eq!(addon.0, main.0 + 9 * 3);
    assert_eq!(addon.1, main.1);
    // Add-on digits above the add-on bars.
    let dark_above = (main.0..addon.0 - 2)
        .flat_map(|y| (x(104)..x(104 + 20)).map(move |x| (x, y)))
        .filter(|&(x, y)| luma[(y * w + x) as usize] < 128)
        .count();
    assert!(dark_above > 30, "add-on digits drawn above its bars");
}

#[cfg(feature = "font")] // checks the drawn text
#[test]
fn code128_png_and_svg_scan() {
    let s = code128("CodeVault-128");
    let png = render_png(&s, &style(2)).unwrap();
    dump("code128.png", &png);
    let (luma, w, h) = luma(&png);
    assert_eq!(scan(luma, w, h, BarcodeFormat::CODE_128), "CodeVault-128");

    let svg = render_svg(&s, &style(2)).unwrap();
    dump("code128.svg", svg.as_bytes());
    // Bars and glyph outlines: two paths, no <text>, no font needed.
    assert_eq!(svg.matches("<path").count(), 2);
    assert!(!svg.contains("<text"));
    for scale in [2.0, 3.3] {
        let (luma, w, h) = resvg_luma(&svg, scale);
        assert_eq!(scan(luma, w, h, BarcodeFormat::CODE_128), "CodeVault-128");
    }
}

#[cfg(feature = "font")] // checks the drawn text
#[test]
fn ean13_svg_rasterised_by_resvg_scans_with_text() {
    let s = ean13("5901234123457");
    let svg = render_svg(&s, &Style::default()).unwrap();
    dump("ean13.svg", svg.as_bytes());
    let (luma, w, h) = resvg_luma(&svg, 3.0);
    if std::env::var_os("CODEVAULT_RENDER_DUMP").is_some() {
        let img = image::GrayImage::from_raw(w, h, luma.clone()).unwrap();
        let mut png = Vec::new();
        img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        dump("ean13-svg-resvg.png", &png);
    }
    // Text outlines are drawn below the bars.
    let bar_bottom = ((2.0 + 22.85 / 0.33) * 3.0f64) as u32;
    let text_dark = luma[((bar_bottom + 6) * w) as usize..]
        .iter()
        .filter(|&&v| v < 128)
        .count();
    assert!(text_dark > 200, "{text_dark}");
    assert_eq!(scan(luma, w, h, BarcodeFormat::EAN_13), "5901234123457");
}

#[cfg(feature = "font")] // checks the drawn text
#[test]
fn itf14_frame_bearer_is_drawn_and_scans() {
    let s = itf14("15400141288763");
    let png = render_png(&s, &style(2)).unwrap();
    dump("itf14.png", &png);
    let (luma, w, h) = luma(&png);
    assert_eq!(
        scan(luma.clone(), w, h, BarcodeFormat::ITF),
        "15400141288763"
    );
    // Frame: 5X thick on all four sides, 2X margin above (the frame is the left and right
    // edge of the image).
    let m = 2 * 2;
    let t = 5 * 2;
    let dark = |x: u32, y: u32| luma[(y * w + x) as usize] < 128;
    assert!((m..m + t).all(|y| dark(w / 2, y)), "top bearer");
    assert!(!dark(w / 2, m - 1) && !dark(w / 2, m + t));
    assert!((0..t).all(|x| dark(x, h / 3)), "left side");
    assert!((w - t..w).all(|x| dark(x, h / 3)), "right side");
    assert!(
        !dark(t, h / 3) && !dark(w - t - 1, h / 3),
        "quiet zone inside the frame"
    );
    // Text lies below the bottom bearer, inside the image.
    let bottom_bearer_end = column_extent(&luma, w, h, 1, 0).unwrap().1;
    let text = (bottom_bearer_end..h)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .filter(|&(x, y)| dark(x, y))
        .count();
    assert!(text > 100);
    // SVG too.
    let svg = render_svg(&s, &style(2)).unwrap();
    let (luma, w, h) = resvg_luma(&svg, 2.0);
    assert_eq!(scan(luma, w, h, BarcodeFormat::ITF), "15400141288763");
}

#[test]
fn horizontal_bearer_has_no_sides() {
    let mut s = itf14("15400141288763");
    if let Shape::Linear(l) = &mut s.shape {
        l.bearer = Bearer::Horizontal;
    }
    let thin = Style {
        bearer_thickness: Some(2.0),
        text: false,
        ..style(1)
    };
    let (luma, w, h) = luma(&render_png(&s, &thin).unwrap());
    let dark = |x: u32, y: u32| luma[(y * w + x) as usize] < 128;
    assert!(dark(0, 2) && dark(0, 3) && !dark(0, 4) && !dark(0, 1));
    assert!(!dark(0, h / 2), "no frame side");
    assert_eq!(scan(luma, w, h, BarcodeFormat::ITF), "15400141288763");
}

#[test]
fn bar_height_in_modules_and_millimetres() {
    let s = code128("AB");
    let bars_px = |style: &Style| {
        let (luma, w, h) = luma(&render_png(&s, style).unwrap());
        // First bar: after the 10X quiet zone (3 px per module when X and DPI are set).
        let module = if style.dpi.is_some() {
            3
        } else {
            style.module_size
        };
        let x = 10 * module + 1;
        let (t, b) = column_extent(&luma, w, h, x, 0).unwrap();
        b - t
    };
    assert_eq!(bars_px(&style(2)), 100, "default 50X");
    assert_eq!(
        bars_px(&Style {
            bar_height: Some(20.0),
            ..style(2)
        }),
        40
    );
    // 10 mm at X = 0.254 mm and 300 dpi: 3 px per module, 118 px (10 mm = 118.1 px).
    let mm = Style {
        bar_height_mm: Some(10.0),
        x_dim_mm: Some(0.254),
        dpi: Some(300),
        ..Style::default()
    };
    assert_eq!(bars_px(&mm), 118);
    // SVG in millimetres: width = modules × X.
    let svg = render_svg(&s, &mm).unwrap();
    let w_mm: f64 = common::attr(&svg, "svg", "width")
        .unwrap()
        .trim_end_matches("mm")
        .parse()
        .unwrap();
    let modules = s.matrix.width() as f64 + 20.0;
    assert!((w_mm - modules * 0.254).abs() < 0.01, "{w_mm}");
    // Millimetres without a physical X cannot be converted.
    let err = render_png(
        &s,
        &Style {
            bar_height_mm: Some(10.0),
            ..Style::default()
        },
    )
    .unwrap_err();
    assert!(err.to_string().contains("x_dim_mm or dpi"), "{err}");
}

#[test]
fn print_gain_narrows_bars_not_spaces() {
    // Bars of 1, 2, 3 modules; at 10 px per module and 20 % gain each loses 2 px.
    let m = Matrix::from_widths(&[1, 1, 2, 1, 3]);
    let s = linear_symbol(
        m,
        Linear {
            quiet_left: 2,
            quiet_right: 2,
            ..Linear::default()
        },
        Symbology::Code128,
    );
    let gained = Style {
        print_gain: 20.0,
        ..style(10)
    };
    let (px, w, _) = luma(&render_png(&s, &gained).unwrap());
    let y = 100;
    let dark: Vec<bool> = (0..w).map(|x| px[(y * w + x) as usize] < 128).collect();
    let runs: Vec<(bool, usize)> = dark
        .chunk_by(|a, b| a == b)
        .map(|r| (r[0], r.len()))
        .collect();
    assert_eq!(
        runs,
        vec![
            (false, 21),
            (true, 8),
            (false, 12),
            (true, 18),
            (false, 12),
            (true, 28),
            (false, 21)
        ]
    );
    // SVG: exact fractions.
    let svg = render_svg(&s, &gained).unwrap();
    assert!(svg.contains("M2.1 2h0.8v50h-0.8z"), "{svg}");
    // Negative gain widens.
    let widened = Style {
        print_gain: -10.0,
        ..style(10)
    };
    let (px, w, _) = luma(&render_png(&s, &widened).unwrap());
    let first = (0..w).position(|x| px[(y * w + x) as usize] < 128).unwrap() as u32;
    let first_bar = (first..w)
        .take_while(|&x| px[(y * w + x) as usize] < 128)
        .count();
    assert_eq!((first, first_bar), (20, 11));
}

#[test]
fn invalid_linear_styles_are_errors_not_panics() {
    let s = code128("A");
    let cases: Vec<(Style, &str)> = vec![
        (
            Style {
                x_dim_mm: Some(f64::NAN),
                ..Style::default()
            },
            "x_dim_mm",
        ),
        (
            Style {
                x_dim_mm: Some(-1.0),
                ..Style::default()
            },
            "x_dim_mm",
        ),
        (
            Style {
                x_dim_mm: Some(0.0),
                ..Style::default()
            },
            "x_dim_mm",
        ),
        (
            Style {
                bar_height: Some(f64::INFINITY),
                ..Style::default()
            },
            "bar_height",
        ),
        (
            Style {
                bar_height: Some(1e9),
                ..Style::default()
            },
            "bar_height",
        ),
        (
            Style {
                bar_height_mm: Some(-3.0),
                ..Style::default()
            },
            "bar_height_mm",
        ),
        (
            Style {
                bar_height: Some(10.0),
                bar_height_mm: Some(10.0),
                ..Style::default()
            },
            "bar_height_mm",
        ),
        (
            Style {
                print_gain: f64::NAN,
                ..Style::default()
            },
            "print_gain",
        ),
        (
            Style {
                print_gain: 75.0,
                ..Style::default()
            },
            "print_gain",
        ),
        (
            Style {
                font_size: Some(0.0),
                ..Style::default()
            },
            "font_size",
        ),
        (
            Style {
                font_size: Some(f64::NEG_INFINITY),
                ..Style::default()
            },
            "font_size",
        ),
        (
            Style {
                bearer_thickness: Some(-0.5),
                ..Style::default()
            },
            "bearer_thickness",
        ),
    ];
    for (style, field) in cases {
        for result in [
            render_png(&s, &style).map(|_| ()),
            render_svg(&s, &style).map(|_| ()),
        ] {
            match result {
                Err(RenderError::InvalidStyle { field: f, .. }) => assert_eq!(f, field),
                other => panic!("{field}: {other:?}"),
            }
        }
    }
    // Only raster output has pixels: 50 mm modules at 100000 dpi are too many for PNG.
    let too_fine = Style {
        x_dim_mm: Some(50.0),
        dpi: Some(100_000),
        ..Style::default()
    };
    assert!(matches!(
        render_png(&s, &too_fine),
        Err(RenderError::InvalidStyle {
            field: "x_dim_mm",
            ..
        })
    ));
    let msg = render_png(
        &s,
        &Style {
            print_gain: 75.0,
            ..Style::default()
        },
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        msg,
        "style print_gain 75 is invalid: use a number from -50 to 50 percent of X"
    );
    // Huge but valid sizes end in ImageTooLarge, not an allocation.
    let huge = Style {
        bar_height: Some(10_000.0),
        module_size: 1000,
        ..Style::default()
    };
    assert!(matches!(
        render_png(&s, &huge),
        Err(RenderError::ImageTooLarge { .. })
    ));
}

#[test]
fn text_may_reach_past_the_quiet_zone() {
    // A 3-module symbol with a long text and no quiet zone: the canvas grows to hold the text.
    let s = linear_symbol(
        Matrix::from_widths(&[1, 1, 1]),
        Linear {
            text: vec![run("LONG TEXT", 0, 3)],
            ..Linear::default()
        },
        Symbology::Code39,
    );
    let (_, w, _) = luma(&render_png(&s, &style(1)).unwrap());
    assert!(w > 50, "{w}");
}

#[test]
fn hand_built_ean13_matches_rxing_writer() {
    use rxing::oned::{EAN13Writer, OneDimensionalCodeWriter};
    let theirs = row(&EAN13Writer.encode_oned("5901234123457").unwrap());
    let ours = ean13("5901234123457").matrix;
    assert_eq!(ours.to_text_rows(), theirs.to_text_rows());
}

#[cfg(not(feature = "font"))]
#[test]
fn without_the_font_svg_uses_text_elements_and_png_has_bars_only() {
    let s = ean13("5901234123457");
    let svg = render_svg(&s, &Style::default()).unwrap();
    assert_eq!(svg.matches("<text").count(), 3, "{svg}");
    assert!(svg.contains(">901234</text>"));
    let png = render_png(&s, &style(3)).unwrap();
    assert_eq!(png_format(&png).0, png::BitDepth::One);
    let (luma, w, h) = luma(&png);
    assert_eq!(scan(luma, w, h, BarcodeFormat::EAN_13), "5901234123457");
}

#[test]
fn odd_layouts_never_panic_or_allocate_wildly() {
    let mut runs = vec![
        run("X", i32::MIN, u32::MAX),
        run("", 0, 0),
        run("ÿ€\u{10FFFF}", -5, 1),
    ];
    runs.push(codevault_formats::TextRun {
        above: true,
        small: true,
        ..run("99", 0, 3)
    });
    let odd = Linear {
        text: runs,
        guards: vec![(usize::MAX - 1, usize::MAX), (5, 1)],
        quiet_left: usize::MAX,
        quiet_right: 0,
        bearer: Bearer::Frame,
        addon_start: Some(usize::MAX),
    };
    let s = linear_symbol(Matrix::from_widths(&[1, 2, 3]), odd, Symbology::Code128);
    let styles = [
        Style::default(),
        Style {
            font_size: Some(100.0),
            bar_height: Some(0.001),
            module_size: 1000,
            ..Style::default()
        },
        Style {
            bearer_thickness: Some(0.0),
            print_gain: 50.0,
            module_size: 1,
            ..Style::default()
        },
    ];
    for style in &styles {
        let _ = render_png(&s, style);
        let _ = render_svg(&s, style);
    }
    // Empty and zero-height symbols of every non-matrix shape.
    for shape in [
        Shape::Linear(Box::default()),
        Shape::Postal,
        Shape::Stacked { row_height: 0 },
    ] {
        for m in [Matrix::new(0, 0), Matrix::new(5, 0), Matrix::new(0, 4)] {
            let s = Symbol {
                matrix: m,
                quiet_zone: 0,
                shape: shape.clone(),
                meta: meta(Symbology::Imb),
            };
            let _ = render_png(&s, &Style::default());
            let _ = render_svg(&s, &Style::default());
            let _ = render_png(
                &s,
                &Style {
                    quiet_zone: Some(0),
                    ..Style::default()
                },
            );
        }
    }
}

#[cfg(feature = "font")]
#[test]
fn small_runs_are_three_quarters_high_on_the_same_baseline() {
    // Two runs of "8" side by side, the second small: compare their ink heights and bottoms.
    let mut normal = run("8", 0, 10);
    normal.small = false;
    let mut small = run("8", 20, 10);
    small.small = true;
    let s = linear_symbol(
        Matrix::from_widths(&[1, 29, 1]),
        Linear {
            text: vec![normal, small],
            quiet_left: 2,
            quiet_right: 2,
            ..Linear::default()
        },
        Symbology::Upca,
    );
    let st = Style {
        font_size: Some(20.0),
        bar_height: Some(10.0),
        ..style(4)
    };
    let (luma, w, h) = luma(&render_png(&s, &st).unwrap());
    let ink = |x0: u32, x1: u32| {
        let rows: Vec<u32> = (10 * 4 + 2 * 4..h)
            .filter(|&y| (x0..x1).any(|x| luma[(y * w + x) as usize] < 128))
            .collect();
        (rows[0], *rows.last().unwrap() + 1)
    };
    let (nt, nb) = ink(2 * 4 + 4, 12 * 4);
    let (st_, sb) = ink(22 * 4 + 4, 32 * 4);
    let ratio = f64::from(sb - st_) / f64::from(nb - nt);
    assert!((0.7..0.8).contains(&ratio), "{ratio}");
    assert!(nb.abs_diff(sb) <= 1, "same baseline: {nb} {sb}");
}
