//! Plain C views of the facade's enums and of [`SymbolInfo`].

use std::ffi::{CStr, CString, c_char};

use facade::{OutputFormat, SymbolInfo, Symbology};

use crate::ffi;

/// A symbology, as `cv_symbol_info.symbology` reports it.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum cv_symbology {
    /// A symbology this version of the C API does not know (a newer library).
    CV_SYMBOLOGY_UNKNOWN = 0,
    /// QR Code Model 2 (`"qr"`).
    CV_SYMBOLOGY_QR = 1,
    /// Micro QR Code (`"micro-qr"`).
    CV_SYMBOLOGY_MICRO_QR = 2,
    /// Rectangular Micro QR Code (`"rmqr"`).
    CV_SYMBOLOGY_RMQR = 3,
    /// Data Matrix ECC 200 (`"datamatrix"`).
    CV_SYMBOLOGY_DATAMATRIX = 4,
    /// PDF417 (`"pdf417"`).
    CV_SYMBOLOGY_PDF417 = 5,
    /// Aztec Code (`"aztec"`).
    CV_SYMBOLOGY_AZTEC = 6,
    /// Aztec Rune (`"aztec-rune"`).
    CV_SYMBOLOGY_AZTEC_RUNE = 7,
    /// Code 128 (`"code128"`).
    CV_SYMBOLOGY_CODE128 = 8,
    /// GS1-128 (`"gs1-128"`).
    CV_SYMBOLOGY_GS1_128 = 9,
    /// EAN-13 (`"ean13"`).
    CV_SYMBOLOGY_EAN13 = 10,
    /// EAN-8 (`"ean8"`).
    CV_SYMBOLOGY_EAN8 = 11,
    /// UPC-A (`"upca"`).
    CV_SYMBOLOGY_UPCA = 12,
    /// UPC-E (`"upce"`).
    CV_SYMBOLOGY_UPCE = 13,
    /// Code 39 (`"code39"`).
    CV_SYMBOLOGY_CODE39 = 14,
    /// Code 93 (`"code93"`).
    CV_SYMBOLOGY_CODE93 = 15,
    /// Interleaved 2 of 5 (`"itf"`).
    CV_SYMBOLOGY_ITF = 16,
    /// ITF-14 (`"itf14"`).
    CV_SYMBOLOGY_ITF14 = 17,
    /// Codabar (`"codabar"`).
    CV_SYMBOLOGY_CODABAR = 18,
    /// USPS Intelligent Mail barcode (`"imb"`).
    CV_SYMBOLOGY_IMB = 19,
    /// USPS POSTNET (`"postnet"`).
    CV_SYMBOLOGY_POSTNET = 20,
    /// Royal Mail 4-State Customer Code (`"rm4scc"`).
    CV_SYMBOLOGY_RM4SCC = 21,
    /// MaxiCode (`"maxicode"`).
    CV_SYMBOLOGY_MAXICODE = 22,
    /// DotCode (`"dotcode"`).
    CV_SYMBOLOGY_DOTCODE = 23,
    /// Han Xin Code (`"hanxin"`).
    CV_SYMBOLOGY_HANXIN = 24,
    /// MicroPDF417 (`"micropdf417"`).
    CV_SYMBOLOGY_MICROPDF417 = 25,
}

impl cv_symbology {
    /// The symbology's stable name as a static C string (`"unknown"` for
    /// `CV_SYMBOLOGY_UNKNOWN`); a test checks it against the facade's names.
    pub fn c_name(self) -> &'static CStr {
        match self {
            cv_symbology::CV_SYMBOLOGY_UNKNOWN => c"unknown",
            cv_symbology::CV_SYMBOLOGY_QR => c"qr",
            cv_symbology::CV_SYMBOLOGY_MICRO_QR => c"micro-qr",
            cv_symbology::CV_SYMBOLOGY_RMQR => c"rmqr",
            cv_symbology::CV_SYMBOLOGY_DATAMATRIX => c"datamatrix",
            cv_symbology::CV_SYMBOLOGY_PDF417 => c"pdf417",
            cv_symbology::CV_SYMBOLOGY_AZTEC => c"aztec",
            cv_symbology::CV_SYMBOLOGY_AZTEC_RUNE => c"aztec-rune",
            cv_symbology::CV_SYMBOLOGY_CODE128 => c"code128",
            cv_symbology::CV_SYMBOLOGY_GS1_128 => c"gs1-128",
            cv_symbology::CV_SYMBOLOGY_EAN13 => c"ean13",
            cv_symbology::CV_SYMBOLOGY_EAN8 => c"ean8",
            cv_symbology::CV_SYMBOLOGY_UPCA => c"upca",
            cv_symbology::CV_SYMBOLOGY_UPCE => c"upce",
            cv_symbology::CV_SYMBOLOGY_CODE39 => c"code39",
            cv_symbology::CV_SYMBOLOGY_CODE93 => c"code93",
            cv_symbology::CV_SYMBOLOGY_ITF => c"itf",
            cv_symbology::CV_SYMBOLOGY_ITF14 => c"itf14",
            cv_symbology::CV_SYMBOLOGY_CODABAR => c"codabar",
            cv_symbology::CV_SYMBOLOGY_IMB => c"imb",
            cv_symbology::CV_SYMBOLOGY_POSTNET => c"postnet",
            cv_symbology::CV_SYMBOLOGY_RM4SCC => c"rm4scc",
            cv_symbology::CV_SYMBOLOGY_MAXICODE => c"maxicode",
            cv_symbology::CV_SYMBOLOGY_DOTCODE => c"dotcode",
            cv_symbology::CV_SYMBOLOGY_HANXIN => c"hanxin",
            cv_symbology::CV_SYMBOLOGY_MICROPDF417 => c"micropdf417",
        }
    }
}

impl From<Symbology> for cv_symbology {
    fn from(s: Symbology) -> cv_symbology {
        match s {
            Symbology::Qr => cv_symbology::CV_SYMBOLOGY_QR,
            Symbology::MicroQr => cv_symbology::CV_SYMBOLOGY_MICRO_QR,
            Symbology::Rmqr => cv_symbology::CV_SYMBOLOGY_RMQR,
            Symbology::DataMatrix => cv_symbology::CV_SYMBOLOGY_DATAMATRIX,
            Symbology::Pdf417 => cv_symbology::CV_SYMBOLOGY_PDF417,
            Symbology::Aztec => cv_symbology::CV_SYMBOLOGY_AZTEC,
            Symbology::AztecRune => cv_symbology::CV_SYMBOLOGY_AZTEC_RUNE,
            Symbology::Code128 => cv_symbology::CV_SYMBOLOGY_CODE128,
            Symbology::Gs1_128 => cv_symbology::CV_SYMBOLOGY_GS1_128,
            Symbology::Ean13 => cv_symbology::CV_SYMBOLOGY_EAN13,
            Symbology::Ean8 => cv_symbology::CV_SYMBOLOGY_EAN8,
            Symbology::Upca => cv_symbology::CV_SYMBOLOGY_UPCA,
            Symbology::Upce => cv_symbology::CV_SYMBOLOGY_UPCE,
            Symbology::Code39 => cv_symbology::CV_SYMBOLOGY_CODE39,
            Symbology::Code93 => cv_symbology::CV_SYMBOLOGY_CODE93,
            Symbology::Itf => cv_symbology::CV_SYMBOLOGY_ITF,
            Symbology::Itf14 => cv_symbology::CV_SYMBOLOGY_ITF14,
            Symbology::Codabar => cv_symbology::CV_SYMBOLOGY_CODABAR,
            Symbology::Imb => cv_symbology::CV_SYMBOLOGY_IMB,
            Symbology::Postnet => cv_symbology::CV_SYMBOLOGY_POSTNET,
            Symbology::Rm4scc => cv_symbology::CV_SYMBOLOGY_RM4SCC,
            Symbology::MaxiCode => cv_symbology::CV_SYMBOLOGY_MAXICODE,
            Symbology::DotCode => cv_symbology::CV_SYMBOLOGY_DOTCODE,
            Symbology::HanXin => cv_symbology::CV_SYMBOLOGY_HANXIN,
            Symbology::MicroPdf417 => cv_symbology::CV_SYMBOLOGY_MICROPDF417,
            _ => cv_symbology::CV_SYMBOLOGY_UNKNOWN,
        }
    }
}

/// An output format, as `cv_artifacts_get` reports it.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum cv_output_format {
    /// A format this version of the C API does not know (a newer library).
    CV_OUTPUT_UNKNOWN = 0,
    /// SVG document (`image/svg+xml`).
    CV_OUTPUT_SVG = 1,
    /// PNG image (`image/png`).
    CV_OUTPUT_PNG = 2,
    /// Terminal text with Unicode half blocks (`text/plain; charset=utf-8`).
    CV_OUTPUT_TXT = 3,
    /// The bare module grid: one line of `0`/`1` per row, `1` = dark (`text/plain`).
    CV_OUTPUT_MATRIX = 4,
}

impl From<OutputFormat> for cv_output_format {
    fn from(f: OutputFormat) -> cv_output_format {
        match f {
            OutputFormat::Svg => cv_output_format::CV_OUTPUT_SVG,
            OutputFormat::Png => cv_output_format::CV_OUTPUT_PNG,
            OutputFormat::Txt => cv_output_format::CV_OUTPUT_TXT,
            OutputFormat::Matrix => cv_output_format::CV_OUTPUT_MATRIX,
            _ => cv_output_format::CV_OUTPUT_UNKNOWN,
        }
    }
}

/// What the encoder chose. The strings belong to the handle the info came from and stay valid
/// until that handle is freed.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct cv_symbol_info {
    /// The symbology.
    pub symbology: cv_symbology,
    /// The symbology's stable name (`"qr"`, `"micro-qr"`, `"rmqr"`).
    pub symbology_name: *const c_char,
    /// Version name: `"10"` (QR), `"M3"` (Micro QR), `"R13x43"` (rMQR).
    pub version: *const c_char,
    /// Error correction level used (`"L"`, `"M"`, `"Q"`, `"H"`) after any boost; NULL when the
    /// symbology has none.
    pub ecc: *const c_char,
    /// Mask pattern applied, or -1 when the symbology has no masks.
    pub mask: i32,
    /// Width in modules, without quiet zone.
    pub width: usize,
    /// Height in modules, without quiet zone.
    pub height: usize,
    /// Quiet zone the standard requires on every side, in modules.
    pub quiet_zone: usize,
    /// Bits of the data stream (mode headers and data).
    pub data_bits: usize,
    /// Data bits the symbol can hold at its error correction level.
    pub capacity_bits: usize,
}

/// A [`SymbolInfo`] with the C strings its [`cv_symbol_info`] points into.
#[derive(Debug)]
pub(crate) struct InfoStrings {
    pub(crate) info: SymbolInfo,
    version: CString,
    ecc: Option<CString>,
}

impl InfoStrings {
    pub(crate) fn new(info: SymbolInfo) -> InfoStrings {
        InfoStrings {
            version: ffi::c_string(&info.version),
            ecc: info.ecc.as_deref().map(ffi::c_string),
            info,
        }
    }

    pub(crate) fn version(&self) -> *const c_char {
        self.version.as_ptr()
    }

    pub(crate) fn ecc(&self) -> *const c_char {
        self.ecc.as_ref().map_or(std::ptr::null(), |e| e.as_ptr())
    }

    pub(crate) fn mask(&self) -> i32 {
        self.info.mask.map_or(-1, i32::from)
    }

    pub(crate) fn to_c(&self) -> cv_symbol_info {
        let info = &self.info;
        cv_symbol_info {
            symbology: info.symbology.into(),
            symbology_name: cv_symbology::from(info.symbology).c_name().as_ptr(),
            version: self.version(),
            ecc: self.ecc(),
            mask: self.mask(),
            width: info.width,
            height: info.height,
            quiet_zone: info.quiet_zone,
            data_bits: info.data_bits,
            capacity_bits: info.capacity_bits,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbology_names_are_the_facade_names() {
        for s in Symbology::ALL {
            let c = cv_symbology::from(s);
            assert_ne!(c, cv_symbology::CV_SYMBOLOGY_UNKNOWN);
            assert_eq!(c.c_name().to_str().unwrap(), s.name());
        }
    }
}
