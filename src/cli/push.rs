//! `oras push`: flags, validation and output; the work is in `ops::push`.

use super::error::{CliError, check_args};
use super::file_ref::{clean, load_annotation_file, parse_annotations, parse_file_ref};
use super::options::{CommonOpts, FormatOpts, OpenedTarget, TargetOpts, TargetRef};
use crate::content::descriptor::{Annotations, Descriptor};
use crate::content::pack::{self, ImageSpec, PackOptions};
use crate::copy::CopyOptions;
use crate::display::metadata::{DescriptorModel, PushModel, render_structured};
use crate::display::status::{PUSH, TransferStatus};
use crate::display::{Format, Printer};
use crate::media_type;
use crate::target::file::{FileStore, WriteOptions};
use crate::target::layout::write_atomic;
use clap::Args;
use std::path::PathBuf;
use std::sync::Arc;

const USAGE: &str = "[flags] <name>[:<tag>[,<tag>][...]] [<file>[:<type>] [...]]";

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
    /// [Experimental] set artifact platform in the format of `os[/arch][/variant][:os_version]`
    #[arg(
        long = "artifact-platform",
        value_name = "os[/arch][/variant][:os_version]"
    )]
    pub artifact_platform: Option<String>,
    /// [Preview] set OCI image spec version (v1.1 or v1.0)
    #[arg(long = "image-spec", value_name = "string")]
    pub image_spec: Option<String>,
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
    /// concurrency level
    #[arg(long, default_value_t = 5, value_name = "int")]
    pub concurrency: usize,
    /// [Experimental] produce byte-identical pushes (also with SOURCE_DATE_EPOCH)
    #[arg(long)]
    pub reproducible: bool,
    #[command(flatten)]
    pub format: FormatOpts,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

fn spec_of(a: &PushArgs) -> Result<ImageSpec, CliError> {
    let explicit = match a.image_spec.as_deref() {
        None => None,
        Some("v1.1") => Some(ImageSpec::V1_1),
        Some("v1.0") => Some(ImageSpec::V1_0),
        Some(other) => {
            return Err(
                CliError::new(format!("unknown image specification flag: {other}"))
                    .recommend("Available options: v1.1, v1.0"),
            );
        }
    };
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

/// The creation time: `SOURCE_DATE_EPOCH` (or `--reproducible`) pins it; else now.
fn created_time(reproducible: bool) -> Result<String, CliError> {
    match super::env::source_date_epoch() {
        Some(v) => {
            let secs: i64 = v.trim().parse().map_err(|_| {
                CliError::new(format!(
                    "invalid SOURCE_DATE_EPOCH {v:?}: not a whole number of seconds"
                ))
            })?;
            Ok(pack::format_rfc3339(secs))
        }
        None if reproducible => Ok(pack::format_rfc3339(0)),
        None => Ok(pack::now_rfc3339()),
    }
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
    if let Some(t) = a.artifact_type.as_deref()
        && !media_type::is_valid(t)
    {
        return Err(CliError::new(format!(
            "invalid artifactType format: {t}: invalid media type"
        )));
    }
    if !a.annotation.is_empty() && a.annotation_file.is_some() {
        return Err(CliError::new(
            "`--annotation` and `--annotation-file` cannot be both specified",
        ));
    }
    let mut file_annotations = match &a.annotation_file {
        Some(p) => load_annotation_file(p)?,
        None => Default::default(),
    };
    let mut manifest_annotations: Annotations =
        file_annotations.remove("$manifest").unwrap_or_default();
    manifest_annotations.extend(parse_annotations(&a.annotation)?);
    let config_annotations = file_annotations.remove("$config").unwrap_or_default();

    let (raw_ref, extra_tags) = split_tags(&a.args[0]);
    let target_ref = a.target.parse_ref(&raw_ref)?;
    let file_refs = a.args[1..]
        .iter()
        .map(|f| parse_file_ref(f))
        .collect::<Result<Vec<_>, _>>()?;
    if !a.disable_path_validation {
        let abs: Vec<&str> = file_refs
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

    let tty = false;
    let printer = Arc::new(Printer::new(a.common.verbose, format.is_text() && !tty));
    let cwd = std::env::current_dir().map_err(|e| CliError::new(e.to_string()))?;
    let reproducible = a.reproducible || super::env::source_date_epoch().is_some();
    let now = created_time(reproducible)?;
    let write_options = WriteOptions {
        reproducible: reproducible.then(|| crate::target::file::dir_pack::PackOptions {
            reproducible: true,
            mtime_clamp: super::env::source_date_epoch().and_then(|v| v.trim().parse().ok()),
        }),
        ..Default::default()
    };
    let store = Arc::new(FileStore::new(cwd, write_options));

    let dst = a
        .target
        .open(&target_ref, &["pull", "push"], a.common.debug)
        .await?;
    let plan = Plan {
        format,
        spec,
        target_ref,
        printer,
        store,
        file_refs,
        file_annotations,
        manifest_annotations,
        config_annotations,
        now,
        extra_tags,
        artifact_type,
    };
    let result = push_with(&a, plan, &dst).await;
    if let OpenedTarget::Remote(repo) = &dst {
        repo.cancel_pending().await;
    }
    result
}

/// Everything validated from the flags, ready to push.
struct Plan {
    format: Format,
    spec: ImageSpec,
    target_ref: TargetRef,
    printer: Arc<Printer>,
    store: Arc<FileStore>,
    file_refs: Vec<super::file_ref::FileRef>,
    file_annotations: std::collections::BTreeMap<String, Annotations>,
    manifest_annotations: Annotations,
    config_annotations: Annotations,
    now: String,
    extra_tags: Vec<String>,
    artifact_type: String,
}

async fn push_with(a: &PushArgs, plan: Plan, dst: &OpenedTarget) -> Result<(), CliError> {
    let Plan {
        format,
        spec,
        target_ref,
        printer,
        store,
        file_refs,
        mut file_annotations,
        manifest_annotations,
        config_annotations,
        now,
        extra_tags,
        mut artifact_type,
    } = plan;
    let target_ref = &target_ref;
    // files and config
    let mut layers = Vec::new();
    if file_refs.is_empty() {
        printer.status_line("Uploading empty artifact");
    }
    for f in &file_refs {
        let title = clean(&f.raw_path);
        printer.status_line(&format!("Preparing {title}"));
        let upload = start_speculative_upload(dst, &f.raw_path).await;
        let mut desc = store
            .add(
                &title,
                f.media_type.as_deref(),
                std::path::Path::new(&f.raw_path),
            )
            .await
            .map_err(CliError::from_lib)?;
        if let (Some(u), OpenedTarget::Remote(repo)) = (upload, dst) {
            repo.register_upload(desc.digest.clone(), u);
        }
        if let Some(extra) = file_annotations.remove(&f.raw_path) {
            desc.annotations
                .get_or_insert_with(Default::default)
                .extend(extra);
        }
        layers.push(desc);
    }
    let mut blobs_extra = Vec::new();
    let config = match (&a.config, &a.artifact_platform) {
        (Some(c), _) => {
            let r = parse_file_ref(c)?;
            let mt = r
                .media_type
                .clone()
                .unwrap_or_else(|| media_type::UNKNOWN_CONFIG.to_string());
            if !media_type::is_valid(&mt) {
                return Err(CliError::new(format!(
                    "invalid config mediaType format: {mt}: invalid media type"
                )));
            }
            let desc = store
                .add_untitled(std::path::Path::new(&r.raw_path), &mt)
                .await
                .map_err(CliError::from_lib)?;
            Some(with_annotations(desc, &config_annotations))
        }
        (None, Some(p)) => {
            let platform = crate::platform::parse(p).map_err(CliError::new)?;
            let bytes = crate::content::json::to_vec(&platform);
            let desc = Descriptor::of_bytes(media_type::IMAGE_CONFIG, &bytes);
            blobs_extra.push((desc.clone(), bytes));
            if artifact_type.is_empty() && spec == ImageSpec::V1_1 {
                artifact_type = media_type::UNKNOWN_ARTIFACT.to_string();
            }
            Some(with_annotations(desc, &config_annotations))
        }
        (None, None) => None,
    };
    if artifact_type.is_empty() && spec == ImageSpec::V1_1 && config.is_none() {
        artifact_type = media_type::UNKNOWN_ARTIFACT.to_string();
    }
    let mut packed = pack::pack_manifest(PackOptions {
        spec,
        artifact_type,
        config,
        config_annotations,
        layers,
        subject: None,
        manifest_annotations,
        now,
    })
    .map_err(CliError::from_lib)?;
    packed.blobs.extend(blobs_extra);

    let hooks = Arc::new(TransferStatus {
        printer: printer.clone(),
        prompts: PUSH,
    });
    let options = CopyOptions::new(a.concurrency, hooks);
    let tag = Some(target_ref.reference()).filter(|r| !r.is_empty());
    let root = crate::ops::push::push_artifact(store, &packed, dst.writable(), tag, &options)
        .await
        .map_err(|e| CliError::target(e, None, target_ref))?;

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
    .map_err(|e| CliError::target(e, None, target_ref))?;
    if let Some(path) = &a.export_manifest {
        write_atomic(path, &packed.bytes, 0o666).map_err(CliError::from_lib)?;
    }
    render(&printer, &format, target_ref, &root, &extra_tags)
}

/// Large regular files start uploading while they are hashed (remote targets only).
async fn start_speculative_upload(
    dst: &OpenedTarget,
    raw_path: &str,
) -> Option<crate::target::remote::upload::PendingUpload> {
    let OpenedTarget::Remote(repo) = dst else {
        return None;
    };
    let meta = tokio::fs::metadata(raw_path).await.ok()?;
    (meta.is_file() && meta.len() >= crate::target::remote::upload::SPECULATIVE_MIN_SIZE)
        .then(|| repo.start_upload(std::path::PathBuf::from(raw_path), meta.len()))
}

fn with_annotations(mut d: Descriptor, a: &Annotations) -> Descriptor {
    if !a.is_empty() {
        d.annotations
            .get_or_insert_with(Default::default)
            .extend(a.clone());
    }
    d
}

/// `repo:v1,v2,v3` → (`repo:v1`, [`v2`, `v3`]).
pub fn split_tags(arg: &str) -> (String, Vec<String>) {
    let mut parts = arg.split(',');
    let first = parts.next().unwrap_or_default().to_string();
    (first, parts.map(str::to_string).collect())
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
