//! Symbol size (AIM ISS DotCode rev 4.0 §5.2.2): width + height odd, at least twice as many
//! cells as the data and check dots need, 5–200 each way; and the pad codewords that fill it.

use crate::EncodeError;

/// Largest width or height.
pub(crate) const MAX_SIDE: usize = 200;
/// Smallest width or height.
pub(crate) const MIN_SIDE: usize = 5;

/// A symbol's width (columns) and height (rows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Size {
    pub(crate) width: usize,
    pub(crate) height: usize,
}

impl Size {
    /// Dot positions (half the cells: only (x + y) even can be dark).
    pub(crate) fn dots(self) -> usize {
        self.width * self.height / 2
    }

    /// The most data codewords (after any header) the size holds.
    pub(crate) fn capacity(self) -> usize {
        // min_dots grows by 9 or 18 a codeword, so step down from an upper bound.
        let mut dl = self.dots() / 9;
        while dl > 0 && min_dots(dl) > self.dots() {
            dl -= 1;
        }
        dl
    }
}

/// Check codewords for `data` data codewords: 3 + data / 2.
pub(crate) fn check_words(data: usize) -> usize {
    3 + data / 2
}

/// Dots `data` codewords need with their checks and the 2-dot mask value.
pub(crate) fn min_dots(data: usize) -> usize {
    9 * (data + check_words(data)) + 2
}

/// The other side for a fixed side: enough cells for twice the dots, the sum kept odd, and at
/// least [`MIN_SIDE`].
fn other_side(fixed: usize, area: usize) -> usize {
    let mut other = area.div_ceil(fixed).max(MIN_SIDE);
    if (fixed + other) & 1 == 0 {
        other += 1;
    }
    other
}

/// The size for `data` codewords: `columns` wide when given, else near `aspect` (height /
/// width; zint's 2 : 3 by default).
pub(crate) fn choose(
    data: usize,
    columns: Option<u16>,
    aspect: Option<f32>,
) -> Result<Size, EncodeError> {
    let area = 2 * min_dots(data);
    if let Some(w) = columns {
        let width = usize::from(w);
        let height = other_side(width, area);
        if height > MAX_SIDE {
            let max = Size {
                width,
                height: if width & 1 == 1 { 200 } else { 199 },
            };
            return Err(too_long(
                data,
                max,
                format!("DotCode {width} columns (pinned)"),
            ));
        }
        return Ok(Size { width, height });
    }
    let (width, height) = auto(area, aspect);
    if width <= MAX_SIDE && height <= MAX_SIDE {
        return Ok(Size { width, height });
    }
    // Too big at this shape: the widest (or tallest) symbol of that side, which zint refuses.
    let fits = |fixed: usize, wide: bool| {
        let other = other_side(fixed, area);
        if other > MAX_SIDE {
            None
        } else if wide {
            Some(Size {
                width: fixed,
                height: other,
            })
        } else {
            Some(Size {
                width: other,
                height: fixed,
            })
        }
    };
    let wide = width > MAX_SIDE;
    fits(200, wide).or_else(|| fits(199, wide)).ok_or_else(|| {
        let max = Size {
            width: 200,
            height: 199,
        };
        too_long(data, max, "DotCode 200x199, the largest".into())
    })
}

fn too_long(data: usize, max: Size, symbol: String) -> EncodeError {
    EncodeError::DataTooLong {
        needed_bits: data * 9,
        capacity_bits: max.capacity() * 9,
        symbol: format!("{symbol} ({} data codewords of 9 dots)", max.capacity()),
    }
}

/// zint's automatic size: height and width from the area at the aspect ratio (in f32, as
/// zint rounds), then nudged until the sum is odd and the area suffices.
fn auto(area: usize, aspect: Option<f32>) -> (usize, usize) {
    let a = area as f64;
    let (hf, wf) = match aspect {
        // zint's constants (not exact reciprocals), kept so default sizes match its own.
        None => ((a * 0.666).sqrt() as f32, (a * 1.5).sqrt() as f32),
        Some(r) => (
            (a * f64::from(r)).sqrt() as f32,
            (a / f64::from(r)).sqrt() as f32,
        ),
    };
    let mut h = (hf as usize).max(1);
    let mut w = (wf as usize).max(1);
    if (w + h) & 1 == 1 {
        if w * h < area {
            w += 1;
            h += 1;
        }
    } else if hf * (w as f32) < wf * (h as f32) {
        w += 1;
        if w * h < area {
            w -= 1;
            h += 1;
            if w * h < area {
                w += 2;
            }
        }
    } else {
        h += 1;
        if w * h < area {
            w += 1;
            h -= 1;
            if w * h < area {
                h += 2;
            }
        }
    }
    // Extreme aspect ratios can make a side too short; the standard's minimum wins.
    if w < MIN_SIDE {
        (MIN_SIDE, other_side(MIN_SIDE, area))
    } else if h < MIN_SIDE {
        (other_side(MIN_SIDE, area), MIN_SIDE)
    } else {
        (w, h)
    }
}

/// Appends pad codewords to `words` (`data` of them before padding) while the size has room:
/// one more codeword costs 9 dots, 18 when it adds a check codeword too. The first pad after
/// binary mode is its terminator to Code Set A (109); the rest are 106, a latch that changes
/// nothing readable.
pub(crate) fn pad(words: &mut Vec<u8>, size: Size, binary_finish: bool) {
    let mut spare = size.dots().saturating_sub(min_dots(words.len()));
    let mut first = true;
    while spare >= 9 {
        let need = if words.len() & 1 == 0 { 9 } else { 18 };
        if spare < need {
            break;
        }
        spare -= need;
        words.push(if first && binary_finish { 109 } else { 106 });
        first = false;
    }
}
