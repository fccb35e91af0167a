//! `--debug` logs on stderr: requests and retries, with credentials redacted.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

static REQUEST_NO: AtomicUsize = AtomicUsize::new(0);

fn log(level: &str, msg: &str) {
    let now = crate::content::pack::now_rfc3339();
    let err = std::io::stderr();
    let mut lock = err.lock();
    let _ = write!(lock, "[{now}][{level}]: {msg}\n\n");
}

/// Log an outgoing request; `Authorization` and cookies are never shown.
pub fn request(req: &reqwest::Request) {
    let n = REQUEST_NO.fetch_add(1, Ordering::Relaxed);
    let mut msg = format!(
        "--> Request #{n}\n> Request URL: {:?}\n> Request method: {:?}\n> Request headers:",
        req.url().as_str(),
        req.method().as_str()
    );
    for (k, v) in req.headers() {
        let shown = if is_secret_header(k.as_str()) {
            "*****".to_string()
        } else {
            v.to_str().unwrap_or("<binary>").to_string()
        };
        msg.push_str(&format!("\n   {:?}: {:?}", canonical(k.as_str()), shown));
    }
    log("DEBU", &msg);
}

/// Log a retry.
pub fn retry(method: &str, url: &str, attempt: u32) {
    log(
        "DEBU",
        &format!("retrying {method} {url:?} (attempt {attempt})"),
    );
}

fn is_secret_header(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "authorization" | "proxy-authorization" | "cookie" | "set-cookie"
    )
}

fn canonical(name: &str) -> String {
    name.split('-')
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// A warning in the log format (oras logs warnings even without `--debug`): logrus
/// writes `[time][WARNING]: <msg>\n` then the `\n\n` entry separator.
pub fn warning(msg: &str) {
    log("WARNING", &format!("{msg}\n"));
}
