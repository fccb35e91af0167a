//! Layers read from a pipe and upload tuning, for `push` and `attach`: the file argument
//! `-` reads one layer from stdin, titled by `--stdin-name` (default `stdin`), of type
//! `--stdin-media-type` (or `-:<type>` after `--`), streamed straight into the destination while it is hashed (read once, never
//! held whole in memory); `--stdin-size` makes a short or long stdin an error before any
//! manifest is pushed. `--chunk-size` (or `ORAS_CHUNK_SIZE`) uploads blobs in chunks.

use super::error::CliError;
use super::options::OpenedTarget;
use crate::content::descriptor::{ANNOTATION_TITLE, Annotations, Descriptor};
use crate::display::Printer;
use crate::display::status::PUSH;
use crate::targets::BlobReader;
use clap::Args;

/// The file argument that means stdin.
pub const STDIN_ARG: &str = "-";

#[derive(Args, Debug, Clone, Default)]
pub struct PipeOpts {
    /// title (file name) of the layer read from stdin with the file argument "-"
    #[arg(long = "stdin-name", default_value = "stdin", value_name = "string")]
    pub stdin_name: String,
    /// media type of the layer read from stdin (default: application/vnd.oci.image.layer.v1.tar)
    #[arg(long = "stdin-media-type", value_name = "string")]
    pub stdin_media_type: Option<String>,
    /// exact size in bytes of the layer read from stdin; a shorter or longer stdin fails
    /// the push before any manifest is written
    #[arg(long = "stdin-size", value_name = "int")]
    pub stdin_size: Option<u64>,
    /// upload blobs in chunks of this size (e.g. 4MiB, 512KiB, 1048576) for registries or
    /// proxies that refuse large uploads; also ORAS_CHUNK_SIZE. Without it, an upload
    /// refused with 413 is retried in chunks automatically
    #[arg(long = "chunk-size", value_name = "size", value_parser = parse_size)]
    pub chunk_size: Option<u64>,
}

/// `4MiB`, `4M`, `512KiB`, `512k`, `1GiB`, `1048576`.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: u64 = num
        .parse()
        .map_err(|_| format!("invalid size {s:?}: expected a number of bytes like 4MiB"))?;
    let mult: u64 = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => {
            return Err(format!(
                "invalid size unit in {s:?}: use B, KiB, MiB or GiB"
            ));
        }
    };
    let v = n
        .checked_mul(mult)
        .ok_or_else(|| format!("size {s:?} is too large"))?;
    if v == 0 {
        return Err("a chunk or stdin size must be positive".into());
    }
    Ok(v)
}

/// `ORAS_CHUNK_SIZE`, when set.
pub fn chunk_size_from_env() -> Result<Option<u64>, CliError> {
    super::env::chunk_size()
        .map(|v| parse_size(&v).map_err(|e| CliError::new(format!("ORAS_CHUNK_SIZE: {e}"))))
        .transpose()
}

impl PipeOpts {
    /// Apply `--chunk-size` to a remote destination.
    pub fn apply(&self, dst: &OpenedTarget) {
        if let (Some(n), OpenedTarget::Remote(repo)) = (self.chunk_size, dst) {
            repo.set_chunk_size(n);
        }
    }

    /// Stream stdin into `dst` as a layer of `media_type`; its descriptor, titled.
    pub async fn upload_stdin(
        &self,
        dst: &OpenedTarget,
        media_type: Option<&str>,
        printer: &Printer,
    ) -> Result<Descriptor, CliError> {
        printer.status_line(&format!("Preparing {}", self.stdin_name));
        let stdin: BlobReader = Box::pin(tokio::io::stdin());
        let what = "stdin";
        let (digest, size) = match dst {
            OpenedTarget::Remote(repo) => repo.push_unsized(stdin, what, self.stdin_size).await,
            OpenedTarget::Layout(layout) => layout.push_unsized(stdin, what, self.stdin_size).await,
        }
        .map_err(|e| CliError::new(format!("failed to read the layer from stdin: {e}")))?;
        let media_type = media_type
            .or(self.stdin_media_type.as_deref())
            .unwrap_or(crate::media_type::IMAGE_LAYER);
        if !crate::media_type::is_valid(media_type) {
            return Err(CliError::new(format!(
                "invalid media type {media_type:?} for the layer read from stdin"
            )));
        }
        let mut desc = Descriptor::new(media_type, digest, size as i64);
        desc.annotations = Some(Annotations::from([(
            ANNOTATION_TITLE.to_string(),
            self.stdin_name.clone(),
        )]));
        // once: the copy that follows finds it at the destination and says nothing more
        printer.status_once(PUSH.done, &desc);
        Ok(desc)
    }
}

/// `-` may appear once, and not with a secret read from stdin.
pub fn check_stdin_args(
    files: &[super::file_ref::FileRef],
    remote: &super::options::RemoteOpts,
) -> Result<(), CliError> {
    let n = files.iter().filter(|f| f.raw_path == STDIN_ARG).count();
    if n > 1 {
        return Err(CliError::new("stdin (`-`) can be given only once"));
    }
    if n == 1 && (remote.password_stdin || remote.identity_token_stdin) {
        return Err(CliError::new(
            "`-` read file from input and `--password-stdin` or `--identity-token-stdin` read from input cannot be both used",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("4MiB"), Ok(4 << 20));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("1048576"), Ok(1 << 20));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("4XB").is_err());
        assert!(parse_size("MiB").is_err());
    }
}
