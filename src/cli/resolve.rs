//! `oras resolve` (alias `digest`): print the digest of a tag, optionally as `<path>@<digest>`.

use super::error::{CliError, check_args};
use super::options::{CommonOpts, PlatformOpts, TargetOpts};
use crate::display::Printer;
use crate::ops::platform::resolve_with_platform;
use clap::Args;

pub(crate) const USAGE: &str = "[flags] <name>{:<tag>|@<digest>}";

#[derive(Args, Debug)]
pub struct ResolveArgs {
    /// <name>{:<tag>|@<digest>}
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// print the full artifact reference with digest
    #[arg(short = 'l', long = "full-reference")]
    pub full_reference: bool,
    #[command(flatten)]
    pub platform: PlatformOpts,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

pub async fn run(a: ResolveArgs) -> Result<(), CliError> {
    check_args(
        "resolve",
        USAGE,
        "the target artifact reference to resolve",
        &a.args,
        1,
        Some(1),
    )?;
    let platform = a.platform.one()?;
    let target_ref = a.target.parse_ref(&a.args[0])?;
    let opened = a.target.open_read_only(&target_ref, a.common.debug).await?;
    target_ref.ensure_reference("resolve", USAGE)?;
    let src = opened.read_only();
    let desc = resolve_with_platform(&*src, target_ref.reference(), platform.as_ref())
        .await
        .map_err(|e| target_ref.error(e, Some("failed to resolve digest".into())))?;
    let printer = Printer::new(false, true);
    if a.full_reference {
        printer.println(&format!("{}@{}", target_ref.path(), desc.digest));
    } else {
        printer.println(desc.digest.as_str());
    }
    Ok(())
}
