//! The `codevault` command: a thin shell over the `codevault` facade.

mod args;
mod decode;
mod encode;

use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command};

/// A failure to report as one line, `codevault: <message>`, with exit code 1.
#[derive(Debug)]
pub struct CliError(String);

impl CliError {
    /// An error with this message.
    pub fn msg(message: impl Into<String>) -> CliError {
        CliError(message.into())
    }
}

impl From<codevault::Error> for CliError {
    fn from(e: codevault::Error) -> CliError {
        CliError(e.to_string())
    }
}

fn main() -> ExitCode {
    // A bug must still end in one line, never a backtrace.
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!(
            "codevault: internal error (please report it): {}",
            one_line(&message)
        );
    }));

    let cli = Cli::parse();
    let result = match cli.command {
        Command::Encode(args) => encode::run(*args),
        Command::Decode(args) => decode::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError(message)) => {
            eprintln!("codevault: {}", one_line(&message));
            ExitCode::FAILURE
        }
    }
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}
