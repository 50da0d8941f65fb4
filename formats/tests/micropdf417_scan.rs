//! MicroPDF417 symbols read back by zxing-cpp: rxing 0.9 has no MicroPDF417 reader (no such
//! `BarcodeFormat`), so this test draws our symbols as PNGs (4 pixels per module, rows
//! `ROW_HEIGHT` modules tall, the standard's 1-module quiet zone) and has
//! `scripts/zint_vectors/micropdf417_zxing.py` decode them with zxing-cpp, the Python package
//! in `~/.cache/codevault/venv` (or `$CODEVAULT_PYTHON`). Every one of the 34 sizes gets two
//! symbols of random data (digits, text, bytes, mixed), plus ECI, reader initialisation, macro
//! and the largest symbols. Without that Python the test says so and passes.

use std::path::PathBuf;
use std::process::Command;

use codevault_formats::pdf417::micro::{self, MacroPdf417, MicroPdf417Options};
use codevault_formats::{EncodeError, Shape, Symbol};

const SIZES: [&str; 34] = [
    "11x1", "14x1", "17x1", "20x1", "24x1", "28x1", "8x2", "11x2", "14x2", "17x2", "20x2", "23x2",
    "26x2", "6x3", "8x3", "10x3", "12x3", "15x3", "20x3", "26x3", "32x3", "38x3", "44x3", "4x4",
    "6x4", "8x4", "10x4", "12x4", "15x4", "20x4", "26x4", "32x4", "38x4", "44x4",
];

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn data(&mut self, kind: usize, len: usize) -> Vec<u8> {
        const TEXT: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 \
                              &\r\t,:#-.$/+%*=^;<>@[\\]_`~!\n\"|()?{}'";
        (0..len)
            .map(|_| match kind {
                0 => b'0' + self.below(10) as u8,
                1 => TEXT[self.below(TEXT.len())],
                2 => self.below(256) as u8,
                _ => match self.below(3) {
                    0 => b'0' + self.below(10) as u8,
                    1 => TEXT[self.below(TEXT.len())],
                    _ => self.below(256) as u8,
                },
            })
            .collect()
    }
}

/// PNG bytes of `symbol`: `scale` pixels per module, its quiet zone on every side.
fn png(symbol: &Symbol, scale: u32) -> image::GrayImage {
    let Shape::Stacked { row_height } = symbol.shape else {
        panic!("MicroPDF417 is stacked");
    };
    let (mw, mh, q) = (
        symbol.matrix.width() as u32,
        symbol.matrix.height() as u32,
        symbol.quiet_zone as u32,
    );
    let rh = u32::from(row_height);
    let (w, h) = ((mw + 2 * q) * scale, (mh * rh + 2 * q) * scale);
    image::GrayImage::from_fn(w, h, |x, y| {
        let (mx, my) = (x / scale, y / scale);
        let dark = mx >= q
            && my >= q
            && mx < q + mw
            && my < q + mh * rh
            && symbol
                .matrix
                .is_dark((mx - q) as usize, ((my - q) / rh) as usize);
        image::Luma([if dark { 0 } else { 255 }])
    })
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|b| format!("{b:02x}")).collect()
}

struct Case {
    data: Vec<u8>,
    options: MicroPdf417Options,
    /// Compare zxing-cpp's text (UTF-8) instead of its bytes.
    text: bool,
}

fn cases() -> Vec<Case> {
    let mut rng = Rng(0x2472_8417);
    let mut out = Vec::new();
    for (i, size) in SIZES.iter().enumerate() {
        for j in 0..2 {
            let kind = (i * 2 + j) % 4;
            let mut options = MicroPdf417Options::default();
            options.version = Some(size.to_string());
            // Start long and shorten until the data fits the size.
            let mut len = 400;
            loop {
                let data = rng.data(kind, len);
                match micro::encode(&data, &options) {
                    Ok(_) => {
                        out.push(Case {
                            data,
                            options,
                            text: false,
                        });
                        break;
                    }
                    Err(EncodeError::DataTooLong { .. }) => len = len * 9 / 10,
                    Err(e) => panic!("{size}: {e}"),
                }
            }
        }
    }
    let mut o = MicroPdf417Options::default();
    o.eci = Some(26);
    out.push(Case {
        data: "Grüße aus Zürich, 日本語".as_bytes().to_vec(),
        options: o,
        text: true,
    });
    let mut o = MicroPdf417Options::default();
    o.reader_init = true;
    out.push(Case {
        data: b"READER INIT 12345".to_vec(),
        options: o,
        text: false,
    });
    for (index, count, id) in [(0, 3, "123"), (2, 3, "123")] {
        let mut o = MicroPdf417Options::default();
        o.macro_pdf417 = Some(MacroPdf417::new(index, count, id));
        out.push(Case {
            data: format!("segment {index} of {count}").into_bytes(),
            options: o,
            text: false,
        });
    }
    for (kind, len) in [(0, 366), (1, 150), (2, 150)] {
        let data = rng.data(kind, len);
        let data = if kind == 1 {
            data.iter().map(|b| b'A' + b % 26).collect()
        } else {
            data
        };
        out.push(Case {
            data,
            options: MicroPdf417Options::default(),
            text: false,
        });
    }
    out
}

fn python() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CODEVAULT_PYTHON") {
        return Some(PathBuf::from(p));
    }
    let p = PathBuf::from(std::env::var_os("HOME")?).join(".cache/codevault/venv/bin/python");
    p.exists().then_some(p)
}

#[test]
fn zxing_cpp_reads_every_size() {
    let dir =
        std::env::temp_dir().join(format!("codevault-micropdf417-scan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut manifest = String::new();
    let mut sizes = std::collections::BTreeSet::new();
    let cases = cases();
    for (i, c) in cases.iter().enumerate() {
        let symbol = micro::encode(&c.data, &c.options).unwrap();
        sizes.insert(symbol.meta.version.clone());
        let name = format!("{i:03}.png");
        png(&symbol, 4).save(dir.join(&name)).unwrap();
        let text = if c.text { hex(&c.data) } else { String::new() };
        manifest += &format!(
            "{name}\t{}\t{}\t{text}\n",
            symbol.meta.version,
            hex(&c.data)
        );
    }
    std::fs::write(dir.join("manifest.tsv"), manifest).unwrap();
    assert_eq!(sizes.len(), 34, "every size drawn");
    assert!(cases.len() >= 40);

    let Some(python) = python() else {
        println!("skipped: no Python with zxing-cpp (set CODEVAULT_PYTHON)");
        return;
    };
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../scripts/zint_vectors/micropdf417_zxing.py");
    let out = Command::new(python)
        .arg(&script)
        .arg(&dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    if out.status.code() == Some(2) {
        println!("skipped: zxing-cpp not installed");
        return;
    }
    assert!(out.status.success(), "zxing-cpp did not read every symbol");
    let _ = std::fs::remove_dir_all(&dir);
}
