//! Module-exact comparison with zint 2.11.1 for EAN-13, EAN-8, UPC-A and UPC-E (add-ons and the
//! light gap before them included): every vector in `testdata/zint/{ean13,ean8,upca,upce}/` was
//! written by `scripts/zint_vectors/generate.py` (`ean_cases.py`) from zint's `--dump`.
//!
//! Every vector must match bit for bit. Where zint reads the input differently (it has no UPC-A
//! input for UPC-E, and reads 1-7 digits given to EAN-13 as EAN-8 or a lone add-on) the vector
//! records the equivalent input zint was given (`zint_data_hex`); the bars must still be equal.

mod support;
use support::hex;

use std::path::Path;

use codevault_formats::linear::ean::{self, EanOptions};
use codevault_formats::{Shape, Symbol, Symbology};

#[derive(serde::Deserialize)]
struct Vector {
    symbology: Symbology,
    data_hex: String,
    options: EanOptions,
    zint: Vec<String>,
    matrix: Vec<String>,
}

fn encode(
    symbology: Symbology,
    data: &[u8],
    options: &EanOptions,
) -> Result<Symbol, codevault_formats::EncodeError> {
    match symbology {
        Symbology::Ean13 => ean::encode_ean13(data, options),
        Symbology::Ean8 => ean::encode_ean8(data, options),
        Symbology::Upca => ean::encode_upca(data, options),
        Symbology::Upce => ean::encode_upce(data, options),
        other => panic!("not an EAN/UPC symbology: {other}"),
    }
}

#[test]
fn matches_zint_module_for_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/zint");
    let mut checked = std::collections::BTreeMap::<String, usize>::new();
    let mut failures = Vec::new();
    for name in ["ean13", "ean8", "upca", "upce"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(name))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for file in files {
            let v: Vector = serde_json::from_str(&std::fs::read_to_string(&file).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let file_name = file.file_name().unwrap().to_string_lossy().into_owned();
            *checked.entry(v.symbology.name().to_string()).or_default() += 1;
            let data = hex(&v.data_hex);
            match encode(v.symbology, &data, &v.options) {
                Ok(sym) => {
                    let ours: Vec<String> = sym
                        .matrix
                        .to_text_rows()
                        .lines()
                        .map(str::to_string)
                        .collect();
                    if ours != v.matrix {
                        failures.push(format!(
                            "{name}/{file_name}: {:?}\n    ours {}\n    zint {} ({})",
                            String::from_utf8_lossy(&data),
                            ours.join("|"),
                            v.matrix.join("|"),
                            v.zint.join(" ")
                        ));
                    }
                    // The layout agrees with the bars: add-on after the gap, guards inside.
                    let Shape::Linear(l) = &sym.shape else {
                        panic!("{file_name}: not linear")
                    };
                    let w = sym.matrix.width();
                    assert!(
                        l.guards.iter().all(|&(a, b)| a < b && b <= w),
                        "{file_name}"
                    );
                    if let Some(a) = l.addon_start {
                        assert!(sym.matrix.is_dark(a, 0) && !sym.matrix.is_dark(a - 1, 0));
                    }
                }
                Err(e) => failures.push(format!("{name}/{file_name}: error {e}")),
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
    for (name, n) in &checked {
        assert!(*n >= 50, "only {n} vectors for {name}");
    }
    assert_eq!(
        checked.len(),
        4,
        "missing vector directories under {}",
        root.display()
    );
    assert!(
        failures.is_empty(),
        "{} of {total} vectors differ from zint",
        failures.len()
    );
}
