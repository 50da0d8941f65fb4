//! Module-exact comparison with zint: every vector in `testdata/zint/<symbology>/` was written by
//! `scripts/zint_vectors/generate.py` from zint's `--dump` with every choice pinned.

mod support;
use support::hex;

use std::path::Path;

use codevault_formats::{Symbology, qr};

#[derive(serde::Deserialize)]
struct Vector {
    symbology: Symbology,
    data_hex: String,
    options: qr::QrOptions,
    zint: Vec<String>,
    matrix: Vec<String>,
}

#[test]
fn matches_zint_module_for_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/zint");
    let mut checked = std::collections::BTreeMap::<String, usize>::new();
    let mut failures = Vec::new();
    // Other symbologies have their own test files (zint_<family>.rs) with their own options.
    for name in ["qr", "micro-qr", "rmqr"] {
        let dir = root.join(name);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for file in files
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
        {
            let v: Vector = serde_json::from_str(&std::fs::read_to_string(&file).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            *checked.entry(v.symbology.name().to_string()).or_default() += 1;
            match qr::encode(v.symbology, &hex(&v.data_hex), &v.options) {
                Ok(sym) => {
                    let ours: Vec<String> = sym
                        .matrix
                        .to_text_rows()
                        .lines()
                        .map(str::to_string)
                        .collect();
                    if ours != v.matrix {
                        let diff = ours
                            .iter()
                            .zip(&v.matrix)
                            .map(|(a, b)| a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).count())
                            .sum::<usize>();
                        failures.push(format!(
                            "{}/{name}: {} modules differ (ours {}x{} {:?}, zint {}x{}; zint {})",
                            v.symbology.name(),
                            diff,
                            sym.matrix.width(),
                            sym.matrix.height(),
                            sym.meta,
                            v.matrix.first().map_or(0, String::len),
                            v.matrix.len(),
                            v.zint.join(" ")
                        ));
                    }
                }
                Err(e) => failures.push(format!("{}/{name}: error {e}", v.symbology.name())),
            }
        }
    }
    let total: usize = checked.values().sum();
    println!(
        "zint vectors checked: {checked:?} ({total} in all), {} failures",
        failures.len()
    );
    for f in failures.iter().take(40) {
        println!("  {f}");
    }
    assert!(total > 0, "no vectors found under {}", root.display());
    assert!(
        failures.is_empty(),
        "{} of {total} vectors differ from zint",
        failures.len()
    );
}
