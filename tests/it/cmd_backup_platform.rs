//! `oras backup --platform` (beyond oras 1.3.0) against a real registry: one platform
//! keeps just its manifest under the tag, a list or wildcards keep the matching manifests
//! and an index of just them; both restore, and each kept platform pulls back.

use crate::support::registry::TestRegistry;
use crate::support::sandbox::Sandbox;
use crate::support::seed;
use std::path::Path;

fn blob_exists(layout: &Path, digest: &str) -> bool {
    let hex = digest.trim_start_matches("sha256:");
    layout.join("blobs/sha256").join(hex).exists()
}

/// The descriptor `tag` names in a layout's `index.json`.
fn tagged(layout: &Path, tag: &str) -> serde_json::Value {
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(layout.join("index.json")).unwrap()).unwrap();
    index["manifests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["annotations"]["org.opencontainers.image.ref.name"] == tag)
        .cloned()
        .unwrap_or_else(|| panic!("no {tag} in {index}"))
}

#[test]
fn one_platform_keeps_only_its_manifest() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let h = reg.host();
    let (_, ms) = seed::multi_platform(reg.port());
    let amd = seed::find_platform(&ms, "linux/amd64");

    let out = sb.ok(&format!(
        "backup {h}/multi:v1 --platform linux/amd64 -o one"
    ));
    assert!(out.contains("Pulled tag v1 with 0 referrer(s)\n"), "{out}");
    let layout = sb.path("one");
    let desc = tagged(&layout, "v1");
    assert_eq!(desc["digest"], amd.digest.as_str());
    assert_eq!(
        desc["mediaType"],
        "application/vnd.oci.image.manifest.v1+json"
    );
    for m in &ms {
        assert_eq!(
            blob_exists(&layout, &m.digest),
            m.platform == "linux/amd64",
            "{}",
            m.platform
        );
        assert_eq!(
            blob_exists(&layout, &seed::digest(&m.content)),
            m.platform == "linux/amd64"
        );
    }

    sb.ok(&format!("restore --input one {h}/one"));
    sb.ok(&format!("pull {h}/one:v1 -o pulled"));
    assert_eq!(
        std::fs::read(sb.path("pulled").join(&amd.file)).unwrap(),
        amd.content
    );
    let digest = sb.ok(&format!("resolve {h}/one:v1"));
    assert_eq!(digest.trim(), amd.digest);
}

#[test]
fn a_list_keeps_the_matching_manifests_and_an_index_of_them() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let h = reg.host();
    let (_, ms) = seed::multi_platform(reg.port());
    let amd = seed::find_platform(&ms, "linux/amd64");
    let arm = seed::find_platform(&ms, "linux/arm64/v8");
    let win = seed::find_platform(&ms, "windows/amd64");
    // a referrer of one kept platform travels with --include-referrers
    sb.write("sig.txt", b"signed amd64\n");
    sb.ok(&format!(
        "attach {h}/multi@{} sig.txt --artifact-type application/vnd.example.sig",
        amd.digest
    ));

    let out = sb.ok(&format!(
        "backup {h}/multi:v1 --platform 'linux/*' --include-referrers -o many.tar"
    ));
    assert!(out.contains("Pulled tag v1 with 1 referrer(s)\n"), "{out}");
    // the staged layout is gone; look inside by restoring it as a directory
    std::fs::create_dir(sb.path("many")).unwrap();
    sb.sh_ok("tar -xf many.tar -C many");
    let layout = sb.path("many");
    let desc = tagged(&layout, "v1");
    assert_eq!(desc["mediaType"], "application/vnd.oci.image.index.v1+json");
    let index_digest = desc["digest"].as_str().unwrap().to_string();
    let index: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            layout
                .join("blobs/sha256")
                .join(index_digest.trim_start_matches("sha256:")),
        )
        .unwrap(),
    )
    .unwrap();
    let entries: Vec<(&str, &str)> = index["manifests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["digest"].as_str().unwrap(),
                m["platform"]["architecture"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        entries,
        [
            (amd.digest.as_str(), "amd64"),
            (arm.digest.as_str(), "arm64")
        ]
    );
    assert!(!blob_exists(&layout, &win.digest));
    assert!(!blob_exists(&layout, &seed::digest(&win.content)));

    // the same selection of the same source gives the same index: a second backup agrees
    let again = sb.ok(&format!(
        "backup {h}/multi:v1 --platform linux/amd64,linux/arm64 -o again"
    ));
    assert!(
        again.contains("Pulled tag v1 with 0 referrer(s)\n"),
        "{again}"
    );
    assert_eq!(
        tagged(&sb.path("again"), "v1")["digest"],
        index_digest.as_str()
    );

    let out = sb.ok(&format!("restore --input many.tar {h}/restored"));
    assert!(out.contains("Pushed tag v1 with 1 referrer(s)\n"), "{out}");
    let digest = sb.ok(&format!("resolve {h}/restored:v1"));
    assert_eq!(digest.trim(), index_digest);
    for (m, dir) in [(amd, "p-amd"), (arm, "p-arm")] {
        sb.ok(&format!(
            "pull {h}/restored:v1 --platform {} -o {dir}",
            m.platform
        ));
        assert_eq!(
            std::fs::read(sb.path(dir).join(&m.file)).unwrap(),
            m.content,
            "{}",
            m.platform
        );
    }
    let f = sb.oras(&format!(
        "pull {h}/restored:v1 --platform windows/amd64 -o p-win"
    ));
    let (_, err) = f.text();
    assert_eq!(f.code, 1);
    assert!(
        err.contains("no matching manifest was found in the manifest list"),
        "{err}"
    );
    let refs = sb.ok(&format!(
        "discover {h}/restored@{} --format json",
        amd.digest
    ));
    let refs: serde_json::Value = serde_json::from_str(&refs).unwrap();
    assert_eq!(refs["referrers"].as_array().unwrap().len(), 1, "{refs}");
}

#[test]
fn no_matching_platform_fails_and_leaves_nothing() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let h = reg.host();
    seed::multi_platform(reg.port());
    for spec in ["darwin/arm64", "'darwin/*'"] {
        let f = sb.oras(&format!("backup {h}/multi:v1 --platform {spec} -o none"));
        let (out, err) = f.text();
        assert_eq!(f.code, 1, "{out}{err}");
        assert!(
            err.starts_with("Error: failed to back up tag \"v1\""),
            "{err}"
        );
        assert!(err.contains("no matching manifest"), "{err}");
        assert!(!sb.path("none").exists());
    }
    let f = sb.oras(&format!(
        "backup {h}/multi:v1 --platform 'linux/amd64,' -o none"
    ));
    let (_, err) = f.text();
    assert_eq!(
        err,
        "Error: invalid platform list \"linux/amd64,\": item 2 is empty\n"
    );
}

/// oras#1728: an index without referrers of its own whose children have some. oras 1.3.0
/// never copies the index itself (its children's referrers stand in for it as roots) and
/// fails tagging it; here the index always comes along, in backup, restore and `cp -r`.
#[test]
fn an_index_whose_children_have_referrers_is_copied_too() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let h = reg.host();
    let (_, ms) = seed::multi_platform(reg.port());
    let arm = seed::find_platform(&ms, "linux/arm64/v8");
    sb.write("sbom.json", b"{}\n");
    sb.ok(&format!(
        "attach {h}/multi@{} sbom.json --artifact-type application/spdx+json",
        arm.digest
    ));
    let index = sb.ok(&format!("resolve {h}/multi:v1"));
    let out = sb.ok(&format!("backup {h}/multi:v1 --include-referrers -o all"));
    assert!(out.contains("Pulled tag v1 with 1 referrer(s)\n"), "{out}");
    assert_eq!(tagged(&sb.path("all"), "v1")["digest"], index.trim());
    let out = sb.ok(&format!("restore --input all {h}/back"));
    assert!(out.contains("Pushed tag v1 with 1 referrer(s)\n"), "{out}");
    assert_eq!(sb.ok(&format!("resolve {h}/back:v1")), index);
    sb.ok(&format!("cp -r {h}/multi:v1 {h}/copied:v1"));
    assert_eq!(sb.ok(&format!("resolve {h}/copied:v1")), index);
    let refs = sb.ok(&format!("discover {h}/copied@{} --format json", arm.digest));
    assert!(refs.contains("application/spdx+json"), "{refs}");
}
