//! The Micro QR module grid: function patterns, data placement, masking and format information.

use super::{bits::BitWriter, micro::Level};
use crate::{Matrix, ModuleRole};

const DARK: u8 = 0x80;

/// A square grid of cells (role in the low bits, [`DARK`] when dark).
struct Grid {
    size: usize,
    cells: Vec<u8>,
}

impl Grid {
    fn set(&mut self, x: usize, y: usize, dark: bool, role: ModuleRole) {
        self.cells[y * self.size + x] = role as u8 | if dark { DARK } else { 0 };
    }

    fn is_data(&self, x: usize, y: usize) -> bool {
        self.cells[y * self.size + x] & !DARK == ModuleRole::Data as u8
    }

    fn is_dark(&self, x: usize, y: usize) -> bool {
        self.cells[y * self.size + x] & DARK != 0
    }
}

/// Builds the finished matrix for `stream` (data then ECC bits); returns it with the mask used.
pub(crate) fn build(level: Level, stream: &BitWriter, mask: Option<u8>) -> (Matrix, u8) {
    let size = level.size();
    let mut grid = Grid {
        size,
        cells: vec![0; size * size],
    };
    function_patterns(&mut grid);
    place(&mut grid, stream);
    let mask = mask.unwrap_or_else(|| best_mask(&grid));
    apply_mask(&mut grid, mask);
    format_info(&mut grid, level, mask);
    (Matrix::from_cells(size, size, grid.cells), mask)
}

/// Finder, separator, timing patterns and the reserved format area.
fn function_patterns(grid: &mut Grid) {
    for y in 0..7 {
        for x in 0..7 {
            let ring = x.max(y).max(6 - x.min(y));
            // Dark outer ring (distance 6 or 0 from an edge), light ring, dark 3×3 centre.
            let dark = ring == 6 || ring <= 4;
            grid.set(x, y, dark, ModuleRole::Finder);
        }
    }
    for i in 0..8 {
        grid.set(i, 7, false, ModuleRole::Separator);
        grid.set(7, i, false, ModuleRole::Separator);
    }
    for i in 8..grid.size {
        grid.set(i, 0, i % 2 == 0, ModuleRole::Timing);
        grid.set(0, i, i % 2 == 0, ModuleRole::Timing);
    }
    for i in 1..=8 {
        grid.set(i, 8, false, ModuleRole::Format);
        grid.set(8, i, false, ModuleRole::Format);
    }
}

/// Places the bit stream in two-module columns from the bottom right, up then down, skipping
/// function modules. Micro QR has no remainder bits: the stream fills every data module.
fn place(grid: &mut Grid, stream: &BitWriter) {
    let total = stream.len();
    let mut i = 0;
    // Column pairs (right, right - 1) from the right edge; column 0 is the timing pattern.
    for (pair, right) in (2..grid.size).rev().step_by(2).enumerate() {
        for step in 0..grid.size {
            let y = if pair % 2 == 0 {
                grid.size - 1 - step
            } else {
                step
            };
            for x in [right, right - 1] {
                if i < total && grid.is_data(x, y) {
                    grid.set(x, y, stream.bit(i), ModuleRole::Data);
                    i += 1;
                }
            }
        }
    }
    debug_assert_eq!(i, total, "the stream fills every data module");
}

/// Whether mask `pattern` (0–3) inverts the module at column `x`, row `y`.
fn mask_bit(pattern: u8, x: usize, y: usize) -> bool {
    match pattern {
        0 => y % 2 == 0,
        1 => (y / 2 + x / 3) % 2 == 0,
        2 => ((y * x) % 2 + (y * x) % 3) % 2 == 0,
        _ => ((y + x) % 2 + (y * x) % 3) % 2 == 0,
    }
}

fn apply_mask(grid: &mut Grid, pattern: u8) {
    for y in 0..grid.size {
        for x in 0..grid.size {
            if grid.is_data(x, y) && mask_bit(pattern, x, y) {
                grid.cells[y * grid.size + x] ^= DARK;
            }
        }
    }
}

/// ISO/IEC 18004 7.8.3.2: count dark modules on the right edge (SUM1) and bottom edge (SUM2),
/// timing modules excluded; score = smaller × 16 + larger; the highest score wins (ties: lower
/// mask number).
fn best_mask(grid: &Grid) -> u8 {
    let last = grid.size - 1;
    let mut best = (0u8, 0usize);
    for pattern in 0..4u8 {
        let dark = |x: usize, y: usize| grid.is_dark(x, y) ^ mask_bit(pattern, x, y);
        let sum1 = (1..grid.size).filter(|&y| dark(last, y)).count();
        let sum2 = (1..grid.size).filter(|&x| dark(x, last)).count();
        let score = sum1.min(sum2) * 16 + sum1.max(sum2);
        if pattern == 0 || score > best.1 {
            best = (pattern, score);
        }
    }
    best.0
}

/// The 15-bit format information: symbol number and mask, BCH(15,5) protected, masked with
/// 0x4445 (ISO/IEC 18004 7.9.2).
pub(crate) fn format_bits(symbol_number: u8, mask: u8) -> u16 {
    let data = u32::from(symbol_number) << 2 | u32::from(mask);
    let mut rem = data << 10;
    for bit in (10..15).rev() {
        if rem & (1 << bit) != 0 {
            rem ^= 0x537 << (bit - 10);
        }
    }
    ((data << 10 | rem) ^ 0x4445) as u16
}

/// Writes the format information: bits 14..7 along row 8 (columns 1–8), bits 6..0 up column 8
/// (rows 7–1).
fn format_info(grid: &mut Grid, level: Level, mask: u8) {
    let bits = format_bits(level.symbol_number, mask);
    let bit = |n: usize| bits >> n & 1 != 0;
    for i in 0..8 {
        grid.set(1 + i, 8, bit(14 - i), ModuleRole::Format);
    }
    for i in 0..7 {
        grid.set(8, 7 - i, bit(6 - i), ModuleRole::Format);
    }
}
