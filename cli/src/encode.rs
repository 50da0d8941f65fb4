//! `codevault encode`: command-line flags → a facade [`Request`] → [`generate`] → bytes out.

use std::io::{IsTerminal, Read, Write};

use codevault::{
    Color, EcLevel, Error as CvError, Fnc1, Mode, OutputFormat, Request, Symbology, generate,
};

use crate::{
    CliError,
    args::{EncodeArgs, FormatArg},
};

/// Runs `codevault encode`.
pub fn run(args: EncodeArgs) -> Result<(), CliError> {
    let format = output_format(&args)?;
    if format == OutputFormat::Png && args.output.is_none() && std::io::stdout().is_terminal() {
        return Err(CliError::msg(
            "refusing to write a binary PNG to a terminal: use -o FILE or redirect stdout",
        ));
    }
    let request = build_request(&args, read_data(&args)?, format)?;
    let artifacts = generate(&request)?;
    let bytes = &artifacts.outputs[0].bytes;
    match &args.output {
        Some(path) => std::fs::write(path, bytes)
            .map_err(|e| CliError::msg(format!("cannot write {}: {e}", path.display()))),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)
                .and_then(|()| out.flush())
                .map_err(|e| CliError::msg(format!("cannot write to stdout: {e}")))
        }
    }
}

/// `--to` wins, then `-o`'s extension, then SVG.
fn output_format(args: &EncodeArgs) -> Result<OutputFormat, CliError> {
    if let Some(to) = args.to {
        return Ok(match to {
            FormatArg::Svg => OutputFormat::Svg,
            FormatArg::Png => OutputFormat::Png,
            FormatArg::Txt => OutputFormat::Txt,
            FormatArg::Matrix => OutputFormat::Matrix,
        });
    }
    match &args.output {
        None => Ok(OutputFormat::Svg),
        Some(path) => OutputFormat::from_path(&path.to_string_lossy()).ok_or_else(|| {
            CliError::msg(format!(
                "cannot tell the output format from {:?}: use a .svg, .png or .txt name or --to",
                path.display().to_string()
            ))
        }),
    }
}

/// The data argument's bytes, or all of stdin when it is absent or `-`.
fn read_data(args: &EncodeArgs) -> Result<Vec<u8>, CliError> {
    match &args.data {
        Some(arg) if arg != "-" => Ok(arg.clone().into_encoded_bytes()),
        explicit => {
            let stdin = std::io::stdin();
            if explicit.is_none() && stdin.is_terminal() {
                return Err(CliError::msg(
                    "no data: pass DATA as an argument or pipe it on stdin (see --help)",
                ));
            }
            let mut data = Vec::new();
            stdin
                .lock()
                .read_to_end(&mut data)
                .map_err(|e| CliError::msg(format!("cannot read stdin: {e}")))?;
            Ok(data)
        }
    }
}

/// The facade request the flags describe.
pub fn build_request(
    args: &EncodeArgs,
    data: Vec<u8>,
    format: OutputFormat,
) -> Result<Request, CvError> {
    let mut request = Request::bytes(&data);
    request.symbology = args.symbology;
    request.outputs = vec![format];

    let options = &mut request.options;
    if let Some(ecc) = &args.ecc {
        // One --ecc flag for every symbology: its own kind of level.
        match args.symbology {
            Symbology::Pdf417 => options.security_level = Some(number("ecc", ecc, "0-8")?),
            Symbology::Aztec => options.ecc_percent = Some(number("ecc", ecc, "5-95 (percent)")?),
            Symbology::HanXin => {
                let level = ecc.trim().trim_start_matches(['L', 'l']);
                options.security_level = Some(number("ecc", level, "1-4 or L1-L4")?);
            }
            _ => options.ecc = EcLevel::parse(ecc)?,
        }
    }
    options.boost = !args.no_boost;
    options.version.clone_from(&args.version);
    options.mask = args.mask;
    if let Some(mode) = &args.mode {
        if args.symbology == Symbology::MaxiCode {
            options.maxicode_mode = Some(number("mode", mode, "2-6")?);
        } else {
            options.mode = Some(Mode::parse(mode)?);
        }
    }
    if args.binary {
        options.kanji = false;
    }
    options.primary.clone_from(&args.primary);
    options.scm_vv = args.scm_vv;
    options.eci = args.eci;
    if args.gs1 {
        options.fnc1 = Fnc1::Gs1;
    }
    options.ecc_percent = args.ecc_percent.or(options.ecc_percent);
    options.security_level = args.security_level.or(options.security_level);
    options.columns = args.columns;
    options.rows = args.rows;
    options.aspect_ratio = args.aspect_ratio;
    options.compact = args.compact;
    options.reader_init = args.reader_init;
    options.square_only = args.square_only;
    options.dmre = args.dmre;
    options.check_digit = args.check_digit;
    options.full_ascii = args.full_ascii;
    options.addon.clone_from(&args.addon);
    options.addon_gap = args.addon_gap;
    options.show_check_digits = args.show_check_digits;
    options.extra_escape = args.extra_escape;
    options.bearer = args.bearer.as_deref().map(|b| match b {
        "horizontal" => codevault::ItfBearer::Horizontal,
        "frame" => codevault::ItfBearer::Frame,
        _ => codevault::ItfBearer::None,
    });

    let style = &mut request.style;
    if let Some(scale) = args.scale {
        style.module_size = scale;
    }
    style.quiet_zone = args.quiet_zone;
    style.quiet_zone_markers = args.quiet_zone_markers;
    style.bar_height = args.bar_height;
    style.bar_height_mm = args.bar_height_mm;
    style.x_dim_mm = args.x_dim_mm;
    if let Some(gain) = args.print_gain {
        style.print_gain = gain;
    }
    style.text = !args.no_text;
    style.font_size = args.font_size;
    style.bearer_thickness = args.bearer_thickness;
    style.dot_size = args.dot_size;
    style.dpi = args.dpi;
    if let Some(fg) = &args.fg {
        style.dark = Color::parse(fg)?;
    }
    if let Some(bg) = &args.bg {
        style.light = Color::parse(bg)?;
    }
    Ok(request)
}

/// A numeric `--ecc` for the symbologies whose level is a number.
fn number(option: &'static str, value: &str, expected: &str) -> Result<u8, CvError> {
    value.trim().parse().map_err(|_| {
        CvError::Encode(codevault::EncodeError::InvalidOption {
            option,
            value: value.to_string(),
            expected: format!("a number {expected} for this symbology"),
        })
    })
}
