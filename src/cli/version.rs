//! `oras version`.

use super::error::CliError;
use clap::Args;

#[derive(Args, Debug)]
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
    let rows = [
        ("Version", env!("CARGO_PKG_VERSION").to_string()),
        (
            "Rust version",
            option_env!("ORAS_RUSTC_VERSION")
                .unwrap_or("rustc")
                .to_string(),
        ),
        (
            "OS/Arch",
            format!("{}/{}", std::env::consts::OS, crate::platform::host_arch()),
        ),
    ];
    let printer = crate::display::Printer::new(true, true);
    for (k, v) in rows {
        printer.println(&format!("{:<16}{v}", format!("{k}:")));
    }
    Ok(())
}
