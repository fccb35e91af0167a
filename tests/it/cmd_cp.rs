//! `oras cp` against real docker-registry processes, beyond the golden transcripts
//! (`golden::scenarios::copy_*`): a destination without a tag, `-r` within the tag-schema
//! registry with a referrer seeded over raw HTTP (what is and is not copied, and a second
//! `-r`), referrers pushed ahead of their subject (their index written while the subject
//! still travels; a failed copy completed by the next), and flag and reference errors. Expected outputs are the transcripts of Go oras
//! 1.3.0 in `shared/golden/` where they exist.

use crate::cmd_net::noise;
use crate::support::command::CREATED;
use crate::support::fault_proxy::{Action, FaultProxy, Rule, Seen, subject_fails_after_referrers};
use crate::support::paths::golden_dir;
use crate::support::registry::TestRegistry;
use crate::support::sandbox::Sandbox;
use crate::support::seed;

/// `hi.txt` pushed by copy-oci-layout / copy-recursive step 01.
const APP_DIGEST: &str = "sha256:8ab15591484c23d887e19eb63c197e6cd73224dc7019d5bbf2863cf3bd298349";
/// The signature referrer attached in step 02 of those scenarios.
const SIG_MANIFEST: &str = "90e2be692ce15917e8b7d79ca6370b75d4d608daf4da4c703fd6e31ecc7bd569";
const SIG_BLOB: &str = "fd2bec037c6cb23e029f4733750d22ed6d04e4c10274086a7d99a9dd6d79c090";

/// A sandbox with these files.
fn sandbox(files: &[(&str, &str)]) -> Sandbox {
    let sb = Sandbox::new();
    for (name, text) in files {
        sb.write(name, text.as_bytes());
    }
    sb
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

/// `app:v1` (hi.txt) plus the signature referrer of the golden scenarios, seeded as oras
/// attach leaves it on a registry without the referrers API (tag-schema index).
fn seed_app_with_referrer(reg: &TestRegistry, sb: &Sandbox) {
    sb.ok(&format!(
        "push {}/app:v1 hi.txt {CREATED} --concurrency 1",
        reg.host()
    ));
    let golden_bytes = |hex: &str, scenario_file: &str| -> Vec<u8> {
        let p = golden_dir().join(scenario_file);
        let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        assert_eq!(seed::digest(&bytes), format!("sha256:{hex}"));
        bytes
    };
    let sig = golden_bytes(
        SIG_BLOB,
        &format!("copy-oci-layout/04.file.layout-r__blobs__sha256__{SIG_BLOB}"),
    );
    let manifest = golden_bytes(
        SIG_MANIFEST,
        &format!("copy-oci-layout/04.file.layout-r__blobs__sha256__{SIG_MANIFEST}"),
    );
    seed::put_blob(reg.port(), "app", &sig);
    seed::put_manifest(
        reg.port(),
        "app",
        &format!("sha256:{SIG_MANIFEST}"),
        "application/vnd.oci.image.manifest.v1+json",
        &manifest,
    );
    let index =
        std::fs::read(golden_dir().join("copy-recursive/05.manifest.tagschema_app-copy_v1.json"))
            .unwrap();
    seed::put_manifest(
        reg.port(),
        "app",
        &format!("sha256-{}", APP_DIGEST.trim_start_matches("sha256:")),
        "application/vnd.oci.image.index.v1+json",
        &index,
    );
}

/// No destination tag: the manifest is pushed by digest only, and a second copy finds
/// everything in place.
#[test]
fn copy_without_a_destination_tag_pushes_by_digest() {
    let reg = TestRegistry::start();
    let h = reg.host();
    let sb = sandbox(&[("a.txt", "content of a\n"), ("b.txt", "content of b\n")]);
    sb.ok(&format!(
        "push {h}/src:v1 a.txt b.txt {CREATED} --concurrency 1"
    ));
    let digest = "sha256:e916dc4cf68f497ec9c9496028d5fb133e181ce174a2528ccd5a10d0537c1290";
    let out = sb.ok(&format!("copy {h}/src:v1 {h}/untagged --concurrency 1"));
    assert!(out.starts_with("Mounted 44136fa355b3"), "{out}");
    assert!(out.contains(&format!(
        "Copied [registry] {h}/src:v1 => [registry] {h}/untagged\n"
    )));
    assert_eq!(reg.manifest("untagged", digest).status, 200);
    let again = sb.ok(&format!("cp {h}/src:v1 {h}/untagged --concurrency 1"));
    assert_eq!(
        again,
        format!(
            "Exists  e916dc4cf68f application/vnd.oci.image.manifest.v1+json\n\
             Copied [registry] {h}/src:v1 => [registry] {h}/untagged\nDigest: {digest}\n"
        )
    );
}

#[test]
fn recursive_copy_within_the_tag_schema_registry() {
    let reg = TestRegistry::start();
    let h = reg.host();
    let sb = sandbox(&[("hi.txt", "hello world\n")]);
    let sub = [("[REGISTRY]", h.as_str())];
    seed_app_with_referrer(&reg, &sb);
    assert_eq!(
        sb.ok(&format!(
            "cp --recursive {h}/app:v1 {h}/app-copy:v1 --concurrency 1"
        )),
        golden("copy-recursive/05.stdout", &sub)
    );
    let tag = format!("sha256-{}", APP_DIGEST.trim_start_matches("sha256:"));
    assert_eq!(
        reg.manifest("app-copy", &tag).body,
        std::fs::read(golden_dir().join("copy-recursive/05.manifest.tagschema_app-copy_v1.json"))
            .unwrap()
    );
    assert_eq!(
        sb.ok(&format!("cp {h}/app:v1 {h}/app-norefs:v1 --concurrency 1")),
        golden("copy-recursive/07.stdout", &sub)
    );
    assert_eq!(reg.manifest("app-norefs", &tag).status, 404);
    // the referrer copied by -r is there, and a second -r finds everything in place
    assert_eq!(
        reg.manifest("app-copy", &format!("sha256:{SIG_MANIFEST}"))
            .status,
        200
    );
    assert_eq!(
        sb.ok(&format!("cp -r {h}/app:v1 {h}/app-copy:v1 --concurrency 1")),
        format!(
            "Exists  {} application/vnd.oci.image.manifest.v1+json\n\
             Copied [registry] {h}/app:v1 => [registry] {h}/app-copy:v1\nDigest: {APP_DIGEST}\n",
            &SIG_MANIFEST[..12]
        )
    );
}

#[test]
fn flag_and_reference_errors() {
    let sb = sandbox(&[]);
    let err = |args: &str| sb.fails(args);
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

/// The artifact types of the two referrers of [`seed_subject_with_two_referrers`], sorted.
const REFERRER_TYPES: [&str; 2] = [
    "application/vnd.test.sbom",
    "application/vnd.test.signature",
];

/// `app:v1`: a subject over a 1 MiB layer, with two referrers attached on a registry
/// without the referrers API (so a tag-schema index); the digests of its layer and of the
/// subject manifest.
fn seed_subject_with_two_referrers(reg: &TestRegistry, sb: &Sandbox) -> (String, String) {
    let h = reg.host();
    sb.write("big.bin", &noise(1 << 20, 21));
    sb.write("a.txt", b"signature\n");
    sb.write("b.txt", b"sbom\n");
    sb.ok(&format!("push {h}/app:v1 big.bin {CREATED}"));
    for (file, kind) in [("a.txt", "signature"), ("b.txt", "sbom")] {
        sb.ok(&format!(
            "attach {h}/app:v1 {file} --artifact-type application/vnd.test.{kind} {CREATED}"
        ));
    }
    let subject = sb.ok(&format!("resolve {h}/app:v1")).trim().to_string();
    (seed::digest(&noise(1 << 20, 21)), subject)
}

/// When the proxy saw the first request of `method` whose path ends with `suffix`.
fn first_seen(to: &FaultProxy, method: &str, suffix: &str) -> Seen {
    to.requests_where(|r| r.method == method && r.target.ends_with(suffix))
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no {method} …{suffix}"))
}

/// The referrers listed for `app:v1` at `host`, as `discover` shows them.
fn referrer_types(sb: &Sandbox, host: &str) -> Vec<String> {
    let out = sb.ok(&format!("discover {host}/app:v1 --format json"));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut types: Vec<String> = v["referrers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["artifactType"].as_str().unwrap().to_string())
        .collect();
    types.sort();
    types
}

/// `cp -r` to a registry without the referrers API pushes the referrers, and writes the
/// index of their subject, while the subject's layer is still on its way (its upload is
/// held 800 ms): the index's quiet interval passes during the transfer instead of after
/// it. With `--concurrency 1`, oras's order: the subject's manifest before any referrer.
#[test]
fn cp_r_writes_the_referrers_index_while_the_subject_travels() {
    let (src, sb) = (TestRegistry::start(), Sandbox::new());
    let (layer, subject) = seed_subject_with_two_referrers(&src, &sb);
    let index_tag = format!(
        "/manifests/sha256-{}",
        subject.trim_start_matches("sha256:")
    );
    for concurrency in [3, 1] {
        let dst = TestRegistry::start();
        let to = FaultProxy::start(
            dst.port(),
            vec![Rule::new(
                "PUT",
                &format!("digest={layer}"),
                Action::Delay(std::time::Duration::from_millis(800)),
            )],
        );
        sb.ok(&format!(
            "cp -r {}/app:v1 {}/app:v1 --concurrency {concurrency}",
            src.host(),
            to.host()
        ));
        let subject_put = first_seen(&to, "PUT", &format!("/manifests/{subject}"));
        let index_put = first_seen(&to, "PUT", &index_tag);
        let referrer_puts = to.requests_where(|r| {
            r.method == "PUT"
                && r.target.contains("/manifests/sha256:")
                && !r.target.ends_with(&subject)
        });
        assert_eq!(referrer_puts.len(), 2, "{concurrency}: {referrer_puts:?}");
        if concurrency == 1 {
            assert!(referrer_puts.iter().all(|r| r.at > subject_put.at));
        } else {
            assert!(referrer_puts.iter().all(|r| r.at < subject_put.at));
            assert!(
                index_put.at < subject_put.at,
                "the index waited for the subject"
            );
        }
        assert_eq!(
            sb.ok(&format!("resolve {}/app:v1", dst.host())).trim(),
            subject
        );
        assert_eq!(referrer_types(&sb, &dst.host()), REFERRER_TYPES);
    }
}

/// A `cp -r` that fails on the subject after its referrers went ahead leaves them (and
/// their index) without the subject; the next `cp -r` finds every referrer in place and
/// still copies the subject, then tags it. A third run finds everything and reports just
/// the referrers, as oras does.
#[test]
fn cp_r_completes_a_subject_left_behind_by_a_failed_copy() {
    let (src, dst, sb) = (TestRegistry::start(), TestRegistry::start(), Sandbox::new());
    let (layer, subject) = seed_subject_with_two_referrers(&src, &sb);
    let to = FaultProxy::start(dst.port(), subject_fails_after_referrers(&layer, &subject));
    let failed = sb.oras(&format!("cp -r {}/app:v1 {}/app:v1", src.host(), to.host()));
    let (out, err) = failed.text();
    assert_eq!(failed.code, 1, "{out}{err}");
    assert_eq!(dst.manifest("app", &subject).status, 404);
    let index_tag = format!("sha256-{}", subject.trim_start_matches("sha256:"));
    assert_eq!(dst.manifest("app", &index_tag).status, 200);

    let (s, d) = (src.host(), dst.host());
    let out = sb.ok(&format!("cp -r {s}/app:v1 {d}/app:v1"));
    assert!(
        out.contains(&format!("Copied  {}", &subject[7..19])),
        "{out}"
    );
    assert_eq!(sb.ok(&format!("resolve {d}/app:v1")).trim(), subject);
    assert_eq!(referrer_types(&sb, &d), REFERRER_TYPES);
    let again = sb.ok(&format!("cp -r {s}/app:v1 {d}/app:v1"));
    let lines: Vec<&str> = again.lines().collect();
    assert_eq!(lines.len(), 4, "{again}");
    assert!(
        lines[..2].iter().all(|l| l.starts_with("Exists  ")),
        "{again}"
    );
    assert!(lines[2].starts_with("Copied [registry] "), "{again}");
}

/// A registry that holds subjects to exist (distribution-spec#459) refuses a referrer
/// pushed ahead of its subject; the proxy answers each referrer's first PUT 400 as such a
/// registry would. The referrer is then put again after its subject, and the copy ends as
/// with oras.
#[test]
fn cp_r_puts_a_refused_referrer_again_after_its_subject() {
    let (src, dst, sb) = (TestRegistry::start(), TestRegistry::start(), Sandbox::new());
    let (layer, subject) = seed_subject_with_two_referrers(&src, &sb);
    let listed = sb.ok(&format!("discover {}/app:v1 --format json", src.host()));
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let referrers: Vec<String> = listed["referrers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["digest"].as_str().unwrap().to_string())
        .collect();
    let mut rules = vec![Rule::new(
        "PUT",
        &format!("digest={layer}"),
        Action::Delay(std::time::Duration::from_millis(300)),
    )];
    for r in &referrers {
        rules.push(Rule::new("PUT", &format!("/manifests/{r}"), Action::status(400)).nth(1));
    }
    let to = FaultProxy::start(dst.port(), rules);
    sb.ok(&format!("cp -r {}/app:v1 {}/app:v1", src.host(), to.host()));
    let subject_put = first_seen(&to, "PUT", &format!("/manifests/{subject}"));
    for r in &referrers {
        let puts = to.requests_where(|s| s.method == "PUT" && s.target.ends_with(r.as_str()));
        assert_eq!(puts.len(), 2, "{r}: {puts:?}");
        assert_eq!((puts[0].status, puts[1].status), (400, 201), "{r}");
        assert!(
            puts[0].at < subject_put.at && puts[1].at > subject_put.at,
            "{r}"
        );
    }
    assert_eq!(referrer_types(&sb, &dst.host()), REFERRER_TYPES);
}
