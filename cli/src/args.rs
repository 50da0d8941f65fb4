//! The command line: names here are stable, scripts and external checks depend on them.

use std::{ffi::OsString, path::PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  codevault encode 'https://example.com' -o code.svg
  codevault encode 'https://example.com' --ecc H --scale 8 -o code.png
  echo -n 'HELLO' | codevault encode --to txt
  codevault encode 12345 --symbology micro-qr --version M2 --to matrix
  codevault encode 'CODEVAULT' --symbology rmqr --fg '#1a237e' --bg white -o code.png
  codevault decode code.png";

/// Make and read QR codes (QR, Micro QR, rMQR).
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
    /// Encode data as a QR-family symbol and write SVG, PNG, text or the module matrix.
    #[command(after_help = EXAMPLES)]
    Encode(EncodeArgs),
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

    /// Symbology.
    #[arg(long, value_enum, default_value_t = SymbologyArg::Qr)]
    pub symbology: SymbologyArg,

    /// Error correction level L, M, Q or H (the minimum unless --no-boost) [default: M].
    #[arg(long, value_name = "LEVEL")]
    pub ecc: Option<String>,

    /// Keep the error correction level exactly as given (no boost when the symbol has room).
    #[arg(long)]
    pub no_boost: bool,

    /// Version: 1-40 (QR), M1-M4 (Micro QR), R7x43 … R17x139 (rMQR) [default: smallest that fits].
    #[arg(long, value_name = "V")]
    pub version: Option<String>,

    /// Mask pattern: 0-7 (QR), 0-3 (Micro QR) [default: best by penalty score].
    #[arg(long, value_name = "N")]
    pub mask: Option<u8>,

    /// Force one mode for all the data: numeric, alphanumeric, byte or kanji.
    #[arg(long, value_name = "MODE")]
    pub mode: Option<String>,

    /// ECI designator written before the data (26 = UTF-8).
    #[arg(long, value_name = "N")]
    pub eci: Option<u32>,

    /// GS1 data (FNC1 in first position); separate variable-length fields with ASCII GS (0x1D).
    #[arg(long)]
    pub gs1: bool,

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

/// `--symbology` values (the facade's names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SymbologyArg {
    /// QR Code Model 2.
    Qr,
    /// Micro QR Code.
    MicroQr,
    /// Rectangular Micro QR Code.
    Rmqr,
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
