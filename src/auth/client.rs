//! The authenticating client (oras-go `auth.Client`): send with the cached authorization;
//! on 401 read the challenge, get a Basic value or a Bearer token for the merged scopes
//! (`token.rs`), cache it per host and scope set (`cache.rs`), send again. Reads whose
//! stored credential is rejected fall back to anonymous access (rules in `fallback.rs`). The sending itself (headers,
//! redirects, trace, retries) is `crate::http::transport`.

use super::cache::AuthCache;
use super::challenge::{self, Challenge};
use super::scope::Scopes;
use super::{CredentialSource, fallback, token};
use crate::error::{Error, Result};
use crate::http::transport::{Transport, origin_host};
use crate::http::{Body, ClientOptions};
use crate::notice::Notifier;
use base64::Engine as _;
use reqwest::header::{AUTHORIZATION, HeaderName, WWW_AUTHENTICATE};
use reqwest::{Method, Response, StatusCode};
use std::collections::BTreeMap;
use std::sync::Arc;

/// One logical registry request.
pub struct Request {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(HeaderName, String)>,
    pub body: Body,
    pub scopes: Scopes,
    /// Failed sends are retried (the default); off for a write whose retry must be
    /// decided by its caller (the referrers index: a retry must read the index again).
    pub retries: bool,
}

impl Request {
    pub fn new(method: Method, url: impl Into<String>, scopes: &Scopes) -> Self {
        Request {
            method,
            url: url.into(),
            headers: Vec::new(),
            body: Body::Empty,
            scopes: scopes.clone(),
            retries: true,
        }
    }

    /// Send once: no retry after a failure or a 5xx (the answer goes to the caller).
    pub fn once(mut self) -> Self {
        self.retries = false;
        self
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

/// The shared HTTP client of one target, with its credentials and their cache.
pub struct AuthClient {
    transport: Transport,
    credentials: Arc<dyn CredentialSource>,
    cache: AuthCache,
}

impl AuthClient {
    pub fn new(options: &ClientOptions, credentials: Arc<dyn CredentialSource>) -> Result<Self> {
        Ok(AuthClient {
            transport: Transport::new(options)?,
            credentials,
            cache: AuthCache::default(),
        })
    }

    /// Where warnings and the `--debug` trace go.
    pub fn notifier(&self) -> &Notifier {
        self.transport.notifier()
    }

    /// Send with auth and retries. Non-2xx answers other than a handled 401 are returned
    /// as they are; callers turn them into errors.
    ///
    /// A stored credential (config.json, never `-u/-p`) rejected with 401/403 on a read
    /// (pull-only scopes) is retried once anonymously; when that works, one warning names
    /// the stale entry and later reads of that host stay anonymous (see `fallback.rs`).
    pub async fn send(&self, req: Request) -> Result<Response> {
        let host = host_of(&req.url)?;
        let cached = self.cache.authorization(&host, &req.scopes);
        let streaming = !req.body.is_replayable();
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
        let anonymous = req.scopes.is_pull_only() && self.cache.reads_anonymously(&host);
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
                self.cache.set_basic(&host, &value);
                value
            }
            Challenge::Bearer(params) => {
                match self.bearer(&host, &params, &req.scopes, anonymous).await {
                    Ok(v) => v,
                    Err(e)
                        if !anonymous
                            && fallback::rejects_stored_credential(
                                &*self.credentials,
                                &host,
                                &req.scopes,
                                &e,
                            ) =>
                    {
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

    /// The anonymous fallback of a read whose stored credential was rejected: fetch an
    /// anonymous token and resend; `original` is returned when that fails too.
    async fn send_anonymously(
        &self,
        host: &str,
        params: &BTreeMap<String, String>,
        req: &mut Request,
        original: Result<Response>,
    ) -> Result<Response> {
        if matches!(req.body, Body::Stream(..)) {
            return original;
        }
        let Ok(authorization) = self.bearer(host, params, &req.scopes, true).await else {
            return original;
        };
        let resp = match self.send_once_with_retry(req, Some(&authorization)).await {
            Ok(r) if !fallback::rejected_status(r.status()) => r,
            _ => return original,
        };
        drop(original);
        if self.cache.start_anonymous_reads(host) {
            self.notifier()
                .warn(fallback::stale_credential_warning(&*self.credentials, host));
        }
        Ok(resp)
    }

    /// A Bearer value for `scopes` ∪ the challenge scope, fetched and cached.
    async fn bearer(
        &self,
        host: &str,
        params: &BTreeMap<String, String>,
        req_scopes: &Scopes,
        anonymous: bool,
    ) -> Result<String> {
        let mut scopes = req_scopes.clone();
        if let Some(s) = params.get("scope") {
            scopes.add_raw(s);
        }
        let token = token::fetch(
            &self.transport,
            &*self.credentials,
            host,
            params,
            &scopes,
            anonymous,
        )
        .await?;
        let value = format!("Bearer {token}");
        // later requests with only the hinted scopes reuse it too
        self.cache
            .set_bearer(host, &[&scopes, req_scopes], &value, anonymous);
        Ok(value)
    }

    /// Send one GET as it is: no credentials, no retries, no challenge answered. For
    /// probing which scheme a registry speaks.
    pub async fn probe(&self, url: &str) -> Result<Response> {
        let req = self
            .transport
            .registry_request(Method::GET, url)
            .build()
            .map_err(|e| Error::msg(format!("invalid request GET {url}: {e}")))?;
        self.transport
            .execute(req)
            .await
            .map_err(|e| crate::http::transport::transport_error("GET", url, e))
    }

    /// The Authorization value a request to `url` with `scopes` would carry now.
    pub fn authorization_for(&self, url: &str, scopes: &Scopes) -> Option<String> {
        host_of(url)
            .ok()
            .and_then(|h| self.cache.authorization(&h, scopes))
    }

    async fn send_once_with_retry(
        &self,
        req: &mut Request,
        authorization: Option<&str>,
    ) -> Result<Response> {
        let (method, url) = (req.method.clone(), req.url.clone());
        let replayable = req.body.is_replayable();
        let max_retries = if req.retries {
            crate::http::retry::MAX_RETRIES
        } else {
            0
        };
        self.transport
            .send_retrying(&method, &url, replayable, max_retries, |pulse| {
                self.build(req, authorization, pulse)
            })
            .await
    }

    fn build(
        &self,
        req: &mut Request,
        authorization: Option<&str>,
        pulse: &crate::http::idle::Pulse,
    ) -> Result<reqwest::Request> {
        let mut b = self
            .transport
            .registry_request(req.method.clone(), &req.url);
        for (k, v) in &req.headers {
            b = b.header(k.clone(), v.as_str());
        }
        if let Some(a) = authorization {
            b = b.header(AUTHORIZATION, a);
        }
        b = req.body.attach(b, pulse);
        b.build()
            .map_err(|e| Error::msg(format!("invalid request {} {}: {e}", req.method, req.url)))
    }
}

/// `host[:port]` of a request URL.
fn host_of(url: &str) -> Result<String> {
    let u =
        reqwest::Url::parse(url).map_err(|e| Error::msg(format!("invalid URL {url:?}: {e}")))?;
    Ok(origin_host(&u))
}
