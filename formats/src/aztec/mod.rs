//! Aztec Code (ISO/IEC 24778): compact (1–4 layers) and full-range (1–32 layers) symbols, and
//! Aztec Runes.
//!
//! ```
//! use codevault_formats::aztec::{self, AztecOptions};
//!
//! let symbol = aztec::encode(b"Hello, World!", &AztecOptions::default()).unwrap();
//! assert_eq!(symbol.meta.version, "C2"); // compact, 2 layers: 19x19
//! assert_eq!(symbol.matrix.width(), 19);
//!
//! let mut pinned = AztecOptions::default();
//! pinned.version = Some("5".into()); // full-range, 5 layers
//! assert_eq!(aztec::encode(b"Hello", &pinned).unwrap().matrix.width(), 37);
//!
//! let rune = aztec::encode_rune(25);
//! assert_eq!(rune.matrix.width(), 11);
//! ```
//!
//! The data bytes are encoded as given (zint's `--binary`): an `eci` only writes its designator
//! in front of them. Symbols need no quiet zone (the bullseye finds them), so
//! [`Symbol::quiet_zone`] is 0.

mod bits;
mod gf;
mod highlevel;
mod layout;
mod rune;
mod select;
#[cfg(test)]
mod tests;

pub use rune::{encode_rune, encode_rune_text};

use self::{bits::Bits, highlevel::Encoder, select::Size};
use crate::{EncodeError, Symbol, SymbolMeta, Symbology};

/// One symbol's place in a structured-append sequence (ISO/IEC 24778 §8.3).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct AztecStructuredAppend {
    /// Position of this symbol, 1-based (1 ..= `total`).
    pub index: u8,
    /// Number of symbols in the sequence (2 ..= 26).
    pub total: u8,
    /// Message ID shared by the sequence (no spaces, at most 32 bytes), or none.
    pub id: Option<String>,
}

/// Options for [`encode`]. `Default` picks the smallest symbol with 23 % + 3 check codewords.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct AztecOptions {
    /// Pinned size: `"C1"`–`"C4"` (compact, 1–4 layers) or `"1"`–`"32"` (full-range layers).
    /// A pinned symbol gives every codeword the data does not need to error correction.
    pub version: Option<String>,
    /// Minimum error correction for automatic sizing, as a percentage of the symbol's
    /// codewords, plus 3 codewords (5–95; default 23, the standard's recommendation). 10, 23,
    /// 36 and 50 are zint's `--secure` 1, 2, 3 and 4 and use zint's capacity tables exactly.
    pub ecc_percent: Option<u8>,
    /// Restrict automatic sizing to compact symbols (at most 27×27).
    pub compact: bool,
    /// The data is a GS1 element string (`[01]…`): FNC1 first, FNC1 after variable-length
    /// values.
    pub gs1: bool,
    /// ECI designator (0–999999) written before the data.
    pub eci: Option<u32>,
    /// Reader initialisation (programming) symbol: compact 1 layer or full-range up to 22.
    pub reader_init: bool,
    /// Structured-append header for one symbol of a sequence.
    pub structured_append: Option<AztecStructuredAppend>,
}

thread_local! {
    static ENCODER: std::cell::RefCell<Encoder> = std::cell::RefCell::new(Encoder::default());
}

/// More bytes than any symbol can hold (19,932 data bits at 2.5 bits a byte at best).
const MAX_BYTES: usize = 7972;

/// The parsed `version` option.
fn parse_version(v: &str) -> Result<Size, EncodeError> {
    let t = v.trim();
    let bad = || EncodeError::invalid("version", v, "compact C1-C4 or full-range 1-32 (layers)");
    if let Some(d) = t.strip_prefix(['C', 'c']) {
        match d.parse::<u8>() {
            Ok(l @ 1..=4) => Ok(Size::new(true, l)),
            _ => Err(bad()),
        }
    } else {
        match t.parse::<u8>() {
            Ok(l @ 1..=32) => Ok(Size::new(false, l)),
            _ => Err(bad()),
        }
    }
}

/// Encodes `data` as an Aztec Code symbol.
pub fn encode(data: &[u8], options: &AztecOptions) -> Result<Symbol, EncodeError> {
    let pinned = options.version.as_deref().map(parse_version).transpose()?;
    let ecc_percent = options.ecc_percent.unwrap_or(23);
    if !(5..=95).contains(&ecc_percent) {
        return Err(EncodeError::invalid(
            "ecc_percent",
            ecc_percent,
            "5-95 (percent of codewords, plus 3; zint's levels are 10, 23, 36, 50)",
        ));
    }
    if options.gs1 && options.reader_init {
        return Err(EncodeError::invalid(
            "reader_init",
            true,
            "a reader initialisation symbol cannot carry GS1 data: drop one of gs1, reader_init",
        ));
    }
    if let Some(eci) = options.eci
        && eci > 999_999
    {
        return Err(EncodeError::invalid(
            "eci",
            eci,
            "ECI designators are 0-999999",
        ));
    }
    if options.reader_init
        && let Some(size) = pinned
        && !size.allows_reader_init()
    {
        return Err(EncodeError::invalid(
            "version",
            size.name(),
            "reader initialisation symbols are C1 or full-range 1-22",
        ));
    }
    if data.is_empty() {
        return Err(EncodeError::data(
            "Aztec data",
            "is empty: give at least one byte",
        ));
    }
    let gs1_data;
    let payload = if options.gs1 {
        gs1_data = crate::gs1::ElementString::parse(data)?.to_fnc1_data();
        &gs1_data[..]
    } else {
        data
    };

    // Every byte costs at least 2.5 bits (a Punct pair), so anything longer than this cannot
    // fit the largest symbol; refuse it before the search allocates per byte.
    if payload.len() > MAX_BYTES {
        return Err(EncodeError::DataTooLong {
            needed_bits: payload.len() * 5 / 2,
            capacity_bits: select::Size::new(false, 32).pinned_capacity() * 12,
            symbol: "Aztec 32 layers (at least 2.5 bits a byte)".into(),
        });
    }
    // Most text takes 5 bits a byte; binary takes 8.
    let mut stream = Bits::with_capacity(payload.len() * 8 + 64);
    // The search state is kept per thread, so its buffers are allocated once.
    ENCODER.with_borrow_mut(|encoder| {
        if let Some(sa) = &options.structured_append {
            structured_append_header(sa, encoder, &mut stream)?;
        }
        if options.gs1 {
            stream.push(0, 5); // P/S
            stream.push(0, 5); // FLG(n)
            stream.push(0, 3); // n = 0: FNC1
        }
        if let Some(eci) = options.eci {
            push_eci(eci, &mut stream);
        }
        encoder.encode(payload, options.gs1, false, &mut stream);
        Ok::<_, EncodeError>(())
    })?;

    let chosen = select::choose(
        &stream,
        pinned,
        ecc_percent,
        options.compact,
        options.reader_init,
    )?;
    Ok(build(&chosen, options.reader_init, Symbology::Aztec))
}

/// ECI as FLG(n): P/S, FLG, the digit count n (1–6) in 3 bits, then each digit + 2 in 4 bits.
fn push_eci(eci: u32, out: &mut Bits) {
    let digits = eci.to_string();
    out.push(0, 5); // P/S from Upper
    out.push(0, 5); // FLG(n)
    out.push(digits.len() as u32, 3);
    for d in digits.bytes() {
        out.push(u32::from(d - b'0') + 2, 4);
    }
}

/// The structured-append header (ISO/IEC 24778 §8.3): M/L U/L, then `␠ID␠` when there is an
/// ID, then the index and count as letters A–Z, all in Upper/Lower/… characters, finishing
/// latched in Upper.
fn structured_append_header(
    sa: &AztecStructuredAppend,
    encoder: &mut Encoder,
    out: &mut Bits,
) -> Result<(), EncodeError> {
    if !(2..=26).contains(&sa.total) {
        return Err(EncodeError::invalid(
            "structured_append.total",
            sa.total,
            "a sequence has 2-26 symbols",
        ));
    }
    if !(1..=sa.total).contains(&sa.index) {
        return Err(EncodeError::invalid(
            "structured_append.index",
            sa.index,
            format!("1-{} (the position in the sequence, 1-based)", sa.total),
        ));
    }
    let mut text = Vec::with_capacity(40);
    if let Some(id) = sa.id.as_deref().filter(|id| !id.is_empty()) {
        if id.len() > 32 || id.contains(' ') {
            return Err(EncodeError::invalid(
                "structured_append.id",
                id,
                "at most 32 bytes without spaces",
            ));
        }
        text.push(b' ');
        text.extend_from_slice(id.as_bytes());
        text.push(b' ');
    }
    text.push(b'A' + sa.index - 1);
    text.push(b'A' + sa.total - 1);
    out.push(29, 5); // M/L
    out.push(29, 5); // U/L
    encoder.encode(&text, false, true, out);
    Ok(())
}

/// Check codewords, mode message and layout for a chosen size.
fn build(chosen: &select::Chosen, reader_init: bool, symbology: Symbology) -> Symbol {
    let size = chosen.size;
    let cw = size.codeword_bits();
    let total = size.total_codewords();
    let data_cw = chosen.codewords.len();
    let mut words = chosen.codewords.clone();
    words.resize(total, 0);
    let (data, ecc) = words.split_at_mut(data_cw);
    gf::data_field(cw).encode(data, ecc);
    let mode = mode_message(size, data_cw, reader_init);
    let matrix = layout::draw(size.compact, usize::from(size.layers), &mode, &words, cw);
    let ecc_cw = total - data_cw;
    Symbol::matrix(
        matrix,
        0,
        SymbolMeta {
            symbology,
            version: size.name(),
            ecc: Some(format!("{}%", ecc_cw * 100 / total)),
            mask: None,
            data_bits: data_cw * cw,
            capacity_bits: chosen.capacity_codewords * cw,
        },
    )
}

/// The mode message (ISO/IEC 24778 §7.2): layers − 1 and data codewords − 1 (2 + 6 bits
/// compact, 5 + 11 full-range; reader initialisation sets the top bit of the count), then
/// GF(16) check nibbles (5 compact, 6 full-range).
fn mode_message(size: Size, data_codewords: usize, reader_init: bool) -> Vec<u8> {
    let layers = u32::from(size.layers) - 1;
    let count = data_codewords.saturating_sub(1) as u32;
    let (value, nibbles, checks) = if size.compact {
        let c = if reader_init { count | 0x20 } else { count };
        ((layers << 6) | (c & 0x3f), 2, 5)
    } else {
        let c = if reader_init { count | 0x400 } else { count };
        ((layers << 11) | (c & 0x7ff), 4, 6)
    };
    let data: Vec<u16> = (0..nibbles)
        .map(|i| ((value >> (4 * (nibbles - 1 - i))) & 0xf) as u16)
        .collect();
    nibbles_with_checks(&data, checks)
}

/// `data` nibbles followed by `checks` GF(16) check nibbles, as bits (MSB first).
pub(crate) fn nibbles_with_checks(data: &[u16], checks: usize) -> Vec<u8> {
    let mut ecc = vec![0u16; checks];
    gf::GF16.encode(data, &mut ecc);
    let mut bits = Vec::with_capacity((data.len() + checks) * 4);
    for &n in data.iter().chain(&ecc) {
        for i in (0..4).rev() {
            bits.push(((n >> i) & 1) as u8);
        }
    }
    bits
}
