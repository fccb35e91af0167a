//! The shapes of Go errors as text: OS errors (`*fs.PathError`) and transport failures
//! inside Go's `*url.Error` (`Get "<url>": dial tcp 127.0.0.1:5000: connect: connection
//! refused`). Texts only: `crate::error` builds the library errors from them.

use std::fmt::Display;

/// Go's text of an OS error (`syscall.Errno.Error()`): the C library's message with a
/// lower-case first letter and without Rust's ` (os error N)`; `unexpected EOF` for a short
/// read. Errors that are not OS errors keep their own text.
pub fn os_error_text(e: &std::io::Error) -> String {
    let text = e.to_string();
    // an OS error, possibly inside a wrapper that appends context (tempfile's `at path …`)
    let Some(end) = text.find(" (os error") else {
        if e.kind() == std::io::ErrorKind::UnexpectedEof && e.get_ref().is_none() {
            return "unexpected EOF".into();
        }
        return text;
    };
    let mut chars = text[..end].chars();
    chars
        .next()
        .map(|c| c.to_ascii_lowercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// Go's `*fs.PathError`: `<op> <path>: <errno text>` (e.g. `open a.txt: no such file or
/// directory`), with the path as the caller resolved it.
pub fn path_error(op: &str, path: impl Display, e: &std::io::Error) -> String {
    format!("{op} {path}: {}", os_error_text(e))
}

/// Go's `*url.Error` around a failed exchange: `<Op> "<url>": <err>`, the method written as
/// net/http writes it (`Get`, `Head`, `Put`, …).
pub fn url_error(method: &str, url: &str, err: impl Display) -> String {
    let m = method.to_ascii_lowercase();
    let mut c = m.chars();
    let op = c
        .next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default();
    format!("{op} {}: {err}", super::quote::quote(url))
}

/// The error a transport failure reads as in Go (what its `RoundTrip` returns, without the
/// `*url.Error` wrapper): `dial tcp <ip>:<port>: connect: connection refused` with the
/// address that was dialled, `dial tcp: lookup <host>: no such host`, …; other failures
/// keep the innermost cause's text.
pub fn transport_text(e: &reqwest::Error) -> String {
    let mut chain: Vec<&(dyn std::error::Error + 'static)> = Vec::new();
    let mut src: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(s) = src {
        chain.push(s);
        src = s.source();
    }
    let io = chain
        .iter()
        .rev()
        .find_map(|s| s.downcast_ref::<std::io::Error>());
    let connect = chain.iter().find(|s| s.to_string() == "tcp connect error");
    if let (Some(connect), Some(io)) = (connect, io) {
        let addr = dialled_address(&format!("{connect:?}"));
        let host = e
            .url()
            .map(|u| match (u.host_str(), u.port_or_known_default()) {
                (Some(h), Some(p)) => format!("{h}:{p}"),
                _ => String::new(),
            })
            .unwrap_or_default();
        return format!(
            "dial tcp {}: connect: {}",
            addr.unwrap_or(host),
            os_error_text(io)
        );
    }
    if chain.iter().any(|s| s.to_string() == "dns error") {
        let host = e
            .url()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_default();
        return format!("dial tcp: lookup {host}: no such host");
    }
    match chain.last() {
        Some(last) => match last.downcast_ref::<std::io::Error>() {
            Some(io) => os_error_text(io),
            None => last.to_string(),
        },
        None => e.to_string(),
    }
}

/// The socket address in the debug text of hyper's connect error
/// (`ConnectError("tcp connect error", 127.0.0.1:5000, Os { … })`).
fn dialled_address(debug: &str) -> Option<String> {
    let rest = debug.strip_prefix("ConnectError(\"tcp connect error\", ")?;
    let addr = rest.split(", ").next()?;
    addr.parse::<std::net::SocketAddr>()
        .ok()
        .map(|a| a.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let e = std::io::Error::from_raw_os_error(2);
        assert_eq!(
            path_error("open", "a.txt", &e),
            "open a.txt: no such file or directory"
        );
        assert_eq!(
            os_error_text(&std::io::Error::from_raw_os_error(13)),
            "permission denied"
        );
        assert_eq!(
            os_error_text(&std::io::ErrorKind::UnexpectedEof.into()),
            "unexpected EOF"
        );
        assert_eq!(
            url_error("GET", "http://x/v2/", "boom"),
            "Get \"http://x/v2/\": boom"
        );
        assert_eq!(
            dialled_address(
                "ConnectError(\"tcp connect error\", 127.0.0.1:5000, Os { code: 111 })"
            )
            .as_deref(),
            Some("127.0.0.1:5000")
        );
        assert_eq!(
            dialled_address("ConnectError(\"tcp connect error\", [::1]:5000, Os { code: 111 })")
                .as_deref(),
            Some("[::1]:5000")
        );
    }
}
