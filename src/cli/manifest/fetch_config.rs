//! `oras manifest fetch-config` (alias `get-config`): the config blob of an image manifest,
//! to stdout or a file, and/or its descriptor.

use crate::cli::error::{CliError, check_args};
use crate::cli::options::output::{print_descriptor, print_json};
use crate::cli::options::{
    CommonOpts, DescriptorOpts, PlatformOpts, PrettyOpts, TargetOpts, cache,
};
use crate::content::manifest::Manifest;
use crate::display::Printer;
use crate::error::Error;
use crate::go::error::path_error;
use crate::media_type;
use clap::Args;

pub(crate) const USAGE: &str = "[flags] <name>{:<tag>|@<digest>}";

#[derive(Args, Debug)]
pub struct FetchConfigArgs {
    /// <name>{:<tag>|@<digest>}
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// file `path` to write the fetched config to, use - for stdout
    #[arg(short = 'o', long, value_name = "path")]
    pub output: Option<String>,
    #[command(flatten)]
    pub platform: PlatformOpts,
    #[command(flatten)]
    pub descriptor: DescriptorOpts,
    #[command(flatten)]
    pub pretty: PrettyOpts,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

pub async fn run(a: FetchConfigArgs) -> Result<(), CliError> {
    check_args(
        "manifest fetch-config",
        USAGE,
        "the manifest config to fetch",
        &a.args,
        1,
        Some(1),
    )?;
    let output = a.output.as_deref().filter(|o| !o.is_empty());
    if output == Some("-") && a.descriptor.descriptor {
        return Err(CliError::new(
            "`--output -` cannot be used with `--descriptor` at the same time",
        ));
    }
    let platform = a.platform.one()?;
    let target_ref = a.target.parse_ref(&a.args[0])?;
    let opened = a.target.open_read_only(&target_ref, a.common.debug).await?;
    target_ref.ensure_reference("manifest fetch-config", USAGE)?;
    let src = cache::cached(opened.read_only()).await?;
    let err = |e: Error| target_ref.error(e, None);
    let (desc, bytes) =
        crate::ops::platform::fetch_with_platform(&*src, target_ref.reference(), platform.as_ref())
            .await
            .map_err(err)?;
    if !matches!(
        desc.media_type.as_str(),
        media_type::IMAGE_MANIFEST | media_type::DOCKER_MANIFEST
    ) {
        return Err(CliError::new(format!(
            "\"{}\" is not an image manifest and does not have a config",
            desc.digest
        )));
    }
    let manifest: Manifest =
        serde_json::from_slice(&bytes).map_err(|e| CliError::new(e.to_string()))?;
    let config = manifest.config;
    let printer = Printer::new(false, true);
    let pretty = a.pretty.pretty;
    if !a.descriptor.descriptor || output.is_some() {
        let content = crate::targets::fetch_all(&*src, &config)
            .await
            .map_err(err)?;
        match output {
            None | Some("-") => {
                print_json(&printer, &content, pretty)?;
                return Ok(());
            }
            Some(path) => std::fs::write(path, &content)
                .map_err(|e| CliError::new(path_error("open", path, &e)))?,
        }
    }
    if a.descriptor.descriptor {
        print_descriptor(&printer, &config, pretty);
    }
    Ok(())
}
