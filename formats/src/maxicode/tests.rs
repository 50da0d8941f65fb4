//! Unit tests: the code set tables, primary messages and the ISO/IEC 16023 examples.

use super::*;

#[test]
fn every_byte_has_a_code_set() {
    for b in 0..=255u8 {
        assert_ne!(charset::SETS_OF[usize::from(b)], 0, "byte {b:#x}");
    }
}

fn opts(mode: u8, primary: Option<&str>) -> MaxiCodeOptions {
    MaxiCodeOptions {
        mode: Some(mode),
        primary: primary.map(str::to_string),
        ..Default::default()
    }
}

/// ISO/IEC 16023:2000 Figure 2: 93 code set A characters fill a mode 4 symbol exactly (zint
/// 2.11 reproduces the figure; the vector `iso-figure2-mode4-full` compares ours with it).
#[test]
fn iso_figure_2_fills_mode_4() {
    let text = b"THIS IS A 93 CHARACTER CODE SET A MESSAGE THAT FILLS A MODE 4, UNAPPENDED, \
                 MAXICODE SYMBOL...";
    assert_eq!(text.len(), 93);
    let (stream, end) = optimal::encode(text);
    assert_eq!((stream.len(), end), (93, charset::A));
    // One character per codeword, each its set A value.
    assert_eq!(&stream[..4], &[20, 8, 9, 19]);
    let sym = encode(text, &opts(4, None)).unwrap();
    assert_eq!(
        (sym.meta.data_bits, sym.meta.capacity_bits),
        (93 * 6, 93 * 6)
    );
    let mut more = text.to_vec();
    more.push(b'.');
    assert!(matches!(
        encode(&more, &opts(4, None)),
        Err(EncodeError::DataTooLong { .. })
    ));
}

/// ISO/IEC 16023:2000 B.1: the mode 3 primary message for Brussels (postcode "B1050",
/// country 056, service 999): each field comes back out of the 60 bits.
#[test]
fn iso_b1_primary_message() {
    let cw = primary_codewords(3, "B1050056999").unwrap();
    let bits = cw
        .iter()
        .enumerate()
        .fold(0u64, |v, (k, &c)| v | u64::from(c) << (6 * k));
    assert_eq!(bits & 0xf, 3);
    assert_eq!(bits >> 40 & 0x3ff, 56);
    assert_eq!(bits >> 50 & 0x3ff, 999);
    let chars: Vec<u64> = (0..6).map(|i| bits >> (4 + 30 - 6 * i) & 0x3f).collect();
    assert_eq!(chars, [2, 49, 48, 53, 48, 32]); // B 1 0 5 0 space in set A
}

#[test]
fn mode_2_primary_message() {
    let cw = primary_codewords(2, "152382802840001").unwrap();
    let bits = cw
        .iter()
        .enumerate()
        .fold(0u64, |v, (k, &c)| v | u64::from(c) << (6 * k));
    assert_eq!(bits & 0xf, 2);
    assert_eq!(bits >> 4 & 0x3fff_ffff, 152_382_802);
    assert_eq!(bits >> 34 & 0x3f, 9);
    assert_eq!(bits >> 40 & 0x3ff, 840);
    assert_eq!(bits >> 50 & 0x3ff, 1);
    // Trailing spaces end the postcode (zint's convention): 5 digits.
    let cw = primary_codewords(2, "12345    840001").unwrap();
    let bits = cw
        .iter()
        .enumerate()
        .fold(0u64, |v, (k, &c)| v | u64::from(c) << (6 * k));
    assert_eq!((bits >> 4 & 0x3fff_ffff, bits >> 34 & 0x3f), (12345, 5));
}

#[test]
fn default_modes() {
    let mode = |p: Option<&str>| {
        let o = MaxiCodeOptions {
            primary: p.map(str::to_string),
            ..Default::default()
        };
        resolve_mode(&o, p).unwrap()
    };
    assert_eq!(mode(None), 4);
    assert_eq!(mode(Some("152382802840001")), 2);
    assert_eq!(mode(Some("1234 840001")), 2);
    assert_eq!(mode(Some("B1050056999")), 3);
}

#[test]
fn eci_designators() {
    let enc = |e| {
        let mut v = Vec::new();
        push_eci(e, &mut v).unwrap();
        v
    };
    assert_eq!(enc(3), [27, 3]);
    assert_eq!(enc(899), [27, 0x20 | 14, 3]);
    assert_eq!(enc(12345), [27, 0x30 | 3, 0, 57]);
    assert_eq!(enc(999_999), [27, 0x38 | 3, 52, 8, 63]);
}

/// Shortest encodations of the switching cases, and zint's heuristic agreeing on them.
#[test]
fn encodations() {
    let cases: [(&[u8], &[u8]); 7] = [
        (b"ABCdEF", &[1, 2, 3, 59, 4, 5, 6]),
        (b"abcDEfg", &[63, 1, 2, 3, 56, 4, 5, 6, 7]),
        (b"123456789", &[31, 7, 22, 60, 52, 21]),
        (b"\xc0\xc1\xc2\xc3", &[60, 60, 0, 1, 2, 3]),
        (b"A\xe9B", &[1, 61, 9, 2]),
        (b"\x01\r", &[62, 1, 0]), // zint: CR in E after a shift, 4 codewords
        (b"a b", &[63, 1, 47, 2]),
    ];
    for (msg, want) in cases {
        let (ours, _) = optimal::encode(msg);
        assert_eq!(ours, want, "{msg:?}");
        let (zint, len) = heuristic::encode(&[], msg).unwrap();
        assert!(len >= want.len(), "{msg:?}");
        if len == want.len() {
            assert_eq!(&zint[..len], want, "zint {msg:?}");
        }
    }
}

/// A message that exactly fills mode 4 ending locked in set C: zint 2.11 counts a Latch A for
/// padding that has no room and refuses it; it fits.
#[test]
fn exact_fill_locked_in_c() {
    let data = [0xc0u8; 91]; // Shift C, Lock-in C, 91 characters: 93 codewords
    let sym = encode(&data, &opts(4, None)).unwrap();
    assert_eq!(sym.meta.data_bits, 93 * 6);
    assert!(heuristic::encode(&[], &data).is_some_and(|(_, len)| len == 94));
}

/// The shortest path is never longer than zint's heuristic, over many pseudo-random mixes of
/// every code set, digit runs and the characters several sets share.
#[test]
fn shortest_never_longer_than_heuristic() {
    const POOL: &[u8] = b"AAAAABCXYZ aaabcxyz 0123456789999999999 ,./:\r\x1c\x1d\x1e\
                          \xc0\xc1\xd5\xe0\xe9\xfa\x01\x02\x1b\x95\xa0\xaa\xa1`{}@!|";
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut shorter = 0;
    for _ in 0..3000 {
        let len = (next() % 60) as usize + 1;
        let msg: Vec<u8> = (0..len)
            .map(|_| POOL[(next() % POOL.len() as u64) as usize])
            .collect();
        let (ours, end) = optimal::encode(&msg);
        let ours_len = ours.len() + usize::from(end > charset::B);
        let (_, zint_len) = heuristic::encode(&[], &msg).unwrap();
        assert!(
            ours_len <= zint_len,
            "{msg:?}: {ours_len} > zint {zint_len}"
        );
        shorter += usize::from(ours_len < zint_len);
    }
    assert!(shorter > 0);
}
