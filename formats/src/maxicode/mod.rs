//! MaxiCode (ISO/IEC 16023): the fixed-size hexagonal symbol UPS and other carriers print on
//! parcels, in modes 2–6.
//!
//! ```
//! use codevault_formats::maxicode::{self, MaxiCodeOptions};
//! use codevault_formats::Shape;
//!
//! // Mode 4 (standard error correction), the default without a primary message.
//! let symbol = maxicode::encode(b"A MaxiCode Message in Mode 4", &MaxiCodeOptions::default())
//!     .unwrap();
//! assert_eq!((symbol.matrix.width(), symbol.matrix.height()), (30, 33));
//! assert_eq!(symbol.shape, Shape::Hexagonal);
//!
//! // Mode 2: a US structured carrier message (ZIP 152382802, country 840, service 001).
//! let mut ups = MaxiCodeOptions::default();
//! ups.primary = Some("152382802840001".into());
//! ups.scm_vv = Some(96);
//! let symbol = maxicode::encode(b"1Z00004951\x1dUPSN\x1d06X610", &ups).unwrap();
//! assert_eq!(symbol.meta.version, "mode 2");
//! ```
//!
//! **Grid.** The matrix is 30 columns × 33 rows exactly as `zint --dump` prints it; odd rows
//! are drawn half a module to the right ([`Shape::Hexagonal`]). The bullseye area is left
//! light: the renderer draws the finder. The quiet zone is 1 module.
//!
//! **Data.** Bytes are encoded as given (zint's `--binary`); MaxiCode's default character set
//! is ISO-8859-1, and an `eci` only writes its designator in front of the data.
//!
//! **Encodation.** Every byte is in at least one of the five code sets A–E; which set, and
//! which shift, latch, lock-in or Numeric Shift reaches it, is chosen by a shortest-path
//! search. zint 2.11.1 (whose output our tests compare against) uses a heuristic instead; we
//! reproduce its choice and use it whenever it is no longer than the shortest, so symbols
//! match zint's module for module in those cases and are smaller otherwise. zint 2.15 changed
//! its encodation of some inputs (a minimal-encodation rewrite): we follow 2.11.1.

mod charset;
mod heuristic;
mod layout;
mod optimal;
mod rs;
#[cfg(test)]
mod tests;

use crate::{EncodeError, Matrix, Shape, Symbol, SymbolMeta, Symbology};

/// One symbol's place in a structured-append sequence (ISO/IEC 16023 §4.9): up to 8 symbols.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct MaxiCodeStructuredAppend {
    /// Position of this symbol, 1-based (1 ..= `total`).
    pub index: u8,
    /// Number of symbols in the sequence (2 ..= 8).
    pub total: u8,
}

/// Options for [`encode`]. `Default` is mode 4 (or mode 2/3 when a primary message is given),
/// as zint.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct MaxiCodeOptions {
    /// The mode, 2–6: 2 and 3 are structured carrier messages (numeric / alphanumeric
    /// postcode, `primary` required), 4 standard error correction (93 codewords), 5 enhanced
    /// error correction (77 codewords), 6 reader programming. `None`: 4 without a primary
    /// message; with one, 2 when its postcode is digits (and spaces), else 3.
    pub mode: Option<u8>,
    /// The primary message of modes 2 and 3, as zint's `--primary`: the postcode (mode 2: up
    /// to 9 digits; mode 3: up to 6 characters of code set A, space padded), then the
    /// 3-digit ISO 3166 country code and the 3-digit service class, e.g. `152382802840001`.
    pub primary: Option<String>,
    /// Modes 2 and 3: prefix the data with the ISO/IEC 15434 header `[)>␞01␝vv` (zint's
    /// `--scmvv`; 96 is the usual UPS version). Data that already starts with that header
    /// (a UPS message pasted whole) gives the same symbol without this option.
    pub scm_vv: Option<u8>,
    /// ECI designator (0–999999) written before the data.
    pub eci: Option<u32>,
    /// Mode 6, reader programming (the same as `mode: Some(6)`).
    pub reader_init: bool,
    /// Structured-append header for one symbol of a sequence.
    pub structured_append: Option<MaxiCodeStructuredAppend>,
}

/// Anything longer than this cannot fit (nine digits take six codewords at best).
const MAX_BYTES: usize = 93 * 3 / 2 + 9;

/// Encodes `data` as a MaxiCode symbol.
pub fn encode(data: &[u8], options: &MaxiCodeOptions) -> Result<Symbol, EncodeError> {
    let primary = options.primary.as_deref().filter(|p| !p.is_empty());
    let mode = resolve_mode(options, primary)?;
    let mut cw = [0u8; 144];
    let mut msg = Vec::with_capacity(data.len() + 9);
    if mode <= 3 {
        let primary = primary.ok_or_else(|| {
            EncodeError::invalid(
                "primary",
                "(none)",
                format!(
                    "mode {mode} needs a primary message: postcode, 3-digit country code, \
                     3-digit service class, e.g. 152382802840001"
                ),
            )
        })?;
        cw[..10].copy_from_slice(&primary_codewords(mode, primary)?);
        if let Some(vv) = options.scm_vv {
            if vv > 99 {
                return Err(EncodeError::invalid("scm_vv", vv, "a 2-digit version 0-99"));
            }
            msg.extend_from_slice(b"[)>\x1e01\x1d");
            msg.extend_from_slice(&[b'0' + vv / 10, b'0' + vv % 10]);
        }
    } else {
        if primary.is_some() {
            return Err(EncodeError::invalid(
                "primary",
                primary.unwrap_or_default(),
                format!("a primary message is only for modes 2 and 3 (mode is {mode})"),
            ));
        }
        if let Some(vv) = options.scm_vv {
            return Err(EncodeError::invalid(
                "scm_vv",
                vv,
                format!("the SCM header is only for modes 2 and 3 (mode is {mode})"),
            ));
        }
        if data.is_empty() {
            return Err(EncodeError::data(
                "MaxiCode data",
                format!("is empty: mode {mode} needs at least one byte"),
            ));
        }
        cw[0] = mode;
    }
    msg.extend_from_slice(data);

    let mut prefix = Vec::with_capacity(7);
    if let Some(sa) = &options.structured_append {
        if !(2..=8).contains(&sa.total) {
            return Err(EncodeError::invalid(
                "structured_append.total",
                sa.total,
                "a MaxiCode sequence has 2-8 symbols",
            ));
        }
        if !(1..=sa.total).contains(&sa.index) {
            return Err(EncodeError::invalid(
                "structured_append.index",
                sa.index,
                format!("1-{} (the position in the sequence, 1-based)", sa.total),
            ));
        }
        prefix.extend([charset::PAD, (sa.total - 1) | ((sa.index - 1) << 3)]);
    }
    if let Some(eci) = options.eci {
        push_eci(eci, &mut prefix)?;
    }

    // Modes 2/3 carry 84 codewords in the secondary message; modes 4-6 carry 9 in the primary
    // and 84 (mode 5: 68) in the secondary.
    let (secondary, checks) = if mode == 5 { (68, 56) } else { (84, 40) };
    let capacity = if mode <= 3 { 84 } else { 9 + secondary };
    let too_long = |needed: usize| EncodeError::DataTooLong {
        needed_bits: needed * 6,
        capacity_bits: capacity * 6,
        symbol: format!("MaxiCode mode {mode} ({capacity} codewords)"),
    };
    if msg.len() > MAX_BYTES {
        // Even all digits would need this many codewords.
        return Err(too_long(prefix.len() + msg.len() * 2 / 3));
    }
    let (stream, used) = choose(&prefix, &msg, capacity).map_err(too_long)?;
    if mode <= 3 {
        cw[20..104].copy_from_slice(&stream[..84]);
    } else {
        cw[1..10].copy_from_slice(&stream[..9]);
        cw[20..20 + secondary].copy_from_slice(&stream[9..9 + secondary]);
    }
    rs::protect(&mut cw, secondary, checks);

    Ok(Symbol {
        matrix: draw(&cw),
        quiet_zone: 1,
        shape: Shape::Hexagonal,
        meta: SymbolMeta {
            symbology: Symbology::MaxiCode,
            version: format!("mode {mode}"),
            ecc: Some(if mode == 5 { "EEC" } else { "SEC" }.into()),
            mask: None,
            data_bits: used * 6,
            capacity_bits: capacity * 6,
        },
    })
}

/// The mode from the options and primary message (zint 2.11's defaults).
fn resolve_mode(options: &MaxiCodeOptions, primary: Option<&str>) -> Result<u8, EncodeError> {
    let mode = match (options.mode, options.reader_init) {
        (Some(m @ 2..=6), false) | (Some(m @ 6), true) => m,
        (Some(m), false) => {
            return Err(EncodeError::invalid(
                "mode",
                m,
                "2-6 (2/3 structured carrier message, 4 standard, 5 enhanced ECC, 6 reader \
                 programming)",
            ));
        }
        (Some(m), true) => {
            return Err(EncodeError::invalid(
                "mode",
                m,
                "reader_init is mode 6: drop one of mode, reader_init",
            ));
        }
        (None, true) => 6,
        (None, false) => match primary {
            None => 4,
            Some(p) => {
                let postcode = p.as_bytes();
                let postcode = &postcode[..postcode.len().saturating_sub(6)];
                if postcode.iter().all(|&b| b.is_ascii_digit() || b == b' ') {
                    2
                } else {
                    3
                }
            }
        },
    };
    Ok(mode)
}

/// The 10 primary-message codewords of mode 2 or 3 (ISO/IEC 16023 §4.7.1): 60 bits holding,
/// from the least significant end, the mode (4 bits), the postcode (mode 2: 30-bit number
/// and 6-bit digit count; mode 3: six 6-bit code set A values, last character lowest), the
/// country code and the service class (10 bits each); codeword `k` is bits 6k..6k+5.
fn primary_codewords(mode: u8, primary: &str) -> Result<[u8; 10], EncodeError> {
    let p = primary.as_bytes();
    if !(7..=15).contains(&p.len()) {
        return Err(EncodeError::data(
            "MaxiCode primary message",
            format!(
                "is {} characters; give the postcode (1-9), 3-digit country code and 3-digit \
                 service class, e.g. 152382802840001",
                p.len()
            ),
        ));
    }
    let (postcode, tail) = p.split_at(p.len() - 6);
    let number = |field: &str, digits: &[u8]| -> Result<u64, EncodeError> {
        if digits.iter().all(u8::is_ascii_digit) {
            Ok(digits
                .iter()
                .fold(0u64, |v, &d| v * 10 + u64::from(d - b'0')))
        } else {
            Err(EncodeError::data(
                format!("MaxiCode {field}"),
                format!(
                    "is {:?}: it must be 3 digits (the last 6 characters of the primary \
                     message are the country code and service class)",
                    String::from_utf8_lossy(digits)
                ),
            ))
        }
    };
    let country = number("country code", &tail[..3])?;
    let service = number("service class", &tail[3..])?;
    let postcode_field: u64 = if mode == 2 {
        // Digits, optionally followed by spaces.
        let digits = postcode.iter().take_while(|b| b.is_ascii_digit()).count();
        if postcode[digits..].iter().any(|&b| b != b' ') {
            return Err(EncodeError::data(
                "MaxiCode mode 2 postcode",
                format!(
                    "is {:?}: mode 2 takes up to 9 digits (use mode 3 for letters)",
                    String::from_utf8_lossy(postcode)
                ),
            ));
        }
        let value = postcode[..digits]
            .iter()
            .fold(0u64, |v, &d| v * 10 + u64::from(d - b'0'));
        value | (digits as u64) << 30
    } else {
        let keep = postcode.len().min(6);
        if postcode[keep..].iter().any(|&b| b != b' ') {
            return Err(EncodeError::data(
                "MaxiCode mode 3 postcode",
                format!(
                    "is {:?} ({} characters): mode 3 takes at most 6",
                    String::from_utf8_lossy(postcode),
                    postcode.len()
                ),
            ));
        }
        let mut field = 0u64;
        for i in 0..6 {
            let c = postcode.get(i).map_or(b' ', u8::to_ascii_uppercase);
            let v = charset::value(charset::A, c)
                .filter(|_| c >= b' ')
                .ok_or_else(|| {
                    EncodeError::data(
                        "MaxiCode mode 3 postcode",
                        format!(
                            "character {:?} at {i} is not in code set A (letters, digits, space \
                             and \"#$%&'()*+,-./:)",
                            char::from(c)
                        ),
                    )
                })?;
            field = field << 6 | u64::from(v);
        }
        field
    };
    let bits = u64::from(mode) | postcode_field << 4 | country << 40 | service << 50;
    let mut cw = [0u8; 10];
    for (k, c) in cw.iter_mut().enumerate() {
        *c = ((bits >> (6 * k)) & 0x3f) as u8;
    }
    Ok(cw)
}

/// ECI: the ECI character, then the designator in 1–4 codewords, the first one's high bits
/// telling how many (ISO/IEC 16023 §4.6, Table 3).
fn push_eci(eci: u32, out: &mut Vec<u8>) -> Result<(), EncodeError> {
    out.push(charset::ECI);
    let (lead, rest): (u32, usize) = match eci {
        0..=31 => (0, 0),
        32..=1023 => (0x20, 1),
        1024..=32767 => (0x30, 2),
        32768..=999_999 => (0x38, 3),
        _ => {
            return Err(EncodeError::invalid(
                "eci",
                eci,
                "ECI designators are 0-999999",
            ));
        }
    };
    out.push((lead | eci >> (6 * rest)) as u8 & 0x3f);
    for k in (0..rest).rev() {
        out.push((eci >> (6 * k)) as u8 & 0x3f);
    }
    Ok(())
}

/// The message stream, padded to `capacity` codewords, and the codewords used: zint's
/// encodation when it is no longer than the shortest, else the shortest. `Err` gives the
/// codewords the shortest needs when it does not fit.
fn choose(prefix: &[u8], msg: &[u8], capacity: usize) -> Result<(Vec<u8>, usize), usize> {
    let (mut best, end) = optimal::encode(msg);
    best.splice(0..0, prefix.iter().copied());
    // Padding after a locked C/D/E needs a Latch A first.
    let locked = end > charset::B;
    let best_len = best.len() + usize::from(locked && best.len() < capacity);
    if let Some((cw, zint_len)) = heuristic::encode(prefix, msg)
        && zint_len <= capacity
        && zint_len <= best_len
    {
        return Ok((cw[..capacity].to_vec(), zint_len));
    }
    if best.len() > capacity {
        return Err(best.len());
    }
    let used = best.len();
    if locked && used < capacity {
        best.push(charset::LATCH_A_CDE);
    }
    best.resize(capacity, charset::PAD);
    Ok((best, used))
}

/// Places the 144 codewords and the orientation modules.
fn draw(cw: &[u8; 144]) -> Matrix {
    const DARK: u8 = 0x80;
    let mut cells = layout::TEMPLATE;
    for (&c, cells_of) in cw.iter().zip(layout::CELLS.chunks_exact(6)) {
        for (b, &at) in cells_of.iter().enumerate() {
            // Bit 0 is the most significant; data modules are ModuleRole::Data (0).
            cells[usize::from(at)] = (c >> (5 - b) & 1) * DARK;
        }
    }
    Matrix::from_cells(layout::WIDTH, layout::HEIGHT, cells.to_vec())
}
