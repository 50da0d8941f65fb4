//! Helpers shared by the render tests: symbols from hand-made or random matrices, PNG decoding
//! and a tiny SVG path rasteriser.

#![allow(dead_code)]

use codevault_formats::{Matrix, ModuleRole, Shape, Symbol, SymbolMeta, Symbology};

/// A symbol around `matrix` with the given standard quiet zone.
pub fn symbol(matrix: Matrix, quiet_zone: usize) -> Symbol {
    Symbol {
        matrix,
        quiet_zone,
        shape: Shape::Matrix,
        meta: SymbolMeta {
            symbology: Symbology::Qr,
            version: "test".into(),
            ecc: None,
            mask: None,
            data_bits: 0,
            capacity_bits: 0,
        },
    }
}

/// A matrix from rows of `#` (dark) and `.` (light).
pub fn matrix(rows: &[&str]) -> Matrix {
    let mut m = Matrix::new(rows[0].len(), rows.len());
    for (y, r) in rows.iter().enumerate() {
        for (x, c) in r.bytes().enumerate() {
            m.set(x, y, c == b'#', ModuleRole::Data);
        }
    }
    m
}

/// A deterministic pseudo-random generator (xorshift64*), so tests need no extra crate.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A `w`×`h` matrix whose modules are dark with probability `percent`/100.
pub fn random_matrix(rng: &mut Rng, w: usize, h: usize, percent: u64) -> Matrix {
    let mut m = Matrix::new(w, h);
    for y in 0..h {
        for x in 0..w {
            m.set(x, y, rng.below(100) < percent, ModuleRole::Data);
        }
    }
    m
}

/// A decoded PNG: header facts plus one byte per pixel (the raw sample or palette index).
pub struct Decoded {
    pub width: u32,
    pub height: u32,
    pub color: png::ColorType,
    pub depth: png::BitDepth,
    pub palette: Option<Vec<u8>>,
    pub trns: Option<Vec<u8>>,
    pub pixel_dims: Option<png::PixelDimensions>,
    /// One value per pixel, row-major, unpacked from 1-bit.
    pub samples: Vec<u8>,
}

pub fn decode_png(bytes: &[u8]) -> Decoded {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::IDENTITY);
    let mut reader = decoder.read_info().expect("png header");
    let info = reader.info();
    let (width, height, color, depth) = (info.width, info.height, info.color_type, info.bit_depth);
    let palette = info.palette.as_ref().map(|p| p.to_vec());
    let trns = info.trns.as_ref().map(|t| t.to_vec());
    let pixel_dims = info.pixel_dims;
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let frame = reader.next_frame(&mut buf).expect("png data");
    assert_eq!(depth, png::BitDepth::One, "renderer writes 1-bit images");
    let mut samples = Vec::with_capacity((width * height) as usize);
    for y in 0..height as usize {
        let row = &buf[y * frame.line_size..(y + 1) * frame.line_size];
        for x in 0..width as usize {
            samples.push((row[x / 8] >> (7 - x % 8)) & 1);
        }
    }
    Decoded {
        width,
        height,
        color,
        depth,
        palette,
        trns,
        pixel_dims,
        samples,
    }
}

/// Whether the module at (`x`, `y`) of the full image (quiet zone included) is dark.
pub fn expected_dark(symbol: &Symbol, quiet: usize, x: usize, y: usize) -> bool {
    symbol
        .matrix
        .is_dark(x.wrapping_sub(quiet), y.wrapping_sub(quiet))
}

/// The value of attribute `name` on the first element `tag` in `svg`.
pub fn attr<'a>(svg: &'a str, tag: &str, name: &str) -> Option<&'a str> {
    let start = svg.find(&format!("<{tag} "))?;
    let end = start + svg[start..].find('>')?;
    let element = &svg[start..end];
    let key = format!(" {name}=\"");
    let at = element.find(&key)? + key.len();
    let len = element[at..].find('"')?;
    Some(&element[at..at + len])
}

/// Polygons of an SVG path that uses only `M`, `m`, `h`, `v` and `z` with integer numbers.
pub fn parse_path(d: &str) -> Vec<Vec<(i64, i64)>> {
    let bytes = d.as_bytes();
    let mut i = 0;
    let number = |i: &mut usize| -> i64 {
        while bytes[*i] == b' ' || bytes[*i] == b',' {
            *i += 1;
        }
        let start = *i;
        if bytes[*i] == b'-' {
            *i += 1;
        }
        while *i < bytes.len() && bytes[*i].is_ascii_digit() {
            *i += 1;
        }
        d[start..*i]
            .parse()
            .unwrap_or_else(|_| panic!("number at {start} in {d}"))
    };
    let mut polys: Vec<Vec<(i64, i64)>> = Vec::new();
    let (mut cx, mut cy) = (0i64, 0i64);
    let (mut sx, mut sy) = (0i64, 0i64);
    while i < bytes.len() {
        let cmd = bytes[i];
        i += 1;
        match cmd {
            b'M' | b'm' => {
                let (x, y) = (number(&mut i), number(&mut i));
                if cmd == b'M' {
                    (cx, cy) = (x, y);
                } else {
                    (cx, cy) = (cx + x, cy + y);
                }
                (sx, sy) = (cx, cy);
                polys.push(vec![(cx, cy)]);
            }
            b'h' => {
                cx += number(&mut i);
                polys.last_mut().expect("h before m").push((cx, cy));
            }
            b'v' => {
                cy += number(&mut i);
                polys.last_mut().expect("v before m").push((cx, cy));
            }
            b'z' => {
                (cx, cy) = (sx, sy);
            }
            other => panic!("unexpected path command {:?} in {d}", other as char),
        }
    }
    polys
}

/// Fills `polys` with the nonzero rule at every module centre of a `w`×`h` grid.
pub fn rasterise(polys: &[Vec<(i64, i64)>], w: usize, h: usize) -> Vec<Vec<bool>> {
    let mut grid = vec![vec![0i32; w]; h];
    for poly in polys {
        // Every edge, including the implicit closing one.
        for k in 0..poly.len() {
            let (a, b) = (poly[k], poly[(k + 1) % poly.len()]);
            assert!(a.0 == b.0 || a.1 == b.1, "diagonal edge {a:?}->{b:?}");
            if a.0 != b.0 {
                continue;
            }
            // A vertical edge at x = a.0: a ray from each centre to the right crosses it.
            let (y0, y1, sign) = if a.1 < b.1 {
                (a.1, b.1, 1)
            } else {
                (b.1, a.1, -1)
            };
            for y in y0.max(0)..y1.min(h as i64) {
                for x in 0..(a.0.clamp(0, w as i64)) {
                    grid[y as usize][x as usize] += sign;
                }
            }
        }
    }
    grid.into_iter()
        .map(|r| r.into_iter().map(|n| n != 0).collect())
        .collect()
}

pub mod shapes;
