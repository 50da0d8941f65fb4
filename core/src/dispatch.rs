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
    use codevault_formats::{linear, postal};
    let symbol = match symbology {
        #[cfg(feature = "ean-upc")]
        Symbology::Ean13 => linear::ean::encode_ean13(data, &ean(options))?,
        #[cfg(feature = "ean-upc")]
        Symbology::Ean8 => linear::ean::encode_ean8(data, &ean(options))?,
        #[cfg(feature = "ean-upc")]
        Symbology::Upca => linear::ean::encode_upca(data, &ean(options))?,
        #[cfg(feature = "ean-upc")]
        Symbology::Upce => linear::ean::encode_upce(data, &ean(options))?,
        #[cfg(feature = "datamatrix")]
        Symbology::DataMatrix => {
            codevault_formats::datamatrix::encode(data, &datamatrix(options)?)?
        }
        #[cfg(feature = "pdf417")]
        Symbology::Pdf417 => codevault_formats::pdf417::encode(data, &pdf417(options))?,
        #[cfg(feature = "micropdf417")]
        Symbology::MicroPdf417 => {
            let mut m = codevault_formats::pdf417::micro::MicroPdf417Options::default();
            m.version.clone_from(&options.version);
            m.columns = options.columns;
            m.rows = options.rows;
            m.eci = options.eci;
            m.reader_init = options.reader_init;
            m.macro_pdf417.clone_from(&options.macro_pdf417);
            codevault_formats::pdf417::micro::encode(data, &m)?
        }
        #[cfg(feature = "hanxin")]
        Symbology::HanXin => {
            let mut h = codevault_formats::hanxin::HanXinOptions::default();
            h.version.clone_from(&options.version);
            h.ecc_level = options.security_level;
            h.mask = options.mask;
            h.eci = options.eci;
            // Like QR's Kanji switch: off means the bytes as given, no GB 18030 conversion.
            #[cfg(feature = "qr")]
            {
                h.binary = !options.kanji;
            }
            codevault_formats::hanxin::encode(data, &h)?
        }
        #[cfg(feature = "maxicode")]
        Symbology::MaxiCode => {
            let mut m = codevault_formats::maxicode::MaxiCodeOptions::default();
            m.mode = options.maxicode_mode;
            m.primary.clone_from(&options.primary);
            m.scm_vv = options.scm_vv;
            m.eci = options.eci;
            m.reader_init = options.reader_init;
            m.structured_append = sequence(options).map(|(index, total)| {
                codevault_formats::maxicode::MaxiCodeStructuredAppend { index, total }
            });
            codevault_formats::maxicode::encode(data, &m)?
        }
        #[cfg(feature = "dotcode")]
        Symbology::DotCode => {
            let mut d = codevault_formats::dotcode::DotCodeOptions::default();
            d.columns = options.columns;
            d.aspect_ratio = options.aspect_ratio;
            d.mask = options.mask;
            d.gs1 = gs1(options);
            d.eci = options.eci;
            d.reader_init = options.reader_init;
            codevault_formats::dotcode::encode(data, &d)?
        }
        #[cfg(feature = "aztec")]
        Symbology::Aztec => codevault_formats::aztec::encode(data, &aztec(options))?,
        #[cfg(feature = "aztec")]
        Symbology::AztecRune => {
            let _ = options;
            codevault_formats::aztec::encode_rune_text(data)?
        }
        #[cfg(feature = "code128")]
        Symbology::Code128 => linear::code128::encode_code128(data, &code128(options))?,
        #[cfg(feature = "code128")]
        Symbology::Gs1_128 => linear::code128::encode_gs1_128(data, &code128(options))?,
        #[cfg(feature = "code39")]
        Symbology::Code39 => {
            let mut c = linear::code39::Code39Options::default();
            c.check_digit = options.check_digit;
            c.full_ascii = options.full_ascii;
            linear::code39::encode(data, &c)?
        }
        #[cfg(feature = "code93")]
        Symbology::Code93 => {
            let mut c = linear::code93::Code93Options::default();
            c.full_ascii = options.full_ascii;
            c.show_check_digits = options.show_check_digits;
            linear::code93::encode(data, &c)?
        }
        #[cfg(feature = "itf")]
        Symbology::Itf => linear::itf::encode_itf(data, &itf(options))?,
        #[cfg(feature = "itf")]
        Symbology::Itf14 => linear::itf::encode_itf14(data, &itf(options))?,
        #[cfg(feature = "codabar")]
        Symbology::Codabar => {
            let mut c = linear::codabar::CodabarOptions::default();
            c.check_digit = options.check_digit;
            c.show_check_digit = options.show_check_digits;
            linear::codabar::encode(data, &c)?
        }
        #[cfg(feature = "imb")]
        Symbology::Imb => postal::imb::encode(data, &Default::default())?,
        #[cfg(feature = "postnet")]
        Symbology::Postnet => postal::postnet::encode(data, &Default::default())?,
        #[cfg(feature = "rm4scc")]
        Symbology::Rm4scc => postal::rm4scc::encode(data, &Default::default())?,
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
    // The markers are always laid out; the style's `quiet_zone_markers` decides whether they
    // are drawn.
    e.quiet_zone_markers = true;
    e
}

#[cfg(feature = "itf")]
fn itf(o: &EncodeOptions) -> codevault_formats::linear::itf::ItfOptions {
    let mut i = codevault_formats::linear::itf::ItfOptions::default();
    i.check_digit = o.check_digit;
    i.bearer = o.bearer;
    i
}

/// Whether the request asks for GS1 data (FNC1 in first position).
#[allow(dead_code)]
fn gs1(o: &EncodeOptions) -> bool {
    #[cfg(feature = "qr")]
    return o.fnc1 == codevault_formats::qr::Fnc1::Gs1;
    #[cfg(not(feature = "qr"))]
    {
        let _ = o;
        false
    }
}

#[cfg(feature = "code128")]
fn code128(o: &EncodeOptions) -> codevault_formats::linear::code128::Code128Options {
    let mut c = codevault_formats::linear::code128::Code128Options::default();
    c.gs1 = gs1(o);
    c.reader_init = o.reader_init;
    c.extra_escape = o.extra_escape;
    c
}

/// Index and count of the request's structured append, for the families other than QR.
#[allow(dead_code)]
fn sequence(o: &EncodeOptions) -> Option<(u8, u8)> {
    #[cfg(feature = "qr")]
    return o.structured_append.map(|s| (s.index, s.count));
    #[cfg(not(feature = "qr"))]
    {
        let _ = o;
        None
    }
}

#[cfg(feature = "aztec")]
fn aztec(o: &EncodeOptions) -> codevault_formats::aztec::AztecOptions {
    let mut a = codevault_formats::aztec::AztecOptions::default();
    a.version.clone_from(&o.version);
    a.ecc_percent = o.ecc_percent;
    a.compact = o.compact;
    a.gs1 = gs1(o);
    a.eci = o.eci;
    a.reader_init = o.reader_init;
    a.structured_append =
        sequence(o).map(
            |(index, total)| codevault_formats::aztec::AztecStructuredAppend {
                index,
                total,
                id: o.structured_append_id.clone(),
            },
        );
    a
}

#[cfg(feature = "pdf417")]
fn pdf417(o: &EncodeOptions) -> codevault_formats::pdf417::Pdf417Options {
    let mut p = codevault_formats::pdf417::Pdf417Options::default();
    p.security_level = o.security_level;
    p.columns = o.columns;
    p.rows = o.rows;
    p.aspect_ratio = o.aspect_ratio;
    p.compact = o.compact;
    p.eci = o.eci;
    p.reader_init = o.reader_init;
    p.macro_pdf417.clone_from(&o.macro_pdf417);
    p
}

#[cfg(feature = "datamatrix")]
fn datamatrix(
    o: &EncodeOptions,
) -> Result<codevault_formats::datamatrix::DataMatrixOptions, Error> {
    use codevault_formats::EncodeError;
    let mut d = codevault_formats::datamatrix::DataMatrixOptions::default();
    d.version.clone_from(&o.version);
    d.square_only = o.square_only;
    d.dmre = o.dmre;
    d.gs1 = gs1(o);
    d.eci = o.eci;
    d.reader_init = o.reader_init;
    if let Some((index, total)) = sequence(o) {
        let file_id = match &o.structured_append_id {
            None => [1, 1],
            Some(id) => {
                let bad = || EncodeError::InvalidOption {
                    option: "structured_append_id",
                    value: id.clone(),
                    expected: "a Data Matrix file ID: first × 1000 + second, each 1-254 \
                               (e.g. 1001)"
                        .into(),
                };
                let n: u32 = id.trim().parse().map_err(|_| bad())?;
                let (hi, lo) = (n / 1000, n % 1000);
                if !(1..=254).contains(&hi) || !(1..=254).contains(&lo) {
                    return Err(bad().into());
                }
                [hi as u8, lo as u8]
            }
        };
        d.structured_append = Some(codevault_formats::datamatrix::StructuredAppend {
            index,
            total,
            file_id,
        });
    }
    Ok(d)
}
