//! Size, capacity and header tables of rMQR (ISO/IEC 23941), indexed by version index − 1.
//!
//! The order of every table follows [`RMQR_VERSIONS`](super::RMQR_VERSIONS): R7x43 … R7x139,
//! R9x43 … R9x139, R11x27 … R11x139, R13x27 … R13x139, R15x43 … R15x139, R17x43 … R17x139,
//! which is also the numbering of zint's `--vers=1..32`.

use super::segment::ModeSpec;

/// Data codewords at error correction level M (ISO/IEC 23941 Table 7).
pub(crate) const DATA_CODEWORDS_M: [u16; 32] = [
    6, 12, 20, 28, 44, // R7
    12, 21, 31, 42, 63, // R9
    7, 19, 31, 43, 57, 84, // R11
    12, 27, 38, 53, 73, 106, // R13
    33, 48, 67, 88, 127, // R15
    39, 56, 78, 100, 152, // R17
];

/// Data codewords at error correction level H.
pub(crate) const DATA_CODEWORDS_H: [u16; 32] = [
    3, 7, 10, 14, 24, // R7
    7, 11, 17, 22, 33, // R9
    5, 11, 15, 23, 29, 42, // R11
    7, 13, 20, 29, 35, 54, // R13
    15, 26, 31, 48, 69, // R15
    21, 28, 38, 56, 76, // R17
];

/// Total codewords (data and error correction) of each size.
pub(crate) const TOTAL_CODEWORDS: [u16; 32] = [
    13, 21, 32, 44, 68, // R7
    21, 33, 49, 66, 99, // R9
    15, 31, 47, 67, 89, 132, // R11
    21, 41, 60, 85, 113, 166, // R13
    51, 74, 103, 136, 199, // R15
    61, 88, 122, 160, 232, // R17
];

/// Error correction blocks at level M.
pub(crate) const BLOCKS_M: [u8; 32] = [
    1, 1, 1, 1, 1, // R7
    1, 1, 1, 1, 2, // R9
    1, 1, 1, 1, 2, 2, // R11
    1, 1, 1, 2, 2, 3, // R13
    1, 1, 2, 2, 3, // R15
    1, 2, 2, 3, 4, // R17
];

/// Error correction blocks at level H.
pub(crate) const BLOCKS_H: [u8; 32] = [
    1, 1, 1, 1, 2, // R7
    1, 1, 2, 2, 3, // R9
    1, 1, 2, 2, 2, 3, // R11
    1, 1, 2, 2, 3, 4, // R13
    2, 2, 3, 4, 5, // R15
    2, 2, 3, 4, 6, // R17
];

/// Character count indicator lengths (numeric, alphanumeric, byte, Kanji) of each size.
const CCI_LEN: [[u8; 4]; 32] = [
    [4, 3, 3, 2],
    [5, 5, 4, 3],
    [6, 5, 5, 4],
    [7, 6, 5, 5],
    [7, 6, 6, 5],
    [5, 5, 4, 3],
    [6, 5, 5, 4],
    [7, 6, 5, 5],
    [7, 6, 6, 5],
    [8, 7, 6, 6],
    [4, 4, 3, 2],
    [6, 5, 5, 4],
    [7, 6, 5, 5],
    [7, 6, 6, 5],
    [8, 7, 6, 6],
    [8, 7, 7, 6],
    [5, 5, 4, 3],
    [6, 6, 5, 5],
    [7, 6, 6, 5],
    [7, 7, 6, 6],
    [8, 7, 7, 6],
    [8, 8, 7, 7],
    [7, 6, 6, 5],
    [7, 7, 6, 5],
    [8, 7, 7, 6],
    [8, 7, 7, 6],
    [9, 8, 7, 7],
    [7, 6, 6, 5],
    [8, 7, 6, 6],
    [8, 7, 7, 6],
    [8, 8, 7, 6],
    [9, 8, 8, 7],
];

/// Mode indicator length of rMQR (Table 3).
pub(crate) const MODE_BITS: u32 = 3;
/// FNC1 in first position `101`.
pub(crate) const FNC1_FIRST_INDICATOR: u32 = 0b101;
/// FNC1 in second position `110`.
pub(crate) const FNC1_SECOND_INDICATOR: u32 = 0b110;
/// Terminator length.
pub(crate) const TERMINATOR_BITS: usize = 3;

/// How the size at `index` (0-based) writes segment headers.
pub(crate) fn mode_spec(index: usize) -> ModeSpec {
    ModeSpec {
        indicator_len: MODE_BITS,
        // numeric 001, alphanumeric 010, byte 011, Kanji 100
        indicators: [1, 2, 3, 4],
        cci_len: CCI_LEN[index].map(u32::from),
    }
}

/// Columns of the alignment pattern centres, by symbol width (ISO/IEC 23941 Table D.1).
pub(crate) fn alignment_columns(width: usize) -> &'static [usize] {
    match width {
        43 => &[21],
        59 => &[19, 39],
        77 => &[25, 51],
        99 => &[23, 49, 75],
        139 => &[27, 55, 83, 111],
        _ => &[], // 27 modules wide: no alignment pattern
    }
}

/// BCH(18,6) generator x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1.
const FORMAT_GENERATOR: u32 = 0x1f25;
/// Masks XORed onto the format information beside the finder and beside the sub-finder.
const FORMAT_MASK_LEFT: u32 = 0x1fab2;
const FORMAT_MASK_RIGHT: u32 = 0x20a7b;

/// The 18-bit format information words (finder side, sub-finder side) for a size index
/// (0-based) and level H (`true`) or M.
pub(crate) fn format_info(index: usize, high: bool) -> (u32, u32) {
    let data = (u32::from(high) << 5) | (index as u32 & 0x1f);
    let mut rem = data << 12;
    for bit in (12..18).rev() {
        if rem & (1 << bit) != 0 {
            rem ^= FORMAT_GENERATOR << (bit - 12);
        }
    }
    let word = (data << 12) | rem;
    (word ^ FORMAT_MASK_LEFT, word ^ FORMAT_MASK_RIGHT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codeword_tables_are_consistent() {
        for i in 0..32 {
            let total = usize::from(TOTAL_CODEWORDS[i]);
            for (data, blocks) in [
                (DATA_CODEWORDS_M[i], BLOCKS_M[i]),
                (DATA_CODEWORDS_H[i], BLOCKS_H[i]),
            ] {
                let ecc = total - usize::from(data);
                assert_eq!(ecc % usize::from(blocks), 0, "size {i}");
            }
        }
    }

    #[test]
    fn format_words_match_the_standard() {
        // ISO/IEC 23941 Annex C: first, second and last entries of both tables.
        assert_eq!(format_info(0, false), (0x1fab2, 0x20a7b));
        assert_eq!(format_info(1, false), (0x1e597, 0x2155e));
        assert_eq!(format_info(31, false), (0x008e2, 0x3f82b));
        assert_eq!(format_info(0, true), (0x3f367, 0x003ae));
        assert_eq!(format_info(17, true), (0x2e73a, 0x117f3));
        assert_eq!(format_info(31, true), (0x20137, 0x1f1fe));
    }
}
