//! DotCode round trips: whatever we encode reads back (through `dotcode_reader.rs`, as no public
//! decoder reads DotCode) as the input, at any width, mask and aspect ratio; and the encoder
//! never panics on arbitrary input.

#[path = "dotcode_reader.rs"]
mod reader;

use codevault_formats::dotcode::{self, DotCodeOptions};
use proptest::prelude::*;

fn check(data: &[u8], options: &DotCodeOptions) -> Result<(), TestCaseError> {
    let sym = match dotcode::encode(data, options) {
        Ok(s) => s,
        // A pinned width can be too narrow for the data: that is a typed error, not a bug.
        Err(codevault_formats::EncodeError::DataTooLong { .. }) if options.columns.is_some() => {
            return Ok(());
        }
        Err(e) => return Err(TestCaseError::fail(format!("{data:?}: {e}"))),
    };
    let rows = sym.matrix.to_bools();
    for (y, row) in rows.iter().enumerate() {
        for (x, &d) in row.iter().enumerate() {
            prop_assert!(!d || (x + y) % 2 == 0, "dot at odd cell ({x}, {y})");
        }
    }
    let r = reader::read(&rows).map_err(TestCaseError::fail)?;
    prop_assert_eq!(&r.data, &data.to_vec());
    prop_assert_eq!(r.eci, options.eci);
    prop_assert_eq!(r.reader_init, options.reader_init);
    if let Some(m) = options.mask {
        prop_assert_eq!(sym.meta.mask, Some(m));
        prop_assert_eq!(r.mask, m & 3);
    }
    Ok(())
}

/// Bytes biased towards the interesting classes: digits, controls, CR LF, high bytes.
fn message() -> impl Strategy<Value = Vec<u8>> {
    let byte = prop_oneof![
        4 => b'0'..=b'9',
        3 => b'A'..=b'Z',
        3 => b'a'..=b'z',
        1 => Just(b'\r'),
        1 => Just(b'\n'),
        1 => prop::sample::select(vec![9u8, 28, 29, 30, 4, 0, 1, 27, 127, b' ', b'[', b')', b'>']),
        2 => 128u8..=255,
        1 => any::<u8>(),
    ];
    prop::collection::vec(byte, 1..120)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn reads_back(
        data in message(),
        columns in prop::option::of(5u16..=60),
        mask in prop::option::of(0u8..=7),
        eci in prop::option::of(prop_oneof![0u32..=39, 40u32..=811_799]),
        aspect in prop::option::of(0.2f32..=3.0),
        reader_init in any::<bool>(),
    ) {
        let mut o = DotCodeOptions::default();
        o.columns = columns;
        o.mask = mask;
        o.eci = eci;
        o.aspect_ratio = aspect;
        o.reader_init = reader_init;
        check(&data, &o)?;
    }

    #[test]
    fn never_panics(data in prop::collection::vec(any::<u8>(), 0..300), columns in any::<u16>(), mask in any::<u8>(), gs1 in any::<bool>()) {
        let mut o = DotCodeOptions::default();
        o.columns = Some(columns);
        o.mask = Some(mask);
        o.gs1 = gs1;
        let _ = dotcode::encode(&data, &o);
        o.columns = None;
        let _ = dotcode::encode(&data, &o);
    }
}

#[test]
fn macros_and_gs1_read_back() {
    let o = DotCodeOptions::default();
    for data in [
        &b"[)>\x1e05\x1d0101234567890\x1e\x04"[..],
        b"[)>\x1e06\x1dABC\x1dDEF\x1e\x04",
        b"[)>\x1e12\x1dx\x1e\x04",
        b"[)>\x1e07ABC\x04",
        b"\x1eRS first",
        b"\tTAB first",
    ] {
        check(data, &o).unwrap();
    }
    let mut g = DotCodeOptions::default();
    g.gs1 = true;
    let sym = dotcode::encode(b"[01]09521234543213[10]AB[21]12345", &g).unwrap();
    let r = reader::read(&sym.matrix.to_bools()).unwrap();
    assert!(r.gs1);
    assert_eq!(r.data, b"0109521234543213\x31\x30AB\x1d2112345".to_vec());
}
