//! The real `codevault` binary, run as a user would.

use std::{
    io::Write,
    path::PathBuf,
    process::{Command, Output, Stdio},
};

use codevault::{EcLevel, QrCode};

const BIN: &str = env!("CARGO_BIN_EXE_codevault");

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run codevault");
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn ok(args: &[&str], stdin: Option<&[u8]>) -> Vec<u8> {
    let out = run(args, stdin);
    assert!(
        out.status.success(),
        "codevault {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Runs a failing command; checks exit 1 and a one-line `codevault: …` message, returns it.
fn fails(args: &[&str], stdin: Option<&[u8]>) -> String {
    let out = run(args, stdin);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "codevault {args:?}: {stderr}");
    assert!(stderr.starts_with("codevault: "), "{stderr:?}");
    assert_eq!(stderr.lines().count(), 1, "not one line: {stderr:?}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("backtrace"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
    stderr
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("codevault-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn matrix_of(data: &str) -> String {
    QrCode::new(data).to_matrix().unwrap().to_text_rows()
}

#[test]
fn encode_defaults_to_svg_on_stdout() {
    let svg = String::from_utf8(ok(&["encode", "HELLO"], None)).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("</svg>"), "{svg}");
    assert_eq!(svg, QrCode::new("HELLO").to_svg().unwrap());
}

#[test]
fn encode_every_format_to_stdout() {
    let png = ok(&["encode", "HELLO", "--to", "png"], None);
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let txt = String::from_utf8(ok(&["encode", "HELLO", "--to", "txt"], None)).unwrap();
    assert!(txt.contains('█') && txt.contains('▀'), "{txt}");
    assert_eq!(txt, QrCode::new("HELLO").to_text().unwrap());
    let matrix = String::from_utf8(ok(&["encode", "HELLO", "--to", "matrix"], None)).unwrap();
    assert_eq!(matrix, matrix_of("HELLO"));
}

#[test]
fn matrix_equals_the_library_with_options() {
    let matrix = ok(
        &[
            "encode",
            "codevault",
            "--to",
            "matrix",
            "--ecc",
            "h",
            "--no-boost",
            "--version",
            "3",
            "--mask",
            "5",
        ],
        None,
    );
    let expected = QrCode::new("codevault")
        .ecc(EcLevel::H)
        .boost(false)
        .version(3)
        .mask(5)
        .to_matrix()
        .unwrap()
        .to_text_rows();
    assert_eq!(String::from_utf8(matrix).unwrap(), expected);
    assert_eq!(expected.lines().count(), 29);
    assert!(
        expected
            .lines()
            .all(|l| l.len() == 29 && l.bytes().all(|b| b == b'0' || b == b'1'))
    );
}

#[test]
fn stdin_is_read_raw() {
    // No DATA and `-` both read stdin; the trailing newline is data.
    let from_stdin = ok(&["encode", "--to", "matrix"], Some(b"HELLO\n"));
    assert_eq!(
        String::from_utf8(from_stdin.clone()).unwrap(),
        matrix_of("HELLO\n")
    );
    assert_eq!(
        ok(&["encode", "-", "--to", "matrix"], Some(b"HELLO\n")),
        from_stdin
    );
    assert_ne!(String::from_utf8(from_stdin).unwrap(), matrix_of("HELLO"));
    // Bytes that are not UTF-8 go through as bytes.
    let binary = ok(&["encode", "--to", "matrix"], Some(&[0xff, 0x00, 0x80]));
    assert_eq!(
        String::from_utf8(binary).unwrap(),
        QrCode::new([0xff, 0x00, 0x80])
            .to_matrix()
            .unwrap()
            .to_text_rows()
    );
}

#[test]
fn output_file_format_from_extension_and_to_wins() {
    let svg = temp("code.svg");
    let png = temp("code.PNG");
    let txt = temp("code.txt");
    for path in [&svg, &png, &txt] {
        assert!(ok(&["encode", "HELLO", "-o", path.to_str().unwrap()], None).is_empty());
    }
    assert!(std::fs::read_to_string(&svg).unwrap().starts_with("<svg"));
    assert_eq!(&std::fs::read(&png).unwrap()[..4], b"\x89PNG");
    assert!(std::fs::read_to_string(&txt).unwrap().contains('█'));

    let forced = temp("forced.svg");
    ok(
        &[
            "encode",
            "HELLO",
            "--to",
            "matrix",
            "-o",
            forced.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(
        std::fs::read_to_string(&forced).unwrap(),
        matrix_of("HELLO")
    );

    let unknown = temp("code.dat");
    let message = fails(&["encode", "HELLO", "-o", unknown.to_str().unwrap()], None);
    assert!(message.contains("--to"), "{message}");
}

#[test]
fn style_flags_reach_the_output() {
    let svg = String::from_utf8(ok(
        &[
            "encode",
            "HELLO",
            "--fg",
            "#1a237e",
            "--bg",
            "#fffde7",
            "--quiet-zone",
            "1",
            "--scale",
            "3",
        ],
        None,
    ))
    .unwrap();
    assert!(svg.contains("#1a237e") && svg.contains("#fffde7"), "{svg}");
    assert!(svg.contains("viewBox=\"0 0 23 23\""), "{svg}");
    assert!(svg.contains("width=\"69\""), "{svg}");
    let png = ok(&["encode", "HELLO", "--to", "png", "--dpi", "300"], None);
    assert!(png.windows(4).any(|w| w == b"pHYs"));
}

#[test]
fn decode_reads_an_encoded_png() {
    let path = temp("decode.png");
    let data = "https://example.com/codevault?id=42";
    ok(
        &["encode", data, "--scale", "4", "-o", path.to_str().unwrap()],
        None,
    );
    let out = ok(&["decode", path.to_str().unwrap()], None);
    assert_eq!(String::from_utf8(out).unwrap(), format!("{data}\n"));
    // And from stdin.
    let png = std::fs::read(&path).unwrap();
    assert_eq!(
        String::from_utf8(ok(&["decode", "-"], Some(&png))).unwrap(),
        format!("{data}\n")
    );
}

#[test]
fn decode_failures_are_one_line() {
    let blank = temp("blank.png");
    image::GrayImage::from_pixel(64, 64, image::Luma([255]))
        .save(&blank)
        .unwrap();
    let message = fails(&["decode", blank.to_str().unwrap()], None);
    assert!(message.contains("no barcode found"), "{message}");

    let not_image = temp("not-image.png");
    std::fs::write(&not_image, b"hello").unwrap();
    let message = fails(&["decode", not_image.to_str().unwrap()], None);
    assert!(message.contains("not a readable PNG or JPEG"), "{message}");

    let message = fails(&["decode", temp("missing.png").to_str().unwrap()], None);
    assert!(message.contains("cannot read"), "{message}");
}

#[test]
fn bad_mask() {
    let message = fails(&["encode", "x", "--mask", "9"], None);
    assert!(message.contains("mask 9"), "{message}");
}

#[test]
fn bad_version() {
    let message = fails(&["encode", "x", "--version", "41"], None);
    assert!(message.contains("version 41"), "{message}");
    assert!(message.contains("1-40"), "{message}");
}

#[test]
fn micro_qr_m1_has_no_level_q() {
    let message = fails(
        &[
            "encode",
            "1",
            "--symbology",
            "micro-qr",
            "--version",
            "M1",
            "--ecc",
            "Q",
        ],
        None,
    );
    assert!(message.contains('Q') || message.contains("M1"), "{message}");
}

#[test]
fn data_too_long_names_needed_and_available() {
    let data = "A".repeat(5000);
    let message = fails(&["encode", &data], None);
    assert!(
        message.contains("needs") && message.contains("holds"),
        "{message}"
    );
    assert!(message.contains("bits"), "{message}");
}

#[test]
fn numeric_mode_names_the_character() {
    let message = fails(&["encode", "12A4", "--mode", "numeric"], None);
    assert!(message.contains("\"A\""), "{message}");
    assert!(message.contains("numeric"), "{message}");
}

#[test]
fn other_bad_values_are_one_line() {
    for args in [
        &["encode", "x", "--ecc", "X"][..],
        &["encode", "x", "--mode", "octal"],
        &["encode", "x", "--fg", "reddish"],
        &["encode", "x", "--scale", "0"],
        &["encode", "x", "--dpi", "0"],
        &["encode", "x", "--symbology", "rmqr", "--version", "R99x99"],
        &["encode", "x", "--eci", "1000000"],
    ] {
        fails(args, None);
    }
}

#[test]
fn usage_errors_exit_2_and_help_has_examples() {
    let out = run(&["encode", "x", "--to", "pdf"], None);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["encode", "x", "--symbology", "hexcode"], None);
    assert_eq!(out.status.code(), Some(2));
    for args in [
        &["--help"][..],
        &["encode", "--help"],
        &["decode", "--help"],
    ] {
        let help = String::from_utf8(ok(args, None)).unwrap();
        assert!(help.contains("Examples:"), "{help}");
    }
}

#[test]
fn micro_qr_and_rmqr_matrices_equal_the_library() {
    let micro = ok(
        &[
            "encode",
            "12345",
            "--symbology",
            "micro-qr",
            "--version",
            "M2",
            "--to",
            "matrix",
        ],
        None,
    );
    let expected = QrCode::new("12345")
        .micro()
        .version("M2")
        .to_matrix()
        .unwrap()
        .to_text_rows();
    assert_eq!(String::from_utf8(micro).unwrap(), expected);
    assert_eq!(expected.lines().count(), 13);

    let rmqr = ok(
        &[
            "encode",
            "CODEVAULT",
            "--symbology",
            "rmqr",
            "--version",
            "R13x43",
            "--to",
            "matrix",
        ],
        None,
    );
    let expected = QrCode::new("CODEVAULT")
        .rmqr()
        .version("R13x43")
        .to_matrix()
        .unwrap()
        .to_text_rows();
    assert_eq!(String::from_utf8(rmqr).unwrap(), expected);
    assert_eq!(expected.lines().count(), 13);
    assert!(expected.lines().all(|l| l.len() == 43));
}

/// `script` (util-linux) runs the binary with a pseudo-terminal as stdout.
#[test]
fn png_is_never_written_to_a_terminal() {
    let command = format!("'{BIN}' encode x --to png");
    let Ok(out) = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .stdin(Stdio::null())
        .output()
    else {
        eprintln!("skipped: `script` (util-linux) is not installed");
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("codevault: refusing to write a binary PNG to a terminal"),
        "{text}"
    );
    assert!(!text.contains("PNG\r\n"), "{text}");
}
