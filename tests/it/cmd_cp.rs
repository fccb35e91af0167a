//! `oras cp` against real docker-registry processes: mounts within one registry, several
//! tags, by-digest sources, a registry with htpasswd auth (destination error prefix),
//! registry ⇄ OCI layout, and `-r` with a referrer seeded over raw HTTP (tag schema).
//! Expected outputs are the transcripts of Go oras 1.3.0 in `shared/golden/`.

use crate::support::command::{Finished, Hermetic, bash, run};
use crate::support::http;
use crate::support::paths::{golden_dir, oras_bin};
use crate::support::registry::{RegistryOpts, TestRegistry};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

const CREATED: &str = "--annotation org.opencontainers.image.created=2025-01-01T00:00:00Z";
/// `hi.txt` pushed by copy-oci-layout / copy-recursive step 01.
const APP_DIGEST: &str = "sha256:8ab15591484c23d887e19eb63c197e6cd73224dc7019d5bbf2863cf3bd298349";
/// The signature referrer attached in step 02 of those scenarios.
const SIG_MANIFEST: &str = "90e2be692ce15917e8b7d79ca6370b75d4d608daf4da4c703fd6e31ecc7bd569";
const SIG_BLOB: &str = "fd2bec037c6cb23e029f4733750d22ed6d04e4c10274086a7d99a9dd6d79c090";

/// A work dir with HOME and TMPDIR for hermetic runs.
struct Work {
    _root: tempfile::TempDir,
    cwd: PathBuf,
    home: PathBuf,
    tmp: PathBuf,
}

impl Work {
    fn new(files: &[(&str, &str)]) -> Work {
        let root = tempfile::tempdir().expect("temp dir");
        let cwd = root.path().join("w");
        let home = cwd.join("home");
        let tmp = root.path().join("tmp");
        std::fs::create_dir_all(&home).unwrap();
        std::fs::create_dir_all(&tmp).unwrap();
        for (name, text) in files {
            std::fs::write(cwd.join(name), text).unwrap();
        }
        Work {
            _root: root,
            cwd,
            home,
            tmp,
        }
    }

    /// Run `oras <args>`.
    fn oras(&self, args: &str) -> Finished {
        let script = format!("'{}' {args}", oras_bin().display());
        let dirs = Hermetic {
            cwd: &self.cwd,
            home: &self.home,
            tmpdir: &self.tmp,
        };
        run(bash(&script, dirs), b"", Duration::from_secs(120))
    }

    fn ok(&self, args: &str) -> String {
        let out = self.oras(args);
        assert_eq!(
            out.code,
            0,
            "oras {args}\nstdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
}

/// A recorded output with the placeholders replaced.
fn golden(file: &str, subst: &[(&str, &str)]) -> String {
    let mut text = std::fs::read_to_string(golden_dir().join(file))
        .unwrap_or_else(|e| panic!("reading golden {file}: {e}"));
    for (from, to) in subst {
        text = text.replace(from, to);
    }
    text
}

/// One HTTP/1.1 request with a body (the harness client sends none): a raw seeder that
/// shares no code with the binary under test.
fn send(port: u16, method: &str, path: &str, content_type: &str, body: &[u8]) -> (u16, String) {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost:{port}\r\nContent-Type: {content_type}\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).to_string();
    let status = text[9..12].parse().unwrap();
    (status, text)
}

fn upload_blob(port: u16, repo: &str, bytes: &[u8]) {
    let digest = format!("sha256:{}", sha256_hex(bytes));
    let (status, text) = send(
        port,
        "POST",
        &format!("/v2/{repo}/blobs/uploads/"),
        "application/octet-stream",
        b"",
    );
    assert_eq!(status, 202, "{text}");
    let location = text
        .lines()
        .find_map(|l| {
            l.strip_prefix("Location: ")
                .or_else(|| l.strip_prefix("location: "))
        })
        .unwrap()
        .trim()
        .to_string();
    let path = location
        .split_once(&format!("localhost:{port}"))
        .map_or(location.clone(), |(_, p)| p.to_string());
    let (status, text) = send(
        port,
        "PUT",
        &format!("{path}&digest={digest}"),
        "application/octet-stream",
        bytes,
    );
    assert_eq!(status, 201, "{text}");
}

fn put_manifest(port: u16, repo: &str, reference: &str, media_type: &str, bytes: &[u8]) {
    let (status, text) = send(
        port,
        "PUT",
        &format!("/v2/{repo}/manifests/{reference}"),
        media_type,
        bytes,
    );
    assert_eq!(status, 201, "{text}");
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    hex::encode(sha2::Sha256::digest(bytes))
}

fn get_manifest(port: u16, repo: &str, reference: &str) -> http::Response {
    http::request(
        port,
        "GET",
        &format!("/v2/{repo}/manifests/{reference}"),
        &[(
            "Accept",
            "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json",
        )],
    )
    .unwrap()
}

/// `app:v1` (hi.txt) plus the signature referrer of the golden scenarios, seeded as oras
/// attach leaves it on a registry without the referrers API (tag-schema index).
fn seed_app_with_referrer(reg: &TestRegistry, work: &Work) {
    work.ok(&format!(
        "push {}/app:v1 hi.txt {CREATED} --concurrency 1",
        reg.host()
    ));
    let blob = |hex: &str, scenario_file: &str| -> Vec<u8> {
        let p = golden_dir().join(scenario_file);
        let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        assert_eq!(sha256_hex(&bytes), hex);
        bytes
    };
    let sig = blob(
        SIG_BLOB,
        &format!("copy-oci-layout/04.file.layout-r__blobs__sha256__{SIG_BLOB}"),
    );
    let manifest = blob(
        SIG_MANIFEST,
        &format!("copy-oci-layout/04.file.layout-r__blobs__sha256__{SIG_MANIFEST}"),
    );
    upload_blob(reg.port(), "app", &sig);
    put_manifest(
        reg.port(),
        "app",
        &format!("sha256:{SIG_MANIFEST}"),
        "application/vnd.oci.image.manifest.v1+json",
        &manifest,
    );
    let index =
        std::fs::read(golden_dir().join("copy-recursive/05.manifest.tagschema_app-copy_v1.json"))
            .unwrap();
    put_manifest(
        reg.port(),
        "app",
        &format!("sha256-{}", APP_DIGEST.trim_start_matches("sha256:")),
        "application/vnd.oci.image.index.v1+json",
        &index,
    );
}

#[test]
fn copy_within_a_registry_mounts_and_tags() {
    let reg = TestRegistry::start();
    let h = reg.host();
    let work = Work::new(&[("a.txt", "content of a\n"), ("b.txt", "content of b\n")]);
    let sub = [("[REGISTRY]", h.as_str())];
    assert_eq!(
        work.ok(&format!(
            "push {h}/src:v1 a.txt b.txt {CREATED} --concurrency 1"
        )),
        golden("copy-basic/01.stdout", &sub)
    );
    assert_eq!(
        work.ok(&format!("cp {h}/src:v1 {h}/dst:v1 --concurrency 1")),
        golden("copy-basic/02.stdout", &sub)
    );
    assert_eq!(
        get_manifest(reg.port(), "dst", "v1").body,
        std::fs::read(golden_dir().join("copy-basic/02.manifest.dst_v1.json")).unwrap()
    );
    assert_eq!(
        work.ok(&format!("cp {h}/src:v1 {h}/dst:v2,v3,v4 --concurrency 1")),
        golden("copy-basic/03.stdout", &sub)
    );
    let tags = http::request(reg.port(), "GET", "/v2/dst/tags/list", &[]).unwrap();
    let mut list: serde_json::Value = serde_json::from_slice(&tags.body).unwrap();
    list["tags"]
        .as_array_mut()
        .unwrap()
        .sort_by_key(|v| v.as_str().unwrap().to_string());
    assert_eq!(list["tags"], serde_json::json!(["v1", "v2", "v3", "v4"]));
    let digest = "sha256:e916dc4cf68f497ec9c9496028d5fb133e181ce174a2528ccd5a10d0537c1290";
    assert_eq!(
        work.ok(&format!(
            "cp {h}/src@{digest} {h}/bydigest:v1 --concurrency 1"
        )),
        golden("copy-basic/05.stdout", &sub)
    );
    // no destination tag: pushed by digest only, and nothing is left to copy the 2nd time
    let out = work.ok(&format!("copy {h}/src:v1 {h}/untagged --concurrency 1"));
    assert!(out.starts_with("Mounted 44136fa355b3"), "{out}");
    assert!(out.contains(&format!(
        "Copied [registry] {h}/src:v1 => [registry] {h}/untagged\n"
    )));
    assert_eq!(get_manifest(reg.port(), "untagged", digest).status, 200);
    let again = work.ok(&format!("cp {h}/src:v1 {h}/untagged --concurrency 1"));
    assert_eq!(
        again,
        format!(
            "Exists  e916dc4cf68f application/vnd.oci.image.manifest.v1+json\n\
             Copied [registry] {h}/src:v1 => [registry] {h}/untagged\nDigest: {digest}\n"
        )
    );
}

#[test]
fn copy_to_a_registry_with_basic_auth() {
    let reg = TestRegistry::start();
    let auth = TestRegistry::start_with(RegistryOpts::with_test_user());
    let (h, a) = (reg.host(), auth.host());
    let work = Work::new(&[("a.txt", "content of a\n"), ("b.txt", "content of b\n")]);
    let sub = [("[REGISTRY]", h.as_str()), ("[AUTH]", a.as_str())];
    work.ok(&format!(
        "push {h}/src:v1 a.txt b.txt {CREATED} --concurrency 1"
    ));
    let creds = "--to-username testuser --to-password testpassword";
    let out = work.oras(&format!(
        "copy {h}/src:v1 {a}/mirror:v1 {creds} --concurrency 1"
    ));
    assert_eq!(
        (out.code, String::from_utf8_lossy(&out.stdout).to_string()),
        (0, golden("copy-basic/06.stdout", &sub))
    );
    // prefixed password flags print no warning
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    let out = work.oras(&format!("cp {h}/src:v1 {a}/mirror:v1 --concurrency 1"));
    let tmp = work.cwd.display().to_string();
    let mut sub_err = sub.to_vec();
    sub_err.push(("[TMP]", tmp.as_str()));
    assert_eq!(out.code, 1);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        golden("copy-basic/07.stderr", &sub_err)
    );
    assert_eq!(
        work.ok(&format!(
            "cp {h}/src:v1 {a}/mirror:v1 {creds} --concurrency 1"
        )),
        golden("copy-basic/08.stdout", &sub)
    );
}

/// index.json with its manifests sorted (Go writes them in map order).
fn sorted_index(path: &Path) -> serde_json::Value {
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    v["manifests"]
        .as_array_mut()
        .unwrap()
        .sort_by_key(|m| m["digest"].as_str().unwrap().to_string());
    v
}

#[test]
fn copy_registry_to_layout_and_back_with_referrers() {
    let reg = TestRegistry::start();
    let h = reg.host();
    let work = Work::new(&[("hi.txt", "hello world\n")]);
    let sub = [("[REGISTRY]", h.as_str())];
    seed_app_with_referrer(&reg, &work);

    assert_eq!(
        work.ok(&format!(
            "cp {h}/app:v1 --to-oci-layout layout:v1 --concurrency 1"
        )),
        golden("copy-oci-layout/03.stdout", &sub)
    );
    let want: serde_json::Value =
        serde_json::from_str(&golden("copy-oci-layout/03.file.layout__index.json", &sub)).unwrap();
    assert_eq!(sorted_index(&work.cwd.join("layout/index.json")), want);

    assert_eq!(
        work.ok(&format!(
            "cp -r {h}/app:v1 --to-oci-layout layout-r:v1 --concurrency 1"
        )),
        golden("copy-oci-layout/04.stdout", &sub)
    );
    let want: serde_json::Value = serde_json::from_str(&golden(
        "copy-oci-layout/04.file.layout-r__index.json",
        &sub,
    ))
    .unwrap();
    let mut want_sorted = want.clone();
    want_sorted["manifests"]
        .as_array_mut()
        .unwrap()
        .sort_by_key(|m| m["digest"].as_str().unwrap().to_string());
    assert_eq!(
        sorted_index(&work.cwd.join("layout-r/index.json")),
        want_sorted
    );
    let blob = work.cwd.join(format!("layout-r/blobs/sha256/{SIG_BLOB}"));
    assert_eq!(std::fs::read(blob).unwrap(), b"signature-bytes\n");

    assert_eq!(
        work.ok(&format!(
            "cp -r --from-oci-layout layout-r:v1 {h}/restored:v1 --concurrency 1"
        )),
        golden("copy-oci-layout/06.stdout", &sub)
    );
    let tag = format!("sha256-{}", APP_DIGEST.trim_start_matches("sha256:"));
    assert_eq!(
        get_manifest(reg.port(), "restored", &tag).body,
        std::fs::read(golden_dir().join("copy-oci-layout/06.manifest.tagschema_restored_v1.json"))
            .unwrap()
    );
}

#[test]
fn recursive_copy_within_the_tag_schema_registry() {
    let reg = TestRegistry::start();
    let h = reg.host();
    let work = Work::new(&[("hi.txt", "hello world\n")]);
    let sub = [("[REGISTRY]", h.as_str())];
    seed_app_with_referrer(&reg, &work);
    assert_eq!(
        work.ok(&format!(
            "cp --recursive {h}/app:v1 {h}/app-copy:v1 --concurrency 1"
        )),
        golden("copy-recursive/05.stdout", &sub)
    );
    let tag = format!("sha256-{}", APP_DIGEST.trim_start_matches("sha256:"));
    assert_eq!(
        get_manifest(reg.port(), "app-copy", &tag).body,
        std::fs::read(golden_dir().join("copy-recursive/05.manifest.tagschema_app-copy_v1.json"))
            .unwrap()
    );
    assert_eq!(
        work.ok(&format!("cp {h}/app:v1 {h}/app-norefs:v1 --concurrency 1")),
        golden("copy-recursive/07.stdout", &sub)
    );
    assert_eq!(get_manifest(reg.port(), "app-norefs", &tag).status, 404);
    // the referrer copied by -r is there, and a second -r finds everything in place
    assert_eq!(
        get_manifest(reg.port(), "app-copy", &format!("sha256:{SIG_MANIFEST}")).status,
        200
    );
    assert_eq!(
        work.ok(&format!("cp -r {h}/app:v1 {h}/app-copy:v1 --concurrency 1")),
        format!(
            "Exists  {} application/vnd.oci.image.manifest.v1+json\n\
             Copied [registry] {h}/app:v1 => [registry] {h}/app-copy:v1\nDigest: {APP_DIGEST}\n",
            &SIG_MANIFEST[..12]
        )
    );
}

#[test]
fn flag_and_reference_errors() {
    let work = Work::new(&[]);
    let err = |args: &str| {
        let out = work.oras(args);
        assert_eq!(out.code, 1, "oras {args}");
        String::from_utf8(out.stderr).unwrap()
    };
    assert_eq!(
        err("cp localhost:1/a:v1"),
        "Error: \"oras cp\" requires exactly 2 argument but got 1\n\
         Usage: oras cp [flags] <from>{:<tag>|@<digest>} <to>[:<tag>[,<tag>][...]]\n\
         Please specify exactly 2 argument as the source and destination for copying. Run \"oras cp -h\" for more options and examples\n"
    );
    assert_eq!(
        err("cp localhost:1/a localhost:1/b:v1"),
        "Error: \"localhost:1/a\": no tag or digest specified\n\
         Usage: oras cp [flags] <from>{:<tag>|@<digest>} <to>[:<tag>[,<tag>][...]]\n\
         Please specify a reference in the form of \"<name>:<tag>\" or \"<name>@<digest>\". Run \"oras cp -h\" for more options and examples\n"
    );
    assert_eq!(
        err("cp --to-distribution-spec v9 localhost:1/a:v1 localhost:1/b:v1"),
        "Error: invalid argument \"v9\" for \"--to-distribution-spec\" flag: unknown distribution specification flag: v9\n\
         Available options: v1.1-referrers-tag, v1.1-referrers-api\n"
    );
    assert_eq!(
        err("cp --from-username u --from-identity-token t localhost:1/a:v1 localhost:1/b:v1"),
        "Error: --from-username, --from-identity-token cannot be used at the same time\n"
    );
    assert_eq!(
        err("cp --to-cert-file c localhost:1/a:v1 localhost:1/b:v1"),
        "Error: --to-cert-file must be used in conjunction with --to-key-file\n"
    );
    assert!(
        err("cp -u x localhost:1/a:v1 localhost:1/b:v1")
            .starts_with("Error: unknown shorthand flag: 'u'")
    );
    assert_eq!(
        err("cp --from-password-stdin localhost:1/a:v1 localhost:1/b:v1"),
        "Error: unknown flag: --from-password-stdin\n"
    );
    // the source layout must exist
    let e = err("cp --from-oci-layout missing:v1 localhost:1/b:v1");
    assert!(
        e.starts_with("Error: invalid argument \"missing:v1\": failed to find path \"missing\""),
        "{e}"
    );
}
