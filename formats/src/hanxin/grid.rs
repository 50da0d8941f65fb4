//! Han Xin function patterns, data placement and the structural information (ISO/IEC 20830 5.3,
//! 5.8).
//!
//! Cells are bytes as [`crate::Matrix`] stores them: the role in the low nibble (0 = data, so a
//! zero cell is free) and 0x80 for dark.

use std::sync::OnceLock;

use super::{gf, tables};
use crate::ModuleRole;

pub(crate) const DARK: u8 = 0x80;

/// The function patterns of one version, with every other cell free (zero).
pub(crate) struct Template {
    pub side: usize,
    pub cells: Vec<u8>,
}

/// The template of `version` (1–84), built once.
pub(crate) fn template(version: u8) -> &'static Template {
    static CACHE: [OnceLock<Template>; 84] = [const { OnceLock::new() }; 84];
    let v = version.clamp(1, 84);
    CACHE[usize::from(v - 1)].get_or_init(|| build(v))
}

/// The top-left position detection pattern, rows top to bottom, bit 6 = leftmost module
/// (ISO/IEC 20830 5.3.2). The top-right and bottom-left patterns are its mirror image, the
/// bottom-right one its half turn.
const FINDER: [u8; 7] = [0x7f, 0x40, 0x5f, 0x50, 0x57, 0x57, 0x57];

struct Builder {
    side: usize,
    cells: Vec<u8>,
}

impl Builder {
    fn set(&mut self, x: usize, y: usize, dark: bool, role: ModuleRole) {
        self.cells[y * self.side + x] = role as u8 | if dark { DARK } else { 0 };
    }

    /// Sets a free cell inside the symbol; others are left alone (alignment patterns are drawn
    /// around finders and clipped at the edges).
    fn plot(&mut self, x: isize, y: isize, dark: bool) {
        let s = self.side as isize;
        if (0..s).contains(&x) && (0..s).contains(&y) {
            let i = y as usize * self.side + x as usize;
            if self.cells[i] == 0 {
                self.cells[i] = ModuleRole::Alignment as u8 | if dark { DARK } else { 0 };
            }
        }
    }

    fn finder(&mut self, x0: usize, y0: usize, mirror: bool, flip: bool) {
        for (r, &row) in FINDER.iter().enumerate() {
            for c in 0..7 {
                let dark = row & (0x40 >> c) != 0;
                let x = if mirror { 6 - c } else { c };
                let y = if flip { 6 - r } else { r };
                self.set(x0 + x, y0 + y, dark, ModuleRole::Finder);
            }
        }
    }

    /// A 3×3 assistant alignment pattern: a dark module ringed by light ones.
    fn assistant(&mut self, x: isize, y: isize) {
        for dy in -1..=1 {
            for dx in -1..=1 {
                self.plot(x + dx, y + dy, dx == 0 && dy == 0);
            }
        }
    }

    /// An alignment pattern cornered at (x, y): a dark line `w` modules to the left and `h`
    /// modules down, with a light line along its inner side.
    fn alignment(&mut self, x: isize, y: isize, w: isize, h: isize) {
        self.plot(x, y, true);
        self.plot(x - 1, y + 1, false);
        for i in 1..=w {
            self.plot(x - i, y, true);
            self.plot(x - i - 1, y + 1, false);
        }
        for i in 1..h {
            self.plot(x, y + i, true);
            self.plot(x - 1, y + i + 1, false);
        }
    }
}

fn build(version: u8) -> Template {
    let side = tables::side(version);
    let mut b = Builder {
        side,
        cells: vec![0; side * side],
    };
    let far = side - 7;
    b.finder(0, 0, false, false);
    b.finder(far, 0, true, false);
    b.finder(0, far, true, false);
    b.finder(far, far, true, true);
    // Separators (8 modules) and the structural information region (9 modules) along the inner
    // sides of each finder.
    for i in 0..8 {
        for (x, y) in [
            (i, 7),
            (7, i),
            (side - 1 - i, 7),
            (7, side - 1 - i),
            (side - 8, i),
            (i, side - 8),
            (side - 1 - i, side - 8),
            (side - 8, side - 1 - i),
        ] {
            b.set(x, y, false, ModuleRole::Separator);
        }
    }
    for i in 0..9 {
        for (x, y) in [
            (i, 8),
            (8, i),
            (side - 1 - i, 8),
            (8, side - 1 - i),
            (side - 9, i),
            (i, side - 9),
            (side - 1 - i, side - 9),
            (side - 9, side - 1 - i),
        ] {
            b.set(x, y, false, ModuleRole::Format);
        }
    }
    if version >= 4 {
        alignment_patterns(&mut b, version);
    }
    Template {
        side,
        cells: b.cells,
    }
}

/// Alignment and assistant alignment patterns (ISO/IEC 20830 5.3.4 and Annex A): grid lines at
/// 0, k, 2k … mk and the last module, counted from the top for rows and from the right for
/// columns; the last region is `r` modules.
fn alignment_patterns(b: &mut Builder, version: u8) {
    let i = usize::from(version - 1);
    let (k, r, m) = (
        isize::from(tables::ALIGN_K[i]),
        isize::from(tables::ALIGN_R[i]),
        usize::from(tables::ALIGN_M[i]),
    );
    let last = b.side as isize - 1;
    let lines = m + 2;
    let extent = |t: usize| if t < m { k } else { r - 1 };
    let line = |t: usize| if t <= m { t as isize * k } else { last };
    let m_odd = m % 2 == 1;

    // Assistant patterns on the left and right edges, then on the top and bottom edges.
    for t in 0..lines {
        let y = line(t);
        if (t % 2 == 0) == m_odd {
            b.assistant(0, y);
        }
        if t % 2 == 1 {
            b.assistant(last, y);
        }
    }
    for t in 0..lines {
        let x = last - line(t);
        if (t % 2 == 0) == m_odd {
            b.assistant(x, last);
        }
        if t % 2 == 1 {
            b.assistant(x, 0);
        }
    }
    // Alignment patterns on a checkerboard of grid crossings, none at the top-right corner.
    for ty in 0..lines {
        for tx in 0..lines {
            if (tx + ty) % 2 == 0 && (tx, ty) != (0, 0) {
                b.alignment(last - line(tx), line(ty), extent(tx), extent(ty));
            }
        }
    }
}

/// Places `stream` (after the 13-codeword interleave) row by row into the free cells; cells
/// past the stream stay light.
pub(crate) fn place(cells: &mut [u8], stream: &[u8]) {
    let total = stream.len() * 8;
    for (bit, c) in cells
        .iter_mut()
        .filter(|c| **c == 0)
        .take(total)
        .enumerate()
    {
        if stream[bit / 8] & (0x80 >> (bit % 8)) != 0 {
            *c = DARK;
        }
    }
}

/// Writes the 34-module structural information for `version`, `level` and `mask` into both
/// copies (ISO/IEC 20830 5.7): version + 20 (8 bits), level − 1 (2), mask (2), four GF(16)
/// check symbols, then six light modules.
pub(crate) fn write_structural_info(
    cells: &mut [u8],
    side: usize,
    version: u8,
    level: u8,
    mask: u8,
) {
    let info = (u32::from(version) + 20) << 4 | u32::from(level - 1) << 2 | u32::from(mask);
    let ecc = gf::structural_ecc([
        (info >> 8) as u8,
        (info >> 4 & 0xf) as u8,
        (info & 0xf) as u8,
    ]);
    let bits = info << 16
        | u32::from(ecc[0]) << 12
        | u32::from(ecc[1]) << 8
        | u32::from(ecc[2]) << 4
        | u32::from(ecc[3]);
    // bit(i) for i in 0..28; bits 28–33 are light.
    let bit = |i: usize| i < 28 && bits >> (27 - i) & 1 != 0;
    let mut put = |x: usize, y: usize, dark: bool| {
        cells[y * side + x] = ModuleRole::Format as u8 | if dark { DARK } else { 0 };
    };
    let s = side;
    for i in 0..9 {
        let a = bit(i);
        put(i, 8, a);
        put(s - 1 - i, s - 9, a);
        let b = bit(i + 8);
        put(8, 8 - i, b);
        put(s - 9, s - 9 + i, b);
        let c = bit(i + 17);
        put(s - 9, i, c);
        put(8, s - 1 - i, c);
        let d = bit(i + 25);
        put(s - 9 + i, 8, d);
        put(8 - i, s - 9, d);
    }
}

/// The first 12 bits (version + 20, level − 1, mask) of the top-left structural information.
pub(crate) fn read_structural_info(matrix: &crate::Matrix) -> u32 {
    let s = matrix.width();
    (0..12).fold(0, |acc, i| {
        let (x, y) = match i {
            0..=8 => (i, 8),
            _ => (8, 8 - (i - 8)),
        };
        debug_assert!(s > 8);
        acc << 1 | u32::from(matrix.is_dark(x, y))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn room_for_every_codeword() {
        for v in 1..=84u8 {
            let t = template(v);
            let free = t.cells.iter().filter(|&&c| c == 0).count();
            let needed = tables::total_codewords(v) * 8;
            assert!(
                free >= needed,
                "version {v}: {free} free modules, {needed} needed"
            );
            assert!(
                free - needed < 8,
                "version {v}: {free} free modules, {needed} needed"
            );
        }
    }
}
