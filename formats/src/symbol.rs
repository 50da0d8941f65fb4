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

    /// A one-row grid from bar/space widths, starting with a bar: `[2, 1, 1]` → `110 1`.
    pub fn from_widths(widths: &[u8]) -> Matrix {
        let mut cells = Vec::with_capacity(widths.iter().map(|w| usize::from(*w)).sum());
        for (i, &w) in widths.iter().enumerate() {
            let c = if i % 2 == 0 { DARK } else { 0 };
            cells.extend(std::iter::repeat_n(c, usize::from(w)));
        }
        Matrix {
            width: cells.len(),
            height: 1,
            cells,
        }
    }

    /// A grid from rows of booleans (dark = `true`), all rows as wide as the first.
    pub fn from_bools(rows: &[Vec<bool>]) -> Matrix {
        let width = rows.first().map_or(0, Vec::len);
        let mut m = Matrix::new(width, rows.len());
        for (y, row) in rows.iter().enumerate() {
            for (x, &d) in row.iter().enumerate().take(width) {
                m.set(x, y, d, ModuleRole::Data);
            }
        }
        m
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
///
/// [`Symbology::name`] is the stable name the CLI (`--symbology`), requests and every binding use;
/// [`Symbology::from_name`] also accepts a few aliases (`data-matrix`, `ean-13`, `upc-a`, …).
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
    /// Data Matrix ECC 200 (ISO/IEC 16022), square, rectangular and DMRE (ISO/IEC 21471) sizes.
    #[cfg_attr(feature = "serde", serde(rename = "datamatrix", alias = "data-matrix"))]
    DataMatrix,
    /// PDF417 (ISO/IEC 15438), including compact (truncated) PDF417 and Macro PDF417.
    Pdf417,
    /// Aztec Code (ISO/IEC 24778), compact and full-range.
    Aztec,
    /// Aztec Rune (ISO/IEC 24778 annex): an 11×11 symbol carrying one value 0–255.
    AztecRune,
    /// Code 128 (ISO/IEC 15417).
    Code128,
    /// GS1-128: Code 128 with FNC1 first, from GS1 element strings.
    #[cfg_attr(feature = "serde", serde(rename = "gs1-128"))]
    Gs1_128,
    /// EAN-13 (ISO/IEC 15420), with optional EAN-2/EAN-5 add-on.
    #[cfg_attr(feature = "serde", serde(rename = "ean13", alias = "ean-13"))]
    Ean13,
    /// EAN-8, with optional add-on.
    #[cfg_attr(feature = "serde", serde(rename = "ean8", alias = "ean-8"))]
    Ean8,
    /// UPC-A, with optional add-on.
    #[cfg_attr(feature = "serde", serde(rename = "upca", alias = "upc-a"))]
    Upca,
    /// UPC-E (zero-suppressed UPC-A), with optional add-on.
    #[cfg_attr(feature = "serde", serde(rename = "upce", alias = "upc-e"))]
    Upce,
    /// Code 39 (ISO/IEC 16388), optional mod-43 check and full ASCII.
    #[cfg_attr(feature = "serde", serde(rename = "code39"))]
    Code39,
    /// Code 93, two check characters, optional full ASCII.
    #[cfg_attr(feature = "serde", serde(rename = "code93"))]
    Code93,
    /// Interleaved 2 of 5 (ISO/IEC 16390).
    Itf,
    /// ITF-14 (GS1): 14 digits with check digit and bearer bars.
    #[cfg_attr(feature = "serde", serde(rename = "itf14", alias = "itf-14"))]
    Itf14,
    /// Codabar (start/stop A–D).
    Codabar,
    /// USPS Intelligent Mail barcode (USPS-B-3200).
    #[cfg_attr(feature = "serde", serde(alias = "intelligent-mail"))]
    Imb,
    /// USPS POSTNET.
    Postnet,
    /// Royal Mail 4-State Customer Code.
    #[cfg_attr(feature = "serde", serde(rename = "rm4scc", alias = "royal-mail"))]
    Rm4scc,
    /// MaxiCode (ISO/IEC 16023), modes 2–6.
    #[cfg_attr(feature = "serde", serde(rename = "maxicode", alias = "maxi-code"))]
    MaxiCode,
    /// DotCode (AIM ISS DotCode rev 4.0).
    #[cfg_attr(feature = "serde", serde(rename = "dotcode", alias = "dot-code"))]
    DotCode,
    /// Han Xin Code (ISO/IEC 20830), versions 1–84.
    #[cfg_attr(feature = "serde", serde(rename = "hanxin", alias = "han-xin"))]
    HanXin,
    /// MicroPDF417 (ISO/IEC 24728), 34 sizes.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "micropdf417", alias = "micro-pdf417")
    )]
    MicroPdf417,
}

impl Symbology {
    /// Every symbology, in declaration order.
    pub const ALL: [Symbology; 25] = [
        Symbology::Qr,
        Symbology::MicroQr,
        Symbology::Rmqr,
        Symbology::DataMatrix,
        Symbology::Pdf417,
        Symbology::Aztec,
        Symbology::AztecRune,
        Symbology::Code128,
        Symbology::Gs1_128,
        Symbology::Ean13,
        Symbology::Ean8,
        Symbology::Upca,
        Symbology::Upce,
        Symbology::Code39,
        Symbology::Code93,
        Symbology::Itf,
        Symbology::Itf14,
        Symbology::Codabar,
        Symbology::Imb,
        Symbology::Postnet,
        Symbology::Rm4scc,
        Symbology::MaxiCode,
        Symbology::DotCode,
        Symbology::HanXin,
        Symbology::MicroPdf417,
    ];

    /// The stable name (`qr`, `micro-qr`, `datamatrix`, `gs1-128`, `ean13`, …).
    pub fn name(self) -> &'static str {
        match self {
            Symbology::Qr => "qr",
            Symbology::MicroQr => "micro-qr",
            Symbology::Rmqr => "rmqr",
            Symbology::DataMatrix => "datamatrix",
            Symbology::Pdf417 => "pdf417",
            Symbology::Aztec => "aztec",
            Symbology::AztecRune => "aztec-rune",
            Symbology::Code128 => "code128",
            Symbology::Gs1_128 => "gs1-128",
            Symbology::Ean13 => "ean13",
            Symbology::Ean8 => "ean8",
            Symbology::Upca => "upca",
            Symbology::Upce => "upce",
            Symbology::Code39 => "code39",
            Symbology::Code93 => "code93",
            Symbology::Itf => "itf",
            Symbology::Itf14 => "itf14",
            Symbology::Codabar => "codabar",
            Symbology::Imb => "imb",
            Symbology::Postnet => "postnet",
            Symbology::Rm4scc => "rm4scc",
            Symbology::MaxiCode => "maxicode",
            Symbology::DotCode => "dotcode",
            Symbology::HanXin => "hanxin",
            Symbology::MicroPdf417 => "micropdf417",
        }
    }

    /// The symbology a name or alias stands for, ignoring ASCII case and `_`/`-` differences
    /// (`"QR"`, `"data-matrix"`, `"EAN-13"`, `"upc_a"`, `"gs1_128"`); `None` when unknown.
    pub fn from_name(name: &str) -> Option<Symbology> {
        let key: String = name
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let found = match key.as_str() {
            "qr" | "qrcode" => Symbology::Qr,
            "microqr" => Symbology::MicroQr,
            "rmqr" => Symbology::Rmqr,
            "datamatrix" | "dm" => Symbology::DataMatrix,
            "pdf417" => Symbology::Pdf417,
            "aztec" => Symbology::Aztec,
            "aztecrune" => Symbology::AztecRune,
            "code128" => Symbology::Code128,
            "gs1128" | "ean128" => Symbology::Gs1_128,
            "ean13" => Symbology::Ean13,
            "ean8" => Symbology::Ean8,
            "upca" => Symbology::Upca,
            "upce" => Symbology::Upce,
            "code39" => Symbology::Code39,
            "code93" => Symbology::Code93,
            "itf" | "interleaved2of5" => Symbology::Itf,
            "itf14" => Symbology::Itf14,
            "codabar" => Symbology::Codabar,
            "imb" | "intelligentmail" => Symbology::Imb,
            "postnet" => Symbology::Postnet,
            "rm4scc" | "royalmail" => Symbology::Rm4scc,
            "maxicode" => Symbology::MaxiCode,
            "dotcode" => Symbology::DotCode,
            "hanxin" => Symbology::HanXin,
            "micropdf417" => Symbology::MicroPdf417,
            _ => return None,
        };
        Some(found)
    }

    /// Every stable name, comma separated (for error messages).
    pub fn names() -> String {
        Self::ALL.map(Symbology::name).join(", ")
    }
}

impl std::fmt::Display for Symbology {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Symbology {
    type Err = crate::EncodeError;

    fn from_str(s: &str) -> Result<Symbology, crate::EncodeError> {
        Symbology::from_name(s)
            .ok_or_else(|| crate::EncodeError::invalid("symbology", s, Symbology::names()))
    }
}

/// How a renderer draws a [`Symbol`]'s matrix.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Shape {
    /// Square modules on a grid (QR, Data Matrix, Aztec).
    Matrix,
    /// Rows of modules, each drawn `row_height` modules tall (PDF417 rows are 3 modules tall by
    /// default).
    Stacked {
        /// Height of one matrix row, in modules.
        row_height: u16,
    },
    /// A linear (1D) symbol: the matrix is one row of bar modules; [`Linear`] says how tall bars
    /// are drawn and where the human-readable text goes.
    Linear(Box<Linear>),
    /// MaxiCode's hexagonal grid: the matrix is 30 columns × 33 rows, odd rows (1, 3, …) shifted
    /// right by half a module; a renderer draws each dark module as a hexagon and adds the
    /// central bullseye (the encoder leaves its area light), 1 inch nominal width.
    Hexagonal,
    /// DotCode: dark modules are dots (circles) on a checkerboard grid — only cells with
    /// `(x + y)` even can be dark; a renderer draws each as a circle.
    Dots,
    /// A postal bar code (IMb, RM4SCC: 3 rows — ascender, tracker, descender; POSTNET: 2 rows
    /// — upper half, lower half): bars on the matrix's dark columns, drawn to the postal spec's
    /// heights for the symbology.
    Postal,
}

/// Layout of a linear symbol beyond its bars: human-readable text, guard bars, quiet zones,
/// bearer bars and add-on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Linear {
    /// Human-readable text runs (empty: no text).
    pub text: Vec<TextRun>,
    /// Module ranges `start..end` whose bars extend below the text baseline (EAN/UPC guards).
    pub guards: Vec<(usize, usize)>,
    /// Quiet zone left of the bars, in modules.
    pub quiet_left: usize,
    /// Quiet zone right of the bars, in modules.
    pub quiet_right: usize,
    /// Bearer bars the standard asks for (ITF-14).
    pub bearer: Bearer,
    /// First module of an EAN/UPC add-on (its bars start lower and its text is above them).
    pub addon_start: Option<usize>,
}

/// A run of human-readable text centred over a span of modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextRun {
    /// The characters to print.
    pub text: String,
    /// First module of the span (negative: in the left quiet zone, as EAN-13's leading digit).
    pub start: i32,
    /// Width of the span, in modules.
    pub width: u32,
    /// Print above the bars (EAN/UPC add-on digits) rather than below.
    pub above: bool,
    /// Smaller type (UPC-A/UPC-E outer digits).
    pub small: bool,
}

/// Bearer bars around a linear symbol.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Bearer {
    /// None.
    #[default]
    None,
    /// Bars above and below the symbol.
    Horizontal,
    /// A frame around symbol and quiet zones (ITF-14 default per GS1).
    Frame,
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

/// An encoded symbol: the module grid, its required quiet zone, how it is drawn and what the
/// encoder chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The modules, without quiet zone.
    pub matrix: Matrix,
    /// Quiet zone the standard requires on every side, in modules (for linear symbols the
    /// larger of [`Linear::quiet_left`] and [`Linear::quiet_right`]).
    pub quiet_zone: usize,
    /// How the matrix is drawn: square modules, stacked rows, linear bars or postal bars.
    pub shape: Shape,
    /// Version, ECC, mask and capacity used.
    pub meta: SymbolMeta,
}

impl Symbol {
    /// A matrix symbol with square modules.
    pub fn matrix(matrix: Matrix, quiet_zone: usize, meta: SymbolMeta) -> Symbol {
        Symbol {
            matrix,
            quiet_zone,
            shape: Shape::Matrix,
            meta,
        }
    }
}
