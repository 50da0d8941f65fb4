//! Symbol geometry (ISO/IEC 24778 §7.1, §7.2, §7.4): bullseye, orientation marks, mode message,
//! reference grid and the domino layout of the data layers.
//!
//! Coordinates are offsets from the centre module. Layers are laid out innermost first: each is
//! a ring two modules thick whose top side runs left to right, the other sides being the top
//! side turned by 90°, 180° and 270° about the centre; a domino pair puts the even bit on the
//! inner module. Bit index 0 (innermost) carries the last bit of the codeword stream, so the
//! stream starts on the outermost layer. Full-range symbols place layers in a grid-free
//! coordinate space and then open a reference-grid line every 16 modules from the centre.

use crate::{Matrix, ModuleRole};

/// Side of a symbol with `layers` layers (compact: 15–27; full-range: 19–151).
pub(crate) fn size(compact: bool, layers: usize) -> usize {
    if compact {
        11 + 4 * layers
    } else {
        // Outermost module in the grid-free space, opened up for grid lines.
        let half = open_grid(7 + 2 * layers as i32);
        2 * half as usize + 1
    }
}

/// Maps a grid-free offset from the centre (never 0) to the symbol's offset, skipping the
/// reference-grid lines at multiples of 16.
#[inline]
fn open_grid(v: i32) -> i32 {
    let a = v.abs();
    let opened = a + (a - 1) / 15;
    if v < 0 { -opened } else { opened }
}

/// Draws everything: finder, orientation, mode message (`mode_bits`, 28 compact / 40 full),
/// reference grid and data (`codewords` of `cw` bits each: data then check codewords).
pub(crate) fn draw(
    compact: bool,
    layers: usize,
    mode_bits: &[u8],
    codewords: &[u16],
    cw: usize,
) -> Matrix {
    let side = size(compact, layers);
    let c = (side / 2) as i32;
    let mut m = Matrix::new(side, side);
    let mut set = |x: i32, y: i32, dark: bool, role: ModuleRole| {
        m.set((c + x) as usize, (c + y) as usize, dark, role);
    };
    if !compact {
        // Reference grid: lines through the centre every 16 modules, alternating dark on even
        // offsets along the line.
        let mut line = 0;
        while line <= c {
            for t in -c..=c {
                for l in [line, -line] {
                    set(t, l, t % 2 == 0, ModuleRole::Timing);
                    set(l, t, t % 2 == 0, ModuleRole::Timing);
                }
            }
            line += 16;
        }
    }
    draw_core(&mut set, compact, mode_bits);
    // Data layers. `at[v + reach]` is the symbol column (or row) of the layer coordinate v
    // (after `grid_free` for full-range symbols, which skips v = 0), so placing a module is
    // two lookups whatever the rotation.
    let reach = if compact {
        6 + 2 * layers as i32
    } else {
        8 + 2 * layers as i32
    };
    let at: Vec<usize> = (-reach..=reach)
        .map(|v| {
            let v = if compact || v == 0 { v } else { open_grid(v) };
            (c + v) as usize
        })
        .collect();
    let coord = |v: i32| at[(v + reach) as usize];
    // Bit k counted from the end of the stream goes to the k-th module: read the codewords
    // last first, each from its least significant bit.
    let mut words = codewords.iter().rev();
    let (mut word, mut left) = (0u16, 0usize);
    let mut next_bit = || {
        if left == 0 {
            match words.next() {
                Some(&w) => {
                    word = w;
                    left = cw;
                }
                None => return false,
            }
        }
        let bit = word & 1 != 0;
        word >>= 1;
        left -= 1;
        bit
    };
    for layer in 0..layers as i32 {
        let (first_x, inner_y, pairs) = if compact {
            (-5 - 2 * layer, -6 - 2 * layer, 13 + 4 * layer)
        } else {
            // Grid-free offsets (the centre line removed): the top side of layer 0 runs from
            // −7 to +9 on row −8.
            (-7 - 2 * layer, -8 - 2 * layer, 16 + 4 * layer)
        };
        let gf = |v: i32| if compact { v } else { grid_free(v) };
        // The two rows of the top side (inner, outer) and where its columns start; the other
        // sides are it turned about the centre, so along each side one coordinate is fixed.
        let (inner, outer) = (gf(inner_y), gf(inner_y - 1));
        for side_no in 0..4 {
            let fixed = [inner, outer].map(|y| match side_no {
                0 => coord(y),
                1 => coord(-y),
                2 => coord(-y),
                _ => coord(y),
            });
            for i in 0..pairs {
                let v = gf(first_x + i);
                let along = match side_no {
                    0 => coord(v),
                    1 => coord(v),
                    2 => coord(-v),
                    _ => coord(-v),
                };
                for &f in &fixed {
                    // The module starts light (Matrix::new), so only dark ones are set.
                    if next_bit() {
                        // Sides 0 and 2 run along a row, 1 and 3 along a column.
                        if side_no % 2 == 0 {
                            m.set(along, f, true, ModuleRole::Data);
                        } else {
                            m.set(f, along, true, ModuleRole::Data);
                        }
                    }
                }
            }
        }
    }
    m
}

/// Grid-free coordinates count −1, 0, 1 … across the centre with the centre line absent; turns
/// them into nonzero offsets (… −1, then 1 …) so rotation and opening stay symmetric.
#[inline]
fn grid_free(v: i32) -> i32 {
    if v >= 0 { v + 1 } else { v }
}

/// Turns an offset by `quarter` × 90° clockwise about the centre.
#[inline]
fn rotate(x: i32, y: i32, quarter: usize) -> (i32, i32) {
    match quarter & 3 {
        0 => (x, y),
        1 => (-y, x),
        2 => (-x, -y),
        _ => (y, -x),
    }
}

/// Bullseye, orientation marks and mode message of a compact (radius 5) or full-range
/// (radius 7) core.
pub(crate) fn draw_core(
    set: &mut impl FnMut(i32, i32, bool, ModuleRole),
    compact: bool,
    mode_bits: &[u8],
) {
    let r: i32 = if compact { 5 } else { 7 };
    for y in -(r - 1)..r {
        for x in -(r - 1)..r {
            let d = x.abs().max(y.abs());
            set(x, y, d % 2 == 0, ModuleRole::Finder);
        }
    }
    // Orientation: three dark modules top-left, two top-right, one bottom-right.
    for (x, y, dark) in [
        (-r, -r, true),
        (-r + 1, -r, true),
        (-r, -r + 1, true),
        (r, -r, true),
        (r, -r + 1, true),
        (r - 1, -r, false),
        (r, r - 1, true),
        (r, r, false),
        (r - 1, r, false),
        (-r, r, false),
        (-r + 1, r, false),
        (-r, r - 1, false),
    ] {
        set(x, y, dark, ModuleRole::Finder);
    }
    // Mode message: along each side of the ring at radius r, clockwise from the top, skipping
    // the centre line of full-range symbols.
    let span = if compact { 3 } else { 5 };
    let mut k = 0;
    for side in 0..4 {
        for x in -span..=span {
            if !compact && x == 0 {
                continue;
            }
            let (px, py) = rotate(x, -r, side);
            let dark = mode_bits.get(k).is_some_and(|&b| b == 1);
            set(px, py, dark, ModuleRole::Format);
            k += 1;
        }
    }
}
