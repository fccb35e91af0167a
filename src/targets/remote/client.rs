//! The registry HTTP client: custom headers, retries, `--debug` tracing, and the reactive
//! auth flow (send, on 401 read the challenge, get a Basic header or a Bearer token for the
//! merged scopes, cache it per host and scope set, send again). The transport underneath
//! (TLS, `--resolve`, proxies, redirects) is built by `crate::http`.
//!
//! Retries follow `crate::http::retry`; each retry is announced on stderr with one line
//! `Warning: retrying <METHOD> "<url>" in <wait> (retry N of 5): <reason>` that scripts
//! can ignore (oras itself retries silently).

mod fallback;

use crate::auth::challenge::{self, Challenge};
use crate::auth::scope::Scopes;
use crate::auth::{Credential, CredentialSource};
use crate::error::registry::ErrorResponse;
use crate::error::{Error, Result};
use base64::Engine as _;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderName, HeaderValue, WWW_AUTHENTICATE};
use reqwest::{Method, Response, StatusCode};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

pub use crate::http::ClientOptions;
pub use crate::http::builder::USER_AGENT;
use crate::http::retry;

/// A request body: rewindable ones can be retried and replayed after a 401.
pub enum Body {
    Empty,
    Bytes(Vec<u8>),
    /// A one-shot stream with its exact length.
    Stream(reqwest::Body, u64),
    /// A one-shot stream of unknown length (sent with chunked transfer encoding).
    Unsized(reqwest::Body),
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
    /// scope key → bearer token (anonymous ones under `fallback::ANONYMOUS_KEY` + key)
    tokens: HashMap<String, String>,
    /// The stored credential was rejected: reads of this host go anonymously.
    anonymous_reads: bool,
}

/// The shared HTTP client of one target.
pub struct RegistryClient {
    http: reqwest::Client,
    credentials: Arc<dyn CredentialSource>,
    auth: Mutex<HashMap<String, HostAuth>>,
    /// The `-H` headers on the wire (names and values trimmed).
    extra_headers: HeaderMap,
    /// The `-H` headers as typed, for the `--debug` log.
    typed_headers: Vec<(String, String)>,
    debug: bool,
}

impl RegistryClient {
    pub fn new(options: &ClientOptions, credentials: Arc<dyn CredentialSource>) -> Result<Self> {
        let mut extra_headers = HeaderMap::new();
        for (k, v) in &options.headers {
            let name = HeaderName::from_bytes(k.trim().as_bytes())
                .map_err(|_| Error::msg(format!("invalid header: {k:?}")))?;
            let value = HeaderValue::from_str(v.trim())
                .map_err(|_| Error::msg(format!("invalid header: {k:?}")))?;
            extra_headers.append(name, value);
        }
        let http = crate::http::build_client(options)?;
        Ok(RegistryClient {
            http,
            credentials,
            auth: Mutex::new(HashMap::new()),
            extra_headers,
            typed_headers: options.headers.clone(),
            debug: options.debug,
        })
    }

    /// Send with auth and retries. Non-2xx answers other than a handled 401 are returned
    /// as they are; callers turn them into errors.
    ///
    /// A stored credential (config.json, never `-u/-p`) rejected with 401/403 on a read
    /// (pull-only scopes) is retried once anonymously; when that works, one warning names
    /// the stale entry and later reads of that host stay anonymous (see `fallback.rs`).
    pub async fn send(&self, req: Request) -> Result<Response> {
        let host = host_of(&req.url)?;
        let cached = self.cached_authorization(&host, &req.scopes);
        let streaming = matches!(req.body, Body::Stream(..) | Body::Unsized(_));
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
        let anonymous = self.reads_anonymously(&host, &req.scopes);
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
                match self.bearer(&host, &params, &req.scopes, anonymous).await {
                    Ok(v) => v,
                    Err(e) if !anonymous && self.may_fall_back(&host, &req.scopes, &e) => {
                        drop(resp);
                        return self
                            .send_anonymously(&host, &params, &mut req, Err(e))
                            .await;
                    }
                    Err(e) => return Err(e),
                }
            }
            Challenge::Unknown(_) => return Ok(resp),
        };
        drop(resp);
        let resp = self
            .send_once_with_retry(&mut req, Some(&authorization))
            .await?;
        if !anonymous
            && authorization.starts_with("Bearer ")
            && fallback::rejected_status(resp.status())
            && let Challenge::Bearer(params) = challenge::parse(&header)
            && self.credentials.stored_entry(&host).is_some()
            && req.scopes.is_pull_only()
        {
            return self
                .send_anonymously(&host, &params, &mut req, Ok(resp))
                .await;
        }
        Ok(resp)
    }

    /// A Bearer value for `scopes` ∪ the challenge scope, fetched and cached.
    async fn bearer(
        &self,
        host: &str,
        params: &std::collections::BTreeMap<String, String>,
        req_scopes: &Scopes,
        anonymous: bool,
    ) -> Result<String> {
        let mut scopes = req_scopes.clone();
        if let Some(s) = params.get("scope") {
            scopes.add_raw(s);
        }
        let token = self.fetch_token(host, params, &scopes, anonymous).await?;
        let value = format!("Bearer {token}");
        let mut auth = self.lock_auth();
        let entry = auth.entry(host.to_string()).or_default();
        let prefix = if anonymous {
            fallback::ANONYMOUS_KEY
        } else {
            ""
        };
        entry
            .tokens
            .insert(format!("{prefix}{}", scopes.key()), value.clone());
        // later requests with only the hinted scopes reuse it too
        entry
            .tokens
            .insert(format!("{prefix}{}", req_scopes.key()), value.clone());
        Ok(value)
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
        if entry.anonymous_reads && scopes.is_pull_only() {
            return entry
                .tokens
                .get(&format!("{}{}", fallback::ANONYMOUS_KEY, scopes.key()))
                .cloned();
        }
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
        anonymous: bool,
    ) -> Result<String> {
        let realm = params
            .get("realm")
            .filter(|r| !r.is_empty())
            .ok_or_else(|| Error::msg("malformed Www-Authenticate header: missing realm"))?;
        let service = params.get("service").cloned().unwrap_or_default();
        let realm_url = reqwest::Url::parse(realm)
            .map_err(|e| Error::msg(format!("invalid token realm {realm:?}: {e}")))?;
        let cred: Credential = if anonymous || !realm_may_receive_credentials(&realm_url, host) {
            Credential::default()
        } else {
            self.credentials.credential(host)?
        };
        // `-H` headers are for the registry: a realm on another host does not get them
        let realm_headers = if origin_host(&realm_url) == host {
            self.extra_headers.clone()
        } else {
            HeaderMap::new()
        };
        if !cred.access_token.is_empty() {
            return Ok(cred.access_token);
        }
        let scope_list = scopes.to_strings();
        let method = if cred.refresh_token.is_empty() {
            "GET"
        } else {
            "POST"
        };
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
                .headers(realm_headers)
                .header(reqwest::header::USER_AGENT, USER_AGENT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(body);
            match req.build() {
                Ok(r) => self.execute(r).await,
                Err(e) => Err(e),
            }
        } else {
            let mut url = reqwest::Url::parse(realm)
                .map_err(|e| Error::msg(format!("invalid token realm {realm:?}: {e}")))?;
            // Go's `url.Values.Encode`: the realm's own parameters, `service` set, `scope`
            // added; keys sorted (so `scope=…&service=…`), values in order.
            let mut query: std::collections::BTreeMap<String, Vec<String>> = Default::default();
            for (k, v) in url.query_pairs() {
                query
                    .entry(k.into_owned())
                    .or_default()
                    .push(v.into_owned());
            }
            if !service.is_empty() {
                query.insert("service".into(), vec![service.clone()]);
            }
            query
                .entry("scope".into())
                .or_default()
                .extend(scope_list.iter().cloned());
            url.set_query(None);
            if query.values().any(|v| !v.is_empty()) {
                let mut q = url.query_pairs_mut();
                for (k, values) in &query {
                    for v in values {
                        q.append_pair(k, v);
                    }
                }
            }
            let mut req = self
                .http
                .get(url)
                .headers(realm_headers)
                .header(reqwest::header::USER_AGENT, USER_AGENT);
            if !cred.username.is_empty() || !cred.password.is_empty() {
                req = req.basic_auth(&cred.username, Some(&cred.password));
            }
            match req.build() {
                Ok(r) => self.execute(r).await,
                Err(e) => Err(e),
            }
        }
        .map_err(|e| transport_error(method, realm, e))?;
        if !resp.status().is_success() {
            return Err(ErrorResponse::from_response(method, resp).await.into());
        }
        let bytes = resp
            .bytes()
            .await
            .map_err(|e| transport_error(method, realm, e))?;
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
            let retryable = !matches!(req.body, Body::Stream(..) | Body::Unsized(_));
            let result = self.execute(built).await;
            let reason = match &result {
                Ok(r) if retry::retryable_status(r.status().as_u16()) => {
                    Some(format!("response status code {}", status_line(r.status())))
                }
                Ok(_) => None,
                Err(e) if retry::retryable_error(e) => {
                    Some(transport_error_ref(req.method.as_str(), &req.url, e).to_string())
                }
                Err(_) => None,
            };
            let Some(reason) = reason.filter(|_| retryable && attempt < retry::MAX_RETRIES) else {
                return result.map_err(|e| transport_error(req.method.as_str(), &req.url, e));
            };
            let delay = retry::delay(attempt, result.as_ref().ok().map(|r| r.headers()));
            drop(result);
            crate::display::warn(&format!(
                "Warning: retrying {} {:?} in {} (retry {} of {}): {reason}",
                req.method,
                strip_query(&req.url),
                retry::go_duration(delay),
                attempt + 1,
                retry::MAX_RETRIES
            ));
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    /// Run one HTTP exchange, traced under `--debug`.
    /// Send one request, following redirects by hand (at most 10): when a hop leaves the
    /// origin of the first URL, `Authorization`, cookies and every `-H` header are dropped,
    /// and an https → http downgrade to another host is refused (GHSA-jxpm-75mh-9fp7,
    /// GHSA-vh4v-2xq2-g5cg, GHSA-whvf-jp7m-59f3).
    async fn execute(&self, mut req: reqwest::Request) -> reqwest::Result<Response> {
        let origin = req.url().clone();
        for _ in 0..10 {
            let retry_copy = req.try_clone();
            let resp = self.execute_once(req).await?;
            let Some(next) = redirect_target(&resp) else {
                return Ok(resp);
            };
            let status = resp.status();
            let Some(mut next_req) = retry_copy else {
                return Ok(resp); // a streamed body cannot be sent again
            };
            let cross_origin = !same_origin(&origin, &next);
            if cross_origin && origin.scheme() == "https" && next.scheme() != "https" {
                return Ok(resp);
            }
            *next_req.url_mut() = next;
            if status == StatusCode::SEE_OTHER
                || (matches!(status.as_u16(), 301 | 302) && next_req.method() == Method::POST)
            {
                *next_req.method_mut() = Method::GET;
                *next_req.body_mut() = None;
            }
            if cross_origin {
                let headers = next_req.headers_mut();
                for name in [
                    AUTHORIZATION,
                    reqwest::header::COOKIE,
                    reqwest::header::PROXY_AUTHORIZATION,
                ] {
                    headers.remove(name);
                }
                for name in self.extra_headers.keys() {
                    headers.remove(name);
                }
            }
            req = next_req;
        }
        self.execute_once(req).await
    }

    async fn execute_once(&self, req: reqwest::Request) -> reqwest::Result<Response> {
        if !self.debug {
            return self.http.execute(req).await;
        }
        let head = req.method() == Method::HEAD;
        let id = crate::display::debug::request(&req, &self.typed_headers);
        match self.http.execute(req).await {
            Ok(resp) => Ok(crate::display::debug::response(id, resp, head).await),
            Err(e) => {
                crate::display::debug::error(id, &e);
                Err(e)
            }
        }
    }

    fn build(&self, req: &mut Request, authorization: Option<&str>) -> Result<reqwest::Request> {
        let mut b = self
            .http
            .request(req.method.clone(), &req.url)
            .headers(self.extra_headers.clone())
            .header(reqwest::header::USER_AGENT, USER_AGENT);
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
            Body::Unsized(body) => b.body(std::mem::replace(body, reqwest::Body::from(Vec::new()))),
        };
        b.build()
            .map_err(|e| Error::msg(format!("invalid request {} {}: {e}", req.method, req.url)))
    }
}

/// `503 Service Unavailable`.
fn status_line(s: StatusCode) -> String {
    format!("{}: {}", s.as_u16(), s.canonical_reason().unwrap_or(""))
}

/// The URL without its query (upload session state is noise in a warning).
fn strip_query(url: &str) -> &str {
    url.split('?').next().unwrap_or(url)
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
    transport_error_ref(method, url, &e)
}

/// [`transport_error`] for a borrowed error.
pub fn transport_error_ref(method: &str, url: &str, e: &reqwest::Error) -> Error {
    Error::Transport(crate::go::error::url_error(
        method,
        url,
        crate::go::error::transport_text(e),
    ))
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

/// The redirect target of a 301/302/303/307/308 answer.
fn redirect_target(resp: &Response) -> Option<reqwest::Url> {
    if !matches!(resp.status().as_u16(), 301 | 302 | 303 | 307 | 308) {
        return None;
    }
    let loc = resp
        .headers()
        .get(reqwest::header::LOCATION)?
        .to_str()
        .ok()?;
    resp.url().join(loc).ok()
}

fn same_origin(a: &reqwest::Url, b: &reqwest::Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

/// `host[:port]` of a URL, as hosts are written elsewhere in the client.
fn origin_host(u: &reqwest::Url) -> String {
    let host = u.host_str().unwrap_or_default();
    match u.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_string(),
    }
}

/// A token realm gets the registry's credentials only over https, on the registry's own
/// host, or on this machine: a registry cannot send them to a plain-http host of its
/// choosing (GHSA-28r5-37g7-p6mp).
fn realm_may_receive_credentials(realm: &reqwest::Url, registry_host: &str) -> bool {
    let host = realm
        .host_str()
        .unwrap_or_default()
        .trim_start_matches('[')
        .trim_end_matches(']');
    let loopback = host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    realm.scheme() == "https" || origin_host(realm) == registry_host || loopback
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> reqwest::Url {
        reqwest::Url::parse(s).unwrap()
    }

    #[test]
    fn realms_that_may_receive_credentials() {
        assert!(realm_may_receive_credentials(
            &url("https://auth.example/token"),
            "reg.example"
        ));
        assert!(realm_may_receive_credentials(
            &url("http://reg.example:5000/t"),
            "reg.example:5000"
        ));
        assert!(realm_may_receive_credentials(
            &url("http://127.0.0.1:9/t"),
            "localhost:5000"
        ));
        assert!(realm_may_receive_credentials(
            &url("http://[::1]:9/t"),
            "localhost:5000"
        ));
        assert!(!realm_may_receive_credentials(
            &url("http://evil.example/t"),
            "reg.example"
        ));
        assert!(!realm_may_receive_credentials(
            &url("http://reg.example:6000/t"),
            "reg.example:5000"
        ));
    }

    #[test]
    fn origins() {
        assert!(same_origin(&url("https://a/x"), &url("https://a:443/y")));
        assert!(!same_origin(&url("https://a/x"), &url("http://a/x")));
        assert!(!same_origin(&url("http://a:1/x"), &url("http://a:2/x")));
    }
}
