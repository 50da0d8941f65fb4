//! The one entry point: a request in, artifacts out.

use codevault_formats::Symbol;
use codevault_render::Style;

use crate::{Artifact, Artifacts, Error, OutputFormat, Request, SymbolInfo, encode, encode_text};

/// Encodes the request's data and renders every requested output.
///
/// Checks run in a fixed order: data (missing, conflicting, bad base64), style, encoding,
/// then each output.
///
/// ```
/// use codevault::{OutputFormat, Request, generate};
///
/// let mut request = Request::text("https://example.com");
/// request.outputs = vec![OutputFormat::Svg, OutputFormat::Matrix];
/// let artifacts = generate(&request).unwrap();
/// assert_eq!(artifacts.symbol.version, "2");
/// assert!(artifacts.outputs[0].text().unwrap().starts_with("<svg"));
/// assert_eq!(artifacts.outputs[1].text().unwrap().lines().count(), 25);
/// ```
pub fn generate(request: &Request) -> Result<Artifacts, Error> {
    // A bad style is refused whatever the outputs, so every output list behaves the same.
    let symbol = match (&request.data, &request.data_base64) {
        (Some(text), None) => {
            request.style.validate()?;
            encode_text(request.symbology, text, &request.options)?
        }
        _ => {
            let data = request.payload()?;
            request.style.validate()?;
            encode(request.symbology, &data, &request.options)?
        }
    };
    let outputs = request
        .outputs
        .iter()
        .map(|&format| render(&symbol, &request.style, format))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Artifacts {
        symbol: SymbolInfo::from(&symbol),
        outputs,
    })
}

/// [`generate`] with JSON in and JSON out: the path every language binding takes.
///
/// The input is a [`Request`] as JSON; the output is [`Artifacts`] as JSON, with artifact bytes
/// as base64.
///
/// ```
/// let json = codevault::generate_json(r#"{"data": "HELLO", "outputs": ["matrix"]}"#).unwrap();
/// let value: serde_json::Value = serde_json::from_str(&json).unwrap();
/// assert_eq!(value["symbol"]["width"], 21);
/// assert_eq!(value["outputs"][0]["media_type"], "text/plain");
/// ```
pub fn generate_json(request_json: &str) -> Result<String, Error> {
    let request = Request::from_json(request_json)?;
    Ok(generate(&request)?.to_json())
}

/// Renders one output of an encoded symbol.
pub fn render(symbol: &Symbol, style: &Style, format: OutputFormat) -> Result<Artifact, Error> {
    let bytes = match format {
        #[cfg(feature = "svg")]
        OutputFormat::Svg => codevault_render::render_svg(symbol, style)?.into_bytes(),
        #[cfg(feature = "png")]
        OutputFormat::Png => codevault_render::render_png(symbol, style)?,
        #[cfg(feature = "text")]
        OutputFormat::Txt => {
            style.validate()?;
            codevault_render::render_text(symbol, style, codevault_render::TextStyle::HalfBlocks)
                .into_bytes()
        }
        OutputFormat::Matrix => symbol.matrix.to_text_rows().into_bytes(),
        #[allow(unreachable_patterns)]
        other => {
            let _ = style;
            return Err(Error::UnsupportedOutput {
                format: other.name().to_string(),
            });
        }
    };
    Ok(Artifact::new(format, bytes))
}
