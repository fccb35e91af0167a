//! The packer flags push and attach share (`-a`, `--annotation-file`, `--export-manifest`,
//! `--disable-path-validation`) and what they do with them: the annotation sets, file
//! arguments with the absolute-path check, adding the files to the file store with their
//! `Preparing` lines, the creation time, and writing the exported manifest.

use super::error::CliError;
use super::file_ref::{FileRef, load_annotation_file, parse_annotations, parse_file_ref};
use super::options::OpenedTarget;
use crate::content::descriptor::{Annotations, Descriptor};
use crate::content::pack;
use crate::display::Printer;
use crate::go::path::clean;
use crate::targets::file::FileStore;
use crate::targets::layout::write_atomic;
use clap::Args;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Args, Debug, Clone, Default)]
pub struct PackerOpts {
    /// manifest annotations
    #[arg(short = 'a', long = "annotation", value_name = "stringArray")]
    pub annotation: Vec<String>,
    /// path of the annotation file
    #[arg(long = "annotation-file", value_name = "string")]
    pub annotation_file: Option<String>,
    /// path of the pushed manifest
    #[arg(long = "export-manifest", value_name = "path")]
    pub export_manifest: Option<PathBuf>,
    /// skip path validation
    #[arg(long = "disable-path-validation")]
    pub disable_path_validation: bool,
    #[command(flatten)]
    pub pipe: super::stdin_layer::PipeOpts,
}

/// The annotations of one pack: `$manifest` (+ `-a`), `$config`, and per file (keyed by
/// the file argument as typed).
#[derive(Debug, Default)]
pub struct PackAnnotations {
    pub manifest: Annotations,
    pub config: Annotations,
    pub files: BTreeMap<String, Annotations>,
}

impl PackerOpts {
    /// Read `--annotation-file` and `-a` (which cannot be combined).
    pub fn annotations(&self) -> Result<PackAnnotations, CliError> {
        if !self.annotation.is_empty() && self.annotation_file.is_some() {
            return Err(CliError::new(
                "`--annotation` and `--annotation-file` cannot be both specified",
            ));
        }
        let mut files = match &self.annotation_file {
            Some(p) => load_annotation_file(p)?,
            None => Default::default(),
        };
        let mut manifest = files.remove("$manifest").unwrap_or_default();
        manifest.extend(parse_annotations(&self.annotation)?);
        let config = files.remove("$config").unwrap_or_default();
        Ok(PackAnnotations {
            manifest,
            config,
            files,
        })
    }

    /// Parse file arguments; absolute paths need `--disable-path-validation`.
    pub fn file_refs(&self, args: &[String]) -> Result<Vec<FileRef>, CliError> {
        let refs = args
            .iter()
            .map(|f| parse_file_ref(f))
            .collect::<Result<Vec<_>, _>>()?;
        if !self.disable_path_validation {
            let abs: Vec<&str> = refs
                .iter()
                .map(|f| f.raw_path.as_str())
                .filter(|p| p.starts_with('/'))
                .collect();
            if !abs.is_empty() {
                return Err(CliError::new(format!(
                    "absolute file path detected. If it's intentional, use --disable-path-validation flag to skip this check: {}",
                    abs.join(", ")
                )));
            }
        }
        Ok(refs)
    }

    /// `--export-manifest`: the exact manifest bytes, after a successful push.
    pub fn export(&self, bytes: &[u8]) -> Result<(), CliError> {
        if let Some(path) = &self.export_manifest {
            write_atomic(path, bytes, 0o666).map_err(CliError::from_lib)?;
        }
        Ok(())
    }
}

/// Add each file to the store (`Preparing <title>`), merging its annotation-file entry
/// over the file's descriptor (a title too, as oras does); with no file at all, announce
/// an empty artifact (push and attach).
pub async fn add_files(
    store: &FileStore,
    refs: &[FileRef],
    annotations: &mut PackAnnotations,
    printer: &Printer,
    dst: &OpenedTarget,
    pipe: &super::stdin_layer::PipeOpts,
) -> Result<Vec<Descriptor>, CliError> {
    pipe.apply(dst);
    let mut layers = Vec::with_capacity(refs.len());
    for f in refs {
        if f.raw_path == super::stdin_layer::STDIN_ARG {
            let mut desc = pipe
                .upload_stdin(dst, f.media_type.as_deref(), printer)
                .await?;
            if let Some(extra) = annotations.files.remove(&f.raw_path) {
                desc.annotations
                    .get_or_insert_with(Default::default)
                    .extend(extra);
            }
            layers.push(desc);
            continue;
        }
        let title = clean(&f.raw_path);
        printer.status_line(&format!("Preparing {title}"));
        let upload = start_speculative_upload(dst, &f.raw_path).await;
        let mut desc = store
            .add(&title, f.media_type.as_deref(), Path::new(&f.raw_path))
            .await
            .map_err(CliError::from_lib)?;
        if let (Some(u), OpenedTarget::Remote(repo)) = (upload, dst) {
            repo.register_upload(desc.digest.clone(), u);
        }
        if let Some(extra) = annotations.files.remove(&f.raw_path) {
            desc.annotations
                .get_or_insert_with(Default::default)
                .extend(extra);
        }
        layers.push(desc);
    }
    if layers.is_empty() {
        printer.status_line("Uploading empty artifact");
    }
    Ok(layers)
}

/// Large regular files start uploading while they are hashed (remote targets only); the
/// caller cancels what the push did not use (`Repository::cancel_pending`).
async fn start_speculative_upload(
    dst: &OpenedTarget,
    raw_path: &str,
) -> Option<crate::targets::remote::upload::PendingUpload> {
    let OpenedTarget::Remote(repo) = dst else {
        return None;
    };
    let meta = tokio::fs::metadata(raw_path).await.ok()?;
    (meta.is_file() && meta.len() >= crate::targets::remote::upload::SPECULATIVE_MIN_SIZE)
        .then(|| repo.start_upload(std::path::PathBuf::from(raw_path), meta.len()))
}

/// The creation time: `SOURCE_DATE_EPOCH` (or `reproducible`) pins it; else now.
pub fn created_time(reproducible: bool) -> Result<String, CliError> {
    match super::env::source_date_epoch() {
        Some(v) => {
            let secs = parse_source_date_epoch(&v)?;
            Ok(pack::format_rfc3339(secs))
        }
        None if reproducible => Ok(pack::format_rfc3339(0)),
        None => Ok(pack::now_rfc3339()),
    }
}

/// `SOURCE_DATE_EPOCH` as seconds since the Unix epoch: a non-negative whole number
/// (reproducible-builds.org), else a clear error before anything is pushed.
pub fn parse_source_date_epoch(v: &str) -> Result<i64, CliError> {
    v.trim()
        .parse::<u64>()
        .ok()
        .and_then(|s| i64::try_from(s).ok())
        .ok_or_else(|| {
            CliError::new(format!(
                "invalid SOURCE_DATE_EPOCH {v:?}: not a whole number of seconds"
            ))
        })
}
