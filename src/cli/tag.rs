//! `oras tag`: give a manifest more tags. Registries get the manifest fetched once and PUT
//! under every new tag; layouts tag the resolved descriptor.

use super::error::{CliError, check_args};
use super::options::{CommonOpts, OpenedTarget, TargetOpts};
use crate::display::Printer;
use crate::error::Error;
use crate::targets::Target;
use clap::Args;
use futures_util::{TryStreamExt, stream};
use std::sync::Once;

pub(crate) const USAGE: &str = "[flags] <name>{:<tag>|@<digest>} <new_tag> [...]";

#[derive(Args, Debug)]
pub struct TagArgs {
    /// <name>{:<tag>|@<digest>} <new_tag> [...]
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// concurrency level
    #[arg(long, default_value_t = 5, value_name = "int")]
    pub concurrency: usize,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

pub async fn run(a: TagArgs) -> Result<(), CliError> {
    if matches!(a.args.first().map(String::as_str), Some("list" | "ls")) {
        let container = if a.target.oci_layout {
            "an OCI image layout"
        } else {
            "a repository"
        };
        return Err(
            CliError::new("there is no \"list\" sub-command for \"oras tag\" command")
                .usage(format!("oras tag {USAGE}"))
                .recommend(format!(
                    "If you want to list available tags in {container}, use \"oras repo tags\""
                )),
        );
    }
    check_args(
        "tag",
        USAGE,
        "the artifact to be retagged and the tags to be added",
        &a.args,
        1,
        None,
    )?;
    let target_ref = a.target.parse_ref(&a.args[0]).map_err(|mut e| {
        if e.message.contains("invalid reference") {
            e.message = format!("unable to add tag for '{}': {}", a.args[0], e.message);
        }
        e
    })?;
    let new_tags = &a.args[1..];
    let opened = a
        .target
        .open(&target_ref, &["pull", "push"], a.common.debug)
        .await?;
    target_ref.ensure_reference("tag", USAGE)?;
    let err = |e: Error| target_ref.error(e, None);
    if new_tags.is_empty() {
        return Err(CliError::new(
            "dstReferences cannot be empty: missing reference",
        ));
    }
    let printer = Printer::new(false, true);
    let kind = if target_ref.is_layout() {
        "oci-layout"
    } else {
        "registry"
    };
    let prefix = format!("[{kind}] {}@", target_ref.path());
    let hint = Once::new();
    let dst = opened.writable();
    // oras-go's TagN through oras's status wrapper: resolve, then `Tag` per new tag (on a
    // registry a GET of the manifest and a plain PUT: no referrers indexing, even for a
    // manifest with a subject)
    let desc = dst.resolve(target_ref.reference()).await.map_err(err)?;
    let remote = matches!(&opened, OpenedTarget::Remote(_));
    let dst: &dyn Target = &*dst;
    stream::iter(new_tags.iter().map(Ok::<_, Error>))
        .try_for_each_concurrent(a.concurrency.max(1), |tag| {
            let (desc, printer, hint, prefix) = (&desc, &printer, &hint, &prefix);
            async move {
                hint.call_once(|| printer.println(&format!("Tagging {prefix}{}", desc.digest)));
                if remote && !crate::reference::is_valid_tag(tag) {
                    return Err(Error::InvalidReference(format!("invalid tag {tag:?}")));
                }
                dst.tag(desc, tag).await?;
                printer.println(&format!("Tagged {tag}"));
                Ok(())
            }
        })
        .await
        .map_err(err)
}
