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

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use base64::Engine as _;

use super::cred_helper::HelperRunner;
use super::credential::Credential;

/// Key under which docker (and oras) keep Docker Hub credentials.
pub const DOCKER_HUB_KEY: &str = "https://index.docker.io/v1/";
/// Prefix of the temporary file written before the atomic rename.
pub const TEMP_FILE_PREFIX: &str = "oras_credstore_temp_";

const FIELD_AUTHS: &str = "auths";
const FIELD_CREDS_STORE: &str = "credsStore";
const FIELD_CRED_HELPERS: &str = "credHelpers";

/// Environment the caller resolved (the library never reads environment variables itself).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConfigPaths {
    /// `$DOCKER_CONFIG` (an empty value counts as unset).
    pub docker_config_env: Option<PathBuf>,
    /// `$HOME` (an empty value counts as unset).
    pub home: Option<PathBuf>,
}

impl ConfigPaths {
    /// The default config file: `$DOCKER_CONFIG/config.json`, else `$HOME/.docker/config.json`
    /// (lexically cleaned like Go's `filepath.Join`).
    pub fn default_config_path(&self) -> Result<PathBuf, CredError> {
        let non_empty = |p: &Option<PathBuf>| p.clone().filter(|p| !p.as_os_str().is_empty());
        let dir = match (non_empty(&self.docker_config_env), non_empty(&self.home)) {
            (Some(dir), _) => dir,
            (None, Some(home)) => home.join(".docker"),
            (None, None) => return Err(CredError::NoHome),
        };
        Ok(clean_path(&dir.join("config.json")))
    }
}

/// Every error of the credential store. Messages never contain a secret.
#[derive(Debug, thiserror::Error)]
pub enum CredError {
    /// Neither `$DOCKER_CONFIG` nor `$HOME` is available for the default config path.
    #[error("failed to get user home directory: $HOME is not defined")]
    NoHome,
    /// The config file exists but cannot be read.
    #[error("failed to open config file at {}: {source}", path.display())]
    OpenConfig {
        /// Config file.
        path: PathBuf,
        /// Underlying error.
        source: io::Error,
    },
    /// The config file is not valid JSON / not a docker config. The file is left untouched.
    #[error("failed to decode config file at {}: invalid config format: {detail}", path.display())]
    InvalidConfig {
        /// Config file.
        path: PathBuf,
        /// What is wrong (never quotes secret values).
        detail: String,
    },
    /// One `auths` entry cannot be decoded (reported when that entry is looked up).
    #[error(
        "failed to decode auth field of {key:?} in config file at {}: invalid config format: {detail}",
        path.display()
    )]
    InvalidAuthEntry {
        /// Config file.
        path: PathBuf,
        /// `auths` key.
        key: String,
        /// What is wrong (never quotes secret values).
        detail: String,
    },
    /// oras-go `ErrBadCredentialFormat`.
    #[error("bad credential format: colons(:) are not allowed in username")]
    BadCredentialFormat,
    /// Creating the config directory failed.
    #[error("failed to make directory {}: {source}", dir.display())]
    CreateDir {
        /// Directory.
        dir: PathBuf,
        /// Underlying error.
        source: io::Error,
    },
    /// Writing the temporary file or renaming it over the config failed.
    #[error("failed to save config file {}: {source}", path.display())]
    SaveConfig {
        /// Config file.
        path: PathBuf,
        /// Underlying error.
        source: io::Error,
    },
    /// The helper program is not installed (Go's `exec.ErrNotFound` text).
    #[error("exec: {helper:?}: executable file not found in $PATH")]
    HelperNotFound {
        /// `docker-credential-<name>`.
        helper: String,
    },
    /// `credsStore: desktop.exe` without Docker Desktop (oras-go special case).
    #[error(
        "credentials store is configured to `desktop.exe` but Docker Desktop seems not running"
    )]
    HelperDesktopNotRunning,
    /// Spawning or talking to the helper failed.
    #[error("failed to run {helper}: {source}")]
    HelperIo {
        /// `docker-credential-<name>`.
        helper: String,
        /// Underlying error.
        source: io::Error,
    },
    /// The helper exited non-zero. Display is exactly what oras-go reports: the helper's
    /// trimmed stdout, or `exit status N` (a secret sent to `store` is masked as `*****`).
    #[error("{message}")]
    HelperFailed {
        /// `docker-credential-<name>`.
        helper: String,
        /// `get`, `store` or `erase`.
        action: &'static str,
        /// Helper message.
        message: String,
    },
    /// The helper's `get` output is not the expected JSON.
    #[error("{helper} get: invalid response: {detail}")]
    HelperResponse {
        /// `docker-credential-<name>`.
        helper: String,
        /// What is wrong (never quotes the output).
        detail: String,
    },
}

/// Credential-store key for a registry host: `docker.io` and `registry-1.docker.io` map to
/// `https://index.docker.io/v1/` (oras-go `ServerAddressFromRegistry`/`…FromHostname`);
/// every other value is returned unchanged.
pub fn server_key(host: &str) -> String {
    match host {
        "docker.io" | "registry-1.docker.io" => DOCKER_HUB_KEY.to_owned(),
        other => other.to_owned(),
    }
}

/// Docker-compatible credential store over one or more config files.
pub struct CredentialStore {
    /// Path of the first config (immutable after `open`).
    primary: PathBuf,
    configs: Vec<Mutex<ConfigFile>>,
    helpers: HelperRunner,
}

impl fmt::Debug for CredentialStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Paths only: the loaded content holds secrets.
        let paths: Vec<PathBuf> = self.configs.iter().map(|c| lock(c).path.clone()).collect();
        f.debug_struct("CredentialStore")
            .field("configs", &paths)
            .field("helpers", &self.helpers)
            .finish()
    }
}

impl CredentialStore {
    /// Loads `registry_configs` (the `--registry-config` values, in order) or, when empty,
    /// the default file from `env`. A missing file is an empty config; an unreadable or
    /// malformed one is an error naming the file.
    pub fn open(registry_configs: &[PathBuf], env: &ConfigPaths) -> Result<Self, CredError> {
        let paths = if registry_configs.is_empty() {
            vec![env.default_config_path()?]
        } else {
            registry_configs.to_vec()
        };
        let primary = paths[0].clone();
        let configs = paths
            .into_iter()
            .map(|p| ConfigFile::load(p).map(Mutex::new))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(CredentialStore {
            primary,
            configs,
            helpers: HelperRunner::new(),
        })
    }

    /// Searches credential helpers only in `search_path` (`PATH` syntax) instead of the
    /// process `PATH`.
    pub fn with_helper_path(mut self, search_path: impl Into<OsString>) -> Self {
        self.helpers = HelperRunner::with_search_path(search_path);
        self
    }

    /// The credential for `server` (host[:port]; mapped through [`server_key`]): the first
    /// non-empty one across the configs, or an empty credential.
    pub fn get(&self, server: &str) -> Result<Credential, CredError> {
        let key = server_key(server);
        if key.is_empty() {
            return Ok(Credential::default());
        }
        for config in &self.configs {
            let cred = {
                let cfg = lock(config);
                match cfg.helper_for(&key) {
                    Some(helper) => {
                        let helper = helper.to_owned();
                        drop(cfg);
                        self.helpers.get(&helper, &key)?
                    }
                    None => cfg.file_get(&key)?,
                }
            };
            if !cred.is_empty() {
                return Ok(cred);
            }
        }
        Ok(Credential::default())
    }

    /// Saves `cred` for `server` in the first config (its helper, or its `auths` map).
    pub fn put(&self, server: &str, cred: &Credential) -> Result<(), CredError> {
        let key = server_key(server);
        let mut cfg = lock(&self.configs[0]);
        if let Some(helper) = cfg.helper_for(&key) {
            let helper = helper.to_owned();
            drop(cfg);
            return self.helpers.store(&helper, &key, cred);
        }
        if cred.username.contains(':') {
            return Err(CredError::BadCredentialFormat);
        }
        let mut auths = cfg.auths.clone();
        auths.insert(key, auth_entry_json(cred));
        cfg.save(auths)
    }

    /// Removes the credential for `server` from the first config; a missing entry is fine
    /// (and leaves the file untouched). Only the exact key is removed from `auths`.
    pub fn delete(&self, server: &str) -> Result<(), CredError> {
        let key = server_key(server);
        let mut cfg = lock(&self.configs[0]);
        if let Some(helper) = cfg.helper_for(&key) {
            let helper = helper.to_owned();
            drop(cfg);
            return self.helpers.erase(&helper, &key);
        }
        if !cfg.auths.contains_key(&key) {
            return Ok(());
        }
        let mut auths = cfg.auths.clone();
        auths.remove(&key);
        cfg.save(auths)
    }

    /// Path of the first (write) config file, as given / as derived from the environment.
    pub fn primary_path(&self) -> &Path {
        &self.primary
    }

    /// Path for the "basic credential not found … at \"<path>\"" hint: the config path when
    /// there is exactly one config, `None` with several (oras prints no path then).
    pub fn hint_path(&self) -> Option<&Path> {
        (self.configs.len() == 1).then(|| self.primary_path())
    }
}

/// Poison-tolerant lock (a panic elsewhere must not wedge credential lookups).
fn lock(m: &Mutex<ConfigFile>) -> MutexGuard<'_, ConfigFile> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// One loaded config file. Values are kept as raw JSON text so that unknown content
/// round-trips exactly as Go's `map[string]json.RawMessage` does.
struct ConfigFile {
    path: PathBuf,
    /// Top-level key ⇒ raw JSON value.
    content: BTreeMap<String, String>,
    /// `auths` key ⇒ raw JSON value.
    auths: BTreeMap<String, String>,
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

    fn load(path: PathBuf) -> Result<Self, CredError> {
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
    fn helper_for(&self, key: &str) -> Option<&str> {
        match self.cred_helpers.get(key) {
            Some(h) if !h.is_empty() => Some(h),
            _ => Some(self.creds_store.as_str()).filter(|s| !s.is_empty()),
        }
    }

    /// Looks `key` up in `auths`: exact key, else the first key (sorted) whose hostname
    /// (scheme and path stripped) equals `key`.
    fn file_get(&self, key: &str) -> Result<Credential, CredError> {
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
    fn save(&mut self, auths: BTreeMap<String, String>) -> Result<(), CredError> {
        let mut content = self.content.clone();
        if self.creds_store.is_empty() {
            content.remove(FIELD_CREDS_STORE);
        } else {
            content.insert(FIELD_CREDS_STORE.to_owned(), go_quote(&self.creds_store));
        }
        content.insert(FIELD_AUTHS.to_owned(), object_json(&auths));
        let bytes = go_indent(&object_json(&content));
        write_atomic(&self.path, bytes.as_bytes())?;
        self.content = content;
        self.auths = auths;
        Ok(())
    }
}

/// Go `ToHostname`: strip `http://` then `https://`, then everything from the first `/`.
fn to_hostname(addr: &str) -> &str {
    let addr = addr.strip_prefix("http://").unwrap_or(addr);
    let addr = addr.strip_prefix("https://").unwrap_or(addr);
    addr.split_once('/').map_or(addr, |(host, _)| host)
}

/// The `auths` entry oras-go writes: `{"auth":…,"identitytoken":…,"registrytoken":…}`,
/// empty fields omitted, `auth` = base64(`user:pass`) unless both are empty.
fn auth_entry_json(cred: &Credential) -> String {
    let mut fields = Vec::new();
    if !(cred.username.is_empty() && cred.password.is_empty()) {
        let pair = format!("{}:{}", cred.username, cred.password);
        let encoded = base64::engine::general_purpose::STANDARD.encode(pair);
        fields.push(format!("\"auth\":{}", go_quote(&encoded)));
    }
    if !cred.refresh_token.is_empty() {
        fields.push(format!(
            "\"identitytoken\":{}",
            go_quote(&cred.refresh_token)
        ));
    }
    if !cred.access_token.is_empty() {
        fields.push(format!(
            "\"registrytoken\":{}",
            go_quote(&cred.access_token)
        ));
    }
    format!("{{{}}}", fields.join(","))
}

/// Decodes one `auths` entry like Go's `json.Unmarshal` into oras-go's `AuthConfig`
/// (case-insensitive field names, unknown fields ignored, `null` = unset), then applies
/// `auth` over the legacy `username`/`password`. Errors never quote values.
fn decode_auth_entry(raw: &str) -> Result<Credential, String> {
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|e| json_error_text(&e))?;
    let map = match value {
        serde_json::Value::Object(map) => map,
        serde_json::Value::Null => return Ok(Credential::default()),
        other => {
            return Err(format!(
                "entry is {}, not an object",
                super::cred_helper::kind(&other)
            ));
        }
    };
    let mut cred = Credential::default();
    let mut auth = String::new();
    for (name, v) in map {
        let slot = match name.to_ascii_lowercase().as_str() {
            "auth" => &mut auth,
            "identitytoken" => &mut cred.refresh_token,
            "registrytoken" => &mut cred.access_token,
            "username" => &mut cred.username,
            "password" => &mut cred.password,
            _ => continue,
        };
        match v {
            serde_json::Value::String(s) => *slot = s,
            serde_json::Value::Null => {}
            other => {
                return Err(format!(
                    "field {name:?} is {}, not a string",
                    super::cred_helper::kind(&other)
                ));
            }
        }
    }
    if !auth.is_empty() {
        let (user, pass) = decode_auth(&auth)?;
        cred.username = user;
        cred.password = pass;
    }
    Ok(cred)
}

/// base64(`user:pass`) ⇒ (user, pass), split at the first `:`. Like Go's
/// `base64.StdEncoding` (padding required, `\r`/`\n` ignored, lenient trailing bits).
fn decode_auth(auth: &str) -> Result<(String, String), String> {
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new().with_decode_allow_trailing_bits(true),
    );
    let cleaned: String = auth.chars().filter(|c| *c != '\r' && *c != '\n').collect();
    let decoded = engine.decode(cleaned.as_bytes()).map_err(|e| {
        let offset = match e {
            base64::DecodeError::InvalidByte(o, _)
            | base64::DecodeError::InvalidLastSymbol(o, _) => o,
            base64::DecodeError::InvalidLength(l) => l,
            base64::DecodeError::InvalidPadding => cleaned.len(),
        };
        format!("illegal base64 data at input byte {offset}")
    })?;
    let decoded = String::from_utf8_lossy(&decoded);
    match decoded.split_once(':') {
        Some((u, p)) => Ok((u.to_owned(), p.to_owned())),
        None => Err("decoded auth does not conform the base64(username:password) format".into()),
    }
}

/// Writes `data` to `<dir>/oras_credstore_temp_*` (0600), fsyncs it and renames it over
/// `path`; the directory is created (0700) when missing. The original file is untouched
/// on any failure.
fn write_atomic(path: &Path, data: &[u8]) -> Result<(), CredError> {
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

/// Lexical cleaning like Go's `filepath.Clean` (used for the default config path).
fn clean_path(p: &Path) -> PathBuf {
    let mut out: Vec<Component<'_>> = Vec::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir) | Some(Component::Prefix(_)) => {}
                _ => out.push(c),
            },
            other => out.push(other),
        }
    }
    if out.is_empty() {
        return PathBuf::from(".");
    }
    out.iter().map(|c| c.as_os_str()).collect()
}

/// serde_json error text without echoing input values.
fn json_error_text(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Data => format!(
            "unexpected JSON type at line {} column {}",
            e.line(),
            e.column()
        ),
        // Syntax / EOF messages describe the position, not the content.
        _ => e.to_string(),
    }
}

// ---------------------------------------------------------------------------------------
// Go encoding/json compatibility: raw-object splitting, string quoting, MarshalIndent.
// ---------------------------------------------------------------------------------------

/// `{"k":raw,…}` with Go-quoted keys in map (sorted) order; values are raw JSON.
fn object_json(map: &BTreeMap<String, String>) -> String {
    let mut s = String::from("{");
    for (i, (k, v)) in map.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push_str(&go_quote(k));
        s.push(':');
        s.push_str(v);
    }
    s.push('}');
    s
}

/// Quotes a string like Go's `json.Marshal` (HTML-safe).
pub(crate) fn go_quote(s: &str) -> String {
    crate::go::json::quote(s, true)
}

/// Splits a JSON object (already validated) into key ⇒ raw value text; `null` gives an
/// empty map; anything else is an error. Duplicate keys: the last one wins (as Go).
fn split_object_or_null(raw: &str) -> Result<BTreeMap<String, String>, String> {
    let b = raw.as_bytes();
    let mut i = skip_ws(b, 0);
    match b.get(i) {
        Some(b'{') => {}
        Some(b'n') => return Ok(BTreeMap::new()),
        Some(c) => {
            return Err(format!(
                "expected a JSON object, found {}",
                kind_of_byte(*c)
            ));
        }
        None => return Err("expected a JSON object, found nothing".into()),
    }
    i += 1;
    let mut map = BTreeMap::new();
    loop {
        i = skip_ws(b, i);
        match b.get(i) {
            Some(b'}') => return Ok(map),
            Some(b',') => {
                i += 1;
                continue;
            }
            Some(b'"') => {}
            _ => return Err("malformed object".into()),
        }
        let key_end = skip_string(b, i);
        let key: String = serde_json::from_str(&raw[i..key_end])
            .map_err(|e| format!("invalid object key: {}", json_error_text(&e)))?;
        i = skip_ws(b, key_end);
        if b.get(i) != Some(&b':') {
            return Err("malformed object".into());
        }
        let start = skip_ws(b, i + 1);
        let end = skip_value(b, start);
        if end <= start {
            return Err("malformed object".into());
        }
        map.insert(key, raw[start..end].to_owned());
        i = end;
    }
}

fn kind_of_byte(c: u8) -> &'static str {
    match c {
        b'[' => "an array",
        b'"' => "a string",
        b't' | b'f' => "a boolean",
        _ => "a number",
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// `b[i] == '"'`; returns the index just past the closing quote.
fn skip_string(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// Index just past the JSON value starting at `i`.
fn skip_value(b: &[u8], mut i: usize) -> usize {
    match b.get(i) {
        Some(b'"') => skip_string(b, i),
        Some(b'{') | Some(b'[') => {
            let mut depth = 0usize;
            while i < b.len() {
                match b[i] {
                    b'"' => {
                        i = skip_string(b, i);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return i + 1;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            b.len()
        }
        Some(_) => {
            while i < b.len() && !matches!(b[i], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            {
                i += 1;
            }
            i
        }
        None => i,
    }
}

/// Go's `json.MarshalIndent(v, "", "\t")` applied to already-encoded JSON.
fn go_indent(src: &str) -> String {
    String::from_utf8_lossy(&crate::go::json::indent_with(src.as_bytes(), b"\t", true)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// `01.file.home__.docker__config.json` of the golden login-logout transcript
    /// (`[AUTH]` stands for the registry `localhost:PORT`).
    const GOLDEN_LOGIN: &str = "{\n\t\"auths\": {\n\t\t\"[AUTH]\": {\n\t\t\t\"auth\": \"dGVzdHVzZXI6dGVzdHBhc3N3b3Jk\"\n\t\t}\n\t}\n}";
    /// `05.file.home__.docker__config.json` (after `oras logout`).
    const GOLDEN_LOGOUT: &str = "{\n\t\"auths\": {}\n}";

    fn env_home(home: &Path) -> ConfigPaths {
        ConfigPaths {
            docker_config_env: None,
            home: Some(home.to_path_buf()),
        }
    }

    fn store_with(json: &str) -> (tempfile::TempDir, PathBuf, CredentialStore) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.json");
        fs::write(&path, json).unwrap();
        let store = CredentialStore::open(std::slice::from_ref(&path), &ConfigPaths::default())
            .unwrap()
            .with_helper_path(dir.path().join("no-helpers-here"));
        (dir, path, store)
    }

    fn read(path: &Path) -> String {
        fs::read_to_string(path).unwrap()
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    fn write_helper(dir: &Path, suffix: &str, body: &str) {
        use std::os::unix::fs::PermissionsExt;
        let p = dir.join(format!("docker-credential-{suffix}"));
        fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o755)).unwrap();
    }

    fn temp_leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(TEMP_FILE_PREFIX))
            .collect()
    }

    #[test]
    fn reads_auth_identitytoken_registrytoken_and_legacy_fields() {
        let (_d, _p, store) = store_with(
            r#"{"auths": {
                "basic.example": {"auth": "dXNlcjpwYXNzOndpdGg6Y29sb25z"},
                "token.example": {"identitytoken": "idtok"},
                "bearer.example": {"registrytoken": "regtok", "email": "x@y"},
                "legacy.example": {"username": "lu", "password": "lp"},
                "both.example": {"auth": "YTpi", "username": "ignored", "IdentityToken": "t2"}
            }}"#,
        );
        assert_eq!(
            store.get("basic.example").unwrap(),
            Credential::basic("user", "pass:with:colons")
        );
        let c = store.get("token.example").unwrap();
        assert_eq!(c.refresh_token, "idtok");
        assert!(c.username.is_empty() && c.password.is_empty() && c.access_token.is_empty());
        assert_eq!(store.get("bearer.example").unwrap().access_token, "regtok");
        assert_eq!(
            store.get("legacy.example").unwrap(),
            Credential::basic("lu", "lp")
        );
        let c = store.get("both.example").unwrap();
        assert_eq!((c.username.as_str(), c.password.as_str()), ("a", "b"));
        assert_eq!(c.refresh_token, "t2");
        assert!(store.get("unknown.example").unwrap().is_empty());
        assert!(store.get("").unwrap().is_empty());
    }

    #[test]
    fn matches_legacy_keys_by_hostname() {
        let (_d, _p, store) = store_with(
            r#"{"auths": {
                "https://reg.example/v1/": {"auth": "YTpi"},
                "http://plain.example:5000": {"auth": "Yzpk"},
                "https://index.docker.io/v1/": {"auth": "aHViOmh1YnB3"}
            }}"#,
        );
        assert_eq!(
            store.get("reg.example").unwrap(),
            Credential::basic("a", "b")
        );
        assert_eq!(
            store.get("plain.example:5000").unwrap(),
            Credential::basic("c", "d")
        );
        assert!(store.get("plain.example").unwrap().is_empty());
        assert!(store.get("reg.example:443").unwrap().is_empty());
        // index.docker.io is reached through the docker.io key mapping only.
        let hub = Credential::basic("hub", "hubpw");
        assert_eq!(store.get("docker.io").unwrap(), hub);
        assert_eq!(store.get("registry-1.docker.io").unwrap(), hub);
        assert_eq!(store.get("index.docker.io").unwrap(), hub);
    }

    #[test]
    fn exact_key_wins_over_hostname_match() {
        let (_d, _p, store) = store_with(
            r#"{"auths": {"https://reg.example/": {"auth": "YTpi"}, "reg.example": {"auth": "Yzpk"}}}"#,
        );
        assert_eq!(
            store.get("reg.example").unwrap(),
            Credential::basic("c", "d")
        );
    }

    #[test]
    fn docker_hub_key_mapping() {
        assert_eq!(server_key("docker.io"), DOCKER_HUB_KEY);
        assert_eq!(server_key("registry-1.docker.io"), DOCKER_HUB_KEY);
        assert_eq!(server_key("index.docker.io"), "index.docker.io");
        assert_eq!(server_key("localhost:5000"), "localhost:5000");
        assert_eq!(server_key(DOCKER_HUB_KEY), DOCKER_HUB_KEY);

        let (_d, path, store) = store_with("");
        store
            .put("docker.io", &Credential::basic("u", "p"))
            .unwrap();
        assert!(read(&path).contains("\"https://index.docker.io/v1/\": {"));
        assert_eq!(
            store.get("registry-1.docker.io").unwrap(),
            Credential::basic("u", "p")
        );
        store.delete("registry-1.docker.io").unwrap();
        assert_eq!(read(&path), GOLDEN_LOGOUT);
    }

    #[test]
    fn login_and_logout_bytes_match_golden_transcript() {
        let home = tempfile::tempdir().unwrap();
        let env = env_home(home.path());
        let store = CredentialStore::open(&[], &env).unwrap();
        let cfg = home.path().join(".docker").join("config.json");
        assert_eq!(store.primary_path(), cfg);
        assert_eq!(store.hint_path(), Some(cfg.as_path()));
        assert!(!cfg.exists());

        let registry = "localhost:41234";
        store
            .put(
                registry,
                &Credential::from_user_input("testuser", "testpassword"),
            )
            .unwrap();
        let written = read(&cfg);
        assert_eq!(written.replace(registry, "[AUTH]"), GOLDEN_LOGIN);
        assert_eq!(
            written.len(),
            GOLDEN_LOGIN.len() - "[AUTH]".len() + registry.len()
        );
        // With the placeholder itself as the key the bytes are identical.
        let store2 = CredentialStore::open(&[], &env).unwrap();
        store2.delete(registry).unwrap();
        store2
            .put("[AUTH]", &Credential::basic("testuser", "testpassword"))
            .unwrap();
        assert_eq!(fs::read(&cfg).unwrap(), GOLDEN_LOGIN.as_bytes());

        // A fresh process sees the credential; logout leaves `"auths": {}`.
        let store3 = CredentialStore::open(&[], &env).unwrap();
        assert_eq!(
            store3.get("[AUTH]").unwrap(),
            Credential::basic("testuser", "testpassword")
        );
        store3.delete("[AUTH]").unwrap();
        assert_eq!(fs::read(&cfg).unwrap(), GOLDEN_LOGOUT.as_bytes());
        assert!(store3.get("[AUTH]").unwrap().is_empty());
        assert!(temp_leftovers(&home.path().join(".docker")).is_empty());
    }

    #[test]
    fn identity_token_login_writes_identitytoken() {
        let (_d, path, store) = store_with("");
        store
            .put("reg.example", &Credential::from_user_input("", "my-token"))
            .unwrap();
        assert_eq!(
            read(&path),
            "{\n\t\"auths\": {\n\t\t\"reg.example\": {\n\t\t\t\"identitytoken\": \"my-token\"\n\t\t}\n\t}\n}"
        );
        let c = store.get("reg.example").unwrap();
        assert_eq!(c.refresh_token, "my-token");
    }

    #[test]
    fn all_fields_written_in_struct_order() {
        let (_d, path, store) = store_with("");
        let cred = Credential {
            username: "u".into(),
            password: "p<&>".into(),
            refresh_token: "r".into(),
            access_token: "a".into(),
        };
        store.put("h", &cred).unwrap();
        assert_eq!(
            read(&path),
            "{\n\t\"auths\": {\n\t\t\"h\": {\n\t\t\t\"auth\": \"dTpwPCY+\",\n\t\t\t\"identitytoken\": \"r\",\n\t\t\t\"registrytoken\": \"a\"\n\t\t}\n\t}\n}"
        );
        assert_eq!(store.get("h").unwrap(), cred);
    }

    #[test]
    fn colon_in_username_is_rejected_and_file_untouched() {
        let (_d, path, store) = store_with("{}");
        let err = store
            .put("h", &Credential::basic("a:b", "secret-pw"))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "bad credential format: colons(:) are not allowed in username"
        );
        assert_eq!(read(&path), "{}");
    }

    #[test]
    fn put_and_delete_preserve_unknown_content() {
        let original = r#"{
  "proxies": {"default": {"httpProxy": "http://p:3128", "noProxy": "a<b&c"}},
  "auths": {
    "other.example": {"auth": "YTpi", "email": "me@example.com", "zz": 1.50, "aa": [1, 2e3, {}]},
    "https://legacy.example/v1/": {"auth": "Yzpk"}
  },
  "credsStore": "",
  "credHelpers": {"helper.example": ""},
  "HttpHeaders": {"User-Agent": "x"},
  "empty": [],
  "big": 123456789012345678901234567890
}"#;
        let (dir, path, store) = store_with(original);
        store
            .put("new.example:5000", &Credential::basic("n", "m"))
            .unwrap();
        let expected_after_put = "{\n\t\"HttpHeaders\": {\n\t\t\"User-Agent\": \"x\"\n\t},\n\t\"auths\": {\n\t\t\"https://legacy.example/v1/\": {\n\t\t\t\"auth\": \"Yzpk\"\n\t\t},\n\t\t\"new.example:5000\": {\n\t\t\t\"auth\": \"bjpt\"\n\t\t},\n\t\t\"other.example\": {\n\t\t\t\"auth\": \"YTpi\",\n\t\t\t\"email\": \"me@example.com\",\n\t\t\t\"zz\": 1.50,\n\t\t\t\"aa\": [\n\t\t\t\t1,\n\t\t\t\t2e3,\n\t\t\t\t{}\n\t\t\t]\n\t\t}\n\t},\n\t\"big\": 123456789012345678901234567890,\n\t\"credHelpers\": {\n\t\t\"helper.example\": \"\"\n\t},\n\t\"empty\": [],\n\t\"proxies\": {\n\t\t\"default\": {\n\t\t\t\"httpProxy\": \"http://p:3128\",\n\t\t\t\"noProxy\": \"a\\u003cb\\u0026c\"\n\t\t}\n\t}\n}";
        assert_eq!(read(&path), expected_after_put);

        store.delete("new.example:5000").unwrap();
        let after_delete = read(&path);
        assert!(!after_delete.contains("new.example"));
        assert!(after_delete.contains("\"email\": \"me@example.com\""));
        // delete removes only the exact key, never a legacy hostname match.
        store.delete("legacy.example").unwrap();
        assert_eq!(read(&path), after_delete);
        assert_eq!(
            store.get("legacy.example").unwrap(),
            Credential::basic("c", "d")
        );
        assert!(temp_leftovers(dir.path()).is_empty());
    }

    #[test]
    fn delete_of_missing_entry_is_a_no_op() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("config.json");
        let store =
            CredentialStore::open(std::slice::from_ref(&path), &ConfigPaths::default()).unwrap();
        store.delete("nothing.example").unwrap();
        assert!(!path.exists(), "no file is created by a no-op delete");
        assert!(!path.parent().unwrap().exists());

        let (_d, path, store) = store_with("{ \"auths\" : { } , \"x\" : true }");
        store.delete("nothing.example").unwrap();
        assert_eq!(read(&path), "{ \"auths\" : { } , \"x\" : true }");
    }

    #[test]
    fn empty_or_null_files_are_empty_configs() {
        for content in ["", "  \n", "null", "{}", "{\"auths\": null}"] {
            let (_d, path, store) = store_with(content);
            assert!(store.get("a").unwrap().is_empty(), "{content:?}");
            store.put("a", &Credential::basic("u", "p")).unwrap();
            assert_eq!(
                read(&path),
                "{\n\t\"auths\": {\n\t\t\"a\": {\n\t\t\t\"auth\": \"dTpw\"\n\t\t}\n\t}\n}",
                "{content:?}"
            );
        }
    }

    #[test]
    fn malformed_config_is_a_clear_error_and_never_overwritten() {
        for bad in [
            "{\"auths\": {\"a\": {\"auth\": \"x\"}",
            "{not json}",
            "[1, 2]",
            "\"str\"",
            "{\"auths\": \"nope\"}",
            "{\"auths\": [1]}",
            "{\"credsStore\": 5}",
            "{\"credHelpers\": [\"x\"]}",
            "{\"credHelpers\": {\"a\": 1}}",
        ] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("config.json");
            fs::write(&path, bad).unwrap();
            let err = CredentialStore::open(std::slice::from_ref(&path), &ConfigPaths::default())
                .unwrap_err();
            let msg = err.to_string();
            assert!(
                matches!(err, CredError::InvalidConfig { .. }),
                "{bad}: {msg}"
            );
            assert!(msg.contains(&path.display().to_string()), "{msg}");
            assert!(msg.contains("invalid config format"), "{msg}");
            assert_eq!(read(&path), bad);
        }
    }

    #[test]
    fn bad_auth_entry_errors_name_file_and_key_without_secret() {
        let (_d, path, store) = store_with(
            r#"{"auths": {
                "nocolon.example": {"auth": "c2VjcmV0LW5vLWNvbG9u"},
                "badb64.example": {"auth": "%%%%"},
                "notstr.example": {"auth": 1234567},
                "notobj.example": "oops"
            }}"#,
        );
        for key in [
            "nocolon.example",
            "badb64.example",
            "notstr.example",
            "notobj.example",
        ] {
            let err = store.get(key).unwrap_err();
            let msg = err.to_string();
            assert!(matches!(err, CredError::InvalidAuthEntry { .. }), "{msg}");
            assert!(
                msg.contains(key) && msg.contains(&path.display().to_string()),
                "{msg}"
            );
            assert!(
                !msg.contains("secret-no-colon") && !msg.contains("1234567"),
                "{msg}"
            );
        }
        // Other entries still work and puts still succeed.
        store
            .put("ok.example", &Credential::basic("u", "p"))
            .unwrap();
        assert_eq!(
            store.get("ok.example").unwrap(),
            Credential::basic("u", "p")
        );
    }

    #[cfg(unix)]
    #[test]
    fn modes_are_0600_file_and_0700_dirs() {
        use std::os::unix::fs::PermissionsExt;
        let home = tempfile::tempdir().unwrap();
        let cfg = home.path().join("a").join("b").join("config.json");
        let store =
            CredentialStore::open(std::slice::from_ref(&cfg), &ConfigPaths::default()).unwrap();
        store.put("h", &Credential::basic("u", "p")).unwrap();
        assert_eq!(mode(&cfg), 0o600);
        assert_eq!(mode(&home.path().join("a").join("b")), 0o700);
        assert_eq!(mode(&home.path().join("a")), 0o700);

        // An existing 0644 file becomes 0600 (it is replaced, not rewritten in place).
        fs::set_permissions(&cfg, fs::Permissions::from_mode(0o644)).unwrap();
        store.put("h2", &Credential::basic("u", "p")).unwrap();
        assert_eq!(mode(&cfg), 0o600);
        assert!(temp_leftovers(cfg.parent().unwrap()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn failed_save_keeps_original_and_memory_state() {
        use std::os::unix::fs::PermissionsExt;
        let (dir, path, store) = store_with("{\"auths\": {}}");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o500)).unwrap();
        let probe = dir.path().join("probe");
        let writable = fs::write(&probe, "x").is_ok(); // root ignores permissions
        let res = store.put("h", &Credential::basic("u", "p"));
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).unwrap();
        if writable {
            return;
        }
        let err = res.unwrap_err();
        assert!(matches!(err, CredError::SaveConfig { .. }), "{err}");
        assert_eq!(read(&path), "{\"auths\": {}}");
        assert!(store.get("h").unwrap().is_empty());
    }

    #[test]
    fn several_configs_first_non_empty_wins_and_writes_go_to_first() {
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("first.json");
        let second = dir.path().join("second.json");
        let third = dir.path().join("missing.json");
        fs::write(
            &first,
            r#"{"auths": {"a.example": {"auth": "Zmlyc3Q6MQ=="}}}"#,
        )
        .unwrap();
        fs::write(
            &second,
            r#"{"auths": {"a.example": {"auth": "c2Vjb25kOjI="}, "b.example": {"auth": "c2Vjb25kOjI="}}}"#,
        )
        .unwrap();
        let store = CredentialStore::open(
            &[first.clone(), second.clone(), third.clone()],
            &ConfigPaths::default(),
        )
        .unwrap();
        assert_eq!(store.primary_path(), first);
        assert_eq!(store.hint_path(), None);
        assert_eq!(
            store.get("a.example").unwrap(),
            Credential::basic("first", "1")
        );
        assert_eq!(
            store.get("b.example").unwrap(),
            Credential::basic("second", "2")
        );
        assert!(store.get("c.example").unwrap().is_empty());

        let second_before = read(&second);
        store
            .put("b.example", &Credential::basic("new", "3"))
            .unwrap();
        assert_eq!(
            store.get("b.example").unwrap(),
            Credential::basic("new", "3")
        );
        store.delete("b.example").unwrap();
        store.delete("a.example").unwrap();
        // Deleted from the first; the second still answers.
        assert_eq!(
            store.get("a.example").unwrap(),
            Credential::basic("second", "2")
        );
        assert_eq!(read(&second), second_before);
        assert!(!third.exists());
        assert_eq!(read(&first), GOLDEN_LOGOUT);

        // One malformed config among several fails the whole open.
        fs::write(&third, "{").unwrap();
        let err = CredentialStore::open(&[first, second, third.clone()], &ConfigPaths::default())
            .unwrap_err();
        assert!(err.to_string().contains(&third.display().to_string()));
    }

    #[test]
    fn default_config_path() {
        let p = |d: Option<&str>, h: Option<&str>| ConfigPaths {
            docker_config_env: d.map(PathBuf::from),
            home: h.map(PathBuf::from),
        };
        assert_eq!(
            p(Some("/dc/"), Some("/home/u"))
                .default_config_path()
                .unwrap(),
            PathBuf::from("/dc/config.json")
        );
        assert_eq!(
            p(Some(""), Some("/home/u/")).default_config_path().unwrap(),
            PathBuf::from("/home/u/.docker/config.json")
        );
        assert_eq!(
            p(Some("./rel/../cfg"), None).default_config_path().unwrap(),
            PathBuf::from("cfg/config.json")
        );
        let err = p(None, Some("")).default_config_path().unwrap_err();
        assert_eq!(
            err.to_string(),
            "failed to get user home directory: $HOME is not defined"
        );
        assert!(matches!(
            CredentialStore::open(&[], &ConfigPaths::default()),
            Err(CredError::NoHome)
        ));
        // --registry-config paths are used verbatim (also in the hint).
        let store =
            CredentialStore::open(&[PathBuf::from("./x/../nonexistent.json")], &p(None, None))
                .unwrap();
        assert_eq!(
            store.hint_path(),
            Some(Path::new("./x/../nonexistent.json"))
        );
    }

    #[cfg(unix)]
    #[test]
    fn credential_helpers_get_store_erase() {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("bin");
        fs::create_dir(&bin).unwrap();
        let log = dir.path().join("log");
        // A tiny helper that keeps one credential per server in files under $dir/db.
        let db = dir.path().join("db");
        fs::create_dir(&db).unwrap();
        let body = format!(
            r#"db={db}
input=$(cat)
echo "$1 $input" >> {log}
server=$input
if [ "$1" = store ]; then server=$(printf '%s' "$input" | sed 's/.*"ServerURL":"\([^"]*\)".*/\1/'); fi
f="$db/$(printf '%s' "$server" | tr '/:' '__')"
case "$1" in
  get)
    if [ -f "$f" ]; then cat "$f"; else echo "credentials not found in native keychain"; exit 1; fi ;;
  store)
    printf '%s' "$input" > "$f" ;;
  erase)
    if [ -f "$f" ]; then rm "$f"; else echo "credentials not found in native keychain"; exit 1; fi ;;
esac"#,
            db = db.display(),
            log = log.display()
        );
        write_helper(&bin, "test", &body);
        write_helper(
            &bin,
            "other",
            r#"cat >/dev/null; printf '{"Username":"o","Secret":"os"}'"#,
        );

        let cfg = dir.path().join("config.json");
        let original = r#"{"credsStore": "test", "credHelpers": {"per-host.example": "other"}, "auths": {"file.example": {"auth": "YTpi"}}}"#;
        fs::write(&cfg, original).unwrap();
        let store = CredentialStore::open(std::slice::from_ref(&cfg), &ConfigPaths::default())
            .unwrap()
            .with_helper_path(&bin);

        // Not found in the keychain ⇒ empty credential (credsStore shadows `auths`).
        assert!(store.get("file.example").unwrap().is_empty());
        // credHelpers beats credsStore.
        assert_eq!(
            store.get("per-host.example").unwrap(),
            Credential::basic("o", "os")
        );

        store
            .put("reg.example", &Credential::basic("user", "pw"))
            .unwrap();
        assert_eq!(
            read(&db.join("reg.example")),
            r#"{"ServerURL":"reg.example","Username":"user","Secret":"pw"}"#
        );
        assert_eq!(
            store.get("reg.example").unwrap(),
            Credential::basic("user", "pw")
        );

        store
            .put("tok.example", &Credential::from_user_input("", "idtok"))
            .unwrap();
        assert_eq!(
            read(&db.join("tok.example")),
            r#"{"ServerURL":"tok.example","Username":"\u003ctoken\u003e","Secret":"idtok"}"#
        );
        let c = store.get("tok.example").unwrap();
        assert_eq!(c.refresh_token, "idtok");
        assert!(c.username.is_empty());

        // Helpers do not apply the file's colon rule (oras-go validates only plaintext).
        store
            .put("docker.io", &Credential::basic("a:b", "c"))
            .unwrap();
        assert_eq!(
            read(&db.join("https___index.docker.io_v1_")),
            r#"{"ServerURL":"https://index.docker.io/v1/","Username":"a:b","Secret":"c"}"#
        );

        store.delete("reg.example").unwrap();
        assert!(!db.join("reg.example").exists());
        assert!(store.get("reg.example").unwrap().is_empty());
        // Erasing a missing entry is the helper's call; its message surfaces verbatim.
        let err = store.delete("reg.example").unwrap_err();
        assert_eq!(err.to_string(), NOT_FOUND);

        // The config file is never rewritten when helpers handle the key.
        assert_eq!(read(&cfg), original);
        let log = read(&log);
        assert!(log.contains("get file.example"), "{log}");
        assert!(log.contains("erase reg.example"), "{log}");
    }

    const NOT_FOUND: &str = "credentials not found in native keychain";

    #[cfg(unix)]
    #[test]
    fn missing_helper_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = dir.path().join("config.json");
        fs::write(&cfg, r#"{"credsStore": "absent"}"#).unwrap();
        let store = CredentialStore::open(std::slice::from_ref(&cfg), &ConfigPaths::default())
            .unwrap()
            .with_helper_path(dir.path());
        for err in [
            store.get("x").unwrap_err(),
            store
                .put("x", &Credential::basic("u", "sekrit"))
                .unwrap_err(),
            store.delete("x").unwrap_err(),
        ] {
            let msg = err.to_string();
            assert!(msg.contains("docker-credential-absent"), "{msg}");
            assert!(!msg.contains("sekrit"));
        }
    }

    #[test]
    fn go_indent_matches_marshal_indent() {
        assert_eq!(go_indent("{}"), "{}");
        assert_eq!(
            go_indent(" { \"a\" : [ ] , \"b\":{ } } "),
            "{\n\t\"a\": [],\n\t\"b\": {}\n}"
        );
        assert_eq!(
            go_indent("{\"k\":[1,{\"x\":\"a,b:{c}\\\"<\"}]}"),
            "{\n\t\"k\": [\n\t\t1,\n\t\t{\n\t\t\t\"x\": \"a,b:{c}\\\"\\u003c\"\n\t\t}\n\t]\n}"
        );
        assert_eq!(
            go_indent("{\"s\":\"\u{2028}é\"}"),
            "{\n\t\"s\": \"\\u2028é\"\n}"
        );
    }

    #[test]
    fn go_quote_matches_go() {
        assert_eq!(go_quote("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(go_quote("<&>"), r#""\u003c\u0026\u003e""#);
        assert_eq!(go_quote("\n\r\t\u{8}\u{c}\u{1}"), r#""\n\r\t\b\f\u0001""#);
        assert_eq!(go_quote("ü\u{7f}"), "\"ü\u{7f}\"");
    }

    #[test]
    fn keys_are_reencoded_and_sorted_bytewise() {
        let (_d, path, store) =
            store_with(r#"{"b": 1, "B": 2, "\u0061": 3, "a<": 4, "auths": {}}"#);
        store.put("Z", &Credential::basic("u", "p")).unwrap();
        assert_eq!(
            read(&path),
            "{\n\t\"B\": 2,\n\t\"a\": 3,\n\t\"a\\u003c\": 4,\n\t\"auths\": {\n\t\t\"Z\": {\n\t\t\t\"auth\": \"dTpw\"\n\t\t}\n\t},\n\t\"b\": 1\n}"
        );
    }

    #[test]
    fn duplicate_keys_last_wins() {
        let (_d, _p, store) =
            store_with(r#"{"auths": {"h": {"auth": "YTpi"}}, "auths": {"h": {"auth": "Yzpk"}}}"#);
        assert_eq!(store.get("h").unwrap(), Credential::basic("c", "d"));
    }

    #[test]
    fn store_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<CredentialStore>();
        assert_send_sync::<CredError>();
    }

    #[test]
    fn store_debug_shows_no_secrets() {
        let (_d, _p, store) = store_with(r#"{"auths": {"h": {"auth": "c2VjcmV0OnNlY3JldA=="}}}"#);
        let s = format!("{store:?}");
        assert!(!s.contains("c2VjcmV0") && !s.contains("secret"), "{s}");
    }
}
