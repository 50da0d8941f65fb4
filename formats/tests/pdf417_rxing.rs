//! PDF417 round trips through rxing: random data in each compaction mode (and mixed), random
//! security levels, column counts and compact symbols.

mod support;

use codevault_formats::pdf417::{self, MacroPdf417, Pdf417Options};
use proptest::prelude::*;
use rxing::BarcodeFormat;

fn latin1(data: &[u8]) -> String {
    data.iter().map(|&b| char::from(b)).collect()
}

fn options(level: Option<u8>, columns: Option<u16>, compact: bool) -> Pdf417Options {
    let mut o = Pdf417Options::default();
    o.security_level = level;
    o.columns = columns;
    o.compact = compact;
    o
}

fn round_trip(data: &[u8], o: &Pdf417Options) -> Result<(), TestCaseError> {
    let symbol = match pdf417::encode(data, o) {
        Ok(s) => s,
        // Pinned sizes too small for the data are refused; that is tested elsewhere.
        Err(codevault_formats::EncodeError::DataTooLong { .. }) => return Ok(()),
        Err(e) => return Err(TestCaseError::fail(format!("{e}"))),
    };
    let read = support::decode_as(&symbol, BarcodeFormat::PDF_417);
    prop_assert_eq!(read, Ok(latin1(data)), "{:?} {:?}", o, symbol.meta);
    Ok(())
}

const TEXT: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 \
                    &\r\t,:#-.$/+%*=^;<>@[\\]_`~!\n\"|()?{}'";

fn text_strategy(max: usize) -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(TEXT.as_bytes().to_vec()), 1..max)
}

fn level() -> impl Strategy<Value = Option<u8>> {
    prop::option::of(0u8..=8)
}

fn columns() -> impl Strategy<Value = Option<u16>> {
    prop::option::of(1u16..=30)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn numeric(d in "[0-9]{1,400}", l in level(), c in columns(), compact in any::<bool>()) {
        round_trip(d.as_bytes(), &options(l, c, compact))?;
    }

    #[test]
    fn text(d in text_strategy(300), l in level(), c in columns(), compact in any::<bool>()) {
        round_trip(&d, &options(l, c, compact))?;
    }

    #[test]
    fn bytes(d in prop::collection::vec(any::<u8>(), 1..400), l in level(), c in columns()) {
        round_trip(&d, &options(l, c, false))?;
    }

    #[test]
    fn mixed(parts in prop::collection::vec(
        prop_oneof![
            "[0-9]{1,30}".prop_map(String::into_bytes),
            text_strategy(20),
            prop::collection::vec(128u8.., 1..10),
        ], 1..8),
        l in level(), compact in any::<bool>()) {
        round_trip(&parts.concat(), &options(l, None, compact))?;
    }

    #[test]
    fn aspect_ratio(d in text_strategy(200), ratio in 0.05f32..5.0) {
        let mut o = Pdf417Options::default();
        o.aspect_ratio = Some(ratio);
        round_trip(&d, &o)?;
    }
}

#[test]
fn rows_pinned() {
    for rows in [3u16, 4, 10, 33, 90] {
        let mut o = Pdf417Options::default();
        o.rows = Some(rows);
        let s = pdf417::encode(b"Rows pinned: 0123456789", &o).unwrap();
        assert_eq!(s.matrix.height(), usize::from(rows));
        round_trip(b"Rows pinned: 0123456789", &o).unwrap();
    }
}

#[test]
fn eci_utf8() {
    let mut o = Pdf417Options::default();
    o.eci = Some(26);
    let s = pdf417::encode("Grüße, 日本".as_bytes(), &o).unwrap();
    assert_eq!(
        support::decode_as(&s, BarcodeFormat::PDF_417),
        Ok("Grüße, 日本".to_string())
    );
}

#[test]
fn reader_init_and_macro_decode() {
    let mut o = Pdf417Options::default();
    o.reader_init = true;
    round_trip(b"program me", &o).unwrap();

    let mut m = MacroPdf417::new(1, 3, "123456");
    m.file_name = Some("report.txt".into());
    m.time_stamp = Some(1_700_000_000);
    m.sender = Some("CodeVault".into());
    m.addressee = Some("Reader".into());
    m.file_size = Some(123_456);
    m.checksum = Some(0xbeef);
    let mut o = Pdf417Options::default();
    o.macro_pdf417 = Some(m);
    round_trip(b"segment two of three", &o).unwrap();
}

#[test]
fn largest_symbols() {
    let digits: Vec<u8> = (0..2710).map(|i| b'0' + (i * 7 % 10) as u8).collect();
    round_trip(&digits, &options(Some(0), Some(29), false)).unwrap();
    let bytes: Vec<u8> = (0..1108).map(|i| (i * 131 % 256) as u8).collect();
    round_trip(&bytes, &options(Some(0), None, false)).unwrap();
    round_trip(&[b'x'; 1000], &options(Some(4), None, true)).unwrap();
}
