//! The positional artifact reference: a remote repository, or an OCI layout with
//! `--oci-layout` / `--oci-layout-path`; opening it as a store.

use super::RemoteOpts;
use crate::cli::error::CliError;
use crate::connect::Access;
use crate::reference::{Reference, parse_layout_reference};
use crate::targets::layout::LayoutStore;
use crate::targets::remote::Repository;
use crate::targets::{ReadOnlyTarget, Target};
use clap::Args;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Args, Debug, Clone, Default)]
pub struct TargetOpts {
    #[command(flatten)]
    pub remote: RemoteOpts,
    /// set target as an OCI image layout
    #[arg(long = "oci-layout")]
    pub oci_layout: bool,
    /// [Experimental] set the path for the OCI image layout target
    #[arg(long = "oci-layout-path", value_name = "string")]
    pub oci_layout_path: Option<String>,
}

/// Where a reference points.
#[derive(Clone, Debug)]
pub enum TargetRef {
    Remote {
        raw: String,
        reference: Reference,
    },
    Layout {
        raw: String,
        path: PathBuf,
        reference: String,
    },
}

impl TargetRef {
    /// `[registry] <raw>` or `[oci-layout] <raw>`.
    pub fn display(&self) -> String {
        match self {
            TargetRef::Remote { raw, .. } => format!("[registry] {raw}"),
            TargetRef::Layout { raw, .. } => format!("[oci-layout] {raw}"),
        }
    }

    /// What oras calls the path: `registry/repository`, or the layout path.
    pub fn path(&self) -> String {
        match self {
            TargetRef::Remote { reference, .. } => reference.path(),
            TargetRef::Layout { path, .. } => path.display().to_string(),
        }
    }

    /// The tag or digest ("" when none).
    pub fn reference(&self) -> &str {
        match self {
            TargetRef::Remote { reference, .. } => &reference.reference,
            TargetRef::Layout { reference, .. } => reference,
        }
    }

    pub fn raw(&self) -> &str {
        match self {
            TargetRef::Remote { raw, .. } | TargetRef::Layout { raw, .. } => raw,
        }
    }

    /// The registry host, for deciding which errors are "from the registry".
    pub fn registry_host(&self) -> Option<String> {
        match self {
            TargetRef::Remote { reference, .. } => {
                Some(crate::targets::remote::api_host(&reference.registry).to_string())
            }
            TargetRef::Layout { .. } => None,
        }
    }

    pub fn is_layout(&self) -> bool {
        matches!(self, TargetRef::Layout { .. })
    }

    /// A library error about this target, optionally wrapped in `context` (`<context>:
    /// <err>`), with the registry prefix when its registry answered (`CliError::lib`).
    pub fn error(&self, e: crate::error::Error, context: Option<String>) -> CliError {
        CliError::lib(e, context, self.registry_host())
    }

    /// oras's check that the reference names a tag or digest: `"<raw>": no tag or digest
    /// specified`, the usage of `oras <cmd>` and the reference hint.
    pub fn ensure_reference(&self, cmd: &str, usage: &str) -> Result<(), CliError> {
        self.ensure(
            cmd,
            usage,
            "no tag or digest specified",
            "\"<name>:<tag>\" or \"<name>@<digest>\"",
        )
    }

    /// The same check for the blob commands, which need a digest: `"<raw>": no digest
    /// specified`.
    pub fn ensure_digest(&self, cmd: &str, usage: &str) -> Result<(), CliError> {
        self.ensure(cmd, usage, "no digest specified", "\"<name>@<digest>\"")
    }

    fn ensure(&self, cmd: &str, usage: &str, missing: &str, form: &str) -> Result<(), CliError> {
        if !self.reference().is_empty() {
            return Ok(());
        }
        Err(CliError::new(format!("{:?}: {missing}", self.raw()))
            .usage(format!("oras {cmd} {usage}"))
            .recommend(format!(
                "Please specify a reference in the form of {form}. Run \"oras {cmd} -h\" for more options and examples"
            )))
    }
}

/// An opened store, read-only or writable.
pub enum OpenedTarget {
    Remote(Arc<Repository>),
    Layout(Arc<LayoutStore>),
}

impl OpenedTarget {
    pub fn read_only(&self) -> Arc<dyn ReadOnlyTarget> {
        match self {
            OpenedTarget::Remote(r) => r.clone(),
            OpenedTarget::Layout(l) => l.clone(),
        }
    }

    pub fn writable(&self) -> Arc<dyn Target> {
        match self {
            OpenedTarget::Remote(r) => r.clone(),
            OpenedTarget::Layout(l) => l.clone(),
        }
    }
}

/// The usual "invalid reference" recommendation.
pub const REF_FORM_HINT: &str =
    "Please make sure the provided reference is in the form of <registry>/<repo>[:tag|@digest]";

impl TargetOpts {
    /// Parse the positional argument.
    pub fn parse_ref(&self, raw: &str) -> Result<TargetRef, CliError> {
        if self.oci_layout && self.oci_layout_path.is_some() {
            return Err(CliError::new(
                "--oci-layout-path, --oci-layout cannot be used at the same time",
            ));
        }
        if let Some(path) = &self.oci_layout_path {
            return Ok(TargetRef::Layout {
                raw: raw.to_string(),
                path: PathBuf::from(path),
                reference: raw.to_string(),
            });
        }
        if self.oci_layout {
            if !self.remote.header.is_empty() {
                return Err(CliError::new(
                    "custom header flags cannot be used on an OCI image layout target",
                ));
            }
            let (path, reference) = parse_layout_reference(raw);
            return Ok(TargetRef::Layout {
                raw: raw.to_string(),
                path: PathBuf::from(path),
                reference,
            });
        }
        let reference = Reference::parse(raw)
            .map_err(|e| CliError::new(format!("{raw:?}: {e}")).recommend(REF_FORM_HINT))?;
        Ok(TargetRef::Remote {
            raw: raw.to_string(),
            reference,
        })
    }

    /// Parse a positional `<name>[:<tag>[,<tag>][...]]`: the reference (with the first tag)
    /// and the extra tags.
    pub fn parse_ref_with_tags(&self, raw: &str) -> Result<(TargetRef, Vec<String>), CliError> {
        let mut parts = raw.split(',');
        let first = parts.next().unwrap_or_default();
        Ok((self.parse_ref(first)?, parts.map(str::to_string).collect()))
    }

    /// Open for reading: remote, or an existing layout directory or tar.
    pub async fn open_read_only(
        &self,
        target: &TargetRef,
        debug: bool,
    ) -> Result<OpenedTarget, CliError> {
        match target {
            TargetRef::Remote { reference, .. } => {
                self.open_remote(reference, &[], Access::Read, debug).await
            }
            TargetRef::Layout { raw, path, .. } => {
                let store = LayoutStore::open_read_only(path).await.map_err(|e| {
                    // oras's target.go: a tar that ends early does not look like one
                    let e = match e {
                        crate::error::Error::Io(io)
                            if io.kind() == std::io::ErrorKind::UnexpectedEof =>
                        {
                            format!(
                                "{} does not look like a tar archive: unexpected EOF",
                                crate::go::quote::quote(&path.display().to_string())
                            )
                        }
                        e => e.to_string(),
                    };
                    CliError::new(format!("invalid argument {raw:?}: {e}"))
                })?;
                Ok(OpenedTarget::Layout(Arc::new(store)))
            }
        }
    }

    /// Open for writing; remote requests ask for `actions` up front.
    pub async fn open(
        &self,
        target: &TargetRef,
        actions: &[&str],
        debug: bool,
    ) -> Result<OpenedTarget, CliError> {
        match target {
            TargetRef::Remote { reference, .. } => {
                self.open_remote(reference, actions, Access::Write, debug)
                    .await
            }
            TargetRef::Layout { path, .. } => {
                let store = LayoutStore::open(path).await.map_err(CliError::from_lib)?;
                Ok(OpenedTarget::Layout(Arc::new(store)))
            }
        }
    }

    /// backup's source (`Access::Read`) and restore's destination (`Access::Write`): the
    /// repository `<registry>/<repo>` (no tag) of the positional argument, opened with the
    /// remote flags alone.
    pub async fn open_repository(
        remote: &RemoteOpts,
        repository: &str,
        actions: &[&str],
        access: Access,
        debug: bool,
    ) -> Result<OpenedTarget, CliError> {
        let reference = Reference::parse(repository).map_err(|e| CliError::new(e.to_string()))?;
        let opts = TargetOpts {
            remote: remote.clone(),
            ..Default::default()
        };
        opts.open_remote(&reference, actions, access, debug).await
    }

    async fn open_remote(
        &self,
        reference: &Reference,
        actions: &[&str],
        access: Access,
        debug: bool,
    ) -> Result<OpenedTarget, CliError> {
        self.remote.validate()?;
        let settings = self.remote.settings(debug)?;
        let repo = open_repository(&settings, reference, actions, access).await?;
        Ok(OpenedTarget::Remote(repo))
    }
}

/// The repository of `reference` as `crate::connect` opens it, asking for `actions` up
/// front, with `ORAS_CHUNK_SIZE`.
pub async fn open_repository(
    settings: &crate::connect::Settings,
    reference: &Reference,
    actions: &[&str],
    access: Access,
) -> Result<Arc<Repository>, CliError> {
    let mut repo = settings
        .repository(reference, access)
        .await
        .map_err(CliError::from_lib)?;
    repo.hint_actions(actions);
    repo.set_chunk_size(crate::cli::stdin_layer::chunk_size_from_env()?.unwrap_or(0));
    let repo = Arc::new(repo);
    opened().push(repo.clone());
    Ok(repo)
}

/// Every repository the command opened, kept until it ends so that the referrers indexes
/// it wrote are settled once, after all its writes (`settle_opened`).
fn opened() -> std::sync::MutexGuard<'static, Vec<Arc<Repository>>> {
    static OPENED: std::sync::Mutex<Vec<Arc<Repository>>> = std::sync::Mutex::new(Vec::new());
    OPENED.lock().unwrap_or_else(|p| p.into_inner())
}

/// Settle the referrers indexes (tag schema) the command's repositories wrote: called
/// once by the dispatcher when a command is done, whether it succeeded or not.
pub async fn settle_opened() -> Result<(), CliError> {
    let repos: Vec<Arc<Repository>> = std::mem::take(&mut *opened());
    for repo in repos {
        repo.settle_referrers_indexes()
            .await
            .map_err(CliError::from_lib)?;
    }
    Ok(())
}
