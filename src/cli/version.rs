//! `oras version`.

use super::error::CliError;
use clap::Args;

#[derive(Args, Debug, Default)]
pub struct VersionArgs {
    #[arg(hide = true)]
    pub args: Vec<String>,
}

pub fn run(a: VersionArgs) -> Result<(), CliError> {
    if !a.args.is_empty() {
        crate::display::warn(&format!(
            "warning: `oras version` requires no argument, {:?} will be ignored",
            a.args.join(",")
        ));
    }
    let mut rows = vec![("Version", env!("CARGO_PKG_VERSION").to_string())];
    if let Some(rustc) = option_env!("ORAS_RUSTC_VERSION") {
        rows.push(("Rust version", rustc.to_string()));
    }
    rows.push((
        "OS/Arch",
        format!("{}/{}", std::env::consts::OS, crate::platform::host_arch()),
    ));
    if let Some(commit) = option_env!("ORAS_GIT_COMMIT") {
        rows.push(("Git commit", commit.to_string()));
    }
    let printer = crate::display::Printer::new(true, true);
    for (k, v) in rows {
        printer.println(&format!("{:<16}{v}", format!("{k}:")));
    }
    Ok(())
}
