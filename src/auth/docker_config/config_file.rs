//! One loaded docker config file: its raw top-level values, its `auths` map and its helper
//! settings (`credsStore`, `credHelpers`), read like Go's `json.Decoder` and saved back with
//! every unknown value kept.

use std::collections::BTreeMap;
use std::io;
use std::path::PathBuf;

use super::auths::{decode_auth_entry, to_hostname};
use super::error::CredError;
use super::json_text::{go_indent, json_error_text, object_json, split_object_or_null};
use super::write::write_atomic;
use crate::auth::credential::Credential;
use crate::go::json::quote as json_quote;

const FIELD_AUTHS: &str = "auths";
const FIELD_CREDS_STORE: &str = "credsStore";
const FIELD_CRED_HELPERS: &str = "credHelpers";

/// One loaded config file. Values are kept as raw JSON text so that unknown content
/// round-trips exactly as Go's `map[string]json.RawMessage` does.
pub(super) struct ConfigFile {
    pub(super) path: PathBuf,
    /// Top-level key ⇒ raw JSON value.
    content: BTreeMap<String, String>,
    /// `auths` key ⇒ raw JSON value.
    pub(super) auths: BTreeMap<String, String>,
    creds_store: String,
    cred_helpers: BTreeMap<String, String>,
}

impl ConfigFile {
    fn empty(path: PathBuf) -> Self {
        ConfigFile {
            path,
            content: BTreeMap::new(),
            auths: BTreeMap::new(),
            creds_store: String::new(),
            cred_helpers: BTreeMap::new(),
        }
    }

    pub(super) fn load(path: PathBuf) -> Result<Self, CredError> {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(ConfigFile::empty(path)),
            Err(source) => return Err(CredError::OpenConfig { path, source }),
        };
        let invalid = |detail: String| CredError::InvalidConfig {
            path: path.clone(),
            detail,
        };
        // Like Go's json.Decoder.Decode: the first JSON value counts, an empty (or
        // whitespace-only) file is an empty config.
        let mut stream =
            serde_json::Deserializer::from_slice(&bytes).into_iter::<serde::de::IgnoredAny>();
        let end = match stream.next() {
            None => return Ok(ConfigFile::empty(path)),
            Some(Err(e)) => return Err(invalid(json_error_text(&e))),
            Some(Ok(_)) => stream.byte_offset(),
        };
        let raw = std::str::from_utf8(&bytes[..end])
            .map_err(|_| invalid("file is not valid UTF-8".to_owned()))?;
        let content = match split_object_or_null(raw) {
            Ok(c) => c,
            Err(detail) => return Err(invalid(detail)),
        };

        let mut cfg = ConfigFile::empty(path.clone());
        if let Some(raw) = content.get(FIELD_CREDS_STORE) {
            cfg.creds_store = serde_json::from_str::<Option<String>>(raw)
                .map_err(|e| {
                    invalid(format!(
                        "failed to unmarshal creds store field: {}",
                        json_error_text(&e)
                    ))
                })?
                .unwrap_or_default();
        }
        if let Some(raw) = content.get(FIELD_CRED_HELPERS) {
            let helpers = serde_json::from_str::<Option<BTreeMap<String, Option<String>>>>(raw)
                .map_err(|e| {
                    invalid(format!(
                        "failed to unmarshal cred helpers field: {}",
                        json_error_text(&e)
                    ))
                })?
                .unwrap_or_default();
            cfg.cred_helpers = helpers
                .into_iter()
                .map(|(k, v)| (k, v.unwrap_or_default()))
                .collect();
        }
        if let Some(raw) = content.get(FIELD_AUTHS) {
            cfg.auths = split_object_or_null(raw)
                .map_err(|d| invalid(format!("failed to unmarshal auths field: {d}")))?;
        }
        cfg.content = content;
        Ok(cfg)
    }

    /// The helper suffix responsible for `key`, if any (`credHelpers`, then `credsStore`).
    pub(super) fn helper_for(&self, key: &str) -> Option<&str> {
        match self.cred_helpers.get(key) {
            Some(h) if !h.is_empty() => Some(h),
            _ => Some(self.creds_store.as_str()).filter(|s| !s.is_empty()),
        }
    }

    /// Looks `key` up in `auths`: exact key, else the first key (sorted) whose hostname
    /// (scheme and path stripped) equals `key`.
    pub(super) fn file_get(&self, key: &str) -> Result<Credential, CredError> {
        let found = self
            .auths
            .get_key_value(key)
            .or_else(|| self.auths.iter().find(|(k, _)| to_hostname(k) == key));
        let Some((entry_key, raw)) = found else {
            return Ok(Credential::default());
        };
        decode_auth_entry(raw).map_err(|detail| CredError::InvalidAuthEntry {
            path: self.path.clone(),
            key: entry_key.clone(),
            detail,
        })
    }

    /// Rewrites the file with `auths` and commits it to memory on success.
    pub(super) fn save(&mut self, auths: BTreeMap<String, String>) -> Result<(), CredError> {
        let mut content = self.content.clone();
        if self.creds_store.is_empty() {
            content.remove(FIELD_CREDS_STORE);
        } else {
            content.insert(
                FIELD_CREDS_STORE.to_owned(),
                json_quote(&self.creds_store, true),
            );
        }
        content.insert(FIELD_AUTHS.to_owned(), object_json(&auths));
        let bytes = go_indent(&object_json(&content));
        write_atomic(&self.path, bytes.as_bytes())?;
        self.content = content;
        self.auths = auths;
        Ok(())
    }
}
