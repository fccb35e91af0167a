//! `GET /v2/` of a registry (oras-go `Registry.Ping`): 200 means reachable and authorized.

use super::api_host;
use crate::auth::client::{AuthClient, Request};
use crate::auth::scope::Scopes;
use crate::error::registry::ErrorResponse;
use crate::error::{Error, Result};
use reqwest::{Method, StatusCode};

/// Ping `registry` (`host[:port]`) through `client`, authenticating as challenged.
pub async fn ping(client: &AuthClient, registry: &str, plain_http: bool) -> Result<()> {
    let scheme = if plain_http { "http" } else { "https" };
    let url = format!("{scheme}://{}/v2/", api_host(registry));
    let resp = client
        .send(Request::new(Method::GET, url, &Scopes::new()))
        .await?;
    match resp.status() {
        StatusCode::OK => Ok(()),
        StatusCode::NOT_FOUND => Err(Error::msg("not found")),
        _ => Err(ErrorResponse::from_response("GET", resp).await.into()),
    }
}
