//! Drawing (ISO/IEC 24728 5.3): each row is a left row address pattern, the codewords with a
//! centre row address pattern after the first (3 columns) or second (4 columns), a right row
//! address pattern and a one-module stop bar. Row `r` uses pattern numbers `start + r` (52
//! wraps to 1) and the cluster after its predecessor's (0, 3, 6, 0, …).

use super::super::layout::{DARK, put, put16};
use super::super::patterns::PATTERNS;
use super::rap::{CENTRE, SIDE};
use super::sizes::{SIZES, Size};
use crate::Matrix;

/// Pattern number `start + row`, as an index into [`SIDE`] / [`CENTRE`].
#[inline]
fn rap(start: u8, row: usize) -> usize {
    (usize::from(start) - 1 + row) % 52
}

/// Draws the symbol of `cws` (rows × cols codewords, row by row).
pub(super) fn draw(cws: &[u16], size: &Size) -> Matrix {
    let (width, cols) = (size.width(), usize::from(size.cols));
    let centre_after = match cols {
        3 => 1,
        4 => 2,
        _ => usize::MAX,
    };
    let mut cells = vec![0u8; width * usize::from(size.rows)];
    for (row, (line, words)) in cells
        .chunks_exact_mut(width)
        .zip(cws.chunks_exact(cols))
        .enumerate()
    {
        let table = &PATTERNS[(usize::from(size.cluster) + row) % 3];
        // Left to right, 16 modules at a time: the modules past a row address pattern's 10
        // are written blank and then overwritten by what follows.
        put16(line, 0, SIDE[rap(size.left, row)] << 6);
        let mut x = 10;
        for (c, &w) in words.iter().enumerate() {
            if c == centre_after {
                put16(line, x, CENTRE[rap(size.centre, row)] << 6);
                x += 10;
            }
            // A codeword is 16 modules and a space.
            put16(line, x, table[usize::from(w)]);
            x += 17;
        }
        // The right row address pattern and the stop bar end the row.
        let x = put(line, x, u32::from(SIDE[rap(size.right, row)]), 10);
        line[x] = DARK;
    }
    Matrix::from_cells(width, usize::from(size.rows), cells)
}

/// Reads the data region's codewords (data, pads and macro block; the check words dropped) back
/// from the module grid of a MicroPDF417 symbol (one matrix row per symbol row, no quiet zone, as [`super::encode`] and
/// `zint --dump` make them). `None` when the grid is not one of the 34 sizes or a pattern is not
/// a codeword of its row's cluster. Meant for tests and verification, not for scanning images.
pub fn read_codewords(matrix: &Matrix) -> Option<Vec<u16>> {
    let size = SIZES
        .iter()
        .find(|s| s.width() == matrix.width() && usize::from(s.rows) == matrix.height())?;
    let cols = usize::from(size.cols);
    let mut out = Vec::with_capacity(cols * matrix.height());
    for y in 0..matrix.height() {
        let table = &PATTERNS[(usize::from(size.cluster) + y) % 3];
        let mut x0 = 10;
        for c in 0..cols {
            if (cols == 3 && c == 1) || (cols == 4 && c == 2) {
                x0 += 10;
            }
            let bits = (0..16).fold(0u16, |v, i| v << 1 | u16::from(matrix.is_dark(x0 + i, y)));
            if matrix.is_dark(x0 + 16, y) {
                return None;
            }
            out.push(table.iter().position(|&p| p == bits)? as u16);
            x0 += 17;
        }
    }
    out.truncate(size.capacity());
    Some(out)
}
