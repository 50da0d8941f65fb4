//! Encodes the benchmark inputs in a loop, for profiling (`valgrind --tool=callgrind`).
//!
//! `cargo run --release -p codevault-formats --example pdf417_bench -- [iterations] [text|url]`

use codevault_formats::pdf417::{self, Pdf417Options};

const LONG_TEXT: &str = "CodeVault benchmarks every symbology against rxing and libzint on the \
same inputs in the same run. This sentence is repeated to make a realistic label payload of a few \
hundred characters: lot 4711, serial 0815, expiry 2027-12-31, ship to 221B Baker Street, London.";
const URL: &str = "https://example.com/products/4711";

fn main() {
    let mut args = std::env::args().skip(1);
    let iterations: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let which = args.next().unwrap_or_default();
    let inputs: Vec<&str> = match which.as_str() {
        "text" => vec![LONG_TEXT],
        "url" => vec![URL],
        _ => vec![LONG_TEXT, URL],
    };
    let options = Pdf417Options::default();
    let mut modules = 0usize;
    for _ in 0..iterations {
        for data in &inputs {
            let symbol =
                pdf417::encode(std::hint::black_box(data.as_bytes()), &options).expect("encodes");
            modules += symbol.matrix.width() * symbol.matrix.height();
        }
    }
    println!("{modules}");
}
