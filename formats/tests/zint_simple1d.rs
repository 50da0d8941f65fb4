//! Module-exact comparison with zint 2.11.1 for Code 39, Code 93, ITF, ITF-14 and Codabar:
//! every vector in `testdata/zint/<symbology>/` was written by
//! `scripts/zint_vectors/generate.py --only simple1d` from zint's `--dump` with every option
//! pinned. Every vector is compared bit for bit (these symbologies leave no encodation choice).

use std::path::Path;

use codevault_formats::linear::{codabar, code39, code93, itf};
use codevault_formats::{EncodeError, Symbol};

#[test]
fn code39_matches_zint() {
    check_dir("code39", 50, |data, o| {
        code39::encode(data, &serde_json::from_value(o).unwrap())
    });
}

#[test]
fn code93_matches_zint() {
    check_dir("code93", 50, |data, o| {
        code93::encode(data, &serde_json::from_value(o).unwrap())
    });
}

#[test]
fn itf_matches_zint() {
    check_dir("itf", 50, |data, o| {
        itf::encode_itf(data, &serde_json::from_value(o).unwrap())
    });
}

#[test]
fn itf14_matches_zint() {
    check_dir("itf14", 50, |data, o| {
        itf::encode_itf14(data, &serde_json::from_value(o).unwrap())
    });
}

#[test]
fn codabar_matches_zint() {
    check_dir("codabar", 50, |data, o| {
        codabar::encode(data, &serde_json::from_value(o).unwrap())
    });
}

/// Compares every vector in `testdata/zint/<dir>/` with `encode`'s matrix, module for module,
/// and requires at least `min` vectors.
fn check_dir(
    dir: &str,
    min: usize,
    encode: impl Fn(&[u8], serde_json::Value) -> Result<Symbol, EncodeError>,
) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata/zint")
        .join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    for file in &files {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let data = hex(v["data_hex"].as_str().unwrap());
        let want: Vec<String> = serde_json::from_value(v["matrix"].clone()).unwrap();
        match encode(&data, v["options"].clone()) {
            Ok(sym) => {
                let ours: Vec<String> = sym
                    .matrix
                    .to_text_rows()
                    .lines()
                    .map(str::to_string)
                    .collect();
                if ours != want {
                    failures.push(format!(
                        "{dir}/{name}: ours {}x{} differs from zint {}x{} (zint {})\n  ours {:?}\n  zint {:?}",
                        sym.matrix.width(),
                        sym.matrix.height(),
                        want.first().map_or(0, String::len),
                        want.len(),
                        v["zint"],
                        ours,
                        want
                    ));
                }
            }
            Err(e) => failures.push(format!("{dir}/{name}: error {e}")),
        }
    }
    println!(
        "{dir}: {} vectors, {} failures",
        files.len(),
        failures.len()
    );
    for f in failures.iter().take(10) {
        println!("  {f}");
    }
    assert!(
        files.len() >= min,
        "{dir}: {} vectors, want {min}",
        files.len()
    );
    assert!(
        failures.is_empty(),
        "{dir}: {} of {} differ",
        failures.len(),
        files.len()
    );
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}
