//! The rMQR module grid: function patterns, data placement, the fixed mask and format
//! information (ISO/IEC 23941 sections 7.3, 7.7, 7.8 and 7.9).

use super::rmqr_tables::alignment_columns;
use crate::{Matrix, ModuleRole};

const DARK: u8 = 0x80;
const ROLE: u8 = 0x0f;

/// A grid under construction: each cell holds its role (low nibble) and 0x80 when dark. Every
/// module whose role is not [`ModuleRole::Data`] belongs to a function pattern.
pub(crate) struct Grid {
    width: usize,
    height: usize,
    cells: Vec<u8>,
}

impl Grid {
    /// A grid of `width` × `height` with every function pattern drawn and the format
    /// information areas reserved (light).
    pub(crate) fn new(width: usize, height: usize) -> Grid {
        let mut g = Grid {
            width,
            height,
            cells: vec![0; width * height],
        };
        g.draw_function_patterns();
        g
    }

    #[inline]
    fn set(&mut self, x: usize, y: usize, dark: bool, role: ModuleRole) {
        if x < self.width && y < self.height {
            self.cells[y * self.width + x] = role as u8 | if dark { DARK } else { 0 };
        }
    }

    #[inline]
    fn is_data(&self, x: usize, y: usize) -> bool {
        self.cells[y * self.width + x] & ROLE == ModuleRole::Data as u8
    }

    fn draw_function_patterns(&mut self) {
        let (w, h) = (self.width, self.height);
        // Timing patterns along all four edges: dark on even positions.
        for x in 0..w {
            self.set(x, 0, x % 2 == 0, ModuleRole::Timing);
            self.set(x, h - 1, x % 2 == 0, ModuleRole::Timing);
        }
        for y in 0..h {
            self.set(0, y, y % 2 == 0, ModuleRole::Timing);
            self.set(w - 1, y, y % 2 == 0, ModuleRole::Timing);
        }
        // Finder pattern (7 × 7) at the top left.
        for y in 0..7 {
            for x in 0..7 {
                let ring = x == 0 || x == 6 || y == 0 || y == 6;
                let core = (2..=4).contains(&x) && (2..=4).contains(&y);
                self.set(x, y, ring || core, ModuleRole::Finder);
            }
        }
        // Finder sub-pattern (5 × 5) at the bottom right.
        for dy in 0..5 {
            for dx in 0..5 {
                let ring = dx == 0 || dx == 4 || dy == 0 || dy == 4;
                self.set(
                    w - 5 + dx,
                    h - 5 + dy,
                    ring || (dx == 2 && dy == 2),
                    ModuleRole::Finder,
                );
            }
        }
        // Corner finder sub-patterns at the bottom left and top right.
        self.set(0, h - 1, true, ModuleRole::Finder);
        self.set(1, h - 1, true, ModuleRole::Finder);
        self.set(0, h - 2, true, ModuleRole::Finder);
        self.set(1, h - 2, false, ModuleRole::Finder);
        self.set(w - 2, 0, true, ModuleRole::Finder);
        self.set(w - 1, 0, true, ModuleRole::Finder);
        self.set(w - 2, 1, false, ModuleRole::Finder);
        self.set(w - 1, 1, true, ModuleRole::Finder);
        // Separator right of the finder, and below it when the symbol is taller than 7. In
        // R9x… the row below the finder is the second-last row, so the separator replaces the
        // upper half of the bottom-left corner pattern there (as zint draws it).
        for y in 0..7 {
            self.set(7, y, false, ModuleRole::Separator);
        }
        if h > 7 {
            for x in 0..8 {
                self.set(x, 7, false, ModuleRole::Separator);
            }
        }
        // Alignment patterns: a vertical timing column between two 3 × 3 squares at the top
        // and bottom edges.
        for &c in alignment_columns(w) {
            for y in 0..h {
                self.set(c, y, y % 2 == 0, ModuleRole::Timing);
            }
            for (top, centre) in [(0, 1), (h - 3, h - 2)] {
                for y in top..top + 3 {
                    for x in c - 1..=c + 1 {
                        self.set(x, y, !(x == c && y == centre), ModuleRole::Alignment);
                    }
                }
            }
        }
        // Format information areas, reserved light until the words are known.
        for (x, y) in format_positions(w, h).into_iter().flat_map(|(l, r)| [l, r]) {
            self.set(x, y, false, ModuleRole::Format);
        }
    }

    /// Places the codeword bits in the two-module-wide zigzag, starting at the bottom right next
    /// to the right timing column, and applies the data mask to every data module (remainder
    /// modules are light before masking).
    pub(crate) fn place_data(&mut self, codewords: &[u8]) {
        let (w, h) = (self.width, self.height);
        let total = codewords.len() * 8;
        let bit = |i: usize| i < total && codewords[i / 8] & (0x80 >> (i % 8)) != 0;
        let mut i = 0;
        let mut upward = true;
        let mut right = w - 2; // the column right of the current pair
        loop {
            for step in 0..h {
                let y = if upward { h - 1 - step } else { step };
                for x in [right, right - 1] {
                    if self.is_data(x, y) {
                        let dark = bit(i) ^ mask(x, y);
                        self.cells[y * w + x] =
                            ModuleRole::Data as u8 | if dark { DARK } else { 0 };
                        i += 1;
                    }
                }
            }
            upward = !upward;
            if right < 3 {
                break;
            }
            right -= 2;
        }
    }

    /// Writes the two 18-bit format information words.
    pub(crate) fn place_format(&mut self, left: u32, right: u32) {
        for (k, (l, r)) in format_positions(self.width, self.height)
            .into_iter()
            .enumerate()
        {
            self.set(l.0, l.1, left >> k & 1 != 0, ModuleRole::Format);
            self.set(r.0, r.1, right >> k & 1 != 0, ModuleRole::Format);
        }
    }

    /// The finished matrix.
    pub(crate) fn into_matrix(self) -> Matrix {
        Matrix::from_cells(self.width, self.height, self.cells)
    }
}

/// The fixed rMQR data mask: (⌊y/2⌋ + ⌊x/3⌋) mod 2 = 0.
#[inline]
fn mask(x: usize, y: usize) -> bool {
    (y / 2 + x / 3) % 2 == 0
}

/// Module positions of format information bits 0–17, (finder side, sub-finder side).
fn format_positions(w: usize, h: usize) -> [((usize, usize), (usize, usize)); 18] {
    let mut out = [((0, 0), (0, 0)); 18];
    for (k, slot) in out.iter_mut().enumerate() {
        *slot = if k < 15 {
            let (col, row) = (k / 5, k % 5);
            ((8 + col, 1 + row), (w - 8 + col, h - 6 + row))
        } else {
            let n = k - 15;
            ((11, 1 + n), (w - 5 + n, h - 6))
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_module_counts_match_codeword_totals() {
        // Every size has room for its codewords plus fewer than 8 remainder bits.
        for (i, &(h, w)) in super::super::RMQR_VERSIONS.iter().enumerate() {
            let g = Grid::new(usize::from(w), usize::from(h));
            let data = (0..g.height)
                .flat_map(|y| (0..g.width).map(move |x| (x, y)))
                .filter(|&(x, y)| g.is_data(x, y))
                .count();
            let bits = usize::from(super::super::rmqr_tables::TOTAL_CODEWORDS[i]) * 8;
            assert!(
                data >= bits && data - bits < 8,
                "R{h}x{w}: {data} modules, {bits} bits"
            );
        }
    }
}
