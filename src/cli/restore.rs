//! `oras restore`: push tagged artifacts (with their referrers unless excluded) from an OCI
//! layout directory or tar back to a registry. Before the first push, every manifest and
//! blob the selected tags need is checked to be in the backup with the right size, so a
//! damaged backup stops with a clear error instead of a half-restored repository.

use super::error::{CliError, check_args};
use super::options::{CommonOpts, DistributionSpecOpts, OpenedTarget, RemoteOpts, TargetOpts};
use crate::connect::Access;
use crate::copy::CopyOptions;
use crate::display::Printer;
use crate::display::backup::RestoreDisplay;
use crate::display::status::{RESTORE, TransferStatus};
use crate::error::Error;
use crate::ops::backup::{
    check_complete, count_referrers, parse_artifact_references, resolve_tags, restore_tag,
};
use crate::ops::backup_archive::open_backup;
use crate::targets::Target;
use clap::Args;
use std::sync::Arc;
use std::time::Instant;

pub(crate) const USAGE: &str =
    "[flags] --input <path> <registry>/<repository>[:<ref1>[,<ref2>...]]";

#[derive(Args, Debug)]
pub struct RestoreArgs {
    /// <registry>/<repository>[:<ref1>[,<ref2>...]]
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// path to the OCI layout, either a tar archive (*.tar) or a directory
    #[arg(long, alias = "from", value_name = "string")]
    pub input: Option<String>,
    /// restore artifacts excluding their referrers
    #[arg(long = "exclude-referrers")]
    pub exclude_referrers: bool,
    /// simulate the restore process without actually uploading any artifacts
    #[arg(long = "dry-run")]
    pub dry_run: bool,
    /// concurrency level
    #[arg(long, default_value_t = 5, value_name = "int")]
    pub concurrency: usize,
    #[command(flatten)]
    pub distribution: DistributionSpecOpts,
    #[command(flatten)]
    pub remote: RemoteOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

pub async fn run(a: RestoreArgs) -> Result<(), CliError> {
    check_args(
        "restore",
        USAGE,
        "the targets to restore to",
        &a.args,
        1,
        Some(1),
    )?;
    let Some(input) = a.input.clone() else {
        return Err(CliError::new("required flag(s) \"input\" not set"));
    };
    let (repository, tags) = parse_artifact_references(&a.args[0]).map_err(CliError::new)?;
    a.remote.validate()?;
    a.distribution.parse()?;
    if input.is_empty() {
        return Err(CliError::new("the input path cannot be empty"));
    }
    if let Err(e) = std::fs::metadata(&input) {
        return Err(CliError::new(format!(
            "failed to access input path {input:?}: {}",
            crate::go::error::path_error("stat", &input, &e)
        )));
    }
    let start = Instant::now();

    let opened = TargetOpts::open_repository(
        &a.remote,
        &repository,
        &["pull", "push"],
        Access::Write,
        a.common.debug,
    )
    .await?;
    a.distribution.apply(&opened)?;
    let OpenedTarget::Remote(repo) = opened else {
        return Err(CliError::new("unsupported target"));
    };
    if !a.dry_run {
        repo.probe_blobs_by_upload();
    }
    let dst: Arc<dyn Target> = repo;

    // result lines; the transfer of each tag has its own status printer (a progress view
    // on a terminal, finished before the tag's result line)
    let printer = Arc::new(Printer::new(a.common.verbose, true));
    let display = RestoreDisplay {
        printer: &printer,
        dry_run: a.dry_run,
    };
    let (src, tar_size) = open_backup(&input).await.map_err(CliError::from_lib)?;
    if let Some(size) = tar_size {
        display.tar_loaded(&input, size);
    }
    let src = Arc::new(src);

    let resolved = resolve_tags(&*src, &tags).await.map_err(CliError::failed)?;
    if resolved.is_empty() {
        return Err(
            CliError::new(format!("no tags found in OCI layout {input:?}")).recommend(format!(
                "If you want to list available tags in {input:?}, use \"oras repo tags --oci-layout\""
            )),
        );
    }
    let names: Vec<String> = resolved.iter().map(|(t, _)| t.clone()).collect();
    display.tags_found(&names);

    let tag_error = |tag: &str, e: Error| {
        CliError::remote(
            e,
            Some(format!(
                "failed to restore tag {tag:?} from {input:?} to {repository:?}"
            )),
        )
    };
    // nothing is pushed until every selected tag is known to be complete in the backup
    let mut counts = Vec::with_capacity(resolved.len());
    for (tag, root) in &resolved {
        check_complete(&src, root, a.exclude_referrers)
            .await
            .map_err(|e| tag_error(tag, e))?;
        let count = if a.exclude_referrers {
            0
        } else {
            count_referrers(&*src, root).await.map_err(|e| {
                CliError::lib(
                    e,
                    Some(format!("failed to count referrers for tag {tag:?}")),
                    None,
                )
            })?
        };
        counts.push(count);
    }

    for ((tag, root), count) in resolved.iter().zip(counts) {
        if !a.dry_run {
            let status = Arc::new(a.common.printer(true));
            let hooks = Arc::new(TransferStatus::new(status.clone(), RESTORE));
            let options = CopyOptions::new(a.concurrency, hooks);
            let result = restore_tag(
                src.clone(),
                dst.clone(),
                tag,
                root,
                a.exclude_referrers,
                &options,
            )
            .await;
            status.finish_progress();
            result.map_err(|e| tag_error(tag, e))?;
        }
        display.artifact_pushed(tag, count);
    }
    display.completed(names.len(), &repository, start.elapsed());
    Ok(())
}
