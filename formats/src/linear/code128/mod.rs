//! Code 128 (ISO/IEC 15417) and GS1-128.
//!
//! [`encode_code128`] carries any bytes 0–255 (128–255 through FNC4, as ISO/IEC 8859-1 by
//! convention) with a minimal mix of code sets A, B and C; [`encode_gs1_128`] carries a GS1
//! element string with FNC1 first and FNC1 separators after variable-length values.
//!
//! [`SymbolMeta`] of a Code 128 symbol: `version` names the start code set (`"A"`, `"B"` or
//! `"C"`), `data_bits` is 8 × the symbol characters counted against the length limit (start
//! character and data characters, without check and stop characters) and `capacity_bits` is
//! 8 × that limit ([`MAX_SYMBOL_CHARS`]).

mod plan;
mod table;

use plan::{FNC1, FNC2, FNC3};
use table::{CHAR_MODULES, MODULES, STOP_CELLS, STOP_MODULES};

use crate::{EncodeError, Linear, Matrix, Shape, Symbol, SymbolMeta, Symbology, TextRun, gs1};

/// Most symbol characters a Code 128 symbol may have, counting the start character and the data
/// characters (not the check and stop characters). ISO/IEC 15417 sets no limit; this is zint's
/// (2.12 and later), which keeps symbols within what scanners read reliably.
pub const MAX_SYMBOL_CHARS: usize = 102;

/// Most data characters of a GS1-128 symbol (GS1 General Specifications 5.4.1): AIs, values
/// and FNC1 separators, without the leading FNC1.
pub const GS1_MAX_DATA_CHARS: usize = 48;

/// Atoms a symbol can carry at most (each symbol character takes at most two, a digit pair) plus
/// one: longer messages are refused before planning.
const STACK_ATOMS: usize = 2 * MAX_SYMBOL_CHARS + 1;

/// Quiet zone on each side, in modules (ISO/IEC 15417 4.4.2: at least 10X).
pub const QUIET_ZONE: usize = 10;

/// Options of Code 128 and GS1-128.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct Code128Options {
    /// The data is a GS1 element string (`[01]09521234543213[10]ABC`): encode GS1-128 (FNC1
    /// first, FNC1 after variable-length values). [`encode_gs1_128`] always does.
    pub gs1: bool,
    /// Reader initialisation (programming) symbol: FNC3 right after the start character.
    /// Not allowed with GS1.
    pub reader_init: bool,
    /// Process Code 128 escapes in the data (zint's `--extraesc`): `\^1` FNC1, `\^2` FNC2,
    /// `\^3` FNC3, and `\^^` for a literal `\^`. A `\` not followed by `^` is literal.
    pub extra_escape: bool,
}

impl Code128Options {
    /// Default options (no GS1, no reader initialisation, no escapes).
    pub fn new() -> Code128Options {
        Code128Options::default()
    }
}

/// Encodes `data` (any bytes; 128–255 through FNC4) as Code 128 with the fewest symbol
/// characters. With `options.gs1` the data is a GS1 element string (see [`encode_gs1_128`]).
///
/// ```
/// use codevault_formats::linear::code128::{Code128Options, encode_code128};
/// let symbol = encode_code128(b"Hello 2024", &Code128Options::default()).unwrap();
/// assert_eq!(symbol.matrix.height(), 1);
/// ```
pub fn encode_code128(data: &[u8], options: &Code128Options) -> Result<Symbol, EncodeError> {
    if options.gs1 {
        return encode_gs1_128(data, options);
    }
    if data.is_empty() {
        return Err(EncodeError::data(
            "Code 128 data",
            "is empty: give at least one character",
        ));
    }
    // One atom per byte at most (escapes only shrink), plus FNC3: on the stack for any input
    // that can fit a symbol.
    let mut stack = [0u16; STACK_ATOMS];
    let mut heap = Vec::new();
    let buf: &mut [u16] = if data.len() < STACK_ATOMS {
        &mut stack[..=data.len()]
    } else {
        heap.resize(data.len() + 1, 0);
        &mut heap
    };
    let mut n = 0;
    if options.reader_init {
        buf[0] = FNC3;
        n = 1;
    }
    if options.extra_escape {
        n = unescape(data, buf, n)?;
    } else {
        for (slot, &b) in buf[n..].iter_mut().zip(data) {
            *slot = u16::from(b);
        }
        n += data.len();
    }
    let atoms = &buf[..n];
    if atoms.is_empty() || (options.reader_init && atoms.len() == 1) {
        return Err(EncodeError::data(
            "Code 128 data",
            "has no characters after escapes: give at least one character",
        ));
    }
    let text = human_readable(atoms);
    build(atoms, text, Symbology::Code128)
}

/// Encodes a GS1 element string (`[01]09521234543213[10]ABC`, `(01)…` or raw) as GS1-128:
/// FNC1 first, then the AIs and values with FNC1 after each variable-length value that is not
/// last. The text under the bars is the HRI, `(01)09521234543213(10)ABC`.
///
/// ```
/// use codevault_formats::linear::code128::{Code128Options, encode_gs1_128};
/// let symbol = encode_gs1_128(b"[01]09521234543213[10]ABC", &Code128Options::default()).unwrap();
/// assert_eq!(symbol.meta.version, "C");
/// ```
pub fn encode_gs1_128(data: &[u8], options: &Code128Options) -> Result<Symbol, EncodeError> {
    if options.reader_init {
        return Err(EncodeError::invalid(
            "reader_init",
            true,
            "GS1-128 cannot be a reader initialisation symbol: drop reader_init or gs1",
        ));
    }
    if options.extra_escape {
        return Err(EncodeError::invalid(
            "extra_escape",
            true,
            "GS1-128 places its FNC1 characters itself: drop extra_escape or gs1",
        ));
    }
    // Validated in place: the elements borrow the input, nothing is copied per element.
    let mut elements = gs1::Spans::new();
    gs1::parse_spans(data, true, &mut elements)?;
    let elements = elements.as_slice();
    if elements.is_empty() {
        return Err(EncodeError::data(
            "GS1 element string",
            "has no elements: give at least one AI and value, e.g. [01]09521234543213",
        ));
    }
    // AIs, values and a separator after each variable-length value that is not last.
    let last = elements.len() - 1;
    let separators = elements[..last]
        .iter()
        .filter(|e| !e.fixed_length())
        .count();
    let body_len = elements
        .iter()
        .map(|e| e.ai.len() + e.value.len())
        .sum::<usize>()
        + separators;
    if body_len > GS1_MAX_DATA_CHARS {
        return Err(EncodeError::data(
            "GS1-128 data length",
            format!(
                "is {body_len} characters (AIs, values and FNC1 separators); GS1 allows at most \
                 {GS1_MAX_DATA_CHARS} in one symbol: split the element strings over two symbols"
            ),
        ));
    }
    // FNC1 first, then the data with FNC1 for each separator (values never hold GS: no GS1
    // character set has it).
    let mut atoms = [0u16; GS1_MAX_DATA_CHARS + 1];
    atoms[0] = FNC1;
    let mut n = 1;
    for (k, e) in elements.iter().enumerate() {
        for &b in e.ai.iter().chain(e.value) {
            atoms[n] = u16::from(b);
            n += 1;
        }
        if k < last && !e.fixed_length() {
            atoms[n] = FNC1;
            n += 1;
        }
    }
    build(&atoms[..n], gs1::spans_hri(elements), Symbology::Gs1_128)
}

/// Turns `\^1`, `\^2`, `\^3` into FNC atoms and `\^^` into a literal `\^`, writing them into
/// `atoms` from index `n` (room for one atom per byte of `data`); returns the new end.
fn unescape(data: &[u8], atoms: &mut [u16], mut n: usize) -> Result<usize, EncodeError> {
    let mut push = |a: u16| {
        atoms[n] = a;
        n += 1;
    };
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'\\' && data.get(i + 1) == Some(&b'^') {
            let atom = match data.get(i + 2) {
                Some(b'1') => Some(FNC1),
                Some(b'2') => Some(FNC2),
                Some(b'3') => Some(FNC3),
                Some(b'^') => None,
                other => {
                    let shown = other.map_or("end of data".to_string(), |b| {
                        format!("{:?}", char::from(*b))
                    });
                    return Err(EncodeError::data(
                        format!("Code 128 escape at byte {i}"),
                        format!(
                            "\\^ is followed by {shown}: use \\^1, \\^2 or \\^3 for FNC1-FNC3, \
                             \\^^ for a literal \\^ (manual code sets \\^A/\\^B/\\^C are not \
                             supported; the encoder picks the shortest)"
                        ),
                    ));
                }
            };
            match atom {
                Some(a) => push(a),
                None => {
                    push(u16::from(b'\\'));
                    push(u16::from(b'^'));
                }
            }
            i += 3;
        } else {
            push(u16::from(data[i]));
            i += 1;
        }
    }
    Ok(n)
}

/// The text under the bars as zint prints it: printable ASCII as is, control characters and
/// 0x80–0x9F as spaces, 0xA0–0xFF as their ISO/IEC 8859-1 characters; function characters
/// print nothing.
fn human_readable(atoms: &[u16]) -> String {
    let mut text = String::with_capacity(atoms.len() + atoms.len() / 4);
    text.extend(
        atoms
            .iter()
            .filter(|&&a| a <= 0xff)
            .map(|&a| match a as u8 {
                b @ 0x20..=0x7e => char::from(b),
                b @ 0xa0..=0xff => char::from(b),
                _ => ' ',
            }),
    );
    text
}

/// Plans `atoms`, checks the length limit and draws the symbol.
fn build(atoms: &[u16], text: String, symbology: Symbology) -> Result<Symbol, EncodeError> {
    let name = if symbology == Symbology::Gs1_128 {
        "GS1-128"
    } else {
        "Code 128"
    };
    let too_long = |needed: usize, at_least: &str| EncodeError::DataTooLong {
        needed_bits: needed * 8,
        capacity_bits: MAX_SYMBOL_CHARS * 8,
        symbol: format!(
            "{name} (needs {at_least}{needed} symbol characters of 8 bits, at most \
             {MAX_SYMBOL_CHARS})"
        ),
    };
    // Each symbol character carries at most two atoms (a digit pair), so longer input cannot
    // fit; refuse it before planning so huge input costs nothing.
    if atoms.len() > 2 * MAX_SYMBOL_CHARS {
        return Err(too_long(1 + atoms.len().div_ceil(2), "at least "));
    }
    // Room for every value a symbol may have plus the check character; a longer plan is only
    // counted.
    let mut planned = plan::Values::<{ MAX_SYMBOL_CHARS + 1 }>::new();
    plan::plan(atoms, &mut planned);
    let counted = planned.len();
    if counted > MAX_SYMBOL_CHARS {
        return Err(too_long(counted, ""));
    }
    let values = planned.as_slice();
    let start = values.first().copied().unwrap_or(104);
    let check = check_value(values);

    // Each value's 11 modules are a row of the module table: whole-slice copies.
    let width = (values.len() + 1) * CHAR_MODULES + STOP_MODULES;
    let mut cells = Vec::with_capacity(width);
    for &v in values.iter().chain([&check]) {
        cells.extend_from_slice(&MODULES[usize::from(v)]);
    }
    cells.extend_from_slice(&STOP_CELLS);
    let matrix = Matrix::from_cells(width, 1, cells);

    let linear = Linear {
        text: vec![TextRun {
            text,
            start: 0,
            width: width as u32,
            above: false,
            small: false,
        }],
        quiet_left: QUIET_ZONE,
        quiet_right: QUIET_ZONE,
        ..Linear::default()
    };
    Ok(Symbol {
        matrix,
        quiet_zone: QUIET_ZONE,
        shape: Shape::Linear(Box::new(linear)),
        meta: SymbolMeta {
            symbology,
            version: ["A", "B", "C"][usize::from(start.saturating_sub(103)).min(2)].to_string(),
            ecc: None,
            mask: None,
            data_bits: counted * 8,
            capacity_bits: MAX_SYMBOL_CHARS * 8,
        },
    })
}

/// The symbol check character (ISO/IEC 15417 4.2.5): the start value plus each following value
/// times its position (1, 2, …), modulo 103.
fn check_value(values: &[u8]) -> u8 {
    let sum = values
        .iter()
        .enumerate()
        .fold(0u32, |s, (i, &v)| s + (i as u32).max(1) * u32::from(v));
    (sum % 103) as u8
}

#[cfg(test)]
mod tests;
