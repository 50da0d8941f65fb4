//! Han Xin data masks and the penalty score that picks one (ISO/IEC 20830 5.8.4).
//!
//! Masks 1–3 invert data modules where a condition on the 1-based row `i` and column `j` holds;
//! mask 0 leaves the data as is. The score, as zint 2.11 reads the standard: 50 for each
//! 1:1:1:1:3 or 3:1:1:1:1 dark-light run (1011101-like: `1010111` or `1110101`) with three light
//! modules (or the edge) before or after it, scanning on past the match by two; and 4 × the
//! length of every run of three or more modules of one colour, in rows and in columns.

use std::sync::OnceLock;

use super::grid::DARK;

/// Whether mask `mask` inverts the module at column `x`, row `y`.
#[inline]
fn inverts(mask: u8, x: usize, y: usize) -> bool {
    let (i, j) = (y + 1, x + 1);
    match mask {
        1 => (i + j) % 2 == 0,
        2 => ((i + j) % 3 + j % 3) % 2 == 0,
        3 => (i % j + j % i + i % 3 + j % 3) % 2 == 0,
        _ => false,
    }
}

/// For a symbol of side `side` (23–189), bit `m - 1` of each cell says whether mask `m` (1–3)
/// inverts it; built once per size, because mask 3's condition costs two divisions a module.
fn patterns(side: usize) -> Option<&'static [u8]> {
    static CACHE: [OnceLock<Vec<u8>>; 84] = [const { OnceLock::new() }; 84];
    let index = side.checked_sub(23).filter(|d| d % 2 == 0)? / 2;
    let cell = CACHE.get(index)?;
    Some(cell.get_or_init(|| {
        let mut bits = vec![0u8; side * side];
        for (i, b) in bits.iter_mut().enumerate() {
            let (x, y) = (i % side, i / side);
            for m in 1..=3u8 {
                if inverts(m, x, y) {
                    *b |= 1 << (m - 1);
                }
            }
        }
        bits
    }))
}

/// Applies `mask` to the data cells of `cells` (those whose role is data).
pub(crate) fn apply(cells: &mut [u8], side: usize, mask: u8) {
    if mask == 0 {
        return;
    }
    if let Some(bits) = patterns(side).filter(|b| b.len() == cells.len()) {
        let bit = 1u8 << ((mask - 1) & 7);
        for (c, &b) in cells.iter_mut().zip(bits) {
            if *c & 0x0f == 0 && b & bit != 0 {
                *c ^= DARK;
            }
        }
        return;
    }
    for (y, row) in cells.chunks_mut(side).enumerate() {
        for (x, c) in row.iter_mut().enumerate() {
            if *c & 0x0f == 0 && inverts(mask, x, y) {
                *c ^= DARK;
            }
        }
    }
}

/// The penalty of one row or column (`line[i]` is 1 for dark).
fn line_penalty(line: &[u8]) -> u32 {
    let n = line.len();
    let mut score = 0;
    let mut x = 0;
    while x + 7 <= n {
        let w = &line[x..x + 7];
        let finder_like =
            w[0] == 1 && w[2] == 1 && w[3] == 0 && w[4] == 1 && w[6] == 1 && w[1] != w[5];
        if finder_like {
            let light_before = (1..=3).all(|d| x < d || line[x - d] == 0);
            let light_after = (7..=9).all(|d| x + d >= n || line[x + d] == 0);
            if light_before || light_after {
                score += 50;
            }
            x += 2;
        } else {
            x += 1;
        }
    }
    let mut run = 0u32;
    let mut colour = 2u8;
    for &m in line {
        if m == colour {
            run += 1;
        } else {
            if run >= 3 {
                score += 4 * run;
            }
            colour = m;
            run = 1;
        }
    }
    if run >= 3 {
        score += 4 * run;
    }
    score
}

/// The penalty of a whole symbol given as dark (1) / light (0) bytes, row-major.
pub(crate) fn penalty(dark: &[u8], side: usize, column: &mut Vec<u8>) -> u32 {
    let mut score: u32 = dark.chunks(side).map(line_penalty).sum();
    column.clear();
    column.resize(side, 0);
    for x in 0..side {
        for (y, c) in column.iter_mut().enumerate() {
            *c = dark[y * side + x];
        }
        score += line_penalty(column);
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_and_finder_like_patterns() {
        assert_eq!(line_penalty(&[0, 1, 0, 1]), 0);
        assert_eq!(line_penalty(&[1, 1, 1, 0, 0]), 12);
        // 1010111 at the left edge: light "before" by the edge; the 111 run scores 12.
        assert_eq!(line_penalty(&[1, 0, 1, 0, 1, 1, 1, 0, 1, 0]), 50 + 12);
        // Not preceded or followed by three light modules.
        assert_eq!(line_penalty(&[0, 0, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0]), 16);
    }

    #[test]
    fn mask_conditions() {
        assert!(inverts(1, 0, 0));
        assert!(!inverts(1, 1, 0));
        assert!(!inverts(0, 0, 0));
        // i = 1, j = 1: (2 % 3 + 1 % 3) = 3, odd → no; i = 1, j = 2: (0 + 2) even → yes.
        assert!(!inverts(2, 0, 0));
        assert!(inverts(2, 1, 0));
        // i = j = 1: 0 + 0 + 1 + 1 = 2, even → yes.
        assert!(inverts(3, 0, 0));
    }
}
