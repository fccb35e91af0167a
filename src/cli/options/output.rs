//! `--descriptor`, `--pretty` and `-f/--force` (oras's Descriptor, Pretty and Confirmation
//! option groups), with the descriptor rendering and the delete confirmation prompt.

use crate::cli::error::CliError;
use crate::content::Descriptor;
use crate::display::Printer;
use crate::go::json;
use clap::Args;
use std::io::{BufRead, Read};

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

/// Print raw JSON as oras does (`output.PrintJSON`): as is, or re-indented with a newline
/// when `pretty`. Content Go's `json.Indent` refuses (not JSON, nested deeper than 10 000)
/// prints nothing and fails with oras's `failed to prettify: <Go's error>`. The indented
/// text is streamed, so memory stays linear in the input however deep it nests.
pub fn print_json(printer: &Printer, raw: &[u8], pretty: bool) -> Result<(), CliError> {
    if !pretty {
        printer.write_raw(raw);
        return Ok(());
    }
    json::check(raw).map_err(|e| CliError::new(format!("failed to prettify: {e}")))?;
    printer.write_with(|w| {
        json::write_indented(raw, b"  ", false, w)?;
        w.write_all(b"\n")
    });
    Ok(())
}

/// Print a descriptor: compact Go JSON without newline, or indented with one.
pub fn print_descriptor(printer: &Printer, desc: &Descriptor, pretty: bool) {
    // our own JSON of a descriptor is always valid
    let _ = print_json(printer, &json::to_vec(desc), pretty);
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

    /// oras `AskForConfirmation`: `<prompt> [y/N] ` on stdout, then one line of stdin read
    /// as Go's `bufio.Scanner` reads it. Only `y` or `yes`, in any case, confirm; anything
    /// else, an empty line or no input at all prints `Operation cancelled.` and declines.
    pub fn confirm(&self, printer: &Printer, prompt: &str) -> Result<bool, CliError> {
        if self.force {
            return Ok(true);
        }
        printer.write_raw(format!("{prompt} [y/N] ").as_bytes());
        let line =
            scan_line(&mut std::io::stdin().lock()).map_err(|e| CliError::new(e.to_string()))?;
        if is_yes(&line) {
            return Ok(true);
        }
        printer.println("Operation cancelled.");
        Ok(false)
    }
}

/// Go's `bufio.MaxScanTokenSize`: a line must fit in 64 KiB with its `\n`.
const MAX_LINE: usize = 64 * 1024;

/// The first line of `r` as one `bufio.Scanner.Scan()` yields it: up to the first `\n`
/// (or the end of input), without the `\n` and without one `\r` before it; empty at EOF.
/// A line that does not fit fails as Go's does: `bufio.Scanner: token too long`.
fn scan_line(r: &mut impl BufRead) -> std::io::Result<Vec<u8>> {
    let mut line = Vec::new();
    Read::take(&mut *r, MAX_LINE as u64).read_until(b'\n', &mut line)?;
    if line.last() == Some(&b'\n') {
        line.pop();
    } else if line.len() == MAX_LINE {
        return Err(std::io::Error::other("bufio.Scanner: token too long"));
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(line)
}

/// `strings.ToLower(answer)` is `y` or `yes`: nothing else is trimmed.
fn is_yes(answer: &[u8]) -> bool {
    matches!(
        String::from_utf8_lossy(answer).to_lowercase().as_str(),
        "y" | "yes"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(input: &[u8]) -> std::io::Result<Vec<u8>> {
        scan_line(&mut std::io::Cursor::new(input))
    }

    #[test]
    fn one_line_without_its_terminator() {
        assert_eq!(answer(b"").unwrap(), b"");
        assert_eq!(answer(b"y\n").unwrap(), b"y");
        assert_eq!(answer(b"yes\r\nno\n").unwrap(), b"yes");
        assert_eq!(answer(b"YES").unwrap(), b"YES");
        assert_eq!(answer(b" y \n").unwrap(), b" y ");
        assert_eq!(answer(b"y\r\r\n").unwrap(), b"y\r");
        let long = vec![b'a'; MAX_LINE - 1];
        assert_eq!(answer(&[long.as_slice(), b"\n"].concat()).unwrap(), long);
        let err = answer(&vec![b'a'; MAX_LINE]).unwrap_err();
        assert_eq!(err.to_string(), "bufio.Scanner: token too long");
    }

    #[test]
    fn only_y_or_yes_in_any_case_confirm() {
        for yes in ["y", "Y", "yes", "YES", "yEs"] {
            assert!(is_yes(yes.as_bytes()), "{yes}");
        }
        for no in [
            "",
            " y",
            "y ",
            "y n",
            "yes please",
            "n",
            "no",
            "ye",
            "\u{fffd}",
        ] {
            assert!(!is_yes(no.as_bytes()), "{no:?}");
        }
    }
}
