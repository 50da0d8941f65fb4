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
use std::{cell::RefCell, rc::Rc};

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

/// A symbol size's fixed parts, drawn once per thread: the finder, orientation marks and
/// reference grid with the mode message light, where the mode message bits go, and where each
/// data bit goes.
struct Template {
    compact: bool,
    layers: usize,
    side: usize,
    /// The cells (see [`Matrix::from_cells`]) with everything but the mode message and data
    /// drawn; those modules are light.
    base: Vec<u8>,
    /// Cell index of mode message bit k.
    mode: Vec<u32>,
    /// Cell index of the k-th bit counted from the end of the codeword stream.
    data: Vec<u32>,
}

/// Templates recently used, per thread, most recent first.
const CACHED_TEMPLATES: usize = 4;

thread_local! {
    static TEMPLATES: RefCell<Vec<Rc<Template>>> = const { RefCell::new(Vec::new()) };
}

/// The template for a size, from the per-thread cache.
fn template(compact: bool, layers: usize) -> Rc<Template> {
    TEMPLATES.with(|cache| {
        let mut cache = cache.borrow_mut();
        match cache
            .iter()
            .position(|t| t.compact == compact && t.layers == layers)
        {
            Some(0) => {}
            Some(k) => cache[..=k].rotate_right(1),
            None => {
                if cache.len() == CACHED_TEMPLATES {
                    cache.pop();
                }
                cache.insert(0, Rc::new(build_template(compact, layers)));
            }
        }
        Rc::clone(&cache[0])
    })
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
    let t = template(compact, layers);
    let mut cells = t.base.clone();
    // Mode message and data modules are light in the template: OR in the dark bit.
    for (&i, &b) in t.mode.iter().zip(mode_bits) {
        cells[i as usize] |= (b & 1) << 7;
    }
    // Bit k counted from the end of the stream goes to the k-th module: read the codewords
    // last first, each from its least significant bit; modules past the stream stay light.
    for (&w, places) in codewords.iter().rev().zip(t.data.chunks_exact(cw)) {
        for (k, &i) in places.iter().enumerate() {
            cells[i as usize] |= (((w >> k) & 1) as u8) << 7;
        }
    }
    Matrix::from_cells(t.side, t.side, cells)
}

fn build_template(compact: bool, layers: usize) -> Template {
    let side = size(compact, layers);
    let c = (side / 2) as i32;
    let mut m = Matrix::new(side, side);
    let mut mode = Vec::with_capacity(40);
    let mut set = |x: i32, y: i32, dark: bool, role: ModuleRole| {
        let (x, y) = ((c + x) as usize, (c + y) as usize);
        if role == ModuleRole::Format {
            mode.push((y * side + x) as u32);
        }
        m.set(x, y, dark, role);
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
    // The mode message is the only Format part of the core, set in bit order.
    draw_core(&mut set, compact, &[]);
    // Data layers. `at[v + reach]` is the symbol column (or row) of the layer coordinate v
    // (after `grid_free` for full-range symbols, which skips v = 0), so placing a module is
    // two lookups whatever the rotation.
    let reach = if compact {
        6 + 2 * layers as i32
    } else {
        8 + 2 * layers as i32
    };
    let at: Vec<u16> = (-reach..=reach)
        .map(|v| {
            let v = if compact || v == 0 { v } else { open_grid(v) };
            (c + v) as u16
        })
        .collect();
    let coord = |v: i32| at[(v + reach) as usize];
    let mut data = Vec::new();
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
                    // Sides 0 and 2 run along a row, 1 and 3 along a column.
                    let (x, y) = if side_no % 2 == 0 {
                        (along, f)
                    } else {
                        (f, along)
                    };
                    data.push(u32::from(y) * side as u32 + u32::from(x));
                }
            }
        }
    }
    // Light, role Data at every mode message and data module, as `draw` needs.
    let mut base = Vec::with_capacity(side * side);
    for y in 0..side {
        for x in 0..side {
            base.push(m.role(x, y) as u8 | if m.is_dark(x, y) { 0x80 } else { 0 });
        }
    }
    debug_assert!(
        data.iter()
            .all(|&i| base[i as usize] == ModuleRole::Data as u8)
    );
    Template {
        compact,
        layers,
        side,
        base,
        mode,
        data,
    }
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
