//! Locates the binary under test (`ORAS_BIN` or Cargo's build) and the shared golden data.

use std::path::{Path, PathBuf};

/// The `oras` binary under test: `$ORAS_BIN` if set, else the one Cargo built for this test.
///
/// The path is made absolute so that it can be used from any working directory.
pub fn oras_bin() -> PathBuf {
    let path = match std::env::var_os("ORAS_BIN") {
        Some(path) if !path.is_empty() => PathBuf::from(path),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_oras")),
    };
    let path = std::path::absolute(&path)
        .unwrap_or_else(|err| panic!("cannot make {} absolute: {err}", path.display()));
    assert!(
        path.is_file(),
        "the oras binary under test does not exist: {} (set ORAS_BIN or build the package)",
        path.display()
    );
    path
}

/// The steering repo's `shared/` folder: `$ORAS_SHARED_DIR`, else `$CARGO_MANIFEST_DIR/../shared`.
pub fn shared_dir() -> PathBuf {
    match std::env::var_os("ORAS_SHARED_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join("shared"),
    }
}

/// `shared/golden/`, checked to exist so that a missing checkout fails loudly.
pub fn golden_dir() -> PathBuf {
    let dir = shared_dir().join("golden");
    assert!(
        dir.is_dir(),
        "golden transcripts not found at {}: clone the steering repo's shared/ beside this \
         package or set ORAS_SHARED_DIR",
        dir.display()
    );
    dir
}
