//! `oras backup`: copy tagged artifacts (optionally with their referrers) from a registry
//! into an OCI layout, written as a directory or a tar archive (`ops::backup_archive`: a
//! failed backup leaves nothing behind); the work per tag is `ops::backup`.

use super::error::{CliError, check_args};
use super::options::platform;
use super::options::{
    CommonOpts, DistributionSpecOpts, OpenedTarget, PlatformOpts, RemoteOpts, TargetOpts,
};
use crate::connect::Access;
use crate::copy::CopyOptions;
use crate::display::Printer;
use crate::display::backup::BackupDisplay;
use crate::display::status::{BACKUP, TransferStatus};
use crate::ops::backup::{backup_tag, parse_artifact_references, resolve_tags};
use crate::ops::backup_archive::BackupOutput;
use crate::ops::backup_plan::open_planned_archive;
use crate::targets::ReadOnlyTarget;
use clap::Args;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

pub(crate) const USAGE: &str =
    "[flags] --output <path> <registry>/<repository>[:<ref1>[,<ref2>...]]";

#[derive(Args, Debug)]
#[command(mut_args(platform::help(
    "back up only this platform of each tag (`os[/arch][/variant][:os_version]`); a comma-separated list or `*` wildcards keep the matching manifests and an index of just them under the tag",
)))]
pub struct BackupArgs {
    /// <registry>/<repository>[:<ref1>[,<ref2>...]]
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// path to the target output, either a tar archive (*.tar) or a directory
    #[arg(short = 'o', long, value_name = "string")]
    pub output: Option<String>,
    /// back up the artifact with its referrers (e.g., attestations, SBOMs)
    #[arg(long = "include-referrers")]
    pub include_referrers: bool,
    /// concurrency level
    #[arg(long, default_value_t = 3, value_name = "int")]
    pub concurrency: usize,
    #[command(flatten)]
    pub platform: PlatformOpts,
    #[command(flatten)]
    pub distribution: DistributionSpecOpts,
    #[command(flatten)]
    pub remote: RemoteOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

pub async fn run(a: BackupArgs) -> Result<(), CliError> {
    check_args(
        "backup",
        USAGE,
        "the artifacts to back up",
        &a.args,
        1,
        Some(1),
    )?;
    let Some(output) = a.output.clone() else {
        return Err(CliError::new("required flag(s) \"output\" not set"));
    };
    let (repository, tags) = parse_artifact_references(&a.args[0]).map_err(CliError::new)?;
    a.remote.validate()?;
    a.distribution.parse()?;
    let selection = a.platform.selection()?;
    if output.is_empty() {
        return Err(CliError::new("the output path cannot be empty"));
    }
    let start = Instant::now();

    if BackupOutput::is_tar_path(&output) && Path::new(&output).is_dir() {
        return Err(CliError::new(format!(
            "the output path {output:?} already exists and is a directory"
        ))
        .recommend(
            "To back up to a tar archive, please specify a different output file name or remove the existing directory.",
        ));
    }
    let mut out = BackupOutput::prepare(&output).map_err(CliError::from_lib)?;

    let opened = TargetOpts::open_repository(
        &a.remote,
        &repository,
        &["pull"],
        Access::Read,
        a.common.debug,
    )
    .await?;
    a.distribution.apply(&opened)?;
    let OpenedTarget::Remote(repo) = opened else {
        return Err(CliError::new("unsupported target"));
    };
    let src: Arc<dyn ReadOnlyTarget> = repo;
    let prepare_failed =
        |e| CliError::new(format!("failed to prepare OCI store for backup: {}", e));
    // a directory is opened (created) first, as oras does; an archive once its blobs are
    // known (below)
    let folder = if out.is_tar() {
        None
    } else {
        Some(out.open_layout(&[]).await.map_err(prepare_failed)?)
    };

    // result lines; the transfer of each tag has its own status printer (a progress view
    // on a terminal, finished before the tag's result line)
    let printer = Arc::new(Printer::new(a.common.verbose, true));
    let display = BackupDisplay {
        printer: &printer,
        repo: &repository,
    };
    let resolved = resolve_tags(&*src, &tags).await.map_err(CliError::failed)?;
    if resolved.is_empty() {
        return Err(
            CliError::new(format!("no tags found in repository {repository:?}")).recommend(
                format!(
                    "If you want to list available tags in {repository:?}, use \"oras repo tags\""
                ),
            ),
        );
    }
    let names: Vec<String> = resolved.iter().map(|(t, _)| t.clone()).collect();
    display.tags_found(&names);
    let (src, dst) = match folder {
        Some(layout) => (src, layout),
        None => open_planned_archive(
            &mut out,
            src,
            &resolved,
            selection.is_none(),
            a.include_referrers,
            a.concurrency,
        )
        .await
        .map_err(prepare_failed)?,
    };
    let dst = Arc::new(dst);

    for (tag, root) in &resolved {
        let status = Arc::new(a.common.printer(true));
        let hooks = Arc::new(TransferStatus::new(status.clone(), BACKUP));
        let options = CopyOptions::new(a.concurrency, hooks);
        let result = backup_tag(
            src.clone(),
            dst.clone(),
            tag,
            root,
            selection.as_ref(),
            a.include_referrers,
            &options,
        )
        .await;
        status.finish_progress();
        let count = result.map_err(|e| {
            CliError::remote(
                e,
                Some(format!(
                    "failed to back up tag {tag:?} from {repository:?} to {output:?}"
                )),
            )
        })?;
        display.artifact_pulled(tag, count);
    }

    if out.is_tar() {
        display.tar_exporting(&output);
    }
    if let Some(size) = out.finish(&dst).await.map_err(CliError::from_lib)? {
        display.tar_exported(&output, size);
    }
    display.completed(names.len(), &output, start.elapsed());
    Ok(())
}
