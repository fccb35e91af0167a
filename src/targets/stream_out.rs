//! A write-only store that streams pulled files into one byte stream (`oras pull -o -`):
//! the raw bytes of the one titled file, or a tar stream of every titled file (packed
//! directories are re-emitted entry by entry, so `tar x` recreates what `pull -o DIR`
//! would). Content is verified while it streams; what was written before a failed check
//! cannot be taken back, so callers must honour the exit status. Pushes must come one at
//! a time (copy with concurrency 1) for a deterministic order. A copy transfers a blob once
//! even when a manifest lists it under two titles; the stream cannot be read back, so the
//! other titles are read again from the source.

use super::{BlobReader, BoxFuture, ReadOnlyTarget, Target};
use crate::content::Descriptor;
use crate::content::descriptor::ANNOTATION_UNPACK;
use crate::content::verify::VerifyReader;
use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Component, Path};
use std::sync::{Arc, Mutex};

/// How titled files become one stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamMode {
    /// The bytes of the single titled file.
    Raw,
    /// A tar archive of all titled files.
    Tar,
}

enum Sink {
    Raw(Box<dyn Write + Send>),
    Tar(tar::Builder<Box<dyn Write + Send>>),
    Finished,
}

/// Titled content written into one stream.
pub struct StreamStore {
    sink: Arc<Mutex<Sink>>,
    allow_path_traversal: bool,
    written: Mutex<Vec<Descriptor>>,
    /// Where the other titles of a blob already streamed are read from.
    source: Arc<dyn ReadOnlyTarget>,
}

/// A tar or file name that stays inside the extraction folder.
fn check_name(name: &Path, allow: bool) -> Result<()> {
    let escapes = name.components().any(|c| {
        matches!(
            c,
            Component::ParentDir | Component::RootDir | Component::Prefix(_)
        )
    });
    if escapes && !allow {
        return Err(Error::msg(format!(
            "failed to resolve path for writing: path traversal disallowed: {}",
            name.display()
        )));
    }
    Ok(())
}

fn io(e: std::io::Error) -> Error {
    Error::from_io(e)
}

/// Copy a packed directory (tar+gzip of `<title>/…`) entry by entry into `out`, then
/// drain `reader` so its verification runs to the end.
fn copy_packed_dir<R: std::io::Read>(
    reader: R,
    out: &mut tar::Builder<Box<dyn Write + Send>>,
    allow: bool,
) -> Result<()> {
    let gz = flate2::read::GzDecoder::new(reader);
    let mut archive = tar::Archive::new(gz);
    for entry in archive.entries().map_err(io)? {
        let mut entry = entry.map_err(io)?;
        let path = entry.path().map_err(io)?.into_owned();
        check_name(&path, allow)?;
        let mut header = entry.header().clone();
        match entry.header().entry_type() {
            tar::EntryType::Symlink | tar::EntryType::Link => {
                let target = entry
                    .link_name()
                    .map_err(io)?
                    .map(|l| l.into_owned())
                    .unwrap_or_default();
                out.append_link(&mut header, &path, &target).map_err(io)?;
            }
            _ => out
                .append_data(&mut header, &path, &mut entry)
                .map_err(io)?,
        }
    }
    let mut rest = archive.into_inner().into_inner();
    std::io::copy(&mut rest, &mut std::io::sink()).map_err(io)?;
    Ok(())
}

impl StreamStore {
    pub fn new(
        out: Box<dyn Write + Send>,
        mode: StreamMode,
        allow_path_traversal: bool,
        source: Arc<dyn ReadOnlyTarget>,
    ) -> Self {
        let sink = match mode {
            StreamMode::Raw => Sink::Raw(out),
            StreamMode::Tar => {
                let mut b = tar::Builder::new(out);
                b.mode(tar::HeaderMode::Deterministic);
                Sink::Tar(b)
            }
        };
        StreamStore {
            sink: Arc::new(Mutex::new(sink)),
            allow_path_traversal,
            written: Mutex::new(Vec::new()),
            source,
        }
    }

    /// Which mode a pull of `root` (whose bytes are `bytes`) needs: raw when the
    /// manifest has exactly one titled layer that is a plain file and nothing else is
    /// asked for; tar otherwise.
    pub fn mode_for(root: &Descriptor, bytes: &[u8], extras: bool) -> StreamMode {
        if extras || crate::media_type::is_index(&root.media_type) {
            return StreamMode::Tar;
        }
        let Ok(s) = crate::content::manifest::successors(&root.media_type, bytes) else {
            return StreamMode::Tar;
        };
        let titled: Vec<&Descriptor> = s.nodes.iter().filter(|d| d.title().is_some()).collect();
        match titled.as_slice() {
            [one] if one.annotation(ANNOTATION_UNPACK) != Some("true") => StreamMode::Raw,
            _ => StreamMode::Tar,
        }
    }

    /// End the stream (the tar trailer) and flush it.
    pub async fn finish(&self) -> Result<()> {
        let sink = self.sink.clone();
        tokio::task::spawn_blocking(move || {
            let mut guard = sink.lock().unwrap_or_else(|p| p.into_inner());
            match std::mem::replace(&mut *guard, Sink::Finished) {
                Sink::Raw(mut w) => w.flush().map_err(io),
                Sink::Tar(b) => b.into_inner().and_then(|mut w| w.flush()).map_err(io),
                Sink::Finished => Ok(()),
            }
        })
        .await
        .map_err(|e| Error::msg(e.to_string()))?
    }

    /// Titled content written so far.
    pub fn written(&self) -> Vec<Descriptor> {
        self.written
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// After a manifest: stream its titled children not streamed yet whose blob was
    /// streamed under another title.
    async fn restore_duplicates(&self, successors: Vec<Descriptor>) -> Result<()> {
        for s in successors {
            let Some(title) = s.title() else { continue };
            let (named, blob) = {
                let written = self.written.lock().unwrap_or_else(|p| p.into_inner());
                (
                    written.iter().any(|w| w.title() == Some(title)),
                    written.iter().any(|w| w.digest == s.digest),
                )
            };
            if named || !blob {
                continue;
            }
            let content = self.source.fetch(&s).await?;
            self.write(&s, title.to_string(), content).await?;
        }
        Ok(())
    }

    async fn write(&self, desc: &Descriptor, title: String, content: BlobReader) -> Result<()> {
        check_name(Path::new(&title), self.allow_path_traversal)?;
        let sink = self.sink.clone();
        let reader = tokio_util::io::SyncIoBridge::new(VerifyReader::new(content, desc));
        let unpack = desc.annotation(ANNOTATION_UNPACK) == Some("true");
        let size = desc.size.max(0) as u64;
        let allow = self.allow_path_traversal;
        tokio::task::spawn_blocking(move || -> Result<()> {
            let mut reader = reader;
            let mut guard = sink.lock().unwrap_or_else(|p| p.into_inner());
            match &mut *guard {
                Sink::Raw(w) => {
                    std::io::copy(&mut reader, w).map_err(io)?;
                    w.flush().map_err(io)
                }
                Sink::Tar(b) if unpack => copy_packed_dir(reader, b, allow),
                Sink::Tar(b) => {
                    let mut header = tar::Header::new_gnu();
                    header.set_entry_type(tar::EntryType::Regular);
                    header.set_size(size);
                    header.set_mode(0o644);
                    header.set_mtime(0);
                    b.append_data(&mut header, &title, &mut reader)
                        .map_err(io)?;
                    // the tar entry took `size` bytes: read on so the digest is checked
                    std::io::copy(&mut reader, &mut std::io::sink()).map_err(io)?;
                    Ok(())
                }
                Sink::Finished => Err(Error::msg("the output stream is closed")),
            }
        })
        .await
        .map_err(|e| Error::msg(e.to_string()))??;
        self.written
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(desc.clone());
        Ok(())
    }
}

impl ReadOnlyTarget for StreamStore {
    fn fetch<'a>(&'a self, desc: &'a Descriptor) -> BoxFuture<'a, BlobReader> {
        Box::pin(async move { Err(Error::NotFound(desc.digest.to_string())) })
    }

    fn exists<'a>(&'a self, _desc: &'a Descriptor) -> BoxFuture<'a, bool> {
        Box::pin(async { Ok(false) })
    }

    fn resolve<'a>(&'a self, reference: &'a str) -> BoxFuture<'a, Descriptor> {
        Box::pin(async move { Err(Error::NotFound(reference.to_string())) })
    }
}

impl Target for StreamStore {
    /// Titled content goes into the stream; the rest is drained and verified.
    fn push<'a>(&'a self, expected: &'a Descriptor, content: BlobReader) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            match expected.title() {
                Some(title) => self.write(expected, title.to_string(), content).await,
                None if crate::media_type::is_manifest(&expected.media_type) => {
                    let bytes = crate::content::verify::read_all(
                        content,
                        expected,
                        crate::content::manifest::MAX_MANIFEST_BYTES,
                    )
                    .await?;
                    let successors =
                        crate::content::manifest::successors(&expected.media_type, &bytes)?;
                    self.restore_duplicates(successors.all()).await
                }
                None => {
                    let mut reader = VerifyReader::new(content, expected);
                    tokio::io::copy(&mut reader, &mut tokio::io::sink())
                        .await
                        .map_err(Error::from_io)?;
                    Ok(())
                }
            }
        })
    }

    fn tag<'a>(&'a self, _desc: &'a Descriptor, _reference: &'a str) -> BoxFuture<'a, ()> {
        Box::pin(async { Ok(()) })
    }
}
