//! Text compaction's four sub-modes (ISO/IEC 15438 5.4.1, Table 2) and the values that switch
//! between them.

/// Sub-modes, used as bit positions in [`TEXT`] masks and as indices into [`LATCH`] (Mixed is
/// 2).
pub(super) const ALPHA: usize = 0;
pub(super) const LOWER: usize = 1;
pub(super) const PUNCT: usize = 3;

/// Value 29 in Alpha, Lower and Mixed is Punctuation Shift; in Punctuation it latches to Alpha.
/// It is also the pad value that completes an odd number of text values.
pub(super) const PS: u8 = 29;
/// Value 27 in Lower is Alpha Shift.
pub(super) const AS: u8 = 27;

// The characters of each sub-mode in value order (value 26 is space in the first three).
const ALPHA_CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ ";
const LOWER_CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz ";
const MIXED_CHARS: &[u8] = b"0123456789&\r\t,:#-.$/+%*=^";
const PUNCT_CHARS: &[u8] = b";<>@[\\]_`~!\r\t,:\n-.$/\"|*()?{}'";

/// For each byte below 128: (bit mask of the sub-modes holding it, its value there). A character
/// in two sub-modes (CR, HT, `,` `:` `-` `.` `$` `/` `*`, space) has the same value in both.
pub(super) const TEXT: [(u8, u8); 128] = text_table();

const fn text_table() -> [(u8, u8); 128] {
    let mut t = [(0u8, 0u8); 128];
    let sets: [&[u8]; 4] = [ALPHA_CHARS, LOWER_CHARS, MIXED_CHARS, PUNCT_CHARS];
    let mut s = 0;
    while s < 4 {
        let chars = sets[s];
        let mut v = 0;
        while v < chars.len() {
            let c = chars[v] as usize;
            t[c] = (t[c].0 | 1 << s, v as u8);
            v += 1;
        }
        s += 1;
    }
    // Space is 26 in Mixed too (the Mixed list above stops at value 25's neighbour `^` = 24).
    t[b' ' as usize] = (0b0111, 26);
    t
}

/// The sub-mode mask and value of `b`, or `None` when text compaction cannot carry it.
#[inline]
pub(super) fn text_char(b: u8) -> Option<(u8, u8)> {
    match TEXT.get(usize::from(b)) {
        Some(&(mask, value)) if mask != 0 => Some((mask, value)),
        _ => None,
    }
}

/// Values that latch from sub-mode `[from][to]` (empty on the diagonal): at most two.
pub(super) const LATCH: [[&[u8]; 4]; 4] = [
    // from Alpha: LL, ML, ML PL
    [&[], &[27], &[28], &[28, 25]],
    // from Lower: ML AL, -, ML, ML PL
    [&[28, 28], &[], &[28], &[28, 25]],
    // from Mixed: AL, LL, -, PL
    [&[28], &[27], &[], &[25]],
    // from Punctuation: AL, AL LL, AL ML, -
    [&[29], &[29, 27], &[29, 28], &[]],
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_the_standard() {
        assert_eq!(text_char(b'A'), Some((1, 0)));
        assert_eq!(text_char(b'z'), Some((2, 25)));
        assert_eq!(text_char(b' '), Some((7, 26)));
        assert_eq!(text_char(b'0'), Some((4, 0)));
        assert_eq!(text_char(b'^'), Some((4, 24)));
        assert_eq!(text_char(b'\r'), Some((12, 11)));
        assert_eq!(text_char(b'\n'), Some((8, 15)));
        assert_eq!(text_char(b'\''), Some((8, 28)));
        assert_eq!(text_char(b'*'), Some((12, 22)));
        assert_eq!(text_char(0x7f), None);
        assert_eq!(text_char(0xe9), None);
        let carried = (0u8..128).filter(|&b| text_char(b).is_some()).count();
        assert_eq!(carried, 95 + 3);
    }
}
