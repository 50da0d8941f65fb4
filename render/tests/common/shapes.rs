//! Hand-built linear, postal and stacked symbols (independent of the encoders being written in
//! parallel) and raster helpers for the shape tests.

#![allow(dead_code)]

use codevault_formats::{
    Bearer, Linear, Matrix, ModuleRole, Shape, Symbol, SymbolMeta, Symbology, TextRun,
};

pub fn meta(symbology: Symbology) -> SymbolMeta {
    SymbolMeta {
        symbology,
        version: "test".into(),
        ecc: None,
        mask: None,
        data_bits: 0,
        capacity_bits: 0,
    }
}

pub fn run(text: &str, start: i32, width: u32) -> TextRun {
    TextRun {
        text: text.into(),
        start,
        width,
        above: false,
        small: false,
    }
}

/// EAN/UPC digit patterns from ISO/IEC 15420 table 1: set A (L) widths, space first. Set C (R)
/// has the same widths bar first; set B (G) is set C reversed.
const SET_A: [[u8; 4]; 10] = [
    [3, 2, 1, 1],
    [2, 2, 2, 1],
    [2, 1, 2, 2],
    [1, 4, 1, 1],
    [1, 1, 3, 2],
    [1, 2, 3, 1],
    [1, 1, 1, 4],
    [1, 3, 1, 2],
    [1, 2, 1, 3],
    [3, 1, 1, 2],
];

/// Sets (A = false, B = true) of the left-hand digits, chosen by the leading digit (ISO/IEC
/// 15420 table 2).
const PARITY: [[bool; 6]; 10] = {
    const A: bool = false;
    const B: bool = true;
    [
        [A, A, A, A, A, A],
        [A, A, B, A, B, B],
        [A, A, B, B, A, B],
        [A, A, B, B, B, A],
        [A, B, A, A, B, B],
        [A, B, B, A, A, B],
        [A, B, B, B, A, A],
        [A, B, A, B, A, B],
        [A, B, A, B, B, A],
        [A, B, B, A, B, A],
    ]
};

fn digit(b: u8) -> usize {
    usize::from(b - b'0')
}

/// Bar/space widths (bar first) of the 13-digit EAN-13 `code`.
pub fn ean13_widths(code: &str) -> Vec<u8> {
    let d = code.as_bytes();
    assert_eq!(d.len(), 13);
    let mut w = vec![1, 1, 1];
    for (i, &c) in d[1..7].iter().enumerate() {
        let p = SET_A[digit(c)];
        if PARITY[digit(d[0])][i] {
            w.extend(p.iter().rev());
        } else {
            w.extend(p);
        }
    }
    w.extend([1, 1, 1, 1, 1]);
    for &c in &d[7..] {
        w.extend(SET_A[digit(c)]);
    }
    w.extend([1, 1, 1]);
    w
}

/// An EAN-13 symbol of `code` laid out as GS1 draws it: 11X/7X quiet zones, leading digit in
/// the left quiet zone, guard bars, `>` quiet zone marker.
pub fn ean13(code: &str) -> Symbol {
    let matrix = Matrix::from_widths(&ean13_widths(code));
    assert_eq!(matrix.width(), 95);
    let linear = Linear {
        text: vec![
            run(&code[..1], -8, 7),
            run(&code[1..7], 3, 42),
            run(&code[7..], 50, 42),
            run(">", 96, 7),
        ],
        guards: vec![(0, 3), (45, 50), (92, 95)],
        quiet_left: 11,
        quiet_right: 7,
        bearer: Bearer::None,
        addon_start: None,
    };
    linear_symbol(matrix, linear, Symbology::Ean13)
}

/// An EAN-2 add-on of `digits` (ISO/IEC 15420 annex; parity by value mod 4) appended to the
/// EAN-13 `code` after a 9-module gap.
pub fn ean13_with_addon2(code: &str, digits: &str) -> Symbol {
    let mut widths = ean13_widths(code);
    let v = digits.parse::<usize>().unwrap() % 4;
    let parity = [[false, false], [false, true], [true, false], [true, true]][v];
    // Widths continue after the end guard's last bar, so the next entry is a space: the 9X gap,
    // then the add-on start 1011 (bar 1, space 1, bar 2).
    widths.extend([9, 1, 1, 2]);
    for (i, c) in digits.bytes().enumerate() {
        let p = SET_A[digit(c)];
        if parity[i] {
            widths.extend(p.iter().rev());
        } else {
            widths.extend(p);
        }
        if i == 0 {
            widths.extend([1, 1]); // delineator 01
        }
    }
    let matrix = Matrix::from_widths(&widths);
    let mut symbol = ean13(code);
    let Shape::Linear(lin) = &mut symbol.shape else {
        unreachable!()
    };
    lin.addon_start = Some(104);
    lin.text.retain(|r| r.text != ">");
    lin.text.push(TextRun {
        text: digits.into(),
        start: 104,
        width: matrix.width() as u32 - 104,
        above: true,
        small: false,
    });
    lin.quiet_right = 5;
    symbol.matrix = matrix;
    symbol
}

pub fn linear_symbol(matrix: Matrix, linear: Linear, symbology: Symbology) -> Symbol {
    Symbol {
        matrix,
        quiet_zone: linear.quiet_left.max(linear.quiet_right),
        shape: Shape::Linear(Box::new(linear)),
        meta: meta(symbology),
    }
}

/// A one-row matrix from booleans (a writer's output), leading/trailing light trimmed.
pub fn row(bools: &[bool]) -> Matrix {
    let first = bools.iter().position(|b| *b).unwrap();
    let last = bools.iter().rposition(|b| *b).unwrap();
    Matrix::from_bools(&[bools[first..=last].to_vec()])
}

/// A postal symbol from letters per bar: `F` full, `A` ascender, `D` descender, `T` tracker
/// (IMb/RM4SCC, 3 rows), or `F`/`H` full/half (POSTNET, 2 rows); bars on every other column.
pub fn postal(symbology: Symbology, bars: &str) -> Symbol {
    let rows = if symbology == Symbology::Postnet {
        2
    } else {
        3
    };
    let mut m = Matrix::new(bars.len() * 2 - 1, rows);
    for (i, b) in bars.bytes().enumerate() {
        let dark: &[usize] = match (rows, b) {
            (3, b'F') => &[0, 1, 2],
            (3, b'A') => &[0, 1],
            (3, b'D') => &[1, 2],
            (3, b'T') => &[1],
            (2, b'F') => &[0, 1],
            (2, b'H') => &[1],
            _ => panic!("bar {b}"),
        };
        for &r in dark {
            m.set(i * 2, r, true, ModuleRole::Data);
        }
    }
    Symbol {
        matrix: m,
        quiet_zone: 6,
        shape: Shape::Postal,
        meta: meta(symbology),
    }
}

/// Luma pixels of a PNG of any depth or colour type (via the image crate).
pub fn luma(png: &[u8]) -> (Vec<u8>, u32, u32) {
    let img = image::load_from_memory(png).expect("valid png").to_luma8();
    let (w, h) = img.dimensions();
    (img.into_raw(), w, h)
}

/// The PNG's bit depth and colour type.
pub fn png_format(png: &[u8]) -> (png::BitDepth, png::ColorType) {
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let reader = decoder.read_info().unwrap();
    let info = reader.info();
    (info.bit_depth, info.color_type)
}

/// What rxing reads from luma pixels as `format`.
pub fn scan(luma: Vec<u8>, w: u32, h: u32, format: rxing::BarcodeFormat) -> String {
    rxing::helpers::detect_in_luma(luma, w, h, Some(format))
        .unwrap_or_else(|e| panic!("rxing could not read the {format:?}: {e}"))
        .getText()
        .to_owned()
}

/// Top and bottom (exclusive) pixel rows of the dark run in column `x`, scanning from `from`.
pub fn column_extent(luma: &[u8], w: u32, h: u32, x: u32, from: u32) -> Option<(u32, u32)> {
    let dark = |y: u32| luma[(y * w + x) as usize] < 128;
    let top = (from..h).find(|&y| dark(y))?;
    let bottom = (top..h).find(|&y| !dark(y)).unwrap_or(h);
    Some((top, bottom))
}

/// Rasterises an SVG with resvg at `scale` pixels per viewBox unit; luma pixels.
pub fn resvg_luma(svg: &str, scale: f32) -> (Vec<u8>, u32, u32) {
    use resvg::{tiny_skia, usvg};
    let tree = usvg::Tree::from_str(svg, &usvg::Options::default()).expect("valid SVG");
    let size = tree.size();
    // `size` is the width/height attribute in px; map the viewBox to `scale` px per unit.
    let vb: Vec<f32> = attr_num_list(svg, "viewBox");
    let (w, h) = ((vb[2] * scale).ceil() as u32, (vb[3] * scale).ceil() as u32);
    let mut pixmap = tiny_skia::Pixmap::new(w, h).expect("pixmap");
    pixmap.fill(tiny_skia::Color::WHITE);
    let t = tiny_skia::Transform::from_scale(
        vb[2] * scale / size.width(),
        vb[3] * scale / size.height(),
    );
    resvg::render(&tree, t, &mut pixmap.as_mut());
    let luma = pixmap.data().chunks(4).map(|p| p[1]).collect();
    (luma, w, h)
}

fn attr_num_list(svg: &str, name: &str) -> Vec<f32> {
    let key = format!("{name}=\"");
    let at = svg.find(&key).unwrap() + key.len();
    let end = at + svg[at..].find('"').unwrap();
    svg[at..end]
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect()
}
