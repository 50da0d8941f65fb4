//! Median µs per encode for CodeVault and the Rust peers, printed the same way as the C harness
//! (`c/peers.c`) so `scripts/bench-qr.sh` can put all six libraries in one table.
//!
//! ```text
//! cargo run --release -p codevault-benches --example medians [-- --samples 31]
//! cargo run --release -p codevault-benches --example medians -- --only fast_qr --case V10-H --iters 100
//! ```
//!
//! Output: one `library<TAB>case<TAB>median_us` line per measurement. With `--iters N` nothing
//! is timed: the selected encoders just run N times (for `valgrind --tool=callgrind`).

#![allow(missing_docs)]

use std::hint::black_box;

#[path = "../peers/mod.rs"]
mod peers;

fn main() {
    let mut samples = 31usize;
    let (mut only, mut case_name, mut iters) = (None::<String>, None::<String>, None::<u64>);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--samples" => samples = value().parse().expect("--samples N"),
            "--only" => only = Some(value()),
            "--case" => case_name = Some(value()),
            "--iters" => iters = Some(value().parse().expect("--iters N")),
            _ => panic!("unknown argument {a}"),
        }
    }
    let cases: Vec<_> = codevault_benches::cases()
        .into_iter()
        .filter(|c| case_name.as_ref().is_none_or(|n| *n == c.name))
        .collect();
    let selected: Vec<_> = peers::PEERS
        .iter()
        .filter(|p| only.as_ref().is_none_or(|n| n == p.name))
        .collect();
    assert!(
        !cases.is_empty() && !selected.is_empty(),
        "nothing selected"
    );
    for case in &cases {
        for peer in &selected {
            let width = (peer.encode)(case);
            assert_eq!(
                width,
                17 + 4 * usize::from(case.version),
                "{} {}",
                peer.name,
                case.name
            );
            if let Some(n) = iters {
                for _ in 0..n {
                    black_box((peer.encode)(black_box(case)));
                }
                continue;
            }
            let us = codevault_benches::median_us(samples, || {
                black_box((peer.encode)(black_box(case)));
            });
            println!("{}\t{}\t{:.1}", peer.name, case.name, us);
        }
    }
}
