//! Bearer tokens from a challenge's realm (oras-go `auth.Client.fetchBearerToken`): the
//! distribution token GET (Basic credentials or anonymous) or, with a refresh token, the
//! OAuth2 POST; the credential goes only to a realm that may receive it.

use super::CredentialSource;
use super::credential::Credential;
use super::scope::Scopes;
use crate::error::registry::ErrorResponse;
use crate::error::{Error, Result};
use crate::http::transport::{Transport, origin_host, transport_error};
use reqwest::Method;
use reqwest::header::HeaderMap;
use std::collections::BTreeMap;

/// A token of `realm` (from the challenge `params`) for `scopes` on `host`; anonymous
/// when `anonymous`, or when the realm may not receive the host's credential.
pub async fn fetch(
    transport: &Transport,
    credentials: &dyn CredentialSource,
    host: &str,
    params: &BTreeMap<String, String>,
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
        credentials.credential(host)?
    };
    // `-H` headers are for the registry: a realm on another host does not get them
    let realm_headers = if origin_host(&realm_url) == host {
        transport.extra_headers().clone()
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
        let req = transport
            .request(Method::POST, realm, realm_headers)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(body);
        match req.build() {
            Ok(r) => transport.execute(r).await,
            Err(e) => Err(e.into()),
        }
    } else {
        let mut url = reqwest::Url::parse(realm)
            .map_err(|e| Error::msg(format!("invalid token realm {realm:?}: {e}")))?;
        // Go's `url.Values.Encode`: the realm's own parameters, `service` set, `scope`
        // added; keys sorted (so `scope=…&service=…`), values in order.
        let mut query: BTreeMap<String, Vec<String>> = Default::default();
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
        let mut req = transport.request(Method::GET, url, realm_headers);
        if !cred.username.is_empty() || !cred.password.is_empty() {
            req = req.basic_auth(&cred.username, Some(&cred.password));
        }
        match req.build() {
            Ok(r) => transport.execute(r).await,
            Err(e) => Err(e.into()),
        }
    }
    .map_err(|e| transport_error(method, realm, e))?;
    if !resp.status().is_success() {
        return Err(ErrorResponse::from_response(method, resp).await.into());
    }
    let bytes = read_token_body(resp, method, realm).await?;
    #[derive(serde::Deserialize)]
    struct TokenResponse {
        #[serde(default)]
        access_token: String,
        #[serde(default)]
        token: String,
    }
    let limited = &bytes[..];
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

/// The token response body, at most [`TOKEN_BODY_LIMIT`] bytes (a server that sends more is
/// cut off there: the JSON then fails to decode, and nothing unbounded is kept in memory).
async fn read_token_body(resp: reqwest::Response, method: &str, realm: &str) -> Result<Vec<u8>> {
    use futures_util::TryStreamExt;
    let mut out = Vec::new();
    let mut stream = resp.bytes_stream();
    while let Some(chunk) = stream
        .try_next()
        .await
        .map_err(|e| transport_error(method, realm, e))?
    {
        let room = TOKEN_BODY_LIMIT - out.len();
        out.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if out.len() == TOKEN_BODY_LIMIT {
            break;
        }
    }
    Ok(out)
}

/// The most of a token response that is read.
const TOKEN_BODY_LIMIT: usize = 128 * 1024;

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
}
