//! `oras completion <shell>`: shell completion scripts generated from the command tree
//! (cobra's `completion` command; `--no-descriptions` drops the help texts).

use super::error::CliError;
use clap::{Args, Subcommand};
use clap_complete::Shell;

/// Generate the autocompletion script for the specified shell
#[derive(Args, Debug)]
#[command(arg_required_else_help = true)]
pub struct CompletionArgs {
    #[command(subcommand)]
    pub shell: ShellCommand,
}

#[derive(Subcommand, Debug)]
pub enum ShellCommand {
    /// Generate the autocompletion script for bash
    Bash(ShellOpts),
    /// Generate the autocompletion script for zsh
    Zsh(ShellOpts),
    /// Generate the autocompletion script for fish
    Fish(ShellOpts),
    /// Generate the autocompletion script for powershell
    Powershell(ShellOpts),
}

#[derive(Args, Debug)]
pub struct ShellOpts {
    /// disable completion descriptions
    #[arg(long = "no-descriptions")]
    pub no_descriptions: bool,
}

/// The script for `shell` completing the command tree `root` (clap's definitions, without
/// the help screens), as bytes.
pub fn script(root: clap::Command, shell: Shell, descriptions: bool) -> Vec<u8> {
    let mut cmd = root;
    if !descriptions {
        cmd = strip(cmd);
    }
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "oras", &mut out);
    out
}

fn strip(cmd: clap::Command) -> clap::Command {
    let cmd = cmd
        .about(None::<&str>)
        .long_about(None::<&str>)
        .mut_args(|a| a.help(None::<&str>).long_help(None::<&str>));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    names.iter().fold(cmd, |c, n| c.mut_subcommand(n, strip))
}

/// The committed script of `shell` (with descriptions), what `oras completion <shell>`
/// prints: the same bytes [`script`] generates (a unit test holds them equal), without
/// building the command tree.
pub fn committed(shell: &str) -> Option<&'static [u8]> {
    match shell {
        "bash" => Some(include_bytes!("../../completions/oras.bash")),
        "zsh" => Some(include_bytes!("../../completions/_oras")),
        "fish" => Some(include_bytes!("../../completions/oras.fish")),
        "powershell" => Some(include_bytes!("../../completions/oras.ps1")),
        _ => None,
    }
}

pub fn run(a: CompletionArgs, root: clap::Command) -> Result<(), CliError> {
    let (shell, opts) = match a.shell {
        ShellCommand::Bash(o) => (Shell::Bash, o),
        ShellCommand::Zsh(o) => (Shell::Zsh, o),
        ShellCommand::Fish(o) => (Shell::Fish, o),
        ShellCommand::Powershell(o) => (Shell::PowerShell, o),
    };
    crate::display::Printer::new(false, true).write_raw(&script(
        root,
        shell,
        !opts.no_descriptions,
    ));
    Ok(())
}
