//! `oras blob delete` (aliases `remove`, `rm`): resolve, confirm, DELETE by digest.

use super::blob_digest;
use crate::cli::error::{CliError, check_args};
use crate::cli::options::output::print_descriptor;
use crate::cli::options::{
    CommonOpts, ConfirmOpts, DescriptorOpts, OpenedTarget, PrettyOpts, TargetOpts,
};
use crate::display::Printer;
use crate::error::Error;
use clap::Args;

pub(crate) const USAGE: &str = "[flags] <name>@<digest>";

#[derive(Args, Debug)]
pub struct DeleteArgs {
    /// <name>@<digest>
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    #[command(flatten)]
    pub confirm: ConfirmOpts,
    #[command(flatten)]
    pub descriptor: DescriptorOpts,
    #[command(flatten)]
    pub pretty: PrettyOpts,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

pub async fn run(a: DeleteArgs) -> Result<(), CliError> {
    check_args(
        "blob delete",
        USAGE,
        "the blob to delete",
        &a.args,
        1,
        Some(1),
    )?;
    a.confirm.check_descriptor(a.descriptor.descriptor)?;
    let raw = a.args[0].clone();
    let target_ref = a.target.parse_ref(&raw)?;
    let opened = a
        .target
        .open(&target_ref, &["pull", "delete"], a.common.debug)
        .await?;
    target_ref.ensure_digest("blob delete", USAGE)?;
    let err = |e: Error| target_ref.error(e, None);
    let digest = blob_digest(target_ref.reference()).map_err(err)?;
    let printer = Printer::new(false, true);
    let resolved = match &opened {
        OpenedTarget::Remote(repo) => repo.resolve_blob(&digest).await,
        OpenedTarget::Layout(store) => {
            crate::targets::ReadOnlyTarget::resolve(&**store, digest.as_str()).await
        }
    };
    let found = a.confirm.found_or_missing(
        resolved,
        a.descriptor.descriptor,
        &printer,
        &raw,
        "blob",
        err,
    )?;
    let Some(desc) = found else {
        return Ok(());
    };
    let prompt = format!(
        "Are you sure you want to delete the blob \"{}\"?",
        desc.digest
    );
    if !a.confirm.confirm(&printer, &prompt)? {
        return Ok(());
    }
    let deleted = match &opened {
        OpenedTarget::Remote(repo) => repo.delete_blob(&desc.digest).await,
        OpenedTarget::Layout(store) => store.delete(&desc).await,
    };
    deleted.map_err(|e| target_ref.error(e, Some(format!("failed to delete {raw}"))))?;
    if a.descriptor.descriptor {
        print_descriptor(&printer, &desc, a.pretty.pretty);
        return Ok(());
    }
    printer.println(&format!("Deleted {}", target_ref.display()));
    Ok(())
}
