//! TEST SERVER (not a mock of our code): a fault-injection HTTP/1.1 reverse proxy on
//! 127.0.0.1 in front of a real registry. Ordered rules, matched on method, a path
//! substring and the nth matching request, inject what a bad network or a strict proxy
//! does: error statuses with `Retry-After`, 413 for large bodies, a response cut after N
//! body bytes, a `Range` request ignored or answered from the wrong offset, delays, a
//! response that stalls (sends nothing more, connection kept open), a request body never
//! read, a body sent a few bytes at a time. Every
//! request is recorded for assertions. Bodies are buffered whole (test sizes only), each
//! response closes its connection; one thread per connection; stopped when dropped.

use std::io::{BufRead, BufReader, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What a rule does to a matching request.
#[derive(Clone, Debug)]
pub enum Action {
    /// Answer this status (not forwarded), with an optional `Retry-After`.
    Status {
        code: u16,
        retry_after: Option<String>,
    },
    /// Answer 413 (not forwarded) when the request body is larger than this.
    MaxBody(usize),
    /// Forward, then send only this many response-body bytes and close the connection.
    CutAfter(usize),
    /// Forward without the `Range` header (the registry answers 200 with everything).
    IgnoreRange,
    /// Forward with the start of `Range: bytes=N-` moved by this many bytes (the registry
    /// answers an honest 206 whose `Content-Range` is not what the client asked for).
    ShiftRange(i64),
    /// Wait, then forward.
    Delay(Duration),
    /// Forward, adding this header to the response.
    AddHeader(String, String),
    /// Forward, then flip the bits of the response-body byte at this offset (a corrupt
    /// copy with the right length).
    Corrupt(usize),
    /// Answer `200 OK` with an HTML page (not forwarded), as a captive portal or a
    /// misconfigured web server in front of a registry does.
    Html,
    /// Forward, send the head and this many body bytes, then nothing more: the connection
    /// stays open, silent, until the proxy is dropped.
    StallAfter(usize),
    /// Read the request head only, never its body, and never answer (until dropped).
    StallUnread,
    /// Forward, then send the body this many bytes at a time with this pause in between.
    Drip(usize, Duration),
    /// Forward (the registry does the work), then answer this status instead of the
    /// registry's answer: distribution 2.8.2 deletes a manifest and then fails with 500
    /// when a tag changes under its clean-up.
    ForwardThenStatus(u16),
}

impl Action {
    /// Answer `code` (not forwarded), without `Retry-After`.
    pub fn status(code: u16) -> Action {
        Action::Status {
            code,
            retry_after: None,
        }
    }
}

/// One rule: `method` (any when None), a path substring, and which matching request it
/// applies to (1-based; every one when None).
#[derive(Clone, Debug)]
pub struct Rule {
    pub method: Option<String>,
    pub path: String,
    pub nth: Option<usize>,
    pub action: Action,
}

impl Rule {
    pub fn new(method: &str, path: &str, action: Action) -> Rule {
        Rule {
            method: Some(method.to_string()).filter(|m| !m.is_empty()),
            path: path.to_string(),
            nth: None,
            action,
        }
    }

    /// Only the `n`th (1-based) request that matches method and path.
    pub fn nth(mut self, n: usize) -> Rule {
        self.nth = Some(n);
        self
    }
}

/// One request as the proxy saw it.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    /// Path and query.
    pub target: String,
    /// Request headers, names lower-cased.
    pub headers: Vec<(String, String)>,
    pub body_len: usize,
    /// The status sent back.
    pub status: u16,
    /// Response-body bytes sent back.
    pub sent: usize,
    /// Which rule fired (index), if any.
    pub rule: Option<usize>,
    /// When the proxy had read the request head.
    pub at: std::time::Instant,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

struct Shared {
    upstream: u16,
    stop: Arc<AtomicBool>,
    rules: Vec<Rule>,
    counts: Mutex<Vec<usize>>,
    log: Mutex<Vec<Seen>>,
}

/// A running proxy; `host()` is `localhost:<port>`.
pub struct FaultProxy {
    port: u16,
    stop: Arc<AtomicBool>,
    shared: Arc<Shared>,
}

impl FaultProxy {
    /// Proxy to `127.0.0.1:<upstream>` applying `rules` in order (the first firing wins).
    pub fn start(upstream: u16, rules: Vec<Rule>) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = listener.local_addr().expect("local addr").port();
        let stop = Arc::new(AtomicBool::new(false));
        let shared = Arc::new(Shared {
            upstream,
            stop: stop.clone(),
            counts: Mutex::new(vec![0; rules.len()]),
            rules,
            log: Mutex::new(Vec::new()),
        });
        let (stop2, shared2) = (stop.clone(), shared.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::Relaxed) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let shared = shared2.clone();
                std::thread::spawn(move || {
                    let _ = conn.set_read_timeout(Some(Duration::from_secs(60)));
                    let _ = serve(conn, &shared);
                });
            }
        });
        FaultProxy { port, stop, shared }
    }

    pub fn host(&self) -> String {
        format!("localhost:{}", self.port)
    }

    /// Every request so far, in arrival order.
    pub fn requests(&self) -> Vec<Seen> {
        self.shared.log.lock().unwrap().clone()
    }

    /// The requests so far that `keep` selects, in arrival order.
    pub fn requests_where(&self, keep: impl Fn(&Seen) -> bool) -> Vec<Seen> {
        self.requests().into_iter().filter(|r| keep(r)).collect()
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

struct Message {
    head: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Message {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    fn remove(&mut self, name: &str) {
        self.headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
    }
}

/// Read a head and its headers; `None` at a clean end of stream.
/// A start line and its headers.
type Head = (String, Vec<(String, String)>);

fn read_head(r: &mut impl BufRead) -> std::io::Result<Option<Head>> {
    let mut line = String::new();
    if r.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if r.read_line(&mut h)? == 0 {
            break;
        }
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    Ok(Some((line.trim_end().to_string(), headers)))
}

/// Read a body framed by Content-Length or chunked encoding, else (`to_eof`) up to EOF.
fn read_body(
    r: &mut impl BufRead,
    headers: &[(String, String)],
    to_eof: bool,
) -> std::io::Result<Vec<u8>> {
    let get = |n: &str| {
        headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(n))
            .map(|(_, v)| v.clone())
    };
    if get("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        let mut body = Vec::new();
        loop {
            let mut size = String::new();
            r.read_line(&mut size)?;
            let n = usize::from_str_radix(size.trim().split(';').next().unwrap_or("0"), 16)
                .map_err(|_| std::io::Error::other("bad chunk size"))?;
            if n == 0 {
                // trailers until the empty line
                loop {
                    let mut t = String::new();
                    if r.read_line(&mut t)? == 0 || t.trim_end().is_empty() {
                        break;
                    }
                }
                return Ok(body);
            }
            let start = body.len();
            body.resize(start + n, 0);
            r.read_exact(&mut body[start..])?;
            let mut crlf = [0u8; 2];
            r.read_exact(&mut crlf)?;
        }
    }
    if let Some(len) = get("content-length").and_then(|v| v.parse::<usize>().ok()) {
        let mut body = vec![0; len];
        r.read_exact(&mut body)?;
        return Ok(body);
    }
    let mut body = Vec::new();
    if to_eof {
        r.read_to_end(&mut body)?;
    }
    Ok(body)
}

/// Rules are matched on the head; `unread` picks the `StallUnread` rules (matched before
/// the body is read), the others are matched once it is.
fn fire_with(
    shared: &Shared,
    method: &str,
    target: &str,
    body_len: usize,
    unread: bool,
) -> Option<(usize, Action)> {
    let mut counts = shared.counts.lock().unwrap();
    let mut fired = None;
    for (i, rule) in shared.rules.iter().enumerate() {
        if rule.method.as_deref().is_some_and(|m| m != method)
            || !target.contains(&rule.path)
            || matches!(rule.action, Action::StallUnread) != unread
        {
            continue;
        }
        counts[i] += 1;
        let applies = rule.nth.is_none_or(|n| n == counts[i])
            && match rule.action {
                Action::MaxBody(max) => body_len > max,
                _ => true,
            };
        if applies && fired.is_none() {
            fired = Some((i, rule.action.clone()));
        }
    }
    fired
}

fn fire(shared: &Shared, method: &str, target: &str, body_len: usize) -> Option<(usize, Action)> {
    fire_with(shared, method, target, body_len, false)
}

/// Keep a connection open and silent until the proxy is dropped.
fn hold(shared: &Shared, conn: &TcpStream) {
    let _ = conn.set_read_timeout(Some(Duration::from_millis(50)));
    while !shared.stop.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn serve(conn: TcpStream, shared: &Shared) -> std::io::Result<()> {
    let mut reader = BufReader::new(conn.try_clone()?);
    let Some((head, headers)) = read_head(&mut reader)? else {
        return Ok(());
    };
    let at = std::time::Instant::now();
    {
        let mut parts = head.split_whitespace();
        let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        if let Some((i, _)) = fire_with(shared, method, target, 0, true) {
            shared.log.lock().unwrap().push(Seen {
                method: method.to_string(),
                target: target.to_string(),
                headers: Vec::new(),
                body_len: 0,
                status: 0,
                sent: 0,
                rule: Some(i),
                at,
            });
            hold(shared, &conn);
            return Ok(());
        }
    }
    let body = read_body(&mut reader, &headers, false)?;
    let mut req = Message {
        head,
        headers,
        body,
    };
    let mut parts = req.head.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let target = parts.next().unwrap_or_default().to_string();
    let fired = fire(shared, &method, &target, req.body.len());
    let mut seen = Seen {
        method: method.clone(),
        target: target.clone(),
        headers: req
            .headers
            .iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.clone()))
            .collect(),
        body_len: req.body.len(),
        status: 0,
        sent: 0,
        rule: fired.as_ref().map(|(i, _)| *i),
        at,
    };
    let action = fired.map(|(_, a)| a);
    let mut out = conn;
    let local = |code: u16, extra: Vec<(String, String)>| Message {
        head: format!("HTTP/1.1 {code} Injected"),
        headers: extra,
        body: format!(r#"{{"errors":[{{"code":"UNKNOWN","message":"injected {code}"}}]}}"#)
            .into_bytes(),
    };
    let mut cut = None;
    let mut stall = None;
    let mut drip = None;
    let resp = match &action {
        Some(Action::Status { code, retry_after }) => local(
            *code,
            retry_after
                .iter()
                .map(|v| ("Retry-After".to_string(), v.clone()))
                .collect(),
        ),
        Some(Action::MaxBody(_)) => local(413, Vec::new()),
        Some(Action::Html) => Message {
            head: "HTTP/1.1 200 OK".into(),
            headers: vec![("Content-Type".into(), "text/html; charset=utf-8".into())],
            body: b"<!DOCTYPE html><html><body>Please sign in</body></html>".to_vec(),
        },
        other => {
            match other {
                Some(Action::IgnoreRange) => req.remove("range"),
                Some(Action::ShiftRange(delta)) => {
                    if let Some(start) = req
                        .header("range")
                        .and_then(|r| r.strip_prefix("bytes="))
                        .and_then(|r| r.split('-').next())
                        .and_then(|s| s.parse::<i64>().ok())
                    {
                        let moved = (start + delta).max(0);
                        req.remove("range");
                        req.headers
                            .push(("Range".into(), format!("bytes={moved}-")));
                    }
                }
                Some(Action::Delay(d)) => std::thread::sleep(*d),
                Some(Action::CutAfter(n)) => cut = Some(*n),
                Some(Action::StallAfter(n)) => stall = Some(*n),
                Some(Action::Drip(n, pause)) => drip = Some((*n, *pause)),
                _ => {}
            }
            let mut resp = forward(shared.upstream, &method, &mut req)?;
            if let Some(Action::AddHeader(k, v)) = other {
                resp.headers.push((k.clone(), v.clone()));
            }
            if let Some(Action::Corrupt(at)) = other
                && let Some(b) = resp.body.get_mut(*at)
            {
                *b ^= 0xff;
            }
            if let Some(Action::ForwardThenStatus(code)) = other {
                resp = local(*code, Vec::new());
            }
            resp
        }
    };
    seen.status = resp
        .head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    // write back: our own framing, one response per connection
    let mut head = format!("{}\r\n", resp.head);
    for (k, v) in &resp.headers {
        if ["content-length", "transfer-encoding", "connection"]
            .iter()
            .any(|n| k.eq_ignore_ascii_case(n))
        {
            continue;
        }
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    let declared = resp
        .header("content-length")
        .map(str::to_string)
        .unwrap_or_else(|| resp.body.len().to_string());
    head.push_str(&format!(
        "Content-Length: {declared}\r\nConnection: close\r\n\r\n"
    ));
    out.write_all(head.as_bytes())?;
    if method != "HEAD" {
        let n = cut
            .or(stall)
            .unwrap_or(resp.body.len())
            .min(resp.body.len());
        match drip {
            Some((piece, pause)) => {
                for chunk in resp.body[..n].chunks(piece.max(1)) {
                    out.write_all(chunk)?;
                    out.flush()?;
                    std::thread::sleep(pause);
                }
            }
            None => out.write_all(&resp.body[..n])?,
        }
        seen.sent = n;
    }
    out.flush()?;
    shared.log.lock().unwrap().push(seen);
    if stall.is_some() {
        hold(shared, &out);
    }
    let _ = out.shutdown(Shutdown::Both);
    Ok(())
}

fn forward(upstream: u16, method: &str, req: &mut Message) -> std::io::Result<Message> {
    let mut up = TcpStream::connect(("127.0.0.1", upstream))?;
    up.set_read_timeout(Some(Duration::from_secs(60)))?;
    let mut head = format!("{}\r\n", req.head);
    for (k, v) in &req.headers {
        if ["content-length", "transfer-encoding", "connection"]
            .iter()
            .any(|n| k.eq_ignore_ascii_case(n))
        {
            continue;
        }
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        req.body.len()
    ));
    up.write_all(head.as_bytes())?;
    up.write_all(&req.body)?;
    up.flush()?;
    let mut r = BufReader::new(up);
    let (head, headers) =
        read_head(&mut r)?.ok_or_else(|| std::io::Error::other("upstream closed"))?;
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = if method == "HEAD" || status == 204 || status == 304 {
        Vec::new()
    } else {
        read_body(&mut r, &headers, true)?
    };
    Ok(Message {
        head,
        headers,
        body,
    })
}

/// Rules under which a copy's referrers go ahead of their subject and the subject then
/// fails: the upload of its `layer` is held 500 ms, the PUT of its manifest (`subject`)
/// refused with 400.
pub fn subject_fails_after_referrers(layer: &str, subject: &str) -> Vec<Rule> {
    vec![
        Rule::new(
            "PUT",
            &format!("digest={layer}"),
            Action::Delay(Duration::from_millis(500)),
        ),
        Rule::new("PUT", &format!("/manifests/{subject}"), Action::status(400)),
    ]
}
