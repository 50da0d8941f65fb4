//! DotCode: bad options and data get precise typed errors, with the numbers in the message.

use codevault_formats::EncodeError;
use codevault_formats::dotcode::{self, DotCodeOptions};

fn with(f: impl FnOnce(&mut DotCodeOptions)) -> DotCodeOptions {
    let mut o = DotCodeOptions::default();
    f(&mut o);
    o
}

fn invalid_option(r: Result<codevault_formats::Symbol, EncodeError>) -> &'static str {
    match r {
        Err(EncodeError::InvalidOption { option, .. }) => option,
        other => panic!("expected an invalid option, got {other:?}"),
    }
}

#[test]
fn width_out_of_range() {
    for c in [0u16, 4, 201, 1000] {
        let o = with(|o| o.columns = Some(c));
        assert_eq!(invalid_option(dotcode::encode(b"ABC", &o)), "columns");
    }
    for c in [5u16, 6, 200] {
        let o = with(|o| o.columns = Some(c));
        let s = dotcode::encode(b"ABC", &o).unwrap();
        assert_eq!(s.matrix.width(), usize::from(c));
        assert!(s.matrix.height() >= 5, "short data still gets 5 rows");
        assert_eq!((s.matrix.width() + s.matrix.height()) % 2, 1);
    }
}

#[test]
fn bad_mask_eci_aspect() {
    let o = with(|o| o.mask = Some(8));
    assert_eq!(invalid_option(dotcode::encode(b"A", &o)), "mask");
    let o = with(|o| o.eci = Some(811_800));
    assert_eq!(invalid_option(dotcode::encode(b"A", &o)), "eci");
    for r in [0.0f32, -1.0, f32::NAN, f32::INFINITY, 25.0] {
        let o = with(|o| o.aspect_ratio = Some(r));
        assert_eq!(invalid_option(dotcode::encode(b"A", &o)), "aspect_ratio");
    }
}

#[test]
fn empty_data() {
    let err = dotcode::encode(b"", &DotCodeOptions::default()).unwrap_err();
    assert!(matches!(err, EncodeError::InvalidData { .. }), "{err}");
}

#[test]
fn too_long_for_a_pinned_width() {
    let o = with(|o| o.columns = Some(20));
    let data = vec![b'A'; 400];
    match dotcode::encode(&data, &o) {
        Err(EncodeError::DataTooLong {
            needed_bits,
            capacity_bits,
            symbol,
        }) => {
            assert!(needed_bits > capacity_bits);
            assert!(symbol.contains("20 columns"), "{symbol}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn too_long_for_the_largest_symbol() {
    // 1471 data codewords fit 200x199; 3000 digits need 1500.
    let digits: Vec<u8> = (0..3000).map(|i| b'0' + (i % 10) as u8).collect();
    let err = dotcode::encode(&digits, &DotCodeOptions::default()).unwrap_err();
    match &err {
        EncodeError::DataTooLong {
            needed_bits,
            capacity_bits,
            symbol,
        } => {
            assert_eq!(*capacity_bits, 1471 * 9);
            assert!(*needed_bits > *capacity_bits);
            assert!(symbol.contains("200x199"), "{symbol}");
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("13,239"), "{err}");
    // Far too long is refused before any search.
    let huge = vec![0x80u8; 100_000];
    assert!(matches!(
        dotcode::encode(&huge, &DotCodeOptions::default()),
        Err(EncodeError::DataTooLong { .. })
    ));
    // Just under the limit still encodes (zint refuses at this length: its 2:3 shape would be
    // wider than 200, where we fall back to 200 columns).
    let fits: Vec<u8> = (0..2900).map(|i| b'0' + (i % 10) as u8).collect();
    let s = dotcode::encode(&fits, &DotCodeOptions::default()).unwrap();
    assert!(s.matrix.width() <= 200 && s.matrix.height() <= 200);
}

#[test]
fn gs1_errors_propagate() {
    let o = with(|o| o.gs1 = true);
    for bad in [
        &b"[01]09521234543214"[..], // check digit should be 3
        b"[10]ABC",                 // (10) needs a GTIN
        b"no AI here",
        b"[01]0952123454321", // too short
    ] {
        let err = dotcode::encode(bad, &o).unwrap_err();
        assert!(
            matches!(err, EncodeError::InvalidData { .. }),
            "{bad:?}: {err}"
        );
    }
}
