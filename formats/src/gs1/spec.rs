//! The shape of the generated AI table (`table.rs`) and its lookup.

use super::table::AIS;

/// One AI (or a range of AIs sharing a definition) of the GS1 Barcode Syntax Dictionary.
#[derive(Debug)]
pub(crate) struct Ai {
    /// The first AI of the range padded to four digits with zeros ("01" → 100, "3100" → 3100).
    pub lo: u16,
    /// The last AI of the range padded with nines ("01" → 199, "3105" → 3105).
    pub hi: u16,
    /// How many digits the AI has (2–4).
    pub digits: u8,
    /// Predefined length: no FNC1 separator follows the value (dictionary flag `*`).
    pub fixed: bool,
    /// The GS1 data title, e.g. `GTIN` (empty for the coupon AIs, which have none).
    pub title: &'static str,
    /// The value's components, applied in order, each consuming a prefix of the value.
    pub comps: &'static [Comp],
    /// Mandatory associations: each string must be satisfied; within one, `,` separates
    /// alternatives and `+` joins AIs that must all be present; `n` matches any digit.
    pub req: &'static [&'static str],
    /// AIs (or `n` patterns) this AI must not be used with, `,`-separated.
    pub ex: &'static str,
}

/// One component of an AI's value.
#[derive(Debug)]
pub(crate) struct Comp {
    /// Which characters it may hold.
    pub cset: Cset,
    /// Fewest characters (equal to `max` for a fixed-length component).
    pub min: u8,
    /// Most characters.
    pub max: u8,
    /// Optional components may be left out once the value is exhausted.
    pub optional: bool,
    /// Content checks, in dictionary order.
    pub lints: &'static [Lint],
}

/// The GS1 character sets (GS1 General Specifications figure 7.11-1 to 7.11-3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cset {
    /// `N`: digits.
    Numeric,
    /// `X`: GS1 AI encodable character set 82.
    Cset82,
    /// `Y`: character set 39 (`#-/0-9A-Z`).
    Cset39,
    /// `Z`: character set 64 (base64url with `=` padding).
    Cset64,
}

impl Cset {
    /// Whether the set holds byte `b`: one lookup in a table built from [`Cset::defines`].
    #[inline]
    pub(crate) fn allows(self, b: u8) -> bool {
        CSET_TABLE[usize::from(b)] >> (self as u8) & 1 == 1
    }

    /// The definition of each set, character by character (evaluated at compile time).
    const fn defines(self, b: u8) -> bool {
        match self {
            Cset::Numeric => b.is_ascii_digit(),
            // CSET 82 is printable ASCII less space, `#`, `$`, `@`, `[`, `\`, `]`, `^`, `` ` ``,
            // `{`, `|`, `}` and `~`.
            Cset::Cset82 => {
                matches!(b, b'!'..=b'z') && !matches!(b, b'#' | b'$' | b'@' | b'['..=b'^' | b'`')
            }
            Cset::Cset39 => matches!(b, b'#' | b'-' | b'/' | b'0'..=b'9' | b'A'..=b'Z'),
            Cset::Cset64 => b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'='),
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Cset::Numeric => "digits only",
            Cset::Cset82 => "GS1 character set 82",
            Cset::Cset39 => "GS1 character set 39: # - / 0-9 A-Z",
            Cset::Cset64 => "GS1 character set 64: A-Z a-z 0-9 - _ =",
        }
    }
}

/// [`Cset::defines`] per byte: bit `set as u8` is set when the set holds the byte.
const CSET_TABLE: [u8; 256] = {
    let sets = [Cset::Numeric, Cset::Cset82, Cset::Cset39, Cset::Cset64];
    let mut out = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let mut k = 0;
        while k < 4 {
            if sets[k].defines(b as u8) {
                out[b] |= 1 << (sets[k] as u8);
            }
            k += 1;
        }
        b += 1;
    }
    out
};

/// The dictionary's linters (content checks of one component).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lint {
    Csum,
    CsumAlpha,
    GcpPos1,
    GcpPos2,
    HasNonDigit,
    Hh,
    HhMi,
    Hyphen,
    Iban,
    ImporterIdx,
    Iso3166,
    Iso3166Or999,
    Iso3166Alpha2,
    Iso4217,
    Iso5218,
    Latitude,
    Longitude,
    MediaType,
    Mi,
    NonZero,
    NoZeroPrefix,
    PackageType,
    PcEnc,
    PieceOfTotal,
    PosInSeqSlash,
    Ss,
    Winding,
    YesNo,
    Yymmd0,
    Yymmdd,
    Yyyymmdd,
    Zero,
    CouponCode,
    CouponPosOffer,
}

impl Ai {
    /// Total length bounds of the value.
    pub(crate) fn len_bounds(&self) -> (usize, usize) {
        let min = self
            .comps
            .iter()
            .filter(|c| !c.optional)
            .map(|c| c.min as usize)
            .sum();
        let max = self.comps.iter().map(|c| c.max as usize).sum();
        (min, max)
    }
}

/// The table entry whose range holds `key` (an AI padded to four digits with zeros).
pub(crate) fn find(key: u16) -> Option<&'static Ai> {
    // Entries are sorted and disjoint: the candidate is the last one starting at or before key.
    let i = AIS.partition_point(|a| a.lo <= key).checked_sub(1)?;
    let ai = AIS.get(i)?;
    (key <= ai.hi).then_some(ai)
}

/// Looks an AI up by its digits (2–4 ASCII digits); `None` if the dictionary lacks it.
pub(crate) fn lookup(ai: &[u8]) -> Option<&'static Ai> {
    if !(2..=4).contains(&ai.len()) || !ai.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut key = 0u16;
    for i in 0..4 {
        key = key * 10 + ai.get(i).map_or(0, |d| u16::from(d - b'0'));
    }
    find(key).filter(|e| usize::from(e.digits) == ai.len())
}

/// Whether an AI (digits) matches a dictionary pattern like `3103` or `31nn`.
#[inline]
pub(crate) fn matches(pattern: &[u8], ai: &[u8]) -> bool {
    pattern.len() == ai.len()
        && pattern
            .iter()
            .zip(ai)
            .all(|(&p, &a)| p == a || (p == b'n' && a.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_finds_ranges_and_rejects_wrong_lengths() {
        assert_eq!(lookup(b"01").map(|a| a.title), Some("GTIN"));
        assert_eq!(lookup(b"3103").map(|a| a.title), Some("NET WEIGHT (kg)"));
        assert!(lookup(b"3106").is_none());
        assert!(lookup(b"310").is_none());
        assert!(lookup(b"0").is_none());
        assert_eq!(lookup(b"95").map(|a| a.title), Some("INTERNAL"));
        assert!(lookup(b"23").is_none());
        assert!(lookup(b"8110").is_some_and(|a| !a.fixed));
        assert!(lookup(b"17").is_some_and(|a| a.fixed));
    }

    #[test]
    fn table_is_sorted_and_disjoint() {
        for w in AIS.windows(2) {
            assert!(w[0].hi < w[1].lo, "{} / {}", w[0].lo, w[1].lo);
        }
        for a in AIS {
            // Only the final component may vary in length; optionals come last.
            let n = a.comps.len();
            for (i, c) in a.comps.iter().enumerate() {
                assert!(c.min == c.max || i + 1 == n, "AI {}", a.lo);
                assert!(c.min >= 1 && c.min <= c.max);
            }
            if let Some(first_opt) = a.comps.iter().position(|c| c.optional) {
                assert!(
                    a.comps[first_opt..].iter().all(|c| c.optional),
                    "AI {}",
                    a.lo
                );
            }
        }
    }

    #[test]
    fn csets() {
        assert!(
            Cset::Cset82.allows(b'!') && Cset::Cset82.allows(b'z') && Cset::Cset82.allows(b'_')
        );
        for b in *b" #$@[\\]^`{|}~\x1d" {
            assert!(!Cset::Cset82.allows(b), "{b}");
        }
        assert_eq!((0u8..128).filter(|&b| Cset::Cset82.allows(b)).count(), 82);
        for set in [Cset::Numeric, Cset::Cset82, Cset::Cset39, Cset::Cset64] {
            for b in 0..=255u8 {
                assert_eq!(set.allows(b), set.defines(b), "{set:?} {b}");
            }
        }
        assert_eq!((0u8..128).filter(|&b| Cset::Cset39.allows(b)).count(), 39);
        assert_eq!((0u8..128).filter(|&b| Cset::Cset64.allows(b)).count(), 65);
    }

    #[test]
    fn patterns() {
        assert!(matches(b"31nn", b"3102"));
        assert!(!matches(b"31nn", b"310"));
        assert!(matches(b"01", b"01"));
        assert!(!matches(b"01", b"02"));
    }
}
