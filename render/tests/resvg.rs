//! The SVG through a real rasteriser (resvg) at non-integer scales: no seams, and it scans.
#![cfg(feature = "svg")]

mod common;

use codevault_formats::{
    Matrix, Symbol,
    qr::{QrOptions, encode_qr},
};
use codevault_render::{Style, render_svg};
use common::{Rng, random_matrix, symbol};
use resvg::{tiny_skia, usvg};

/// Rasterises `svg` so that one module is `scale` pixels; returns RGBA rows and the size.
fn rasterise(svg: &str, modules: (usize, usize), scale: f32) -> (Vec<u8>, u32, u32) {
    let tree = usvg::Tree::from_str(svg, &usvg::Options::default()).expect("valid SVG");
    let (w, h) = (
        (modules.0 as f32 * scale).ceil() as u32,
        (modules.1 as f32 * scale).ceil() as u32,
    );
    let mut pixmap = tiny_skia::Pixmap::new(w, h).expect("pixmap");
    // The viewBox is in modules; map it to `scale` pixels per module.
    let size = tree.size();
    let t = tiny_skia::Transform::from_scale(
        modules.0 as f32 * scale / size.width(),
        modules.1 as f32 * scale / size.height(),
    );
    resvg::render(&tree, t, &mut pixmap.as_mut());
    (pixmap.data().to_vec(), w, h)
}

/// Counts pixels lying wholly inside dark modules that are not solid black, and pixels lying
/// wholly inside light modules that are not solid white.
fn seams(s: &Symbol, quiet: usize, rgba: &[u8], w: u32, h: u32, scale: f64) -> usize {
    let total = (s.matrix.width() + 2 * quiet, s.matrix.height() + 2 * quiet);
    let eps = 1e-6;
    let mut bad = 0;
    for py in 0..h as usize {
        for px in 0..w as usize {
            let (x0, x1) = (
                (px as f64 / scale + eps).floor(),
                ((px + 1) as f64 / scale - eps).floor(),
            );
            let (y0, y1) = (
                (py as f64 / scale + eps).floor(),
                ((py + 1) as f64 / scale - eps).floor(),
            );
            if x1 as usize >= total.0 || y1 as usize >= total.1 {
                continue; // The last pixel column or row can reach past the image.
            }
            let mut kinds = [false; 2];
            for my in y0 as usize..=y1 as usize {
                for mx in x0 as usize..=x1 as usize {
                    let dark = s
                        .matrix
                        .is_dark(mx.wrapping_sub(quiet), my.wrapping_sub(quiet));
                    kinds[usize::from(dark)] = true;
                }
            }
            let p = &rgba[(py * w as usize + px) * 4..][..4];
            match kinds {
                [false, true] if p != [0, 0, 0, 255] => bad += 1,
                [true, false] if p != [255, 255, 255, 255] => bad += 1,
                _ => {}
            }
        }
    }
    bad
}

/// The SVG with anti-aliasing switched on, the harshest case for seams.
fn antialiased(svg: &str) -> String {
    svg.replace(
        "shape-rendering=\"crispEdges\"",
        "shape-rendering=\"geometricPrecision\"",
    )
}

#[test]
fn merged_outline_has_no_seams_at_fractional_scales() {
    let mut rng = Rng::new(99);
    let s = symbol(random_matrix(&mut rng, 25, 25, 60), 2);
    let svg = antialiased(&render_svg(&s, &Style::default()).unwrap());
    for scale in [1.3, 2.7, 3.33, 4.5] {
        let (rgba, w, h) = rasterise(&svg, (29, 29), scale as f32);
        assert_eq!(seams(&s, 2, &rgba, w, h, scale), 0, "scale {scale}");
    }
}

#[test]
fn per_module_rects_would_have_seams() {
    // Proves the seam check can fail: the naive one-rect-per-module SVG leaks the background.
    let mut m = Matrix::new(8, 8);
    for y in 0..8 {
        for x in 0..8 {
            m.set(x, y, true, codevault_formats::ModuleRole::Data);
        }
    }
    let s = symbol(m, 1);
    let mut svg = String::from(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><rect width="10" height="10" fill="white"/>"#,
    );
    for y in 1..9 {
        for x in 1..9 {
            svg.push_str(&format!(r#"<rect x="{x}" y="{y}" width="1" height="1"/>"#));
        }
    }
    svg.push_str("</svg>");
    let (rgba, w, h) = rasterise(&svg, (10, 10), 2.7);
    assert!(seams(&s, 1, &rgba, w, h, 2.7) > 0);
    // Same symbol through render_svg: none.
    let ours = antialiased(&render_svg(&s, &Style::default()).unwrap());
    let (rgba, w, h) = rasterise(&ours, (10, 10), 2.7);
    assert_eq!(seams(&s, 1, &rgba, w, h, 2.7), 0);
}

#[test]
fn qr_svg_rasterised_by_resvg_scans() {
    let url = "https://example.com/render?resvg=1";
    let s = encode_qr(url.as_bytes(), &QrOptions::default()).expect("encode");
    let svg = render_svg(&s, &Style::default()).unwrap();
    let n = s.matrix.width() + 2 * s.quiet_zone;
    for scale in [3.0f32, 4.4] {
        let (rgba, w, h) = rasterise(&svg, (n, n), scale);
        let luma: Vec<u8> = rgba.chunks(4).map(|p| p[1]).collect();
        let result =
            rxing::helpers::detect_in_luma(luma, w, h, Some(rxing::BarcodeFormat::QR_CODE))
                .expect("rxing reads the resvg raster");
        assert_eq!(result.getText(), url);
    }
}
