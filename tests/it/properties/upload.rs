//! Properties of chunked uploads against a registry that states any `OCI-Chunk-Min-Length`:
//! the header is the registry's claim, so memory must follow the content, not the claim.

use super::{Case, bounded, config};
use crate::support::alloc_meter::measure;
use oras::auth::client::AuthClient;
use oras::auth::{Credential, StaticCredential};
use oras::http::ClientOptions;
use oras::reference::Reference;
use oras::targets::bytes_reader;
use oras::targets::remote::Repository;
use proptest::prelude::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

/// What the test registry saw: the PATCH bodies in order, and the digest of the PUT.
#[derive(Default)]
struct Seen {
    body: Vec<u8>,
    patches: usize,
    digest: Option<String>,
}

/// A registry that accepts every upload and answers the session POST with
/// `OCI-Chunk-Min-Length: <min_len>`. Serves until the process ends (one per case).
fn upload_registry(min_len: String) -> (u16, Arc<Mutex<Seen>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Seen::default()));
    let shared = seen.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(conn) = conn else { return };
            let (min_len, seen) = (min_len.clone(), shared.clone());
            std::thread::spawn(move || serve(conn, &min_len, &seen));
        }
    });
    (port, seen)
}

fn serve(conn: TcpStream, min_len: &str, seen: &Mutex<Seen>) {
    let mut out = conn.try_clone().unwrap();
    let mut r = BufReader::new(conn);
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let (method, target) = (
            parts.next().unwrap_or_default().to_string(),
            parts.next().unwrap_or_default().to_string(),
        );
        let mut length = 0usize;
        loop {
            let mut h = String::new();
            if r.read_line(&mut h).unwrap_or(0) == 0 {
                return;
            }
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
        let mut body = vec![0u8; length];
        if r.read_exact(&mut body).is_err() {
            return;
        }
        let location = "/v2/r/blobs/uploads/session";
        let answer = match method.as_str() {
            "POST" => format!(
                "HTTP/1.1 202 Accepted\r\nLocation: {location}\r\nOCI-Chunk-Min-Length: {min_len}\r\nContent-Length: 0\r\n\r\n"
            ),
            "PATCH" => {
                let mut s = seen.lock().unwrap();
                s.body.extend_from_slice(&body);
                s.patches += 1;
                format!(
                    "HTTP/1.1 202 Accepted\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n"
                )
            }
            "PUT" => {
                seen.lock().unwrap().digest = target
                    .split_once("digest=")
                    .map(|(_, d)| d.split('&').next().unwrap_or_default().to_string());
                "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n".to_string()
            }
            "DELETE" => "HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n".to_string(),
            _ => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".to_string(),
        };
        if out.write_all(answer.as_bytes()).is_err() {
            return;
        }
    }
}

/// Pushes `content` in chunks of `chunk` to a registry stating `min_len`; checks what the
/// registry received and the client's peak memory.
fn upload_case(content: Vec<u8>, chunk: u64, min_len: String) -> Case {
    let (port, seen) = upload_registry(min_len.clone());
    let client = AuthClient::new(
        &ClientOptions::default(),
        Arc::new(StaticCredential(Credential::default())),
    )
    .unwrap();
    let reference = Reference::parse(&format!("127.0.0.1:{port}/r")).unwrap();
    let repo = Repository::new(reference, Arc::new(client), true);
    repo.set_chunk_size(chunk);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (got, peak) =
        measure(|| rt.block_on(repo.push_unsized(bytes_reader(content.clone()), "blob", None)));
    let (digest, size) = got.map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(size, content.len() as u64);
    let s = seen.lock().unwrap();
    prop_assert_eq!(&s.body, &content);
    prop_assert!(s.patches >= 1);
    prop_assert_eq!(s.digest.as_deref(), Some(digest.as_str()));
    prop_assert!(
        peak <= (2 << 20) + 8 * content.len(),
        "min length {} with {} bytes of content held {} bytes",
        min_len,
        content.len(),
        peak
    );
    Ok(())
}

proptest! {
    #![proptest_config(config(64))]

    /// A chunked upload whatever `OCI-Chunk-Min-Length` the registry states (small, huge,
    /// garbage): the registry receives exactly the content, and the client's memory follows
    /// the content and the chunk size, never the stated minimum.
    #[test]
    fn chunked_upload_memory_follows_content(
        content in prop::collection::vec(any::<u8>(), 0..4096),
        chunk in 1u64..5000,
        min_len in prop_oneof![
            (0u64..8192).prop_map(|n| n.to_string()),
            (1u64 << 30..1u64 << 36).prop_map(|n| n.to_string()),
            any::<u64>().prop_map(|n| n.to_string()),
            Just(u64::MAX.to_string()),
            Just("-1".to_string()),
            Just("1e9".to_string()),
        ],
    ) {
        bounded(move || upload_case(content, chunk, min_len))?;
    }
}

/// Found by `chunked_upload_memory_follows_content`: the chunk buffer was allocated at the
/// stated minimum up front, so this answer aborted the process ("memory allocation of
/// 4574641939191288142 bytes failed"), and 1-64 GiB answers reserved that much.
#[test]
fn regression_chunk_min_length_beyond_memory() {
    for min_len in ["4574641939191288142", "18446744073709551615", "8589934592"] {
        bounded(move || upload_case(b"hello".to_vec(), 3, min_len.to_string())).unwrap();
    }
}
