//! The Rust peers, behind one interface, shared by `benches/qr_encode.rs` and
//! `examples/medians.rs` (included with `#[path]`, since peers are dev-dependencies only).

use std::hint::black_box;

use codevault_benches::Case;
use codevault_formats::qr::EcLevel;

/// A Rust QR library under test.
pub struct Peer {
    /// Name in reports.
    pub name: &'static str,
    /// Encodes a case (matrix only, version and ECC pinned, automatic mask); returns the
    /// symbol width so the caller can check the pinned version was honoured.
    pub encode: fn(&Case) -> usize,
}

/// CodeVault and the Rust peers, ours first.
pub const PEERS: [Peer; 4] = [
    Peer {
        name: "codevault",
        encode: ours,
    },
    Peer {
        name: "fast_qr",
        encode: fast_qr_encode,
    },
    Peer {
        name: "qrcodegen",
        encode: qrcodegen_encode,
    },
    Peer {
        name: "qrcode",
        encode: qrcode_encode,
    },
];

fn ours(case: &Case) -> usize {
    let options = codevault_benches::pinned(case);
    codevault_benches::ours(black_box(case), &options)
        .matrix
        .width()
}

fn fast_qr_ecl(ecc: EcLevel) -> fast_qr::ECL {
    match ecc {
        EcLevel::L => fast_qr::ECL::L,
        EcLevel::M => fast_qr::ECL::M,
        EcLevel::Q => fast_qr::ECL::Q,
        EcLevel::H => fast_qr::ECL::H,
    }
}

/// fast_qr's version enum for the benchmark versions.
pub fn fast_qr_version(v: u8) -> fast_qr::Version {
    use fast_qr::Version as V;
    match v {
        1 => V::V01,
        2 => V::V02,
        3 => V::V03,
        10 => V::V10,
        40 => V::V40,
        _ => panic!("add version {v} to fast_qr_version"),
    }
}

fn fast_qr_encode(case: &Case) -> usize {
    let qr = fast_qr::QRBuilder::new(black_box(case.payload.as_bytes()))
        .ecl(fast_qr_ecl(case.ecc))
        .version(fast_qr_version(case.version))
        .build()
        .expect("fast_qr encodes");
    qr.size
}

fn qrcodegen_ecc(ecc: EcLevel) -> qrcodegen::QrCodeEcc {
    match ecc {
        EcLevel::L => qrcodegen::QrCodeEcc::Low,
        EcLevel::M => qrcodegen::QrCodeEcc::Medium,
        EcLevel::Q => qrcodegen::QrCodeEcc::Quartile,
        EcLevel::H => qrcodegen::QrCodeEcc::High,
    }
}

fn qrcodegen_encode(case: &Case) -> usize {
    let segs = qrcodegen::QrSegment::make_segments(black_box(&case.payload));
    let v = qrcodegen::Version::new(case.version);
    let qr = qrcodegen::QrCode::encode_segments_advanced(
        &segs,
        qrcodegen_ecc(case.ecc),
        v,
        v,
        None,
        false,
    )
    .expect("qrcodegen encodes");
    qr.size() as usize
}

/// qrcode's ECC level enum.
pub fn qrcode_ecc(ecc: EcLevel) -> qrcode::EcLevel {
    match ecc {
        EcLevel::L => qrcode::EcLevel::L,
        EcLevel::M => qrcode::EcLevel::M,
        EcLevel::Q => qrcode::EcLevel::Q,
        EcLevel::H => qrcode::EcLevel::H,
    }
}

fn qrcode_encode(case: &Case) -> usize {
    let qr = qrcode::QrCode::with_version(
        black_box(case.payload.as_bytes()),
        qrcode::Version::Normal(i16::from(case.version)),
        qrcode_ecc(case.ecc),
    )
    .expect("qrcode encodes");
    qr.width()
}
