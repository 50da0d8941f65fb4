//! The symbol model every symbology produces and every renderer consumes.

/// What a module of a matrix symbol is for, so a renderer can style parts differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[repr(u8)]
pub enum ModuleRole {
    /// Encoded data and error correction codewords (and remainder bits).
    Data = 0,
    /// Finder pattern (QR eyes, rMQR corner and sub-finder patterns).
    Finder = 1,
    /// The light separator around a finder pattern.
    Separator = 2,
    /// Timing pattern rows and columns.
    Timing = 3,
    /// Alignment patterns.
    Alignment = 4,
    /// Format information (and the always-dark module of QR).
    Format = 5,
    /// Version information (QR versions 7 and up).
    Version = 6,
}

impl ModuleRole {
    /// Every role, in numeric order.
    pub const ALL: [ModuleRole; 7] = [
        ModuleRole::Data,
        ModuleRole::Finder,
        ModuleRole::Separator,
        ModuleRole::Timing,
        ModuleRole::Alignment,
        ModuleRole::Format,
        ModuleRole::Version,
    ];

    fn from_bits(bits: u8) -> ModuleRole {
        Self::ALL
            .get(usize::from(bits))
            .copied()
            .unwrap_or(ModuleRole::Data)
    }
}

const DARK: u8 = 0x80;
const ROLE_MASK: u8 = 0x0f;

/// A rectangular grid of dark and light modules, each with a [`ModuleRole`].
#[derive(Clone, PartialEq, Eq)]
pub struct Matrix {
    width: usize,
    height: usize,
    cells: Vec<u8>,
}

impl std::fmt::Debug for Matrix {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "Matrix {}x{}", self.width, self.height)?;
        for row in self.rows() {
            let line: String = row.map(|d| if d { '#' } else { '.' }).collect();
            writeln!(f, "{line}")?;
        }
        Ok(())
    }
}

impl Matrix {
    /// A light grid of `width` × `height` data modules.
    pub fn new(width: usize, height: usize) -> Matrix {
        Matrix {
            width,
            height,
            cells: vec![0; width * height],
        }
    }

    /// Width in modules.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Height in modules.
    pub fn height(&self) -> usize {
        self.height
    }

    /// Whether the module at column `x`, row `y` is dark; outside the grid is light.
    #[inline]
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.height && self.cells[y * self.width + x] & DARK != 0
    }

    /// The role of the module at column `x`, row `y` ([`ModuleRole::Data`] outside the grid).
    #[inline]
    pub fn role(&self, x: usize, y: usize) -> ModuleRole {
        if x < self.width && y < self.height {
            ModuleRole::from_bits(self.cells[y * self.width + x] & ROLE_MASK)
        } else {
            ModuleRole::Data
        }
    }

    /// Sets the module at column `x`, row `y`; positions outside the grid are ignored.
    #[inline]
    pub fn set(&mut self, x: usize, y: usize, dark: bool, role: ModuleRole) {
        if x < self.width && y < self.height {
            self.cells[y * self.width + x] = role as u8 | if dark { DARK } else { 0 };
        }
    }

    /// Iterates rows top to bottom; each row yields `true` for dark modules, left to right.
    pub fn rows(&self) -> impl Iterator<Item = impl Iterator<Item = bool> + '_> + '_ {
        self.cells
            .chunks(self.width.max(1))
            .take(self.height)
            .map(|r| r.iter().map(|c| c & DARK != 0))
    }

    /// The grid as rows of booleans (dark = `true`).
    pub fn to_bools(&self) -> Vec<Vec<bool>> {
        self.rows().map(|r| r.collect()).collect()
    }

    /// Rows of `0`/`1` characters, one line per row, as `zint --dump` prints them (unpadded).
    pub fn to_text_rows(&self) -> String {
        let mut s = String::with_capacity((self.width + 1) * self.height);
        for row in self.rows() {
            s.extend(row.map(|d| if d { '1' } else { '0' }));
            s.push('\n');
        }
        s
    }

    /// Number of dark modules.
    pub fn dark_count(&self) -> usize {
        self.cells.iter().filter(|c| **c & DARK != 0).count()
    }

    /// Builds a grid from raw cells (role in the low nibble, 0x80 = dark); used by encoders.
    pub(crate) fn from_cells(width: usize, height: usize, cells: Vec<u8>) -> Matrix {
        debug_assert_eq!(cells.len(), width * height);
        Matrix {
            width,
            height,
            cells,
        }
    }
}

/// The symbologies CodeVault encodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Symbology {
    /// QR Code Model 2 (ISO/IEC 18004), versions 1–40.
    Qr,
    /// Micro QR Code (ISO/IEC 18004), M1–M4.
    MicroQr,
    /// Rectangular Micro QR Code (ISO/IEC 23941), R7x43 … R17x139.
    Rmqr,
}

impl Symbology {
    /// The stable command-line name (`qr`, `micro-qr`, `rmqr`).
    pub fn name(self) -> &'static str {
        match self {
            Symbology::Qr => "qr",
            Symbology::MicroQr => "micro-qr",
            Symbology::Rmqr => "rmqr",
        }
    }
}

/// What an encoder chose, for display, logs and the facade's metadata.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SymbolMeta {
    /// The symbology.
    pub symbology: Symbology,
    /// Version name: `"10"` for QR, `"M3"` for Micro QR, `"R13x43"` for rMQR.
    pub version: String,
    /// Error correction level actually used (`"L"`, `"M"`, `"Q"`, `"H"`), after any boost.
    pub ecc: Option<String>,
    /// Mask pattern applied, where the symbology has masks.
    pub mask: Option<u8>,
    /// Bits of the data stream (headers and data, before terminator and padding).
    pub data_bits: usize,
    /// Data bits the chosen symbol can hold at the chosen error correction level.
    pub capacity_bits: usize,
}

/// An encoded symbol: the module grid, its required quiet zone and what the encoder chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The modules, without quiet zone.
    pub matrix: Matrix,
    /// Quiet zone the standard requires on every side, in modules.
    pub quiet_zone: usize,
    /// Version, ECC, mask and capacity used.
    pub meta: SymbolMeta,
}
