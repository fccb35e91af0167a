//! `--platform` on pull and cp against a real registry: the single-platform behaviour of
//! oras 1.3.0, and the lists/wildcards beyond it (one folder per platform on pull, an
//! index of just the selected manifests on cp). Fixtures are written with raw HTTP.

use crate::support::registry::TestRegistry;
use crate::support::sandbox::Sandbox;
use crate::support::seed::{self, PlatformManifest};

const INDEX: &str = "application/vnd.oci.image.index.v1+json";

/// A registry holding [`seed::multi_platform`], a sandbox where `{reg}` is its host, the
/// index digest and the platform manifests.
fn fixture() -> (TestRegistry, Sandbox, String, Vec<PlatformManifest>) {
    let reg = TestRegistry::start();
    let (index, manifests) = seed::multi_platform(reg.port());
    let sb = Sandbox::new().with_var("reg", reg.host());
    (reg, sb, index, manifests)
}

/// Status and body of `GET /v2/<repo>/manifests/<reference>`.
fn get_manifest(reg: &TestRegistry, repo: &str, reference: &str) -> (u16, Vec<u8>) {
    let r = reg.manifest(repo, reference);
    (r.status, r.body)
}

#[test]
fn single_platform_pull_is_orass() {
    let (reg, sb, _, ms) = fixture();
    let arm = seed::find_platform(&ms, "linux/arm64/v8");
    let out = sb.ok("pull {reg}/multi:v1 --platform linux/arm64 -o out");
    // the image config is untitled and not `{}`: oras skips it and prints the hint
    // instead of Pulled/Digest (e2e pull.go "should pull specific platform")
    assert!(
        out.lines().any(|l| l.starts_with("Skipped     ")
            && l.ends_with(" application/vnd.oci.image.config.v1+json")),
        "{out}"
    );
    assert!(
        out.ends_with(&format!(
            "Skipped pulling layers without file name in \"org.opencontainers.image.title\"\n\
             Use 'oras copy {}/multi:v1 --to-oci-layout <layout-dir>' to pull all layers.\n",
            reg.host(),
        )),
        "{out}"
    );
    assert!(!out.contains(&arm.digest), "{out}");
    assert_eq!(
        std::fs::read(sb.path("out").join(&arm.file)).unwrap(),
        arm.content
    );
    let entries = std::fs::read_dir(sb.path("out")).unwrap().count();
    assert_eq!(entries, 1, "only the arm64 file is pulled");
}

#[test]
fn single_platform_cp_is_orass() {
    let (reg, sb, _, ms) = fixture();
    let amd = seed::find_platform(&ms, "linux/amd64");
    let out = sb.ok("cp {reg}/multi:v1 {reg}/copy:v1 --platform linux/amd64");
    assert!(
        out.ends_with(&format!(
            "Copied [registry] {h}/multi:v1 => [registry] {h}/copy:v1\nDigest: {}\n",
            amd.digest,
            h = reg.host()
        )),
        "{out}"
    );
    let (status, body) = get_manifest(&reg, "copy", "v1");
    assert_eq!(status, 200);
    assert_eq!(seed::digest(&body), amd.digest);
}

#[test]
fn pull_of_a_list_writes_one_folder_per_platform() {
    let (reg, sb, _, ms) = fixture();
    let out = sb.ok("pull {reg}/multi:v1 --platform linux/amd64,windows/amd64 -o out");
    for (p, folder) in [
        ("linux/amd64", "linux_amd64"),
        ("windows/amd64", "windows_amd64"),
    ] {
        let m = seed::find_platform(&ms, p);
        assert!(
            out.contains(&format!(
                "Pulled [registry] {}/multi:v1 ({p}) into out/{folder}\nDigest: {}\n",
                reg.host(),
                m.digest
            )),
            "{out}"
        );
        assert_eq!(
            std::fs::read(sb.path("out").join(folder).join(&m.file)).unwrap(),
            m.content
        );
    }
    let mut folders: Vec<String> = std::fs::read_dir(sb.path("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    assert_eq!(folders, ["linux_amd64", "windows_amd64"]);
}

#[test]
fn pull_with_a_wildcard_takes_every_matching_platform() {
    let (reg, sb, _, ms) = fixture();
    sb.ok("pull {reg}/multi:v1 --platform 'linux/*' -o out --format json > out.json");
    let mut folders: Vec<String> = std::fs::read_dir(sb.path("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    assert_eq!(folders, ["linux_amd64", "linux_arm64_v8"]);
    let arm = seed::find_platform(&ms, "linux/arm64/v8");
    assert_eq!(
        std::fs::read(sb.path("out/linux_arm64_v8").join(&arm.file)).unwrap(),
        arm.content
    );
    let json: serde_json::Value = serde_json::from_slice(&sb.read("out.json")).unwrap();
    let refs: Vec<&str> = json
        .as_array()
        .expect("a JSON array, one entry per platform")
        .iter()
        .map(|m| m["reference"].as_str().unwrap())
        .collect();
    assert_eq!(
        refs,
        [
            format!(
                "{}/multi@{}",
                reg.host(),
                seed::find_platform(&ms, "linux/amd64").digest
            ),
            format!("{}/multi@{}", reg.host(), arm.digest)
        ]
    );
}

#[test]
fn cp_of_a_list_pushes_an_index_of_just_those_manifests() {
    let (reg, sb, index, ms) = fixture();
    let amd = seed::find_platform(&ms, "linux/amd64");
    let win = seed::find_platform(&ms, "windows/amd64");
    let arm = seed::find_platform(&ms, "linux/arm64/v8");
    let out = sb.ok("cp {reg}/multi:v1 {reg}/sub:v1 --platform windows/amd64,linux/amd64");
    let (status, body) = get_manifest(&reg, "sub", "v1");
    assert_eq!(status, 200);
    let digest = seed::digest(&body);
    assert_ne!(digest, index, "a new index, not the source's");
    assert!(
        out.ends_with(&format!(
            "Copied [registry] {h}/multi:v1 => [registry] {h}/sub:v1\nDigest: {digest}\n",
            h = reg.host()
        )),
        "{out}"
    );
    let index: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(index["mediaType"], INDEX);
    let entries: Vec<(String, String)> = index["manifests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["digest"].as_str().unwrap().to_string(),
                m["platform"]["os"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    // source order, whatever the order of the list
    assert_eq!(
        entries,
        [
            (amd.digest.clone(), "linux".to_string()),
            (win.digest.clone(), "windows".to_string())
        ]
    );
    assert_eq!(index["manifests"][0]["size"], amd.size);
    assert_eq!(index["manifests"][1]["size"], win.size);
    for m in [amd, win] {
        assert_eq!(get_manifest(&reg, "sub", &m.digest).0, 200);
    }
    assert_eq!(get_manifest(&reg, "sub", &arm.digest).0, 404);

    // the same selection gives the same index
    let again = sb.ok("cp {reg}/multi:v1 {reg}/sub2:v1 --platform linux/amd64,windows/*");
    assert!(again.ends_with(&format!("Digest: {digest}\n")), "{again}");
}

#[test]
fn bad_platform_lists_are_rejected_before_any_request() {
    let fx = Sandbox::new();
    for (cmd, flag, msg) in [
        (
            "pull localhost:1/x:v1",
            "linux/amd64,",
            "Error: invalid platform list \"linux/amd64,\": item 2 is empty\n",
        ),
        (
            "cp localhost:1/x:v1 localhost:1/y:v1",
            ",linux/amd64",
            "Error: invalid platform list \",linux/amd64\": item 1 is empty\n",
        ),
        (
            "pull localhost:1/x:v1",
            "linux/amd64,a/b/c/d",
            "Error: invalid platform \"a/b/c/d\" in list \"linux/amd64,a/b/c/d\": failed to parse platform \"a/b/c/d\": expected format os[/arch[/variant]]\n",
        ),
        (
            "cp localhost:1/x:v1 localhost:1/y:v1",
            "linux/amd64,/arm64",
            "Error: invalid platform \"/arm64\" in list \"linux/amd64,/arm64\": invalid platform: OS cannot be empty\n",
        ),
    ] {
        let err = fx.fails(&format!("{cmd} --platform '{flag}'"));
        assert_eq!(err, msg, "{cmd} --platform {flag}");
    }
}

#[test]
fn a_list_matching_nothing_is_not_found() {
    let (_reg, sb, index, _) = fixture();
    let err = sb.fails("pull {reg}/multi:v1 --platform 'darwin/*,freebsd/amd64' -o out");
    assert_eq!(
        err,
        format!(
            "Error response from registry: {}: not found: no matching manifest was found in the manifest list\n",
            index
        )
    );
    assert!(!sb.path("out").exists());
}
