//! TEST SERVER (not a mock of our code): a tiny scripted HTTP/1.1 server on 127.0.0.1 for
//! what distribution 2.8.2 cannot do on demand (cross-host redirects, `503` +
//! `Retry-After`, a bare `401`, a failing upload). One connection at a time,
//! `Connection: close`; every request head is recorded.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

pub struct ScriptedServer {
    pub port: u16,
    pub requests: Arc<Mutex<Vec<String>>>,
}

impl ScriptedServer {
    /// `respond(head, n)` gives the whole response (status line, headers, body) of the
    /// n-th request (0-based).
    pub fn start(respond: impl Fn(&str, usize) -> String + Send + 'static) -> ScriptedServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&requests);
        std::thread::spawn(move || {
            for (n, stream) in listener.incoming().enumerate() {
                let Ok(mut stream) = stream else { break };
                let mut buf = Vec::new();
                let mut byte = [0u8; 1];
                while !buf.ends_with(b"\r\n\r\n") {
                    match stream.read(&mut byte) {
                        Ok(1) => buf.push(byte[0]),
                        _ => break,
                    }
                }
                let head = String::from_utf8_lossy(&buf).to_string();
                let len = head
                    .lines()
                    .find_map(|l| {
                        let (k, v) = l.split_once(':')?;
                        k.eq_ignore_ascii_case("content-length")
                            .then(|| v.trim().parse::<usize>().ok())?
                    })
                    .unwrap_or(0);
                let mut body = vec![0u8; len];
                let _ = stream.read_exact(&mut body);
                log.lock().unwrap().push(head.clone());
                let _ = stream.write_all(respond(&head, n).as_bytes());
            }
        });
        ScriptedServer { port, requests }
    }

    /// `localhost:<port>`.
    pub fn host(&self) -> String {
        format!("localhost:{}", self.port)
    }

    /// The heads of the requests so far, in order.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

/// A response with a body and `Connection: close`.
pub fn response(status: &str, headers: &[(&str, &str)], body: &str) -> String {
    let mut out = format!(
        "HTTP/1.1 {status}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(body);
    out
}
