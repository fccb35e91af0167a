//! The chained scenario of the graph issue: push → attach ×2 → discover → cp -r to another
//! repository and to an OCI layout → pull from each copy, bytes equal; then back up the
//! copy and restore it into a second registry.

use crate::support::registry::TestRegistry;
use crate::support::sandbox::Sandbox;

#[test]
fn push_attach_discover_copy_pull_backup_restore() {
    let reg = TestRegistry::start();
    let other = TestRegistry::start();
    let (r, o) = (reg.host(), other.host());
    let sb = Sandbox::new();
    let payload: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 256) as u8).collect();
    sb.write("app.bin", &payload);
    sb.write("docs/guide.md", b"# guide\n");
    sb.write("sbom.json", br#"{"sbom":true}"#);
    sb.write("sig.txt", b"signature");

    sb.ok(&format!("push {r}/app:v1 app.bin docs"));
    sb.ok(&format!(
        "attach --artifact-type application/spdx+json {r}/app:v1 sbom.json"
    ));
    sb.ok(&format!(
        "attach --artifact-type application/vnd.example.sig {r}/app:v1 sig.txt"
    ));
    let tree = sb.ok(&format!("discover {r}/app:v1"));
    assert!(
        tree.contains("application/spdx+json") && tree.contains("application/vnd.example.sig"),
        "{tree}"
    );

    // recursive copy to another repository (same registry: blobs are mounted) and to a layout
    sb.ok(&format!("cp -r {r}/app:v1 {r}/copy/app:v1"));
    sb.ok(&format!("cp -r {r}/app:v1 --to-oci-layout layout:v1"));
    for (src, flags, out) in [
        (format!("{r}/copy/app:v1"), "", "from-repo"),
        ("layout:v1".to_string(), "--oci-layout", "from-layout"),
    ] {
        let tree = sb.ok(&format!("discover {flags} {src}"));
        assert!(
            tree.contains("application/spdx+json") && tree.contains("vnd.example.sig"),
            "{src}: {tree}"
        );
        sb.ok(&format!("pull {flags} {src} -o {out}"));
        assert_eq!(sb.read(&format!("{out}/app.bin")), payload);
        assert_eq!(sb.read(&format!("{out}/docs/guide.md")), b"# guide\n");
    }
    let digests = |reference: &str, flags: &str| sb.ok(&format!("resolve {flags} {reference}"));
    assert_eq!(
        digests(&format!("{r}/app:v1"), ""),
        digests("layout:v1", "--oci-layout")
    );

    // back up the copy with its referrers and restore it into another registry
    sb.ok(&format!(
        "backup --output copy.tar --include-referrers {r}/copy/app:v1"
    ));
    sb.ok(&format!("restore --input copy.tar {o}/restored/app:v1"));
    sb.ok(&format!("pull {o}/restored/app:v1 -o restored"));
    assert_eq!(sb.read("restored/app.bin"), payload);
    let tree = sb.ok(&format!("discover {o}/restored/app:v1"));
    assert!(
        tree.contains("application/spdx+json") && tree.contains("vnd.example.sig"),
        "{tree}"
    );
}

#[test]
fn deleting_a_referrer_removes_it_from_the_tag_schema_index() {
    let reg = TestRegistry::start();
    let r = reg.host();
    let sb = Sandbox::new();
    sb.write("app.bin", b"app");
    sb.write("sig.txt", b"signature");
    sb.write("sbom.json", b"{}");
    sb.ok(&format!("push {r}/app:v1 app.bin"));
    let sig = sb.ok(&format!(
            "attach --artifact-type application/vnd.example.sig {r}/app:v1 sig.txt --format go-template={{{{.digest}}}}"
        ),
    );
    sb.ok(&format!(
        "attach --artifact-type application/spdx+json {r}/app:v1 sbom.json"
    ));
    sb.ok(&format!("manifest delete -f {r}/app@{sig}"));
    let tree = sb.ok(&format!("discover {r}/app:v1"));
    assert!(
        !tree.contains("vnd.example.sig") && !tree.contains(&sig),
        "{tree}"
    );
    assert!(tree.contains("application/spdx+json"), "{tree}");
    // forcing the referrers API skips the index (docker-registry has none): nothing to list
    let forced = sb.oras(&format!(
        "discover --distribution-spec v1.1-referrers-api {r}/app:v1"
    ));
    assert_eq!(forced.code, 1, "{:?}", forced.text());
}
