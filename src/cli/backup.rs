//! `oras backup`: copy tagged artifacts (optionally with their referrers) from a registry
//! into an OCI layout, written as a directory or a tar archive. A failed backup leaves
//! nothing behind: the tar is built under a temporary name next to its destination and
//! renamed at the end; a directory the backup created is removed.

use super::error::{CliError, check_args};
use super::options::platform;
use super::options::{
    CommonOpts, DistributionSpecOpts, OpenedTarget, PlatformOpts, RemoteOpts, TargetOpts,
};
use crate::copy::CopyOptions;
use crate::display::Printer;
use crate::display::backup::BackupDisplay;
use crate::display::status::{BACKUP, TransferStatus};
use crate::error::Error;
use crate::ops::backup::{
    backup_tag, backup_tag_platforms, parse_artifact_references, resolve_tags,
};
use crate::targets::ReadOnlyTarget;
use crate::targets::layout::LayoutStore;
use clap::Args;
use std::path::{Path, PathBuf};
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

/// `filepath.Ext(path)` is `.tar`, in any case.
fn is_tar_path(path: &str) -> bool {
    let base = path.rsplit('/').next().unwrap_or(path);
    base.rfind('.')
        .is_some_and(|i| base[i..].eq_ignore_ascii_case(".tar"))
}

/// Removes, on failure, the outermost directory the backup created.
struct DirGuard(Option<PathBuf>);

impl Drop for DirGuard {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = std::fs::remove_dir_all(p);
        }
    }
}

/// The outermost missing directory among `path` and its parents, if any.
fn first_missing(path: &Path) -> Option<PathBuf> {
    let mut missing = None;
    for p in path.ancestors() {
        if p.as_os_str().is_empty() || std::fs::symlink_metadata(p).is_ok() {
            break;
        }
        missing = Some(p.to_path_buf());
    }
    missing
}

/// Where the layout is staged, and what becomes of it at the end.
enum Output {
    Dir,
    Tar {
        /// the archive being built, renamed onto the output path when complete
        file: tempfile::NamedTempFile,
        /// the layout, in `$TMPDIR/oras-backup-*`
        staging: tempfile::TempDir,
    },
}

fn prepare_tar(output: &str) -> Result<Output, CliError> {
    let path = Path::new(output);
    if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(CliError::new(format!(
            "the output path {output:?} already exists and is a directory"
        ))
        .recommend(
            "To back up to a tar archive, please specify a different output file name or remove the existing directory.",
        ));
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let file = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".oras-tmp")
        .tempfile_in(parent)
        .map_err(|e| {
            CliError::new(format!(
                "unable to create output file {output}: {}",
                crate::go::error::path_error("open", path.display(), &e)
            ))
        })?;
    let staging = tempfile::Builder::new()
        .prefix("oras-backup-")
        .tempdir()
        .map_err(|e| {
            CliError::new(format!(
                "failed to create temporary directory for backup: {}",
                crate::go::error::os_error_text(&e)
            ))
        })?;
    Ok(Output::Tar { file, staging })
}

/// Archive the staged layout into the temporary file and rename it onto `output`.
async fn export_tar(
    file: tempfile::NamedTempFile,
    staging: &Path,
    output: &str,
) -> Result<i64, CliError> {
    let staging = staging.to_path_buf();
    let dest = PathBuf::from(output);
    let wrap = |e: Error| CliError::new(format!("failed to create tar archive at {output}: {}", e));
    let done = tokio::task::spawn_blocking(move || -> Result<i64, Error> {
        use std::io::Write;
        use std::os::unix::fs::PermissionsExt;
        let writer = std::io::BufWriter::with_capacity(256 * 1024, file.as_file());
        let mut writer = crate::targets::layout::export::tar_directory(&staging, writer)?;
        writer.flush()?;
        drop(writer);
        file.as_file().sync_all()?;
        let mode = match std::fs::metadata(&dest) {
            Ok(m) => m.permissions().mode() & 0o7777,
            Err(_) => 0o666 & !crate::targets::layout::current_umask(),
        };
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
        let size = file.as_file().metadata()?.len() as i64;
        file.persist(&dest).map_err(|e| Error::Io(e.error))?;
        Ok(size)
    })
    .await
    .map_err(|e| wrap(Error::msg(e)))?;
    done.map_err(wrap)
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

    let tar = is_tar_path(&output);
    let (mut out, dst_root, mut guard) = if tar {
        let out = prepare_tar(&output)?;
        let root = match &out {
            Output::Tar { staging, .. } => staging.path().to_path_buf(),
            Output::Dir => unreachable!(),
        };
        (out, root, DirGuard(None))
    } else {
        let root = PathBuf::from(&output);
        let guard = DirGuard(first_missing(&root));
        (Output::Dir, root, guard)
    };

    let opened =
        TargetOpts::open_repository(&a.remote, &repository, &["pull"], a.common.debug).await?;
    a.distribution.apply(&opened)?;
    let OpenedTarget::Remote(repo) = opened else {
        return Err(CliError::new("unsupported target"));
    };
    let src: Arc<dyn ReadOnlyTarget> = repo;
    let dst =
        Arc::new(LayoutStore::open(&dst_root).await.map_err(|e| {
            CliError::new(format!("failed to prepare OCI store for backup: {}", e))
        })?);

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

    for (tag, root) in &resolved {
        let status = Arc::new(a.common.printer(true));
        let hooks = Arc::new(TransferStatus::new(status.clone(), BACKUP));
        let options = CopyOptions::new(a.concurrency, hooks);
        let result = match &selection {
            Some(selection) => backup_tag_platforms(
                src.clone(),
                dst.clone(),
                tag,
                selection,
                a.include_referrers,
                &options,
            )
            .await
            .map(|(_, n)| n),
            None => {
                backup_tag(
                    src.clone(),
                    dst.clone(),
                    tag,
                    root,
                    a.include_referrers,
                    &options,
                )
                .await
            }
        };
        status.finish_progress();
        let count = result.map_err(|e| {
            CliError::remote(
                e,
                Some(format!(
                    "failed to back up tag {tag:?} from {repository:?} to {:?}",
                    dst_root.display().to_string()
                )),
            )
        })?;
        display.artifact_pulled(tag, count);
    }

    // a cleaner output: the ingest area is only used while blobs arrive
    let _ = std::fs::remove_dir_all(dst_root.join("ingest"));
    if let Output::Tar { file, staging } = std::mem::replace(&mut out, Output::Dir) {
        display.tar_exporting(&output);
        let size = export_tar(file, staging.path(), &output).await?;
        drop(staging);
        display.tar_exported(&output, size);
    }
    guard.0 = None;
    display.completed(names.len(), &output, start.elapsed());
    Ok(())
}
