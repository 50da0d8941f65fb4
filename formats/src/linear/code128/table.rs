//! The symbol character patterns of Code 128.
//!
//! Source: ISO/IEC 15417:2007 Table 1 (bar/space widths of symbol character values 0–105 and
//! the stop character); these are facts of the standard, cross-checked against the widths zint
//! and rxing use. Each pattern is bar, space, bar, space, bar, space widths summing to 11
//! modules; the stop character is 2331112 (13 modules, ending in a bar).

/// Bar/space widths of symbol character values 0–105 (103–105 are Start A, B, C).
const WIDTHS: [&str; 106] = [
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", // 0-7
    "132212", "221213", "221312", "231212", "112232", "122132", "122231", "113222", // 8-15
    "123122", "123221", "223211", "221132", "221231", "213212", "223112", "312131", // 16-23
    "311222", "321122", "321221", "312212", "322112", "322211", "212123", "212321", // 24-31
    "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313", // 32-39
    "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", // 40-47
    "313121", "211331", "231131", "213113", "213311", "213131", "311123", "311321", // 48-55
    "331121", "312113", "312311", "332111", "314111", "221411", "431111", "111224", // 56-63
    "111422", "121124", "121421", "141122", "141221", "112214", "112412", "122114", // 64-71
    "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111", // 72-79
    "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", // 80-87
    "421211", "212141", "214121", "412121", "111143", "111341", "131141", "114113", // 88-95
    "114311", "411113", "411311", "113141", "114131", "311141", "411131", "211412", // 96-103
    "211214", "211232", // 104-105
];

/// The stop character's widths (its final 2-module bar is the termination bar).
const STOP: [u8; 7] = [2, 3, 3, 1, 1, 1, 2];

/// Modules of one symbol character.
pub(super) const CHAR_MODULES: usize = 11;
/// Modules of the stop character.
pub(super) const STOP_MODULES: usize = 13;

/// Each value's 11 modules as bits, most significant (bit 10) first, dark = 1; built from
/// [`WIDTHS`] at compile time so the table above stays in the standard's notation.
const BITS: [u16; 106] = {
    let mut out = [0u16; 106];
    let mut v = 0;
    while v < 106 {
        let w = WIDTHS[v].as_bytes();
        let mut bits = 0u16;
        let mut k = 0;
        while k < 6 {
            let run = (w[k] - b'0') as u32;
            bits <<= run;
            if k % 2 == 0 {
                bits |= (1u16 << run) - 1;
            }
            k += 1;
        }
        out[v] = bits;
        v += 1;
    }
    out
};

/// Dark cell value of [`crate::Matrix`] (role bits zero: data).
const DARK: u8 = 0x80;

/// Each value's 11 modules as matrix cells (dark = 0x80), left to right: [`BITS`] expanded so
/// drawing a character is one slice copy.
pub(super) const MODULES: [[u8; CHAR_MODULES]; 106] = {
    let mut out = [[0u8; CHAR_MODULES]; 106];
    let mut v = 0;
    while v < 106 {
        let mut k = 0;
        while k < CHAR_MODULES {
            if BITS[v] >> (CHAR_MODULES - 1 - k) & 1 == 1 {
                out[v][k] = DARK;
            }
            k += 1;
        }
        v += 1;
    }
    out
};

/// The stop character's 13 modules as matrix cells.
pub(super) const STOP_CELLS: [u8; STOP_MODULES] = {
    let mut out = [0u8; STOP_MODULES];
    let mut at = 0;
    let mut k = 0;
    while k < STOP.len() {
        let mut w = 0;
        while w < STOP[k] {
            if k % 2 == 0 {
                out[at] = DARK;
            }
            at += 1;
            w += 1;
        }
        k += 1;
    }
    out
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_is_11_modules_of_three_bars_and_unique() {
        for (v, w) in WIDTHS.iter().enumerate() {
            let sum: u32 = w.bytes().map(|b| u32::from(b - b'0')).sum();
            assert_eq!(sum, 11, "value {v}");
            // Starts with a bar and ends with a space.
            assert!(BITS[v] & (1 << 10) != 0 && BITS[v] & 1 == 0, "value {v}");
        }
        let mut sorted = BITS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 106);
        assert_eq!(
            STOP.iter().map(|&w| usize::from(w)).sum::<usize>(),
            STOP_MODULES
        );
    }

    #[test]
    fn start_b_bits() {
        // Start B = 211214: 11 0 1 0 1111 0000... → 11010010000
        assert_eq!(BITS[104], 0b110_1001_0000);
    }
}
