//! Docker-compatible credential store (`config.json` + credential helpers), as oras 1.3.0 / oras-go v2.6.0.
//!
//! Behaviour carried over from oras-go v2.6.0 `registry/remote/credentials`
//! (`store.go`, `file_store.go`, `native_store.go`, `internal/config/config.go`) and
//! oras v1.3.0 `internal/credential/store.go`:
//!
//! * One store per config file, loaded once at [`CredentialStore::open`]. Several
//!   `--registry-config` files: `get` asks each in order and returns the first non-empty
//!   credential (the first error aborts); `put`/`delete` only touch the first.
//! * Per key: `credHelpers[key]` ⇒ `docker-credential-<name>`; else `credsStore`; else the
//!   plain `auths` map of the file. No platform-default helper is ever detected or set.
//! * The file is rewritten as Go's `json.MarshalIndent(content, "", "\t")`: top-level and
//!   `auths` keys sorted, every other value kept verbatim (key order, numbers) but
//!   re-indented with tabs and HTML-escaped (`<` ⇒ `\u003c` …), **no trailing newline**,
//!   via `oras_credstore_temp_*` (0600) + rename; missing directories are created 0700.
//!
//! Where each part lives: `paths` finds the default config file, `config_file` loads it
//! and saves it, `auths` reads and writes its `auths` entries (and maps docker.io to its
//! key), `json_text` handles the raw JSON the way Go's `encoding/json` does, `write`
//! replaces the file atomically, `helper` runs credential helpers, and `store` ties
//! them together per key. All of them report a [`CredError`].

mod auths;
mod config_file;
mod error;
pub mod helper;
mod json_text;
mod paths;
mod store;
#[cfg(test)]
mod tests;
mod write;

/// One `auths` entry as oras-go reads it (also the format of containers-auth.json).
pub(crate) use auths::decode_auth_entry;
pub use auths::{DOCKER_HUB_KEY, server_key};
pub use error::CredError;
pub(crate) use json_text::json_error_text;
pub use paths::ConfigPaths;
pub use store::CredentialStore;
pub use write::TEMP_FILE_PREFIX;
