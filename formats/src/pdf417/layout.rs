//! Symbol size choice and drawing: start pattern, left row indicator, data columns, right row
//! indicator and stop pattern per row (ISO/IEC 15438 5.3, 5.8); compact symbols end after the
//! data columns with a one-module bar.

use super::{MAX_CODEWORDS, Pdf417Options, patterns::PATTERNS};
use crate::Matrix;

/// Start pattern 81111113 (17 modules).
const START: u32 = 0b1_1111_1110_1010_1000;
/// Stop pattern 711311121 (18 modules).
const STOP: u32 = 0b11_1111_1010_0010_1001;
pub(super) const DARK: u8 = 0x80;

/// Rows and data columns for `total` codewords (data, pads and check words), or `None` when the
/// pinned size cannot hold them.
pub(super) fn choose_size(total: usize, o: &Pdf417Options) -> Option<(usize, usize)> {
    let fits =
        |r: usize, c: usize| (3..=90).contains(&r) && r * c >= total && r * c <= MAX_CODEWORDS;
    let (rows, cols) = match (o.rows.map(usize::from), o.columns.map(usize::from)) {
        (Some(r), Some(c)) => (r, c),
        (Some(r), None) => (r, total.div_ceil(r).max(1)),
        (None, Some(c)) => (total.div_ceil(c).max(3), c),
        (None, None) => match o.aspect_ratio {
            Some(target) => by_aspect_ratio(total, f64::from(target), o.compact)?,
            None => zint_default(total)?,
        },
    };
    (cols <= 30 && fits(rows, cols)).then_some((rows, cols))
}

/// zint 2.11's default: `round(sqrt((total - 1) / 3))` columns, more while rows would exceed
/// 90 or the symbol 928 codewords.
fn zint_default(total: usize) -> Option<(usize, usize)> {
    let mut cols = (((total - 1) as f64 / 3.0).sqrt().round() as usize).max(1);
    let mut rows = total.div_ceil(cols);
    if rows <= 3 {
        return Some((3, cols));
    }
    while rows > 90 && cols < 30 {
        cols += 1;
        rows = total.div_ceil(cols);
    }
    while cols < 30 && rows * cols > MAX_CODEWORDS {
        cols += 1;
        rows = total.div_ceil(cols);
    }
    Some((rows, cols))
}

/// The column count whose symbol's height / width (rows × 3 over modules across) is closest to
/// `target` on a log scale; the smaller symbol on a tie.
fn by_aspect_ratio(total: usize, target: f64, compact: bool) -> Option<(usize, usize)> {
    let mut best: Option<(f64, usize, usize, usize)> = None;
    for cols in 1..=30 {
        let rows = total.div_ceil(cols).max(3);
        if rows > 90 || rows * cols > MAX_CODEWORDS {
            continue;
        }
        let width = module_width(cols, compact);
        let ratio = (rows * usize::from(super::ROW_HEIGHT)) as f64 / width as f64;
        let miss = (ratio / target).ln().abs();
        let area = rows * width;
        if best.is_none_or(|(m, a, _, _)| miss < m - 1e-12 || (miss <= m + 1e-12 && area < a)) {
            best = Some((miss, area, rows, cols));
        }
    }
    best.map(|(_, _, r, c)| (r, c))
}

/// Width in modules of a symbol with `cols` data columns.
pub(super) fn module_width(cols: usize, compact: bool) -> usize {
    if compact {
        17 * cols + 35
    } else {
        17 * cols + 69
    }
}

/// Left and right row indicator values of row `row` (ISO/IEC 15438 5.3.2 / Table 3).
fn row_indicators(row: usize, rows: usize, cols: usize, level: u8) -> (u16, u16) {
    let base = 30 * (row / 3);
    let r = (rows - 1) / 3;
    let l = usize::from(level) * 3 + (rows - 1) % 3;
    let c = cols - 1;
    let (left, right) = match row % 3 {
        0 => (r, c),
        1 => (l, r),
        _ => (c, l),
    };
    ((base + left) as u16, (base + right) as u16)
}

/// Draws the symbol of `cws` (rows × cols codewords, row by row).
pub(super) fn draw(cws: &[u16], rows: usize, cols: usize, level: u8, compact: bool) -> Matrix {
    let width = module_width(cols, compact);
    let mut cells = vec![0u8; width * rows];
    for (row, (line, words)) in cells
        .chunks_exact_mut(width)
        .zip(cws.chunks_exact(cols))
        .enumerate()
    {
        let table = &PATTERNS[row % 3];
        let (left, right) = row_indicators(row, rows, cols, level);
        // Every codeword and the start pattern: 16 modules, then a space.
        put16(line, 0, (START >> 1) as u16);
        put16(line, 17, table[usize::from(left)]);
        let mut x = 34;
        for &w in words {
            put16(line, x, table[usize::from(w)]);
            x += 17;
        }
        if compact {
            line[x] = DARK;
        } else {
            put16(line, x, table[usize::from(right)]);
            x += 17;
            put16(line, x, (STOP >> 2) as u16);
            line[x + 16] = if STOP & 2 != 0 { DARK } else { 0 };
            line[x + 17] = if STOP & 1 != 0 { DARK } else { 0 };
        }
    }
    Matrix::from_cells(width, rows, cells)
}

/// Writes the low `len` bits of `bits` (most significant first, 1 = dark) at `x`; returns the
/// next free position (MicroPDF417's row address patterns; PDF417 rows use `put16`).
#[inline]
pub(super) fn put(line: &mut [u8], x: usize, bits: u32, len: usize) -> usize {
    for (i, cell) in line[x..x + len].iter_mut().enumerate() {
        if bits >> (len - 1 - i) & 1 != 0 {
            *cell = DARK;
        }
    }
    x + len
}

/// The 8 cells of a byte of modules, most significant bit first (1 = dark), as little-endian
/// bytes.
const CELLS: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut b = 0;
    while b < 256 {
        let mut i = 0;
        while i < 8 {
            if b >> (7 - i) & 1 != 0 {
                t[b] |= (DARK as u64) << (8 * i);
            }
            i += 1;
        }
        b += 1;
    }
    t
};

/// Writes 16 modules (most significant bit first, 1 = dark) at `x`.
#[inline]
pub(super) fn put16(line: &mut [u8], x: usize, bits: u16) {
    let [hi, lo] = bits.to_be_bytes();
    line[x..x + 8].copy_from_slice(&CELLS[usize::from(hi)].to_le_bytes());
    line[x + 8..x + 16].copy_from_slice(&CELLS[usize::from(lo)].to_le_bytes());
}

/// Reads the data and check codewords back from the module grid of a PDF417 symbol (one matrix
/// row per symbol row, no quiet zone, as [`super::encode`] and `zint --dump` make them), row
/// indicators dropped. `None` when the grid is not that shape or a pattern is not a codeword of
/// its row's cluster. Meant for tests and verification, not for scanning images.
pub fn read_codewords(matrix: &Matrix, compact: bool) -> Option<Vec<u16>> {
    let width = matrix.width();
    let extra = if compact { 35 } else { 69 };
    if width < extra + 17 || (width - extra) % 17 != 0 {
        return None;
    }
    let cols = (width - extra) / 17;
    let mut out = Vec::with_capacity(cols * matrix.height());
    for y in 0..matrix.height() {
        let table = &PATTERNS[y % 3];
        for c in 0..cols {
            let x0 = 34 + 17 * c;
            let bits = (0..16).fold(0u16, |v, i| v << 1 | u16::from(matrix.is_dark(x0 + i, y)));
            if matrix.is_dark(x0 + 16, y) {
                return None;
            }
            out.push(table.iter().position(|&p| p == bits)? as u16);
        }
    }
    Some(out)
}
