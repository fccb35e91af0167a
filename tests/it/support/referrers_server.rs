//! TEST SERVER (not a mock of our code): a small in-memory registry on 127.0.0.1 speaking
//! just enough of the OCI distribution API 1.1 for attach/discover, because distribution
//! 2.8.2 has no referrers API. Ping, blob HEAD/GET/POST/PUT (monolithic), manifest
//! HEAD/GET/PUT (answering `OCI-Subject` for manifests with a subject), the referrers
//! listing (push order, `artifactType` filter with `OCI-Filters-Applied`) and tags/list.
//! One thread per connection, `Connection: close`; stopped when dropped.

use sha2::{Digest as _, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

const INDEX: &str = "application/vnd.oci.image.index.v1+json";

#[derive(Default)]
struct State {
    blobs: HashMap<String, Vec<u8>>,
    /// digest → (media type, bytes)
    manifests: HashMap<String, (String, Vec<u8>)>,
    /// repo → tag → digest
    tags: HashMap<String, BTreeMap<String, String>>,
    /// (repo, subject digest) → referrer descriptors as JSON text, in push order
    referrers: HashMap<(String, String), Vec<(String, String)>>,
}

/// A running server; `host()` is `localhost:<port>`.
pub struct ReferrersServer {
    port: u16,
    stop: Arc<AtomicBool>,
}

impl ReferrersServer {
    pub fn start() -> ReferrersServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = listener.local_addr().expect("local addr").port();
        let stop = Arc::new(AtomicBool::new(false));
        let state = Arc::new(Mutex::new(State::default()));
        let uploads = Arc::new(AtomicU64::new(0));
        let stop2 = stop.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::Relaxed) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (state, uploads) = (state.clone(), uploads.clone());
                std::thread::spawn(move || {
                    let _ = serve(conn, &state, &uploads);
                });
            }
        });
        ReferrersServer { port, stop }
    }

    pub fn host(&self) -> String {
        format!("localhost:{}", self.port)
    }
}

impl Drop for ReferrersServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        // wake the accept loop so the thread ends
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

fn reply(status: u16) -> Reply {
    Reply {
        status,
        headers: Vec::new(),
        body: Vec::new(),
    }
}

impl Reply {
    fn header(mut self, k: &str, v: impl Into<String>) -> Reply {
        self.headers.push((k.to_string(), v.into()));
        self
    }
    fn body(mut self, b: Vec<u8>) -> Reply {
        self.body = b;
        self
    }
}

fn not_found(code: &str) -> Reply {
    reply(404)
        .header("Content-Type", "application/json")
        .body(format!(r#"{{"errors":[{{"code":"{code}","message":"not found"}}]}}"#).into_bytes())
}

fn sha256(b: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(b)))
}

fn serve(conn: TcpStream, state: &Mutex<State>, uploads: &AtomicU64) -> std::io::Result<()> {
    let mut reader = BufReader::new(conn.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let target = parts.next().unwrap_or_default().to_string();
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        reader.read_line(&mut h)?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':')
            && k.eq_ignore_ascii_case("content-length")
        {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let r = route(&method, path, query, body, state, uploads);
    let mut out = conn;
    let mut head = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", r.status);
    for (k, v) in &r.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", r.body.len()));
    out.write_all(head.as_bytes())?;
    if method != "HEAD" {
        out.write_all(&r.body)?;
    }
    out.flush()
}

fn query_value(query: &str, key: &str) -> Option<String> {
    query.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == key).then(|| percent_decode(v))
    })
}

fn percent_decode(v: &str) -> String {
    let b = v.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(x) = u8::from_str_radix(&v[i + 1..i + 3], 16) {
                out.push(x);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The referrer descriptor of a manifest with a subject, in Go's field order.
fn referrer_entry(
    media_type: &str,
    digest: &str,
    bytes: &[u8],
) -> Option<(String, String, String)> {
    let m: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let subject = m.get("subject")?.get("digest")?.as_str()?.to_string();
    let artifact_type = m
        .get("artifactType")
        .and_then(|v| v.as_str())
        .filter(|s| !s.is_empty())
        .or_else(|| m.get("config")?.get("mediaType")?.as_str())
        .unwrap_or_default()
        .to_string();
    let mut json = format!(
        r#"{{"mediaType":{},"digest":"{digest}","size":{}"#,
        serde_json::to_string(media_type).ok()?,
        bytes.len()
    );
    if let Some(a) = m
        .get("annotations")
        .filter(|a| a.as_object().is_some_and(|o| !o.is_empty()))
    {
        json.push_str(&format!(r#","annotations":{a}"#));
    }
    if !artifact_type.is_empty() {
        json.push_str(&format!(
            r#","artifactType":{}"#,
            serde_json::to_string(&artifact_type).ok()?
        ));
    }
    json.push('}');
    Some((subject, artifact_type, json))
}

fn route(
    method: &str,
    path: &str,
    query: &str,
    body: Vec<u8>,
    state: &Mutex<State>,
    uploads: &AtomicU64,
) -> Reply {
    if path == "/v2/" || path == "/v2" {
        return reply(200)
            .header("Content-Type", "application/json")
            .body(b"{}".to_vec());
    }
    let Some(rest) = path.strip_prefix("/v2/") else {
        return reply(404);
    };
    let mut st = state.lock().unwrap_or_else(|p| p.into_inner());
    for kind in [
        "/blobs/uploads/",
        "/blobs/",
        "/manifests/",
        "/referrers/",
        "/tags/list",
    ] {
        let Some(i) = rest.find(kind) else { continue };
        let repo = rest[..i].to_string();
        let arg = rest[i + kind.len()..].to_string();
        return match (kind, method) {
            ("/blobs/uploads/", "POST") => {
                let n = uploads.fetch_add(1, Ordering::Relaxed);
                reply(202).header("Location", format!("/v2/{repo}/blobs/uploads/u{n}"))
            }
            ("/blobs/uploads/", "PUT") => {
                let want = query_value(query, "digest").unwrap_or_default();
                if sha256(&body) != want {
                    return reply(400).header("Content-Type", "application/json").body(
                        br#"{"errors":[{"code":"DIGEST_INVALID","message":"digest invalid"}]}"#
                            .to_vec(),
                    );
                }
                st.blobs.insert(want.clone(), body);
                reply(201).header("Docker-Content-Digest", want)
            }
            ("/blobs/", "GET" | "HEAD") => match st.blobs.get(&arg) {
                Some(b) => reply(200)
                    .header("Content-Type", "application/octet-stream")
                    .header("Docker-Content-Digest", arg.clone())
                    .body(b.clone()),
                None => not_found("BLOB_UNKNOWN"),
            },
            ("/manifests/", "PUT") => {
                let digest = sha256(&body);
                let media_type = serde_json::from_slice::<serde_json::Value>(&body)
                    .ok()
                    .and_then(|v| v.get("mediaType")?.as_str().map(str::to_string))
                    .unwrap_or_default();
                let mut r = reply(201).header("Docker-Content-Digest", digest.clone());
                if !st.manifests.contains_key(&digest)
                    && let Some((subject, at, json)) = referrer_entry(&media_type, &digest, &body)
                {
                    st.referrers
                        .entry((repo.clone(), subject.clone()))
                        .or_default()
                        .push((at, json));
                    r = r.header("OCI-Subject", subject);
                } else if let Some((subject, ..)) = referrer_entry(&media_type, &digest, &body) {
                    r = r.header("OCI-Subject", subject);
                }
                st.manifests.insert(digest.clone(), (media_type, body));
                if !arg.starts_with("sha256:") {
                    st.tags.entry(repo).or_default().insert(arg, digest);
                }
                r
            }
            ("/manifests/", "GET" | "HEAD") => {
                let digest = if arg.starts_with("sha256:") {
                    Some(arg.clone())
                } else {
                    st.tags.get(&repo).and_then(|t| t.get(&arg)).cloned()
                };
                match digest.and_then(|d| st.manifests.get(&d).map(|m| (d, m.clone()))) {
                    Some((d, (mt, b))) => reply(200)
                        .header("Content-Type", mt)
                        .header("Docker-Content-Digest", d)
                        .body(b),
                    None => not_found("MANIFEST_UNKNOWN"),
                }
            }
            ("/referrers/", "GET") => {
                let filter = query_value(query, "artifactType");
                let list = st.referrers.get(&(repo, arg)).cloned().unwrap_or_default();
                let items: Vec<String> = list
                    .into_iter()
                    .filter(|(at, _)| filter.as_ref().is_none_or(|f| f == at))
                    .map(|(_, j)| j)
                    .collect();
                let body = format!(
                    r#"{{"schemaVersion":2,"mediaType":"{INDEX}","manifests":[{}]}}"#,
                    items.join(",")
                );
                let mut r = reply(200)
                    .header("Content-Type", INDEX)
                    .body(body.into_bytes());
                if filter.is_some() {
                    r = r.header("OCI-Filters-Applied", "artifactType");
                }
                r
            }
            ("/tags/list", "GET") => {
                let tags: Vec<String> = st
                    .tags
                    .get(&repo)
                    .map(|t| t.keys().cloned().collect())
                    .unwrap_or_default();
                let body = serde_json::json!({"name": repo, "tags": tags}).to_string();
                reply(200)
                    .header("Content-Type", "application/json")
                    .body(body.into_bytes())
            }
            _ => reply(405),
        };
    }
    not_found("NAME_UNKNOWN")
}
