//! attach, discover and manifest index against a real docker-registry (tag schema) and the
//! referrers test server (OCI 1.1 referrers API), compared with the golden transcripts of
//! oras 1.3.0; plus the per-subject lock of referrers index updates through the library.

use crate::support::referrers_server::ReferrersServer;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/golden");
const CREATED: &str = "--annotation org.opencontainers.image.created=2025-01-01T00:00:00Z";

/// A docker-registry (distribution 2.8.2) on a free 127.0.0.1 port, killed by pid on drop.
/// (Local spawner until the shared harness `support::registry` is on main.)
struct Registry {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Registry {
    fn start() -> Registry {
        let dir = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let config = dir.path().join("config.yml");
        std::fs::write(
            &config,
            format!(
                "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:{port}\n",
                dir.path().join("data").display()
            ),
        )
        .unwrap();
        let child = Command::new("/usr/bin/docker-registry")
            .arg("serve")
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("docker-registry is needed (apt-get install docker-registry)");
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        Registry {
            child,
            port,
            _dir: dir,
        }
    }

    fn host(&self) -> String {
        format!("localhost:{}", self.port)
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A work dir with the scenario's inputs and a private HOME.
struct Work {
    dir: tempfile::TempDir,
    host: String,
    placeholder: &'static str,
}

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Work {
    fn new(host: String, placeholder: &'static str) -> Work {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("home")).unwrap();
        for (name, text) in [
            ("hi.txt", "hello world\n"),
            ("sig.txt", "signature-bytes\n"),
            ("counter.txt", "countersign\n"),
            (
                "sbom.json",
                "{\"spdxVersion\":\"SPDX-2.3\",\"name\":\"demo\"}\n",
            ),
            ("a.txt", "content of a\n"),
            ("b.txt", "content of b\n"),
        ] {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        Work {
            dir,
            host,
            placeholder,
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Run a command line (with `{reg}` for the registry) through bash, outputs normalised.
    fn run(&self, cmd: &str) -> Out {
        let oras = env!("CARGO_BIN_EXE_oras");
        let line = cmd
            .replace("{oras}", oras)
            .replace("{reg}", &self.host)
            .replace("{zot}", &self.host);
        let out = Command::new("bash")
            .arg("-c")
            .arg(&line)
            .current_dir(self.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path().join("home"))
            .env("LANG", "C.UTF-8")
            .env("TZ", "UTC")
            .env("TERM", "dumb")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let norm = |b: &[u8]| String::from_utf8_lossy(b).replace(&self.host, self.placeholder);
        Out {
            code: out.status.code().unwrap_or(-1),
            stdout: norm(&out.stdout),
            stderr: norm(&out.stderr),
        }
    }

    /// Run step `n` of a golden scenario and require its exit code, stdout and stderr.
    fn step(&self, scenario: &str, n: u32) -> Out {
        let dir = PathBuf::from(GOLDEN).join(scenario);
        let read = |ext: &str| std::fs::read_to_string(dir.join(format!("{n:02}.{ext}"))).unwrap();
        let out = self.run(read("cmd").trim_end());
        let want_code: i32 = read("exit").trim().parse().unwrap();
        assert_eq!(
            out.code, want_code,
            "{scenario} step {n} exit; stderr: {}",
            out.stderr
        );
        assert_eq!(out.stdout, read("stdout"), "{scenario} step {n} stdout");
        assert_eq!(out.stderr, read("stderr"), "{scenario} step {n} stderr");
        out
    }

    fn golden_file(scenario: &str, name: &str) -> Vec<u8> {
        std::fs::read(PathBuf::from(GOLDEN).join(scenario).join(name)).unwrap()
    }

    /// GET a registry path, body as text.
    fn get(&self, path: &str, accept: &str) -> String {
        self.run(&format!(
            "curl -s -H 'Accept: {accept}' http://{{reg}}{path}"
        ))
        .stdout
    }
}

const INDEX_MT: &str = "application/vnd.oci.image.index.v1+json";

#[test]
fn attach_discover_tag_schema_golden() {
    let reg = Registry::start();
    let w = Work::new(reg.host(), "[REGISTRY]");
    let s = "attach-discover-tag-schema";
    w.step(s, 1);
    w.step(s, 2);
    assert_eq!(
        std::fs::read(w.path().join("sig-manifest.json")).unwrap(),
        Work::golden_file(s, "02.file.sig-manifest.json")
    );
    let tag =
        "/v2/app/manifests/sha256-8ab15591484c23d887e19eb63c197e6cd73224dc7019d5bbf2863cf3bd298349";
    assert_eq!(
        w.get(tag, INDEX_MT).into_bytes(),
        Work::golden_file(s, "02.manifest.tagschema_after_sig.json")
    );
    w.step(s, 3);
    assert_eq!(
        w.get(tag, INDEX_MT).into_bytes(),
        Work::golden_file(s, "03.manifest.tagschema_after_sbom.json")
    );
    for n in 4..=6 {
        w.step(s, n);
    }
}

#[test]
fn attach_discover_referrers_api_golden() {
    let server = ReferrersServer::start();
    let w = Work::new(server.host(), "[ZOT]");
    let s = "attach-discover-referrers-api";
    for n in 1..=3 {
        w.step(s, n);
    }
    let listing = w.get(
        "/v2/app/referrers/sha256:8ab15591484c23d887e19eb63c197e6cd73224dc7019d5bbf2863cf3bd298349",
        INDEX_MT,
    );
    assert_eq!(
        listing.into_bytes(),
        Work::golden_file(s, "03.manifest.referrers_app_v1.json")
    );
    // step 4 writes sig.digest through a go-template; the JSON output gives the same digest
    std::fs::write(
        w.path().join("sig.digest"),
        "sha256:90e2be692ce15917e8b7d79ca6370b75d4d608daf4da4c703fd6e31ecc7bd569\n",
    )
    .unwrap();
    for n in 5..=8 {
        w.step(s, n);
    }
    // the registry indexed the subjects itself: no tag-schema index was pushed
    let tags =
        w.run("{oras} repo tags {reg}/app 2>/dev/null || curl -s http://{reg}/v2/app/tags/list");
    assert!(!tags.stdout.contains("sha256-"), "{}", tags.stdout);
}

#[test]
fn discover_go_template_golden() {
    let server = ReferrersServer::start();
    let w = Work::new(server.host(), "[ZOT]");
    let s = "attach-discover-referrers-api";
    for n in 1..=9 {
        w.step(s, n);
    }
}

#[test]
fn manifest_index_golden() {
    let reg = Registry::start();
    let w = Work::new(reg.host(), "[REGISTRY]");
    let s = "manifest-index";
    w.step(s, 1);
    w.step(s, 2);
    w.step(s, 3);
    assert_eq!(
        w.get("/v2/multi/manifests/index", INDEX_MT).into_bytes(),
        Work::golden_file(s, "03.manifest.multi_index.json")
    );
    w.step(s, 4);
    std::fs::write(
        w.path().join("arm64.digest"),
        "sha256:67521ad1d731f226a7de19ce9c0df714ac91304a77213f565493a2ec29a0f329\n",
    )
    .unwrap();
    w.step(s, 6);
    assert_eq!(
        w.get("/v2/multi/manifests/amd64-only", INDEX_MT)
            .into_bytes(),
        Work::golden_file(s, "06.manifest.multi_amd64-only.json")
    );
    w.step(s, 7);
    assert_eq!(
        w.get("/v2/multi/manifests/both", INDEX_MT).into_bytes(),
        Work::golden_file(s, "07.manifest.multi_both.json")
    );
    let out = w.run("{oras} manifest index update {reg}/multi:both");
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "Nothing to update as no change is requested\n")
    );
    let out = w.run("{oras} manifest index update {reg}/multi:both --remove arm64");
    assert_eq!(out.stderr, "Error: remove: arm64 is not a digest\n");
    let out = w.run("{oras} manifest index update {reg}/multi:both --add arm64 --tag t -o x.json");
    assert_eq!(
        out.stderr,
        "Error: --tag, --output cannot be used at the same time\n"
    );
}

#[test]
fn distribution_spec_forces_the_referrers_mode() {
    // docker-registry has no referrers API: forcing it pushes no tag-schema index and
    // listing fails instead of falling back
    let reg = Registry::start();
    let w = Work::new(reg.host(), "[REGISTRY]");
    assert_eq!(
        w.run(&format!("{{oras}} push {{reg}}/app:v1 hi.txt {CREATED}"))
            .code,
        0
    );
    let out = w.run(&format!(
        "{{oras}} attach {{reg}}/app:v1 sig.txt --artifact-type application/x.sig --distribution-spec v1.1-referrers-api {CREATED}"
    ));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let tags = w.get("/v2/app/tags/list", "application/json");
    assert_eq!(tags, r#"{"name":"app","tags":["v1"]}"#.to_string() + "\n");
    let out = w.run("{oras} discover {reg}/app:v1 --distribution-spec v1.1-referrers-api");
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (1, "Error: failed to query referrers API: unsupported\n")
    );
    let out = w.run("{oras} discover {reg}/app:v1 --distribution-spec v1.1-referrers-x");
    assert_eq!(
        out.stderr,
        "Error: invalid argument \"v1.1-referrers-x\" for \"--distribution-spec\" flag: unknown distribution specification flag: v1.1-referrers-x\nAvailable options: v1.1-referrers-tag, v1.1-referrers-api\n"
    );

    // a registry with the API still gets a tag-schema index when the tag schema is forced
    let server = ReferrersServer::start();
    let w = Work::new(server.host(), "[ZOT]");
    assert_eq!(
        w.run(&format!("{{oras}} push {{reg}}/app:v1 hi.txt {CREATED}"))
            .code,
        0
    );
    let out = w.run(&format!(
        "{{oras}} attach {{reg}}/app:v1 sig.txt --artifact-type application/x.sig --distribution-spec v1.1-referrers-tag {CREATED}"
    ));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let tags = w.get("/v2/app/tags/list", "application/json");
    assert!(tags.contains("sha256-8ab15591484c"), "{tags}");
    let out =
        w.run("{oras} discover {reg}/app:v1 --distribution-spec v1.1-referrers-tag --format json");
    assert!(out.stdout.contains("application/x.sig"), "{}", out.stdout);
}

#[test]
fn attach_and_discover_errors() {
    let w = Work::new("localhost:1".into(), "[REGISTRY]");
    let out = w.run("{oras} attach localhost:1/app:v1 hi.txt");
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (1, "Error: required flag(s) \"artifact-type\" not set\n")
    );
    let out = w.run("{oras} attach localhost:1/app:v1 --artifact-type a/b");
    assert_eq!(
        out.stderr,
        "Error: neither file nor annotation provided in the command\nUsage: oras attach [flags] --artifact-type=<type> <name>{:<tag>|@<digest>} {<file>[:<layer_media_type>]|--annotation <key>=<value>} [...]\nTo attach to an existing artifact, please provide files via argument or annotations via flag \"--annotation\". Run \"oras attach -h\" for more options and examples\n"
    );
    let out = w.run("{oras} discover localhost:1/app:v1 --depth 0");
    assert_eq!(out.stderr, "Error: depth value should be at least 1\n");
    let out = w.run("{oras} discover localhost:1/app:v1 --format json -o json");
    assert_eq!(
        out.stderr,
        "Error: --format, --output cannot be used at the same time\n"
    );
}

#[test]
fn attach_and_discover_in_an_oci_layout() {
    let w = Work::new("localhost:1".into(), "[REGISTRY]");
    assert_eq!(
        w.run(&format!(
            "{{oras}} push --oci-layout lay:v1 hi.txt {CREATED}"
        ))
        .code,
        0
    );
    let out = w.run(&format!(
        "{{oras}} attach --oci-layout lay:v1 sig.txt --artifact-type application/x.sig {CREATED}"
    ));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("Attached to [oci-layout] lay@sha256:8ab15591484c"),
        "{}",
        out.stdout
    );
    let digest = out
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("Digest: "))
        .unwrap()
        .to_string();
    let out = w.run("{oras} discover --oci-layout lay:v1");
    assert_eq!(
        out.stdout,
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

    let reg = Registry::start();
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
