//! Registry error responses (`{"errors":[{code,message,detail}]}`) and their oras-go text:
//! `GET "<url>": response status code 404: name unknown: repository name not known to registry`.

use std::fmt;

/// Largest error body we parse.
const MAX_ERROR_BODY: usize = 8 * 1024;

/// One entry of an OCI error body.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ErrorItem {
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub detail: Option<serde_json::Value>,
}

impl fmt::Display for ErrorItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code: String = self
            .code
            .chars()
            .map(|c| {
                if c == '_' {
                    ' '
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        if self.message.is_empty() {
            return f.write_str(&code);
        }
        match &self.detail {
            None | Some(serde_json::Value::Null) => write!(f, "{code}: {}", self.message),
            Some(d) => write!(f, "{code}: {}: {}", self.message, go_value(d)),
        }
    }
}

/// Go's `%v` of a decoded JSON value (maps as `map[k:v]`, arrays as `[a b]`).
pub fn go_value(v: &serde_json::Value) -> String {
    use serde_json::Value;
    match v {
        Value::Null => "<nil>".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(a) => format!("[{}]", a.iter().map(go_value).collect::<Vec<_>>().join(" ")),
        Value::Object(m) => format!(
            "map[{}]",
            m.iter()
                .map(|(k, v)| format!("{k}:{}", go_value(v)))
                .collect::<Vec<_>>()
                .join(" ")
        ),
    }
}

/// An HTTP error answer of a registry.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorResponse {
    pub method: String,
    pub url: String,
    pub status: u16,
    pub errors: Vec<ErrorItem>,
}

impl ErrorResponse {
    /// Build from a response, reading at most 8 KiB of its body.
    pub async fn from_response(method: &str, resp: reqwest::Response) -> Self {
        let url = resp.url().to_string();
        let status = resp.status().as_u16();
        let mut body = Vec::new();
        let mut resp = resp;
        while let Ok(Some(chunk)) = resp.chunk().await {
            body.extend_from_slice(&chunk);
            if body.len() >= MAX_ERROR_BODY {
                body.truncate(MAX_ERROR_BODY);
                break;
            }
        }
        #[derive(serde::Deserialize)]
        struct Body {
            #[serde(default)]
            errors: Vec<ErrorItem>,
        }
        let errors = serde_json::from_slice::<Body>(&body)
            .map(|b| b.errors)
            .unwrap_or_default();
        ErrorResponse {
            method: method.to_string(),
            url,
            status,
            errors,
        }
    }

    /// The registry's own words: the joined error entries, or the whole line when there are none.
    pub fn registry_message(&self) -> String {
        if self.errors.is_empty() {
            self.to_string()
        } else {
            self.errors_text()
        }
    }

    fn errors_text(&self) -> String {
        self.errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Whether an entry has this code (e.g. `NAME_UNKNOWN`).
    pub fn has_code(&self, code: &str) -> bool {
        self.errors.iter().any(|e| e.code == code)
    }

    /// The host of the failing URL (decides the `Error response from registry:` prefix).
    pub fn host(&self) -> Option<String> {
        let u = reqwest::Url::parse(&self.url).ok()?;
        let host = u.host_str()?.to_string();
        Some(match u.port() {
            Some(p) => format!("{host}:{p}"),
            None => host,
        })
    }
}

fn status_text(code: u16) -> &'static str {
    reqwest::StatusCode::from_u16(code)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("")
}

impl fmt::Display for ErrorResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let msg = if self.errors.is_empty() {
            status_text(self.status).to_string()
        } else {
            self.errors_text()
        };
        write!(
            f,
            "{} {:?}: response status code {}: {}",
            self.method, self.url, self.status, msg
        )
    }
}

impl std::error::Error for ErrorResponse {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_oras_go() {
        let e = ErrorResponse {
            method: "GET".into(),
            url: "http://localhost:5000/v2/x/manifests/v1".into(),
            status: 404,
            errors: vec![ErrorItem {
                code: "MANIFEST_UNKNOWN".into(),
                message: "manifest unknown".into(),
                detail: Some(serde_json::json!({"Tag": "v1"})),
            }],
        };
        assert_eq!(
            e.registry_message(),
            "manifest unknown: manifest unknown: map[Tag:v1]"
        );
        assert_eq!(
            e.to_string(),
            "GET \"http://localhost:5000/v2/x/manifests/v1\": response status code 404: manifest unknown: manifest unknown: map[Tag:v1]"
        );
        let bare = ErrorResponse {
            errors: vec![],
            status: 401,
            ..e
        };
        assert!(
            bare.registry_message()
                .ends_with("response status code 401: Unauthorized")
        );
    }
}
