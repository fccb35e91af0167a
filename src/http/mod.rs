//! The HTTP transport under the registry client: TLS (`--ca-file`, `--insecure`, client
//! certificates), custom DNS (`--resolve`), proxies from the environment, request bodies,
//! the sending (redirects by hand, the `--debug` trace, retries, idle timeouts) and the
//! retry policy.
//! Nothing here knows about registries or credentials.

pub mod body;
pub mod builder;
pub mod idle;
pub mod proxy;
pub mod resolve;
pub mod retry;
mod trace;
pub mod transport;

pub use body::Body;
pub use builder::{ClientOptions, build_client};
pub use idle::IdleTimeout;
pub use proxy::ProxyEnv;
pub use resolve::ResolveRule;

/// The `Content-Type` of an answer as text: empty when there is none or it is not text.
pub fn content_type(headers: &reqwest::header::HeaderMap) -> &str {
    headers
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}
