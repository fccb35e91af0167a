//! `oras blob fetch` (alias `get`): a blob to a file (verified into a temp file, then renamed)
//! or to stdout (`-o -`), and/or its descriptor (`--descriptor` alone only HEADs).

use super::blob_digest;
use crate::cli::error::{CliError, check_args};
use crate::cli::options::output::print_descriptor;
use crate::cli::options::{
    CommonOpts, DescriptorOpts, OpenedTarget, PrettyOpts, TargetOpts, cache,
};
use crate::content::Descriptor;
use crate::content::verify::VerifyReader;
use crate::display::Printer;
use crate::error::{Error, Result};
use crate::go::error::path_error;
use crate::targets::{BlobReader, ReadOnlyTarget};
use clap::Args;
use std::path::Path;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub(crate) const USAGE: &str = "[flags] {--output <file> | --descriptor} <name>@<digest>";

#[derive(Args, Debug)]
pub struct FetchArgs {
    /// <name>@<digest>
    #[arg(value_name = "ARGS")]
    pub args: Vec<String>,
    /// output file `path`, use - for stdout
    #[arg(short = 'o', long, value_name = "path")]
    pub output: Option<String>,
    #[command(flatten)]
    pub descriptor: DescriptorOpts,
    #[command(flatten)]
    pub pretty: PrettyOpts,
    #[command(flatten)]
    pub target: TargetOpts,
    #[command(flatten)]
    pub common: CommonOpts,
}

pub async fn run(a: FetchArgs) -> std::result::Result<(), CliError> {
    check_args(
        "blob fetch",
        USAGE,
        "the target blob to fetch",
        &a.args,
        1,
        Some(1),
    )?;
    let output = a.output.as_deref().filter(|o| !o.is_empty());
    if output.is_none() && !a.descriptor.descriptor {
        return Err(CliError::new(
            "either `--output` or `--descriptor` must be provided",
        ));
    }
    if output == Some("-") && a.descriptor.descriptor {
        return Err(CliError::new(
            "`--output -` cannot be used with `--descriptor` at the same time",
        ));
    }
    let target_ref = a.target.parse_ref(&a.args[0])?;
    let opened = a.target.open_read_only(&target_ref, a.common.debug).await?;
    target_ref.ensure_digest("blob fetch", USAGE)?;
    let err = |e: Error| target_ref.error(e, None);
    let digest = blob_digest(target_ref.reference()).map_err(err)?;
    // `--output -` writes the blob to stdout: no progress then
    let tty = a.common.tty() && output.is_some_and(|o| o != "-");
    let printer =
        Printer::new(false, true).with_progress(tty.then(crate::display::progress::Manager::start));
    let desc = match output {
        None => match &opened {
            OpenedTarget::Remote(repo) => repo.resolve_blob(&digest).await,
            OpenedTarget::Layout(store) => store.resolve(digest.as_str()).await,
        }
        .map_err(err)?,
        Some(path) => {
            // one GET for a registry; through ORAS_CACHE: resolve, then read through it
            let (desc, reader) = match &opened {
                OpenedTarget::Remote(repo) if !cache::enabled() => {
                    repo.fetch_blob_reference(&digest).await.map_err(err)?
                }
                OpenedTarget::Remote(repo) => {
                    let desc = repo.resolve_blob(&digest).await.map_err(err)?;
                    let src = cache::cached(opened.read_only()).await?;
                    let reader = src.fetch(&desc).await.map_err(err)?;
                    (desc, reader)
                }
                OpenedTarget::Layout(_) => {
                    let src = cache::cached(opened.read_only()).await?;
                    open_from(&*src, digest.as_str()).await.map_err(err)?
                }
            };
            printer.status("Downloading", &desc);
            let reader = VerifyReader::new(printer.track_reader(&desc, reader), &desc);
            if path == "-" {
                to_stdout(&printer, reader).await.map_err(err)?;
            } else {
                to_file(Path::new(path), reader)
                    .await
                    .map_err(|e| match e {
                        Error::Io(io) => CliError::new(path_error("open", path, &io)),
                        e => err(e),
                    })?;
                printer.status("Downloaded ", &desc);
            }
            desc
        }
    };
    if a.descriptor.descriptor {
        print_descriptor(&printer, &desc, a.pretty.pretty);
    }
    Ok(())
}

async fn open_from(src: &dyn ReadOnlyTarget, reference: &str) -> Result<(Descriptor, BlobReader)> {
    let desc = src.resolve(reference).await?;
    let reader = src.fetch(&desc).await?;
    Ok((desc, reader))
}

/// Stream to stdout; the verifying reader fails the last read when the content is wrong.
async fn to_stdout(printer: &Printer, mut reader: VerifyReader<BlobReader>) -> Result<()> {
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = reader.read(&mut buf).await.map_err(Error::from_io)?;
        if n == 0 {
            return Ok(());
        }
        printer.write_raw(&buf[..n]);
    }
}

/// Stream into a temp file next to `path`, renamed over it only once verified.
async fn to_file(path: &Path, mut reader: VerifyReader<BlobReader>) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".oras-blob-")
        .tempfile_in(dir)?;
    let (std_file, tmp_path) = tmp.into_parts();
    let mut file =
        tokio::io::BufWriter::with_capacity(256 * 1024, tokio::fs::File::from_std(std_file));
    tokio::io::copy(&mut reader, &mut file)
        .await
        .map_err(Error::from_io)?;
    file.flush().await?;
    let file = file.into_inner();
    file.sync_all().await?;
    drop(file);
    let mode = 0o666 & !crate::targets::layout::current_umask();
    std::fs::set_permissions(&tmp_path, std::fs::Permissions::from_mode(mode))?;
    tmp_path.persist(path).map_err(|e| Error::Io(e.error))?;
    Ok(())
}
