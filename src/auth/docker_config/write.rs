//! Replacing the config file safely: `oras_credstore_temp_*` (0600) in the same directory,
//! fsync, rename over the file; missing directories are created 0700.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::error::CredError;

/// Prefix of the temporary file written before the atomic rename.
pub const TEMP_FILE_PREFIX: &str = "oras_credstore_temp_";

/// Writes `data` to `<dir>/oras_credstore_temp_*` (0600), fsyncs it and renames it over
/// `path`; the directory is created (0700) when missing. The original file is untouched
/// on any failure.
pub(super) fn write_atomic(path: &Path, data: &[u8]) -> Result<(), CredError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    create_dir_0700(&dir).map_err(|source| CredError::CreateDir {
        dir: dir.clone(),
        source,
    })?;
    let save_err = |source: io::Error| CredError::SaveConfig {
        path: path.to_path_buf(),
        source,
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_FILE_PREFIX)
        .tempfile_in(&dir)
        .map_err(save_err)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(save_err)?;
    }
    tmp.write_all(data).map_err(save_err)?;
    tmp.as_file().sync_all().map_err(save_err)?;
    tmp.persist(path).map_err(|e| save_err(e.error))?;
    // Make the rename durable; best effort (some filesystems refuse directory fsync).
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(unix)]
fn create_dir_0700(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_dir_0700(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)
}
