//! `--platform os[/arch][/variant][:os_version]`: the one option group every command's
//! `--platform` comes from, and the one place its value is parsed (push's
//! `--artifact-platform` too). Commands that take lists and wildcards (beyond oras 1.3.0)
//! read it with [`PlatformOpts::selection`], the others with [`PlatformOpts::one`]; a
//! command whose help words the flag its own way sets that with
//! `#[command(mut_args(platform::help(…)))]`.

use crate::cli::error::CliError;
use crate::platform::Platform;
use crate::platform::list::Selection;
use clap::{Arg, Args};

#[derive(Args, Debug, Clone, Default)]
pub struct PlatformOpts {
    /// request platform in the form of `os[/arch][/variant][:os_version]`
    #[arg(long, value_name = "os[/arch][/variant][:os_version]")]
    pub platform: Option<String>,
}

impl PlatformOpts {
    /// The one platform asked for, as oras reads it.
    pub fn one(&self) -> Result<Option<Platform>, CliError> {
        one(self.platform.as_deref())
    }

    /// One platform (oras semantics) or a list of patterns.
    pub fn selection(&self) -> Result<Option<Selection>, CliError> {
        parse(self.platform.as_deref(), Selection::parse)
    }
}

/// A flag value naming one platform, with oras's parse errors.
pub fn one(value: Option<&str>) -> Result<Option<Platform>, CliError> {
    parse(value, Platform::parse)
}

/// For `#[command(mut_args(…))]`: a command's own help text for `--platform` (`mut_args`
/// keeps the flags in their order, which the completion scripts follow).
pub fn help(text: impl Into<String>) -> impl FnMut(Arg) -> Arg {
    let text = text.into();
    move |a| {
        if a.get_id() == "platform" {
            a.help(text.clone())
        } else {
            a
        }
    }
}

/// The help of a `--platform` that takes lists: what the command does with a list follows
/// the common start.
pub fn list_help(what_a_list_does: &str) -> String {
    format!(
        "request platform in the form of `os[/arch][/variant][:os_version]`; a comma-separated list or `*` wildcards (e.g. `linux/amd64,linux/arm64`, `linux/*`) {what_a_list_does}"
    )
}

fn parse<T>(
    value: Option<&str>,
    parse: fn(&str) -> Result<T, String>,
) -> Result<Option<T>, CliError> {
    value.map(parse).transpose().map_err(CliError::new)
}
