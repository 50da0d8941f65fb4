//! The symbol sizes: ISO/IEC 16022 Table 7 (square and rectangular) and ISO/IEC 21471 (DMRE).

use crate::EncodeError;

/// One symbol size and its codeword layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Size {
    /// Rows of modules (finder and alignment patterns included).
    pub rows: u8,
    /// Columns of modules.
    pub cols: u8,
    /// Rows of one data region including its two pattern rows.
    pub region_rows: u8,
    /// Columns of one data region including its two pattern columns.
    pub region_cols: u8,
    /// Data codewords.
    pub data: u16,
    /// Reed-Solomon blocks the codewords are interleaved over.
    pub blocks: u8,
    /// Error correction codewords per block.
    pub ecc: u8,
    /// Where the size comes from.
    pub kind: Kind,
}

/// The family a size belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Square,
    Rect,
    /// Rectangular extension (ISO/IEC 21471).
    Dmre,
}

impl Size {
    /// `"24x24"`: rows × columns.
    pub fn name(&self) -> String {
        format!("{}x{}", self.rows, self.cols)
    }
}

const fn s(rows: u8, cols: u8, rr: u8, rc: u8, data: u16, blocks: u8, ecc: u8, kind: Kind) -> Size {
    Size {
        rows,
        cols,
        region_rows: rr,
        region_cols: rc,
        data,
        blocks,
        ecc,
        kind,
    }
}

use Kind::{Dmre as D, Rect as R, Square as Q};

/// Every size, by data capacity; among equal capacities the square one (then the ISO/IEC 16022
/// rectangle) comes first, the order in which zint's automatic selection tries them.
pub(crate) const SIZES: [Size; 48] = [
    s(10, 10, 10, 10, 3, 1, 5, Q),
    s(12, 12, 12, 12, 5, 1, 7, Q),
    s(8, 18, 8, 18, 5, 1, 7, R),
    s(14, 14, 14, 14, 8, 1, 10, Q),
    s(8, 32, 8, 16, 10, 1, 11, R),
    s(16, 16, 16, 16, 12, 1, 12, Q),
    s(12, 26, 12, 26, 16, 1, 14, R),
    s(18, 18, 18, 18, 18, 1, 14, Q),
    s(8, 48, 8, 24, 18, 1, 15, D),
    s(20, 20, 20, 20, 22, 1, 18, Q),
    s(12, 36, 12, 18, 22, 1, 18, R),
    s(8, 64, 8, 16, 24, 1, 18, D),
    s(22, 22, 22, 22, 30, 1, 20, Q),
    s(16, 36, 16, 18, 32, 1, 24, R),
    s(8, 80, 8, 20, 32, 1, 22, D),
    s(24, 24, 24, 24, 36, 1, 24, Q),
    s(8, 96, 8, 24, 38, 1, 28, D),
    s(12, 64, 12, 16, 43, 1, 27, D),
    s(26, 26, 26, 26, 44, 1, 28, Q),
    s(20, 36, 20, 18, 44, 1, 28, D),
    s(16, 48, 16, 24, 49, 1, 28, R),
    s(8, 120, 8, 20, 49, 1, 32, D),
    s(20, 44, 20, 22, 56, 1, 34, D),
    s(32, 32, 16, 16, 62, 1, 36, Q),
    s(16, 64, 16, 16, 62, 1, 36, D),
    s(8, 144, 8, 24, 63, 1, 36, D),
    s(12, 88, 12, 22, 64, 1, 36, D),
    s(26, 40, 26, 20, 70, 1, 38, D),
    s(22, 48, 22, 24, 72, 1, 38, D),
    s(24, 48, 24, 24, 80, 1, 41, D),
    s(20, 64, 20, 16, 84, 1, 42, D),
    s(36, 36, 18, 18, 86, 1, 42, Q),
    s(26, 48, 26, 24, 90, 1, 42, D),
    s(24, 64, 24, 16, 108, 1, 46, D),
    s(40, 40, 20, 20, 114, 1, 48, Q),
    s(26, 64, 26, 16, 118, 1, 50, D),
    s(44, 44, 22, 22, 144, 1, 56, Q),
    s(48, 48, 24, 24, 174, 1, 68, Q),
    s(52, 52, 26, 26, 204, 2, 42, Q),
    s(64, 64, 16, 16, 280, 2, 56, Q),
    s(72, 72, 18, 18, 368, 4, 36, Q),
    s(80, 80, 20, 20, 456, 4, 48, Q),
    s(88, 88, 22, 22, 576, 4, 56, Q),
    s(96, 96, 24, 24, 696, 4, 68, Q),
    s(104, 104, 26, 26, 816, 6, 56, Q),
    s(120, 120, 20, 20, 1050, 6, 68, Q),
    s(132, 132, 22, 22, 1304, 8, 62, Q),
    s(144, 144, 24, 24, 1558, 10, 62, Q),
];

/// zint's `--vers` numbers 1–48 in [`SIZES`] order: squares, ISO rectangles, then DMRE.
const ZINT_VERS: [(u8, u8); 48] = [
    (10, 10),
    (12, 12),
    (14, 14),
    (16, 16),
    (18, 18),
    (20, 20),
    (22, 22),
    (24, 24),
    (26, 26),
    (32, 32),
    (36, 36),
    (40, 40),
    (44, 44),
    (48, 48),
    (52, 52),
    (64, 64),
    (72, 72),
    (80, 80),
    (88, 88),
    (96, 96),
    (104, 104),
    (120, 120),
    (132, 132),
    (144, 144),
    (8, 18),
    (8, 32),
    (12, 26),
    (12, 36),
    (16, 36),
    (16, 48),
    (8, 48),
    (8, 64),
    (8, 80),
    (8, 96),
    (8, 120),
    (8, 144),
    (12, 64),
    (12, 88),
    (16, 64),
    (20, 36),
    (20, 44),
    (20, 64),
    (22, 48),
    (24, 48),
    (24, 64),
    (26, 40),
    (26, 48),
    (26, 64),
];

const EXPECTED: &str = "a size as rows x columns: 10x10 … 144x144 square, 8x18 8x32 12x26 12x36 \
                        16x36 16x48 rectangular, DMRE 8x48 8x64 8x80 8x96 8x120 8x144 12x64 12x88 \
                        16x64 20x36 20x44 20x64 22x48 24x48 24x64 26x40 26x48 26x64 (or zint's \
                        --vers number 1-48)";

/// The size a version name stands for: `"24x24"` / `"8X18"` (rows × columns), or zint's
/// `--vers` number `"1"`–`"48"`.
pub(crate) fn parse(name: &str) -> Result<&'static Size, EncodeError> {
    let t = name.trim();
    let bad = || EncodeError::invalid("version", name, EXPECTED);
    let (rows, cols) = if let Some((r, c)) = t.split_once(['x', 'X', '*']) {
        (
            r.trim().parse::<u8>().map_err(|_| bad())?,
            c.trim().parse::<u8>().map_err(|_| bad())?,
        )
    } else {
        let n = t.parse::<usize>().map_err(|_| bad())?;
        *n.checked_sub(1)
            .and_then(|i| ZINT_VERS.get(i))
            .ok_or_else(bad)?
    };
    SIZES
        .iter()
        .find(|z| z.rows == rows && z.cols == cols)
        .ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        for z in &SIZES {
            let (rr, rc) = (z.rows / z.region_rows, z.cols / z.region_cols);
            assert_eq!(rr * z.region_rows, z.rows, "{}", z.name());
            assert_eq!(rc * z.region_cols, z.cols, "{}", z.name());
            let nr = usize::from(z.rows - 2 * rr);
            let nc = usize::from(z.cols - 2 * rc);
            let total = usize::from(z.data) + usize::from(z.blocks) * usize::from(z.ecc);
            // Every module of the mapping matrix holds a codeword bit, except the 4 modules of
            // the fixed corner pattern in sizes whose area is not a multiple of 8.
            assert_eq!(nr * nc / 8, total, "{}", z.name());
        }
        for w in SIZES.windows(2) {
            assert!(w[0].data <= w[1].data);
        }
        for (i, &(r, c)) in ZINT_VERS.iter().enumerate() {
            assert_eq!(
                parse(&(i + 1).to_string()).unwrap().name(),
                format!("{r}x{c}")
            );
        }
    }

    #[test]
    fn parses_names() {
        assert_eq!(parse("24x24").unwrap().data, 36);
        assert_eq!(parse(" 8X18 ").unwrap().data, 5);
        assert_eq!(parse("26x64").unwrap().kind, Kind::Dmre);
        assert!(parse("25x25").is_err());
        assert!(parse("49").is_err());
        assert!(parse("0").is_err());
        assert!(parse("").is_err());
        assert!(parse("axb").is_err());
    }
}
