//! The typed Rust API: a builder over [`Request`] for QR-family symbols.

use codevault_formats::{
    Matrix, Symbol, Symbology,
    qr::{EcLevel, Fnc1, Mode},
};
use codevault_render::{Color, Style};

use crate::{EncodeOptions, Error, OutputFormat, Request, encode};

/// A QR-family code being configured; finish with `to_svg`, `to_png`, `to_text`, `to_matrix`
/// or `to_symbol`.
///
/// ```
/// use codevault::{EcLevel, QrCode};
///
/// let code = QrCode::new("https://example.com").ecc(EcLevel::H).version(5);
/// let svg = code.to_svg().unwrap();
/// assert!(svg.starts_with("<svg"));
/// assert_eq!(code.to_matrix().unwrap().width(), 37);
///
/// let micro = QrCode::new("12345").micro().version("M2");
/// assert_eq!(micro.to_symbol().unwrap().meta.version, "M2");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct QrCode {
    data: Vec<u8>,
    symbology: Symbology,
    options: EncodeOptions,
    style: Style,
}

impl QrCode {
    /// A QR Code (Model 2) for `data` (text or bytes) with default options and style.
    pub fn new(data: impl AsRef<[u8]>) -> QrCode {
        QrCode {
            data: data.as_ref().to_vec(),
            symbology: Symbology::Qr,
            options: EncodeOptions::default(),
            style: Style::default(),
        }
    }

    /// Uses another QR-family symbology.
    pub fn symbology(mut self, symbology: Symbology) -> QrCode {
        self.symbology = symbology;
        self
    }

    /// Makes a Micro QR Code.
    pub fn micro(self) -> QrCode {
        self.symbology(Symbology::MicroQr)
    }

    /// Makes a rectangular Micro QR Code (rMQR).
    pub fn rmqr(self) -> QrCode {
        self.symbology(Symbology::Rmqr)
    }

    /// Error correction level (the minimum while boost is on).
    pub fn ecc(mut self, ecc: EcLevel) -> QrCode {
        self.options.ecc = ecc;
        self
    }

    /// Whether to raise the level while the symbol does not grow (default on).
    pub fn boost(mut self, boost: bool) -> QrCode {
        self.options.boost = boost;
        self
    }

    /// Pins the version: a number (`5`) or a name (`"M3"`, `"R13x43"`).
    pub fn version(mut self, version: impl ToString) -> QrCode {
        self.options.version = Some(version.to_string());
        self
    }

    /// Pins the mask pattern.
    pub fn mask(mut self, mask: u8) -> QrCode {
        self.options.mask = Some(mask);
        self
    }

    /// Forces one mode for all the data.
    pub fn mode(mut self, mode: Mode) -> QrCode {
        self.options.mode = Some(mode);
        self
    }

    /// Writes an ECI designator before the data (26 = UTF-8).
    pub fn eci(mut self, eci: u32) -> QrCode {
        self.options.eci = Some(eci);
        self
    }

    /// Marks the data as GS1 element strings (FNC1 in first position).
    pub fn gs1(mut self) -> QrCode {
        self.options.fnc1 = Fnc1::Gs1;
        self
    }

    /// Replaces all encoder options.
    pub fn options(mut self, options: EncodeOptions) -> QrCode {
        self.options = options;
        self
    }

    /// Replaces the whole style.
    pub fn style(mut self, style: Style) -> QrCode {
        self.style = style;
        self
    }

    /// Colour of dark modules.
    pub fn dark(mut self, color: Color) -> QrCode {
        self.style.dark = color;
        self
    }

    /// Colour of light modules and the quiet zone.
    pub fn light(mut self, color: Color) -> QrCode {
        self.style.light = color;
        self
    }

    /// Pixels per module in raster output.
    pub fn module_size(mut self, pixels: u32) -> QrCode {
        self.style.module_size = pixels;
        self
    }

    /// Quiet zone in modules (default: the symbology's own).
    pub fn quiet_zone(mut self, modules: usize) -> QrCode {
        self.style.quiet_zone = Some(modules);
        self
    }

    /// The encoded symbol (module grid, quiet zone, metadata).
    pub fn to_symbol(&self) -> Result<Symbol, Error> {
        encode(self.symbology, &self.data, &self.options)
    }

    /// The module grid without quiet zone.
    pub fn to_matrix(&self) -> Result<Matrix, Error> {
        Ok(self.to_symbol()?.matrix)
    }

    /// An SVG document.
    #[cfg(feature = "svg")]
    pub fn to_svg(&self) -> Result<String, Error> {
        Ok(codevault_render::render_svg(
            &self.to_symbol()?,
            &self.style,
        )?)
    }

    /// A PNG image.
    #[cfg(feature = "png")]
    pub fn to_png(&self) -> Result<Vec<u8>, Error> {
        Ok(codevault_render::render_png(
            &self.to_symbol()?,
            &self.style,
        )?)
    }

    /// Unicode half-block text for terminals, quiet zone included.
    #[cfg(feature = "text")]
    pub fn to_text(&self) -> Result<String, Error> {
        self.style.validate()?;
        let symbol = self.to_symbol()?;
        Ok(codevault_render::render_text(
            &symbol,
            &self.style,
            codevault_render::TextStyle::HalfBlocks,
        ))
    }

    /// The equivalent [`Request`] (for `outputs`), e.g. to send as JSON.
    pub fn to_request(&self, outputs: &[OutputFormat]) -> Request {
        let mut request = Request::bytes(&self.data);
        request.symbology = self.symbology;
        request.options = self.options.clone();
        request.style = self.style.clone();
        request.outputs = outputs.to_vec();
        request
    }
}
