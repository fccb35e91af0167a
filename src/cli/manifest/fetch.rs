//! `oras manifest fetch` (aliases `get`, `show`): raw manifest bytes, its descriptor, or the
//! JSON/go-template model; to stdout or a file.

use crate::cli::error::{CliError, check_args};
use crate::cli::options::output::{print_descriptor, print_json};
use crate::cli::options::{
    CommonOpts, DescriptorOpts, FormatOpts, OpenedTarget, PlatformOpts, PrettyOpts, TargetOpts,
    cache,
};
use crate::display::listing::ManifestFetchModel;
use crate::display::metadata::{DescriptorModel, render_structured};
use crate::display::{Format, Printer};
use crate::go::error::path_error;
use crate::ops::platform::{fetch_with_platform, resolve_with_platform};
use crate::targets::ReadOnlyTarget;
use crate::targets::remote::accept::WithAccept;
use clap::Args;
use std::sync::Arc;

pub(crate) const USAGE: &str = "[flags] <name>{:<tag>|@<digest>}";

#[derive(Args, Debug)]
pub struct FetchArgs {
    /// <name>{:<tag>|@<digest>}
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// accepted media types
    #[arg(long = "media-type", value_delimiter = ',', value_name = "strings")]
    pub media_type: Vec<String>,
    /// file `path` to write the fetched manifest to, use - for stdout
    #[arg(short = 'o', long, value_name = "path")]
    pub output: Option<String>,
    #[command(flatten)]
    pub platform: PlatformOpts,
    #[command(flatten)]
    pub descriptor: DescriptorOpts,
    #[command(flatten)]
    pub pretty: PrettyOpts,
    #[command(flatten)]
    pub format: FormatOpts,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

pub async fn run(a: FetchArgs) -> Result<(), CliError> {
    check_args(
        "manifest fetch",
        USAGE,
        "the manifest to fetch",
        &a.args,
        1,
        Some(1),
    )?;
    let output = a.output.as_deref().filter(|o| !o.is_empty());
    let to_stdout = output == Some("-");
    if to_stdout && a.format.format.is_some() {
        // oras interpolates the --template value here
        return Err(CliError::new(format!(
            "`--output -` cannot be used with `--format {}` at the same time",
            a.format.template.clone().unwrap_or_default()
        )));
    }
    if to_stdout && a.descriptor.descriptor {
        return Err(CliError::new(
            "`--descriptor` cannot be used with `--output -` at the same time",
        ));
    }
    // --pretty is ignored when writing to a file
    let pretty = a.pretty.pretty && (output.is_none() || to_stdout);
    if a.format.format.is_some() && a.pretty.pretty {
        return Err(CliError::new(
            "--format, --pretty cannot be used at the same time",
        ));
    }
    if a.format.format.is_some() && a.descriptor.descriptor {
        return Err(CliError::new(
            "--format, --descriptor cannot be used at the same time",
        ));
    }
    let format = a.format.parse(&["text", "json", "go-template"])?;
    let platform = a.platform.one()?;
    let target_ref = a.target.parse_ref(&a.args[0])?;
    let opened = a.target.open_read_only(&target_ref, a.common.debug).await?;
    target_ref.ensure_reference("manifest fetch", USAGE)?;
    let src: Arc<dyn ReadOnlyTarget> = match &opened {
        OpenedTarget::Remote(repo) if !a.media_type.is_empty() => Arc::new(WithAccept {
            repo: repo.clone(),
            accept: a.media_type.join(", "),
        }),
        OpenedTarget::Layout(_) if !a.media_type.is_empty() => {
            return Err(CliError::new(
                "`--media-type` cannot be used with `--oci-layout` at the same time",
            ));
        }
        o => o.read_only(),
    };
    let src = cache::cached(src).await?;
    let printer = Printer::new(false, true);
    let raw = &a.args[0];
    let reference = target_ref.reference();

    if a.descriptor.descriptor && output.is_none() {
        let desc = resolve_with_platform(&*src, reference, platform.as_ref())
            .await
            .map_err(|e| target_ref.error(e, Some(format!("failed to find {raw:?}"))))?;
        print_descriptor(&printer, &desc, pretty);
        return Ok(());
    }

    let (desc, bytes) = fetch_with_platform(&*src, reference, platform.as_ref())
        .await
        .map_err(|e| {
            target_ref.error(e, Some(format!("failed to fetch the content of {raw:?}")))
        })?;
    // the content: to the file, else to stdout unless a JSON/template model is printed
    match output {
        Some(path) if !to_stdout => {
            std::fs::write(path, &bytes).map_err(|e| CliError::new(path_error("open", path, &e)))?
        }
        _ if !format.is_text() => {}
        _ => print_json(&printer, &bytes, pretty)?,
    }
    match &format {
        Format::Json | Format::GoTemplate(_) => {
            let model = ManifestFetchModel {
                descriptor: DescriptorModel::new(&target_ref.path(), &desc),
                content: serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
            };
            render_structured(&printer, &format, &model).map_err(CliError::from_lib)
        }
        _ => {
            if a.descriptor.descriptor {
                print_descriptor(&printer, &desc, pretty);
            }
            Ok(())
        }
    }
}
