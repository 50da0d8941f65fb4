//! Module placement (ISO/IEC 16023:2000 Figure 5, the module sequence) on the 30 × 33 grid as
//! `zint --dump` prints it: row `r`, column `c`; odd rows are drawn half a module to the right.
//!
//! Most of the figure follows a rule, which [`POSITIONS`] generates: each codeword fills a
//! block of 2 columns × 3 rows, its most significant bit top right, then top left, middle
//! right, middle left, bottom right, bottom left. Codewords 21–136 fill the eleven 3-row bands
//! in a serpentine (band 0 left to right, band 1 right to left, …), skipping the blocks the
//! central finder area takes in bands 3–7; codewords 137–144 run down the right edge (columns
//! 28/29, four rows each). Only the 20 primary-message codewords around the bullseye are
//! irregular; their places are facts read off Figure 5 ([`CENTRE_BLOCKS`], [`CENTRE_BITS`]).

/// Top-left corner (row, column) of the 2×3 blocks of codewords 10–20.
const CENTRE_BLOCKS: [(u8, u8); 11] = [
    (12, 8),
    (18, 8),
    (21, 18),
    (21, 8),
    (9, 8),
    (12, 20),
    (18, 20),
    (18, 6),
    (12, 6),
    (9, 20),
    (21, 20),
];

/// (row, column) of each bit of codewords 1–9, most significant bit first: these wrap around
/// the bullseye and the orientation marks.
const CENTRE_BITS: [[(u8, u8); 6]; 9] = [
    [(15, 19), (17, 19), (9, 16), (10, 16), (11, 17), (11, 16)],
    [(22, 13), (22, 12), (23, 13), (23, 12), (21, 17), (22, 16)],
    [(9, 13), (9, 12), (10, 13), (10, 12), (12, 10), (20, 10)],
    [(20, 18), (12, 19), (12, 18), (13, 19), (13, 18), (14, 19)],
    [(23, 15), (23, 14), (18, 19), (19, 19), (19, 18), (20, 19)],
    [(15, 8), (17, 8), (21, 10), (23, 11), (22, 15), (22, 14)],
    [(9, 15), (9, 14), (10, 15), (10, 14), (10, 10), (11, 10)],
    [(17, 21), (9, 19), (9, 18), (10, 19), (11, 19), (11, 18)],
    [(15, 6), (16, 6), (17, 7), (17, 6), (15, 21), (15, 20)],
];

/// The always-dark modules: the orientation patterns' dark modules and the two filler modules
/// at the top right (Figure 5's unnumbered dark cells).
pub(crate) const FIXED_DARK: [(u8, u8); 13] = [
    (0, 28),
    (0, 29),
    (9, 10),
    (9, 11),
    (10, 11),
    (15, 7),
    (16, 8),
    (16, 20),
    (17, 20),
    (22, 10),
    (23, 10),
    (22, 17),
    (23, 17),
];

/// Bit offsets in a regular block, most significant first: (row, column) from its top left.
const BLOCK: [(u8, u8); 6] = [(0, 1), (0, 0), (1, 1), (1, 0), (2, 1), (2, 0)];

/// Whether the 2-column block at `col` of `band` is free for the serpentine (bands 3–7 leave
/// the centre to the primary message and the bullseye).
const fn band_block_free(band: usize, col: usize) -> bool {
    match band {
        3 | 7 => col <= 6 || col >= 22,
        4..=6 => col <= 4 || col >= 22,
        _ => true,
    }
}

/// `POSITIONS[k]` is the (row, column) of bit `k % 6` (0 = most significant) of codeword
/// `k / 6` (0-based).
pub(crate) const POSITIONS: [(u8, u8); 864] = {
    let mut pos = [(0u8, 0u8); 864];
    let mut k = 0;
    // Codewords 1-9.
    while k < 9 {
        let mut b = 0;
        while b < 6 {
            pos[k * 6 + b] = CENTRE_BITS[k][b];
            b += 1;
        }
        k += 1;
    }
    // Codewords 10-20.
    while k < 20 {
        let (r, c) = CENTRE_BLOCKS[k - 9];
        let mut b = 0;
        while b < 6 {
            pos[k * 6 + b] = (r + BLOCK[b].0, c + BLOCK[b].1);
            b += 1;
        }
        k += 1;
    }
    // Codewords 21-136: the serpentine through the bands.
    let mut band = 0;
    while band < 11 {
        let mut step = 0;
        while step < 14 {
            let col = if band % 2 == 0 {
                step * 2
            } else {
                26 - step * 2
            };
            if band_block_free(band, col) {
                let mut b = 0;
                while b < 6 {
                    pos[k * 6 + b] = ((band * 3) as u8 + BLOCK[b].0, col as u8 + BLOCK[b].1);
                    b += 1;
                }
                k += 1;
            }
            step += 1;
        }
        band += 1;
    }
    // Codewords 137-144 down the right edge: rows 4j+1 .. 4j+4, column 28 with column 29 on
    // even rows only.
    let mut j = 0;
    while j < 8 {
        let r = (4 * j + 1) as u8;
        let cells = [
            (r, 28),
            (r + 1, 29),
            (r + 1, 28),
            (r + 2, 28),
            (r + 3, 29),
            (r + 3, 28),
        ];
        let mut b = 0;
        while b < 6 {
            pos[k * 6 + b] = cells[b];
            b += 1;
        }
        k += 1;
        j += 1;
    }
    pos
};

/// Grid size.
pub(crate) const WIDTH: usize = 30;
pub(crate) const HEIGHT: usize = 33;

/// `CELLS[k]`: the index (`row * WIDTH + column`) in the matrix cells of [`POSITIONS`]`[k]`.
pub(crate) static CELLS: [u16; 864] = {
    let mut cells = [0u16; 864];
    let mut k = 0;
    while k < 864 {
        cells[k] = POSITIONS[k].0 as u16 * WIDTH as u16 + POSITIONS[k].1 as u16;
        k += 1;
    }
    cells
};

/// The matrix cells before any data: light everywhere but the [`FIXED_DARK`] modules (dark,
/// `ModuleRole::Finder`).
pub(crate) const TEMPLATE: [u8; WIDTH * HEIGHT] = {
    let mut cells = [0u8; WIDTH * HEIGHT];
    let mut k = 0;
    while k < FIXED_DARK.len() {
        let (r, c) = FIXED_DARK[k];
        cells[r as usize * WIDTH + c as usize] = 0x80 | crate::ModuleRole::Finder as u8;
        k += 1;
    }
    cells
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every bit lands on its own module, and none on a fixed dark module.
    #[test]
    fn positions_are_distinct() {
        let mut seen = [[false; 30]; 33];
        for &(r, c) in &POSITIONS {
            let (r, c) = (usize::from(r), usize::from(c));
            assert!(r < 33 && c < 30, "({r}, {c}) outside");
            assert!(!seen[r][c], "({r}, {c}) twice");
            seen[r][c] = true;
        }
        for &(r, c) in &FIXED_DARK {
            assert!(!seen[usize::from(r)][usize::from(c)]);
        }
    }
}
