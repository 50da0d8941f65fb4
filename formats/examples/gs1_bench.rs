//! Loops the GS1-128 and Code 128 inputs of `scripts/bench-symbologies.sh` for profiling:
//!
//! ```text
//! cargo run --release -p codevault-formats --example gs1_bench -- gs1 100000
//! valgrind --tool=callgrind target/release/examples/gs1_bench gs1 10000
//! ```
//!
//! The first argument picks the input (`gs1`, `code128` or `both`), the second the iterations.

use codevault_formats::linear::code128::{Code128Options, encode_code128, encode_gs1_128};
use std::hint::black_box;
use std::time::Instant;

const GS1: &[u8] = b"[01]09521234543213[10]ABC123[17]271231";
const CODE128: &[u8] = b"CodeVault-128/0123456789";

fn main() {
    let mut args = std::env::args().skip(1);
    let which = args.next().unwrap_or_else(|| "both".into());
    let n: u32 = args.next().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let options = Code128Options::default();
    let run = |name: &str, f: &dyn Fn() -> usize| {
        let start = Instant::now();
        let mut sum = 0usize;
        for _ in 0..n {
            sum = sum.wrapping_add(f());
        }
        let per = start.elapsed().as_secs_f64() * 1e9 / f64::from(n.max(1));
        println!("{name}: {per:.0} ns/encode ({sum})");
    };
    if which == "gs1" || which == "both" {
        run("gs1-128", &|| {
            let s = encode_gs1_128(black_box(GS1), &options).expect("valid GS1");
            s.matrix.width()
        });
    }
    if which == "code128" || which == "both" {
        run("code128", &|| {
            let s = encode_code128(black_box(CODE128), &options).expect("valid Code 128");
            s.matrix.width()
        });
    }
}
