//! Micro QR Code, M1–M4 (ISO/IEC 18004).
//!
//! Micro QR has one finder pattern, four sizes (11, 13, 15 and 17 modules) and four masks.
//! Each version has its own mode indicator and character count lengths, so the optimal
//! segmentation is computed per version when the smallest fitting one is chosen.
//!
//! Error correction levels: M1 has error *detection* only and carries no level in its format
//! information; it is offered when the requested level is [`EcLevel::L`] (the lowest level
//! accepted) and its [`SymbolMeta::ecc`] is `None`. M2 and M3 offer L and M, M4 offers L, M
//! and Q; no version has H.

use super::{
    EcLevel, Fnc1, Mode, QrOptions,
    bits::BitWriter,
    gf::Generator,
    micro_grid,
    segment::{Input, ModeSpec, Segment, segment, segments_bits, write_segments},
};
use crate::{EncodeError, Shape, Symbol, SymbolMeta, Symbology};

/// Quiet zone Micro QR requires on every side, in modules.
const QUIET_ZONE: usize = 2;

/// Header layout of each version, M1..M4.
const SPECS: [ModeSpec; 4] = [
    ModeSpec {
        indicator_len: 0,
        indicators: [0, 0, 0, 0],
        cci_len: [3, 0, 0, 0],
    },
    ModeSpec {
        indicator_len: 1,
        indicators: [0, 1, 0, 0],
        cci_len: [4, 3, 0, 0],
    },
    ModeSpec {
        indicator_len: 2,
        indicators: [0, 1, 2, 3],
        cci_len: [5, 4, 4, 3],
    },
    ModeSpec {
        indicator_len: 3,
        indicators: [0, 1, 2, 3],
        cci_len: [6, 5, 5, 4],
    },
];

/// The most characters (digits) each version can hold at its lowest level.
const MAX_CHARS: [usize; 4] = [5, 10, 23, 35];

/// One version at one error correction level (ISO/IEC 18004 Table 9).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Level {
    /// Version number, 1..=4.
    pub version: u8,
    /// The level, `None` for M1 (error detection only).
    pub ecc: Option<EcLevel>,
    /// Symbol number written in the format information (0..=7).
    pub symbol_number: u8,
    /// Data bits (M1 and M3 end in a 4-bit data codeword).
    pub data_bits: usize,
    /// Error correction codewords.
    pub ecc_codewords: usize,
}

const fn level(version: u8, ecc: Option<EcLevel>, number: u8, bits: usize, ecc_cw: usize) -> Level {
    Level {
        version,
        ecc,
        symbol_number: number,
        data_bits: bits,
        ecc_codewords: ecc_cw,
    }
}

/// Every version and level, smallest first, lowest level first within a version.
pub(crate) const LEVELS: [Level; 8] = [
    level(1, None, 0, 20, 2),
    level(2, Some(EcLevel::L), 1, 40, 5),
    level(2, Some(EcLevel::M), 2, 32, 6),
    level(3, Some(EcLevel::L), 3, 84, 6),
    level(3, Some(EcLevel::M), 4, 68, 8),
    level(4, Some(EcLevel::L), 5, 128, 8),
    level(4, Some(EcLevel::M), 6, 112, 10),
    level(4, Some(EcLevel::Q), 7, 80, 14),
];

impl Level {
    /// Side length in modules.
    pub(crate) fn size(self) -> usize {
        9 + 2 * usize::from(self.version)
    }

    /// Terminator length: 3, 5, 7 or 9 zero bits.
    fn terminator_bits(self) -> usize {
        1 + 2 * usize::from(self.version)
    }

    /// Display name, e.g. `M3-L` (`M1` alone: it has no level).
    pub(crate) fn name(self) -> String {
        match self.ecc {
            Some(ecc) => format!("M{}-{}", self.version, ecc.letter()),
            None => format!("M{}", self.version),
        }
    }

    /// Whether this level satisfies a request for at least `min` (M1 only satisfies L).
    fn meets(self, min: EcLevel) -> bool {
        self.ecc.map_or(min == EcLevel::L, |e| e >= min)
    }
}

/// Encodes `data` as a Micro QR symbol.
///
/// `options.version` pins M1–M4 (1–4), `options.mask` pins a mask (0–3), `options.ecc` is the
/// level (the minimum when `options.boost` is on; L also admits M1, which only detects errors),
/// and `options.mode` forces one mode. ECI, FNC1 and structured append do not exist in Micro QR
/// and are refused. An M1 symbol reports `meta.ecc == None`; the quiet zone is 2 modules.
///
/// ```
/// use codevault_formats::qr::{self, EcLevel, QrOptions};
///
/// let options = QrOptions { ecc: EcLevel::L, ..QrOptions::default() };
/// let symbol = qr::encode_micro_qr(b"12345", &options).unwrap();
/// assert_eq!(symbol.meta.version, "M1");
/// assert_eq!(symbol.matrix.width(), 11);
/// ```
pub fn encode_micro_qr(data: &[u8], options: &QrOptions) -> Result<Symbol, EncodeError> {
    validate(options)?;
    let input = Input::new(data, options.kanji, false);
    let (chosen, segments) = choose(&input, options)?;
    let spec = &SPECS[usize::from(chosen.version - 1)];
    let data_bits = segments_bits(&input, spec, &segments);

    let mut writer = BitWriter::with_capacity(chosen.data_bits);
    write_segments(&mut writer, &input, spec, &segments);
    let codewords = finish_stream(writer, chosen);
    let stream = with_ecc(&codewords, chosen);

    let (matrix, mask) = micro_grid::build(chosen, &stream, options.mask);
    Ok(Symbol {
        matrix,
        quiet_zone: QUIET_ZONE,
        shape: Shape::Matrix,
        meta: SymbolMeta {
            symbology: Symbology::MicroQr,
            version: format!("M{}", chosen.version),
            ecc: chosen.ecc.map(|e| e.letter().to_string()),
            mask: Some(mask),
            data_bits,
            capacity_bits: chosen.data_bits,
        },
    })
}

/// Refuses options Micro QR does not have.
fn validate(options: &QrOptions) -> Result<(), EncodeError> {
    if let Some(v) = options.version
        && !(1..=4).contains(&v)
    {
        return Err(EncodeError::invalid(
            "version",
            v,
            "Micro QR versions are M1-M4 (1-4)",
        ));
    }
    if let Some(m) = options.mask
        && m > 3
    {
        return Err(EncodeError::invalid("mask", m, "Micro QR masks are 0-3"));
    }
    if options.ecc == EcLevel::H {
        return Err(EncodeError::invalid(
            "ecc",
            "H",
            "Micro QR offers L, M (M2-M4) and Q (M4 only); M1 detects errors only",
        ));
    }
    if let Some(v) = options.version {
        let offered = LEVELS
            .iter()
            .any(|l| l.version == v && l.meets(options.ecc));
        if !offered {
            let expected = match v {
                1 => "Micro QR M1 detects errors only: use ecc L (or no pinned version)",
                _ => "Micro QR M2 and M3 offer L and M; Q needs M4",
            };
            return Err(EncodeError::invalid("ecc", options.ecc.letter(), expected));
        }
    }
    if let Some(eci) = options.eci {
        return Err(EncodeError::invalid("eci", eci, "Micro QR has no ECI mode"));
    }
    match options.fnc1 {
        Fnc1::None => {}
        Fnc1::Gs1 => {
            return Err(EncodeError::invalid(
                "fnc1",
                "gs1",
                "Micro QR has no FNC1 mode",
            ));
        }
        Fnc1::Industry(ai) => {
            return Err(EncodeError::invalid(
                "fnc1",
                ai,
                "Micro QR has no FNC1 mode",
            ));
        }
    }
    if let Some(sa) = options.structured_append {
        return Err(EncodeError::invalid(
            "structured_append",
            format!("{}/{}", sa.index, sa.count),
            "Micro QR has no structured append (use QR)",
        ));
    }
    if let (Some(mode), Some(v)) = (options.mode, options.version)
        && !SPECS[usize::from(v - 1)].allows(mode)
    {
        let expected = match v {
            1 => "Micro QR M1 offers numeric mode only",
            2 => "Micro QR M2 offers numeric and alphanumeric modes only",
            _ => "this version offers every mode",
        };
        return Err(EncodeError::invalid("mode", mode.name(), expected));
    }
    Ok(())
}

/// Picks the smallest version (and then, with boost, the highest level) that holds the data.
fn choose(input: &Input, options: &QrOptions) -> Result<(Level, Vec<Segment>), EncodeError> {
    let versions = match options.version {
        Some(v) => v..=v,
        None => 1..=4,
    };
    // Why the largest version tried did not take the data: too long, or a character it lacks.
    let mut last: Option<Result<(Level, usize), EncodeError>> = None;
    for version in versions {
        let spec = &SPECS[usize::from(version - 1)];
        if options.mode.is_some_and(|m| !spec.allows(m)) {
            continue;
        }
        // Skip the segmenter where even all-digit data of this length cannot fit.
        if version < 4
            && options.version.is_none()
            && input.len() > MAX_CHARS[usize::from(version - 1)]
        {
            continue;
        }
        let Some(base) = LEVELS
            .iter()
            .copied()
            .find(|l| l.version == version && l.meets(options.ecc))
        else {
            continue;
        };
        let segments = match segment(input, spec, options.mode) {
            Ok(s) => s,
            Err(e) => {
                last = Some(Err(e));
                continue;
            }
        };
        let bits = segments_bits(input, spec, &segments);
        if bits <= base.data_bits {
            let chosen = if options.boost {
                LEVELS
                    .iter()
                    .copied()
                    .rev()
                    .find(|l| l.version == version && l.ecc >= base.ecc && bits <= l.data_bits)
                    .unwrap_or(base)
            } else {
                base
            };
            return Ok((chosen, segments));
        }
        last = Some(Ok((base, bits)));
    }
    let pinned = options.version.is_some();
    match last {
        Some(Ok((largest, bits))) => Err(EncodeError::DataTooLong {
            needed_bits: bits,
            capacity_bits: largest.data_bits,
            symbol: format!(
                "Micro QR {}{}",
                largest.name(),
                if pinned { " (pinned)" } else { "" }
            ),
        }),
        Some(Err(EncodeError::CharNotInMode {
            position,
            character,
            ..
        })) if pinned && options.mode.is_none() => {
            let v = options.version.unwrap_or(1);
            let (carries, larger) = match v {
                1 => ("digits 0-9 only", "M2"),
                _ => ("digits, A-Z, space and $%*+-./: only", "M3"),
            };
            Err(EncodeError::invalid(
                "version",
                format!("M{v}"),
                format!(
                    "Micro QR M{v} carries {carries}; character {character:?} at byte \
                     {position} needs {larger} or larger"
                ),
            ))
        }
        Some(Err(e)) => Err(e),
        // Only reachable when a forced mode exists in no allowed version (caught by validate).
        None => Err(EncodeError::invalid(
            "mode",
            options.mode.map_or("none", Mode::name),
            "no Micro QR version offers this mode at this error correction level",
        )),
    }
}

/// Adds the terminator and padding, returning the data codewords (the last one is a 4-bit
/// codeword in its high nibble for M1 and M3).
fn finish_stream(mut w: BitWriter, level: Level) -> Vec<u8> {
    let total = level.data_bits;
    let zeros_to = |w: &mut BitWriter, end: usize| {
        while w.len() < end {
            w.push(0, 1);
        }
    };
    let terminated = w.len() + level.terminator_bits();
    if terminated >= total {
        zeros_to(&mut w, total);
    } else {
        zeros_to(&mut w, terminated);
        let boundary = terminated.next_multiple_of(8);
        // When the boundary passes the end, only the 4-bit final codeword of M1/M3 is left.
        zeros_to(&mut w, boundary.min(total));
        let mut pad = [0xecu32, 0x11].into_iter().cycle();
        while total - w.len() >= 8 {
            w.push(pad.next().unwrap_or(0xec), 8);
        }
        zeros_to(&mut w, total);
    }
    debug_assert_eq!(w.len(), total);
    w.into_bytes()
}

/// The final bit stream: data bits (the 4-bit codeword takes 4 bits) then the ECC codewords.
fn with_ecc(codewords: &[u8], level: Level) -> BitWriter {
    let generator = Generator::cached(level.ecc_codewords);
    let mut ecc = vec![0u8; generator.degree()];
    generator.remainder(codewords, &mut ecc);
    let mut w = BitWriter::with_capacity(level.data_bits + 8 * ecc.len());
    let whole = level.data_bits / 8;
    w.push_bytes(&codewords[..whole]);
    if level.data_bits % 8 != 0 {
        w.push(u32::from(codewords[whole] >> 4), 4);
    }
    w.push_bytes(&ecc);
    w
}

#[cfg(test)]
#[path = "micro_tests.rs"]
mod tests;
