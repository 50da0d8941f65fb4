//! The committed AI table (formats/src/gs1/table.rs) is what scripts/gs1/gen_table.py makes of
//! the GS1 Barcode Syntax Dictionary. The dictionary lives beside the repository, in
//! ../shared/testdata/gs1/ (GS1_SYNTAX_DICTIONARY overrides the path); python3 runs the generator.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn table_is_up_to_date() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.parent().expect("workspace root").to_path_buf();
    // Beside this checkout, or beside the main checkout of this machine (a CI clone may live
    // elsewhere); GS1_SYNTAX_DICTIONARY wins.
    let candidates = [
        root.join("../shared/testdata/gs1/gs1-syntax-dictionary.txt"),
        PathBuf::from("/work/shared/testdata/gs1/gs1-syntax-dictionary.txt"),
    ];
    let dictionary = match std::env::var_os("GS1_SYNTAX_DICTIONARY") {
        Some(path) => PathBuf::from(path),
        None => match candidates.iter().find(|p| p.exists()) {
            Some(p) => p.clone(),
            None => {
                // The committed table is what the encoders use; only its freshness check needs
                // the dictionary.
                println!(
                    "skipped: GS1 Barcode Syntax Dictionary not found (set GS1_SYNTAX_DICTIONARY)"
                );
                return;
            }
        },
    };
    assert!(
        dictionary.exists(),
        "GS1_SYNTAX_DICTIONARY {} does not exist",
        dictionary.display()
    );
    let out = Command::new("python3")
        .arg(root.join("scripts/gs1/gen_table.py"))
        .arg(&dictionary)
        .arg("--stdout")
        .output()
        .expect("python3 runs scripts/gs1/gen_table.py");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let committed = std::fs::read_to_string(manifest.join("src/gs1/table.rs")).unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout) == committed,
        "formats/src/gs1/table.rs is stale: run python3 scripts/gs1/gen_table.py"
    );
}
