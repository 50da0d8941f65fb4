//! Terminal output: Unicode half blocks (two module rows per line) or plain ASCII.

use codevault_formats::Symbol;

use crate::{Style, style::total_modules};

/// How [`render_text`] draws modules.
///
/// Polarity: characters draw the **dark** modules and spaces are light, so the code reads as
/// printed on a terminal with dark text on a light background. On a light-on-dark terminal the
/// code appears inverted; most phone scanners read that too, but for reliable scanning use a
/// light terminal theme or a PNG/SVG.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum TextStyle {
    /// One character per module column and one line per two module rows, using `▀`, `▄`, `█`
    /// and space: modules come out square in a typical 1:2 terminal cell.
    #[default]
    HalfBlocks,
    /// `#` for dark and space for light, two characters per module, one line per module row.
    Ascii,
}

/// Renders `symbol` as text for a terminal, quiet zone included, every line ending in `\n`.
///
/// Only [`Style::quiet_zone`] of the style is used (colours and sizes are for images); a quiet
/// zone above [`MAX_QUIET_ZONE`](crate::MAX_QUIET_ZONE) is capped.
pub fn render_text(symbol: &Symbol, style: &Style, text: TextStyle) -> String {
    let quiet = style.quiet_zone_for(symbol);
    let (w, h) = total_modules(symbol, quiet);
    let (w, h) = (w as usize, h as usize);
    let m = &symbol.matrix;
    // Module at (x, y) in quiet-zone coordinates; anything outside the matrix is light.
    let dark = |x: usize, y: usize| m.is_dark(x.wrapping_sub(quiet), y.wrapping_sub(quiet));
    match text {
        TextStyle::HalfBlocks => {
            let mut s = String::with_capacity((w * 3 + 1) * h.div_ceil(2));
            for y in (0..h).step_by(2) {
                for x in 0..w {
                    // A last odd row has light below it.
                    let bottom = y + 1 < h && dark(x, y + 1);
                    s.push(match (dark(x, y), bottom) {
                        (true, true) => '█',
                        (true, false) => '▀',
                        (false, true) => '▄',
                        (false, false) => ' ',
                    });
                }
                s.push('\n');
            }
            s
        }
        TextStyle::Ascii => {
            let mut s = String::with_capacity((w * 2 + 1) * h);
            for y in 0..h {
                for x in 0..w {
                    s.push_str(if dark(x, y) { "##" } else { "  " });
                }
                s.push('\n');
            }
            s
        }
    }
}
