//! SVG output: the merged outline is parsed back, rasterised and compared with the matrix.
#![cfg(feature = "svg")]

mod common;

use codevault_formats::Matrix;
use codevault_render::{Color, RenderError, Style, render_svg};
use common::{Rng, attr, expected_dark, matrix, parse_path, random_matrix, rasterise, symbol};

/// Renders, parses the path back and checks every module, quiet zone included.
fn assert_exact(m: Matrix, quiet: usize, style: &Style) -> String {
    let s = symbol(m, quiet);
    let svg = render_svg(&s, style).expect("render");
    let q = style.quiet_zone.unwrap_or(quiet);
    let (w, h) = (s.matrix.width() + 2 * q, s.matrix.height() + 2 * q);
    assert_eq!(
        attr(&svg, "svg", "viewBox"),
        Some(format!("0 0 {w} {h}").as_str())
    );
    assert_eq!(
        svg.matches("<path").count(),
        usize::from(s.matrix.dark_count() > 0)
    );
    let polys = attr(&svg, "path", "d").map(parse_path).unwrap_or_default();
    let raster = rasterise(&polys, w, h);
    for (y, row) in raster.iter().enumerate() {
        for (x, &dark) in row.iter().enumerate() {
            assert_eq!(
                dark,
                expected_dark(&s, q, x, y),
                "module ({x}, {y}) of\n{:?}",
                s.matrix
            );
        }
    }
    svg
}

#[test]
fn outline_is_exact_for_random_matrices() {
    let mut rng = Rng::new(7);
    for case in 0..300 {
        let (w, h) = (1 + rng.below(30) as usize, 1 + rng.below(30) as usize);
        let percent = [5, 30, 50, 70, 95][case % 5];
        let m = random_matrix(&mut rng, w, h, percent);
        let quiet = rng.below(5) as usize;
        assert_exact(m, quiet, &Style::default());
    }
}

#[test]
fn outline_is_exact_for_tricky_shapes() {
    let shapes: &[&[&str]] = &[
        &["#"],
        &["."],
        &["#.", ".#"],
        &[".#", "#."],
        &["###", "#.#", "###"],
        &["#####", "#...#", "#.#.#", "#...#", "#####"],
        &["##.##", "#.#.#", "##.##"],
        &["#.#.#", ".#.#.", "#.#.#", ".#.#."],
        &["###.", "#.##", "##.#", ".###"],
    ];
    for rows in shapes {
        for quiet in [0, 2] {
            assert_exact(matrix(rows), quiet, &Style::default());
        }
    }
}

#[test]
fn style_quiet_zone_overrides_the_symbols() {
    let svg = assert_exact(
        matrix(&["#.", ".#"]),
        4,
        &Style {
            quiet_zone: Some(1),
            ..Style::default()
        },
    );
    assert!(svg.contains("viewBox=\"0 0 4 4\""));
    assert!(svg.contains("width=\"40\" height=\"40\""));
}

#[test]
fn random_version_4_sized_matrix_is_under_3_kb() {
    let mut rng = Rng::new(33);
    let mut worst = 0;
    for _ in 0..20 {
        let svg = assert_exact(random_matrix(&mut rng, 33, 33, 50), 4, &Style::default());
        worst = worst.max(svg.len());
    }
    eprintln!("worst 33x33 random SVG: {worst} bytes");
    assert!(worst < 3 * 1024, "33x33 SVG is {worst} bytes");
}

#[test]
fn one_path_for_the_dark_layer_and_crisp_edges() {
    let svg = assert_exact(matrix(&["#.#", ".#.", "#.#"]), 1, &Style::default());
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains("shape-rendering=\"crispEdges\""));
    assert_eq!(attr(&svg, "path", "fill"), Some("#000000"));
    assert_eq!(attr(&svg, "rect", "fill"), Some("#ffffff"));
    assert_eq!(svg.matches("<rect").count(), 1);
}

#[test]
fn transparent_light_has_no_background() {
    let style = Style {
        dark: Color::parse("#1a237e80").unwrap(),
        light: Color::TRANSPARENT,
        ..Style::default()
    };
    let svg = assert_exact(matrix(&["##", "#."]), 2, &style);
    assert!(!svg.contains("<rect"));
    assert_eq!(attr(&svg, "path", "fill"), Some("#1a237e"));
    assert_eq!(attr(&svg, "path", "fill-opacity"), Some("0.502"));
}

#[test]
fn dpi_gives_millimetres() {
    // 25 modules of 10 px at 254 dpi = 250 px = 25 mm.
    let m = Matrix::new(21, 21);
    let style = Style {
        dpi: Some(254),
        quiet_zone: Some(2),
        ..Style::default()
    };
    let svg = render_svg(&symbol(m, 4), &style).unwrap();
    assert_eq!(attr(&svg, "svg", "width"), Some("25mm"));
    assert_eq!(attr(&svg, "svg", "height"), Some("25mm"));
    let style = Style {
        dpi: Some(300),
        module_size: 4,
        ..Style::default()
    };
    let svg = render_svg(&symbol(Matrix::new(21, 21), 4), &style).unwrap();
    // 29 modules × 4 px / 300 dpi × 25.4 = 9.8213… mm
    assert_eq!(attr(&svg, "svg", "width"), Some("9.821mm"));
}

#[test]
fn invalid_sizes_are_refused() {
    let s = symbol(Matrix::new(3, 3), 1);
    let bad = |style: Style| render_svg(&s, &style).unwrap_err();
    assert_eq!(
        bad(Style {
            module_size: 0,
            ..Style::default()
        }),
        RenderError::InvalidSize {
            what: "module size",
            value: 0,
            max: 1000
        }
    );
    assert!(matches!(
        bad(Style {
            quiet_zone: Some(5000),
            ..Style::default()
        }),
        RenderError::InvalidSize {
            what: "quiet zone",
            value: 5000,
            ..
        }
    ));
    assert!(matches!(
        bad(Style {
            dpi: Some(0),
            ..Style::default()
        }),
        RenderError::InvalidSize { what: "dpi", .. }
    ));
}
