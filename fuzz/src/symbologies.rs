//! The `symbology_encode` target: every symbology beyond the QR family, through the facade's
//! `encode` (so the option mapping is fuzzed too), with options picked from the input's head.

use codevault::{EncodeOptions, Fnc1, Symbology};

/// Version/size names tried (valid for some symbology, nonsense for others).
const VERSIONS: [&str; 16] = [
    "", "10x10", "24x24", "144x144", "8x18", "16x48", "8x48", "26x64", "C1", "C4", "1", "32", "33",
    "0", "x", "99x99",
];

/// Splits fuzz input into a symbology, facade options and data. The first five bytes (missing
/// ones read as zero) pick the options; out-of-range values are kept so validation is fuzzed.
///
/// | byte | meaning |
/// | --- | --- |
/// | 0 | symbology: index into `Symbology::ALL` after the QR family, modulo its length |
/// | 1 | bit 0 GS1, 1 compact, 2 reader_init, 3 square_only, 4 dmre, 5 check_digit, 6 full_ascii, 7 ECI |
/// | 2 | low nibble: version name (VERSIONS, 0 = automatic); high nibble: add-on (none, 2, 5, bad) |
/// | 3 | security_level (≥ 10: automatic), ecc_percent = byte itself when odd |
/// | 4 | columns (0 = automatic), rows = byte ÷ 2 when ≥ 128 |
pub fn split_input(input: &[u8]) -> (Symbology, EncodeOptions, &[u8]) {
    let (head, data) = input.split_at(input.len().min(5));
    let b = |i: usize| head.get(i).copied().unwrap_or(0);
    let others = &Symbology::ALL[3..];
    let symbology = others[usize::from(b(0)) % others.len()];
    let mut o = EncodeOptions::default();
    let flags = b(1);
    if flags & 1 != 0 {
        o.fnc1 = Fnc1::Gs1;
    }
    o.compact = flags & 2 != 0;
    o.reader_init = flags & 4 != 0;
    o.square_only = flags & 8 != 0;
    o.dmre = flags & 16 != 0;
    o.check_digit = flags & 32 != 0;
    o.full_ascii = flags & 64 != 0;
    if flags & 128 != 0 {
        o.eci = Some(if b(3) & 1 == 0 { 26 } else { 3 });
    }
    let version = VERSIONS[usize::from(b(2) & 15)];
    o.version = (!version.is_empty()).then(|| version.to_string());
    o.addon = match b(2) >> 4 {
        1 => Some("12".into()),
        2 => Some("12345".into()),
        3 => Some("123".into()),
        _ => None,
    };
    o.security_level = (b(3) < 10).then_some(b(3));
    o.ecc_percent = (b(3) & 1 == 1).then_some(b(3));
    o.columns = (b(4) != 0 && b(4) < 128).then_some(u16::from(b(4)));
    o.rows = (b(4) >= 128).then_some(u16::from(b(4) / 2));
    (symbology, o, data)
}

/// Encoding must never panic; a symbol it returns must be well formed and deterministic.
pub fn symbology_encode(input: &[u8]) {
    let (symbology, options, data) = split_input(input);
    if let Ok(symbol) = codevault::encode(symbology, data, &options) {
        // Code 128 with GS1 data is GS1-128, and says so.
        let gs1_128 = symbology == Symbology::Code128 && options.fnc1 == Fnc1::Gs1;
        let expected = if gs1_128 {
            Symbology::Gs1_128
        } else {
            symbology
        };
        assert_eq!(symbol.meta.symbology, expected, "symbology in metadata");
        let (w, h) = (symbol.matrix.width(), symbol.matrix.height());
        assert!(w > 0 && h > 0, "empty matrix");
        let dark = symbol.matrix.dark_count();
        assert!(dark > 0 && dark < w * h, "all light or all dark");
        assert!(
            symbol.meta.data_bits <= symbol.meta.capacity_bits,
            "data bits {} exceed capacity {}",
            symbol.meta.data_bits,
            symbol.meta.capacity_bits
        );
        let again = codevault::encode(symbology, data, &options).expect("second encode succeeds");
        assert!(again == symbol, "encoding is not deterministic");
    }
}
