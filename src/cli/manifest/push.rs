//! `oras manifest push`: push manifest bytes from a file or stdin under a tag (several with
//! `ref:a,b`), or by digest; `Exists` when the reference already names the same digest.
//!
//! Not done yet: a manifest with a `subject` pushed to a registry without the referrers API
//! should also update the subject's tag-schema referrers index (referrers module).

use crate::cli::error::{CliError, check_args};
use crate::cli::options::output::print_descriptor;
use crate::cli::options::{
    CommonOpts, DescriptorOpts, DistributionSpecOpts, PrettyOpts, TargetOpts,
};
use crate::content::Descriptor;
use crate::display::Printer;
use crate::display::status::PUSH;
use crate::error::Error;
use crate::go::error::path_error;
use clap::Args;
use std::io::Read;

pub(crate) const USAGE: &str = "[flags] <name>[:<tag>[,<tag>][...]|@<digest>] <file>";

#[derive(Args, Debug)]
pub struct PushArgs {
    /// <name>[:<tag>[,<tag>][...]|@<digest>] <file>
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// media type of manifest
    #[arg(long = "media-type", value_name = "string")]
    pub media_type: Option<String>,
    /// concurrency level
    #[arg(long, default_value_t = 5, value_name = "int")]
    pub concurrency: usize,
    #[command(flatten)]
    pub distribution: DistributionSpecOpts,
    #[command(flatten)]
    pub descriptor: DescriptorOpts,
    #[command(flatten)]
    pub pretty: PrettyOpts,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

/// oras `PrepareManifestContent`: the whole file, or stdin for `-`.
fn read_content(path: &str) -> Result<Vec<u8>, CliError> {
    if path.is_empty() {
        return Err(CliError::new("missing file name"));
    }
    let mut out = Vec::new();
    if path == "-" {
        std::io::stdin()
            .read_to_end(&mut out)
            .map_err(|e| CliError::new(format!("failed to read -: {e}")))?;
        return Ok(out);
    }
    // Go's os.ReadFile: opening fails (`open <path>: …`), or reading does (a directory)
    std::fs::read(path).map_err(|e| {
        let op = if e.kind() == std::io::ErrorKind::IsADirectory {
            "read"
        } else {
            "open"
        };
        CliError::new(format!(
            "failed to read {path}: {}",
            path_error(op, path, &e)
        ))
    })
}

pub async fn run(a: PushArgs) -> Result<(), CliError> {
    check_args(
        "manifest push",
        USAGE,
        "the destination to push to and the file to read manifest content from",
        &a.args,
        2,
        Some(2),
    )?;
    let file = a.args[1].clone();
    if file == "-" {
        let remote = &a.target.remote;
        if remote.password_stdin {
            return Err(CliError::new(
                "`-` read file from input and `--password-stdin` read password from input cannot be both used",
            ));
        }
        if remote.identity_token_stdin {
            return Err(CliError::new(
                "`-` read file from input and `--identity-token-stdin` read identity token from input cannot be both used",
            ));
        }
    }
    a.distribution.parse()?;
    let (target_ref, extra_tags) = a.target.parse_ref_with_tags(&a.args[0])?;
    let opened = a
        .target
        .open(&target_ref, &["pull", "push"], a.common.debug)
        .await?;
    a.distribution.apply(&opened)?;
    let dst = opened.writable();
    let bytes = read_content(&file)?;
    let media_type = match a.media_type.clone().filter(|m| !m.is_empty()) {
        Some(m) => m,
        None => extract_media_type(&bytes, &file)?,
    };
    let desc = Descriptor::of_bytes(media_type, &bytes);
    let err = |e: Error| target_ref.error(e, None);

    let verbose = a.common.verbose && !a.descriptor.descriptor;
    let printer = Printer::new(verbose, true);
    let reference = match target_ref.reference() {
        "" => desc.digest.to_string(),
        r => r.to_string(),
    };
    let matched = match dst.resolve(&reference).await {
        Ok(got) => got.digest == desc.digest,
        Err(e) if e.is_not_found() => false,
        Err(e) => return Err(err(e)),
    };
    if matched {
        printer.status(PUSH.exists, &desc);
    } else {
        printer.status(PUSH.transferring, &desc);
        dst.push_reference(&desc, bytes.clone(), &reference)
            .await
            .map_err(err)?;
        printer.status(PUSH.done, &desc);
    }
    if !target_ref.is_layout()
        && let Some(bad) = extra_tags
            .iter()
            .find(|t| !crate::reference::is_valid_tag(t))
    {
        return Err(err(Error::InvalidReference(format!("invalid tag {bad:?}"))));
    }
    if a.descriptor.descriptor {
        crate::ops::tag::tag_bytes_n(&*dst, &desc, &bytes, &extra_tags, a.concurrency, &|_| {})
            .await
            .map_err(err)?;
        print_descriptor(&printer, &desc, a.pretty.pretty);
        return Ok(());
    }
    printer.println(&format!("Pushed: {}", target_ref.display()));
    let on_tagged = |t: &str| printer.println(&format!("Tagged {t}"));
    crate::ops::tag::tag_bytes_n(&*dst, &desc, &bytes, &extra_tags, a.concurrency, &on_tagged)
        .await
        .map_err(err)?;
    printer.println(&format!("Digest: {}", desc.digest));
    Ok(())
}

/// The `mediaType` field of the manifest JSON.
fn extract_media_type(bytes: &[u8], file: &str) -> Result<String, CliError> {
    #[derive(serde::Deserialize)]
    struct Probe {
        #[serde(default, rename = "mediaType")]
        media_type: String,
    }
    let probe: Probe =
        serde_json::from_slice(bytes).map_err(|_| CliError::new("not a valid json file"))?;
    if probe.media_type.is_empty() {
        return Err(CliError::new(format!(
            "media type is not specified via the flag \"--media-type\" nor in {file:?}"
        ))
        .usage(format!("oras manifest push {USAGE}"))
        .recommend(
            "Please specify a valid media type in the manifest JSON or via the \"--media-type\" flag",
        ));
    }
    Ok(probe.media_type)
}
