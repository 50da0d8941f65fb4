//! EAN-13, EAN-8, UPC-A and UPC-E (ISO/IEC 15420, GS1 General Specifications 5.2), with the
//! EAN-2 and EAN-5 add-ons.
//!
//! Input is digits as the user writes them, zint style: the check digit is computed when the
//! data is one digit short and verified when it is given; shorter data is padded with leading
//! zeros; an add-on follows a `+` (`9501234567890+12`) or comes in [`EanOptions::addon`]. UPC-E
//! also takes the UPC-A it zero-suppresses (11 or 12 digits).
//!
//! The symbol is one row of modules (add-on and the light gap before it included) with a
//! [`Linear`] layout: text runs as GS1 places them, guard bars that extend below the digits,
//! GS1 quiet zones and where the add-on starts. [`SymbolMeta::data_bits`] and
//! [`SymbolMeta::capacity_bits`] are both 8 × the digits encoded (check digit and add-on
//! included), as these symbols have a fixed length.
//!
//! ```
//! use codevault_formats::linear::ean::{encode_ean13, EanOptions};
//! let symbol = encode_ean13(b"950110153000+12", &EanOptions::default()).unwrap();
//! assert_eq!(symbol.matrix.width(), 95 + 7 + 20);
//! ```

mod input;
mod patterns;

use crate::{EncodeError, Linear, Matrix, Shape, Symbol, SymbolMeta, Symbology, TextRun};
use input::Digits;
use patterns::{
    ADDON_SEP, ADDON_START, CENTRE, EAN5_PARITY, EAN13_PARITY, GUARD, Row, Set, UPCE_END,
    UPCE_PARITY, parity_set,
};

/// Options of the EAN/UPC encoders. The default is zint's: no add-on, zint's add-on gap, no
/// quiet zone markers.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct EanOptions {
    /// EAN-2 or EAN-5 add-on digits (2 or 5 digits; empty = none). The data may carry the
    /// add-on after a `+` instead, but not both.
    pub addon: Option<String>,
    /// Light modules between the symbol and its add-on: 7–12 (UPC-A 9–12, GS1 General
    /// Specifications 5.2.3.4); `None` = zint's default, 9 for UPC-A and 7 for the others
    /// (zint `--addongap`). Ignored without an add-on.
    pub addon_gap: Option<u8>,
    /// Adds GS1's light margin indicators as text in the quiet zones: `<` left and `>` right of
    /// EAN-8, `>` right of EAN-13, and `>` right of any add-on (zint 2.12's `--guardwhitespace`;
    /// zint 2.11 has no such option). Only text runs change, never the bars.
    pub quiet_zone_markers: bool,
}

/// EAN-13 from 12 digits (check digit added), 13 (check digit verified) or fewer (padded with
/// leading zeros to 12), optionally `+` and a 2- or 5-digit add-on.
pub fn encode_ean13(data: &[u8], options: &EanOptions) -> Result<Symbol, EncodeError> {
    encode(Kind::Ean13, data, options)
}

/// EAN-8 from 7 digits (check digit added), 8 (verified) or fewer (padded with leading zeros to
/// 7), optionally `+` and an add-on.
pub fn encode_ean8(data: &[u8], options: &EanOptions) -> Result<Symbol, EncodeError> {
    encode(Kind::Ean8, data, options)
}

/// UPC-A from 11 digits (check digit added), 12 (verified) or fewer (padded with leading zeros
/// to 11), optionally `+` and an add-on.
pub fn encode_upca(data: &[u8], options: &EanOptions) -> Result<Symbol, EncodeError> {
    encode(Kind::Upca, data, options)
}

/// UPC-E from 6 digits (number system 0; fewer are padded with leading zeros), 7 (number system
/// 0 or 1 first), 8 (and the check digit last, verified), or the 11- or 12-digit UPC-A it
/// zero-suppresses; optionally `+` and an add-on.
pub fn encode_upce(data: &[u8], options: &EanOptions) -> Result<Symbol, EncodeError> {
    encode(Kind::Upce, data, options)
}

/// The four main symbols.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Ean13,
    Ean8,
    Upca,
    Upce,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Ean13 => "EAN-13",
            Kind::Ean8 => "EAN-8",
            Kind::Upca => "UPC-A",
            Kind::Upce => "UPC-E",
        }
    }

    /// What lengths the data may have, for error messages.
    fn lengths(self) -> &'static str {
        match self {
            Kind::Ean13 => "give 12 digits (the check digit is added) or 13 (it is verified)",
            Kind::Ean8 => "give 7 digits (the check digit is added) or 8 (it is verified)",
            Kind::Upca => "give 11 digits (the check digit is added) or 12 (it is verified)",
            Kind::Upce => {
                "give 6 digits, 7 (number system first), 8 (and check digit last) or the 11 or \
                 12 digits of a UPC-A that zero-suppresses"
            }
        }
    }

    fn symbology(self) -> Symbology {
        match self {
            Kind::Ean13 => Symbology::Ean13,
            Kind::Ean8 => Symbology::Ean8,
            Kind::Upca => Symbology::Upca,
            Kind::Upce => Symbology::Upce,
        }
    }

    /// Modules of the main symbol.
    fn width(self) -> usize {
        match self {
            Kind::Ean13 | Kind::Upca => 95,
            Kind::Ean8 => 67,
            Kind::Upce => 51,
        }
    }

    /// GS1 General Specifications 5.2.3.4 quiet zones (left, right) without add-on.
    fn quiet(self) -> (usize, usize) {
        match self {
            Kind::Ean13 => (11, 7),
            Kind::Ean8 => (7, 7),
            Kind::Upca => (9, 9),
            Kind::Upce => (9, 7),
        }
    }

    /// Smallest add-on gap (zint's default, GS1's minimum) for this symbol.
    fn min_gap(self) -> u8 {
        if self == Kind::Upca { 9 } else { 7 }
    }
}

/// Light quiet zone right of an add-on (GS1 General Specifications 5.2.3.4).
const ADDON_QUIET_RIGHT: usize = 5;
/// Largest add-on gap GS1 allows.
const MAX_GAP: u8 = 12;

fn encode(kind: Kind, data: &[u8], options: &EanOptions) -> Result<Symbol, EncodeError> {
    let digits = input::parse(kind, data, options.addon.as_deref())?;
    let gap = match options.addon_gap {
        None => kind.min_gap(),
        Some(g) if (kind.min_gap()..=MAX_GAP).contains(&g) => g,
        Some(g) => {
            return Err(EncodeError::invalid(
                "addon_gap",
                g,
                format!("{}-{MAX_GAP} modules for {}", kind.min_gap(), kind.name()),
            ));
        }
    };
    let gap = usize::from(gap);
    let addon_len = digits.addon_len;
    let addon_width = match addon_len {
        2 => 20,
        5 => 47,
        _ => 0,
    };
    let main_width = kind.width();
    let width = main_width + if addon_len > 0 { gap + addon_width } else { 0 };
    let mut row = Row::with_capacity(width);
    draw_main(kind, &digits, &mut row);
    let addon_start = (addon_len > 0).then(|| {
        row.light(gap);
        let start = row.len();
        draw_addon(digits.addon(), &mut row);
        start
    });
    debug_assert_eq!(row.len(), width);

    let (quiet_left, mut quiet_right) = kind.quiet();
    if addon_len > 0 {
        quiet_right = ADDON_QUIET_RIGHT;
    }
    let mut linear = Linear {
        text: text_runs(kind, &digits, options.quiet_zone_markers),
        guards: guards(kind),
        quiet_left,
        quiet_right,
        addon_start,
        ..Linear::default()
    };
    if let Some(start) = addon_start {
        linear.text.push(TextRun {
            text: digits
                .addon()
                .iter()
                .map(|d| char::from(b'0' + d))
                .collect(),
            start: start as i32,
            width: addon_width as u32,
            above: true,
            small: false,
        });
        if options.quiet_zone_markers {
            linear
                .text
                .push(marker(">", width as i32, ADDON_QUIET_RIGHT, true));
        }
    }
    let encoded = digits.main_len + addon_len;
    let version = match addon_len {
        0 => kind.name().to_string(),
        n => format!("{}+{n}", kind.name()),
    };
    Ok(Symbol {
        matrix: Matrix::from_cells(width, 1, row.into_cells()),
        quiet_zone: quiet_left.max(quiet_right),
        shape: Shape::Linear(Box::new(linear)),
        meta: SymbolMeta {
            symbology: kind.symbology(),
            version,
            ecc: None,
            mask: None,
            data_bits: encoded * 8,
            capacity_bits: encoded * 8,
        },
    })
}

/// Guards, digits and centre pattern of the main symbol.
fn draw_main(kind: Kind, digits: &Digits, row: &mut Row) {
    let d = digits.main();
    row.bits(GUARD);
    match kind {
        Kind::Ean13 => {
            // The leading digit has no bars: it picks the parity of the next six.
            let parity = EAN13_PARITY[usize::from(d[0])];
            for (i, &x) in (0u32..).zip(&d[1..7]) {
                row.digit(x, parity_set(parity, 6, i));
            }
            row.bits(CENTRE);
            for &x in &d[7..13] {
                row.digit(x, Set::C);
            }
            row.bits(GUARD);
        }
        Kind::Ean8 | Kind::Upca => {
            let half = d.len() / 2;
            for &x in &d[..half] {
                row.digit(x, Set::A);
            }
            row.bits(CENTRE);
            for &x in &d[half..] {
                row.digit(x, Set::C);
            }
            row.bits(GUARD);
        }
        Kind::Upce => {
            // Number system and check digit are carried by the parity of the six digits only.
            let mut parity = UPCE_PARITY[usize::from(d[7])];
            if d[0] == 1 {
                parity = !parity & 0x3f;
            }
            for (i, &x) in (0u32..).zip(&d[1..7]) {
                row.digit(x, parity_set(parity, 6, i));
            }
            row.bits(UPCE_END);
        }
    }
}

/// An EAN-2 (parity by value mod 4) or EAN-5 (parity by its weighted check value) add-on.
fn draw_addon(addon: &[u8], row: &mut Row) {
    let (parity, n) = if addon.len() == 2 {
        ((addon[0] * 10 + addon[1]) % 4, 2)
    } else {
        let sum: usize = addon
            .iter()
            .enumerate()
            .map(|(i, &x)| usize::from(x) * if i % 2 == 0 { 3 } else { 9 })
            .sum();
        (EAN5_PARITY[sum % 10], 5)
    };
    row.bits(ADDON_START);
    for (i, &x) in (0u32..).zip(addon) {
        if i > 0 {
            row.bits(ADDON_SEP);
        }
        row.digit(x, parity_set(parity, n, i));
    }
}

/// Module ranges of the bars that extend below the digits: the guards, and for UPC-A also the
/// bars of its first and last digits (GS1 General Specifications 5.2.4.2).
fn guards(kind: Kind) -> Vec<(usize, usize)> {
    match kind {
        Kind::Ean13 => vec![(0, 3), (45, 50), (92, 95)],
        Kind::Ean8 => vec![(0, 3), (31, 36), (64, 67)],
        Kind::Upca => vec![(0, 10), (45, 50), (85, 95)],
        Kind::Upce => vec![(0, 3), (45, 51)],
    }
}

fn run(digits: &[u8], start: i32, width: u32, small: bool) -> TextRun {
    TextRun {
        text: digits.iter().map(|d| char::from(b'0' + d)).collect(),
        start,
        width,
        above: false,
        small,
    }
}

fn marker(text: &str, start: i32, width: usize, above: bool) -> TextRun {
    TextRun {
        text: text.to_string(),
        start,
        width: width as u32,
        above,
        small: false,
    }
}

/// The human-readable digits where GS1 prints them: EAN-13's leading digit in the left quiet
/// zone, UPC's number system and check digit smaller outside the bars, the rest centred under
/// the halves between the guards.
fn text_runs(kind: Kind, digits: &Digits, markers: bool) -> Vec<TextRun> {
    let d = digits.main();
    let has_addon = digits.addon_len > 0;
    let mut text = Vec::with_capacity(6);
    match kind {
        Kind::Ean13 => {
            text.push(run(&d[..1], -11, 6, false));
            text.push(run(&d[1..7], 3, 42, false));
            text.push(run(&d[7..], 50, 42, false));
            if markers && !has_addon {
                text.push(marker(">", 95, 7, false));
            }
        }
        Kind::Ean8 => {
            if markers {
                text.push(marker("<", -7, 7, false));
            }
            text.push(run(&d[..4], 3, 28, false));
            text.push(run(&d[4..], 36, 28, false));
            if markers && !has_addon {
                text.push(marker(">", 67, 7, false));
            }
        }
        Kind::Upca => {
            text.push(run(&d[..1], -9, 4, true));
            text.push(run(&d[1..6], 10, 35, false));
            text.push(run(&d[6..11], 50, 35, false));
            text.push(run(&d[11..], 99, 4, true));
        }
        Kind::Upce => {
            text.push(run(&d[..1], -9, 4, true));
            text.push(run(&d[1..7], 3, 42, false));
            text.push(run(&d[7..], 53, 4, true));
        }
    }
    text
}

#[cfg(test)]
mod tests;
