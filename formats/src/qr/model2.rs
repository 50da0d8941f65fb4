//! QR Code Model 2, versions 1–40 (ISO/IEC 18004): version choice, codewords, placement, masking.

use std::sync::OnceLock;

use super::{
    EcLevel, Fnc1, QrOptions,
    bits::BitWriter,
    gf::Generator,
    mask::{self, Line, get_bit, set_bit},
    segment::{self, Input, ModeSpec, Segment},
    tables, validate_common,
};
use crate::{EncodeError, Matrix, ModuleRole, Shape, Symbol, SymbolMeta, Symbology};

/// Segment header layout for a QR version (count indicator widths change at 10 and 27).
pub(crate) fn mode_spec(version: u8) -> ModeSpec {
    let cci_len = match version {
        1..=9 => [10, 9, 8, 8],
        10..=26 => [12, 11, 16, 10],
        _ => [14, 13, 16, 12],
    };
    ModeSpec {
        indicator_len: 4,
        indicators: [0b0001, 0b0010, 0b0100, 0b1000],
        cci_len,
    }
}

/// Bits of the structured-append, FNC1 and ECI headers that precede the segments.
fn prefix_bits(options: &QrOptions) -> usize {
    let sa = if options.structured_append.is_some() {
        20
    } else {
        0
    };
    let fnc1 = match options.fnc1 {
        Fnc1::None => 0,
        Fnc1::Gs1 => 4,
        Fnc1::Industry(_) => 12,
    };
    let eci = options.eci.map_or(0, |e| 4 + eci_designator_bits(e));
    sa + fnc1 + eci
}

pub(crate) fn eci_designator_bits(eci: u32) -> usize {
    match eci {
        0..=127 => 8,
        128..=16383 => 16,
        _ => 24,
    }
}

pub(crate) fn push_eci(w: &mut BitWriter, eci: u32, indicator_len: u32) {
    w.push(0b111, indicator_len);
    match eci {
        0..=127 => w.push(eci, 8),
        128..=16383 => w.push(0x8000 | eci, 16),
        _ => w.push(0xc0_0000 | eci, 24),
    }
}

/// A data stream planned for one version class.
struct Plan {
    segments: Vec<Segment>,
    bits: usize,
}

fn plan(input: &Input, options: &QrOptions, version: u8) -> Result<Plan, EncodeError> {
    let spec = mode_spec(version);
    let segments = segment::segment(input, &spec, options.mode)?;
    let bits = prefix_bits(options) + segment::segments_bits(input, &spec, &segments);
    Ok(Plan { segments, bits })
}

fn class(version: u8) -> usize {
    match version {
        1..=9 => 0,
        10..=26 => 1,
        _ => 2,
    }
}

fn validate(options: &QrOptions) -> Result<(), EncodeError> {
    validate_common(options)?;
    if let Some(v) = options.version
        && !(1..=40).contains(&v)
    {
        return Err(EncodeError::invalid("version", v, "QR versions are 1-40"));
    }
    if let Some(m) = options.mask
        && m > 7
    {
        return Err(EncodeError::invalid("mask", m, "QR masks are 0-7"));
    }
    if let Some(sa) = options.structured_append
        && (!(2..=16).contains(&sa.count) || sa.index == 0 || sa.index > sa.count)
    {
        return Err(EncodeError::invalid(
            "structured_append",
            format!("{} of {}", sa.index, sa.count),
            "a sequence has 2-16 symbols and the index is 1..=count",
        ));
    }
    Ok(())
}

/// Encodes `data` as a QR Code Model 2 symbol.
///
/// The version is the smallest that holds the data at `options.ecc` (unless pinned); with
/// `options.boost` the level is then raised as far as that version allows. The mask is the one
/// with the lowest penalty score (unless pinned).
pub fn encode_qr(data: &[u8], options: &QrOptions) -> Result<Symbol, EncodeError> {
    validate(options)?;
    let input = Input::new(data, options.kanji, options.fnc1 == Fnc1::Gs1);
    let capacity = |v: u8, ecc: EcLevel| tables::data_codewords(v, ecc) * 8;

    // One plan per count-indicator class, computed only when a version of that class is tried.
    let mut plans: [Option<Plan>; 3] = [None, None, None];
    let mut bits_for = |v: u8| -> Result<usize, EncodeError> {
        let slot = &mut plans[class(v)];
        if slot.is_none() {
            *slot = Some(plan(&input, options, v)?);
        }
        Ok(slot.as_ref().map_or(0, |p| p.bits))
    };

    let version = match options.version {
        Some(v) => {
            let bits = bits_for(v)?;
            if bits > capacity(v, options.ecc) {
                return Err(EncodeError::DataTooLong {
                    needed_bits: bits,
                    capacity_bits: capacity(v, options.ecc),
                    symbol: format!("QR {v}-{} (pinned version)", options.ecc.letter()),
                });
            }
            v
        }
        None => {
            let mut found = None;
            for v in 1..=40u8 {
                if bits_for(v)? <= capacity(v, options.ecc) {
                    found = Some(v);
                    break;
                }
            }
            match found {
                Some(v) => v,
                None => {
                    return Err(EncodeError::DataTooLong {
                        needed_bits: bits_for(40)?,
                        capacity_bits: capacity(40, options.ecc),
                        symbol: format!("QR 40-{}", options.ecc.letter()),
                    });
                }
            }
        }
    };
    let plan = plans[class(version)].take().expect("planned above");

    let mut ecc = options.ecc;
    if options.boost {
        for level in EcLevel::ALL {
            if level > ecc && plan.bits <= capacity(version, level) {
                ecc = level;
            }
        }
    }

    let data_cw = tables::data_codewords(version, ecc);
    let codewords = build_codewords(&input, options, version, &plan, data_cw);
    let stream = add_error_correction(&codewords, version, ecc);
    let (matrix, mask) = draw(version, ecc, &stream, options.mask);
    Ok(Symbol {
        matrix,
        quiet_zone: 4,
        shape: Shape::Matrix,
        meta: SymbolMeta {
            symbology: Symbology::Qr,
            version: version.to_string(),
            ecc: Some(ecc.letter().to_string()),
            mask: Some(mask),
            data_bits: plan.bits,
            capacity_bits: capacity(version, ecc),
        },
    })
}

/// The data codewords: headers, segments, terminator, bit padding and pad codewords.
fn build_codewords(
    input: &Input,
    options: &QrOptions,
    version: u8,
    plan: &Plan,
    data_cw: usize,
) -> Vec<u8> {
    let spec = mode_spec(version);
    let mut w = BitWriter::with_capacity(data_cw * 8);
    if let Some(sa) = options.structured_append {
        w.push(0b0011, 4);
        w.push(u32::from(sa.index - 1), 4);
        w.push(u32::from(sa.count - 1), 4);
        w.push(u32::from(sa.parity), 8);
    }
    match options.fnc1 {
        Fnc1::None => {}
        Fnc1::Gs1 => w.push(0b0101, 4),
        Fnc1::Industry(indicator) => {
            w.push(0b1001, 4);
            w.push(u32::from(indicator), 8);
        }
    }
    if let Some(eci) = options.eci {
        push_eci(&mut w, eci, 4);
    }
    segment::write_segments(&mut w, input, &spec, &plan.segments);
    finish_stream(w, data_cw, 4)
}

/// Terminator (up to `terminator` zero bits), zero bits to a byte boundary, then 0xEC/0x11 pads.
pub(crate) fn finish_stream(mut w: BitWriter, data_cw: usize, terminator: usize) -> Vec<u8> {
    let capacity = data_cw * 8;
    let term = terminator.min(capacity - w.len());
    w.push(0, term as u32);
    let mut bytes = w.into_bytes();
    bytes.truncate(data_cw);
    let mut pad = [0xec, 0x11].into_iter().cycle();
    while bytes.len() < data_cw {
        bytes.push(pad.next().unwrap_or(0xec));
    }
    bytes
}

/// Splits into blocks, appends Reed–Solomon codewords and interleaves (ISO/IEC 18004 7.6).
fn add_error_correction(data: &[u8], version: u8, ecc: EcLevel) -> Vec<u8> {
    let (ecc_len, blocks) = tables::ecc_layout(version, ecc);
    interleave(data, blocks, ecc_len, tables::total_codewords(version))
}

/// Shared by QR and rMQR: `blocks` blocks, short ones first, each with `ecc_len` RS codewords.
pub(crate) fn interleave(data: &[u8], blocks: usize, ecc_len: usize, total: usize) -> Vec<u8> {
    let short_len = data.len() / blocks;
    let long_blocks = data.len() % blocks;
    let short_blocks = blocks - long_blocks;
    let generator = Generator::cached(ecc_len);
    let mut ecc = vec![0u8; blocks * ecc_len];
    let mut offsets = Vec::with_capacity(blocks);
    let mut pos = 0;
    for b in 0..blocks {
        let len = short_len + usize::from(b >= short_blocks);
        generator.remainder(
            &data[pos..pos + len],
            &mut ecc[b * ecc_len..(b + 1) * ecc_len],
        );
        offsets.push(pos);
        pos += len;
    }
    let mut out = Vec::with_capacity(total);
    for i in 0..=short_len {
        for (b, &start) in offsets.iter().enumerate() {
            if i < short_len || b >= short_blocks {
                out.push(data[start + i]);
            }
        }
    }
    for i in 0..ecc_len {
        for b in 0..blocks {
            out.push(ecc[b * ecc_len + i]);
        }
    }
    debug_assert_eq!(out.len(), total);
    out
}

/// Function patterns and data module order of one version, built once and shared.
struct Template {
    n: usize,
    /// Function modules (never masked), as rows and as columns.
    func_rows: Vec<Line>,
    func_cols: Vec<Line>,
    /// Dark function modules except format information.
    fixed_rows: Vec<Line>,
    fixed_cols: Vec<Line>,
    roles: Vec<u8>,
    /// Data module positions (x, y) in placement order.
    order: Vec<(u8, u8)>,
    /// The two positions of each format information bit 0–14.
    format_pos: [[(u8, u8); 2]; 15],
}

struct Builder {
    n: usize,
    func: Vec<bool>,
    dark: Vec<bool>,
    roles: Vec<u8>,
}

impl Builder {
    fn set(&mut self, x: usize, y: usize, dark: bool, role: ModuleRole) {
        let i = y * self.n + x;
        self.func[i] = true;
        self.dark[i] = dark;
        self.roles[i] = role as u8;
    }
}

fn template(version: u8) -> &'static Template {
    static TEMPLATES: [OnceLock<Template>; 40] = [const { OnceLock::new() }; 40];
    TEMPLATES[usize::from(version) - 1].get_or_init(|| build_template(version))
}

fn build_template(version: u8) -> Template {
    let n = tables::size(version);
    let mut b = Builder {
        n,
        func: vec![false; n * n],
        dark: vec![false; n * n],
        roles: vec![0; n * n],
    };
    // Timing patterns first; finders, separators and alignment overwrite where they meet.
    for i in 0..n {
        b.set(6, i, i % 2 == 0, ModuleRole::Timing);
        b.set(i, 6, i % 2 == 0, ModuleRole::Timing);
    }
    for (cx, cy) in [(3usize, 3usize), (n - 4, 3), (3, n - 4)] {
        for dy in -4i32..=4 {
            for dx in -4i32..=4 {
                let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                if x < 0 || y < 0 || x >= n as i32 || y >= n as i32 {
                    continue;
                }
                let d = dx.abs().max(dy.abs());
                if d == 4 {
                    b.set(x as usize, y as usize, false, ModuleRole::Separator);
                } else {
                    b.set(x as usize, y as usize, d != 2, ModuleRole::Finder);
                }
            }
        }
    }
    let (pos, count) = tables::alignment_positions(version);
    let pos = &pos[..count];
    for (i, &ay) in pos.iter().enumerate() {
        for (j, &ax) in pos.iter().enumerate() {
            // The three positions that would overlap a finder pattern.
            let corner = (i == 0 || j == 0) && (i + j == 0 || i + j == count - 1);
            if corner {
                continue;
            }
            for dy in -2i32..=2 {
                for dx in -2i32..=2 {
                    let d = dx.abs().max(dy.abs());
                    let (x, y) = ((ax as i32 + dx) as usize, (ay as i32 + dy) as usize);
                    b.set(x, y, d != 1, ModuleRole::Alignment);
                }
            }
        }
    }
    // Format information: reserved here, written per mask. Bit 0 is the least significant.
    let mut format_pos = [[(0u8, 0u8); 2]; 15];
    for (i, slot) in format_pos.iter_mut().enumerate() {
        let first = match i {
            0..=5 => (8, i),
            6 => (8, 7),
            7 => (8, 8),
            8 => (7, 8),
            _ => (14 - i, 8),
        };
        let second = if i < 8 {
            (n - 1 - i, 8)
        } else {
            (8, n - 15 + i)
        };
        for &(x, y) in &[first, second] {
            b.set(x, y, false, ModuleRole::Format);
        }
        *slot = [
            (first.0 as u8, first.1 as u8),
            (second.0 as u8, second.1 as u8),
        ];
    }
    b.set(8, n - 8, true, ModuleRole::Format); // the always-dark module
    if version >= 7 {
        let bits = tables::version_bits(version);
        for i in 0..18 {
            let dark = bits >> i & 1 != 0;
            let (a, c) = (n - 11 + i % 3, i / 3);
            b.set(a, c, dark, ModuleRole::Version);
            b.set(c, a, dark, ModuleRole::Version);
        }
    }

    let mut order = Vec::with_capacity(tables::raw_data_modules(version));
    let mut right = n as isize - 1;
    while right >= 1 {
        if right == 6 {
            right = 5;
        }
        let upward = (right + 1) & 2 == 0;
        for vert in 0..n {
            let y = if upward { n - 1 - vert } else { vert };
            for x in [right as usize, right as usize - 1] {
                if !b.func[y * n + x] {
                    order.push((x as u8, y as u8));
                }
            }
        }
        right -= 2;
    }
    debug_assert_eq!(order.len(), tables::raw_data_modules(version));

    let mut t = Template {
        n,
        func_rows: vec![[0; 3]; n],
        func_cols: vec![[0; 3]; n],
        fixed_rows: vec![[0; 3]; n],
        fixed_cols: vec![[0; 3]; n],
        roles: b.roles,
        order,
        format_pos,
    };
    for y in 0..n {
        for x in 0..n {
            if b.func[y * n + x] {
                set_bit(&mut t.func_rows[y], x);
                set_bit(&mut t.func_cols[x], y);
            }
            if b.dark[y * n + x] {
                set_bit(&mut t.fixed_rows[y], x);
                set_bit(&mut t.fixed_cols[x], y);
            }
        }
    }
    t
}

/// Places the codeword stream, picks (or applies) the mask and returns the finished matrix.
fn draw(version: u8, ecc: EcLevel, stream: &[u8], pinned_mask: Option<u8>) -> (Matrix, u8) {
    let t = template(version);
    let n = t.n;
    let mut rows = t.fixed_rows.clone();
    let mut cols = t.fixed_cols.clone();
    let mut positions = t.order.iter();
    for &byte in stream {
        for bit in (0..8).rev() {
            let Some(&(x, y)) = positions.next() else {
                break;
            };
            if byte >> bit & 1 != 0 {
                set_bit(&mut rows[usize::from(y)], usize::from(x));
                set_bit(&mut cols[usize::from(x)], usize::from(y));
            }
        }
    }

    let mut best_rows = vec![[0u64; 3]; n];
    let mut try_rows = vec![[0u64; 3]; n];
    let mut try_cols = vec![[0u64; 3]; n];
    let masks = match pinned_mask {
        Some(m) => m..=m,
        None => 0..=7,
    };
    let mut best: Option<(u32, u8)> = None;
    for m in masks {
        mask::apply(m, &rows, &t.func_rows, &mut try_rows, false, n);
        let format = tables::format_bits(ecc, m);
        for (i, pair) in t.format_pos.iter().enumerate() {
            if format >> i & 1 != 0 {
                for &(x, y) in pair {
                    set_bit(&mut try_rows[usize::from(y)], usize::from(x));
                }
            }
        }
        let score = if pinned_mask.is_some() {
            0
        } else {
            mask::apply(m, &cols, &t.func_cols, &mut try_cols, true, n);
            for (i, pair) in t.format_pos.iter().enumerate() {
                if format >> i & 1 != 0 {
                    for &(x, y) in pair {
                        set_bit(&mut try_cols[usize::from(x)], usize::from(y));
                    }
                }
            }
            mask::penalty(&try_rows, &try_cols, n)
        };
        if best.is_none_or(|(s, _)| score < s) {
            best = Some((score, m));
            std::mem::swap(&mut best_rows, &mut try_rows);
        }
    }
    let mask = best.map_or(0, |(_, m)| m);

    let mut cells = t.roles.clone();
    for (y, row) in best_rows.iter().enumerate() {
        for (x, cell) in cells[y * n..(y + 1) * n].iter_mut().enumerate() {
            if get_bit(row, x) {
                *cell |= 0x80;
            }
        }
    }
    (Matrix::from_cells(n, n, cells), mask)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_annex_i_example() {
        // ISO/IEC 18004 Annex I.3: "01234567" at 1-M gives these codewords before masking.
        let input = Input::new(b"01234567", false, false);
        let options = QrOptions {
            ecc: EcLevel::M,
            boost: false,
            ..QrOptions::default()
        };
        let p = plan(&input, &options, 1).unwrap();
        let cw = build_codewords(
            &input,
            &options,
            1,
            &p,
            tables::data_codewords(1, EcLevel::M),
        );
        assert_eq!(
            cw,
            [
                0x10, 0x20, 0x0c, 0x56, 0x61, 0x80, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11,
                0xec, 0x11
            ]
        );
    }

    #[test]
    fn chosen_mask_has_lowest_penalty() {
        for data in [
            "HELLO WORLD",
            "https://example.com/some/path?q=1",
            "0123456789012345678901234567890",
        ] {
            let sym = encode_qr(data.as_bytes(), &QrOptions::default()).unwrap();
            let best = sym.meta.mask.unwrap();
            let grid_for = |m: u8| {
                let opts = QrOptions {
                    mask: Some(m),
                    ..QrOptions::default()
                };
                encode_qr(data.as_bytes(), &opts).unwrap().matrix.to_bools()
            };
            let best_score = mask::tests::naive_penalty(&grid_for(best));
            for m in 0..8 {
                let s = mask::tests::naive_penalty(&grid_for(m));
                assert!(
                    best_score < s || (best_score == s && best <= m),
                    "{data}: mask {best} vs {m}"
                );
            }
        }
    }

    #[test]
    fn version_and_boost() {
        let s = encode_qr(
            b"HELLO WORLD",
            &QrOptions {
                ecc: EcLevel::L,
                ..QrOptions::default()
            },
        )
        .unwrap();
        assert_eq!(
            (s.meta.version.as_str(), s.meta.ecc.as_deref()),
            ("1", Some("Q"))
        );
        let s = encode_qr(
            b"HELLO WORLD",
            &QrOptions {
                ecc: EcLevel::L,
                boost: false,
                ..QrOptions::default()
            },
        )
        .unwrap();
        assert_eq!(s.meta.ecc.as_deref(), Some("L"));
        assert_eq!(s.matrix.width(), 21);
    }

    #[test]
    fn too_long_names_sizes() {
        let data = vec![b'a'; 2954];
        let err = encode_qr(
            &data,
            &QrOptions {
                ecc: EcLevel::L,
                ..QrOptions::default()
            },
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "data needs 23,652 bits (2,957 bytes); QR 40-L holds 23,648 bits (2,956 bytes): shorten the \
             data, lower the error correction level or allow a larger symbol"
        );
        let err = encode_qr(
            &data[..100],
            &QrOptions {
                version: Some(3),
                ..QrOptions::default()
            },
        )
        .unwrap_err();
        assert!(err.to_string().contains("QR 3-M (pinned version)"), "{err}");
    }

    #[test]
    fn bad_pins() {
        let e = encode_qr(
            b"x",
            &QrOptions {
                mask: Some(9),
                ..QrOptions::default()
            },
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "invalid mask 9: QR masks are 0-7");
        let e = encode_qr(
            b"x",
            &QrOptions {
                version: Some(41),
                ..QrOptions::default()
            },
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "invalid version 41: QR versions are 1-40");
    }
}
