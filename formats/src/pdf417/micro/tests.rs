use super::*;

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
