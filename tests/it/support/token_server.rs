//! TEST SERVER (not a mock of our code): a small Docker-style token endpoint on 127.0.0.1
//! for `docker-registry`'s `auth.token` (distribution 2.8.2 cannot issue tokens itself).
//!
//! * `GET /token?service=…&scope=…` with Basic auth or anonymous → `{"token","access_token"}`.
//! * `POST /token` form `grant_type=password` (username/password) or `refresh_token`
//!   → `{"access_token","refresh_token"}`.
//!
//! Tokens are real JWTs signed ES256 by a key generated per server, with the self-signed
//! certificate in the `x5c` header; [`TokenServer::root_pem`] goes into the registry's
//! `rootcertbundle`. A test-only [`Policy`] decides which user (or anonymous) gets which
//! actions. Every request is logged ([`TokenServer::log`]) so tests can count token
//! fetches. One thread per connection, `Connection: close`; stopped when dropped.

use base64::Engine as _;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

/// `service` of the registry config and of every token.
pub const SERVICE: &str = "oras-test-registry";
/// `issuer` of the registry config and of every token.
pub const ISSUER: &str = "oras-test-token-issuer";

/// Who may do what.
#[derive(Clone, Debug, Default)]
pub struct Policy {
    /// user → password
    pub users: BTreeMap<String, String>,
    /// refresh token → user (an identity token `oras login --identity-token` can use)
    pub refresh_tokens: BTreeMap<String, String>,
    /// repositories (exact names, or prefixes ending in `/`) anonymous users may pull
    pub public: Vec<String>,
}

impl Policy {
    pub fn user(mut self, name: &str, password: &str) -> Self {
        self.users.insert(name.into(), password.into());
        self
    }

    pub fn refresh_token(mut self, token: &str, user: &str) -> Self {
        self.refresh_tokens.insert(token.into(), user.into());
        self
    }

    pub fn public(mut self, repo: &str) -> Self {
        self.public.push(repo.into());
        self
    }

    /// The actions of `requested` that `user` (None = anonymous) is granted on `repo`:
    /// known users get pull/push/delete everywhere, anonymous only pull on public repos.
    pub fn grant(&self, user: Option<&str>, repo: &str, requested: &[String]) -> Vec<String> {
        let allowed: &[&str] = match user {
            Some(_) => &["pull", "push", "delete", "*"],
            None if self.is_public(repo) => &["pull"],
            None => &[],
        };
        requested
            .iter()
            .filter(|a| allowed.contains(&a.as_str()))
            .cloned()
            .collect()
    }

    fn is_public(&self, repo: &str) -> bool {
        self.public
            .iter()
            .any(|p| p == repo || (p.ends_with('/') && repo.starts_with(p.as_str())))
    }
}

/// What the endpoint answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// `500` with a text body, for every request.
    Fail500,
    /// `200` with a body that is not JSON.
    Garbage,
}

/// One request the endpoint saw.
#[derive(Clone, Debug)]
pub struct Logged {
    pub method: String,
    /// The user of Basic auth / the password grant / the refresh token.
    pub user: Option<String>,
    pub grant_type: Option<String>,
    pub client_id: Option<String>,
    pub scopes: Vec<String>,
    pub status: u16,
    /// Whether a Basic `Authorization` header came with the request.
    pub basic: bool,
}

struct Shared {
    policy: Policy,
    mode: Mutex<Mode>,
    log: Mutex<Vec<Logged>>,
    signer: Signer,
    jti: AtomicU64,
}

/// A running token endpoint.
pub struct TokenServer {
    port: u16,
    shared: Arc<Shared>,
    stop: Arc<AtomicBool>,
}

impl TokenServer {
    pub fn start(policy: Policy) -> TokenServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = listener.local_addr().expect("local addr").port();
        let shared = Arc::new(Shared {
            policy,
            mode: Mutex::new(Mode::Normal),
            log: Mutex::new(Vec::new()),
            signer: Signer::generate(),
            jti: AtomicU64::new(1),
        });
        let stop = Arc::new(AtomicBool::new(false));
        let (shared2, stop2) = (shared.clone(), stop.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::Relaxed) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let shared = shared2.clone();
                std::thread::spawn(move || {
                    let _ = serve(conn, &shared);
                });
            }
        });
        TokenServer { port, shared, stop }
    }

    /// The `realm` for the registry config: `http://127.0.0.1:<port>/token`.
    pub fn realm(&self) -> String {
        format!("http://127.0.0.1:{}/token", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The PEM certificate for `auth.token.rootcertbundle`.
    pub fn root_pem(&self) -> String {
        self.shared.signer.cert_pem.clone()
    }

    pub fn set_mode(&self, mode: Mode) {
        *self.shared.mode.lock().unwrap() = mode;
    }

    /// Every request so far.
    pub fn log(&self) -> Vec<Logged> {
        self.shared.log.lock().unwrap().clone()
    }

    pub fn clear_log(&self) {
        self.shared.log.lock().unwrap().clear();
    }

    /// A token for `user` with `access` = `[(repo, actions)]`, for test fixtures.
    pub fn mint(&self, user: Option<&str>, access: &[(&str, &[&str])]) -> String {
        let access: Vec<(String, Vec<String>)> = access
            .iter()
            .map(|(r, a)| (r.to_string(), a.iter().map(|s| s.to_string()).collect()))
            .collect();
        let jti = self.shared.jti.fetch_add(1, Ordering::Relaxed);
        self.shared.signer.jwt(user, &access, jti)
    }
}

impl Drop for TokenServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// The ES256 key and its self-signed certificate.
struct Signer {
    key: ring::signature::EcdsaKeyPair,
    cert_der: Vec<u8>,
    cert_pem: String,
}

impl Signer {
    fn generate() -> Signer {
        let key_pair =
            rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).expect("P-256 key");
        let mut params =
            rcgen::CertificateParams::new(vec!["oras-test-token-issuer".into()]).expect("params");
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "oras test token issuer");
        let cert = params.self_signed(&key_pair).expect("self-signed cert");
        let rng = ring::rand::SystemRandom::new();
        let key = ring::signature::EcdsaKeyPair::from_pkcs8(
            &ring::signature::ECDSA_P256_SHA256_FIXED_SIGNING,
            &key_pair.serialize_der(),
            &rng,
        )
        .expect("ring key from PKCS#8");
        Signer {
            key,
            cert_der: cert.der().to_vec(),
            cert_pem: cert.pem(),
        }
    }

    fn jwt(&self, user: Option<&str>, access: &[(String, Vec<String>)], jti: u64) -> String {
        let b64url = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
        let header = serde_json::json!({
            "typ": "JWT",
            "alg": "ES256",
            "x5c": [base64::engine::general_purpose::STANDARD.encode(&self.cert_der)],
        });
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("clock")
            .as_secs();
        let access: Vec<serde_json::Value> = access
            .iter()
            .map(|(name, actions)| {
                serde_json::json!({"type": "repository", "name": name, "actions": actions})
            })
            .collect();
        let claims = serde_json::json!({
            "iss": ISSUER,
            "sub": user.unwrap_or(""),
            "aud": SERVICE,
            "exp": now + 300,
            "nbf": now - 10,
            "iat": now,
            "jti": format!("oras-test-{jti}"),
            "access": access,
        });
        let signing_input = format!(
            "{}.{}",
            b64url(header.to_string().as_bytes()),
            b64url(claims.to_string().as_bytes())
        );
        let sig = self
            .key
            .sign(&ring::rand::SystemRandom::new(), signing_input.as_bytes())
            .expect("ES256 signature");
        format!("{signing_input}.{}", b64url(sig.as_ref()))
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `a=1&b=2` → pairs, decoded.
fn form_pairs(s: &str) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn first<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// `repository:<name>:<a,b>` → (name, actions); other scope types are ignored.
fn parse_scope(scope: &str) -> Option<(String, Vec<String>)> {
    let rest = scope.strip_prefix("repository:")?;
    let (name, actions) = rest.rsplit_once(':')?;
    Some((
        name.to_string(),
        actions.split(',').map(str::to_string).collect(),
    ))
}

fn serve(conn: TcpStream, shared: &Shared) -> std::io::Result<()> {
    let mut reader = BufReader::new(conn.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let target = parts.next().unwrap_or_default().to_string();
    let mut length = 0usize;
    let mut authorization = None;
    loop {
        let mut h = String::new();
        reader.read_line(&mut h)?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().unwrap_or(0);
            } else if k.eq_ignore_ascii_case("authorization") {
                authorization = Some(v.trim().to_string());
            }
        }
    }
    let mut body = vec![0u8; length.min(1 << 20)];
    reader.read_exact(&mut body)?;
    let (status, reply, entry) = answer(shared, &method, &target, authorization, &body);
    shared.log.lock().unwrap().push(Logged { status, ..entry });
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        _ => "Internal Server Error",
    };
    let mut conn = conn;
    write!(
        conn,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        reply.len()
    )?;
    conn.write_all(reply.as_bytes())?;
    conn.flush()
}

fn unauthorized(message: &str) -> String {
    format!(r#"{{"errors":[{{"code":"UNAUTHORIZED","message":"{message}"}}]}}"#)
}

fn answer(
    shared: &Shared,
    method: &str,
    target: &str,
    authorization: Option<String>,
    body: &[u8],
) -> (u16, String, Logged) {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let pairs = if method == "POST" {
        form_pairs(&String::from_utf8_lossy(body))
    } else {
        form_pairs(query)
    };
    let mut scopes: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "scope")
        .flat_map(|(_, v)| v.split(' ').map(str::to_string).collect::<Vec<_>>())
        .filter(|s| !s.is_empty())
        .collect();
    scopes.sort();
    let mut entry = Logged {
        method: method.to_string(),
        user: None,
        grant_type: first(&pairs, "grant_type").map(str::to_string),
        client_id: first(&pairs, "client_id").map(str::to_string),
        scopes: scopes.clone(),
        status: 0,
        basic: authorization
            .as_deref()
            .is_some_and(|a| a.starts_with("Basic ")),
    };
    match *shared.mode.lock().unwrap() {
        Mode::Normal => {}
        Mode::Fail500 => return (500, "token service exploded\n".into(), entry),
        Mode::Garbage => return (200, "<html>not a token</html>".into(), entry),
    }
    if path != "/token" {
        return (404, "{}".into(), entry);
    }
    let policy = &shared.policy;
    let check_password = |user: &str, password: &str| {
        policy
            .users
            .get(user)
            .is_some_and(|p| p.as_str() == password)
    };
    let mut refresh = None;
    let user: Option<String> = match (method, first(&pairs, "grant_type")) {
        ("GET", _) => match authorization
            .as_deref()
            .and_then(|a| a.strip_prefix("Basic "))
        {
            None => None,
            Some(b64) => {
                let decoded = base64::engine::general_purpose::STANDARD
                    .decode(b64.trim())
                    .ok()
                    .and_then(|d| String::from_utf8(d).ok())
                    .unwrap_or_default();
                let (u, p) = decoded.split_once(':').unwrap_or((&decoded, ""));
                entry.user = Some(u.to_string());
                if !check_password(u, p) {
                    return (401, unauthorized("invalid username or password"), entry);
                }
                Some(u.to_string())
            }
        },
        ("POST", Some("password")) => {
            let u = first(&pairs, "username").unwrap_or_default();
            let p = first(&pairs, "password").unwrap_or_default();
            entry.user = Some(u.to_string());
            if !check_password(u, p) {
                return (401, unauthorized("invalid username or password"), entry);
            }
            // a fresh refresh token is not tracked: hand out the user's registered one
            refresh = policy
                .refresh_tokens
                .iter()
                .find(|(_, owner)| owner.as_str() == u)
                .map(|(t, _)| t.clone());
            Some(u.to_string())
        }
        ("POST", Some("refresh_token")) => {
            let t = first(&pairs, "refresh_token").unwrap_or_default();
            match policy.refresh_tokens.get(t) {
                Some(u) => {
                    entry.user = Some(u.clone());
                    refresh = Some(t.to_string());
                    Some(u.clone())
                }
                None => return (401, unauthorized("invalid refresh token"), entry),
            }
        }
        _ => {
            return (
                400,
                r#"{"error":"unsupported_grant_type"}"#.to_string(),
                entry,
            );
        }
    };
    let access: Vec<(String, Vec<String>)> = scopes
        .iter()
        .filter_map(|s| parse_scope(s))
        .map(|(repo, actions)| {
            let granted = policy.grant(user.as_deref(), &repo, &actions);
            (repo, granted)
        })
        .filter(|(_, a)| !a.is_empty())
        .collect();
    let jti = shared.jti.fetch_add(1, Ordering::Relaxed);
    let token = shared.signer.jwt(user.as_deref(), &access, jti);
    let mut reply = serde_json::json!({
        "access_token": token,
        "expires_in": 300,
    });
    if method == "GET" {
        reply["token"] = serde_json::Value::String(token);
    }
    if let Some(r) = refresh {
        reply["refresh_token"] = serde_json::Value::String(r);
    }
    (200, reply.to_string(), entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_grants() {
        let p = Policy::default().user("alice", "pw").public("pub/");
        let req = vec!["pull".to_string(), "push".to_string()];
        assert_eq!(p.grant(Some("alice"), "x", &req), req);
        assert_eq!(p.grant(None, "pub/a", &req), vec!["pull".to_string()]);
        assert!(p.grant(None, "private", &req).is_empty());
        assert_eq!(percent_decode("a%3Ab+c"), "a:b c");
        assert_eq!(
            parse_scope("repository:a/b:pull,push"),
            Some(("a/b".into(), vec!["pull".into(), "push".into()]))
        );
    }
}
