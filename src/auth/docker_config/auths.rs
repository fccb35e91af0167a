//! The `auths` map of a docker config: the key a registry host is stored under (docker.io
//! ⇒ `https://index.docker.io/v1/`), legacy keys matched by hostname, and the entry format
//! oras-go reads (`auth`, `identitytoken`, `registrytoken`, legacy `username`/`password`)
//! and writes.

use base64::Engine as _;

use super::json_text::{json_error_text, kind};
use crate::auth::credential::Credential;
use crate::go::json::quote as json_quote;

/// Key under which docker (and oras) keep Docker Hub credentials.
pub const DOCKER_HUB_KEY: &str = "https://index.docker.io/v1/";

/// Credential-store key for a registry host: `docker.io` and `registry-1.docker.io` map to
/// `https://index.docker.io/v1/` (oras-go `ServerAddressFromRegistry`/`…FromHostname`);
/// every other value is returned unchanged.
pub fn server_key(host: &str) -> String {
    match host {
        "docker.io" | "registry-1.docker.io" => DOCKER_HUB_KEY.to_owned(),
        other => other.to_owned(),
    }
}

/// Go `ToHostname`: strip `http://` then `https://`, then everything from the first `/`.
pub(super) fn to_hostname(addr: &str) -> &str {
    let addr = addr.strip_prefix("http://").unwrap_or(addr);
    let addr = addr.strip_prefix("https://").unwrap_or(addr);
    addr.split_once('/').map_or(addr, |(host, _)| host)
}

/// The `auths` entry oras-go writes: `{"auth":…,"identitytoken":…,"registrytoken":…}`,
/// empty fields omitted, `auth` = base64(`user:pass`) unless both are empty.
pub(super) fn auth_entry_json(cred: &Credential) -> String {
    let mut fields = Vec::new();
    if !(cred.username.is_empty() && cred.password.is_empty()) {
        let pair = format!("{}:{}", cred.username, cred.password);
        let encoded = base64::engine::general_purpose::STANDARD.encode(pair);
        fields.push(format!("\"auth\":{}", json_quote(&encoded, true)));
    }
    if !cred.refresh_token.is_empty() {
        fields.push(format!(
            "\"identitytoken\":{}",
            json_quote(&cred.refresh_token, true)
        ));
    }
    if !cred.access_token.is_empty() {
        fields.push(format!(
            "\"registrytoken\":{}",
            json_quote(&cred.access_token, true)
        ));
    }
    format!("{{{}}}", fields.join(","))
}

/// Decodes one `auths` entry like Go's `json.Unmarshal` into oras-go's `AuthConfig`
/// (case-insensitive field names, unknown fields ignored, `null` = unset), then applies
/// `auth` over the legacy `username`/`password`. Errors never quote values.
pub(crate) fn decode_auth_entry(raw: &str) -> Result<Credential, String> {
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|e| json_error_text(&e))?;
    let map = match value {
        serde_json::Value::Object(map) => map,
        serde_json::Value::Null => return Ok(Credential::default()),
        other => {
            return Err(format!("entry is {}, not an object", kind(&other)));
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
                return Err(format!("field {name:?} is {}, not a string", kind(&other)));
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
