//! The registry HTTP client: custom headers, user agent, retries, and the reactive auth flow
//! (send, on 401 read the challenge, get a Basic header or a Bearer token for the merged
//! scopes, cache it per host and scope set, send again).

use super::errcode::ErrorResponse;
use crate::auth::challenge::{self, Challenge};
use crate::auth::scope::Scopes;
use crate::auth::{Credential, CredentialSource};
use crate::error::{Error, Result};
use base64::Engine as _;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderName, HeaderValue, WWW_AUTHENTICATE};
use reqwest::{Method, Response, StatusCode};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The user agent oras sends.
pub const USER_AGENT: &str = concat!("oras/", env!("CARGO_PKG_VERSION"));

/// A request body: rewindable ones can be retried and replayed after a 401.
pub enum Body {
    Empty,
    Bytes(Vec<u8>),
    /// A one-shot stream with its exact length.
    Stream(reqwest::Body, u64),
}

/// One logical registry request.
pub struct Request {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(HeaderName, String)>,
    pub body: Body,
    pub scopes: Scopes,
}

impl Request {
    pub fn new(method: Method, url: impl Into<String>, scopes: &Scopes) -> Self {
        Request {
            method,
            url: url.into(),
            headers: Vec::new(),
            body: Body::Empty,
            scopes: scopes.clone(),
        }
    }

    pub fn header(mut self, name: HeaderName, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    pub fn body(mut self, body: Body) -> Self {
        self.body = body;
        self
    }
}

/// Cached authorization of one host.
#[derive(Default)]
struct HostAuth {
    basic: Option<String>,
    /// scope key → bearer token
    tokens: HashMap<String, String>,
}

/// Options of the transport.
#[derive(Default, Clone)]
pub struct ClientOptions {
    pub insecure: bool,
    pub ca_file: Option<std::path::PathBuf>,
    pub headers: Vec<(String, String)>,
    pub debug: bool,
}

/// The shared HTTP client of one target.
pub struct RegistryClient {
    http: reqwest::Client,
    credentials: Arc<dyn CredentialSource>,
    auth: Mutex<HashMap<String, HostAuth>>,
    extra_headers: HeaderMap,
    debug: bool,
}

const MAX_RETRIES: u32 = 5;

impl RegistryClient {
    pub fn new(options: &ClientOptions, credentials: Arc<dyn CredentialSource>) -> Result<Self> {
        let mut builder = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .connect_timeout(Duration::from_secs(30))
            .danger_accept_invalid_certs(options.insecure);
        if let Some(path) = &options.ca_file {
            let pem = std::fs::read(path)
                .map_err(|e| Error::msg(format!("failed to read {}: {e}", path.display())))?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem)
                .ok()
                .filter(|c| !c.is_empty())
                .ok_or_else(|| {
                    Error::msg(format!(
                        "Failed to load certificate in file: {}",
                        path.display()
                    ))
                })?;
            builder = builder.tls_built_in_root_certs(false);
            for c in certs {
                builder = builder.add_root_certificate(c);
            }
        }
        let mut extra_headers = HeaderMap::new();
        for (k, v) in &options.headers {
            let name = HeaderName::from_bytes(k.as_bytes())
                .map_err(|_| Error::msg(format!("invalid header: {k:?}")))?;
            let value = HeaderValue::from_str(v)
                .map_err(|_| Error::msg(format!("invalid header: {k:?}")))?;
            extra_headers.append(name, value);
        }
        let http = builder
            .build()
            .map_err(|e| Error::Transport(format!("failed to build the HTTP client: {e}")))?;
        Ok(RegistryClient {
            http,
            credentials,
            auth: Mutex::new(HashMap::new()),
            extra_headers,
            debug: options.debug,
        })
    }

    /// Send with auth and retries. Non-2xx answers other than a handled 401 are returned
    /// as they are; callers turn them into errors.
    pub async fn send(&self, req: Request) -> Result<Response> {
        let host = host_of(&req.url)?;
        let cached = self.cached_authorization(&host, &req.scopes);
        let streaming = matches!(req.body, Body::Stream(..));
        let mut req = req;
        let resp = self
            .send_once_with_retry(&mut req, cached.as_deref())
            .await?;
        if resp.status() != StatusCode::UNAUTHORIZED || streaming {
            return Ok(resp);
        }
        let Some(header) = resp
            .headers()
            .get(WWW_AUTHENTICATE)
            .and_then(|h| h.to_str().ok())
            .map(str::to_string)
        else {
            return Ok(resp);
        };
        let authorization = match challenge::parse(&header) {
            Challenge::Basic => {
                let cred = self.credentials.credential(&host)?;
                if cred.username.is_empty() && cred.password.is_empty() {
                    return Err(Error::BasicCredentialNotFound {
                        hint_path: self.credentials.hint_path(),
                    });
                }
                if cred.username.is_empty() || cred.password.is_empty() {
                    return Err(Error::msg("missing username or password for basic auth"));
                }
                let value = format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD
                        .encode(format!("{}:{}", cred.username, cred.password))
                );
                self.lock_auth().entry(host.clone()).or_default().basic = Some(value.clone());
                value
            }
            Challenge::Bearer(params) => {
                let mut scopes = req.scopes.clone();
                if let Some(s) = params.get("scope") {
                    scopes.add_raw(s);
                }
                let token = self.fetch_token(&host, &params, &scopes).await?;
                let value = format!("Bearer {token}");
                let mut auth = self.lock_auth();
                let entry = auth.entry(host.clone()).or_default();
                entry.tokens.insert(scopes.key(), value.clone());
                // later requests with only the hinted scopes reuse it too
                entry.tokens.insert(req.scopes.key(), value.clone());
                value
            }
            Challenge::Unknown(_) => return Ok(resp),
        };
        drop(resp);
        self.send_once_with_retry(&mut req, Some(&authorization))
            .await
    }

    /// The Authorization value a request to `url` with `scopes` would carry now.
    pub fn authorization_for(&self, url: &str, scopes: &Scopes) -> Option<String> {
        host_of(url)
            .ok()
            .and_then(|h| self.cached_authorization(&h, scopes))
    }

    fn lock_auth(&self) -> std::sync::MutexGuard<'_, HashMap<String, HostAuth>> {
        self.auth.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn cached_authorization(&self, host: &str, scopes: &Scopes) -> Option<String> {
        let auth = self.lock_auth();
        let entry = auth.get(host)?;
        entry
            .tokens
            .get(&scopes.key())
            .cloned()
            .or_else(|| entry.basic.clone())
    }

    async fn fetch_token(
        &self,
        host: &str,
        params: &std::collections::BTreeMap<String, String>,
        scopes: &Scopes,
    ) -> Result<String> {
        let realm = params
            .get("realm")
            .filter(|r| !r.is_empty())
            .ok_or_else(|| Error::msg("malformed Www-Authenticate header: missing realm"))?;
        let service = params.get("service").cloned().unwrap_or_default();
        let cred: Credential = self.credentials.credential(host)?;
        if !cred.access_token.is_empty() {
            return Ok(cred.access_token);
        }
        let scope_list = scopes.to_strings();
        let resp = if !cred.refresh_token.is_empty() {
            let mut form: Vec<(&str, String)> = vec![
                ("grant_type", "refresh_token".into()),
                ("refresh_token", cred.refresh_token.clone()),
                ("service", service.clone()),
                ("client_id", "oras-go".into()),
            ];
            if !scope_list.is_empty() {
                form.push(("scope", scope_list.join(" ")));
            }
            let body = form
                .iter()
                .map(|(k, v)| format!("{k}={}", url_encode(v)))
                .collect::<Vec<_>>()
                .join("&");
            let req = self
                .http
                .post(realm)
                .headers(self.extra_headers.clone())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(body);
            req.send().await
        } else {
            let mut url = reqwest::Url::parse(realm)
                .map_err(|e| Error::msg(format!("invalid token realm {realm:?}: {e}")))?;
            {
                let mut q = url.query_pairs_mut();
                if !service.is_empty() {
                    q.append_pair("service", &service);
                }
                for s in &scope_list {
                    q.append_pair("scope", s);
                }
            }
            let mut req = self.http.get(url).headers(self.extra_headers.clone());
            if !cred.username.is_empty() || !cred.password.is_empty() {
                req = req.basic_auth(&cred.username, Some(&cred.password));
            }
            req.send().await
        }
        .map_err(|e| transport_error("GET", realm, e))?;
        if !resp.status().is_success() {
            let method = if cred.refresh_token.is_empty() {
                "GET"
            } else {
                "POST"
            };
            return Err(ErrorResponse::from_response(method, resp).await.into());
        }
        let bytes = resp
            .bytes()
            .await
            .map_err(|e| transport_error("GET", realm, e))?;
        #[derive(serde::Deserialize)]
        struct TokenResponse {
            #[serde(default)]
            access_token: String,
            #[serde(default)]
            token: String,
        }
        let limited = &bytes[..bytes.len().min(128 * 1024)];
        let t: TokenResponse = serde_json::from_slice(limited)
            .map_err(|e| Error::msg(format!("failed to decode token response: {e}")))?;
        let token = if t.access_token.is_empty() {
            t.token
        } else {
            t.access_token
        };
        if token.is_empty() {
            return Err(Error::msg("empty token returned"));
        }
        Ok(token)
    }

    async fn send_once_with_retry(
        &self,
        req: &mut Request,
        authorization: Option<&str>,
    ) -> Result<Response> {
        let mut attempt = 0;
        loop {
            let built = self.build(req, authorization)?;
            let retryable = !matches!(req.body, Body::Stream(..));
            let result = self.http.execute(built).await;
            let should_retry = match &result {
                Ok(r) => matches!(r.status().as_u16(), 408 | 429 | 500..=599),
                Err(e) => e.is_timeout() || e.is_connect(),
            };
            if !retryable || !should_retry || attempt >= MAX_RETRIES {
                return result.map_err(|e| transport_error(req.method.as_str(), &req.url, e));
            }
            let mut delay = backoff(attempt);
            if let Ok(r) = &result
                && r.status() == StatusCode::TOO_MANY_REQUESTS
                && let Some(secs) = r
                    .headers()
                    .get("Retry-After")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
            {
                delay = Duration::from_secs(secs).min(Duration::from_secs(3));
            }
            if self.debug {
                crate::display::debug::retry(req.method.as_str(), &req.url, attempt + 1);
            }
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    fn build(&self, req: &mut Request, authorization: Option<&str>) -> Result<reqwest::Request> {
        let mut b = self
            .http
            .request(req.method.clone(), &req.url)
            .headers(self.extra_headers.clone());
        for (k, v) in &req.headers {
            b = b.header(k.clone(), v.as_str());
        }
        if let Some(a) = authorization {
            b = b.header(AUTHORIZATION, a);
        }
        b = match &mut req.body {
            Body::Empty => b,
            Body::Bytes(bytes) => b.body(bytes.clone()),
            Body::Stream(body, len) => {
                let body = std::mem::replace(body, reqwest::Body::from(Vec::new()));
                b.header(reqwest::header::CONTENT_LENGTH, len.to_string())
                    .body(body)
            }
        };
        let built = b
            .build()
            .map_err(|e| Error::msg(format!("invalid request {} {}: {e}", req.method, req.url)))?;
        if self.debug {
            crate::display::debug::request(&built);
        }
        Ok(built)
    }
}

/// Exponential backoff with jitter: 250 ms × 2ⁿ ±10 %, clamped to [200 ms, 3 s].
fn backoff(attempt: u32) -> Duration {
    let base = 250.0 * 2f64.powi(attempt as i32);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let jitter = (nanos % 2001) as f64 / 10000.0 - 0.1; // -0.1 ..= 0.1
    Duration::from_millis((base * (1.0 + jitter)).clamp(200.0, 3000.0) as u64)
}

fn host_of(url: &str) -> Result<String> {
    let u =
        reqwest::Url::parse(url).map_err(|e| Error::msg(format!("invalid URL {url:?}: {e}")))?;
    let host = u.host_str().unwrap_or_default().to_string();
    Ok(match u.port() {
        Some(p) => format!("{host}:{p}"),
        None => host,
    })
}

/// Go's wording for a transport failure: `Get "<url>": dial tcp …: connect: connection refused`.
pub fn transport_error(method: &str, url: &str, e: reqwest::Error) -> Error {
    let verb = {
        let m = method.to_ascii_lowercase();
        let mut c = m.chars();
        c.next()
            .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
            .unwrap_or_default()
    };
    let mut detail = String::new();
    let mut src: Option<&dyn std::error::Error> = std::error::Error::source(&e);
    while let Some(s) = src {
        detail = s.to_string();
        src = s.source();
    }
    if detail.is_empty() {
        detail = e.to_string();
    }
    if e.is_connect() && detail.contains("Connection refused") {
        detail = "connect: connection refused".into();
    }
    Error::Transport(format!("{verb} {url:?}: {detail}"))
}

fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
