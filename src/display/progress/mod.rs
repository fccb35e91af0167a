//! TTY progress (stderr): when it applies, the pure two-line renderer, the live view, and
//! the counting reader that feeds it. Commands get it through `Printer::with_progress`
//! (see `CommonOpts::printer`): status events then drive the view instead of stdout lines.

pub mod manager;
pub mod reader;
pub mod render;

pub use manager::Manager;

use std::io::IsTerminal;

/// oras's rule: progress iff `--no-tty` and `--debug` are unset and stderr is a terminal.
pub fn tty_mode(no_tty: bool, debug: bool) -> bool {
    !no_tty && !debug && std::io::stderr().is_terminal()
}
