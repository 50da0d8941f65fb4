//! `cargo fuzz run symbology_encode`: arbitrary bytes → a non-QR symbology, options and data →
//! the facade's encode.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| codevault_fuzz::symbology_encode(data));
