//! Self-tests of the referrers test server over raw HTTP: the zot behaviours that the
//! golden scenarios do not reach on their own (uploads, mounts, pages, errors, shutdown).

use super::ReferrersServer;
use super::store::sha256;
use crate::support::http::{self, Response};
use std::io::{Read, Write};

const MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
const EMPTY: &str = "application/vnd.oci.empty.v1+json";

fn send(
    s: &ReferrersServer,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Response {
    http::request_with_body(s.port(), method, path, headers, body).expect("request")
}

fn text(r: &Response) -> String {
    String::from_utf8_lossy(&r.body).into_owned()
}

/// Pushes `{}` and an image manifest (with `extra` JSON members) to `repo:tag`.
fn push(s: &ReferrersServer, repo: &str, reference: &str, extra: &str) -> (String, Response) {
    let empty = sha256(b"{}");
    let r = send(
        s,
        "POST",
        &format!("/v2/{repo}/blobs/uploads/?digest={empty}"),
        &[],
        b"{}",
    );
    assert_eq!(r.status, 201);
    let body = format!(
        r#"{{"schemaVersion":2,"mediaType":"{MANIFEST}","config":{{"mediaType":"{EMPTY}","digest":"{empty}","size":2}},"layers":[]{extra}}}"#
    );
    let r = send(
        s,
        "PUT",
        &format!("/v2/{repo}/manifests/{reference}"),
        &[("Content-Type", MANIFEST)],
        body.as_bytes(),
    );
    assert_eq!(r.status, 201, "{}", text(&r));
    (sha256(body.as_bytes()), r)
}

#[test]
fn uploads_in_chunks_monolithic_and_by_mount() {
    let s = ReferrersServer::start();
    let r = send(&s, "POST", "/v2/a/blobs/uploads/", &[], b"");
    assert_eq!((r.status, r.header("Range")), (202, Some("0-0")));
    let location = r.header("Location").expect("Location").to_string();
    let r = send(
        &s,
        "PATCH",
        &location,
        &[("Content-Range", "0-4")],
        b"hello",
    );
    assert_eq!((r.status, r.header("Range")), (202, Some("0-4")));
    let r = send(
        &s,
        "PATCH",
        &location,
        &[("Content-Range", "0-4")],
        b"again",
    );
    assert_eq!(r.status, 416, "a chunk must start where the upload ends");

    // a chunked PATCH body (reqwest streams bodies of unknown length this way)
    let mut conn = std::net::TcpStream::connect(("127.0.0.1", s.port())).expect("connect");
    write!(
        conn,
        "PATCH {location} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n \r\n5\r\nworld\r\n0\r\n\r\n"
    )
    .expect("write");
    let mut raw = String::new();
    conn.read_to_string(&mut raw).expect("read");
    assert!(
        raw.starts_with("HTTP/1.1 202") && raw.contains("Range: 0-10"),
        "{raw}"
    );

    let digest = sha256(b"hello world");
    let wrong = send(
        &s,
        "PUT",
        &format!("{location}?digest={}", sha256(b"x")),
        &[],
        b"",
    );
    assert_eq!(wrong.status, 400);
    assert!(
        text(&wrong).contains(r#""code":"DIGEST_INVALID""#),
        "{}",
        text(&wrong)
    );
    let r = send(&s, "POST", "/v2/a/blobs/uploads/", &[], b"");
    let location = r.header("Location").expect("Location").to_string();
    let r = send(
        &s,
        "PUT",
        &format!("{location}?digest={digest}"),
        &[],
        b"hello world",
    );
    assert_eq!(
        (r.status, r.header("Docker-Content-Digest")),
        (201, Some(digest.as_str()))
    );

    let head = send(&s, "HEAD", &format!("/v2/a/blobs/{digest}"), &[], b"");
    assert_eq!(
        (head.status, head.header("Content-Length")),
        (200, Some("11"))
    );
    assert_eq!(head.header("Content-Type"), None);
    let get = send(&s, "GET", &format!("/v2/a/blobs/{digest}"), &[], b"");
    assert_eq!((get.status, text(&get).as_str()), (200, "hello world"));

    // zot deduplicates: the blob mounts into (and is found from) any repository
    let r = send(
        &s,
        "POST",
        &format!("/v2/b/blobs/uploads/?mount={digest}&from=a"),
        &[],
        b"",
    );
    assert_eq!(
        (r.status, r.header("Location")),
        (201, Some(format!("/v2/b/blobs/{digest}").as_str()))
    );
    let missing = sha256(b"missing");
    let r = send(
        &s,
        "POST",
        &format!("/v2/b/blobs/uploads/?mount={missing}&from=a"),
        &[],
        b"",
    );
    assert_eq!(r.status, 202, "an unknown blob opens a session instead");
    let r = send(&s, "GET", &format!("/v2/b/blobs/{missing}"), &[], b"");
    assert_eq!(
        (r.status, text(&r)),
        (
            404,
            format!(
                r#"{{"errors":[{{"code":"BLOB_UNKNOWN","message":"blob unknown to registry","detail":{{"digest":"{missing}"}}}}]}}"#
            )
        )
    );
    assert_eq!(
        send(&s, "DELETE", &format!("/v2/a/blobs/{digest}"), &[], b"").status,
        202
    );
    assert_eq!(
        send(&s, "HEAD", &format!("/v2/b/blobs/{digest}"), &[], b"").status,
        404
    );
}

#[test]
fn referrers_follow_push_order_with_zot_json() {
    let s = ReferrersServer::start();
    let (subject, r) = push(&s, "app", "v1", "");
    assert_eq!(r.header("OCI-Subject"), None);
    let subject_json =
        format!(r#","subject":{{"mediaType":"{MANIFEST}","digest":"{subject}","size":1}}"#);
    let (b, r) = push(
        &s,
        "app",
        "tmp-b",
        &format!(r#","artifactType":"t/b"{subject_json},"annotations":{{"z":"1","a":"<&>"}}"#),
    );
    assert_eq!(r.header("OCI-Subject"), Some(subject.as_str()));
    let (a, _) = push(&s, "app", "tmp-a", &subject_json);
    let r = send(&s, "GET", &format!("/v2/app/referrers/{subject}"), &[], b"");
    assert_eq!(
        (r.status, r.header("Content-Type")),
        (200, Some("application/vnd.oci.image.index.v1+json"))
    );
    assert_eq!(r.header("Docker-Content-Digest"), None);
    let b_size = send(&s, "GET", &format!("/v2/app/manifests/{b}"), &[], b"")
        .body
        .len();
    let a_size = send(&s, "GET", &format!("/v2/app/manifests/{a}"), &[], b"")
        .body
        .len();
    assert_eq!(
        text(&r),
        format!(
            r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{{"mediaType":"{MANIFEST}","digest":"{b}","size":{b_size},"annotations":{{"a":"\u003c\u0026\u003e","z":"1"}},"artifactType":"t/b"}},{{"mediaType":"{MANIFEST}","digest":"{a}","size":{a_size},"artifactType":"{EMPTY}"}}]}}"#
        )
    );
    let r = send(
        &s,
        "GET",
        &format!("/v2/app/referrers/{subject}?artifactType=t%2Fb"),
        &[],
        b"",
    );
    assert_eq!(r.header("OCI-Filters-Applied"), Some("artifactType"));
    assert!(
        text(&r).contains(&b) && !text(&r).contains(&a),
        "{}",
        text(&r)
    );

    // deleting a referrer drops it from the listing; an unknown repository is a bare 404
    assert_eq!(
        send(&s, "DELETE", &format!("/v2/app/manifests/{b}"), &[], b"").status,
        202
    );
    let r = send(&s, "GET", &format!("/v2/app/referrers/{subject}"), &[], b"");
    assert!(!text(&r).contains(&b), "{}", text(&r));
    let r = send(
        &s,
        "GET",
        &format!("/v2/nope/referrers/{subject}"),
        &[],
        b"",
    );
    assert_eq!((r.status, r.body.len()), (404, 0));
}

#[test]
fn manifests_answer_with_their_type_and_errors() {
    let s = ReferrersServer::start();
    let (digest, r) = push(&s, "app", "v1", "");
    assert_eq!(
        r.header("Location"),
        Some(format!("/v2/app/manifests/{digest}").as_str())
    );
    let head = send(&s, "HEAD", "/v2/app/manifests/v1", &[], b"");
    assert_eq!(
        (
            head.status,
            head.header("Content-Type"),
            head.header("Docker-Content-Digest")
        ),
        (200, Some(MANIFEST), Some(digest.as_str()))
    );
    let r = send(&s, "GET", "/v2/app/manifests/nope", &[], b"");
    assert_eq!(
        (r.status, text(&r).as_str()),
        (
            404,
            r#"{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{"reference":"nope"}}]}"#
        )
    );
    let r = send(&s, "GET", "/v2/other/manifests/v1", &[], b"");
    assert!(
        text(&r).contains(r#""code":"NAME_UNKNOWN""#),
        "{}",
        text(&r)
    );
    let r = send(
        &s,
        "PUT",
        "/v2/app/manifests/x",
        &[("Content-Type", "application/json")],
        b"{}",
    );
    assert_eq!(r.status, 415);
    let missing = format!(
        r#"{{"schemaVersion":2,"mediaType":"{MANIFEST}","config":{{"mediaType":"{EMPTY}","digest":"{}","size":1}},"layers":[]}}"#,
        sha256(b"x")
    );
    let r = send(
        &s,
        "PUT",
        "/v2/app/manifests/x",
        &[("Content-Type", MANIFEST)],
        missing.as_bytes(),
    );
    assert_eq!(r.status, 400);
    assert!(
        text(&r).contains(r#""code":"BLOB_UNKNOWN""#),
        "{}",
        text(&r)
    );
    let wrong = format!("/v2/app/manifests/{}", sha256(b"x"));
    let bytes = send(&s, "GET", "/v2/app/manifests/v1", &[], b"").body;
    let r = send(&s, "PUT", &wrong, &[("Content-Type", MANIFEST)], &bytes);
    assert_eq!(r.status, 400, "a PUT by a digest that is not the body's");
    assert_eq!(
        send(&s, "DELETE", "/v2/app/manifests/v1", &[], b"").status,
        202
    );
    assert_eq!(
        send(&s, "GET", "/v2/app/manifests/v1", &[], b"").status,
        404
    );
    assert_eq!(
        send(&s, "GET", &format!("/v2/app/manifests/{digest}"), &[], b"").status,
        200
    );
}

#[test]
fn tags_and_catalog_are_sorted_and_paged() {
    let s = ReferrersServer::start();
    for tag in ["v3", "v1", "release-1", "v2", "latest"] {
        push(&s, "tags", tag, "");
    }
    push(&s, "b/x", "v1", "");
    push(&s, "a", "v1", "");
    let list = |q: &str| send(&s, "GET", &format!("/v2/tags/tags/list{q}"), &[], b"");
    assert_eq!(
        text(&list("")),
        r#"{"name":"tags","tags":["latest","release-1","v1","v2","v3"]}"#
    );
    assert_eq!(
        text(&list("?last=release-1")),
        r#"{"name":"tags","tags":["v1","v2","v3"]}"#
    );
    let page = list("?n=2&last=latest");
    assert_eq!(text(&page), r#"{"name":"tags","tags":["release-1","v1"]}"#);
    assert_eq!(
        page.header("Link"),
        Some(r#"</v2/tags/tags/list?n=2&last=v1>; rel="next""#)
    );
    assert_eq!(list("?n=3&last=v1").header("Link"), None);
    assert_eq!(list("?last=nope").status, 404);
    assert_eq!(list("?n=-1").status, 400);
    assert_eq!(send(&s, "GET", "/v2/none/tags/list", &[], b"").status, 404);

    let catalog = |q: &str| send(&s, "GET", &format!("/v2/_catalog{q}"), &[], b"");
    assert_eq!(text(&catalog("")), r#"{"repositories":["a","b/x","tags"]}"#);
    assert_eq!(
        text(&catalog("?last=a")),
        r#"{"repositories":["b/x","tags"]}"#
    );
    let page = catalog("?n=1");
    assert_eq!(text(&page), r#"{"repositories":["a"]}"#);
    assert_eq!(
        page.header("Link"),
        Some(r#"</v2/_catalog?n=1&last=a>; rel="next""#)
    );
}

#[test]
fn dropping_the_server_closes_its_port() {
    let s = ReferrersServer::start();
    let port = s.port();
    assert_eq!(send(&s, "GET", "/v2/", &[], b"").status, 200);
    drop(s);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while http::request(port, "GET", "/v2/", &[]).is_ok() {
        assert!(
            std::time::Instant::now() < deadline,
            "port {port} still answers"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}
