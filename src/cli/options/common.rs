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
    /// True when `-v/--verbose` was written on the command line (deprecation notice).
    pub fn verbose_given(args: &[std::ffi::OsString]) -> bool {
        args.iter().any(|a| {
            let a = a.to_string_lossy();
            a == "-v" || a == "--verbose" || a.starts_with("--verbose=")
        })
    }
}
