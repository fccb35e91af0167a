//! `-d/--debug`, the deprecated `-v/--verbose`, `--no-tty`, `--concurrency`.

use clap::Args;

/// Flags every transfer command has.
#[derive(Args, Debug, Clone)]
pub struct CommonOpts {
    /// output debug logs (implies --no-tty)
    #[arg(short = 'd', long)]
    pub debug: bool,
    /// [Preview] disable progress bars
    #[arg(long = "no-tty")]
    pub no_tty: bool,
    /// print status output for unnamed blobs
    #[arg(short = 'v', long, hide = true, num_args = 0..=1, require_equals = true,
          default_value_t = true, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub verbose: bool,
}

impl CommonOpts {
    /// Whether this command shows progress bars (oras's TTY mode: stderr is a terminal,
    /// neither `--no-tty` nor `--debug`).
    pub fn tty(&self) -> bool {
        crate::display::progress::tty_mode(self.no_tty, self.debug)
    }

    /// The printer of a transfer command: status lines on stdout (when `status_enabled`),
    /// or, in TTY mode, a live progress view on stderr fed by the same status events.
    /// Metadata printed through it still goes to stdout, after the view's final frame.
    pub fn printer(&self, status_enabled: bool) -> crate::display::Printer {
        let progress = self.tty().then(crate::display::progress::Manager::start);
        crate::display::Printer::new(self.verbose, status_enabled).with_progress(progress)
    }

    /// True when `-v/--verbose` was written on the command line (deprecation notice).
    pub fn verbose_given(args: &[std::ffi::OsString]) -> bool {
        args.iter().any(|a| {
            let a = a.to_string_lossy();
            a == "-v" || a == "--verbose" || a.starts_with("--verbose=")
        })
    }
}
