//! `oras attach`: pack files and/or annotations into an image-spec v1.1 manifest whose
//! `subject` is the resolved reference, push it, and report `Attached to …`.

use super::error::{CliError, check_args};
use super::options::platform;
use super::options::{
    CommonOpts, DistributionSpecOpts, FormatOpts, OpenedTarget, PlatformOpts, TargetOpts, TargetRef,
};
use super::packer::{PackerOpts, add_files, created_time};
use crate::content::pack::{self, ImageSpec, PackOptions};
use crate::copy::CopyOptions;
use crate::display::metadata::{DescriptorModel, render_structured};
use crate::display::status::{PUSH, TransferStatus};
use crate::display::{Format, Printer};
use crate::media_type;
use crate::ops::platform::resolve_with_platform;
use crate::targets::file::{FileStore, WriteOptions};
use clap::Args;
use std::sync::Arc;

pub(crate) const USAGE: &str = "[flags] --artifact-type=<type> <name>{:<tag>|@<digest>} {<file>[:<layer_media_type>]|--annotation <key>=<value>} [...]";

#[derive(Args, Debug)]
#[command(mut_args(platform::help(
    "[Preview] attach to an arch-specific subject in the form of `os[/arch][/variant][:os_version]`",
)))]
pub struct AttachArgs {
    /// <name>{:<tag>|@<digest>} [<file>[:<layer_media_type>] ...]
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// artifact type
    #[arg(long = "artifact-type", value_name = "string", required = true)]
    pub artifact_type: Option<String>,
    /// concurrency level
    #[arg(long, default_value_t = 5, value_name = "int")]
    pub concurrency: usize,
    #[command(flatten)]
    pub platform: PlatformOpts,
    #[command(flatten)]
    pub packer: PackerOpts,
    #[command(flatten)]
    pub distribution: DistributionSpecOpts,
    #[command(flatten)]
    pub format: FormatOpts,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

pub async fn run(a: AttachArgs) -> Result<(), CliError> {
    check_args(
        "attach",
        USAGE,
        // oras's text ends with a period: its hint reads `attaching.. Run ...`
        "the destination artifact for attaching.",
        &a.args,
        1,
        None,
    )?;
    // then cobra's order: PreRunE (the option groups, the reference), required flags, RunE
    let mut annotations = a.packer.annotations()?;
    let file_refs = a.packer.file_refs(&a.args[1..])?;
    super::stdin_layer::check_stdin_args(&file_refs, &a.target.remote)?;
    // a reference that does not parse, without files: maybe the reference was forgotten
    let missing_subject = |mut e: CliError| {
        if file_refs.is_empty()
            && let Some(r) = e.recommendation.take()
        {
            e.recommendation = Some(format!(
                "Are you missing an artifact reference to attach to? {r}"
            ));
        }
        e
    };
    let target_ref = a.target.parse_ref(&a.args[0]).map_err(missing_subject)?;
    let format = a.format.parse(&["text", "json", "go-template"])?;
    let platform = a.platform.one()?;
    target_ref
        .ensure_reference("attach", USAGE)
        .map_err(missing_subject)?;
    let Some(artifact_type) = a.artifact_type.clone() else {
        return Err(CliError::new("required flag(s) \"artifact-type\" not set"));
    };
    if file_refs.is_empty() && annotations.manifest.is_empty() {
        return Err(
            CliError::new("neither file nor annotation provided in the command")
                .usage(format!("oras attach {USAGE}"))
                .recommend("To attach to an existing artifact, please provide files via argument or annotations via flag \"--annotation\". Run \"oras attach -h\" for more options and examples"),
        );
    }

    let dst = a
        .target
        .open(&target_ref, &["pull", "push"], a.common.debug)
        .await?;
    a.distribution.apply(&dst)?;
    if let OpenedTarget::Remote(repo) = &dst {
        repo.probe_blobs_by_upload();
    }
    let reference = target_ref.reference();
    let resolve_err = |e| target_ref.error(e, Some(format!("failed to resolve {reference}")));
    let subject = resolve_with_platform(&*dst.read_only(), reference, platform.as_ref())
        .await
        .map_err(resolve_err)?;

    let printer = Arc::new(a.common.printer(format.is_text()));
    let cwd = std::env::current_dir().map_err(|e| CliError::new(e.to_string()))?;
    let store = Arc::new(FileStore::new(cwd, WriteOptions::default()));
    let layers = add_files(
        &store,
        &file_refs,
        &mut annotations,
        &printer,
        &dst,
        &a.packer.pipe,
    )
    .await?;
    // packing validates the type (oras-go PackManifest), after the files are prepared
    if !media_type::is_valid(&artifact_type) {
        return Err(CliError::new(format!(
            "invalid artifactType format: {artifact_type}: invalid media type"
        )));
    }
    let packed = pack::pack_manifest(PackOptions {
        spec: ImageSpec::V1_1,
        artifact_type,
        config: None,
        config_annotations: Default::default(),
        layers,
        subject: Some(subject.clone()),
        manifest_annotations: annotations.manifest,
        now: created_time(false)?,
    })
    .map_err(CliError::from_lib)?;

    let hooks = Arc::new(TransferStatus::new(printer.clone(), PUSH));
    let options = CopyOptions::new(a.concurrency, hooks);
    let attached =
        crate::ops::attach::attach_artifact(store, &packed, dst.writable(), &options).await;
    if let OpenedTarget::Remote(repo) = &dst {
        repo.cancel_pending().await;
    }
    let root = attached.map_err(|e| target_ref.error(e, None))?;
    render(&printer, &format, &target_ref, &subject.digest, &root)?;
    a.packer.export(&packed.bytes)
}

fn render(
    printer: &Printer,
    format: &Format,
    target: &TargetRef,
    subject: &crate::content::Digest,
    root: &crate::content::Descriptor,
) -> Result<(), CliError> {
    if format.is_text() {
        let shown = if target.raw().ends_with(subject.as_str()) {
            target.display()
        } else {
            let prefix = if target.is_layout() {
                "[oci-layout]"
            } else {
                "[registry]"
            };
            format!("{prefix} {}@{subject}", target.path())
        };
        printer.println(&format!("Attached to {shown}"));
        printer.println(&format!("Digest: {}", root.digest));
        return Ok(());
    }
    let model = DescriptorModel::new(&target.path(), root);
    render_structured(printer, format, &model).map_err(CliError::from_lib)
}
