//! Data Matrix: refused input and options, with the typed errors and messages users see; plus
//! round trips through rxing for the header options (GS1, ECI, structured append, macros).

mod support;

use codevault_formats::{
    EncodeError,
    datamatrix::{self, DataMatrixOptions, StructuredAppend},
};
use rxing::BarcodeFormat;

fn with_version(v: &str) -> DataMatrixOptions {
    let mut o = DataMatrixOptions::default();
    o.version = Some(v.into());
    o
}

#[test]
fn too_long_for_the_largest_size() {
    let digits = vec![b'7'; 3117];
    let e = datamatrix::encode(&digits, &DataMatrixOptions::default()).unwrap_err();
    assert_eq!(
        e,
        EncodeError::DataTooLong {
            needed_bits: 1559 * 8,
            capacity_bits: 1558 * 8,
            symbol: "Data Matrix 144x144".into(),
        }
    );
    assert_eq!(
        e.to_string(),
        "data needs 12,472 bits (1,559 bytes); Data Matrix 144x144 holds 12,464 bits (1,558 bytes): \
         shorten the data, lower the error correction level or allow a larger symbol"
    );
    // The most that fits: 3116 digits.
    assert_eq!(
        datamatrix::encode(&digits[..3116], &DataMatrixOptions::default())
            .unwrap()
            .meta
            .version,
        "144x144"
    );
    // 1557 bytes of binary: latch, two length codewords and the bytes are 1560.
    let bytes = vec![0xe9u8; 1557];
    match datamatrix::encode(&bytes, &DataMatrixOptions::default()) {
        Err(EncodeError::DataTooLong { needed_bits, .. }) => assert_eq!(needed_bits, 1560 * 8),
        other => panic!("{other:?}"),
    }
    // 1556 bytes fill 144x144 exactly: the length field becomes "to the end", one codeword
    // (zint 2.11 agrees: 1556 fit, 1557 do not).
    for n in [1556, 1555] {
        let r = datamatrix::encode(&bytes[..n], &DataMatrixOptions::default());
        assert_eq!(r.map(|s| s.meta.data_bits / 8), Ok(1558), "{n}");
    }
    // Far too long is refused before any search.
    let huge = vec![b'x'; 1 << 20];
    assert!(matches!(
        datamatrix::encode(&huge, &DataMatrixOptions::default()),
        Err(EncodeError::DataTooLong { .. })
    ));
}

#[test]
fn too_long_for_a_pinned_size() {
    let e = datamatrix::encode(b"1234567", &with_version("10x10")).unwrap_err();
    assert_eq!(
        e,
        EncodeError::DataTooLong {
            needed_bits: 4 * 8,
            capacity_bits: 3 * 8,
            symbol: "Data Matrix 10x10 (pinned)".into(),
        }
    );
    let mut square = DataMatrixOptions::default();
    square.square_only = true;
    // Square-only still reaches 144x144; rectangles alone would not matter here.
    assert!(datamatrix::encode(&[b'1'; 3116], &square).is_ok());
}

#[test]
fn invalid_size_names() {
    for bad in ["11x11", "0", "49", "8x", "x8", "big", "", "18x8", "-1"] {
        match datamatrix::encode(b"1", &with_version(bad)) {
            Err(EncodeError::InvalidOption { option, value, .. }) => {
                assert_eq!(option, "version");
                assert_eq!(value, bad);
            }
            other => panic!("{bad:?}: {other:?}"),
        }
    }
    let e = datamatrix::encode(b"1", &with_version("11x11")).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("invalid version 11x11: a size as rows x columns")
    );
    // zint's --vers numbers: 25 is 8x18, 48 is 26x64.
    assert_eq!(
        datamatrix::encode(b"1", &with_version("25"))
            .unwrap()
            .meta
            .version,
        "8x18"
    );
    assert_eq!(
        datamatrix::encode(b"1", &with_version("48"))
            .unwrap()
            .meta
            .version,
        "26x64"
    );
    assert_eq!(
        datamatrix::encode(b"1", &with_version("8X18"))
            .unwrap()
            .meta
            .version,
        "8x18"
    );
}

fn sa(index: u8, total: u8, file_id: [u8; 2]) -> DataMatrixOptions {
    let mut o = DataMatrixOptions::default();
    o.structured_append = Some(StructuredAppend {
        index,
        total,
        file_id,
    });
    o
}

#[test]
fn bad_structured_append() {
    let cases = [
        (sa(1, 1, [1, 1]), "structured_append.total"),
        (sa(1, 17, [1, 1]), "structured_append.total"),
        (sa(0, 4, [1, 1]), "structured_append.index"),
        (sa(5, 4, [1, 1]), "structured_append.index"),
        (sa(1, 4, [0, 1]), "structured_append.file_id"),
        (sa(1, 4, [1, 255]), "structured_append.file_id"),
    ];
    for (opts, field) in cases {
        match datamatrix::encode(b"123", &opts) {
            Err(EncodeError::InvalidOption { option, .. }) => assert_eq!(option, field),
            other => panic!("{field}: {other:?}"),
        }
    }
    assert!(datamatrix::encode(b"123", &sa(16, 16, [254, 254])).is_ok());
    let mut both = sa(1, 2, [1, 1]);
    both.reader_init = true;
    assert!(matches!(
        datamatrix::encode(b"1", &both),
        Err(EncodeError::InvalidOption {
            option: "reader_init",
            ..
        })
    ));
}

#[test]
fn bad_eci_and_gs1() {
    let mut o = DataMatrixOptions::default();
    o.eci = Some(1_000_000);
    assert!(matches!(
        datamatrix::encode(b"1", &o),
        Err(EncodeError::InvalidOption { option: "eci", .. })
    ));
    let mut g = DataMatrixOptions::default();
    g.gs1 = true;
    // GS1 errors from the element-string parser come through unchanged.
    for bad in [&b"[01"[..], b"\xff\xfe", b""] {
        let ours = datamatrix::encode(bad, &g);
        let theirs = codevault_formats::gs1::ElementString::parse(bad);
        if let Err(e) = theirs {
            assert_eq!(ours.unwrap_err(), e, "{bad:?}");
        }
    }
    assert!(matches!(
        datamatrix::encode(b"[01", &g),
        Err(EncodeError::InvalidData { .. })
    ));
    g.reader_init = true;
    assert!(matches!(
        datamatrix::encode(b"[01]09521234543213[10]ABC", &g),
        Err(EncodeError::InvalidOption {
            option: "reader_init",
            ..
        })
    ));
}

fn read(data: &[u8], opts: &DataMatrixOptions) -> String {
    let sym = datamatrix::encode(data, opts).unwrap();
    support::decode_as(&sym, BarcodeFormat::DATA_MATRIX).unwrap()
}

#[test]
fn header_options_scan() {
    let mut g = DataMatrixOptions::default();
    g.gs1 = true;
    assert_eq!(
        read(b"[01]09521234543213[10]ABC123[21]XYZ", &g),
        "010952123454321310ABC123\u{1d}21XYZ"
    );
    let mut e = DataMatrixOptions::default();
    e.eci = Some(3);
    assert_eq!(read(b"caf\xe9", &e), "café");
    assert_eq!(read(b"0123456789", &sa(2, 3, [17, 42])), "0123456789");
    // The macro envelope comes back from the reader as header and trailer.
    assert_eq!(
        read(
            b"[)>\x1e05\x1dABC123\x1e\x04",
            &DataMatrixOptions::default()
        ),
        "[)>\u{1e}05\u{1d}ABC123\u{1e}\u{4}"
    );
    let mut r = DataMatrixOptions::default();
    r.reader_init = true;
    assert_eq!(read(b"PROGRAM", &r), "PROGRAM");
}

#[test]
fn never_panics_on_odd_input() {
    let mut o = DataMatrixOptions::default();
    for data in [
        &b""[..],
        b"\x00",
        b"\xff",
        b"[)>\x1e05\x1d\x1e\x04",
        b"[)>\x1e06\x1d",
    ] {
        for gs1 in [false, true] {
            o.gs1 = gs1;
            let _ = datamatrix::encode(data, &o);
        }
    }
    assert_eq!(
        datamatrix::encode(b"", &DataMatrixOptions::default())
            .unwrap()
            .meta
            .version,
        "10x10"
    );
}
