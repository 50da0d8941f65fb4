use super::*;

fn cws(data: &[u8]) -> Vec<u16> {
    let mut out = Vec::new();
    compaction::compact(data, false, &mut out).unwrap();
    out
}

#[test]
fn text_compaction() {
    // "PDF417": P D F (Alpha) ML 4 1 7 → 15 3 5 28 4 1 7 + pad 29.
    assert_eq!(
        cws(b"PDF417"),
        vec![15 * 30 + 3, 5 * 30 + 28, 4 * 30 + 1, 7 * 30 + 29]
    );
    // Lower-case with a single capital: AS shift.
    assert_eq!(cws(b"aBc"), vec![27 * 30, 27 * 30 + 1, 2 * 30 + 29]);
}

#[test]
fn numeric_compaction() {
    // ISO/IEC 15438 5.4.4 example: 000213298174000 → 902 1 624 434 632 282 200.
    assert_eq!(
        cws(b"000213298174000"),
        vec![902, 1, 624, 434, 632, 282, 200]
    );
}

#[test]
fn byte_compaction() {
    // Six bytes → 924 and five base-900 digits.
    let six = cws(&[0xff; 6]);
    assert_eq!(six[0], 924);
    assert_eq!(six.len(), 6);
    let v = six[1..].iter().fold(0u64, |v, &c| v * 900 + u64::from(c));
    assert_eq!(v, 0xffff_ffff_ffff);
    // Seven bytes: 901, five codewords and one more.
    assert_eq!(cws(&[0x80; 7]).len(), 7);
    // A single byte after text: 913 shift.
    assert_eq!(cws(b"AB\xe9"), vec![1, 913, 0xe9]);
}

#[test]
fn default_symbol() {
    let s = encode(b"Hello", &Pdf417Options::default()).unwrap();
    assert_eq!(s.meta.version, "6x2");
    assert_eq!(s.matrix.width(), 103);
    let back = read_codewords(&s.matrix, false).unwrap();
    assert_eq!(back[0], 4);
}
