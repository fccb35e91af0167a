//! TEST SERVER (not a mock of our code): misbehaviours a real registry cannot show on its
//! own, on 127.0.0.1. A web server that answers every path with an HTML page and 200; a
//! registry whose paginated listings link back to the same page; one that serves a given
//! manifest body (a hostile `[[[…` document); one that accepts connections and never says a
//! word; one that redirects every request to itself; one whose referrer graph never ends. Request heads are read (bodies are not: nothing here takes uploads), one response
//! per connection; every request is counted; threads end when the server is dropped.

use std::io::{BufRead, BufReader, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

/// What the server does.
#[derive(Clone, Debug)]
pub enum Behaviour {
    /// Every request: `200 text/html` with a small page.
    Html,
    /// `/v2/`: `{}`; tag lists and the catalog: one page whose `Link` names that same page.
    LoopingLink,
    /// `/v2/`: `{}`; every manifest GET or HEAD: this body with this `Content-Type`.
    Manifest { media_type: String, body: Vec<u8> },
    /// Accept the connection, then say nothing at all (until dropped).
    Silent,
    /// Every path: `307` to itself.
    RedirectLoop,
    /// `/v2/`: `{}`; manifests by tag or digest from this map (reference → media type and
    /// bytes); everything else 404.
    Store(std::collections::HashMap<String, (String, Vec<u8>)>),
    /// `/v2/`: `{}`; any manifest: one small image manifest; the referrers API: for any
    /// digest, one referrer never seen before (its digest derived from the asked one), so
    /// the referrer graph never ends.
    EndlessReferrers,
}

/// The manifest `EndlessReferrers` serves for every reference.
pub const SUBJECT: &str = r#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.empty.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},"layers":[]}"#;

pub fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    format!("sha256:{}", hex::encode(sha2::Sha256::digest(bytes)))
}

pub struct HostileServer {
    port: u16,
    stop: Arc<AtomicBool>,
    requests: Arc<AtomicUsize>,
}

pub const PAGE: &str = "<!DOCTYPE html>\n<html><head><title>Welcome</title></head><body><h1>It works!</h1></body></html>\n";

impl HostileServer {
    pub fn start(behaviour: Behaviour) -> HostileServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = listener.local_addr().expect("local addr").port();
        let stop = Arc::new(AtomicBool::new(false));
        let requests = Arc::new(AtomicUsize::new(0));
        let (stop2, requests2) = (stop.clone(), requests.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::Acquire) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (b, stop, requests) = (behaviour.clone(), stop2.clone(), requests2.clone());
                std::thread::spawn(move || serve(conn, &b, &stop, &requests));
            }
        });
        HostileServer {
            port,
            stop,
            requests,
        }
    }

    pub fn host(&self) -> String {
        format!("localhost:{}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Requests seen (heads read) so far.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::Acquire)
    }
}

impl Drop for HostileServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn serve(conn: TcpStream, behaviour: &Behaviour, stop: &AtomicBool, requests: &AtomicUsize) {
    if matches!(behaviour, Behaviour::Silent) {
        while !stop.load(Ordering::Acquire) {
            std::thread::sleep(Duration::from_millis(50));
        }
        return;
    }
    let _ = conn.set_read_timeout(Some(Duration::from_secs(30)));
    let Ok(reader) = conn.try_clone() else { return };
    let mut reader = BufReader::new(reader);
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim_end().is_empty() {
            break;
        }
    }
    requests.fetch_add(1, Ordering::AcqRel);
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let target = parts.next().unwrap_or_default().to_string();
    let path = target.split('?').next().unwrap_or_default();
    let json = "application/json".to_string();
    let (status, headers, content_type, body): (u16, Vec<(&str, String)>, String, Vec<u8>) =
        match behaviour {
            Behaviour::Html => (200, vec![], "text/html; charset=utf-8".into(), PAGE.into()),
            Behaviour::LoopingLink => {
                if path == "/v2/" {
                    (200, vec![], json, b"{}".to_vec())
                } else if path.ends_with("/tags/list") {
                    let repo = path
                        .trim_start_matches("/v2/")
                        .trim_end_matches("/tags/list");
                    let body = format!(r#"{{"name":"{repo}","tags":["v1","v2"]}}"#);
                    let link = format!("<{path}>; rel=\"next\"");
                    (200, vec![("Link", link)], json, body.into_bytes())
                } else if path == "/v2/_catalog" {
                    let link = format!("<{path}>; rel=\"next\"");
                    let body = br#"{"repositories":["a","b"]}"#.to_vec();
                    (200, vec![("Link", link)], json, body)
                } else {
                    (
                        404,
                        vec![],
                        json,
                        br#"{"errors":[{"code":"NAME_UNKNOWN","message":"no"}]}"#.to_vec(),
                    )
                }
            }
            Behaviour::Manifest { media_type, body } => {
                if path == "/v2/" {
                    (200, vec![], json, b"{}".to_vec())
                } else if path.contains("/manifests/") {
                    (200, vec![], media_type.clone(), body.clone())
                } else {
                    (
                        404,
                        vec![],
                        json,
                        br#"{"errors":[{"code":"NOT_FOUND","message":"no"}]}"#.to_vec(),
                    )
                }
            }
            Behaviour::Silent => unreachable!(),
            Behaviour::RedirectLoop => (307, vec![("Location", target.clone())], json, Vec::new()),
            Behaviour::Store(manifests) => {
                let found = path
                    .split_once("/manifests/")
                    .and_then(|(_, r)| manifests.get(r));
                match found {
                    _ if path == "/v2/" => (200, vec![], json, b"{}".to_vec()),
                    Some((mt, body)) => {
                        let digest = ("Docker-Content-Digest", sha256(body));
                        (200, vec![digest], mt.clone(), body.clone())
                    }
                    None => (
                        404,
                        vec![],
                        json,
                        br#"{"errors":[{"code":"MANIFEST_UNKNOWN","message":"no"}]}"#.to_vec(),
                    ),
                }
            }
            Behaviour::EndlessReferrers => {
                if path == "/v2/" {
                    (200, vec![], json, b"{}".to_vec())
                } else if path.contains("/manifests/") {
                    let body = SUBJECT.as_bytes().to_vec();
                    let digest = ("Docker-Content-Digest", sha256(&body));
                    let mt = "application/vnd.oci.image.manifest.v1+json".to_string();
                    (200, vec![digest], mt, body)
                } else if let Some((_, asked)) = path.split_once("/referrers/") {
                    let next = sha256(asked.as_bytes());
                    let body = format!(
                        r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"{next}","size":100,"artifactType":"application/x.endless"}}]}}"#
                    );
                    let mt = "application/vnd.oci.image.index.v1+json".to_string();
                    (200, vec![], mt, body.into_bytes())
                } else {
                    (
                        404,
                        vec![],
                        json,
                        br#"{"errors":[{"code":"NOT_FOUND","message":"no"}]}"#.to_vec(),
                    )
                }
            }
        };
    let mut head =
        format!("HTTP/1.1 {status} X\r\nConnection: close\r\nContent-Type: {content_type}\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut out = conn;
    let _ = out.write_all(head.as_bytes());
    if method != "HEAD" {
        let _ = out.write_all(&body);
    }
    let _ = out.flush();
    let _ = out.shutdown(Shutdown::Both);
}
