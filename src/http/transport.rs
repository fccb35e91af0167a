//! Sending: the `-H` headers and the user agent on the registry's requests, redirects
//! followed by hand, the `--debug` trace of every hop (`trace.rs`), and the retry loop.
//! Nothing here knows about registries or credentials (the auth client above adds
//! `Authorization`).
//!
//! Retries follow `retry`; each retry is a warning to the notices, shown as one line
//! `Warning: retrying <METHOD> "<url>" in <wait> (retry N of 5): <reason>` that scripts
//! can ignore (oras itself retries silently).
//!
//! Every exchange runs under the idle timeout (`idle.rs`): a watchdog on the request side
//! (connecting, sending, waiting for the answer) and a timer on the response body. A stalled
//! exchange is retried like a timed-out one.

use super::builder::{ClientOptions, USER_AGENT, build_client};
use super::idle::{IdleBody, IdleTimeout, Pulse, Stalled};
use super::{retry, trace};
use crate::error::{Error, Result};
use crate::notice::Notifier;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderName, HeaderValue};
use reqwest::{IntoUrl, Method, RequestBuilder, Response, StatusCode};

/// The HTTP client of one registry client.
pub struct Transport {
    http: reqwest::Client,
    /// The `-H` headers on the wire (names and values trimmed).
    extra_headers: HeaderMap,
    /// The `-H` headers as typed, for the `--debug` trace.
    typed_headers: Vec<(String, String)>,
    trace: bool,
    notifier: Notifier,
    /// Retries after a first attempt that is worth another one.
    max_retries: u32,
    idle: IdleTimeout,
}

/// Why an exchange got no answer.
#[derive(Debug)]
pub enum Failure {
    /// The HTTP client failed (connection refused, TLS, a cut connection, …).
    Http(reqwest::Error),
    /// Nothing moved for the idle timeout.
    Stalled(Stalled),
    /// The request could not be built again for a redirect.
    Request(Error),
}

impl From<reqwest::Error> for Failure {
    fn from(e: reqwest::Error) -> Self {
        Failure::Http(e)
    }
}

impl Failure {
    /// Worth another attempt: timeouts (connect, read) and stalls.
    fn retryable(&self) -> bool {
        match self {
            Failure::Http(e) => retry::retryable_error(e),
            Failure::Stalled(_) => true,
            Failure::Request(_) => false,
        }
    }

    /// Go's text of the failure, without the `*url.Error` wrapper.
    fn text(&self) -> String {
        match self {
            Failure::Http(e) => crate::go::error::transport_text(e),
            Failure::Stalled(s) => s.to_string(),
            Failure::Request(e) => e.to_string(),
        }
    }
}

impl Transport {
    pub fn new(options: &ClientOptions) -> Result<Self> {
        let mut extra_headers = HeaderMap::new();
        for (k, v) in &options.headers {
            let name = HeaderName::from_bytes(k.trim().as_bytes())
                .map_err(|_| Error::msg(format!("invalid header: {k:?}")))?;
            let value = HeaderValue::from_str(v.trim())
                .map_err(|_| Error::msg(format!("invalid header: {k:?}")))?;
            extra_headers.append(name, value);
        }
        Ok(Transport {
            http: build_client(options)?,
            extra_headers,
            typed_headers: options.headers.clone(),
            trace: options.trace,
            notifier: options.notices.clone(),
            max_retries: if options.no_retries {
                0
            } else {
                retry::MAX_RETRIES
            },
            idle: options.idle_timeout,
        })
    }

    /// Where warnings and the trace go.
    pub fn notifier(&self) -> &Notifier {
        &self.notifier
    }

    /// The `-H` headers, as sent.
    pub fn extra_headers(&self) -> &HeaderMap {
        &self.extra_headers
    }

    /// A request carrying `headers`, then the user agent.
    pub fn request(&self, method: Method, url: impl IntoUrl, headers: HeaderMap) -> RequestBuilder {
        self.http
            .request(method, url)
            .headers(headers)
            .header(reqwest::header::USER_AGENT, USER_AGENT)
    }

    /// A request to the registry: the `-H` headers, then the user agent.
    pub fn registry_request(&self, method: Method, url: &str) -> RequestBuilder {
        self.request(method, url, self.extra_headers.clone())
    }

    /// Send the request `build` makes, again (with a fresh one) while the answer is worth a
    /// retry, `replayable` allows it and fewer than `max_retries` were made; failures read
    /// as Go's `*url.Error`. `build` puts the body on the exchange's pulse (its idle
    /// watchdog).
    pub async fn send_retrying(
        &self,
        method: &Method,
        url: &str,
        replayable: bool,
        max_retries: u32,
        mut build: impl FnMut(&Pulse) -> Result<reqwest::Request> + Send,
    ) -> Result<Response> {
        let mut attempt = 0;
        loop {
            let pulse = Pulse::default();
            let built = build(&pulse)?;
            let mut again = |p: &Pulse| {
                if replayable {
                    build(p).map(Some)
                } else {
                    Ok(None)
                }
            };
            let result = self.execute_with(built, &pulse, &mut again).await;
            let reason = match &result {
                Ok(r) if retry::retryable_status(r.status().as_u16()) => {
                    Some(format!("response status code {}", status_line(r.status())))
                }
                Ok(_) => None,
                Err(e) if e.retryable() => Some(failure_error(method.as_str(), url, e).to_string()),
                Err(_) => None,
            };
            let max_retries = max_retries.min(self.max_retries);
            let Some(reason) = reason.filter(|_| replayable && attempt < max_retries) else {
                return match result {
                    Ok(mut r) => {
                        if attempt > 0 {
                            r.extensions_mut().insert(retry::Retried(attempt));
                        }
                        Ok(r)
                    }
                    Err(Failure::Request(e)) => Err(e),
                    Err(e) => Err(failure_error(method.as_str(), url, &e)),
                };
            };
            let delay = retry::delay(attempt, result.as_ref().ok().map(|r| r.headers()));
            drop(result);
            self.notifier.warn(format!(
                "retrying {} {:?} in {} (retry {} of {}): {reason}",
                method,
                strip_query(url),
                retry::go_duration(delay),
                attempt + 1,
                max_retries
            ));
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    /// Send one request built elsewhere (no retries); see [`Transport::execute_with`].
    pub async fn execute(&self, req: reqwest::Request) -> std::result::Result<Response, Failure> {
        self.execute_with(req, &Pulse::default(), &mut |_| Ok(None))
            .await
    }

    /// Send one request, following redirects by hand (at most 10, then Go's `stopped after
    /// 10 redirects`): when a hop leaves the
    /// origin of the first URL, `Authorization`, cookies and every `-H` header are dropped,
    /// and an https → http downgrade to another host is refused (GHSA-jxpm-75mh-9fp7,
    /// GHSA-vh4v-2xq2-g5cg, GHSA-whvf-jp7m-59f3). Each hop is traced under `--debug`.
    /// A hop whose body cannot be cloned is sent with the request `again` builds, if any.
    async fn execute_with(
        &self,
        mut req: reqwest::Request,
        pulse: &Pulse,
        again: &mut (dyn FnMut(&Pulse) -> Result<Option<reqwest::Request>> + Send),
    ) -> std::result::Result<Response, Failure> {
        let origin = req.url().clone();
        let first_method = req.method().clone();
        for _ in 0..10 {
            let retry_copy = req.try_clone();
            let resp = self.execute_once(req, pulse).await?;
            let Some(next) = redirect_target(&resp) else {
                return Ok(resp);
            };
            let status = resp.status();
            let next_req = match retry_copy {
                Some(r) => Some(r),
                None => again(pulse).map_err(Failure::Request)?,
            };
            let Some(mut next_req) = next_req else {
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
        // Go's http.Client: the 11th redirect is not followed
        Err(Failure::Request(Error::Transport(
            crate::go::error::url_error(
                first_method.as_str(),
                req.url().as_str(),
                "stopped after 10 redirects",
            ),
        )))
    }

    /// Run one HTTP exchange under the idle timeout, traced under `--debug`.
    async fn execute_once(
        &self,
        req: reqwest::Request,
        pulse: &Pulse,
    ) -> std::result::Result<Response, Failure> {
        let head = req.method() == Method::HEAD;
        let id = self
            .trace
            .then(|| trace::request_sent(&self.notifier, &req, &self.typed_headers));
        let answer = match self.idle.0 {
            None => self.http.execute(req).await.map_err(Failure::Http),
            Some(idle) => {
                tokio::select! {
                    r = self.http.execute(req) => r.map_err(Failure::Http),
                    s = pulse.stalled(idle) => Err(Failure::Stalled(s)),
                }
            }
        };
        let resp = match (answer, id) {
            (Ok(resp), _) => self.watch_body(resp),
            (Err(e), Some(id)) => {
                trace::transport_failed(&self.notifier, id, &e.text(), failure_url(&e));
                return Err(e);
            }
            (Err(e), None) => return Err(e),
        };
        match id {
            Some(id) => Ok(trace::response_received(&self.notifier, id, resp, head).await),
            None => Ok(resp),
        }
    }

    /// The response with its body under the idle timeout.
    fn watch_body(&self, resp: Response) -> Response {
        let Some(idle) = self.idle.0 else {
            return resp;
        };
        super::body::map_response_body(resp, |body| reqwest::Body::wrap(IdleBody::new(body, idle)))
    }
}

/// The URL a failure names, for the trace.
fn failure_url(e: &Failure) -> Option<String> {
    match e {
        Failure::Http(e) => e.url().map(|u| u.to_string()),
        _ => None,
    }
}

/// Go's `*url.Error` around a failure.
fn failure_error(method: &str, url: &str, e: &Failure) -> Error {
    Error::Transport(crate::go::error::url_error(method, url, e.text()))
}

/// `503 Service Unavailable`.
fn status_line(s: StatusCode) -> String {
    format!("{}: {}", s.as_u16(), s.canonical_reason().unwrap_or(""))
}

/// The URL without its query (upload session state is noise in a warning).
fn strip_query(url: &str) -> &str {
    url.split('?').next().unwrap_or(url)
}

/// Go's wording for a transport failure: `Get "<url>": dial tcp …: connect: connection refused`.
pub fn transport_error(method: &str, url: &str, e: impl Into<Failure>) -> Error {
    match e.into() {
        Failure::Request(e) => e,
        e => failure_error(method, url, &e),
    }
}

/// [`transport_error`] for a borrowed error.
pub fn transport_error_ref(method: &str, url: &str, e: &reqwest::Error) -> Error {
    Error::Transport(crate::go::error::url_error(
        method,
        url,
        crate::go::error::transport_text(e),
    ))
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

/// `host[:port]` of a URL, as hosts are written in credential stores and caches.
pub fn origin_host(u: &reqwest::Url) -> String {
    let host = u.host_str().unwrap_or_default();
    match u.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> reqwest::Url {
        reqwest::Url::parse(s).unwrap()
    }

    #[test]
    fn origins() {
        assert!(same_origin(&url("https://a/x"), &url("https://a:443/y")));
        assert!(!same_origin(&url("https://a/x"), &url("http://a/x")));
        assert!(!same_origin(&url("http://a:1/x"), &url("http://a:2/x")));
    }
}
