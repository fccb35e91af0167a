//! `oras manifest delete` (aliases `remove`, `rm`): resolve, confirm, DELETE by digest;
//! a deleted referrer also leaves its subject's tag-schema referrers index when the
//! registry has no referrers API (as oras does).

use crate::cli::error::{CliError, check_args};
use crate::cli::options::output::print_descriptor;
use crate::cli::options::{
    CommonOpts, ConfirmOpts, DescriptorOpts, DistributionSpecOpts, OpenedTarget, PrettyOpts,
    TargetOpts,
};
use crate::display::Printer;
use clap::Args;

pub(crate) const USAGE: &str = "[flags] <name>{:<tag>|@<digest>}";

#[derive(Args, Debug)]
pub struct DeleteArgs {
    /// <name>{:<tag>|@<digest>}
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    #[command(flatten)]
    pub distribution: DistributionSpecOpts,
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
        "manifest delete",
        USAGE,
        "the manifest to delete",
        &a.args,
        1,
        Some(1),
    )?;
    a.confirm.check_descriptor(a.descriptor.descriptor)?;
    let forced_api = a.distribution.parse()?;
    let raw = a.args[0].clone();
    let target_ref = a.target.parse_ref(&raw)?;
    let mut actions = vec!["pull", "delete"];
    if forced_api != Some(true) {
        actions.push("push");
    }
    let opened = a.target.open(&target_ref, &actions, a.common.debug).await?;
    a.distribution.apply(&opened)?;
    target_ref.ensure_reference("manifest delete", USAGE)?;
    let printer = Printer::new(false, true);
    let resolved = opened.read_only().resolve(target_ref.reference()).await;
    let found = a.confirm.found_or_missing(
        resolved,
        a.descriptor.descriptor,
        &printer,
        &raw,
        "manifest",
        |e| target_ref.error(e, None),
    )?;
    let Some(desc) = found else {
        return Ok(());
    };
    let prompt = format!(
        "Are you sure you want to delete the manifest \"{}\" and all tags associated with it?",
        desc.digest
    );
    if !a.confirm.confirm(&printer, &prompt)? {
        return Ok(());
    }
    let deleted = match &opened {
        OpenedTarget::Remote(repo) => delete_from_registry(repo, &desc).await,
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

/// DELETE the manifest, then drop it from its subject's referrers index (its bytes are read
/// first: they say whether it has a subject).
async fn delete_from_registry(
    repo: &crate::targets::remote::Repository,
    desc: &crate::content::Descriptor,
) -> crate::error::Result<()> {
    let bytes = crate::targets::fetch_all(repo, desc).await?;
    repo.delete_manifest(desc).await?;
    repo.unindex_deleted_referrer(desc, &bytes).await
}
