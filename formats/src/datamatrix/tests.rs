use super::*;

fn encode_cw(data: &[u8], opts: &DataMatrixOptions) -> (String, Vec<u8>) {
    let s = encode(data, opts).unwrap();
    let cw = place::read_codewords(&s.matrix).unwrap();
    (s.meta.version, cw[..s.meta.capacity_bits / 8].to_vec())
}

fn opts() -> DataMatrixOptions {
    DataMatrixOptions::default()
}

#[test]
fn iso_annex_example() {
    // ISO/IEC 16022 Annex O: "123456" → 142 164 186 in a 10x10 symbol.
    assert_eq!(
        encode_cw(b"123456", &opts()),
        ("10x10".into(), vec![142, 164, 186])
    );
}

#[test]
fn padding_is_randomised() {
    // "A" then the pad 129 and the 253-state values for positions 3 and 4 (Annex B.1).
    let (v, cw) = encode_cw(b"A", &with_version("12x12"));
    assert_eq!(v, "12x12");
    assert_eq!(cw, [66, 129, 70, 220, 115]);
}

fn with_version(v: &str) -> DataMatrixOptions {
    DataMatrixOptions {
        version: Some(v.into()),
        ..opts()
    }
}

#[test]
fn c40_text_x12_edifact_codewords() {
    // C40 "AIM": (1600·14 + 40·22 + 26 + 1) = 23307 → 91 11 (ISO/IEC 16022 §5.2.5 example).
    let (_, cw) = encode_cw(b"AIMAIMAIM", &opts());
    assert_eq!(&cw[..7], &[230, 91, 11, 91, 11, 91, 11]);
    let (_, cw) = encode_cw(b"aimaimaim", &opts());
    assert_eq!(&cw[..7], &[239, 91, 11, 91, 11, 91, 11]);
    // X12 "*>\r" = values 1 2 0 → 1600 + 80 + 0 + 1 = 1681 → 6 145.
    let (_, cw) = encode_cw(b"*>\r*>\r*>\r", &opts());
    assert_eq!(&cw[..7], &[238, 6, 145, 6, 145, 6, 145]);
    // EDIFACT: '.' (46) four times = 101110 ×4 → 0xBA 0xEB 0xAE.
    let (_, cw) = encode_cw(b"........", &opts());
    assert_eq!(&cw[..7], &[240, 0xba, 0xeb, 0xae, 0xba, 0xeb, 0xae]);
}

#[test]
fn end_of_data_rules() {
    // C40 with room left unlatches: ABC = 1600·14 + 40·15 + 16 + 1 = 23017 → 89 233, …
    let (_, cw) = encode_cw(b"ABCDEFGHI", &with_version("14x14"));
    assert_eq!(cw, [230, 89, 233, 109, 36, 128, 95, 254]);
    // … and none when the data fills the symbol exactly: "ABCDEF" in 12x12 (5 codewords).
    let (_, cw) = encode_cw(b"ABCDEF", &with_version("12x12"));
    assert_eq!(cw, [230, 89, 233, 109, 36]);
    // 62 letters fill 12x64 (43 codewords) only through an end-of-data rule: latch, 20
    // triplets and "AA" + Shift 1, or (the equally short choice made) "AA" in ASCII, latch and
    // 20 triplets that fill the symbol without an unlatch.
    let (v, cw) = encode_cw(&[b'A'; 62], &with_version("12x64"));
    assert_eq!(v, "12x64");
    assert_eq!(
        (cw[0], cw[1], cw[2], cw[41], cw[42]),
        (66, 66, 230, 89, 191)
    );
    // Ten letters in 14x14 (8 codewords): one character in ASCII and three triplets, no unlatch.
    let (_, cw) = encode_cw(b"ABCDEFGHIJ", &with_version("14x14"));
    assert!(!cw.contains(&254));
}

#[test]
fn capacities_of_144x144() {
    let upper: Vec<u8> = (0..2335).map(|i| b'A' + (i % 26) as u8).collect();
    assert_eq!(encode(&upper, &opts()).unwrap().meta.version, "144x144");
    let upper: Vec<u8> = (0..2336).map(|i| b'A' + (i % 26) as u8).collect();
    assert!(encode(&upper, &opts()).is_err());
}

#[test]
fn header_codewords() {
    let mut o = opts();
    o.eci = Some(3);
    assert_eq!(&encode_cw(b"1", &o).1[..3], &[241, 4, 50]);
    o.eci = Some(1000);
    // 1000 - 127 = 873 = 3·254 + 111 → 131 112.
    assert_eq!(&encode_cw(b"1", &o).1[..3], &[241, 131, 112]);
    o.eci = Some(100_000);
    // 100000 - 16383 = 83617 = 1·64516 + 75·254 + 51 → 193 76 52.
    assert_eq!(&encode_cw(b"1", &o).1[..4], &[241, 193, 76, 52]);
    let mut s = opts();
    s.structured_append = Some(StructuredAppend {
        index: 3,
        total: 5,
        file_id: [7, 9],
    });
    assert_eq!(&encode_cw(b"1", &s).1[..4], &[233, (2 << 4) | 12, 7, 9]);
    let (_, cw) = encode_cw(b"[)>\x1e06\x1d12\x1e\x04", &opts());
    assert_eq!(&cw[..2], &[237, 142]);
    let mut r = opts();
    r.reader_init = true;
    assert_eq!(encode_cw(b"12", &r).1[..2], [234, 142]);
}

#[test]
fn matrix_patterns() {
    let s = encode(b"123456", &opts()).unwrap();
    let rows = s.matrix.to_text_rows();
    let lines: Vec<&str> = rows.lines().collect();
    assert_eq!(lines[0], "1010101010");
    assert_eq!(lines[9], "1111111111");
    assert!(lines.iter().all(|l| l.starts_with('1')));
    assert_eq!(s.quiet_zone, 1);
    assert_eq!(s.matrix.role(0, 5), crate::ModuleRole::Finder);
    assert_eq!(s.matrix.role(9, 0), crate::ModuleRole::Timing);
    // 32x32 has 2x2 regions: alignment patterns inside.
    let big = encode(&[b'1'; 100], &with_version("32x32")).unwrap();
    assert_eq!(big.matrix.role(16, 5), crate::ModuleRole::Alignment);
    assert!(big.matrix.is_dark(16, 5) && big.matrix.is_dark(5, 15));
}
