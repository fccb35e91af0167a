//! The copy engine and the status lines of push, attach, cp and pull, as oras 1.3.0 prints
//! them (docs: oras-fidelity-gaps R1, R2, R10, R11, R21, R22), against a real registry
//! behind a recording proxy: one blob under two titles is transferred once and its other
//! title gets one `Exists`/`Skipped`/`Restored` line; an untitled real config is a skipped
//! layer on pull; file and path errors name what oras names.

use crate::support::command::CREATED;
use crate::support::command::{Finished, digest_line};
use crate::support::fault_proxy::{FaultProxy, Seen};
use crate::support::registry::TestRegistry;
use crate::support::sandbox::Sandbox;
use crate::support::seed;

/// sha256 of `foo`, `bar` and `{}`.
const FOO: &str = "sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
const BAR: &str = "sha256:fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9";
const EMPTY: &str = "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
const MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";

/// Exit 0 and nothing on stderr; stdout.
fn ok(f: &Finished) -> String {
    let out = f.ok("oras");
    assert_eq!(f.stderr_text(), "", "stdout:\n{out}");
    out
}

fn short(digest: &str) -> &str {
    &digest[7..19]
}

/// Requests the proxy saw with this method whose path contains `part`.
fn count(reqs: &[Seen], method: &str, part: &str) -> usize {
    reqs.iter()
        .filter(|r| r.method == method && r.target.contains(part))
        .count()
}

/// A registry behind a recording proxy, a sandbox with `foo1`, `foo2` (same bytes) and `bar`.
fn fixture() -> (TestRegistry, FaultProxy, Sandbox) {
    let reg = TestRegistry::start();
    let proxy = FaultProxy::start(reg.port(), vec![]);
    let sb = Sandbox::new();
    sb.write("foo1", b"foo");
    sb.write("foo2", b"foo");
    sb.write("bar", b"bar");
    (reg, proxy, sb)
}

/// Push `foo1 foo2 bar` to `<proxy>/dup:v1`; the manifest digest.
fn push_dup(proxy: &FaultProxy, sb: &Sandbox) -> (String, String) {
    let out = ok(&sb.oras(&format!(
        "push {}/dup:v1 foo1 foo2 bar {CREATED} --concurrency 1",
        proxy.host()
    )));
    let d = digest_line(&out);
    (out, d)
}

#[test]
fn push_and_attach_report_the_other_title_once_as_exists() {
    let (_reg, proxy, sb) = fixture();
    let (out, m) = push_dup(&proxy, &sb);
    let h = proxy.host();
    assert_eq!(
        out,
        format!(
            "Preparing foo1\nPreparing foo2\nPreparing bar\n\
             Uploading 44136fa355b3 application/vnd.oci.empty.v1+json\n\
             Uploaded  44136fa355b3 application/vnd.oci.empty.v1+json\n\
             Uploading 2c26b46b68ff foo1\nUploaded  2c26b46b68ff foo1\n\
             Uploading fcde2b2edba5 bar\nUploaded  fcde2b2edba5 bar\n\
             Uploading {s} {MANIFEST}\n\
             Exists    2c26b46b68ff foo2\n\
             Uploaded  {s} {MANIFEST}\n\
             Pushed [registry] {h}/dup:v1\n\
             ArtifactType: application/vnd.unknown.artifact.v1\nDigest: {m}\n",
            s = short(&m)
        )
    );
    // whether a blob exists is asked by opening its upload (`mount=` itself: 201 there,
    // 202 a session the PUT completes), so a new blob costs POST + PUT, no HEAD
    let reqs = proxy.requests();
    assert_eq!(count(&reqs, "HEAD", "/blobs/"), 0, "{reqs:#?}");
    assert_eq!(
        count(&reqs, "POST", &format!("mount={FOO}&from=dup")),
        1,
        "{reqs:#?}"
    );
    assert_eq!(
        count(&reqs, "PUT", &format!("digest={FOO}")),
        1,
        "{reqs:#?}"
    );
    assert_eq!(count(&reqs, "POST", "/blobs/uploads/"), 3, "{reqs:#?}");

    // attach: the same rule, the blob already exists at the registry this time
    let before = proxy.requests().len();
    let out = ok(&sb.oras(&format!(
        "attach {h}/dup:v1 --artifact-type application/vnd.test foo1 foo2 --concurrency 1"
    )));
    let lines: Vec<&str> = out.lines().collect();
    let foo2 = lines
        .iter()
        .position(|l| *l == "Exists    2c26b46b68ff foo2")
        .unwrap_or_else(|| panic!("{out}"));
    assert!(
        lines[foo2 - 1].starts_with("Uploading ") && lines[foo2 - 1].ends_with(MANIFEST),
        "{out}"
    );
    assert!(
        lines[foo2 + 1].starts_with("Uploaded  ") && lines[foo2 + 1].ends_with(MANIFEST),
        "{out}"
    );
    assert_eq!(out.matches("foo1").count(), 2, "Preparing + Exists: {out}");
    assert_eq!(
        out.matches(" foo2\n").count(),
        2,
        "Preparing + Exists: {out}"
    );
    let reqs = &proxy.requests()[before..];
    assert_eq!(
        count(reqs, "POST", &format!("mount={FOO}&from=dup")),
        1,
        "{reqs:#?}"
    );
    assert_eq!(count(reqs, "PUT", &format!("digest={FOO}")), 0, "{reqs:#?}");
}

#[test]
fn a_large_blob_is_asked_with_a_head_never_by_opening_its_upload() {
    // a registry that ignores `mount` would have a probed blob sent again: only small blobs
    // are probed, a large one keeps oras's HEAD (and its `Exists` on a second push)
    let (_reg, proxy, sb) = fixture();
    sb.write("big", &vec![7u8; 300 * 1024]);
    let h = proxy.host();
    for round in 0..2 {
        let before = proxy.requests().len();
        // a new manifest each round (its creation time), the same blobs
        let out = ok(&sb.oras(&format!(
            "push {h}/big:v1 big --annotation org.opencontainers.image.created=2025-01-0{}T00:00:00Z",
            round + 1
        )));
        let reqs = &proxy.requests()[before..];
        let head_big = reqs
            .iter()
            .filter(|r| r.method == "HEAD" && r.target.contains("/blobs/sha256:"))
            .count();
        assert_eq!(head_big, 1, "round {round}: {reqs:#?}");
        // the small config is still probed
        assert_eq!(
            count(reqs, "POST", &format!("mount={EMPTY}")),
            1,
            "{reqs:#?}"
        );
        if round == 1 {
            assert!(
                out.contains(" big\n") && out.contains("Exists    "),
                "{out}"
            );
            assert_eq!(count(reqs, "PATCH", "/blobs/uploads/"), 0, "{reqs:#?}");
        }
    }
}

#[test]
fn cp_reports_the_other_title_once_as_skipped() {
    let (_reg, proxy, sb) = fixture();
    let (_, m) = push_dup(&proxy, &sb);
    let h = proxy.host();
    let s = short(&m);

    // between repositories of one registry: mounted
    let before = proxy.requests().len();
    let out = ok(&sb.oras(&format!("cp {h}/dup:v1 {h}/dup2:v1 --concurrency 1")));
    assert_eq!(
        out,
        format!(
            "Mounted 44136fa355b3 application/vnd.oci.empty.v1+json\n\
             Mounted 2c26b46b68ff foo1\nMounted fcde2b2edba5 bar\n\
             Copying {s} {MANIFEST}\nSkipped 2c26b46b68ff foo2\nCopied  {s} {MANIFEST}\n\
             Copied [registry] {h}/dup:v1 => [registry] {h}/dup2:v1\nDigest: {m}\n"
        )
    );
    let reqs = &proxy.requests()[before..];
    assert_eq!(count(reqs, "HEAD", &format!("dup2/blobs/{FOO}")), 1);
    assert_eq!(count(reqs, "POST", &format!("mount={FOO}")), 1, "{reqs:#?}");

    // to a layout: the blob is read once
    let before = proxy.requests().len();
    let out = ok(&sb.oras(&format!(
        "cp {h}/dup:v1 --to-oci-layout lay:v1 --concurrency 1"
    )));
    assert_eq!(out.matches("foo2").count(), 1, "{out}");
    assert!(
        out.contains(&format!(
            "Skipped 2c26b46b68ff foo2\nCopied  {s} {MANIFEST}\n"
        )),
        "{out}"
    );
    assert!(out.contains("Copying 2c26b46b68ff foo1\nCopied  2c26b46b68ff foo1\n"));
    let reqs = &proxy.requests()[before..];
    assert_eq!(count(reqs, "GET", &format!("/blobs/{FOO}")), 1, "{reqs:#?}");
    assert_eq!(sb.read(&format!("lay/blobs/sha256/{}", &FOO[7..])), b"foo");

    // from the layout back to the registry, and cp -r: the same single line
    let out = ok(&sb.oras(&format!(
        "cp --from-oci-layout lay:v1 {h}/dup3:v1 --concurrency 1"
    )));
    assert_eq!(out.matches("foo2").count(), 1, "{out}");
    assert!(out.contains("Skipped 2c26b46b68ff foo2\n"), "{out}");
    let before = proxy.requests().len();
    let out = ok(&sb.oras(&format!("cp -r {h}/dup:v1 {h}/dup4:v1 --concurrency 1")));
    assert_eq!(out.matches("foo2").count(), 1, "{out}");
    assert!(out.contains("Skipped 2c26b46b68ff foo2\n"), "{out}");
    let reqs = &proxy.requests()[before..];
    assert_eq!(count(reqs, "HEAD", &format!("dup4/blobs/{FOO}")), 1);
}

#[test]
fn pull_restores_the_other_title_from_the_downloaded_file() {
    let (_reg, proxy, sb) = fixture();
    let (_, m) = push_dup(&proxy, &sb);
    let h = proxy.host();
    let s = short(&m);

    let before = proxy.requests().len();
    let out = ok(&sb.oras(&format!("pull {h}/dup:v1 -o out --concurrency 1")));
    assert_eq!(
        out,
        format!(
            "Downloading {s} {MANIFEST}\nProcessing  {s} {MANIFEST}\n\
             Downloading 2c26b46b68ff foo1\nDownloaded  2c26b46b68ff foo1\n\
             Downloading fcde2b2edba5 bar\nDownloaded  fcde2b2edba5 bar\n\
             Restored    2c26b46b68ff foo2\nDownloaded  {s} {MANIFEST}\n\
             Pulled [registry] {h}/dup:v1\nDigest: {m}\n"
        )
    );
    let reqs = &proxy.requests()[before..];
    assert_eq!(count(reqs, "GET", &format!("/blobs/{FOO}")), 1, "{reqs:#?}");
    assert_eq!(count(reqs, "GET", &format!("/blobs/{BAR}")), 1, "{reqs:#?}");
    assert_eq!(
        count(reqs, "GET", &format!("/blobs/{EMPTY}")),
        0,
        "{reqs:#?}"
    );
    for f in ["foo1", "foo2"] {
        assert_eq!(sb.read(&format!("out/{f}")), b"foo");
    }
    assert_eq!(sb.read("out/bar"), b"bar");

    // --format json lists the restored name too, in the manifest's order
    let out = ok(&sb.oras(&format!(
        "pull {h}/dup:v1 -o outj --format json --concurrency 1"
    )));
    let v: serde_json::Value = serde_json::from_str(&out).expect(&out);
    let work = std::fs::canonicalize(&sb.work).unwrap();
    let paths: Vec<String> = v["files"]
        .as_array()
        .expect(&out)
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect();
    let want: Vec<String> = ["foo1", "foo2", "bar"]
        .iter()
        .map(|n| format!("{}/outj/{n}", work.display()))
        .collect();
    assert_eq!(paths, want, "{out}");
    assert_eq!(v["files"][1]["digest"], FOO);
    assert_eq!(sb.read("outj/foo2"), b"foo");

    // the same from a layout, and as one tar stream on stdout
    ok(&sb.oras(&format!(
        "cp {h}/dup:v1 --to-oci-layout lay:v1 --concurrency 1"
    )));
    let out = ok(&sb.oras("pull --oci-layout lay:v1 -o out2 --concurrency 1"));
    assert!(
        out.contains("Restored    2c26b46b68ff foo2\n")
            && !out.contains("Downloading 2c26b46b68ff foo2"),
        "{out}"
    );
    assert_eq!(sb.read("out2/foo2"), b"foo");
    let f = sb.sh(&format!("{{oras}} pull {h}/dup:v1 -o - | tar -t"), b"");
    let mut names: Vec<String> = ok(&f).lines().map(str::to_string).collect();
    names.sort();
    assert_eq!(names, ["bar", "foo1", "foo2"]);
}

#[test]
fn pull_reports_an_untitled_real_config_as_skipped() {
    let (_reg, proxy, sb) = fixture();
    let h = proxy.host();
    sb.write("a.txt", b"content of a\n");
    let out = ok(&sb.oras(&format!(
        "push --artifact-platform linux/amd64 {h}/plat:v1 a.txt {CREATED} --concurrency 1"
    )));
    let m = digest_line(&out);
    let config = out
        .lines()
        .find(|l| {
            l.starts_with("Uploaded ") && l.ends_with("application/vnd.oci.image.config.v1+json")
        })
        .map(|l| l.split_whitespace().nth(1).unwrap().to_string())
        .expect(&out);
    let before = proxy.requests().len();
    let out = ok(&sb.oras(&format!("pull {h}/plat:v1 -o out --concurrency 1")));
    assert_eq!(
        out,
        format!(
            "Downloading {s} {MANIFEST}\nProcessing  {s} {MANIFEST}\n\
             Skipped     {config} application/vnd.oci.image.config.v1+json\n\
             Downloading ae1234b2b511 a.txt\nDownloaded  ae1234b2b511 a.txt\n\
             Downloaded  {s} {MANIFEST}\n\
             Skipped pulling layers without file name in \"org.opencontainers.image.title\"\n\
             Use 'oras copy {h}/plat:v1 --to-oci-layout <layout-dir>' to pull all layers.\n",
            s = short(&m)
        )
    );
    // the skipped config is never downloaded
    let reqs = &proxy.requests()[before..];
    assert_eq!(count(reqs, "GET", &format!("/blobs/sha256:{config}")), 0);
    // json is unchanged: the one file
    let out = ok(&sb.oras(&format!("pull {h}/plat:v1 -o outj --format json")));
    let v: serde_json::Value = serde_json::from_str(&out).expect(&out);
    assert_eq!(v["files"].as_array().map(Vec::len), Some(1), "{out}");
    assert_eq!(v["reference"], format!("{h}/plat@{m}"));

    // with --config the config is a file and nothing is skipped
    let out = ok(&sb.oras(&format!("pull {h}/plat:v1 -o outc --config cfg.json")));
    assert!(
        out.ends_with(&format!("Pulled [registry] {h}/plat:v1\nDigest: {m}\n")),
        "{out}"
    );
    assert!(!out.contains("Skipped"), "{out}");
    assert!(sb.path("outc/cfg.json").is_file());

    // the `{}` config of an image-spec v1.0 artifact is dropped silently
    let out = ok(&sb.oras(&format!("push --image-spec v1.0 {h}/old:v1 a.txt")));
    let m = digest_line(&out);
    let out = ok(&sb.oras(&format!("pull {h}/old:v1 -o outo")));
    assert!(!out.contains("Skipped"), "{out}");
    assert!(
        out.ends_with(&format!("Pulled [registry] {h}/old:v1\nDigest: {m}\n")),
        "{out}"
    );
}

#[test]
fn pull_path_errors_carry_orass_decorations() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let h = reg.host();
    let work = std::fs::canonicalize(&sb.work).unwrap();
    let recommendation = "Pulling files outside of working directory is insecure and blocked by default. If you trust the content producer, use --allow-path-traversal to bypass this check.\n";

    // a title leaving the output folder, from a registry and from a layout
    seed::artifact(
        reg.port(),
        "trav",
        "v1",
        &[(
            "text/plain",
            b"evil",
            r#"{"org.opencontainers.image.title":"../evil.txt"}"#,
        )],
    );
    let f = sb.oras(&format!("pull {h}/trav:v1 -o out"));
    assert_eq!(f.code, 1);
    assert_eq!(
        f.text().1,
        format!(
            "Error: failed to resolve path for writing: path traversal disallowed\n{recommendation}"
        )
    );
    ok(&sb.oras(&format!("cp {h}/trav:v1 --to-oci-layout lay:v1")));
    let f = sb.oras("pull --oci-layout lay:v1 -o out");
    assert_eq!(f.code, 1);
    assert!(f.text().1.ends_with(recommendation), "{:?}", f.text());
    assert!(!sb.work.join("evil.txt").exists());

    // directory layers: entries and link targets outside of the title
    let unpack = r#"{"org.opencontainers.image.title":"pkg","io.deis.oras.content.unpack":"true"}"#;
    let layer = "application/vnd.oci.image.layer.v1.tar+gzip";
    let entry = seed::gzip_tar(&[("pkg/../../escaped.txt", tar::EntryType::Regular, b"x", None)]);
    seed::artifact(reg.port(), "tar", "entry", &[(layer, &entry, unpack)]);
    let f = sb.oras(&format!("pull {h}/tar:entry -o out"));
    assert_eq!(f.code, 1);
    assert_eq!(
        f.text().1,
        format!(
            "Error: failed to extract tar to {}/out/pkg: \"pkg/../../escaped.txt\" is outside of \"pkg\"\n",
            work.display()
        )
    );
    let link = seed::gzip_tar(&[
        ("pkg", tar::EntryType::Directory, b"", None),
        (
            "pkg/link",
            tar::EntryType::Symlink,
            b"",
            Some("../../outside"),
        ),
    ]);
    seed::artifact(reg.port(), "tar", "link", &[(layer, &link, unpack)]);
    let f = sb.oras(&format!("pull {h}/tar:link -o out"));
    assert_eq!(f.code, 1);
    assert_eq!(
        f.text().1,
        format!(
            "Error: failed to extract tar to {w}/out/pkg: \"{w}/outside\" is outside of \"pkg\"\n",
            w = work.display()
        )
    );
    assert!(
        sb.outside_entries().is_empty(),
        "{:?}",
        sb.outside_entries()
    );
    assert!(!sb.work.join("escaped.txt").exists() && !sb.work.join("outside").exists());
}

#[test]
fn file_errors_and_validation_order_of_push_and_attach() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let h = reg.host();
    let work = std::fs::canonicalize(&sb.work)
        .unwrap()
        .display()
        .to_string();
    sb.write("hi.txt", b"hi\n");
    ok(&sb.oras(&format!("push {h}/subject:v1 hi.txt")));
    let fails = |args: &str, stdout: &str, stderr: &str| {
        let f = sb.oras(args);
        assert_eq!(f.code, 1, "{args}: {:?}", f.text());
        assert_eq!(f.text(), (stdout.to_string(), stderr.to_string()), "{args}");
    };
    // a missing file: Preparing, then Go's stat error with the absolute path
    fails(
        &format!("push {h}/p:v1 missing.txt"),
        "Preparing missing.txt\n",
        &format!("Error: stat {work}/missing.txt: no such file or directory\n"),
    );
    fails(
        &format!("attach {h}/subject:v1 --artifact-type application/vnd.test ./sub/../missing.txt"),
        "Preparing missing.txt\n",
        &format!("Error: stat {work}/missing.txt: no such file or directory\n"),
    );
    // the config file is added before any file
    fails(
        &format!("push {h}/p:v1 hi.txt --config missing.json"),
        "",
        &format!("Error: stat {work}/missing.json: no such file or directory\n"),
    );
    // the artifact type is checked when packing, after the files are prepared
    let bad_type = "Error: invalid artifactType format: not a type: invalid media type\n";
    fails(
        &format!("push {h}/p:v1 hi.txt --artifact-type 'not a type'"),
        "Preparing hi.txt\n",
        bad_type,
    );
    fails(
        &format!("attach {h}/subject:v1 hi.txt --artifact-type 'not a type'"),
        "Preparing hi.txt\n",
        bad_type,
    );
    // the platform is parsed with the flags
    let f = sb.oras(&format!(
        "push {h}/p:v1 hi.txt --artifact-platform linux/amd64/v8/extra"
    ));
    assert_eq!(f.code, 1);
    assert_eq!(f.text().0, "", "{:?}", f.text());
    assert!(f.text().1.starts_with("Error: "), "{:?}", f.text());
    // nothing was pushed by any of them
    let r = crate::support::http::request(reg.port(), "GET", "/v2/p/manifests/v1", &[]).unwrap();
    assert_eq!(r.status, 404);
}

#[test]
fn an_annotation_file_cannot_rename_a_file() {
    let (_reg, proxy, sb) = fixture();
    let h = proxy.host();
    sb.write("a.txt", b"content of a\n");
    sb.write(
        "title.json",
        br#"{"a.txt":{"org.opencontainers.image.title":"renamed.txt"}}"#,
    );
    let steps = "Preparing a.txt\n\
                 Uploading 44136fa355b3 application/vnd.oci.empty.v1+json\n\
                 Uploaded  44136fa355b3 application/vnd.oci.empty.v1+json\n\
                 Uploading ae1234b2b511 renamed.txt\n";
    let f = sb.oras(&format!(
        "push {h}/ren:v1 a.txt --annotation-file title.json --concurrency 1"
    ));
    assert_eq!(f.code, 1);
    assert_eq!(
        f.text(),
        (
            steps.to_string(),
            "Error response from registry: renamed.txt: application/vnd.oci.image.layer.v1.tar: not found\n"
                .to_string()
        )
    );
    let reqs = proxy.requests();
    assert_eq!(count(&reqs, "PUT", "/manifests/"), 0, "{reqs:#?}");
    assert_eq!(
        count(&reqs, "PUT", &format!("digest={EMPTY}")),
        1,
        "{reqs:#?}"
    );
    // the config's upload and the session opened by asking whether renamed.txt's blob
    // exists; the push failed before using that one, so it was cancelled
    assert_eq!(count(&reqs, "POST", "/blobs/uploads/"), 2, "{reqs:#?}");
    assert_eq!(count(&reqs, "DELETE", "/blobs/uploads/"), 1, "{reqs:#?}");

    let f = sb.oras("push --oci-layout lay:v1 a.txt --annotation-file title.json --concurrency 1");
    assert_eq!(f.code, 1);
    assert_eq!(
        f.text(),
        (
            steps.to_string(),
            "Error: renamed.txt: application/vnd.oci.image.layer.v1.tar: not found\n".to_string()
        )
    );
    let index = std::fs::read_to_string(sb.path("lay/index.json")).unwrap_or_default();
    assert!(!index.contains("sha256:"), "{index}");
}

#[test]
fn push_and_attach_without_files_announce_an_empty_artifact() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let h = reg.host();
    sb.write("hi.txt", b"hi\n");
    ok(&sb.oras(&format!("push {h}/e:v1 hi.txt")));
    let out = ok(&sb.oras(&format!(
        "attach {h}/e:v1 --artifact-type application/vnd.example.note -a note=hi --concurrency 1"
    )));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Uploading empty artifact", "{out}");
    assert_eq!(
        lines[1], "Exists    44136fa355b3 application/vnd.oci.empty.v1+json",
        "{out}"
    );
    assert!(
        lines[2].starts_with("Uploading ") && lines[3].starts_with("Uploaded  "),
        "{out}"
    );
    assert!(lines[4].starts_with("Attached to [registry] "), "{out}");
    assert_eq!(out.matches("Uploading empty artifact").count(), 1);
    let out = ok(&sb.oras(&format!("push {h}/fresh:v1 --concurrency 1")));
    assert!(
        out.starts_with("Uploading empty artifact\nUploading 44136fa355b3 "),
        "{out}"
    );
    // not in structured output
    let out = ok(&sb.oras(&format!(
        "attach {h}/e:v1 --artifact-type application/vnd.example.note -a note=again --format json"
    )));
    assert!(out.starts_with('{'), "{out}");
}
