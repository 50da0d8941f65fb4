//! `codevault decode`: every barcode rxing finds in a PNG or JPEG, one text per line.

use std::io::{Read, Write};

use crate::{CliError, args::DecodeArgs};

/// Runs `codevault decode`.
pub fn run(args: DecodeArgs) -> Result<(), CliError> {
    let name = args.file.display().to_string();
    let bytes = if name == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| CliError::msg(format!("cannot read stdin: {e}")))?;
        bytes
    } else {
        std::fs::read(&args.file).map_err(|e| CliError::msg(format!("cannot read {name}: {e}")))?
    };
    let texts = decode_image(&bytes).map_err(|e| CliError::msg(format!("{name}: {e}")))?;
    if texts.is_empty() {
        return Err(CliError::msg(format!("no barcode found in {name}")));
    }
    let mut out = std::io::stdout().lock();
    for text in texts {
        writeln!(out, "{text}")
            .map_err(|e| CliError::msg(format!("cannot write to stdout: {e}")))?;
    }
    Ok(())
}

/// The texts of every barcode in an encoded PNG or JPEG image, in reading order.
pub fn decode_image(bytes: &[u8]) -> Result<Vec<String>, String> {
    let image = image::load_from_memory(bytes)
        .map_err(|e| format!("not a readable PNG or JPEG image: {e}"))?
        .to_luma8();
    let (width, height) = image.dimensions();
    if width == 0 || height == 0 {
        return Ok(Vec::new());
    }
    let results = match rxing::helpers::detect_multiple_in_luma(image.into_raw(), width, height) {
        Ok(results) => results,
        // rxing reports "nothing found" as an error too.
        Err(_) => return Ok(Vec::new()),
    };
    let mut seen = Vec::new();
    let mut texts = Vec::new();
    for result in results {
        let key = (
            result.getText().to_owned(),
            format!("{:?}", result.getPoints()),
        );
        if !seen.contains(&key) {
            texts.push(key.0.clone());
            seen.push(key);
        }
    }
    Ok(texts)
}
