//! `oras blob push`: one blob from a file or stdin (`-` needs `--size` and `name@digest`);
//! `Exists` when the target already has it.

use super::blob_digest;
use crate::cli::error::{CliError, check_args};
use crate::cli::options::output::print_descriptor;
use crate::cli::options::{CommonOpts, DescriptorOpts, PrettyOpts, TargetOpts};
use crate::content::{Descriptor, Digest};
use crate::display::Printer;
use crate::display::status::PUSH;
use crate::error::Error;
use crate::go::error::path_error;
use crate::media_type;
use crate::targets::BlobReader;
use clap::Args;
use tokio::io::AsyncReadExt;

pub(crate) const USAGE: &str = "[flags] <name>[@digest] <file>";

#[derive(Args, Debug)]
pub struct PushArgs {
    /// <name>[@digest] <file>
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// provide the blob size
    #[arg(long, default_value_t = -1, allow_negative_numbers = true, value_name = "int")]
    pub size: i64,
    /// specify the returned media type in the descriptor if --descriptor is used
    #[arg(long = "media-type", default_value = media_type::IMAGE_LAYER, value_name = "string")]
    pub media_type: String,
    #[command(flatten)]
    pub descriptor: DescriptorOpts,
    #[command(flatten)]
    pub pretty: PrettyOpts,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

pub async fn run(a: PushArgs) -> Result<(), CliError> {
    check_args(
        "blob push",
        USAGE,
        "the destination to push to and the file to read blob content from",
        &a.args,
        2,
        Some(2),
    )?;
    let file = a.args[1].clone();
    if file == "-" {
        if a.target.remote.password_stdin {
            return Err(CliError::new(
                "`-` read file from input and `--password-stdin` read password from input cannot be both used",
            ));
        }
        if a.target.remote.identity_token_stdin {
            return Err(CliError::new(
                "`-` read file from input and `--identity-token-stdin` read identity token from input cannot be both used",
            ));
        }
        if a.size < 0 {
            return Err(CliError::new(
                "`--size` must be provided if the blob is read from stdin",
            ));
        }
    }
    let target_ref = a.target.parse_ref(&a.args[0])?;
    let opened = a
        .target
        .open(&target_ref, &["pull", "push"], a.common.debug)
        .await?;
    let err = |e: Error| target_ref.error(e, None);
    let (desc, content) = prepare(&file, &a.media_type, target_ref.reference(), a.size)
        .await
        .map_err(|e| match e {
            // opened: what fails now is reading it (a directory: `read <file>: is a directory`)
            Error::Io(io) => CliError::new(path_error("read", &file, &io)),
            e => CliError::from_lib(e),
        })?;
    let dst = opened.writable();
    let progress = a
        .common
        .tty()
        .then(crate::display::progress::Manager::start);
    let printer =
        Printer::new(a.common.verbose && !a.descriptor.descriptor, true).with_progress(progress);
    if dst.exists(&desc).await.map_err(err)? {
        printer.status(PUSH.exists, &desc);
    } else {
        printer.status(PUSH.transferring, &desc);
        let content = printer.track_reader(&desc, content);
        dst.push(&desc, content).await.map_err(err)?;
        printer.status(PUSH.done, &desc);
    }
    if a.descriptor.descriptor {
        print_descriptor(&printer, &desc, a.pretty.pretty);
        return Ok(());
    }
    printer.println(&format!("Pushed: {}", target_ref.display()));
    printer.println(&format!("Digest: {}", desc.digest));
    Ok(())
}

/// oras `PrepareBlobContent`: the descriptor and a reader of the content.
async fn prepare(
    path: &str,
    media_type: &str,
    reference: &str,
    size: i64,
) -> crate::error::Result<(Descriptor, BlobReader)> {
    let given = (!reference.is_empty())
        .then(|| blob_digest(reference))
        .transpose()?;
    if path == "-" {
        let digest = given.ok_or_else(|| {
            Error::msg("content digest must be provided if it is read from stdin")
        })?;
        let stdin: BlobReader = Box::pin(tokio::io::stdin());
        return Ok((Descriptor::new(media_type, digest, size), stdin));
    }
    let mut f = tokio::fs::File::open(path).await.map_err(|e| {
        Error::msg(format!(
            "failed to open {path}: {}",
            path_error("open", path, &e)
        ))
    })?;
    let actual = f.metadata().await?.len() as i64;
    if size != -1 && size != actual {
        return Err(Error::msg(format!(
            "input size {size} does not match the actual content size {actual}"
        )));
    }
    let digest = match given {
        Some(d) => d,
        None => {
            let mut hasher = crate::content::digest::Hasher::sha256();
            let mut buf = vec![0u8; 256 * 1024];
            loop {
                let n = f.read(&mut buf).await?;
                if n == 0 {
                    break;
                }
                hasher.update(&buf[..n]);
            }
            hasher.finish()
        }
    };
    let _: &Digest = &digest;
    let content: BlobReader = Box::pin(tokio::fs::File::open(path).await?);
    Ok((Descriptor::new(media_type, digest, actual), content))
}
