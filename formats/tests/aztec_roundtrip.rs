//! Aztec symbols read back by rxing (compact and full-range, every kind of data), and bad input
//! refused with precise errors.

mod support;

use codevault_formats::{
    EncodeError, Symbol,
    aztec::{self, AztecOptions, AztecStructuredAppend},
};
use proptest::prelude::*;
use rxing::BarcodeFormat;

/// rxing needs a margin around the symbol; Aztec itself asks for none.
fn read(symbol: &Symbol) -> Result<String, String> {
    let mut s = symbol.clone();
    s.quiet_zone = 3;
    support::decode_as(&s, BarcodeFormat::AZTEC)
}

/// What rxing reports for raw bytes without an ECI: ISO-8859-1.
fn latin1(data: &[u8]) -> String {
    data.iter().map(|&b| char::from(b)).collect()
}

fn options(version: Option<&str>, compact: bool) -> AztecOptions {
    let mut o = AztecOptions::default();
    o.version = version.map(str::to_string);
    o.compact = compact;
    o
}

#[test]
fn every_size_reads_back() {
    let text = b"The quick brown fox jumps over the lazy dog: 0123456789, \"ok\"!\r\n";
    for l in 1..=4 {
        let v = format!("C{l}");
        let data = &text[..(l * 12).min(text.len())];
        let s = aztec::encode(data, &options(Some(&v), false)).unwrap();
        assert_eq!(read(&s).as_deref(), Ok(latin1(data).as_str()), "{v}");
    }
    for l in 1..=32 {
        let v = l.to_string();
        let data: Vec<u8> = text.iter().cycle().take(8 + l * l * 3).copied().collect();
        let s = aztec::encode(&data, &options(Some(&v), false)).unwrap();
        assert_eq!(s.meta.version, v);
        assert_eq!(read(&s), Ok(latin1(&data)), "layers {v}");
    }
}

#[test]
fn eci_utf8_reads_as_text() {
    let mut o = AztecOptions::default();
    o.eci = Some(26);
    let text = "Grüße aus Zürich — 東京";
    let s = aztec::encode(text.as_bytes(), &o).unwrap();
    assert_eq!(read(&s).as_deref(), Ok(text));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_round_trip(data in proptest::collection::vec(any::<u8>(), 1..400), compact in any::<bool>()) {
        let compact = compact && data.len() < 40;
        let s = aztec::encode(&data, &options(None, compact)).unwrap();
        prop_assert_eq!(read(&s), Ok(latin1(&data)));
    }

    #[test]
    fn any_options_never_panic(
        data in proptest::collection::vec(any::<u8>(), 0..120),
        version in proptest::option::of("(C?[0-9]{1,2}|x)"),
        ecc_percent in proptest::option::of(any::<u8>()),
        compact in any::<bool>(),
        eci in proptest::option::of(0u32..1_100_000),
        reader_init in any::<bool>(),
        sa in proptest::option::of((0u8..30, 0u8..30, proptest::option::of("[ -~]{0,40}"))),
    ) {
        let mut o = AztecOptions::default();
        o.version = version;
        o.ecc_percent = ecc_percent;
        o.compact = compact;
        o.eci = eci;
        o.reader_init = reader_init;
        o.structured_append =
            sa.map(|(index, total, id)| AztecStructuredAppend { index, total, id });
        let _ = aztec::encode(&data, &o);
    }

    #[test]
    fn text_round_trips(text in "[ -~\r\n]{1,300}") {
        let s = aztec::encode(text.as_bytes(), &AztecOptions::default()).unwrap();
        prop_assert_eq!(read(&s), Ok(text));
    }

    #[test]
    fn mode_heavy_text_round_trips(text in "([A-Z]{1,4}|[a-z]{1,4}|[0-9]{1,6}|[.,: ]{1,3}|\r\n|[@^_|~]|[!?#$%&*+=]){1,60}") {
        let s = aztec::encode(text.as_bytes(), &AztecOptions::default()).unwrap();
        prop_assert_eq!(read(&s), Ok(text));
    }
}

#[test]
fn too_long_names_the_numbers() {
    let data = vec![0xa5u8; 2500];
    match aztec::encode(&data, &AztecOptions::default()) {
        Err(EncodeError::DataTooLong {
            needed_bits,
            capacity_bits,
            symbol,
        }) => {
            assert!(needed_bits > capacity_bits);
            assert_eq!(capacity_bits, 15348, "32 layers at 23 % + 3");
            assert!(symbol.contains("32 layers"), "{symbol}");
        }
        other => panic!("{other:?}"),
    }
    let e = aztec::encode(&[b'A'; 40], &options(Some("C1"), false)).unwrap_err();
    assert!(
        matches!(
            e,
            EncodeError::DataTooLong {
                capacity_bits: 84,
                ..
            }
        ),
        "{e}"
    );
    assert!(e.to_string().contains("Aztec C1 (pinned)"), "{e}");
    // Far too long: refused up front, still with the numbers.
    let e = aztec::encode(&vec![b'7'; 100_000], &AztecOptions::default()).unwrap_err();
    assert!(
        matches!(
            e,
            EncodeError::DataTooLong {
                needed_bits: 250_000,
                capacity_bits: 19_932,
                ..
            }
        ),
        "{e}"
    );
    let e = aztec::encode(&[b'A'; 100], &options(None, true)).unwrap_err();
    assert!(e.to_string().contains("compact C4"), "{e}");
}

#[test]
fn bad_options() {
    let invalid = |o: &AztecOptions, data: &[u8]| match aztec::encode(data, o) {
        Err(EncodeError::InvalidOption { option, .. }) => option,
        other => panic!("{other:?}"),
    };
    for v in ["C0", "C5", "0", "33", "L5", "full", ""] {
        assert_eq!(invalid(&options(Some(v), false), b"A"), "version");
    }
    for p in [0, 4, 96, 255] {
        let mut o = AztecOptions::default();
        o.ecc_percent = Some(p);
        assert_eq!(invalid(&o, b"A"), "ecc_percent");
    }
    let mut o = AztecOptions::default();
    o.eci = Some(1_000_000);
    assert_eq!(invalid(&o, b"A"), "eci");
    let mut o = AztecOptions::default();
    o.gs1 = true;
    o.reader_init = true;
    assert_eq!(invalid(&o, b"[10]1"), "reader_init");
    let mut o = options(Some("C2"), false);
    o.reader_init = true;
    assert_eq!(invalid(&o, b"A"), "version");
    for (index, total, id, option) in [
        (1, 1, None, "structured_append.total"),
        (1, 27, None, "structured_append.total"),
        (0, 3, None, "structured_append.index"),
        (4, 3, None, "structured_append.index"),
        (1, 3, Some("has space"), "structured_append.id"),
    ] {
        let mut o = AztecOptions::default();
        o.structured_append = Some(AztecStructuredAppend {
            index,
            total,
            id: id.map(str::to_string),
        });
        assert_eq!(invalid(&o, b"A"), option);
    }
    assert!(matches!(
        aztec::encode(b"", &AztecOptions::default()),
        Err(EncodeError::InvalidData { .. })
    ));
}

#[test]
fn bad_rune_values() {
    for bad in [&b""[..], b"256", b"999", b"1234", b"12a", b"-1", b" 1"] {
        let e = aztec::encode_rune_text(bad).unwrap_err();
        assert!(matches!(e, EncodeError::InvalidData { .. }), "{bad:?}: {e}");
        assert!(e.to_string().contains("Aztec Rune value"), "{e}");
    }
    assert_eq!(
        aztec::encode_rune_text(b"007").unwrap(),
        aztec::encode_rune(7)
    );
}

#[test]
fn meta_and_quiet_zone() {
    let s = aztec::encode(b"HELLO", &AztecOptions::default()).unwrap();
    assert_eq!(s.quiet_zone, 0);
    assert_eq!(s.meta.version, "C1");
    assert_eq!(s.meta.symbology, codevault_formats::Symbology::Aztec);
    assert!(s.meta.data_bits <= s.meta.capacity_bits);
    let r = aztec::encode_rune(255);
    assert_eq!(r.meta.symbology, codevault_formats::Symbology::AztecRune);
    assert_eq!((r.matrix.width(), r.matrix.height()), (11, 11));
}
