//! The 34 symbol sizes (ISO/IEC 24728 Table 1) with their fixed check codeword counts, the row
//! address patterns of their first row (Tables 10-12) and their first row's cluster.

/// One MicroPDF417 size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Size {
    /// Data columns (codewords per row), 1-4.
    pub cols: u8,
    pub rows: u8,
    /// Reed-Solomon check codewords.
    pub ecc: u8,
    /// Row address pattern numbers (1-52) of the first row: left, centre (3 and 4 columns
    /// only, else 0) and right.
    pub left: u8,
    pub centre: u8,
    pub right: u8,
    /// Cluster of the first row's codewords, as an index 0-2 (clusters 0, 3, 6).
    pub cluster: u8,
}

impl Size {
    /// Codewords left for data (with pads and the macro block) after the check codewords.
    pub const fn capacity(&self) -> usize {
        self.cols as usize * self.rows as usize - self.ecc as usize
    }

    /// Width in modules: left and right row address patterns (10 each), 17 per codeword, a
    /// centre row address pattern with 3 and 4 columns, and the one-module stop bar.
    pub const fn width(&self) -> usize {
        let centre = if self.cols >= 3 { 10 } else { 0 };
        21 + centre + 17 * self.cols as usize
    }
}

const fn s(cols: u8, rows: u8, ecc: u8, left: u8, centre: u8, right: u8, cluster: u8) -> Size {
    Size {
        cols,
        rows,
        ecc,
        left,
        centre,
        right,
        cluster: cluster / 3,
    }
}

/// Every size, by columns then rows (ISO/IEC 24728 Tables 1 and 10-12; the same numbers are in
/// `scripts/zint_vectors/micropdf417_cases.py`, whose `--rap-table` run checks each size's
/// width, row count, row address patterns and clusters against zint).
pub(super) const SIZES: [Size; 34] = [
    s(1, 11, 7, 1, 0, 9, 0),
    s(1, 14, 7, 8, 0, 8, 3),
    s(1, 17, 7, 36, 0, 36, 6),
    s(1, 20, 8, 19, 0, 19, 0),
    s(1, 24, 8, 9, 0, 17, 6),
    s(1, 28, 8, 25, 0, 33, 0),
    s(2, 8, 8, 1, 0, 1, 0),
    s(2, 11, 9, 1, 0, 9, 0),
    s(2, 14, 9, 8, 0, 8, 3),
    s(2, 17, 10, 36, 0, 36, 6),
    s(2, 20, 11, 19, 0, 19, 0),
    s(2, 23, 13, 9, 0, 17, 6),
    s(2, 26, 15, 27, 0, 35, 6),
    s(3, 6, 12, 1, 1, 1, 0),
    s(3, 8, 14, 7, 7, 7, 0),
    s(3, 10, 16, 15, 15, 15, 6),
    s(3, 12, 18, 25, 25, 25, 0),
    s(3, 15, 21, 37, 37, 37, 0),
    s(3, 20, 26, 1, 17, 33, 0),
    s(3, 26, 32, 1, 9, 17, 0),
    s(3, 32, 38, 21, 29, 37, 6),
    s(3, 38, 44, 15, 31, 47, 6),
    s(3, 44, 50, 1, 25, 49, 0),
    s(4, 4, 8, 47, 19, 43, 3),
    s(4, 6, 12, 1, 1, 1, 0),
    s(4, 8, 14, 7, 7, 7, 0),
    s(4, 10, 16, 15, 15, 15, 6),
    s(4, 12, 18, 25, 25, 25, 0),
    s(4, 15, 21, 37, 37, 37, 0),
    s(4, 20, 26, 1, 17, 33, 0),
    s(4, 26, 32, 1, 9, 17, 0),
    s(4, 32, 38, 21, 29, 37, 6),
    s(4, 38, 44, 15, 31, 47, 6),
    s(4, 44, 50, 1, 25, 49, 0),
];

/// The most data codewords any size holds (4 columns × 44 rows − 50).
pub(super) const MAX_CAPACITY: usize = 126;

/// The sizes zint 2.11 chooses from when none is pinned, as (columns, rows), by capacity: the
/// smallest capacity that holds the data wins. Where two sizes hold the same number of data
/// codewords zint keeps one (e.g. 2×8 over 4×4 for 8, 4×6 over 1×20 for 12); we follow it so
/// that unpinned symbols match.
const AUTO: [(u8, u8); 28] = [
    (1, 11),
    (3, 6),
    (1, 14),
    (2, 8),
    (1, 17),
    (4, 6),
    (2, 11),
    (3, 10),
    (1, 24),
    (3, 12),
    (2, 14),
    (1, 28),
    (2, 17),
    (2, 20),
    (4, 12),
    (2, 23),
    (3, 20),
    (2, 26),
    (4, 15),
    (3, 26),
    (4, 20),
    (3, 32),
    (3, 38),
    (4, 26),
    (3, 44),
    (4, 32),
    (4, 38),
    (4, 44),
];

/// The size called `"{rows}x{cols}"`, if there is one.
pub(super) fn by_name(name: &str) -> Option<&'static Size> {
    let (r, c) = name.trim().split_once(['x', 'X'])?;
    let (r, c): (u8, u8) = (r.trim().parse().ok()?, c.trim().parse().ok()?);
    SIZES.iter().find(|s| s.rows == r && s.cols == c)
}

/// The size for `needed` data codewords among those with `cols` columns and `rows` rows (either
/// may be free): without pins zint's automatic choice, else the fewest rows (then columns) that
/// hold the data. `None` when none of the allowed sizes does.
pub(super) fn choose(needed: usize, cols: Option<u8>, rows: Option<u8>) -> Option<&'static Size> {
    let allowed = |s: &Size| cols.is_none_or(|c| s.cols == c) && rows.is_none_or(|r| s.rows == r);
    if cols.is_none() && rows.is_none() {
        return AUTO
            .iter()
            .filter_map(|&(c, r)| SIZES.iter().find(|s| s.cols == c && s.rows == r))
            .find(|s| s.capacity() >= needed);
    }
    SIZES
        .iter()
        .filter(|s| allowed(s) && s.capacity() >= needed)
        .min_by_key(|s| (s.capacity(), s.cols))
}

/// The largest allowed size's name and capacity, for error messages.
pub(super) fn largest(cols: Option<u8>, rows: Option<u8>) -> Option<&'static Size> {
    SIZES
        .iter()
        .filter(|s| cols.is_none_or(|c| s.cols == c) && rows.is_none_or(|r| s.rows == r))
        .max_by_key(|s| (s.capacity(), s.cols))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacities_and_auto_order() {
        assert_eq!(SIZES.iter().map(Size::capacity).max(), Some(MAX_CAPACITY));
        let caps: Vec<usize> = AUTO
            .iter()
            .map(|&(c, r)| {
                SIZES
                    .iter()
                    .find(|s| s.cols == c && s.rows == r)
                    .unwrap()
                    .capacity()
            })
            .collect();
        assert!(caps.windows(2).all(|w| w[0] < w[1]), "{caps:?}");
        // Every capacity some size has is offered automatically.
        for s in &SIZES {
            assert!(caps.contains(&s.capacity()), "{s:?}");
        }
        assert_eq!(SIZES[0].width(), 38);
        assert_eq!(SIZES[33].width(), 99);
    }

    #[test]
    fn choose_by_columns() {
        // zint's thresholds for --cols=1: 4, 7, 10, 12, 16, 20 codewords.
        let rows: Vec<u8> = [4, 5, 7, 8, 10, 11, 12, 13, 16, 17, 20]
            .iter()
            .map(|&n| choose(n, Some(1), None).unwrap().rows)
            .collect();
        assert_eq!(rows, [11, 14, 14, 17, 17, 20, 20, 24, 24, 28, 28]);
        assert!(choose(21, Some(1), None).is_none());
        assert_eq!(
            choose(8, None, None).map(|s| (s.cols, s.rows)),
            Some((2, 8))
        );
        assert_eq!(
            choose(12, None, None).map(|s| (s.cols, s.rows)),
            Some((4, 6))
        );
        assert_eq!(by_name("20x1").map(|s| s.ecc), Some(8));
        assert!(by_name("21x1").is_none());
    }
}
