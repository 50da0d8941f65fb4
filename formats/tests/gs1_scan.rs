//! GS1 data through a real symbol: a GS1 QR Code built from `to_fnc1_data` reads back (rxing) as
//! the same element string, with the symbology identifier `symbology_identifier` promises.

mod support;

use codevault_formats::Symbology;
use codevault_formats::gs1::{ElementString, symbology_identifier};
use codevault_formats::qr::{self, Fnc1, QrOptions};
use rxing::{BarcodeFormat, RXingResultMetadataType, RXingResultMetadataValue};

#[test]
fn gs1_qr_reads_back_with_its_identifier() {
    for input in [
        &b"[01]09521234543213[10]ABC123[17]251231"[..],
        // Not "%" in a value: rxing 0.9.3 finds no symbol in a GS1 QR Code whose alphanumeric
        // segment holds "%%" (an escaped %), though ours is module-for-module zint's.
        b"[01]09521234543213[3103]000123[21]X-Y/Z[90]Z",
        b"(00)106141411234567897(403)ROUTE-9",
    ] {
        let es = ElementString::parse(input).unwrap();
        let options = QrOptions {
            fnc1: Fnc1::Gs1,
            ..QrOptions::default()
        };
        let symbol = qr::encode(Symbology::Qr, &es.to_fnc1_data(), &options).unwrap();
        let (px, w, h) = support::rasterize(&symbol, 3);
        let read = rxing::helpers::detect_in_luma(px, w, h, Some(BarcodeFormat::QR_CODE)).unwrap();
        assert_eq!(read.getText().as_bytes(), es.to_fnc1_data().as_slice());
        let id = match read
            .getRXingResultMetadata()
            .get(&RXingResultMetadataType::SYMBOLOGY_IDENTIFIER)
        {
            Some(RXingResultMetadataValue::SymbologyIdentifier(id)) => id.clone(),
            other => panic!("no symbology identifier: {other:?}"),
        };
        assert_eq!(Some(id.as_str()), symbology_identifier(Symbology::Qr));
        // The scanner's text is the raw form: it parses back to the same element string.
        assert_eq!(ElementString::parse(read.getText().as_bytes()).unwrap(), es);
    }
}
