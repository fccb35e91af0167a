//! `oras manifest delete` (aliases `remove`, `rm`): resolve, confirm, DELETE by digest.
//!
//! Not done yet: when the manifest has a subject and the registry has no referrers API,
//! oras also removes it from the subject's tag-schema referrers index (referrers module).

use super::check_distribution_spec;
use crate::cli::error::{CliError, check_args};
use crate::cli::options::output::print_descriptor;
use crate::cli::options::{
    CommonOpts, ConfirmOpts, DescriptorOpts, OpenedTarget, PrettyOpts, TargetOpts,
};
use crate::cli::pull::no_reference;
use crate::display::Printer;
use clap::Args;

pub(crate) const USAGE: &str = "[flags] <name>{:<tag>|@<digest>}";

#[derive(Args, Debug)]
pub struct DeleteArgs {
    /// <name>{:<tag>|@<digest>}
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// [Preview] set OCI distribution spec version and API option for target. Options: v1.1-referrers-tag, v1.1-referrers-api
    #[arg(long = "distribution-spec", value_name = "string")]
    pub distribution_spec: Option<String>,
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
    if a.descriptor.descriptor && !a.confirm.force {
        return Err(CliError::new(
            "must apply --force to confirm the deletion if the descriptor is outputted",
        ));
    }
    check_distribution_spec(a.distribution_spec.as_deref())?;
    let raw = a.args[0].clone();
    let target_ref = a.target.parse_ref(&raw)?;
    let mut actions = vec!["pull", "delete"];
    if a.distribution_spec.as_deref() != Some("v1.1-referrers-api") {
        actions.push("push");
    }
    let opened = a.target.open(&target_ref, &actions, a.common.debug).await?;
    if target_ref.reference().is_empty() {
        return Err(no_reference("manifest delete", USAGE, &raw));
    }
    let printer = Printer::new(false, true);
    let desc = match opened.read_only().resolve(target_ref.reference()).await {
        Ok(d) => d,
        Err(e) if e.is_not_found() => {
            if a.confirm.force && !a.descriptor.descriptor {
                printer.println(&format!("Missing {raw}"));
                return Ok(());
            }
            return Err(CliError::new(format!(
                "{raw}: the specified manifest does not exist"
            )));
        }
        Err(e) => return Err(CliError::target(e, None, &target_ref)),
    };
    let prompt = format!(
        "Are you sure you want to delete the manifest \"{}\" and all tags associated with it?",
        desc.digest
    );
    if !a.confirm.confirm(&printer, &prompt)? {
        return Ok(());
    }
    let deleted = match &opened {
        OpenedTarget::Remote(repo) => repo.delete_manifest(&desc).await,
        OpenedTarget::Layout(store) => store.delete(&desc).await,
    };
    deleted
        .map_err(|e| CliError::target(e, Some(format!("failed to delete {raw}")), &target_ref))?;
    if a.descriptor.descriptor {
        print_descriptor(&printer, &desc, a.pretty.pretty);
        return Ok(());
    }
    printer.println(&format!("Deleted {}", target_ref.display()));
    Ok(())
}
