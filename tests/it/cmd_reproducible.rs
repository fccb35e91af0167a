//! `oras push --reproducible` / `SOURCE_DATE_EPOCH` (beyond oras 1.3.0): the same folder
//! pushed from two different places, with different mtimes and umasks, gives the same
//! manifest digest; a bad `SOURCE_DATE_EPOCH` is refused before anything is sent.

use crate::support::command::digest_line;
use crate::support::http;
use crate::support::registry::TestRegistry;
use crate::support::sandbox::Sandbox;

struct Push<'a> {
    /// where `data/` is made and pushed from
    base: &'a str,
    umask: &'a str,
    /// `touch -d` value for every entry, or None to keep "now"
    when: Option<&'a str>,
    /// `VAR=value` prefix
    env: &'a str,
    /// extra push flags
    flags: &'a str,
    tag: &'a str,
}

/// Make `<base>/data` (a file, an executable in a sub folder, a symlink) under the umask,
/// push it from `<base>`, and return the digest of the `Digest:` line.
fn push(sandbox: &Sandbox, registry: &TestRegistry, p: Push) -> String {
    let touch = p
        .when
        .map(|w| format!("find data -exec touch -h -d '{w}' {{}} + &&"))
        .unwrap_or_default();
    let script = format!(
        "set -e; mkdir -p '{base}' && cd '{base}' && umask {umask} && mkdir -p data/sub && \
         printf 'hello\\n' > data/a.txt && printf '#!/bin/sh\\necho hi\\n' > data/sub/run.sh && \
         chmod u+x data/sub/run.sh && ln -sf a.txt data/link && {touch} \
         {env} {{oras}} push {host}/repro:{tag} data {flags}",
        base = p.base,
        umask = p.umask,
        env = p.env,
        flags = p.flags,
        tag = p.tag,
        host = registry.host(),
    );
    let f = sandbox.sh(&script, b"");
    let (out, err) = f.text();
    assert_eq!(f.code, 0, "stdout:\n{out}\nstderr:\n{err}");
    digest_line(&out)
}

/// The manifest `repro@digest` as JSON.
fn manifest(registry: &TestRegistry, digest: &str) -> serde_json::Value {
    let r = http::request(
        registry.port(),
        "GET",
        &format!("/v2/repro/manifests/{digest}"),
        &[("Accept", "application/vnd.oci.image.manifest.v1+json")],
    )
    .unwrap();
    assert_eq!(r.status, 200);
    serde_json::from_slice(&r.body).unwrap()
}

#[test]
fn reproducible_pushes_ignore_place_mtimes_and_umask() {
    let registry = TestRegistry::start();
    let sandbox = Sandbox::new();
    let one = sandbox.path("one").display().to_string();
    let two = sandbox.path("elsewhere/deeper/two").display().to_string();
    let first = push(
        &sandbox,
        &registry,
        Push {
            base: &one,
            umask: "022",
            when: Some("2001-02-03 04:05:06"),
            env: "",
            flags: "--reproducible",
            tag: "a",
        },
    );
    let second = push(
        &sandbox,
        &registry,
        Push {
            base: &two,
            umask: "077",
            when: None,
            env: "",
            flags: "--reproducible",
            tag: "b",
        },
    );
    assert_eq!(first, second);
    let m = manifest(&registry, &first);
    assert_eq!(
        m["annotations"]["org.opencontainers.image.created"],
        "1970-01-01T00:00:00Z"
    );
    assert_eq!(
        m["layers"][0]["annotations"]["io.deis.oras.content.unpack"],
        "true"
    );
}

#[test]
fn source_date_epoch_pins_the_time_and_clamps_mtimes() {
    let registry = TestRegistry::start();
    let sandbox = Sandbox::new();
    let one = sandbox.path("one").display().to_string();
    let two = sandbox.path("two").display().to_string();
    let mut digests = Vec::new();
    for (base, umask, tag) in [(&one, "022", "a"), (&two, "027", "b")] {
        digests.push(push(
            &sandbox,
            &registry,
            Push {
                base,
                umask,
                when: None, // now: newer than the clamp, so clamped
                env: "SOURCE_DATE_EPOCH=1700000000",
                flags: "",
                tag,
            },
        ));
    }
    assert_eq!(digests[0], digests[1]);
    let m = manifest(&registry, &digests[0]);
    assert_eq!(
        m["annotations"]["org.opencontainers.image.created"],
        "2023-11-14T22:13:20Z"
    );
}

#[test]
fn a_bad_source_date_epoch_is_refused() {
    let sandbox = Sandbox::new();
    sandbox.write("a.txt", b"x\n");
    for bad in ["yesterday", "-5", "1.5"] {
        let f = sandbox.oras_env(
            "push localhost:1/repro:v1 a.txt",
            &format!("SOURCE_DATE_EPOCH='{bad}'"),
            b"",
        );
        let (_, err) = f.text();
        assert_eq!(f.code, 1, "{err}");
        assert_eq!(
            err,
            format!("Error: invalid SOURCE_DATE_EPOCH \"{bad}\": not a whole number of seconds\n")
        );
    }
}
