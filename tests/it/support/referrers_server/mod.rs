//! TEST SERVER (not a mock of our code): a small in-memory registry on 127.0.0.1 that stands
//! in for zot v2.1.1 (OCI distribution 1.1 with the referrers API), because the real
//! registry of the tests, distribution 2.8.2, has no referrers API.
//!
//! It imitates the zot behaviours the golden transcripts depend on: referrers listed in push
//! order with zot's JSON, `OCI-Subject` on the PUT of a manifest with a subject, sorted
//! `tags/list` and `_catalog` honouring `?n=` and `?last=`, manifests and blobs (HEAD, GET,
//! PUT, DELETE), blob uploads (POST, PATCH, PUT, monolithic, mount) and distribution's JSON
//! errors. One thread per connection (`Connection: close`, read timeout); the accept loop
//! ends when the server is dropped.

mod http;
mod routes;
mod store;

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const LOG_LINES_KEPT: usize = 200;
/// A connection that sends nothing for this long is dropped (its thread ends).
const IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// A running server; `host()` is `localhost:<port>` like `TestRegistry`.
pub struct ReferrersServer {
    port: u16,
    stop: Arc<AtomicBool>,
    log: Arc<Mutex<VecDeque<String>>>,
}

impl ReferrersServer {
    /// Listens on a kernel-chosen port of 127.0.0.1 (loopback only).
    pub fn start() -> ReferrersServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = listener.local_addr().expect("local addr").port();
        let stop = Arc::new(AtomicBool::new(false));
        let log = Arc::new(Mutex::new(VecDeque::new()));
        let store = Arc::new(Mutex::new(store::Store::default()));
        let (stop2, log2) = (stop.clone(), log.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::Acquire) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (store, log) = (store.clone(), log2.clone());
                std::thread::spawn(move || serve(conn, &store, &log));
            }
        });
        ReferrersServer { port, stop, log }
    }

    /// `localhost:<port>`: the name commands use (oras treats localhost as plain HTTP).
    pub fn host(&self) -> String {
        format!("localhost:{}", self.port)
    }

    /// The port on 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The last requests (`METHOD target -> status`), for failure messages.
    pub fn log_tail(&self) -> String {
        let log = self.log.lock().unwrap_or_else(|p| p.into_inner());
        log.iter().fold(String::new(), |mut out, line| {
            let _ = writeln!(out, "    {line}");
            out
        })
    }
}

impl Drop for ReferrersServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        // wake the accept loop so that its thread ends
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn serve(conn: TcpStream, store: &Mutex<store::Store>, log: &Mutex<VecDeque<String>>) {
    let _ = conn.set_read_timeout(Some(IDLE_TIMEOUT));
    let _ = conn.set_write_timeout(Some(IDLE_TIMEOUT));
    let Ok(req) = http::read_request(&conn) else {
        return;
    };
    if req.method.is_empty() {
        return; // the wake-up connection of Drop, or a client that gave up
    }
    let reply = {
        let mut store = store.lock().unwrap_or_else(|p| p.into_inner());
        routes::route(&req, &mut store)
    };
    {
        let mut log = log.lock().unwrap_or_else(|p| p.into_inner());
        if log.len() == LOG_LINES_KEPT {
            log.pop_front();
        }
        log.push_back(format!("{} {} -> {}", req.method, req.target, reply.status));
    }
    let _ = http::write_reply(&conn, &req.method, &reply);
}

#[cfg(test)]
mod tests;
