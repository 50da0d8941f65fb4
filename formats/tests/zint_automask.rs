//! How often our automatic mask choice equals zint's, over the random inputs in
//! `testdata/zint-automask/` (zint 2.11.1, mask unpinned on both sides).
//!
//! The data codewords are pinned by the other options, so the two matrices are equal exactly
//! when the same mask was chosen. Both encoders score by the ISO/IEC 18004 penalty rules.

use std::path::Path;

use codevault_formats::{Symbology, qr};

#[derive(serde::Deserialize)]
struct Vector {
    symbology: Symbology,
    data_hex: String,
    options: qr::QrOptions,
    matrix: Vec<String>,
}

#[test]
fn auto_mask_agrees_with_zint() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/zint-automask/qr");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let (mut same, mut total) = (0, 0);
    let mut differ = Vec::new();
    for file in files {
        let v: Vector = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let data: Vec<u8> = (0..v.data_hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&v.data_hex[i..i + 2], 16).unwrap())
            .collect();
        let ours = qr::encode(v.symbology, &data, &v.options).unwrap();
        let rows: Vec<String> = ours
            .matrix
            .to_text_rows()
            .lines()
            .map(str::to_string)
            .collect();
        total += 1;
        if rows == v.matrix {
            same += 1;
        } else {
            // Same data with zint's mask must reproduce zint's matrix exactly: only the choice differs.
            let zint_mask = (0..8u8)
                .find(|&m| {
                    let o = qr::QrOptions {
                        mask: Some(m),
                        ..v.options.clone()
                    };
                    let s = qr::encode(v.symbology, &data, &o).unwrap();
                    s.matrix
                        .to_text_rows()
                        .lines()
                        .eq(v.matrix.iter().map(String::as_str))
                })
                .expect("some mask reproduces zint's matrix");
            differ.push(format!(
                "{}: ours {:?}, zint {zint_mask}",
                file.display(),
                ours.meta.mask
            ));
        }
    }
    println!("auto-mask agreement with zint: {same}/{total}");
    for d in &differ {
        println!("  {d}");
    }
    assert!(total >= 200);
    assert_eq!(same, total, "our mask choice differs from zint's");
}
