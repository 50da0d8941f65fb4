//! MaxiCode round trips through rxing: symbols drawn as hexagons with the bullseye (see
//! `maxicode_raster.rs`) and read back by rxing's MaxiCode reader — its bullseye detector
//! first, its pure-image sampler as the fallback. rxing reads modes 2–5 (it refuses mode 6,
//! whose grid `zint_maxicode.rs` reads directly). rxing prints the primary message of modes 2
//! and 3 as `postcode␝country␝service␝` ahead of the secondary message (after the `[)>␞01␝vv`
//! header when there is one) and cannot interpret ECI or structured append, so those are left
//! to the zint vectors.

#[path = "maxicode_raster.rs"]
mod raster;

use codevault_formats::maxicode::{self, MaxiCodeOptions};
use proptest::prelude::*;

/// The text rxing should read for Latin-1 data.
fn latin1(data: &[u8]) -> String {
    data.iter().map(|&b| char::from(b)).collect()
}

fn options(mode: u8, primary: Option<&str>) -> MaxiCodeOptions {
    let mut o = MaxiCodeOptions::default();
    o.mode = Some(mode);
    o.primary = primary.map(str::to_string);
    o
}

fn check(data: &[u8], o: &MaxiCodeOptions, expect: &str) {
    let sym = maxicode::encode(data, o).unwrap_or_else(|e| panic!("{data:?}: {e}"));
    let (text, _) = raster::read(&sym).unwrap_or_else(|e| panic!("{data:?} {o:?}: {e}"));
    assert_eq!(text, expect, "{data:?} {o:?}");
}

#[test]
fn modes_4_and_5_scan() {
    let texts: [&[u8]; 12] = [
        b"A MaxiCode Message in Mode 4",
        b"Hello World, This Is MaxiCode!",
        b"abcDEfgh abcDEFgh abcDEFGhij",
        b"\xc0\xc1\xc2\xc3\xc4 ab \xe0\xe1\xe2\xe3 \x01\x02\x03",
        b"ORDER 1234567890123 QTY 42",
        b"123456789012345678901234567890",
        b"Caf\xe9 cr\xe8me br\xfbl\xe9e",
        b"A\x1cB\x1dC\x1eD\rE",
        b"`{}~\x7f;<=>?[\\]^_@!|",
        b"\x95\x96\xa0\xa2\xb6\x9f\xaa\xa1",
        b"x",
        b"THIS IS A 93 CHARACTER CODE SET A MESSAGE THAT FILLS A MODE 4, UNAPPENDED, MAXICODE SYMBOL...",
    ];
    for t in texts {
        check(t, &options(4, None), &latin1(t));
        if t.len() <= 77 {
            check(t, &options(5, None), &latin1(t));
        }
    }
    // rxing's bullseye detector alone (no pure-image fallback) finds a good share of these: the
    // rendering is a real MaxiCode image, not just a grid the sampler happens to fit.
    let found = texts
        .iter()
        .filter(|t| {
            let sym = maxicode::encode(t, &options(4, None)).unwrap();
            raster::decode(&sym, true).is_ok_and(|r| r.0 == latin1(t))
        })
        .count();
    println!(
        "rxing's detector read {found} of {} mode 4 symbols",
        texts.len()
    );
    assert!(found >= 3, "detector read only {found}");
    // Capacity: 138 digits in mode 4, 113 in mode 5.
    let digits: Vec<u8> = (0..138).map(|i| b'0' + (i * 7 % 10) as u8).collect();
    check(&digits, &options(4, None), &latin1(&digits));
    check(&digits[..113], &options(5, None), &latin1(&digits[..113]));
}

#[test]
fn carrier_messages_scan() {
    let ups = b"1Z00004951\x1dUPSN\x1d06X610\x1d159\x1d1234567\x1d1/1\x1d\x1dY\x1d634 ALPHA DR\x1dPITTSBURGH\x1dPA\x1e\x04";
    check(
        b"SECONDARY",
        &options(2, Some("152382802840001")),
        "152382802\x1d840\x1d001\x1dSECONDARY",
    );
    check(
        b"x",
        &options(2, Some("12345840001")),
        "12345\x1d840\x1d001\x1dx",
    );
    check(
        b"CEN",
        &options(3, Some("B1050056999")),
        "B1050 \x1d056\x1d999\x1dCEN",
    );
    // The UPS header: rxing puts the primary message after it.
    let mut scm = options(2, Some("152382802840001"));
    scm.scm_vv = Some(96);
    let expect = format!("[)>\x1e01\x1d96152382802\x1d840\x1d001\x1d{}", latin1(ups));
    check(ups, &scm, &expect);
    let pasted: Vec<u8> = b"[)>\x1e01\x1d96".iter().chain(ups).copied().collect();
    check(&pasted, &options(2, Some("152382802840001")), &expect);
}

fn alphabet() -> impl Strategy<Value = Vec<u8>> {
    let pools: Vec<&'static [u8]> = vec![
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789",
        b"abcdefghijklmnopqrstuvwxyz ABCXYZ.,",
        b"0123456789",
        b"\xc0\xc5\xd0\xe0\xe9\xff\xaa\xa1 \x01\x0d\x1d\x80\x8a\x95",
    ];
    let byte = prop_oneof![
        4 => proptest::sample::select(pools[0]),
        3 => proptest::sample::select(pools[1]),
        3 => proptest::sample::select(pools[2]),
        1 => proptest::sample::select(pools[3]),
        1 => any::<u8>(),
    ];
    proptest::collection::vec(byte, 1..70)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Whatever fits scans back to the same text.
    #[test]
    fn random_data_scans(data in alphabet(), enhanced in any::<bool>()) {
        let o = options(if enhanced { 5 } else { 4 }, None);
        if let Ok(sym) = maxicode::encode(&data, &o) {
            let read = raster::read(&sym).map(|r| r.0);
            prop_assert_eq!(read, Ok(latin1(&data)));
        }
    }

    /// Any bytes and any options: an error or a 30 × 33 symbol, never a panic.
    #[test]
    fn never_panics(
        data in proptest::collection::vec(any::<u8>(), 0..200),
        mode in proptest::option::of(0u8..8),
        primary in proptest::option::of("[0-9A-Za-z ]{0,17}"),
        eci in proptest::option::of(0u32..1_100_000),
        scm in proptest::option::of(0u8..120),
    ) {
        let mut o = MaxiCodeOptions::default();
        o.mode = mode;
        o.primary = primary;
        o.eci = eci;
        o.scm_vv = scm;
        if let Ok(sym) = maxicode::encode(&data, &o) {
            prop_assert_eq!((sym.matrix.width(), sym.matrix.height()), (30, 33));
        }
    }
}
