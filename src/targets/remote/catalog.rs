//! The registry catalog (`GET /v2/_catalog[?last=]`, following `Link` pages within the
//! bounds of `pages.rs`): `oras repo ls`.

use super::pages::{Pages, next_link};
use super::{api_host, read_limited, with_query};
use crate::auth::client::{AuthClient, Request};
use crate::auth::scope::Scopes;
use crate::content::manifest::MAX_MANIFEST_BYTES;
use crate::error::{Error, Result};
use reqwest::{Method, StatusCode};

/// List the repositories of `registry` after `last` (all pages), in the registry's order.
pub async fn list_repositories(
    client: &AuthClient,
    registry: &str,
    plain_http: bool,
    last: &str,
) -> Result<Vec<String>> {
    let scheme = if plain_http { "http" } else { "https" };
    let mut url = format!("{scheme}://{}/v2/_catalog", api_host(registry));
    if !last.is_empty() {
        url = with_query(&url, "last", last);
    }
    let mut scopes = Scopes::new();
    scopes.add_raw("registry:catalog:*");
    let mut pages = Pages::new("catalog", &url);
    let mut all = Vec::new();
    loop {
        let resp = client
            .send(Request::new(Method::GET, url.clone(), &scopes))
            .await?;
        if resp.status() != StatusCode::OK {
            return Err(super::Repository::error("GET", resp).await);
        }
        let next = next_link(&resp);
        let body = read_limited(resp, MAX_MANIFEST_BYTES).await?;
        pages.read(body.len())?;
        #[derive(serde::Deserialize)]
        struct Catalog {
            #[serde(default)]
            repositories: Option<Vec<String>>,
        }
        let page: Catalog = serde_json::from_slice(&body)
            .map_err(|e| Error::msg(format!("failed to decode catalog: {e}")))?;
        all.extend(page.repositories.unwrap_or_default());
        match next {
            Some(n) => {
                pages.next(&n)?;
                url = n;
            }
            None => return Ok(all),
        }
    }
}
