//! TEST SERVER (not a mock of our code): the little of a registry that `oras attach` needs
//! on the tag schema (no referrers API), plus what distribution 2.8.2 lacks: manifest PUTs
//! honour `If-Match` and `If-None-Match: *` (412 when the tag moved), and an `ETag` on every
//! manifest answer. It also plays a second writer: right after it first serves the subject's
//! referrers index, it adds a referrer of its own to that index, as a parallel job would.
//! One repository, `app`, whose `v1` is [`SUBJECT`](super::hostile_server::SUBJECT); every
//! blob is said to exist. Requests on manifests are logged with their precondition.

use super::hostile_server::{SUBJECT, sha256};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
const INDEX: &str = "application/vnd.oci.image.index.v1+json";

/// One manifest request: method, reference, `If-Match`/`If-None-Match` sent, status.
#[derive(Clone, Debug, PartialEq)]
pub struct Logged {
    pub method: String,
    pub reference: String,
    pub precondition: Option<String>,
    pub status: u16,
}

#[derive(Default)]
struct State {
    /// reference (tag or digest) → media type, bytes
    manifests: HashMap<String, (String, Vec<u8>)>,
    interfered: bool,
    /// The referrer the second writer added.
    theirs: Option<String>,
    log: Vec<Logged>,
}

pub struct ConditionalRegistry {
    port: u16,
    stop: Arc<AtomicBool>,
    state: Arc<Mutex<State>>,
}

impl ConditionalRegistry {
    pub fn start() -> ConditionalRegistry {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = listener.local_addr().expect("local addr").port();
        let stop = Arc::new(AtomicBool::new(false));
        let state = Arc::new(Mutex::new(State::default()));
        state
            .lock()
            .unwrap()
            .manifests
            .insert("v1".into(), (MANIFEST.into(), SUBJECT.as_bytes().to_vec()));
        let (stop2, state2) = (stop.clone(), state.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::Acquire) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let state = state2.clone();
                std::thread::spawn(move || {
                    let _ = serve(conn, &state);
                });
            }
        });
        ConditionalRegistry { port, stop, state }
    }

    pub fn host(&self) -> String {
        format!("localhost:{}", self.port)
    }

    /// Manifest requests so far.
    pub fn log(&self) -> Vec<Logged> {
        self.state.lock().unwrap().log.clone()
    }

    /// The referrers listed by the index under `tag`, and the one the second writer added.
    pub fn index(&self, tag: &str) -> (Vec<String>, Option<String>) {
        let state = self.state.lock().unwrap();
        let list = state.manifests.get(tag).map_or_else(Vec::new, |(_, b)| {
            let v: serde_json::Value = serde_json::from_slice(b).expect("index JSON");
            v["manifests"]
                .as_array()
                .expect("manifests")
                .iter()
                .map(|m| m["digest"].as_str().expect("digest").to_string())
                .collect()
        });
        (list, state.theirs.clone())
    }
}

impl Drop for ConditionalRegistry {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn etag(body: &[u8]) -> String {
    format!("\"{}\"", sha256(body))
}

fn serve(conn: TcpStream, state: &Mutex<State>) -> std::io::Result<()> {
    conn.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(conn.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h.trim_end().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let len: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    reader.read_exact(&mut body)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let path = parts
        .next()
        .unwrap_or_default()
        .split('?')
        .next()
        .unwrap_or_default()
        .to_string();
    let mut extra: Vec<(String, String)> = Vec::new();
    let (status, content_type, reply) = if path == "/v2/" {
        (200, "application/json".to_string(), b"{}".to_vec())
    } else if let Some(digest) = path.strip_prefix("/v2/app/blobs/") {
        extra.push(("Docker-Content-Digest".into(), digest.to_string()));
        (200, "application/octet-stream".to_string(), b"{}".to_vec())
    } else if let Some(reference) = path.strip_prefix("/v2/app/manifests/") {
        let mut st = state.lock().unwrap();
        let precondition = headers
            .get("if-match")
            .map(|v| format!("If-Match: {v}"))
            .or_else(|| {
                headers
                    .get("if-none-match")
                    .map(|v| format!("If-None-Match: {v}"))
            });
        let current = st.manifests.get(reference).cloned();
        let (status, ct, reply) = match method.as_str() {
            "PUT" => {
                let refused = match (
                    &current,
                    headers.get("if-match"),
                    headers.get("if-none-match"),
                ) {
                    (Some((_, b)), Some(m), _) => *m != etag(b),
                    (None, Some(_), _) => true,
                    (Some(_), None, Some(n)) => n == "*",
                    _ => false,
                };
                if refused {
                    (412, "application/json".to_string(), Vec::new())
                } else {
                    let ct = headers.get("content-type").cloned().unwrap_or_default();
                    st.manifests
                        .insert(reference.to_string(), (ct, body.clone()));
                    st.manifests
                        .insert(sha256(&body), (String::new(), body.clone()));
                    extra.push(("Docker-Content-Digest".into(), sha256(&body)));
                    (201, "application/json".to_string(), Vec::new())
                }
            }
            _ => match current {
                Some((ct, b)) => {
                    extra.push(("Docker-Content-Digest".into(), sha256(&b)));
                    extra.push(("ETag".into(), etag(&b)));
                    (
                        200,
                        if ct.is_empty() {
                            MANIFEST.to_string()
                        } else {
                            ct
                        },
                        b,
                    )
                }
                None => (
                    404,
                    "application/json".to_string(),
                    br#"{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}"#
                        .to_vec(),
                ),
            },
        };
        st.log.push(Logged {
            method: method.clone(),
            reference: reference.to_string(),
            precondition,
            status,
        });
        // the second writer: once the index has been read, it adds a referrer of its own
        if method == "GET" && reference.starts_with("sha256-") && status == 200 && !st.interfered {
            st.interfered = true;
            let mut index: serde_json::Value = serde_json::from_slice(&reply).expect("index");
            let theirs = br#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","artifactType":"application/x.theirs","config":{"mediaType":"application/vnd.oci.empty.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},"layers":[]}"#;
            let d = sha256(theirs);
            index["manifests"].as_array_mut().expect("manifests").push(serde_json::json!({
                "mediaType": MANIFEST, "digest": d, "size": theirs.len(), "artifactType": "application/x.theirs"
            }));
            let bytes = serde_json::to_vec(&index).expect("JSON");
            st.manifests
                .insert(d.clone(), (MANIFEST.into(), theirs.to_vec()));
            st.manifests
                .insert(reference.to_string(), (INDEX.into(), bytes));
            st.theirs = Some(d);
        }
        (status, ct, reply)
    } else {
        (
            404,
            "application/json".to_string(),
            br#"{"errors":[{"code":"NOT_FOUND","message":"no"}]}"#.to_vec(),
        )
    };
    let mut head =
        format!("HTTP/1.1 {status} X\r\nConnection: close\r\nContent-Type: {content_type}\r\n");
    for (k, v) in extra {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", reply.len()));
    let mut out = conn;
    out.write_all(head.as_bytes())?;
    if method != "HEAD" {
        out.write_all(&reply)?;
    }
    out.flush()?;
    let _ = out.shutdown(Shutdown::Both);
    Ok(())
}
