//! `oras cp` against real docker-registry processes, beyond the golden transcripts
//! (`golden::scenarios::copy_*`): a destination without a tag, `-r` within the tag-schema
//! registry with a referrer seeded over raw HTTP (what is and is not copied, and a second
//! `-r`), and flag and reference errors. Expected outputs are the transcripts of Go oras
//! 1.3.0 in `shared/golden/` where they exist.

use crate::support::command::CREATED;
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
