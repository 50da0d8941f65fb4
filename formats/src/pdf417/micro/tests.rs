use super::*;
use crate::Shape;

fn opts(f: impl FnOnce(&mut MicroPdf417Options)) -> MicroPdf417Options {
    let mut o = MicroPdf417Options::default();
    f(&mut o);
    o
}

#[test]
fn every_size_draws_and_reads_back() {
    for size in &sizes::SIZES {
        let o = opts(|o| o.version = Some(format!("{}x{}", size.rows, size.cols)));
        let sym = encode(b"ABC", &o).unwrap();
        assert_eq!(sym.matrix.width(), size.width());
        assert_eq!(sym.matrix.height(), usize::from(size.rows));
        let cws = read_codewords(&sym.matrix).unwrap();
        assert_eq!(cws.len(), size.capacity());
        assert_eq!(&cws[..3], &[900, 1, 2 * 30 + 29]);
    }
}

#[test]
fn docs_example() {
    let symbol = encode(b"Hello", &MicroPdf417Options::default()).unwrap();
    assert_eq!(symbol.meta.version, "11x1");
    assert_eq!(symbol.meta.ecc.as_deref(), Some("7"));
    assert_eq!(symbol.meta.data_bits, 40);
    assert_eq!(symbol.meta.capacity_bits, 40);
    assert_eq!(symbol.quiet_zone, 1);
    assert_eq!(symbol.shape, Shape::Stacked { row_height: 2 });
    let o = opts(|o| {
        o.columns = Some(4);
        o.macro_pdf417 = Some(MacroPdf417::new(0, 2, "123"));
    });
    let symbol = encode(b"first half", &o).unwrap();
    assert_eq!(symbol.matrix.width(), 99);
}

#[test]
fn codeword_order() {
    // Reader init, ECI, data, pads, macro block.
    let o = opts(|o| {
        o.reader_init = true;
        o.eci = Some(26);
        o.version = Some("14x2".into());
        o.macro_pdf417 = Some(MacroPdf417::new(1, 2, ""));
    });
    let symbol = encode(b"A", &o).unwrap();
    let cws = read_codewords(&symbol.matrix).unwrap();
    // 921, 927 26, 900 (A + pad), pads, 928 (index 1: 100001 = 111·900 + 101), 923 1 (count 2:
    // 100002), 922.
    assert_eq!(cws[..5], [921, 927, 26, 900, 29]);
    assert_eq!(cws[cws.len() - 8..], [928, 111, 101, 923, 1, 111, 102, 922]);
    assert!(cws[5..cws.len() - 8].iter().all(|&c| c == 900));
}

#[test]
fn empty_data_is_a_symbol_of_pads() {
    let symbol = encode(b"", &MicroPdf417Options::default()).unwrap();
    assert_eq!(symbol.meta.version, "11x1");
    assert_eq!(read_codewords(&symbol.matrix).unwrap(), [900; 4]);
}

#[test]
fn rows_pin() {
    // 8 rows exist with 2, 3 and 4 columns: the smallest capacity that fits.
    let o = opts(|o| o.rows = Some(8));
    assert_eq!(encode(b"AB", &o).unwrap().meta.version, "8x2");
    assert_eq!(encode(&[0x80; 9], &o).unwrap().meta.version, "8x3");
    assert_eq!(encode(&[0x80; 14], &o).unwrap().meta.version, "8x4");
}
