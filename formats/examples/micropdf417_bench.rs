//! Encodes the benchmark input in a loop, for profiling (`valgrind --tool=callgrind`), or prints
//! a checksum of the symbols of a few thousand random inputs, to compare encoder versions.
//!
//! `cargo run --release -p codevault-formats --example micropdf417_bench -- [iterations]`
//! `cargo run --release -p codevault-formats --example micropdf417_bench -- check [count]`

use codevault_formats::pdf417::MacroPdf417;
use codevault_formats::pdf417::micro::{self, MicroPdf417Options};

const LABEL: &str = "MicroPDF417 label 0815-4711";

fn main() {
    let mut args = std::env::args().skip(1);
    let first = args.next().unwrap_or_default();
    if first == "check" {
        let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5000);
        check(count);
        return;
    }
    let iterations: usize = first.parse().unwrap_or(100_000);
    let options = MicroPdf417Options::default();
    let mut modules = 0usize;
    for _ in 0..iterations {
        let symbol =
            micro::encode(std::hint::black_box(LABEL.as_bytes()), &options).expect("encodes");
        modules += symbol.matrix.width() * symbol.matrix.height();
    }
    println!("{modules}");
}

/// xorshift64*: a fixed pseudo-random sequence.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() >> 33) as usize % n
    }
}

/// FNV-1a over everything an encode produces (modules, size, metadata, or the error).
fn hash(h: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *h = (*h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
    }
}

fn check(count: usize) {
    const ALPHABETS: [&[u8]; 5] = [
        b"0123456789",
        b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        b"0123456789 abcdefghijklmnopqrstuvwxyzABCZ.,;:-/!?#&",
        b"0123456789Aa \x00\x01\x7f\x80\xc3\xff\n\t",
        b"",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let (mut ok, mut err) = (0usize, 0usize);
    for i in 0..count {
        let alphabet = ALPHABETS[rng.below(ALPHABETS.len())];
        let len = match rng.below(4) {
            0 => rng.below(8),
            1 => rng.below(40),
            2 => rng.below(120),
            _ => rng.below(400),
        };
        // Runs of one class at a time, so that mode switches are exercised.
        let mut data = Vec::with_capacity(len);
        while data.len() < len {
            let run = 1 + rng.below(16);
            let digits = rng.below(3) == 0;
            for _ in 0..run.min(len - data.len()) {
                data.push(if digits {
                    b'0' + rng.below(10) as u8
                } else if alphabet.is_empty() {
                    rng.below(256) as u8
                } else {
                    alphabet[rng.below(alphabet.len())]
                });
            }
        }
        let mut o = MicroPdf417Options::default();
        match i % 8 {
            1 => o.columns = Some(1 + rng.below(4) as u16),
            2 => o.eci = Some(rng.below(1000) as u32),
            3 => o.reader_init = true,
            4 => o.macro_pdf417 = Some(MacroPdf417::new(rng.below(5) as u32, 5, "123456")),
            5 => o.rows = Some([4u16, 8, 10, 20, 44][rng.below(5)]),
            _ => {}
        }
        hash(&mut h, &data);
        match micro::encode(&data, &o) {
            Ok(s) => {
                ok += 1;
                let m = &s.matrix;
                hash(&mut h, &(m.width() as u64).to_le_bytes());
                hash(&mut h, &(m.height() as u64).to_le_bytes());
                for y in 0..m.height() {
                    for x in 0..m.width() {
                        hash(&mut h, &[u8::from(m.is_dark(x, y))]);
                    }
                }
                hash(&mut h, format!("{:?}", s.meta).as_bytes());
            }
            Err(e) => {
                err += 1;
                hash(&mut h, format!("{e:?}").as_bytes());
            }
        }
    }
    println!("inputs {count} symbols {ok} errors {err} checksum {h:016x}");
}
