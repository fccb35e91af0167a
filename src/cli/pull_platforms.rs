//! `oras pull --platform <list>` (beyond oras 1.3.0): every platform of an index matching
//! the list is pulled into its own folder `<output>/<os>_<arch>[_<variant>][_<os.version>]`
//! (see `platform::list::folder_name`), each with oras's pull rules (path guard,
//! `--keep-old-files`, `--config`, skipped unnamed layers). A single platform never comes
//! here: `pull.rs` keeps oras's exact behaviour for it.

use super::error::CliError;
use super::options::TargetRef;
use super::pull::PullArgs;
use crate::copy::{self, CopyOptions};
use crate::display::Format;
use crate::display::Printer;
use crate::display::metadata::{PullModel, render_structured};
use crate::display::status::PullStatus;
use crate::ops::pull::{PullHooks, PullPolicy};
use crate::platform::Platform;
use crate::platform::list::{self, Selection};
use crate::targets::ReadOnlyTarget;
use crate::targets::file::{FileStore, WriteOptions};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

/// `--platform` as (one platform, oras semantics) or (a list of patterns).
pub fn split(selection: Option<Selection>) -> (Option<Platform>, Option<Vec<Platform>>) {
    match selection {
        None => (None, None),
        Some(Selection::One(p)) => (Some(p), None),
        Some(Selection::Many(ps)) => (None, Some(ps)),
    }
}

/// Everything `pull.rs` prepared.
pub struct Job<'a> {
    pub args: &'a PullArgs,
    pub target_ref: &'a TargetRef,
    pub source: Arc<dyn ReadOnlyTarget>,
    pub patterns: Vec<Platform>,
    pub format: &'a Format,
    pub config_path: Option<(String, Option<String>)>,
    pub output: &'a Path,
    pub printer: Arc<Printer>,
}

pub async fn run(job: Job<'_>) -> Result<(), CliError> {
    let a = job.args;
    let target_ref = job.target_ref;
    let selected =
        crate::ops::platform::select_platforms(&*job.source, target_ref.reference(), &job.patterns)
            .await
            .map_err(|e| CliError::target(e, None, target_ref))?;

    // folder per platform; two entries with the same folder would overwrite each other
    let mut seen = BTreeSet::new();
    let mut plan = Vec::new();
    for (desc, bytes) in selected.manifests {
        let p = desc.platform.clone().unwrap_or_default();
        let folder = list::folder_name(&p);
        if !seen.insert(folder.clone()) {
            return Err(CliError::new(format!(
                "several manifests of {} match platform {}: pull them one by one by digest",
                target_ref.display(),
                p
            )));
        }
        plan.push((p, folder, desc, bytes));
    }

    let path = target_ref.path();
    let mut models = Vec::new();
    for (p, folder, desc, bytes) in plan {
        let store = Arc::new(FileStore::new(
            job.output.join(&folder),
            WriteOptions {
                allow_path_traversal: a.allow_path_traversal,
                keep_old_files: a.keep_old_files,
                reproducible: None,
            },
        ));
        let hooks = Arc::new(PullHooks::new(
            PullPolicy {
                include_subject: a.include_subject,
                config_path: job.config_path.clone(),
            },
            Arc::new(PullStatus::new(job.printer.clone())),
        ));
        let options = CopyOptions::new(a.concurrency, hooks.clone());
        copy::copy(
            job.source.clone(),
            store.clone(),
            &desc,
            Some(bytes),
            None,
            &options,
        )
        .await
        .map_err(|e| super::pull::pull_error(e, target_ref))?;
        let shown = Path::new(&a.output).join(&folder);
        if job.format.is_text() {
            if hooks.layer_skipped() {
                job.printer.println(&format!(
                    "Skipped pulling layers without file name in \"org.opencontainers.image.title\" for {}",
                    p
                ));
            }
            job.printer.println(&format!(
                "Pulled {} ({}) into {}",
                target_ref.display(),
                p,
                shown.display()
            ));
            job.printer.println(&format!("Digest: {}", desc.digest));
            continue;
        }
        models.push(PullModel {
            reference: format!("{path}@{}", desc.digest),
            files: super::pull::file_models(&hooks.files(), &job.output.join(&folder), &path),
        });
    }
    if job.format.is_text() {
        return Ok(());
    }
    render_structured(&job.printer, job.format, &models).map_err(CliError::from_lib)
}
