//! `--descriptor`, `--pretty` and `-f/--force` (oras's Descriptor, Pretty and Confirmation
//! option groups), with the descriptor rendering and the delete confirmation prompt.

use crate::cli::error::CliError;
use crate::content::Descriptor;
use crate::display::Printer;
use crate::go::json;
use clap::Args;
use std::io::BufRead;

#[derive(Args, Debug, Clone, Default)]
pub struct DescriptorOpts {
    /// output the descriptor
    #[arg(long)]
    pub descriptor: bool,
}

#[derive(Args, Debug, Clone, Default)]
pub struct PrettyOpts {
    /// prettify JSON objects printed to stdout
    #[arg(long)]
    pub pretty: bool,
}

#[derive(Args, Debug, Clone, Default)]
pub struct ConfirmOpts {
    /// ignore nonexistent references, never prompt
    #[arg(short = 'f', long)]
    pub force: bool,
}

/// Raw JSON as oras prints it: as is, or re-indented with a newline when `pretty`.
pub fn json_output(raw: &[u8], pretty: bool) -> Vec<u8> {
    if pretty {
        let mut out = json::indent(raw);
        out.push(b'\n');
        out
    } else {
        raw.to_vec()
    }
}

/// Print a descriptor: compact Go JSON without newline, or indented with one.
pub fn print_descriptor(printer: &Printer, desc: &Descriptor, pretty: bool) {
    printer.write_raw(&json_output(&json::to_vec(desc), pretty));
}

impl ConfirmOpts {
    /// `--descriptor` on a delete needs `--force` (no prompt may hide the JSON).
    pub fn check_descriptor(&self, descriptor: bool) -> Result<(), CliError> {
        if descriptor && !self.force {
            return Err(CliError::new(
                "must apply --force to confirm the deletion if the descriptor is outputted",
            ));
        }
        Ok(())
    }

    /// What a delete does when the thing is not there: with `--force` (and no
    /// `--descriptor`) print `Missing <raw>` and succeed (`Ok(None)`); otherwise fail with
    /// `<raw>: the specified <kind> does not exist`. Found: `Ok(Some(desc))`.
    pub fn found_or_missing(
        &self,
        resolved: crate::error::Result<crate::content::Descriptor>,
        descriptor: bool,
        printer: &Printer,
        raw: &str,
        kind: &str,
        other: impl FnOnce(crate::error::Error) -> CliError,
    ) -> Result<Option<crate::content::Descriptor>, CliError> {
        match resolved {
            Ok(d) => Ok(Some(d)),
            Err(e) if e.is_not_found() => {
                if self.force && !descriptor {
                    printer.println(&format!("Missing {raw}"));
                    return Ok(None);
                }
                Err(CliError::new(format!(
                    "{raw}: the specified {kind} does not exist"
                )))
            }
            Err(e) => Err(other(e)),
        }
    }

    /// oras `AskForConfirmation`: `<prompt> [y/N] ` on stdout, one token read from stdin
    /// (Go `fmt.Fscanln`). `y`/`yes` proceed; an empty line declines silently; any other
    /// answer prints `Operation cancelled.`.
    pub fn confirm(&self, printer: &Printer, prompt: &str) -> Result<bool, CliError> {
        if self.force {
            return Ok(true);
        }
        printer.write_raw(format!("{prompt} [y/N] ").as_bytes());
        let mut line = String::new();
        let n = std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| CliError::new(e.to_string()))?;
        if n == 0 {
            return Err(CliError::new("EOF"));
        }
        let line = line.strip_suffix('\n').unwrap_or(&line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        let mut tokens = line.split_whitespace();
        let Some(answer) = tokens.next() else {
            return Ok(false);
        };
        if tokens.next().is_some() {
            return Err(CliError::new("expected newline"));
        }
        match answer.to_ascii_lowercase().as_str() {
            "y" | "yes" => Ok(true),
            _ => {
                printer.println("Operation cancelled.");
                Ok(false)
            }
        }
    }
}
