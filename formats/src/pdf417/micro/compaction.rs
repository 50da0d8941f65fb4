//! MicroPDF417's data compaction: PDF417's shortest-path compaction (text, byte and numeric
//! with optimal switching), started from MicroPDF417's initial mode.
//!
//! A MicroPDF417 symbol starts in byte compaction (ISO/IEC 24728 5.4.3), where a PDF417 symbol
//! starts in text. Like zint we always write the first mode's latch (900, 901/924 or 902), so
//! every reader, whatever mode it assumes, reads the data; a fresh start therefore costs one
//! latch codeword whichever mode comes first. PDF417's search starts in text for free, so on its
//! own it would undercount text-first paths by that one codeword.
//!
//! The exact optimum comes from running PDF417's search behind a prefix whose own encoding is
//! fixed and which leaves the search in a known mode `M`: 44 digits (one whole numeric group,
//! mode 902) or 6 non-text bytes (one whole byte group, mode 924). Behind it, every path that
//! starts in another mode pays its latch, exactly as in MicroPDF417, and only paths that carry
//! on in `M` get their latch free. Without the prefix the search is the same with `M` = text.
//! So each run finds the true optimum whenever that optimum starts in a mode other than `M`,
//! or starts in `M` (then the run's path, latch added back, is optimal too). When the data does
//! not begin with a digit, no path starts numeric and the 44-digit run alone is exact; else the
//! three runs are compared by their true length.
//!
//! Searching behind a prefix is done without the prefix: the search starts from the state
//! PDF417's search is in after the prefix (computed once), and a path counts only when it
//! leaves the prefix in `M`'s first state, the prefix encoded as its own group.

use std::sync::OnceLock;

use super::super::compaction::{
    BYTE_LATCH, BYTE_LATCH_6, Mode, NUMERIC_LATCH, Start, TEXT_LATCH, compact as compact_pdf417,
    compact_from,
};

/// One whole numeric group (any digits would do).
const DIGIT_PREFIX: [u8; 44] = [b'0'; 44];
/// One whole byte group of bytes text compaction lacks.
const BYTE_PREFIX: [u8; 6] = [0x80; 6];

/// Appends the codewords of `data` to `out`, from MicroPDF417's initial state, with as few
/// codewords as the three compaction modes allow.
pub(super) fn compact(data: &[u8], out: &mut Vec<u16>) {
    if data.is_empty() {
        return;
    }
    static BEHIND_DIGITS: OnceLock<Start> = OnceLock::new();
    static BEHIND_BYTES: OnceLock<Start> = OnceLock::new();
    let digits = BEHIND_DIGITS.get_or_init(|| Start::after(&DIGIT_PREFIX, Mode::Numeric));
    let start = out.len();
    let behind_digits = compact_from(data, digits, out);
    if !data[0].is_ascii_digit() {
        // No path starts numeric: the search behind digits is exact.
        if !behind_digits {
            out.extend(plain(data).unwrap_or_default());
        }
        return;
    }
    let mut best = behind_digits.then(|| out.split_off(start));
    let bytes = BEHIND_BYTES.get_or_init(|| Start::after(&BYTE_PREFIX, Mode::Byte));
    let mut cws = Vec::with_capacity(data.len() + 2);
    let candidates = [
        compact_from(data, bytes, &mut cws).then_some(cws),
        plain(data),
    ];
    for candidate in candidates {
        match (&best, candidate) {
            (Some(b), Some(c)) if c.len() < b.len() => best = Some(c),
            (None, c) => best = c,
            _ => {}
        }
    }
    // PDF417's text-first search always yields a path; with the latch added it is valid.
    out.extend(best.unwrap_or_else(|| plain(data).unwrap_or_default()));
}

/// PDF417's search as it is: a path that starts in text gets the 900 latch in front.
fn plain(data: &[u8]) -> Option<Vec<u16>> {
    let mut cws = Vec::with_capacity(data.len() + 2);
    cws.push(TEXT_LATCH);
    compact_pdf417(data, false, &mut cws).ok()?;
    if matches!(
        cws.get(1),
        Some(&(BYTE_LATCH | BYTE_LATCH_6 | NUMERIC_LATCH))
    ) {
        cws.remove(0);
    }
    Some(cws)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cws(data: &[u8]) -> Vec<u16> {
        let mut out = Vec::new();
        compact(data, &mut out);
        out
    }

    #[test]
    fn first_mode_always_latched() {
        assert_eq!(cws(b"AB"), [900, 1]);
        assert_eq!(cws(&[0x80]), [901, 0x80]);
        assert_eq!(cws(&[0x80; 6])[0], 924);
        // Short digit strings: numeric (902 + codewords) ties text in PDF417 but wins here.
        assert_eq!(cws(b"12345"), [902, 124, 745]);
        assert_eq!(cws(b"1"), [902, 11]);
    }

    #[test]
    fn byte_run_after_a_digit() {
        // "1" and five bytes: one 924 group (6 codewords) beats 902 1 901 … and text shifts.
        let data = [b'1', 0x80, 0x81, 0x82, 0x83, 0x84];
        let out = cws(&data);
        assert_eq!(out.len(), 6, "{out:?}");
        assert_eq!(out[0], 924);
    }

    #[test]
    fn never_longer_than_pdf417_plus_one() {
        let inputs: [&[u8]; 6] = [
            b"Hello, World! 123",
            b"1234567890123456789",
            b"12ab\x80\x81\x82cd",
            b"0",
            b"\x01\x02\x03 text 1234567890123 more",
            b"9999999a",
        ];
        for d in inputs {
            let mut pdf = Vec::new();
            compact_pdf417(d, false, &mut pdf).unwrap();
            let micro = cws(d);
            assert!(micro.len() <= pdf.len() + 1, "{d:?}: {micro:?} vs {pdf:?}");
            assert!(micro[0] >= 900, "{d:?}: {micro:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        /// PDF417's optimum with its free text start is a lower bound; one latch more an upper.
        #[test]
        fn between_pdf417_and_one_more(
            data in proptest::collection::vec(
                proptest::sample::select(b"0123456789AZaz ;\x80\xff".to_vec()),
                1..60,
            )
        ) {
            let mut pdf = Vec::new();
            compact_pdf417(&data, false, &mut pdf).unwrap();
            let micro = cws(&data);
            proptest::prop_assert!(micro.len() >= pdf.len() && micro.len() <= pdf.len() + 1);
            proptest::prop_assert!(matches!(micro[0], 900 | 901 | 902 | 924), "{:?}", micro);
            // Starting with a latch anyway, PDF417's own result costs the same.
            if matches!(pdf[0], 901 | 902 | 924) {
                proptest::prop_assert_eq!(micro.len(), pdf.len());
            }
        }
    }
}
