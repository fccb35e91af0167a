//! `GET /v2/` of a registry (oras-go `Registry.Ping`): 200 means reachable and authorized.
//!
//! Beyond oras-go, a 200 must also come from a registry: the distribution spec has a
//! registry answer this endpoint for its API (distribution sets
//! `Docker-Distribution-API-Version: registry/2.0`, others answer `{}` or nothing), so an
//! answer without that header whose body is neither empty nor JSON (the HTML page of a web
//! server that answers every path with 200) fails `login` instead of storing credentials
//! for something that is not a registry.

use super::api_host;
use crate::auth::client::{AuthClient, Request};
use crate::auth::scope::Scopes;
use crate::error::registry::ErrorResponse;
use crate::error::{Error, Result};
use reqwest::{Method, StatusCode};

/// The most of a `/v2/` answer that is looked at.
const PING_BODY_LIMIT: i64 = 64 * 1024;

/// Ping `registry` (`host[:port]`) through `client`, authenticating as challenged.
pub async fn ping(client: &AuthClient, registry: &str, plain_http: bool) -> Result<()> {
    let scheme = if plain_http { "http" } else { "https" };
    let url = format!("{scheme}://{}/v2/", api_host(registry));
    let resp = client
        .send(Request::new(Method::GET, url.clone(), &Scopes::new()))
        .await?;
    match resp.status() {
        StatusCode::OK => {}
        StatusCode::NOT_FOUND => return Err(Error::msg("not found")),
        _ => return Err(ErrorResponse::from_response("GET", resp).await.into()),
    }
    if resp
        .headers()
        .contains_key("Docker-Distribution-API-Version")
    {
        return Ok(());
    }
    let content_type = crate::http::content_type(resp.headers()).to_string();
    let body = match super::read_limited(resp, PING_BODY_LIMIT).await {
        Ok(b) => b,
        Err(Error::SizeExceedsLimit { .. }) => {
            return Err(not_a_registry(registry, &url, &content_type));
        }
        Err(e) => return Err(e),
    };
    if registry_answer(&body) {
        Ok(())
    } else {
        Err(not_a_registry(registry, &url, &content_type))
    }
}

/// An empty body or a JSON value.
fn registry_answer(body: &[u8]) -> bool {
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        None => true,
        Some(_) => serde_json::from_slice::<serde::de::IgnoredAny>(body).is_ok(),
    }
}

fn not_a_registry(registry: &str, url: &str, content_type: &str) -> Error {
    let what = if content_type.is_empty() {
        "content without a Content-Type".to_string()
    } else {
        format!("{content_type} content")
    };
    Error::msg(format!(
        "{registry} does not look like an OCI registry: it answered GET {url:?} with {what}, not the registry API"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_answers() {
        assert!(registry_answer(b""));
        assert!(registry_answer(b"{}"));
        assert!(registry_answer(b" {}\n"));
        assert!(!registry_answer(b"<html><body>hi</body></html>"));
        assert!(!registry_answer(b"OK"));
    }
}
