//! registries.conf against real registries: reads through mirrors (primary down, a mirror
//! that lacks a blob, serves a corrupt one or answers HTML, `digest-only`), writes to the
//! primary only, `location` rewrites, `blocked`, `insecure`, bad files, and the switch
//! that ignores it all. Mirrors are `docker-registry` processes, faults come from the
//! fault proxy in front of them.

use crate::support::fault_proxy::{Action, FaultProxy, Rule};
use crate::support::registry::{TestRegistry, closed_port};
use crate::support::sandbox::Sandbox;
use crate::support::seed;
use std::path::PathBuf;

const TITLE_A: &str = r#"{"org.opencontainers.image.title":"a.txt"}"#;
const TITLE_B: &str = r#"{"org.opencontainers.image.title":"b.bin"}"#;

/// `a.txt` and a 2 MiB `b.bin` (verified through a temporary file when it comes from a
/// mirror).
fn content(tag: &str) -> (Vec<u8>, Vec<u8>) {
    let a = format!("hello from {tag}\n").into_bytes();
    let b: Vec<u8> = (0..2 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();
    (a, b)
}

/// Plants `app:<tag>` with [`content`] in the registry on `port`; returns the digest.
fn plant(port: u16, repo: &str, tag: &str, a: &[u8], b: &[u8]) -> String {
    seed::artifact(
        port,
        repo,
        tag,
        &[
            ("text/plain", a, TITLE_A),
            ("application/octet-stream", b, TITLE_B),
        ],
    )
}

/// Writes `<sysroot>/etc/containers/registries.conf`.
fn registries_conf(sb: &Sandbox, body: &str) -> PathBuf {
    let p = sb.sysroot().join("etc/containers/registries.conf");
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, body).unwrap();
    p
}

fn mirror_conf(primary: &str, mirror: &str, extra: &str) -> String {
    format!(
        "[[registry]]\nprefix = \"{primary}\"\nlocation = \"{primary}\"\n[[registry.mirror]]\nlocation = \"{mirror}\"\n{extra}"
    )
}

fn warnings(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("Warning:"))
        .collect()
}

#[test]
fn pull_goes_through_the_mirror_when_the_primary_is_down() {
    let mirror = TestRegistry::start();
    let (a, b) = content("mirror");
    let digest = plant(mirror.port(), "team/app", "v1", &a, &b);
    let primary = format!("localhost:{}", closed_port());
    let sb = Sandbox::new();
    registries_conf(&sb, &mirror_conf(&primary, &mirror.host(), ""));

    let out = sb.oras(&format!("pull {primary}/team/app:v1 -o out"));
    let (code, stdout, stderr) = out.outcome();
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert_eq!(sb.read("out/a.txt"), a);
    assert_eq!(sb.read("out/b.bin"), b);
    assert!(stdout.contains(&format!("Pulled [registry] {primary}/team/app:v1")));
    assert!(stdout.contains(&digest));
    assert!(warnings(&stderr).is_empty(), "{stderr}");

    // resolve, manifest fetch and the source of cp read through the mirror too
    assert_eq!(
        sb.ok(&format!("resolve {primary}/team/app:v1")).trim(),
        digest
    );
    let manifest = sb.ok(&format!("manifest fetch {primary}/team/app@{digest}"));
    assert_eq!(seed::digest(manifest.as_bytes()), digest);
    let dst = TestRegistry::start();
    sb.ok(&format!("cp {primary}/team/app:v1 {}/copy:v1", dst.host()));
    assert_eq!(dst.tags("copy"), vec!["v1".to_string()]);
}

#[test]
fn a_mirror_that_lacks_a_blob_or_corrupts_one_is_skipped_for_the_primary() {
    let primary = TestRegistry::start();
    let mirror = TestRegistry::start();
    let (a, b) = content("v1");
    let digest = plant(primary.port(), "app", "v1", &a, &b);
    assert_eq!(plant(mirror.port(), "app", "v1", &a, &b), digest);
    let (da, db) = (seed::digest(&a), seed::digest(&b));
    // the mirror lacks a.txt and serves b.bin with one byte flipped
    let proxy = FaultProxy::start(
        mirror.port(),
        vec![
            Rule::new("GET", &format!("/blobs/{da}"), Action::status(404)),
            Rule::new("GET", &format!("/blobs/{db}"), Action::Corrupt(1000)),
        ],
    );
    let sb = Sandbox::new();
    registries_conf(&sb, &mirror_conf(&primary.host(), &proxy.host(), ""));

    let out = sb.oras(&format!(
        "pull {}/app:v1 -o out --concurrency 1",
        primary.host()
    ));
    let (code, stdout, stderr) = out.outcome();
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert_eq!(sb.read("out/a.txt"), a);
    assert_eq!(sb.read("out/b.bin"), b);
    let w = warnings(&stderr);
    assert_eq!(w.len(), 1, "one warning for the mirror: {stderr}");
    assert!(
        w[0].starts_with(&format!(
            "Warning: skipping the registry mirror \"{}/app\": ",
            proxy.host()
        )),
        "{stderr}"
    );
    let asked: Vec<String> = proxy.requests().iter().map(|r| r.target.clone()).collect();
    assert!(asked.iter().any(|t| t.ends_with(&da)), "{asked:?}");
    assert!(asked.iter().any(|t| t.ends_with(&db)), "{asked:?}");
    // the manifest came from the mirror: it was asked for the tag
    assert!(
        asked.iter().any(|t| t.ends_with("/manifests/v1")),
        "{asked:?}"
    );
}

#[test]
fn digest_only_never_resolves_a_tag_on_the_mirror() {
    let primary = TestRegistry::start();
    let mirror = TestRegistry::start();
    let (a, b) = content("primary");
    let digest = plant(primary.port(), "app", "v1", &a, &b);
    // the mirror has another artifact under the same tag, and the real one by digest
    let (stale_a, _) = content("stale mirror");
    plant(mirror.port(), "app", "v1", &stale_a, &b);
    plant(mirror.port(), "app", "real", &a, &b);
    let proxy = FaultProxy::start(mirror.port(), vec![]);
    let sb = Sandbox::new();
    let conf = mirror_conf(
        &primary.host(),
        &proxy.host(),
        "pull-from-mirror = \"digest-only\"\n",
    );
    registries_conf(&sb, &conf);

    sb.ok(&format!("pull {}/app:v1 -o by-tag", primary.host()));
    assert_eq!(
        sb.read("by-tag/a.txt"),
        a,
        "the tag was resolved on the primary"
    );
    assert!(
        proxy.requests().is_empty(),
        "a tag read never asks a digest-only mirror: {:?}",
        proxy.requests()
    );
    sb.ok(&format!(
        "pull {}/app@{digest} -o by-digest",
        primary.host()
    ));
    assert_eq!(sb.read("by-digest/a.txt"), a);
    assert!(
        proxy
            .requests()
            .iter()
            .any(|r| r.target.ends_with(&format!("/manifests/{digest}"))),
        "a digest read uses the mirror: {:?}",
        proxy.requests()
    );

    // with "all", the tag is the mirror's (what digest-only protects from)
    registries_conf(&sb, &mirror_conf(&primary.host(), &proxy.host(), ""));
    sb.ok(&format!("pull {}/app:v1 -o all", primary.host()));
    assert_eq!(sb.read("all/a.txt"), stale_a);
}

#[test]
fn writes_go_to_the_primary_only_and_never_follow_a_rewrite() {
    let primary = TestRegistry::start();
    let mirror = TestRegistry::start();
    let proxy = FaultProxy::start(mirror.port(), vec![]);
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hello\n");
    registries_conf(&sb, &mirror_conf(&primary.host(), &proxy.host(), ""));
    sb.ok(&format!("push {}/app:v1 hi.txt", primary.host()));
    sb.ok(&format!("tag {}/app:v1 v2", primary.host()));
    sb.ok(&format!(
        "attach --artifact-type application/vnd.test {}/app:v1 hi.txt",
        primary.host()
    ));
    let writes = proxy.requests_where(|r| r.method != "GET" && r.method != "HEAD");
    assert!(writes.is_empty(), "no write reached the mirror: {writes:?}");
    let tags = primary.tags("app");
    assert!(
        tags.contains(&"v1".to_string()) && tags.contains(&"v2".to_string()),
        "{tags:?}"
    );
    assert!(mirror.catalog().is_empty());
}

#[test]
fn a_location_rewrite_moves_reads_not_writes() {
    let real = TestRegistry::start();
    let (a, b) = content("moved");
    let digest = plant(real.port(), "new/team/app", "v1", &a, &b);
    let old = format!("localhost:{}", closed_port());
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hello\n");
    registries_conf(
        &sb,
        &format!(
            "[[registry]]\nprefix = \"{old}/team\"\nlocation = \"{}/new/team\"\n",
            real.host()
        ),
    );
    let out = sb.oras(&format!("pull {old}/team/app:v1 -o out"));
    assert_eq!(out.code, 0, "{:?}", out.text());
    assert_eq!(sb.read("out/b.bin"), b);
    assert_eq!(sb.ok(&format!("resolve {old}/team/app:v1")).trim(), digest);
    // a push keeps the name as given (as podman does): the old host is down
    let err = sb.fails(&format!("push {old}/team/app:v2 hi.txt"));
    assert!(err.contains(&old), "{err}");
    assert_eq!(real.tags("new/team/app"), vec!["v1".to_string()]);
}

#[test]
fn a_blocked_registry_is_refused_naming_the_file() {
    let reg = TestRegistry::start();
    let (a, b) = content("v1");
    plant(reg.port(), "app", "v1", &a, &b);
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hello\n");
    let conf = registries_conf(
        &sb,
        &format!(
            "[[registry]]\nlocation = \"{}\"\nblocked = true\n",
            reg.host()
        ),
    );
    let want = format!(
        "Error: registry {} is blocked in {}\n",
        reg.host(),
        conf.display()
    );
    for cmd in [
        format!("pull {}/app:v1 -o out", reg.host()),
        format!("push {}/app:v2 hi.txt", reg.host()),
        format!("repo ls {}", reg.host()),
    ] {
        let out = sb.oras(&cmd);
        assert_eq!(out.code, 1, "{cmd}: {:?}", out.text());
        assert_eq!(out.stderr_text(), want, "{cmd}");
    }
    assert!(!sb.path("out").exists());
    assert_eq!(reg.tags("app"), vec!["v1".to_string()]);

    // the switch restores oras 1.3.0's behaviour
    let out = sb.oras_env(
        &format!("pull {}/app:v1 -o out", reg.host()),
        "ORAS_NO_CONTAINERS_CONFIG=1",
        b"",
    );
    assert_eq!(out.code, 0, "{:?}", out.text());
    assert_eq!(sb.read("out/a.txt"), a);
}

#[test]
fn a_mirror_answering_html_is_skipped() {
    let primary = TestRegistry::start();
    let mirror = TestRegistry::start();
    let (a, b) = content("v1");
    plant(primary.port(), "app", "v1", &a, &b);
    let portal = FaultProxy::start(mirror.port(), vec![Rule::new("", "/", Action::Html)]);
    let sb = Sandbox::new();
    registries_conf(&sb, &mirror_conf(&primary.host(), &portal.host(), ""));
    let out = sb.oras(&format!("pull {}/app:v1 -o out", primary.host()));
    let (code, stdout, stderr) = out.outcome();
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert_eq!(sb.read("out/a.txt"), a);
    let w = warnings(&stderr);
    assert_eq!(w.len(), 1, "{stderr}");
    assert!(w[0].contains("not a manifest"), "{stderr}");
}

#[test]
fn an_insecure_mirror_may_speak_plain_http() {
    let primary = TestRegistry::start();
    let mirror = TestRegistry::start();
    let (a, b) = content("mirror");
    plant(mirror.port(), "app", "v1", &a, &b);
    plant(primary.port(), "app", "v1", &content("primary").0, &b);
    // 127.0.0.1 is HTTPS unless the mirror is insecure
    let plain = format!("127.0.0.1:{}", mirror.port());
    let sb = Sandbox::new();
    registries_conf(&sb, &mirror_conf(&primary.host(), &plain, ""));
    let out = sb.oras(&format!("pull {}/app:v1 -o strict", primary.host()));
    assert_eq!(out.code, 0, "{:?}", out.text());
    assert_eq!(sb.read("strict/a.txt"), content("primary").0);
    assert_eq!(warnings(&out.stderr_text()).len(), 1);

    registries_conf(
        &sb,
        &mirror_conf(&primary.host(), &plain, "insecure = true\n"),
    );
    let out = sb.oras(&format!("pull {}/app:v1 -o insecure", primary.host()));
    assert_eq!(out.code, 0, "{:?}", out.text());
    assert_eq!(sb.read("insecure/a.txt"), a);
    assert!(warnings(&out.stderr_text()).is_empty(), "{:?}", out.text());
}

#[test]
fn bad_registries_conf_is_an_error_naming_the_file() {
    let reg = TestRegistry::start();
    let (a, b) = content("v1");
    plant(reg.port(), "app", "v1", &a, &b);
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hello\n");
    let conf = registries_conf(&sb, "[[registry]\nlocation = 1\n");
    let err = sb.fails(&format!("pull {}/app:v1 -o out", reg.host()));
    assert!(
        err.starts_with(&format!(
            "Error: invalid registries configuration {}: line 1, column",
            conf.display()
        )),
        "{err}"
    );
    assert!(!sb.path("out").exists(), "nothing written");
    let err = sb.fails(&format!("push {}/app:v2 hi.txt", reg.host()));
    assert!(err.contains(&conf.display().to_string()), "{err}");
    assert_eq!(reg.tags("app"), vec!["v1".to_string()]);

    registries_conf(
        &sb,
        &format!(
            "[[registry]]\nprefix = \"{}\"\nlocation = \"not a registry\"\n",
            reg.host()
        ),
    );
    let err = sb.fails(&format!("pull {}/app:v1 -o out", reg.host()));
    assert!(
        err.contains(&conf.display().to_string())
            && err.contains("invalid location \"not a registry\""),
        "{err}"
    );
    // CONTAINERS_REGISTRIES_CONF names the only file; a missing one is an error too
    let out = sb.oras_env(
        &format!("pull {}/app:v1 -o out", reg.host()),
        "CONTAINERS_REGISTRIES_CONF=/nonexistent/registries.conf",
        b"",
    );
    assert_eq!(out.code, 1);
    assert!(
        out.stderr_text()
            .contains("/nonexistent/registries.conf: no such file or directory"),
        "{:?}",
        out.text()
    );
}

#[test]
fn discover_and_backup_read_through_the_mirror() {
    let mirror = TestRegistry::start();
    let (a, b) = content("v1");
    plant(mirror.port(), "app", "v1", &a, &b);
    let sb = Sandbox::new();
    sb.write("sbom.json", b"{}");
    sb.ok(&format!(
        "attach --artifact-type application/vnd.test.sbom {}/app:v1 sbom.json",
        mirror.host()
    ));
    let primary = format!("localhost:{}", closed_port());
    registries_conf(&sb, &mirror_conf(&primary, &mirror.host(), ""));
    let tree = sb.ok(&format!("discover {primary}/app:v1"));
    assert!(tree.contains("application/vnd.test.sbom"), "{tree}");
    sb.ok(&format!(
        "backup --output backup.tar --include-referrers {primary}/app:v1"
    ));
    assert!(sb.path("backup.tar").exists());
}

#[test]
fn mirrors_get_no_flag_credential_and_no_custom_header() {
    let mirror = TestRegistry::start();
    let (a, b) = content("v1");
    plant(mirror.port(), "app", "v1", &a, &b);
    let proxy = FaultProxy::start(mirror.port(), vec![]);
    let primary = format!("localhost:{}", closed_port());
    let sb = Sandbox::new();
    registries_conf(&sb, &mirror_conf(&primary, &proxy.host(), ""));
    let out = sb.oras(&format!(
        "pull {primary}/app:v1 -o out -u alice -p s3cret -H 'X-Team-Token: abc'"
    ));
    assert_eq!(out.code, 0, "{:?}", out.text());
    assert_eq!(sb.read("out/a.txt"), a);
    let seen = proxy.requests();
    assert!(!seen.is_empty());
    for r in seen {
        assert!(
            r.header("authorization").is_none() && r.header("x-team-token").is_none(),
            "the mirror got the flags' secrets: {r:?}"
        );
    }
}
