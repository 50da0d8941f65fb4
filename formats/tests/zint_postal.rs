//! Module-exact comparison with zint 2.11.1 for USPS Intelligent Mail, POSTNET and RM4SCC:
//! every vector in `testdata/zint/<symbology>/` was written by
//! `scripts/zint_vectors/generate.py --only postal` from zint's `--dump`. zint dumps the 4-state
//! codes as 3 rows (ascender, tracker, descender) and POSTNET as 2 rows (upper half, lower
//! half); the width is one past the last dark module, which is always the final bar's column
//! because every bar has a tracker (or lower-half) module. All vectors are compared bit for
//! bit. These codes have no rxing reader, so this comparison is the proof of correctness
//! (with the USPS-B-3200 worked examples in the `imb` unit tests).

use std::path::Path;

use codevault_formats::postal::{imb, postnet, rm4scc};
use codevault_formats::{EncodeError, Symbol};

#[test]
fn imb_matches_zint() {
    check_dir("imb", 50, |data, o| {
        imb::encode(data, &serde_json::from_value(o).unwrap())
    });
}

#[test]
fn postnet_matches_zint() {
    check_dir("postnet", 50, |data, o| {
        postnet::encode(data, &serde_json::from_value(o).unwrap())
    });
}

#[test]
fn rm4scc_matches_zint() {
    check_dir("rm4scc", 50, |data, o| {
        rm4scc::encode(data, &serde_json::from_value(o).unwrap())
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
