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

#[test]
fn macro_control_block() {
    let mut m = MacroPdf417::new(1, 3, "123456");
    m.file_name = Some("AB".into());
    // 928, index "00001" → 100001 = 111·900 + 101, ID 123 456, 923 0 "AB", 923 1 "00003".
    assert_eq!(
        m.codewords().unwrap(),
        vec![928, 111, 101, 123, 456, 923, 0, 1, 923, 1, 111, 103]
    );
    // The last segment ends with 922, and so does any segment marked last.
    assert_eq!(
        MacroPdf417::new(2, 3, "").codewords().unwrap().last(),
        Some(&922)
    );
    let open_ended = MacroPdf417 {
        last_segment: true,
        ..MacroPdf417::default()
    };
    assert_eq!(open_ended.codewords().unwrap(), vec![928, 111, 100, 922]);
}

#[test]
fn macro_block_follows_the_pads() {
    let o = Pdf417Options {
        security_level: Some(0),
        columns: Some(2),
        macro_pdf417: Some(MacroPdf417::new(0, 2, "")),
        ..Pdf417Options::default()
    };
    let s = encode(b"A", &o).unwrap();
    let cws = read_codewords(&s.matrix, false).unwrap();
    // Length, "A" (+ pad value), the 7-word macro block and 2 check words make 11: 6 rows of 2
    // hold 12, so one 900 pad goes before the macro block.
    let n = usize::from(cws[0]);
    let macro_start = cws.iter().position(|&w| w == 928).unwrap();
    assert_eq!(&cws[macro_start..n], &[928, 111, 100, 923, 1, 111, 102]);
    assert_eq!(&cws[2..macro_start], &[900]);
}

#[test]
fn eci_designators() {
    let mut out = Vec::new();
    push_eci(899, &mut out);
    push_eci(900, &mut out);
    push_eci(810_899, &mut out);
    push_eci(810_900, &mut out);
    push_eci(811_799, &mut out);
    assert_eq!(
        out,
        vec![927, 899, 926, 0, 0, 926, 899, 899, 925, 0, 925, 899]
    );
}

#[test]
fn compact_symbol_shape() {
    let o = Pdf417Options {
        compact: true,
        columns: Some(3),
        ..Pdf417Options::default()
    };
    let s = encode(b"compact", &o).unwrap();
    assert_eq!(s.matrix.width(), 17 * 3 + 35);
    assert!(s.matrix.is_dark(s.matrix.width() - 1, 0));
    assert_eq!(s.shape, Shape::Stacked { row_height: 3 });
    assert_eq!(s.quiet_zone, 2);
}

#[test]
fn aspect_ratio_picks_the_closest_shape() {
    let data = [b'a'; 300];
    let mut o = Pdf417Options {
        aspect_ratio: Some(0.1),
        ..Pdf417Options::default()
    };
    let wide = encode(&data, &o).unwrap();
    o.aspect_ratio = Some(3.0);
    let tall = encode(&data, &o).unwrap();
    assert!(wide.matrix.width() > tall.matrix.width());
    assert!(wide.matrix.height() < tall.matrix.height());
    // Pinned columns win over the ratio.
    o.columns = Some(7);
    assert_eq!(encode(&data, &o).unwrap().matrix.width(), 17 * 7 + 69);
}

#[cfg(feature = "serde")]
#[test]
fn options_from_json() {
    let json = r#"{"security_level": 3, "columns": 4, "compact": true,
        "structured_append": {"segment_index": 1, "segment_count": 2, "file_id": "007"}}"#;
    let o: Pdf417Options = serde_json::from_str(json).unwrap();
    assert_eq!(o.security_level, Some(3));
    assert_eq!(o.macro_pdf417.as_ref().map(|m| m.segment_index), Some(1));
    assert!(serde_json::from_str::<Pdf417Options>(r#"{"colums": 3}"#).is_err());
}

#[test]
fn short_digit_runs() {
    for (digits, numeric) in [
        ("1", false),
        ("123", false),
        ("1234", true),
        ("12345", true),
        ("123456", true),
        ("1234567", true),
        ("12345678", true),
    ] {
        let out = cws(digits.as_bytes());
        assert_eq!(out[0] == 902, numeric, "{digits}: {out:?}");
    }
}
