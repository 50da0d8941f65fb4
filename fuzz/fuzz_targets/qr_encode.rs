//! `cargo fuzz run qr_encode`: arbitrary bytes → QR-family options + data → encode.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| codevault_fuzz::qr_encode(data));
