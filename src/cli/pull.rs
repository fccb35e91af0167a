//! `oras pull`: flags, validation and output; the work is the copy engine with pull hooks.

use super::error::{CliError, check_args};
use super::file_ref::parse_file_ref;
use super::options::TargetRef;
use super::options::platform;
use super::options::{CommonOpts, FormatOpts, PlatformOpts, TargetOpts};
use crate::copy::{self, CopyOptions};
use crate::display::metadata::{DescriptorModel, FileModel, PullModel, render_structured};
use crate::display::status::PullStatus;
use crate::error::Error;
use crate::ops::pull::{PullHooks, PullPolicy, PulledFile};
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

/// The error for a reference without tag or digest.
pub fn no_reference(cmd: &str, usage: &str, raw: &str) -> CliError {
    CliError::new(format!("{raw:?}: no tag or digest specified"))
        .usage(format!("oras {cmd} {usage}"))
        .recommend(format!(
            "Please specify a reference in the form of \"<name>:<tag>\" or \"<name>@<digest>\". Run \"oras {cmd} -h\" for more options and examples"
        ))
}

/// A pull error about `target`; a refused path gets oras's recommendation.
pub fn pull_error(e: Error, target: &TargetRef) -> CliError {
    let traversal = e.is_path_traversal();
    let err = CliError::target(e, None, target);
    if traversal {
        return err.recommend(
            "Pulling files outside of working directory is insecure and blocked by default. If you trust the content producer, use --allow-path-traversal to bypass this check.",
        );
    }
    err
}

/// The `files` of `--format json`: every file the pulled manifests name.
pub fn file_models(files: &[PulledFile], output: &Path, path: &str) -> Option<Vec<FileModel>> {
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
    let (platform, many) = super::pull_platforms::split(a.platform.selection()?);
    if a.output == "-" && many.is_some() {
        return Err(CliError::new(
            "`-o -` streams one artifact: give a single --platform",
        ));
    }
    let target_ref = a.target.parse_ref(&a.args[0])?;
    if target_ref.reference().is_empty() {
        return Err(no_reference("pull", USAGE, &a.args[0]));
    }
    let config_path = a
        .config
        .as_deref()
        .map(parse_file_ref)
        .transpose()?
        .map(|f| (f.raw_path, f.media_type));
    let src = a.target.open_read_only(&target_ref, a.common.debug).await?;
    let output = std::path::absolute(&a.output).map_err(|e| CliError::new(e.to_string()))?;
    let store = Arc::new(FileStore::new(
        output.clone(),
        WriteOptions {
            allow_path_traversal: a.allow_path_traversal,
            keep_old_files: a.keep_old_files,
            reproducible: None,
        },
    ));
    let printer = Arc::new(a.common.printer(format.is_text()));
    let hooks = Arc::new(PullHooks::new(
        PullPolicy {
            include_subject: a.include_subject,
            config_path: config_path.clone(),
        },
        Arc::new(PullStatus::new(printer.clone())),
    ));
    let source = match super::env::oras_cache() {
        Some(dir) => std::sync::Arc::new(
            crate::targets::cache::CachedTarget::new(src.read_only(), &dir)
                .await
                .map_err(CliError::from_lib)?,
        ) as std::sync::Arc<dyn crate::targets::ReadOnlyTarget>,
        None => src.read_only(),
    };
    if let Some(patterns) = many {
        let job = super::pull_platforms::Job {
            args: &a,
            target_ref: &target_ref,
            source,
            patterns,
            format: &format,
            config_path,
            output: &output,
            printer,
        };
        return super::pull_platforms::run(job).await;
    }
    store.resume_from(source.clone());
    let (root, bytes) = crate::ops::platform::fetch_with_platform(
        &*source,
        target_ref.reference(),
        platform.as_ref(),
    )
    .await
    .map_err(|e| CliError::target(e, None, &target_ref))?;
    if a.output == "-" {
        let policy = PullPolicy {
            include_subject: a.include_subject,
            config_path: hooks.policy().config_path.clone(),
        };
        return super::pull_stream::run(
            source,
            root,
            bytes,
            policy,
            a.allow_path_traversal,
            &target_ref,
        )
        .await;
    }
    let options = CopyOptions::new(a.concurrency, hooks.clone());
    copy::copy(source, store.clone(), &root, Some(bytes), None, &options)
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
