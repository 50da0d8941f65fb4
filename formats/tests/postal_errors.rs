//! IMb, POSTNET and RM4SCC refusals of bad input, and that no input makes them panic. (These
//! codes have no rxing reader; `zint_postal.rs` proves the bars.)

use codevault_formats::postal::{imb, postnet, rm4scc};
use codevault_formats::{EncodeError, Shape};
use proptest::prelude::*;

fn imb_err(d: &str) -> String {
    imb::encode(d.as_bytes(), &imb::ImbOptions::default())
        .unwrap_err()
        .to_string()
}

#[test]
fn imb_bad_input() {
    assert_eq!(
        imb_err("0123456709498765432"),
        "invalid IMb tracking code: has 19 digits, needs 20 (barcode ID 2, service type 3, mailer \
         ID and serial number 15)"
    );
    assert_eq!(
        imb_err("01234567094987654321-012"),
        "invalid IMb routing code: has 3 digits, needs 0, 5, 9 or 11 (ZIP, ZIP+4, \
         ZIP+4+delivery point)"
    );
    assert_eq!(
        imb_err("05234567094987654321"),
        "invalid IMb barcode identifier: second digit is 5, must be 0-4"
    );
    assert!(imb_err("01234567094987654321-0123-4").contains("'-' at 25"));
    assert!(imb_err("012345670949876543210").contains("has 21 digits"));
    assert!(imb_err("").contains("has 0 digits"));
}

#[test]
fn imb_shape() {
    let s = imb::encode(b"01234567094987654321", &imb::ImbOptions::default()).unwrap();
    assert_eq!((s.matrix.width(), s.matrix.height()), (129, 3));
    assert_eq!(s.shape, Shape::Postal);
}

#[test]
fn postnet_bad_input() {
    let o = postnet::PostnetOptions::default();
    let msg = |d: &[u8]| postnet::encode(d, &o).unwrap_err().to_string();
    assert_eq!(
        msg(b"1234567"),
        "invalid POSTNET data: has 7 digits, needs 5 (ZIP), 9 (ZIP+4) or 11 (delivery point), \
         optionally followed by the check digit"
    );
    assert_eq!(
        msg(b"123454"),
        "invalid POSTNET check digit: is 4, should be 5: correct it or leave it out"
    );
    assert!(msg(b"12345-6789").contains("'-' at 5"));
    let s = postnet::encode(b"12345", &o).unwrap();
    assert_eq!((s.matrix.width(), s.matrix.height()), (63, 2));
}

#[test]
fn rm4scc_bad_input() {
    let o = rm4scc::Rm4sccOptions::default();
    let msg = |d: &[u8]| rm4scc::encode(d, &o).unwrap_err().to_string();
    assert_eq!(
        msg(b"SN34-RD"),
        "invalid RM4SCC character '-' at 4: is not in RM4SCC: letters A-Z and digits 0-9 only (no \
         spaces)"
    );
    assert!(msg(b"").contains("empty"));
    assert!(matches!(
        rm4scc::encode(&[b'A'; 51], &o),
        Err(EncodeError::DataTooLong { .. })
    ));
}

proptest! {
    #[test]
    fn never_panics(data in prop::collection::vec(any::<u8>(), 0..60)) {
        let _ = imb::encode(&data, &imb::ImbOptions::default());
        let _ = postnet::encode(&data, &postnet::PostnetOptions::default());
        let _ = rm4scc::encode(&data, &rm4scc::Rm4sccOptions::default());
    }

    #[test]
    fn any_valid_imb_encodes(t in "[0-9][0-4][0-9]{18}", r in prop_oneof![
        Just(String::new()), "[0-9]{5}", "[0-9]{9}", "[0-9]{11}"]) {
        let d = if r.is_empty() { t } else { format!("{t}-{r}") };
        let s = imb::encode(d.as_bytes(), &imb::ImbOptions::default()).unwrap();
        // Every bar has its tracker; ascenders and descenders only in bar columns.
        for x in 0..129 {
            prop_assert_eq!(s.matrix.is_dark(x, 1), x % 2 == 0);
            if x % 2 == 1 {
                prop_assert!(!s.matrix.is_dark(x, 0) && !s.matrix.is_dark(x, 2));
            }
        }
    }
}
