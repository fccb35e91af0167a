//! attach, discover and manifest index against a real docker-registry (tag schema) and the
//! referrers test server (OCI 1.1 referrers API), beyond the golden transcripts of oras
//! 1.3.0 (replayed by `golden::scenarios`); plus the per-subject lock of referrers index
//! updates through the library.

use crate::support::command::CREATED;
use crate::support::command::digest_line;
use crate::support::http;
use crate::support::referrers_server::ReferrersServer;
use crate::support::registry::TestRegistry;
use crate::support::sandbox::Sandbox;

/// A sandbox with the scenario inputs; `{reg}` is `host`, shown as `placeholder`.
fn sandbox(host: &str, placeholder: &str) -> Sandbox {
    let sb = Sandbox::new()
        .with_var("reg", host)
        .with_mask(host, placeholder);
    for (name, text) in [
        ("hi.txt", "hello world\n"),
        ("sig.txt", "signature-bytes\n"),
        ("counter.txt", "countersign\n"),
        ("a.txt", "content of a\n"),
        ("b.txt", "content of b\n"),
    ] {
        sb.write(name, text.as_bytes());
    }
    sb
}

/// The tag list of a repository, as the registry answers it (raw HTTP).
fn tag_list(port: u16, repo: &str) -> String {
    http::request(port, "GET", &format!("/v2/{repo}/tags/list"), &[])
        .expect("GET tags/list")
        .text()
}

/// On a registry with the referrers API, attach (nested too) leaves no tag-schema index.
#[test]
fn attach_to_the_referrers_api_pushes_no_tag_schema_index() {
    let server = ReferrersServer::start();
    let sb = sandbox(&server.host(), "[ZOT]");
    sb.ok(&format!("push {{reg}}/app:v1 hi.txt {CREATED}"));
    let sig = sb.ok(&format!(
        "attach {{reg}}/app:v1 sig.txt --artifact-type application/x.sig {CREATED} \
         --format go-template={{{{.digest}}}}"
    ));
    sb.ok(&format!(
        "attach {{reg}}/app@{sig} counter.txt --artifact-type application/x.counter {CREATED}"
    ));
    let tree = sb.ok("discover {reg}/app:v1");
    assert!(tree.contains("application/x.counter"), "{tree}");
    let tags: serde_json::Value =
        serde_json::from_str(&tag_list(server.port(), "app")).expect("tags JSON");
    assert_eq!(tags["tags"], serde_json::json!(["v1"]));
}

/// `manifest index update` without a change, with a tag name as `--remove`, and with
/// `--tag` and `--output` together.
#[test]
fn manifest_index_update_refusals() {
    let reg = TestRegistry::start();
    let sb = sandbox(&reg.host(), "[REGISTRY]");
    for (tag, platform, file) in [
        ("amd64", "linux/amd64", "a.txt"),
        ("arm64", "linux/arm64", "b.txt"),
    ] {
        sb.ok(&format!(
            "push {{reg}}/multi:{tag} --artifact-platform {platform} {file} {CREATED}"
        ));
    }
    sb.ok("manifest index create {reg}/multi:both amd64 arm64");
    let out = sb.oras("manifest index update {reg}/multi:both");
    assert_eq!(
        (out.code, out.stdout_text().as_str()),
        (0, "Nothing to update as no change is requested\n")
    );
    let out = sb.oras("manifest index update {reg}/multi:both --remove arm64");
    assert_eq!(out.stderr_text(), "Error: remove: arm64 is not a digest\n");
    let out = sb.oras("manifest index update {reg}/multi:both --add arm64 --tag t -o x.json");
    assert_eq!(
        out.stderr_text(),
        "Error: --tag, --output cannot be used at the same time\n"
    );
}

#[test]
fn distribution_spec_forces_the_referrers_mode() {
    // docker-registry has no referrers API: forcing it pushes no tag-schema index and
    // listing fails instead of falling back
    let reg = TestRegistry::start();
    let sb = sandbox(&reg.host(), "[REGISTRY]");
    assert_eq!(
        sb.oras(&format!("push {{reg}}/app:v1 hi.txt {CREATED}"))
            .code,
        0
    );
    let out = sb.oras(&format!(
        "attach {{reg}}/app:v1 sig.txt --artifact-type application/x.sig --distribution-spec v1.1-referrers-api {CREATED}"
    ));
    assert_eq!(out.code, 0, "{}", out.stderr_text());
    let tags = tag_list(reg.port(), "app");
    assert_eq!(tags, r#"{"name":"app","tags":["v1"]}"#.to_string() + "\n");
    let out = sb.oras("discover {reg}/app:v1 --distribution-spec v1.1-referrers-api");
    assert_eq!(
        (out.code, out.stderr_text().as_str()),
        (1, "Error: failed to query referrers API: unsupported\n")
    );
    let out = sb.oras("discover {reg}/app:v1 --distribution-spec v1.1-referrers-x");
    assert_eq!(
        out.stderr_text(),
        "Error: invalid argument \"v1.1-referrers-x\" for \"--distribution-spec\" flag: unknown distribution specification flag: v1.1-referrers-x\nAvailable options: v1.1-referrers-tag, v1.1-referrers-api\n"
    );

    // a registry with the API still gets a tag-schema index when the tag schema is forced
    let server = ReferrersServer::start();
    let sb = sandbox(&server.host(), "[ZOT]");
    assert_eq!(
        sb.oras(&format!("push {{reg}}/app:v1 hi.txt {CREATED}"))
            .code,
        0
    );
    let out = sb.oras(&format!(
        "attach {{reg}}/app:v1 sig.txt --artifact-type application/x.sig --distribution-spec v1.1-referrers-tag {CREATED}"
    ));
    assert_eq!(out.code, 0, "{}", out.stderr_text());
    let tags = tag_list(server.port(), "app");
    assert!(tags.contains("sha256-8ab15591484c"), "{tags}");
    let out = sb.oras("discover {reg}/app:v1 --distribution-spec v1.1-referrers-tag --format json");
    assert!(
        out.stdout_text().contains("application/x.sig"),
        "{}",
        out.stdout_text()
    );
}

#[test]
fn attach_and_discover_errors() {
    let sb = sandbox("localhost:1", "[REGISTRY]");
    let out = sb.oras("attach localhost:1/app:v1 hi.txt");
    assert_eq!(
        (out.code, out.stderr_text().as_str()),
        (1, "Error: required flag(s) \"artifact-type\" not set\n")
    );
    let out = sb.oras("attach localhost:1/app:v1 --artifact-type a/b");
    assert_eq!(
        out.stderr_text(),
        "Error: neither file nor annotation provided in the command\nUsage: oras attach [flags] --artifact-type=<type> <name>{:<tag>|@<digest>} {<file>[:<layer_media_type>]|--annotation <key>=<value>} [...]\nTo attach to an existing artifact, please provide files via argument or annotations via flag \"--annotation\". Run \"oras attach -h\" for more options and examples\n"
    );
    let out = sb.oras("discover localhost:1/app:v1 --depth 0");
    assert_eq!(
        out.stderr_text(),
        "Error: depth value should be at least 1\n"
    );
    let out = sb.oras("discover localhost:1/app:v1 --format json -o json");
    assert_eq!(
        out.stderr_text(),
        "Error: --format, --output cannot be used at the same time\n"
    );
}

#[test]
fn attach_and_discover_in_an_oci_layout() {
    let sb = sandbox("localhost:1", "[REGISTRY]");
    assert_eq!(
        sb.oras(&format!("push --oci-layout lay:v1 hi.txt {CREATED}"))
            .code,
        0
    );
    let out = sb.oras(&format!(
        "attach --oci-layout lay:v1 sig.txt --artifact-type application/x.sig {CREATED}"
    ));
    assert_eq!(out.code, 0, "{}", out.stderr_text());
    assert!(
        out.stdout_text()
            .contains("Attached to [oci-layout] lay@sha256:8ab15591484c"),
        "{}",
        out.stdout_text()
    );
    let digest = digest_line(&out.stdout_text());
    let out = sb.oras("discover --oci-layout lay:v1");
    assert_eq!(
        out.stdout_text(),
        format!(
            "lay@sha256:8ab15591484c23d887e19eb63c197e6cd73224dc7019d5bbf2863cf3bd298349\n└── application/x.sig\n    └── {digest}\n        └── [annotations]\n            └── org.opencontainers.image.created: \"2025-01-01T00:00:00Z\"\n"
        )
    );
}

/// Many referrers of one subject pushed at once through the library: the per-subject lock
/// keeps every one of them in the tag-schema index.
#[test]
fn concurrent_referrer_pushes_keep_every_entry() {
    use oras::auth::client::AuthClient;
    use oras::auth::{Credential, StaticCredential};
    use oras::content::Descriptor;
    use oras::content::pack::{ImageSpec, PackOptions, pack_manifest};
    use oras::http::ClientOptions;
    use oras::reference::Reference;
    use oras::targets::remote::Repository;
    use oras::targets::{ReadOnlyTarget, Target, bytes_reader};
    use std::sync::Arc;

    let reg = TestRegistry::start();
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let client = Arc::new(
            AuthClient::new(
                &ClientOptions::default(),
                Arc::new(StaticCredential(Credential::default())),
            )
            .unwrap(),
        );
        let repo = Arc::new(Repository::new(
            Reference::parse(&format!("{}/lock", reg.host())).unwrap(),
            client,
            true,
        ));
        let empty = Descriptor::empty_json();
        repo.push(&empty, bytes_reader(b"{}".to_vec()))
            .await
            .unwrap();
        let pack = |subject: Option<Descriptor>, n: usize| {
            pack_manifest(PackOptions {
                spec: ImageSpec::V1_1,
                artifact_type: format!("application/x.n{n}"),
                config: None,
                config_annotations: Default::default(),
                layers: Vec::new(),
                subject,
                manifest_annotations: Default::default(),
                now: "2025-01-01T00:00:00Z".into(),
            })
            .unwrap()
        };
        let subject = pack(None, 0);
        repo.push(&subject.desc, bytes_reader(subject.bytes.clone()))
            .await
            .unwrap();
        let n = 8;
        let pushes = (1..=n).map(|i| {
            let repo = repo.clone();
            let p = pack(Some(subject.desc.plain()), i);
            tokio::spawn(async move { repo.push(&p.desc, bytes_reader(p.bytes)).await })
        });
        for h in futures_util::future::join_all(pushes).await {
            h.unwrap().unwrap();
        }
        let referrers = repo.referrers(&subject.desc.plain(), None).await.unwrap();
        assert_eq!(referrers.len(), n, "{referrers:?}");
    });
}
