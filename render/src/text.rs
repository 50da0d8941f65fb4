//! Terminal output: Unicode half blocks (two module rows per line) or plain ASCII.

use codevault_formats::{Shape, Symbol};

use crate::Style;

/// Module rows a linear symbol's bars take in terminal output (four lines of half blocks).
const LINEAR_ROWS: usize = 8;

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
/// zone above [`MAX_QUIET_ZONE`](crate::MAX_QUIET_ZONE) is capped. Stacked symbols repeat each
/// row `row_height` times; linear symbols draw their bars [`LINEAR_ROWS`] modules tall with at
/// most 2 rows of quiet zone above and below, without human-readable text; postal symbols show
/// their rows as they are.
pub fn render_text(symbol: &Symbol, style: &Style, text: TextStyle) -> String {
    let quiet = style.quiet_zone_for(symbol);
    let m = &symbol.matrix;
    // The matrix row drawn on each module row of the output (`None`: quiet zone).
    let (repeat, rows, v_quiet) = match &symbol.shape {
        Shape::Stacked { row_height } => (usize::from(*row_height).max(1), m.height(), quiet),
        Shape::Linear(_) => (LINEAR_ROWS, 1, quiet.min(2)),
        _ => (1, m.height(), quiet),
    };
    let row_of: Vec<Option<usize>> = std::iter::repeat_n(None, v_quiet)
        .chain((0..rows * repeat).map(|r| Some(r / repeat)))
        .chain(std::iter::repeat_n(None, v_quiet))
        .collect();
    let (w, h) = (m.width() + 2 * quiet, row_of.len());
    // Module at (x, y) in quiet-zone coordinates; anything outside the matrix is light.
    let dark = |x: usize, y: usize| row_of[y].is_some_and(|r| m.is_dark(x.wrapping_sub(quiet), r));
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
