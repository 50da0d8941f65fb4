//! Terminal output: half blocks and ASCII read back into modules.
#![cfg(feature = "text")]

mod common;

use codevault_render::{Style, TextStyle, render_text};
use common::{Rng, expected_dark, matrix, random_matrix, symbol};

#[test]
fn half_blocks_read_back_exactly() {
    let mut rng = Rng::new(5);
    for _ in 0..50 {
        let (w, h) = (1 + rng.below(20) as usize, 1 + rng.below(20) as usize);
        let s = symbol(random_matrix(&mut rng, w, h, 50), rng.below(4) as usize);
        let q = s.quiet_zone;
        let text = render_text(&s, &Style::default(), TextStyle::HalfBlocks);
        let lines: Vec<&str> = text.lines().collect();
        assert!(text.ends_with('\n'));
        assert_eq!(lines.len(), (h + 2 * q).div_ceil(2));
        for (row, line) in lines.iter().enumerate() {
            let chars: Vec<char> = line.chars().collect();
            assert_eq!(chars.len(), w + 2 * q);
            for (x, c) in chars.into_iter().enumerate() {
                let (top, bottom) = match c {
                    '█' => (true, true),
                    '▀' => (true, false),
                    '▄' => (false, true),
                    ' ' => (false, false),
                    other => panic!("unexpected {other:?}"),
                };
                assert_eq!(top, expected_dark(&s, q, x, 2 * row));
                assert_eq!(bottom, expected_dark(&s, q, x, 2 * row + 1));
            }
        }
    }
}

#[test]
fn ascii_is_two_characters_per_module() {
    let s = symbol(matrix(&["#.", ".#"]), 1);
    let text = render_text(&s, &Style::default(), TextStyle::Ascii);
    assert_eq!(text, "        \n  ##    \n    ##  \n        \n");
}

#[test]
fn half_blocks_use_the_style_quiet_zone() {
    let s = symbol(matrix(&["##", "#.", ".#"]), 4);
    let style = Style {
        quiet_zone: Some(0),
        ..Style::default()
    };
    assert_eq!(render_text(&s, &style, TextStyle::HalfBlocks), "█▀\n ▀\n");
    assert_eq!(TextStyle::default(), TextStyle::HalfBlocks);
}

#[test]
fn linear_and_stacked_shapes_are_drawn_tall() {
    use codevault_formats::{Matrix, Shape};
    let mut s = symbol(Matrix::from_widths(&[1, 1, 2]), 1);
    s.shape = Shape::Linear(Box::default());
    let ascii = render_text(&s, &Style::default(), TextStyle::Ascii);
    // 1 quiet row, 8 bar rows, 1 quiet row.
    assert_eq!(ascii.lines().count(), 10);
    assert_eq!(ascii.lines().nth(1), Some("  ##  ####  "));
    s.matrix = matrix(&["#.", ".#"]);
    s.shape = Shape::Stacked { row_height: 3 };
    let ascii = render_text(&s, &Style::default(), TextStyle::Ascii);
    let lines: Vec<&str> = ascii.lines().collect();
    assert_eq!(lines.len(), 8);
    assert_eq!(
        &lines[1..7],
        &[
            "  ##    ", "  ##    ", "  ##    ", "    ##  ", "    ##  ", "    ##  "
        ]
    );
}
