//! The command line: names here are stable, scripts and external checks depend on them.

use std::{ffi::OsString, path::PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};
use codevault::Symbology;

const EXAMPLES: &str = "\
Examples:
  codevault encode 'https://example.com' -o code.svg
  codevault encode 'https://example.com' --ecc H --scale 8 -o code.png
  echo -n 'HELLO' | codevault encode --to txt
  codevault encode 12345 --symbology micro-qr --version M2 --to matrix
  codevault encode 'CODEVAULT' --symbology rmqr --fg '#1a237e' --bg white -o code.png
  codevault encode '[01]09521234543213[10]ABC123' --symbology datamatrix --gs1 -o dm.png
  codevault encode 'Ship to 221B Baker St' --symbology pdf417 --security-level 4 -o p.svg
  codevault encode 9501234567890+12 --symbology ean13 -o ean.png
  codevault encode '[01]09521234543213[17]271231' --symbology gs1-128 -o label.svg
  codevault decode code.png";

/// Make and read barcodes: QR, Micro QR, rMQR, Data Matrix, PDF417, Aztec, Code 128, GS1-128,
/// EAN/UPC, Code 39, Code 93, ITF, ITF-14, Codabar, IMb, POSTNET, RM4SCC.
#[derive(Debug, Parser)]
#[command(name = "codevault", version, after_help = EXAMPLES)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Encode data as a barcode and write SVG, PNG, text or the module matrix.
    #[command(after_help = EXAMPLES)]
    Encode(Box<EncodeArgs>),
    /// Read every barcode in a PNG or JPEG image and print its text, one per line.
    #[command(
        after_help = "Examples:\n  codevault decode code.png\n  cat photo.jpg | codevault decode -"
    )]
    Decode(DecodeArgs),
}

/// `codevault encode`.
#[derive(Debug, Args)]
pub struct EncodeArgs {
    /// The data. Read from stdin when absent or `-` (raw bytes: nothing is stripped, not even a
    /// trailing newline).
    #[arg(value_name = "DATA")]
    pub data: Option<OsString>,

    /// Symbology: qr, micro-qr, rmqr, datamatrix, pdf417, aztec, aztec-rune, code128, gs1-128,
    /// ean13, ean8, upca, upce, code39, code93, itf, itf14, codabar, imb, postnet, rm4scc.
    #[arg(long, value_name = "NAME", default_value = "qr", value_parser = parse_symbology)]
    pub symbology: Symbology,

    /// Error correction: QR family L, M, Q or H (the minimum unless --no-boost) [default: M];
    /// PDF417 a level 0-8 (as --security-level); Han Xin L1-L4; Aztec a percentage (as
    /// --ecc-percent).
    #[arg(long, value_name = "LEVEL")]
    pub ecc: Option<String>,

    /// Keep the error correction level exactly as given (no boost when the symbol has room).
    #[arg(long)]
    pub no_boost: bool,

    /// Version or size: 1-40 (QR), M1-M4 (Micro QR), R7x43 … R17x139 (rMQR), ROWSxCOLS (Data
    /// Matrix, e.g. 24x24, 8x18, DMRE 8x48), C1-C4 or 1-32 layers (Aztec) [default: smallest
    /// that fits].
    #[arg(long, value_name = "V")]
    pub version: Option<String>,

    /// Mask pattern: 0-7 (QR), 0-3 (Micro QR) [default: best by penalty score].
    #[arg(long, value_name = "N")]
    pub mask: Option<u8>,

    /// Force one mode for all the data: numeric, alphanumeric, byte or kanji (QR family);
    /// MaxiCode: the mode 2-6.
    #[arg(long, value_name = "MODE")]
    pub mode: Option<String>,

    /// ECI designator written before the data (26 = UTF-8).
    #[arg(long, value_name = "N")]
    pub eci: Option<u32>,

    /// GS1 data (FNC1 in first position): element strings as `[01]09521234543213[10]ABC`, or
    /// raw with ASCII GS (0x1D) after variable-length fields. Implied by --symbology gs1-128.
    #[arg(long)]
    pub gs1: bool,

    /// Encode the bytes as given: no Kanji mode (QR family) and no GB 18030 conversion (Han Xin).
    #[arg(long)]
    pub binary: bool,

    /// Aztec: minimum error correction share in percent, 5-95 [default: 23].
    #[arg(long, value_name = "PCT")]
    pub ecc_percent: Option<u8>,

    /// Numbered error correction level: PDF417 0-8, Han Xin 1-4 [default: by data size].
    #[arg(long, value_name = "N")]
    pub security_level: Option<u8>,

    /// PDF417: data columns 1-30.
    #[arg(long, value_name = "N")]
    pub columns: Option<u16>,

    /// PDF417: rows 3-90.
    #[arg(long, value_name = "N")]
    pub rows: Option<u16>,

    /// PDF417: target height/width ratio when columns and rows are not pinned.
    #[arg(long, value_name = "RATIO")]
    pub aspect_ratio: Option<f32>,

    /// Compact PDF417 (truncated); Aztec: compact symbols only.
    #[arg(long)]
    pub compact: bool,

    /// Reader initialisation (programming) symbol: Data Matrix, Aztec, PDF417, Code 128.
    #[arg(long)]
    pub reader_init: bool,

    /// Data Matrix: square sizes only.
    #[arg(long)]
    pub square_only: bool,

    /// Data Matrix: also consider the DMRE sizes (ISO/IEC 21471).
    #[arg(long)]
    pub dmre: bool,

    /// Add the optional check character (Code 39 mod 43, ITF, Codabar).
    #[arg(long)]
    pub check_digit: bool,

    /// Code 39 / Code 93: full ASCII.
    #[arg(long)]
    pub full_ascii: bool,

    /// EAN/UPC add-on: 2 or 5 digits (or write them after `+` in the data).
    #[arg(long, value_name = "DIGITS")]
    pub addon: Option<String>,

    /// EAN/UPC: gap before the add-on, in modules.
    #[arg(long, value_name = "N")]
    pub addon_gap: Option<u8>,

    /// EAN/UPC: print the `<` `>` light margin indicators in the quiet zones.
    #[arg(long)]
    pub quiet_zone_markers: bool,

    /// Linear symbols: bar height in modules [default: per symbology, e.g. 69.24 for EAN-13].
    #[arg(long, value_name = "MODULES")]
    pub bar_height: Option<f64>,

    /// Linear symbols: bar height in millimetres (needs --x-dim-mm or --dpi).
    #[arg(long, value_name = "MM")]
    pub bar_height_mm: Option<f64>,

    /// X-dimension (module width) in millimetres; with --dpi it sets the pixels per module.
    #[arg(long, value_name = "MM")]
    pub x_dim_mm: Option<f64>,

    /// Bar width reduction for print gain, percent of X (-50 to 50).
    #[arg(long, value_name = "PCT", allow_negative_numbers = true)]
    pub print_gain: Option<f64>,

    /// Leave out the human-readable text of linear symbols.
    #[arg(long)]
    pub no_text: bool,

    /// Height of the human-readable digits, in modules [default: 8].
    #[arg(long, value_name = "MODULES")]
    pub font_size: Option<f64>,

    /// DotCode: dot diameter as a fraction of the module pitch, 0.01-1 [default: 0.8].
    #[arg(long, value_name = "FRACTION")]
    pub dot_size: Option<f64>,

    /// Thickness of bearer bars and frames (ITF-14), in modules [default: 5].
    #[arg(long, value_name = "MODULES")]
    pub bearer_thickness: Option<f64>,

    /// MaxiCode modes 2/3: primary message, postcode + country + service class (e.g.
    /// 152382802840001).
    #[arg(long, value_name = "TEXT")]
    pub primary: Option<String>,

    /// MaxiCode modes 2/3: SCM version of a `[)>RS01GSvv` message.
    #[arg(long, value_name = "VV")]
    pub scm_vv: Option<u8>,

    /// Code 128: `\^1` `\^2` `\^3` in the data are FNC1-FNC3, `\^^` a literal `\^`.
    #[arg(long)]
    pub extra_escape: bool,

    /// Code 93 / Codabar: print the check characters in the human-readable text.
    #[arg(long)]
    pub show_check_digits: bool,

    /// ITF / ITF-14 bearer bars: none, horizontal or frame [default: frame for ITF-14].
    #[arg(long, value_name = "KIND", value_parser = ["none", "horizontal", "frame"])]
    pub bearer: Option<String>,

    /// Output format [default: from -o's extension (.svg .png .txt), else svg].
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub to: Option<FormatArg>,

    /// Write to FILE instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Pixels per module (PNG; SVG width/height) [default: 10].
    #[arg(long, value_name = "PX")]
    pub scale: Option<u32>,

    /// Quiet zone in modules [default: the symbology's own: 4 for QR, 2 for Micro QR and rMQR].
    #[arg(long, value_name = "N")]
    pub quiet_zone: Option<usize>,

    /// Resolution stored in the PNG (and SVG size in millimetres).
    #[arg(long, value_name = "N")]
    pub dpi: Option<u32>,

    /// Colour of dark modules: #RGB, #RRGGBB, #RRGGBBAA, black, white or transparent.
    #[arg(long, value_name = "COLOR")]
    pub fg: Option<String>,

    /// Colour of light modules and the quiet zone (same forms as --fg).
    #[arg(long, value_name = "COLOR")]
    pub bg: Option<String>,
}

/// `--symbology`: the facade's stable names and their aliases (`data-matrix`, `ean-13`, …).
fn parse_symbology(s: &str) -> Result<Symbology, String> {
    Symbology::from_name(s).ok_or_else(|| format!("expected one of {}", Symbology::names()))
}

/// `--to` values (the facade's output format names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// SVG document.
    Svg,
    /// PNG image.
    Png,
    /// Unicode half-block text for terminals.
    Txt,
    /// Module rows as 0/1 lines, no quiet zone.
    Matrix,
}

/// `codevault decode`.
#[derive(Debug, Args)]
pub struct DecodeArgs {
    /// PNG or JPEG image to read (`-` for stdin).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}
