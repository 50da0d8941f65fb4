//! Symbol sizes, bit stuffing (ISO/IEC 24778 §7.3.1.2) and the choice of size.

use super::bits::Bits;
use crate::EncodeError;

/// A symbol size: compact or full-range, and its layer count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Size {
    pub(crate) compact: bool,
    pub(crate) layers: u8,
}

impl Size {
    pub(crate) fn new(compact: bool, layers: u8) -> Size {
        Size { compact, layers }
    }

    /// `"C1"`–`"C4"` or `"1"`–`"32"`.
    pub(crate) fn name(self) -> String {
        if self.compact {
            format!("C{}", self.layers)
        } else {
            self.layers.to_string()
        }
    }

    /// Codeword size by layer count (ISO/IEC 24778 Table 3).
    pub(crate) fn codeword_bits(self) -> usize {
        match self.layers {
            0..=2 => 6,
            3..=8 => 8,
            9..=22 => 10,
            _ => 12,
        }
    }

    /// Codewords the layers hold: a compact layer ℓ (from 0) has 8 × (13 + 4ℓ) modules, a
    /// full-range one 8 × (16 + 4ℓ); leftover modules stay light.
    pub(crate) fn total_codewords(self) -> usize {
        let l = usize::from(self.layers);
        let bits = if self.compact {
            88 * l + 16 * l * l
        } else {
            112 * l + 16 * l * l
        };
        bits / self.codeword_bits()
    }

    /// Most data codewords with `percent` % + 3 check codewords. 10/23/36/50 % follow zint
    /// 2.11's capacity tables (`--secure` 1–4), which agree with `total − ⌊total·p/100 + 3⌋`
    /// except for compact 3 and 4 layers; other percentages use that formula.
    pub(crate) fn data_capacity(self, percent: u8) -> usize {
        // zint 2.11 aztec.h, AztecCompact{10,23,36,50}DataSizes, in codewords.
        const ZINT_COMPACT: [(u8, [usize; 4]); 4] = [
            (10, [13, 33, 42, 65]),
            (23, [11, 28, 36, 55]),
            (36, [8, 23, 29, 45]),
            (50, [6, 17, 22, 35]),
        ];
        if self.compact
            && let Some((_, t)) = ZINT_COMPACT.iter().find(|(p, _)| *p == percent)
        {
            return t[usize::from(self.layers) - 1];
        }
        let total = self.total_codewords();
        total.saturating_sub((total * usize::from(percent) + 300) / 100)
    }

    /// Most data codewords when the size is pinned: all but the 3 check codewords the
    /// standard requires at least.
    pub(crate) fn pinned_capacity(self) -> usize {
        self.total_codewords() - 3
    }

    pub(crate) fn allows_reader_init(self) -> bool {
        if self.compact {
            self.layers == 1
        } else {
            self.layers <= 22
        }
    }
}

/// Splits `bits` into `cw`-bit codewords, inserting a complementary bit after cw − 1 equal
/// bits (when another bit follows), then pads with 1s (the last pad bit 0 if the word would be
/// all 1s). Returns the stuffed length before padding. Works a codeword at a time.
pub(crate) fn stuff(bits: &Bits, cw: usize, out: &mut Vec<u16>) -> usize {
    out.clear();
    let total = bits.len();
    out.reserve(total / (cw - 1) + 1);
    let w = cw as u32;
    let ones = (1u32 << (w - 1)) - 1;
    let (mut pos, mut len) = (0usize, 0usize);
    // A whole codeword's worth (cw − 1 bits and at least one more) remains.
    while pos + cw - 1 < total {
        let head = bits.get(pos, w - 1);
        if head == 0 || head == ones {
            out.push(((head << 1) | u32::from(head == 0)) as u16);
            pos += cw - 1;
        } else {
            out.push(bits.get(pos, w) as u16);
            pos += cw;
        }
        len += cw;
    }
    let n = total - pos;
    if n > 0 {
        let pad = cw - n;
        let mut word = (bits.get(pos, n as u32) << pad) | ((1 << pad) - 1);
        if word == (1 << cw) - 1 {
            word ^= 1;
        }
        out.push(word as u16);
        len += n;
    }
    len
}

/// The size picked and the data codewords for it.
pub(crate) struct Chosen {
    pub(crate) size: Size,
    pub(crate) codewords: Vec<u16>,
    /// Data codewords the size allows (at the requested ECC, or pinned).
    pub(crate) capacity_codewords: usize,
}

/// Picks the size: the pinned one, or (like zint 2.11) the first of C1–C4 then 1–32 whose
/// capacity exceeds the bit count — the stuffed count once a smaller size has proved too small.
pub(crate) fn choose(
    bits: &Bits,
    pinned: Option<Size>,
    percent: u8,
    compact_only: bool,
    reader_init: bool,
) -> Result<Chosen, EncodeError> {
    let mut codewords = Vec::new();
    if let Some(size) = pinned {
        let cw = size.codeword_bits();
        stuff(bits, cw, &mut codewords);
        let capacity = size.pinned_capacity();
        if codewords.len() > capacity {
            return Err(EncodeError::DataTooLong {
                needed_bits: codewords.len() * cw,
                capacity_bits: capacity * cw,
                symbol: format!("Aztec {} (pinned)", size.name()),
            });
        }
        return Ok(Chosen {
            size,
            codewords,
            capacity_codewords: capacity,
        });
    }
    let compact_max = if reader_init { 1 } else { 4 };
    let full_max = if compact_only {
        0
    } else if reader_init {
        22
    } else {
        32
    };
    let candidates = (1..=compact_max)
        .map(|l| Size::new(true, l))
        .chain((1..=full_max).map(|l| Size::new(false, l)));
    let mut needed = bits.len();
    let mut last = None;
    for size in candidates {
        let cw = size.codeword_bits();
        let capacity = size.data_capacity(percent);
        last = Some((size, capacity));
        // zint's rule: strictly fewer bits than the capacity.
        if needed >= capacity * cw {
            continue;
        }
        let stuffed = stuff(bits, cw, &mut codewords);
        if codewords.len() <= capacity {
            return Ok(Chosen {
                size,
                codewords,
                capacity_codewords: capacity,
            });
        }
        needed = stuffed;
    }
    let (size, capacity) = last.unwrap_or((Size::new(true, 1), 0));
    let cw = size.codeword_bits();
    stuff(bits, cw, &mut codewords);
    Err(EncodeError::DataTooLong {
        needed_bits: codewords.len() * cw,
        capacity_bits: capacity * cw,
        symbol: format!(
            "Aztec {} at {percent}% + 3 codewords ECC{}",
            if size.compact {
                format!("compact {}", size.name())
            } else {
                format!("{} layers", size.layers)
            },
            if reader_init {
                " (reader initialisation)"
            } else {
                ""
            }
        ),
    })
}
