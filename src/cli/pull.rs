//! `oras pull`: flags, validation and output; the work is `ops::pull` (one root into the
//! output directory or onto stdout) and `ops::platform::pull` (a platform list, each into
//! its own folder).

use super::error::{CliError, check_args};
use super::file_ref::parse_file_ref;
use super::options::{CommonOpts, FormatOpts, PlatformOpts, TargetOpts, TargetRef};
use super::options::{cache, platform};
use crate::display::metadata::{DescriptorModel, FileModel, PullModel, render_structured};
use crate::display::status::PullStatus;
use crate::display::{Format, Printer};
use crate::error::Error;
use crate::ops::platform::fetch_with_platform;
use crate::ops::platform::pull::{PlatformPulled, PlatformsPull, pull_platforms};
use crate::ops::pull::{PullHooks, PullPolicy, PulledFile, pull_graph, pull_to_stream};
use crate::platform::list::Selection;
use crate::targets::file::{FileStore, WriteOptions};
use clap::Args;
use std::path::Path;
use std::sync::Arc;

pub(crate) const USAGE: &str = "[flags] <name>{:<tag>|@<digest>}";

#[derive(Args, Debug)]
#[command(mut_args(platform::help(platform::list_help(
    "pull each matching platform into its own folder `<output>/<os>_<arch>[_<variant>]`",
))))]
pub struct PullArgs {
    /// <name>{:<tag>|@<digest>}
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// output directory; "-" writes the artifact to stdout (the single titled file as is,
    /// several files as a tar stream) and prints no status
    #[arg(short = 'o', long, default_value = ".", value_name = "string")]
    pub output: String,
    /// do not replace existing files when pulling, treat them as errors
    #[arg(short = 'k', long = "keep-old-files")]
    pub keep_old_files: bool,
    /// allow storing files out of the output directory
    #[arg(short = 'T', long = "allow-path-traversal")]
    pub allow_path_traversal: bool,
    /// [Preview] recursively pull the subject of artifacts
    #[arg(long = "include-subject")]
    pub include_subject: bool,
    /// output manifest config file
    #[arg(long, value_name = "string")]
    pub config: Option<String>,
    #[command(flatten)]
    pub platform: PlatformOpts,
    /// concurrency level
    #[arg(long, default_value_t = 3, value_name = "int")]
    pub concurrency: usize,
    #[command(flatten)]
    pub format: FormatOpts,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

/// A pull error about `target`; a refused path gets oras's recommendation.
fn pull_error(e: Error, target: &TargetRef) -> CliError {
    let traversal = e.is_path_traversal();
    let err = target.error(e, None);
    if traversal {
        return err.recommend(
            "Pulling files outside of working directory is insecure and blocked by default. If you trust the content producer, use --allow-path-traversal to bypass this check.",
        );
    }
    err
}

/// The `files` of `--format json`: every file the pulled manifests name.
fn file_models(files: &[PulledFile], output: &Path, path: &str) -> Option<Vec<FileModel>> {
    let files: Vec<FileModel> = files
        .iter()
        .map(|f| FileModel {
            path: f.path(output),
            descriptor: DescriptorModel::new(path, &f.desc),
        })
        .collect();
    (!files.is_empty()).then_some(files)
}

pub async fn run(a: PullArgs) -> Result<(), CliError> {
    check_args(
        "pull",
        USAGE,
        "the artifact reference you want to pull",
        &a.args,
        1,
        Some(1),
    )?;
    let format = a.format.parse(&["text", "json", "go-template"])?;
    if a.output == "-" && !format.is_text() {
        return Err(CliError::new(
            "--format cannot be used with `-o -`: stdout carries the pulled content",
        ));
    }
    let selection = a.platform.selection()?;
    if a.output == "-" && matches!(selection, Some(Selection::Many(_))) {
        return Err(CliError::new(
            "`-o -` streams one artifact: give a single --platform",
        ));
    }
    let target_ref = a.target.parse_ref(&a.args[0])?;
    target_ref.ensure_reference("pull", USAGE)?;
    let config_path = a
        .config
        .as_deref()
        .map(parse_file_ref)
        .transpose()?
        .map(|f| (f.raw_path, f.media_type));
    let src = a.target.open_read_only(&target_ref, a.common.debug).await?;
    let output = std::path::absolute(&a.output).map_err(|e| CliError::new(e.to_string()))?;
    let write = WriteOptions {
        allow_path_traversal: a.allow_path_traversal,
        keep_old_files: a.keep_old_files,
        reproducible: None,
    };
    let printer = Arc::new(a.common.printer(format.is_text()));
    let policy = PullPolicy {
        include_subject: a.include_subject,
        config_path,
    };
    let source = cache::cached(src.read_only()).await?;
    let platform = match selection {
        Some(Selection::Many(patterns)) => {
            let shown = target_ref.display();
            let job = PlatformsPull {
                source,
                reference: target_ref.reference(),
                shown: &shown,
                patterns: &patterns,
                output: &output,
                write,
                policy,
                concurrency: a.concurrency,
            };
            return pull_each_platform(job, &a.output, &target_ref, &format, &printer).await;
        }
        Some(Selection::One(p)) => Some(p),
        None => None,
    };
    let (root, bytes) = fetch_with_platform(&*source, target_ref.reference(), platform.as_ref())
        .await
        .map_err(|e| target_ref.error(e, None))?;
    if a.output == "-" {
        // stdout carries only content: no status, no summary
        let silent = Arc::new(PullStatus::new(Arc::new(Printer::new(false, false))));
        let hooks = Arc::new(PullHooks::new(policy, silent));
        let stdout = Box::new(std::io::stdout());
        return pull_to_stream(
            source,
            &root,
            bytes,
            hooks,
            a.allow_path_traversal,
            stdout,
            target_ref.raw(),
        )
        .await
        .map_err(|e| pull_error(e, &target_ref));
    }
    let store = Arc::new(FileStore::new(output.clone(), write));
    store.resume_from(source.clone(), crate::display::notices::to_stderr());
    let hooks = Arc::new(PullHooks::new(
        policy,
        Arc::new(PullStatus::new(printer.clone())),
    ));
    pull_graph(source, store, &root, bytes, hooks.clone(), a.concurrency)
        .await
        .map_err(|e| pull_error(e, &target_ref))?;

    let path = target_ref.path();
    if format.is_text() {
        if hooks.layer_skipped() {
            printer.println(
                "Skipped pulling layers without file name in \"org.opencontainers.image.title\"",
            );
            printer.println(&format!(
                "Use 'oras copy {} --to-oci-layout <layout-dir>' to pull all layers.",
                target_ref.raw()
            ));
        } else {
            printer.println(&format!("Pulled {}", target_ref.display()));
            printer.println(&format!("Digest: {}", root.digest));
        }
        return Ok(());
    }
    let model = PullModel {
        reference: format!("{path}@{}", root.digest),
        files: file_models(&hooks.files(), &output, &path),
    };
    render_structured(&printer, &format, &model).map_err(CliError::from_lib)
}

/// `--platform <list>`: each platform into its folder under `output` (as typed), a result
/// for each.
async fn pull_each_platform(
    job: PlatformsPull<'_>,
    output: &str,
    target_ref: &TargetRef,
    format: &Format,
    printer: &Arc<Printer>,
) -> Result<(), CliError> {
    let shown = job.shown.to_string();
    let absolute = job.output.to_path_buf();
    let status = || Arc::new(PullStatus::new(printer.clone())) as _;
    let path = target_ref.path();
    let mut models = Vec::new();
    let mut on_pulled = |done: PlatformPulled<'_>| {
        if !format.is_text() {
            models.push(PullModel {
                reference: format!("{path}@{}", done.root.digest),
                files: file_models(&done.hooks.files(), &absolute.join(done.folder), &path),
            });
            return;
        }
        if done.hooks.layer_skipped() {
            printer.println(&format!(
                "Skipped pulling layers without file name in \"org.opencontainers.image.title\" for {}",
                done.platform
            ));
        }
        printer.println(&format!(
            "Pulled {shown} ({}) into {}",
            done.platform,
            Path::new(output).join(done.folder).display()
        ));
        printer.println(&format!("Digest: {}", done.root.digest));
    };
    pull_platforms(job, &status, &mut on_pulled)
        .await
        .map_err(|e| pull_error(e, target_ref))?;
    if format.is_text() {
        return Ok(());
    }
    render_structured(printer, format, &models).map_err(CliError::from_lib)
}
