//! The facade's flat [`EncodeOptions`] → each symbology family's own options, and the call into
//! its encoder. One arm per family; the QR family lives in `options.rs`.

use codevault_formats::{Symbol, Symbology};

use crate::{EncodeOptions, Error};

/// Encodes `data` as any symbology outside the QR family.
pub(crate) fn encode_other(
    symbology: Symbology,
    data: &[u8],
    options: &EncodeOptions,
) -> Result<Symbol, Error> {
    #[allow(unused_imports)]
    use codevault_formats::linear;
    let symbol = match symbology {
        #[cfg(feature = "ean-upc")]
        Symbology::Ean13 => linear::ean::encode_ean13(data, &ean(options))?,
        #[cfg(feature = "ean-upc")]
        Symbology::Ean8 => linear::ean::encode_ean8(data, &ean(options))?,
        #[cfg(feature = "ean-upc")]
        Symbology::Upca => linear::ean::encode_upca(data, &ean(options))?,
        #[cfg(feature = "ean-upc")]
        Symbology::Upce => linear::ean::encode_upce(data, &ean(options))?,
        other => {
            let _ = (data, options);
            return Err(Error::UnsupportedSymbology {
                name: other.name().to_string(),
            });
        }
    };
    Ok(symbol)
}

#[cfg(feature = "ean-upc")]
fn ean(o: &EncodeOptions) -> codevault_formats::linear::ean::EanOptions {
    let mut e = codevault_formats::linear::ean::EanOptions::default();
    e.addon.clone_from(&o.addon);
    e.addon_gap = o.addon_gap;
    e.quiet_zone_markers = o.quiet_zone_markers;
    e
}
