//! `cargo run --release -p codevault-formats --example hanxin_bench [N]`: N Han Xin encodes of a
//! 33-byte URL, for `valgrind --tool=callgrind` (see docs/benchmarks.md).
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let o = codevault_formats::hanxin::HanXinOptions::default();
    let mut acc = 0usize;
    for _ in 0..n {
        let s =
            codevault_formats::hanxin::encode(b"https://example.com/products/4711", &o).unwrap();
        acc += s.matrix.dark_count();
    }
    println!("{acc}");
}
