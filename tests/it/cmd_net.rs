//! Beyond oras 1.3.0, on the network side: pulls to stdout and pushes from stdin, downloads
//! that resume with `Range` after a cut connection (and across runs), retries reported on
//! stderr, and chunked uploads through a proxy that refuses large bodies. Every test runs
//! against a real `docker-registry`; faults come from `support::fault_proxy` in front of it.

use crate::support::command::digest_line;
use crate::support::fault_proxy::{Action, FaultProxy, Rule, Seen};
use crate::support::registry::TestRegistry;
use crate::support::sandbox::Sandbox;
use crate::support::seed;

const MIB: usize = 1 << 20;

/// Deterministic incompressible bytes.
pub(crate) fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn title(name: &str) -> String {
    format!(r#"{{"org.opencontainers.image.title":"{name}"}}"#)
}

/// A one-file artifact `repo:tag` of `bytes` titled `name`; the blob digest.
pub(crate) fn one_file(
    reg: &TestRegistry,
    repo: &str,
    tag: &str,
    name: &str,
    bytes: &[u8],
) -> String {
    seed::artifact(
        reg.port(),
        repo,
        tag,
        &[("application/octet-stream", bytes, &title(name))],
    );
    seed::digest(bytes)
}

fn blob_gets(proxy: &FaultProxy) -> Vec<Seen> {
    proxy.requests_where(|r| r.method == "GET" && r.target.contains("/blobs/sha256:"))
}

#[test]
fn pull_to_stdout_writes_one_file_raw_and_several_as_tar() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let data = noise(300_000, 1);
    sb.write("a.bin", &data);
    sb.write("d/sub/b.txt", b"bee\n");
    sb.write("c.txt", b"sea\n");
    sb.ok(&format!("push {}/p:one a.bin", reg.host()));
    let pull = sb.sh(
        &format!("{{oras}} pull {}/p:one -o - > got.bin", reg.host()),
        b"",
    );
    let (_, err) = pull.text();
    assert_eq!(pull.code, 0, "{err}");
    assert_eq!(err, "", "no status on stderr either");
    assert_eq!(sb.read("got.bin"), data);

    sb.ok(&format!("push {}/p:many a.bin c.txt d", reg.host()));
    let pull = sb.sh(
        &format!(
            "mkdir x && {{oras}} pull {}/p:many -o - | tar x -C x",
            reg.host()
        ),
        b"",
    );
    assert_eq!(pull.code, 0, "{:?}", pull.text());
    assert_eq!(sb.read("x/a.bin"), data);
    assert_eq!(sb.read("x/c.txt"), b"sea\n");
    assert_eq!(sb.read("x/d/sub/b.txt"), b"bee\n");

    // structured output cannot share stdout with content
    let bad = sb.oras(&format!("pull {}/p:one -o - --format json", reg.host()));
    assert_eq!(bad.code, 1);
    assert!(bad.text().1.contains("--format cannot be used with `-o -`"));
}

#[test]
fn push_from_stdin_round_trips_to_registry_and_layout() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    sb.write("d/one.txt", b"1\n");
    sb.write("d/two/three.bin", &noise(70_000, 2));
    let push = sb.sh(
        &format!(
            "tar c d > d.tar && tar c d | {{oras}} push {}/s:v1 - --stdin-name d.tar --stdin-media-type application/x-tar",
            reg.host()
        ),
        b"",
    );
    let (out, err) = push.text();
    assert_eq!(push.code, 0, "{out}{err}");
    assert!(out.contains("Preparing d.tar\n"), "{out}");
    sb.ok(&format!("pull {}/s:v1 -o out", reg.host()));
    let sent = sb.read("d.tar");
    assert_eq!(sb.read("out/d.tar"), sent);
    let manifest = sb.oras(&format!("manifest fetch {}/s:v1", reg.host()));
    let m = manifest.text().0;
    assert!(
        m.contains(r#""mediaType":"application/x-tar""#) && m.contains(&seed::digest(&sent)),
        "{m}"
    );

    // the default title is `stdin`; an OCI layout streams into its ingest folder
    let push = sb.oras_env("push --oci-layout lay:v1 -", "", b"piped bytes");
    assert_eq!(push.code, 0, "{:?}", push.text());
    sb.ok("pull --oci-layout lay:v1 -o lout");
    assert_eq!(sb.read("lout/stdin"), b"piped bytes");
    assert_eq!(
        std::fs::read_dir(sb.path("lay/ingest")).unwrap().count(),
        0,
        "nothing left in ingest/"
    );
}

#[test]
fn stdin_of_the_wrong_size_fails_and_pushes_nothing() {
    let reg = TestRegistry::start();
    let proxy = FaultProxy::start(reg.port(), vec![]);
    let sb = Sandbox::new();
    for (size, msg) in [
        (
            150,
            "unexpected EOF: stdin ended after 100 of the expected 150 bytes",
        ),
        (50, "stdin holds more than the expected 50 bytes"),
    ] {
        let push = sb.oras_env(
            &format!("push {}/w:v1 - --stdin-size {size}", proxy.host()),
            "",
            &[7u8; 100],
        );
        let (_, err) = push.text();
        assert_eq!(push.code, 1, "{err}");
        assert!(err.contains(msg), "{err}");
        let push = sb.oras_env(
            &format!("push --oci-layout lay:v1 - --stdin-size {size}"),
            "",
            &[7u8; 100],
        );
        assert_eq!(push.code, 1);
        assert!(push.text().1.contains(msg));
    }
    let reqs = proxy.requests();
    assert!(
        !reqs.iter().any(|r| r.target.contains("/manifests/")),
        "no manifest request: {reqs:?}"
    );
    assert!(
        reqs.iter().filter(|r| r.method == "DELETE").count() >= 2,
        "upload sessions are cancelled"
    );
    let tags = sb.oras(&format!("repo tags {}/w", reg.host()));
    assert_eq!(tags.text().0, "", "no tag was pushed");
    assert!(
        !sb.path("lay/blobs/sha256").exists() || {
            std::fs::read_dir(sb.path("lay/blobs/sha256"))
                .unwrap()
                .count()
                == 0
        }
    );
    assert_eq!(std::fs::read_dir(sb.path("lay/ingest")).unwrap().count(), 0);
}

#[test]
fn a_download_cut_midway_resumes_with_range() {
    let reg = TestRegistry::start();
    let data = noise(20 * MIB, 3);
    let digest = one_file(&reg, "big", "v1", "big.bin", &data);
    let proxy = FaultProxy::start(
        reg.port(),
        vec![Rule::new("GET", &digest, Action::CutAfter(5 * MIB)).nth(1)],
    );
    let sb = Sandbox::new();
    let pull = sb.oras(&format!("pull {}/big:v1 -o out", proxy.host()));
    let (out, err) = pull.text();
    assert_eq!(pull.code, 0, "{out}{err}");
    assert_eq!(sb.read("out/big.bin"), data);
    let gets = blob_gets(&proxy);
    assert_eq!(gets.len(), 2, "{gets:?}");
    assert_eq!(gets[0].header("range"), None);
    assert_eq!(gets[1].header("range"), Some("bytes=5242880-"));
    assert_eq!(gets[1].status, 206);
    let sent: usize = gets.iter().map(|g| g.sent).sum();
    eprintln!(
        "resume: {} bytes sent for a {} byte blob ({} re-sent)",
        sent,
        data.len(),
        sent - data.len()
    );
    assert_eq!(sent, data.len(), "nothing was sent twice");
    assert_eq!(
        err.matches("Warning: resuming the download of").count(),
        1,
        "{err}"
    );
    assert!(err.contains("at byte 5242880 of 20971520"), "{err}");
}

#[test]
fn a_registry_that_ignores_range_is_read_again_from_the_start() {
    let reg = TestRegistry::start();
    let data = noise(8 * MIB, 4);
    let digest = one_file(&reg, "ign", "v1", "f.bin", &data);
    let proxy = FaultProxy::start(
        reg.port(),
        vec![
            Rule::new("GET", &digest, Action::CutAfter(3 * MIB)).nth(1),
            Rule::new("GET", &digest, Action::IgnoreRange).nth(2),
        ],
    );
    let sb = Sandbox::new();
    let pull = sb.oras(&format!("pull {}/ign:v1 -o out", proxy.host()));
    let (out, err) = pull.text();
    assert_eq!(pull.code, 0, "{out}{err}");
    assert_eq!(sb.read("out/f.bin"), data);
    let gets = blob_gets(&proxy);
    assert_eq!(gets[1].status, 200, "{gets:?}");
    assert!(err.contains("ignored the Range request"), "{err}");
}

#[test]
fn a_206_from_the_wrong_offset_is_an_error_or_trimmed_never_a_gap() {
    let reg = TestRegistry::start();
    let data = noise(6 * MIB, 5);
    let digest = one_file(&reg, "off", "v1", "f.bin", &data);
    // the registry starts 1000 bytes late: a gap would corrupt the file
    let late = FaultProxy::start(
        reg.port(),
        vec![
            Rule::new("GET", &digest, Action::CutAfter(2 * MIB)).nth(1),
            Rule::new("GET", &digest, Action::ShiftRange(1000)).nth(2),
        ],
    );
    let sb = Sandbox::new();
    let pull = sb.oras(&format!("pull {}/off:v1 -o out", late.host()));
    let (_, err) = pull.text();
    assert_eq!(pull.code, 1, "{err}");
    assert!(
        err.contains("cannot resume the download at byte 2097152")
            && err.contains("Content-Range \"bytes 2098152-"),
        "{err}"
    );
    assert!(
        !sb.path("out/f.bin").exists(),
        "no file under its final name"
    );
    // starting early is fine: the overlap is dropped
    let early = FaultProxy::start(
        reg.port(),
        vec![
            Rule::new("GET", &digest, Action::CutAfter(2 * MIB)).nth(1),
            Rule::new("GET", &digest, Action::ShiftRange(-1000)).nth(2),
        ],
    );
    sb.ok(&format!("pull {}/off:v1 -o out2", early.host()));
    assert_eq!(sb.read("out2/f.bin"), data);
}

#[test]
fn an_interrupted_pull_is_finished_by_the_next_one() {
    let reg = TestRegistry::start();
    let data = noise(12 * MIB, 6);
    let digest = one_file(&reg, "part", "v1", "f.bin", &data);
    // the first pull loses its connection after 5 MiB and the blob then disappears
    let bad = FaultProxy::start(
        reg.port(),
        vec![
            Rule::new("GET", &digest, Action::CutAfter(5 * MIB)).nth(1),
            Rule::new("GET", &digest, Action::status(404)),
        ],
    );
    let sb = Sandbox::new();
    let first = sb.oras(&format!("pull {}/part:v1 -o out", bad.host()));
    assert_eq!(first.code, 1, "{:?}", first.text());
    assert!(!sb.path("out/f.bin").exists());
    let hex = digest.trim_start_matches("sha256:");
    let partial = sb.path(&format!("out/.oras-partial-{hex}"));
    assert_eq!(std::fs::metadata(&partial).unwrap().len(), 5 * MIB as u64);

    let good = FaultProxy::start(reg.port(), vec![]);
    let second = sb.oras(&format!("pull {}/part:v1 -o out", good.host()));
    let (_, err) = second.text();
    assert_eq!(second.code, 0, "{err}");
    assert!(err.contains("Resuming f.bin from byte 5242880"), "{err}");
    assert_eq!(sb.read("out/f.bin"), data);
    assert!(!partial.exists());
    let ranged: Vec<_> = blob_gets(&good)
        .into_iter()
        .filter(|g| g.header("range").is_some())
        .collect();
    assert_eq!(ranged.len(), 1);
    assert_eq!(ranged[0].header("range"), Some("bytes=5242880-"));
    assert_eq!(ranged[0].sent, 7 * MIB);

    // a partial file whose bytes are wrong fails the digest check and is removed
    std::fs::remove_file(sb.path("out/f.bin")).unwrap();
    std::fs::write(&partial, vec![0u8; MIB]).unwrap();
    let third = sb.oras(&format!("pull {}/part:v1 -o out", good.host()));
    assert_eq!(third.code, 1);
    assert!(
        third.text().1.contains("mismatched digest"),
        "{:?}",
        third.text()
    );
    assert!(!partial.exists() && !sb.path("out/f.bin").exists());
    let fourth = sb.oras(&format!("pull {}/part:v1 -o out", good.host()));
    assert_eq!(fourth.code, 0);
    assert_eq!(sb.read("out/f.bin"), data);
}

#[test]
fn busy_answers_are_retried_after_retry_after_with_one_line_each() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let data = noise(400_000, 7); // above 256 KiB: a streamed upload
    sb.write("f.bin", &data);
    let blob_put = format!("digest={}", seed::digest(&data));
    let proxy = FaultProxy::start(
        reg.port(),
        vec![
            Rule::new(
                "GET",
                "/manifests/",
                Action::Status {
                    code: 503,
                    retry_after: Some("1".into()),
                },
            )
            .nth(1),
            Rule::new(
                "GET",
                "/manifests/",
                Action::Status {
                    code: 429,
                    retry_after: Some("1".into()),
                },
            )
            .nth(2),
            // a blob upload body cannot be replayed: a new session is started
            Rule::new("PUT", &blob_put, Action::status(503)).nth(1),
        ],
    );
    let push = sb.oras(&format!("push {}/r:v1 f.bin", proxy.host()));
    let (out, err) = push.text();
    assert_eq!(push.code, 0, "{out}{err}");
    assert_eq!(
        err.matches("Warning: retrying the upload of").count(),
        1,
        "{err}"
    );
    let started = std::time::Instant::now();
    let pull = sb.oras(&format!("pull {}/r:v1 -o out", proxy.host()));
    let (_, err) = pull.text();
    assert_eq!(pull.code, 0, "{err}");
    let waited = started.elapsed();
    let lines: Vec<&str> = err.lines().filter(|l| l.contains("retrying GET")).collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].contains("503") && lines[1].contains("429"),
        "{err}"
    );
    assert!(lines.iter().all(|l| l.contains(" in 1")), "{err}");
    assert!(waited >= std::time::Duration::from_secs(2), "{waited:?}");
}

/// distribution 2.8.2 can delete a manifest and still answer 500 (a tag that changes under
/// its clean-up: parallel attaches updating the referrers index). The retried DELETE then
/// finds nothing: the delete is done, not "not found". Without a retry, 404 stays an error.
#[test]
fn a_delete_that_failed_after_deleting_is_done_when_the_retry_finds_nothing() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    sb.write("f.txt", b"to be deleted\n");
    let push = sb.oras(&format!("push {}/d:v1 f.txt", reg.host()));
    assert_eq!(push.code, 0, "{:?}", push.text());
    let digest = digest_line(&push.text().0);
    let blob = seed::digest(b"to be deleted\n");
    let proxy = FaultProxy::start(
        reg.port(),
        vec![
            Rule::new("DELETE", "/manifests/", Action::ForwardThenStatus(500)).nth(1),
            Rule::new("DELETE", "/blobs/", Action::ForwardThenStatus(500)).nth(1),
        ],
    );
    let host = proxy.host();
    let deleted = sb.oras(&format!("manifest delete -f {host}/d@{digest}"));
    let (out, err) = deleted.text();
    assert_eq!(deleted.code, 0, "{out}{err}");
    assert_eq!(out, format!("Deleted [registry] {host}/d@{digest}\n"));
    assert_eq!(err.matches("Warning: retrying DELETE").count(), 1, "{err}");
    let deletes: Vec<_> = proxy
        .requests()
        .into_iter()
        .filter(|r| r.method == "DELETE")
        .map(|r| r.status)
        .collect();
    assert_eq!(deletes, [500, 404]);
    let fetch = sb.oras(&format!("manifest fetch {}/d@{digest}", reg.host()));
    assert_eq!(fetch.code, 1, "the manifest is gone: {:?}", fetch.text());

    let deleted = sb.oras(&format!("blob delete -f {host}/d@{blob}"));
    let (out, err) = deleted.text();
    assert_eq!(deleted.code, 0, "{out}{err}");
    assert_eq!(out, format!("Deleted [registry] {host}/d@{blob}\n"));

    // a manifest that is not there, asked once: still oras's error
    let again = sb.oras(&format!("manifest delete -f {}/d@{digest}", reg.host()));
    assert_eq!(again.code, 0, "{:?}", again.text());
    assert!(again.text().0.starts_with("Missing "), "{:?}", again.text());
}

/// The upload sessions opened at the destination without a mount probe (`POST
/// /blobs/uploads/` with no query).
fn plain_posts(proxy: &FaultProxy) -> Vec<Seen> {
    proxy.requests_where(|r| r.method == "POST" && r.target.ends_with("/blobs/uploads/"))
}

/// The one upload session of the one large blob reached `to` less than half of `slow`
/// after `held`, a request the proxy held for `slow`: one after the other, the POST would
/// have waited for its answer.
fn assert_one_post_soon_after(to: &FaultProxy, held: &Seen, slow: std::time::Duration, what: &str) {
    let posts = plain_posts(to);
    assert_eq!(
        posts.len(),
        1,
        "one upload session for the one large blob: {posts:?}"
    );
    let gap = posts[0].at.saturating_duration_since(held.at);
    assert!(gap < slow / 2, "the POST waited {gap:?} for {what}");
}

#[test]
fn a_copy_opens_the_destination_upload_while_the_source_answers() {
    let (src, dst) = (TestRegistry::start(), TestRegistry::start());
    let data = noise(MIB, 11);
    let digest = one_file(&src, "cp", "v1", "big.bin", &data);
    let slow = std::time::Duration::from_millis(600);
    let from = FaultProxy::start(
        src.port(),
        vec![Rule::new(
            "GET",
            &format!("/blobs/{digest}"),
            Action::Delay(slow),
        )],
    );
    let to = FaultProxy::start(dst.port(), vec![]);
    let sb = Sandbox::new();
    let cp = sb.oras(&format!("cp {}/cp:v1 {}/cp:v1", from.host(), to.host()));
    let (out, err) = cp.text();
    assert_eq!(cp.code, 0, "{out}{err}");
    assert_eq!(dst.blob_status("cp", &digest), 200);
    let get = blob_gets(&from).pop().expect("the source GET of the blob");
    assert_one_post_soon_after(&to, &get, slow, "the source");
}

#[test]
fn a_copy_whose_source_fails_cancels_the_upload_it_opened() {
    let (src, dst) = (TestRegistry::start(), TestRegistry::start());
    let digest = one_file(&src, "cp", "v1", "big.bin", &noise(MIB, 12));
    let from = FaultProxy::start(
        src.port(),
        vec![Rule::new(
            "GET",
            &format!("/blobs/{digest}"),
            Action::status(404),
        )],
    );
    let to = FaultProxy::start(dst.port(), vec![]);
    let sb = Sandbox::new();
    let cp = sb.oras(&format!("cp {}/cp:v1 {}/cp:v1", from.host(), to.host()));
    let (out, err) = cp.text();
    assert_eq!(cp.code, 1, "{out}{err}");
    assert!(err.starts_with("Error"), "{err}");
    assert_eq!(dst.blob_status("cp", &digest), 404);
    let seen = to.requests();
    let post = plain_posts(&to).pop().expect("the upload opened early");
    assert_eq!(post.status, 202, "{seen:?}");
    let deletes =
        to.requests_where(|r| r.method == "DELETE" && r.target.contains("/blobs/uploads/"));
    assert_eq!(deletes.len(), 1, "the session is given back: {seen:?}");
    assert_eq!(deletes[0].status, 204, "{seen:?}");
}

#[test]
fn an_upload_refused_while_the_source_answers_is_asked_for_once() {
    let (src, dst) = (TestRegistry::start(), TestRegistry::start());
    one_file(&src, "cp", "v1", "big.bin", &noise(MIB, 13));
    let refuse = Action::status(403);
    let to = FaultProxy::start(
        dst.port(),
        vec![Rule::new("POST", "/blobs/uploads/", refuse)],
    );
    let sb = Sandbox::new();
    let cp = sb.oras(&format!(
        "cp --concurrency 1 {}/cp:v1 {}/cp:v1",
        src.host(),
        to.host()
    ));
    let (out, err) = cp.text();
    assert_eq!(cp.code, 1, "{out}{err}");
    assert!(err.contains("403"), "{err}");
    // the early POST's refusal is the push's answer: oras sends that POST once too
    let posts = plain_posts(&to);
    assert_eq!(posts.len(), 1, "{posts:?}");
}

#[test]
fn a_copy_opens_the_destination_upload_while_it_asks_whether_the_blob_is_there() {
    let (src, dst) = (TestRegistry::start(), TestRegistry::start());
    let digest = one_file(&src, "cp", "v1", "big.bin", &noise(MIB, 14));
    let slow = std::time::Duration::from_millis(600);
    let to = FaultProxy::start(
        dst.port(),
        vec![Rule::new(
            "HEAD",
            &format!("/blobs/{digest}"),
            Action::Delay(slow),
        )],
    );
    let sb = Sandbox::new();
    let cp = sb.oras(&format!("cp {}/cp:v1 {}/cp:v1", src.host(), to.host()));
    let (out, err) = cp.text();
    assert_eq!(cp.code, 0, "{out}{err}");
    assert_eq!(dst.blob_status("cp", &digest), 200);
    let head = to
        .requests_where(|r| r.method == "HEAD" && r.target.contains(&digest))
        .pop()
        .expect("the HEAD of the blob");
    assert_one_post_soon_after(&to, &head, slow, "the HEAD");
    assert!(
        to.requests_where(|r| r.method == "DELETE").is_empty(),
        "{:?}",
        to.requests()
    );
}

#[test]
fn large_blobs_the_destination_has_cost_at_most_one_cancelled_upload() {
    let (src, dst) = (TestRegistry::start(), TestRegistry::start());
    let blobs: Vec<Vec<u8>> = (0..3).map(|i| noise(MIB, 20 + i)).collect();
    let titles: Vec<String> = (0..4).map(|i| title(&format!("b{i}"))).collect();
    let mut layers: Vec<(&str, &[u8], &str)> = blobs
        .iter()
        .zip(&titles)
        .map(|(b, t)| ("application/octet-stream", &b[..], t.as_str()))
        .collect();
    seed::artifact(src.port(), "cp", "v1", &layers);
    // the destination holds the three blobs, under another manifest
    layers.push(("application/octet-stream", b"x", &titles[3]));
    seed::artifact(dst.port(), "cp", "old", &layers);
    let to = FaultProxy::start(dst.port(), vec![]);
    let sb = Sandbox::new();
    let cp = sb.oras(&format!(
        "cp --concurrency 1 {}/cp:v1 {}/cp:v1",
        src.host(),
        to.host()
    ));
    let (out, err) = cp.text();
    assert_eq!(cp.code, 0, "{out}{err}");
    let seen = to.requests();
    let heads = to.requests_where(|r| r.method == "HEAD" && r.target.contains("/blobs/"));
    assert_eq!(heads.len(), 3, "{seen:?}");
    // the first large blob found there stops the sessions opened before the answer
    let posts = plain_posts(&to);
    assert_eq!(posts.len(), 1, "{seen:?}");
    let deletes = to.requests_where(|r| r.method == "DELETE");
    assert_eq!(deletes.len(), 1, "the session is given back: {seen:?}");
    assert_eq!(deletes[0].status, 204);
    assert_eq!(
        sb.ok(&format!("resolve {}/cp:v1", src.host())),
        sb.ok(&format!("resolve {}/cp:v1", dst.host()))
    );
}

#[test]
fn a_blob_refused_before_its_put_gives_its_upload_session_back() {
    // gaps R23: oras PUTs the wrong-digest blob and the registry refuses it (closing the
    // session); we refuse it ourselves and must not leave the session open
    let reg = TestRegistry::start();
    let proxy = FaultProxy::start(reg.port(), vec![]);
    let sb = Sandbox::new();
    sb.write("data.txt", b"hello\n");
    let wrong = format!("sha256:{}", "0".repeat(63) + "1");
    let push = sb.oras(&format!("blob push {}/leak@{wrong} data.txt", proxy.host()));
    let (out, err) = push.text();
    assert_eq!(push.code, 1, "{out}{err}");
    assert!(err.contains("mismatched digest"), "{err}");
    let posts = plain_posts(&proxy);
    assert_eq!(posts.len(), 1, "{posts:?}");
    let deletes = proxy.requests_where(|r| r.method == "DELETE");
    assert_eq!(
        deletes.len(),
        1,
        "the session is given back: {:?}",
        proxy.requests()
    );
    assert_eq!(deletes[0].status, 204);
}

#[test]
fn uploads_refused_as_too_large_go_through_in_chunks() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let data = noise(5 * MIB, 8);
    sb.write("five.bin", &data);
    let limit = || {
        FaultProxy::start(
            reg.port(),
            vec![
                Rule::new("PUT", "/blobs/uploads/", Action::MaxBody(MIB)),
                Rule::new("PATCH", "/blobs/uploads/", Action::MaxBody(MIB)),
            ],
        )
    };
    // with --chunk-size
    let proxy = limit();
    let push = sb.oras(&format!(
        "push {}/c:v1 five.bin --chunk-size 1MiB",
        proxy.host()
    ));
    let (out, err) = push.text();
    assert_eq!(push.code, 0, "{out}{err}");
    // not the 2-byte config
    let patches = proxy.requests_where(|r| r.method == "PATCH" && r.body_len > 2);
    assert_eq!(patches.len(), 5, "{patches:?}");
    assert_eq!(patches[0].header("content-range"), Some("0-1048575"));
    assert_eq!(patches[4].header("content-range"), Some("4194304-5242879"));
    assert!(patches.iter().all(|p| p.status == 202));

    // automatically, after the 413
    let proxy = limit();
    sb.write("five.bin", &noise(5 * MIB, 9));
    let push = sb.oras(&format!("push {}/c:v2 five.bin", proxy.host()));
    let (out, err) = push.text();
    assert_eq!(push.code, 0, "{out}{err}");
    assert!(err.contains("refused"), "{err}");
    let reqs = proxy.requests();
    let refused = reqs
        .iter()
        .filter(|r| r.status == 413 && r.rule.is_some())
        .count();
    let ok_patches = reqs
        .iter()
        .filter(|r| r.method == "PATCH" && r.status == 202 && r.body_len > 2)
        .count();
    eprintln!("auto chunking: {refused} requests refused with 413, {ok_patches} chunks accepted");
    assert_eq!(ok_patches, 5);

    // and from stdin, which cannot be read twice, with --chunk-size
    let proxy = limit();
    let push = sb.oras_env(
        &format!("push {}/c:v3 - --chunk-size 1MiB", proxy.host()),
        "",
        &data,
    );
    assert_eq!(push.code, 0, "{:?}", push.text());
    let pull = sb.oras(&format!("pull {}/c:v3 -o back", reg.host()));
    assert_eq!(pull.code, 0);
    assert_eq!(sb.read("back/stdin"), data);
    // without it, the refusal is explained
    let proxy = limit();
    let push = sb.oras_env(&format!("push {}/c:v4 -", proxy.host()), "", &data);
    assert_eq!(push.code, 1);
    assert!(push.text().1.contains("--chunk-size"), "{:?}", push.text());
}

#[test]
fn chunks_honour_the_registry_minimum_chunk_length() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let data = noise(5 * MIB, 10);
    sb.write("five.bin", &data);
    let proxy = FaultProxy::start(
        reg.port(),
        vec![
            Rule::new(
                "POST",
                "/blobs/uploads/",
                Action::AddHeader("OCI-Chunk-Min-Length".into(), (2 * MIB).to_string()),
            ),
            // a slow first chunk changes nothing
            Rule::new(
                "PATCH",
                "/blobs/uploads/",
                Action::Delay(std::time::Duration::from_millis(300)),
            )
            .nth(1),
        ],
    );
    sb.ok(&format!(
        "push {}/m:v1 five.bin --chunk-size 1MiB",
        proxy.host()
    ));
    let ranges: Vec<String> = proxy
        .requests()
        .into_iter()
        .filter(|r| r.method == "PATCH" && r.body_len > 2)
        .filter_map(|r| r.header("content-range").map(str::to_string))
        .collect();
    assert_eq!(
        ranges,
        ["0-2097151", "2097152-4194303", "4194304-5242879"],
        "chunks of the registry's minimum"
    );
    let pull = sb.oras(&format!("pull {}/m:v1 -o back", reg.host()));
    assert_eq!(pull.code, 0);
    assert_eq!(sb.read("back/five.bin"), data);
}
