//! `oras push`: flags, validation and output; the work is in `ops::push`.

use super::error::{CliError, check_args};
use super::file_ref::parse_file_ref;
use super::options::{CommonOpts, FormatOpts, OpenedTarget, TargetOpts, TargetRef};
use super::packer::{PackerOpts, add_files, created_time};
use crate::content::descriptor::Descriptor;
use crate::content::pack::ImageSpec;
use crate::copy::CopyOptions;
use crate::display::metadata::{DescriptorModel, PushModel, render_structured};
use crate::display::status::{PUSH, TransferStatus};
use crate::display::{Format, Printer};
use crate::media_type;
use crate::ops::push::{PushPack, pack_push, push_artifact};
use crate::targets::file::{FileStore, WriteOptions};
use clap::Args;
use std::sync::Arc;

pub(crate) const USAGE: &str = "[flags] <name>[:<tag>[,<tag>][...]] <file>[:<type>] [...]";

#[derive(Args, Debug)]
pub struct PushArgs {
    /// <name>[:<tag>[,<tag>][...]] [<file>[:<type>] [...]]
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// path of image config file
    #[arg(long, value_name = "path")]
    pub config: Option<String>,
    /// artifact type
    #[arg(long = "artifact-type", value_name = "string")]
    pub artifact_type: Option<String>,
    /// [Experimental] set artifact platform in the form of `os[/arch][/variant][:os_version]`
    #[arg(
        long = "artifact-platform",
        value_name = "os[/arch][/variant][:os_version]"
    )]
    pub artifact_platform: Option<String>,
    /// [Preview] specify manifest type for building artifact. Options: v1.1, v1.0 (default v1.1, overridden to v1.0 if --config is used without --artifact-type)
    #[arg(long = "image-spec", value_name = "string", value_parser = image_spec_value)]
    pub image_spec: Option<ImageSpec>,
    #[command(flatten)]
    pub packer: PackerOpts,
    /// concurrency level
    #[arg(long, default_value_t = 5, value_name = "int")]
    pub concurrency: usize,
    /// [Experimental] byte-identical pushes: the created annotation is pinned
    /// (SOURCE_DATE_EPOCH, else 1970-01-01T00:00:00Z) and directory tarballs are normalised
    /// (sorted entries, uid/gid 0, no owner names, modes 0644/0755, mtimes clamped to
    /// SOURCE_DATE_EPOCH or zeroed, fixed gzip header and level); a set SOURCE_DATE_EPOCH
    /// (whole seconds) implies this flag
    #[arg(long)]
    pub reproducible: bool,
    #[command(flatten)]
    pub format: FormatOpts,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

/// `--image-spec` as oras's `ImageSpec.Set` checks it while the flags are parsed (pflag
/// wraps a refusal as `invalid argument "<v>" for "--image-spec" flag: <reason>`).
fn image_spec_value(value: &str) -> Result<ImageSpec, String> {
    match value {
        "v1.1" => Ok(ImageSpec::V1_1),
        "v1.0" => Ok(ImageSpec::V1_0),
        other => Err(format!(
            "unknown image specification flag: {other}\nAvailable options: v1.1, v1.0"
        )),
    }
}

fn spec_of(a: &PushArgs) -> Result<ImageSpec, CliError> {
    let explicit = a.image_spec;
    if a.config.is_some() && a.artifact_platform.is_some() {
        return Err(CliError::new(
            "--config, --artifact-platform cannot be used at the same time",
        ));
    }
    let spec = match explicit {
        Some(ImageSpec::V1_1) if a.config.is_some() && a.artifact_type.is_none() => {
            return Err(
                CliError::new("missing artifact type for OCI image-spec v1.1 artifacts").recommend(
                    "set an artifact type via `--artifact-type` or consider image spec v1.0",
                ),
            );
        }
        Some(s) => s,
        None if a.config.is_some() && a.artifact_type.is_none() => ImageSpec::V1_0,
        None => ImageSpec::V1_1,
    };
    if spec == ImageSpec::V1_0 {
        if a.config.is_some() && a.artifact_type.is_some() {
            return Err(CliError::new(
                "--artifact-type and --config cannot both be provided for 1.0 OCI image",
            ));
        }
        if a.artifact_platform.is_some() && a.artifact_type.is_some() {
            return Err(CliError::new(
                "artifact type cannot be customized for OCI image-spec v1.0 when platform is specified",
            )
            .recommend("consider using image spec v1.1 or remove --artifact-type"));
        }
    }
    Ok(spec)
}

pub async fn run(a: PushArgs) -> Result<(), CliError> {
    check_args(
        "push",
        USAGE,
        "the destination for pushing",
        &a.args,
        1,
        None,
    )?;
    let format = a.format.parse(&["text", "json", "go-template"])?;
    let spec = spec_of(&a)?;
    let artifact_type = a.artifact_type.clone().unwrap_or_default();
    // parsed with the flags: a bad platform fails before any file is prepared
    let platform = super::options::platform::one(a.artifact_platform.as_deref())?;
    let annotations = a.packer.annotations()?;
    let (target_ref, extra_tags) = a.target.parse_ref_with_tags(&a.args[0])?;
    let file_refs = a.packer.file_refs(&a.args[1..])?;
    super::stdin_layer::check_stdin_args(&file_refs, &a.target.remote)?;

    let printer = Arc::new(a.common.printer(format.is_text()));
    let cwd = std::env::current_dir().map_err(|e| CliError::new(e.to_string()))?;
    let reproducible = a.reproducible || super::env::source_date_epoch().is_some();
    let now = created_time(reproducible)?;
    let write_options = WriteOptions {
        reproducible: reproducible.then(|| crate::targets::file::dir_pack::PackOptions {
            reproducible: true,
            mtime_clamp: super::env::source_date_epoch()
                .and_then(|v| super::packer::parse_source_date_epoch(&v).ok())
                .map(|s| s as u64),
        }),
        ..Default::default()
    };
    let store = Arc::new(FileStore::new(cwd, write_options));

    let dst = a
        .target
        .open(&target_ref, &["pull", "push"], a.common.debug)
        .await?;
    if let OpenedTarget::Remote(repo) = &dst {
        repo.probe_blobs_by_upload();
    }
    let result = push_to(
        &a,
        &dst,
        Prepared {
            format,
            spec,
            artifact_type,
            platform,
            annotations,
            target_ref,
            extra_tags,
            file_refs,
            printer,
            store,
            now,
        },
    )
    .await;
    if let OpenedTarget::Remote(repo) = &dst {
        repo.cancel_pending().await;
    }
    result
}

/// What `run` validated, handed to the part that talks to the destination.
struct Prepared {
    format: Format,
    spec: ImageSpec,
    artifact_type: String,
    platform: Option<crate::platform::Platform>,
    annotations: super::packer::PackAnnotations,
    target_ref: TargetRef,
    extra_tags: Vec<String>,
    file_refs: Vec<super::file_ref::FileRef>,
    printer: Arc<Printer>,
    store: Arc<FileStore>,
    now: String,
}

async fn push_to(a: &PushArgs, dst: &OpenedTarget, p: Prepared) -> Result<(), CliError> {
    let Prepared {
        format,
        spec,
        artifact_type,
        platform,
        mut annotations,
        target_ref,
        extra_tags,
        file_refs,
        printer,
        store,
        now,
    } = p;
    // the config file first (oras adds it to the file store before any file), then files
    let config_file = match &a.config {
        Some(c) => {
            let r = parse_file_ref(c)?;
            let mt = r
                .media_type
                .clone()
                .unwrap_or_else(|| media_type::UNKNOWN_CONFIG.to_string());
            let desc = store
                .add_untitled(std::path::Path::new(&r.raw_path), &mt)
                .await
                .map_err(CliError::from_lib)?;
            Some(desc)
        }
        None => None,
    };
    let layers = add_files(
        &store,
        &file_refs,
        &mut annotations,
        &printer,
        dst,
        &a.packer.pipe,
    )
    .await?;
    let packed = pack_push(PushPack {
        spec,
        artifact_type,
        config_file,
        platform,
        config_annotations: annotations.config,
        manifest_annotations: annotations.manifest,
        layers,
        now,
    })
    .map_err(CliError::from_lib)?;

    let hooks = Arc::new(TransferStatus::new(printer.clone(), PUSH));
    let options = CopyOptions::new(a.concurrency, hooks);
    let tag = Some(target_ref.reference()).filter(|r| !r.is_empty());
    let root = push_artifact(store, &packed, dst.writable(), tag, &options)
        .await
        .map_err(|e| target_ref.error(e, None))?;

    if format.is_text() {
        printer.println(&format!("Pushed {}", target_ref.display()));
    }
    let on_tagged = |t: &str| {
        if format.is_text() {
            printer.println(&format!("Tagged {t}"));
        }
    };
    crate::ops::tag::tag_bytes_n(
        &*dst.writable(),
        &root,
        &packed.bytes,
        &extra_tags,
        a.concurrency,
        &on_tagged,
    )
    .await
    .map_err(|e| target_ref.error(e, None))?;
    a.packer.export(&packed.bytes)?;
    render(&printer, &format, &target_ref, &root, &extra_tags)
}

fn render(
    printer: &Printer,
    format: &Format,
    target: &TargetRef,
    root: &Descriptor,
    extra_tags: &[String],
) -> Result<(), CliError> {
    if format.is_text() {
        printer.println(&format!(
            "ArtifactType: {}",
            root.artifact_type.clone().unwrap_or_default()
        ));
        printer.println(&format!("Digest: {}", root.digest));
        return Ok(());
    }
    let path = target.path();
    let reference = target.reference();
    let tags = if crate::content::Digest::parse(reference).is_ok() {
        None
    } else {
        let mut v: Vec<String> = std::iter::once(reference.to_string())
            .chain(extra_tags.iter().cloned())
            .map(|t| format!("{path}:{t}"))
            .collect();
        v.sort();
        Some(v)
    };
    let model = PushModel {
        descriptor: DescriptorModel::new(&path, root),
        reference_as_tags: tags,
    };
    render_structured(printer, format, &model).map_err(CliError::from_lib)
}
