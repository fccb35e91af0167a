//! resolve, tag, repo ls/tags, manifest fetch/fetch-config/push/delete, blob
//! fetch/push/delete: behaviour the golden transcripts do not cover (errors, prompts,
//! layouts), against a real docker-registry; exact stdout, stderr and exit codes.

use crate::support::registry::TestRegistry;
use crate::support::sandbox::Sandbox;

const EMPTY_CFG: &str = "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";

/// A registry and a sandbox where `{reg}` is its host, shown as `REG` in outputs.
fn setup() -> (TestRegistry, Sandbox) {
    let reg = TestRegistry::start();
    let sb = Sandbox::new()
        .with_var("reg", reg.host())
        .with_mask(reg.host(), "REG");
    (reg, sb)
}

/// A v1.1 artifact manifest `repo:tag` with one annotation; returns its digest.
fn manifest(sb: &Sandbox, refs: &str, note: &str) -> String {
    let body = format!(
        r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{{"mediaType":"application/vnd.oci.empty.v1+json","digest":"{EMPTY_CFG}","size":2}},"layers":[],"annotations":{{"note":"{note}"}}}}"#
    );
    let repo = repo_of(refs);
    sb.sh_ok(&format!(
        "printf '{{}}' | {{oras}} blob push {{reg}}/{repo}@{EMPTY_CFG} - --size 2 >/dev/null"
    ));
    let out = sb
        .sh(
            &format!("{{oras}} manifest push --descriptor {{reg}}/{refs} -"),
            body.as_bytes(),
        )
        .ok(refs);
    let v: serde_json::Value = serde_json::from_str(&out).expect("descriptor json");
    v["digest"].as_str().expect("digest").to_string()
}

fn repo_of(refs: &str) -> String {
    refs.split([':', '@']).next().unwrap_or(refs).to_string()
}

#[test]
fn resolve_and_tag() {
    let (_reg, sb) = setup();
    let d = manifest(&sb, "t:v1", "a");
    assert_eq!(sb.sh_ok("{oras} resolve {reg}/t:v1"), format!("{d}\n"));
    assert_eq!(
        sb.sh_ok("{oras} digest -l {reg}/t:v1"),
        format!("REG/t@{d}\n")
    );
    assert_eq!(
        sb.sh("{oras} resolve {reg}/t:nope", b"").outcome(),
        (
            1,
            String::new(),
            "Error response from registry: failed to resolve digest: REG/t:nope: not found\n"
                .into()
        )
    );
    assert_eq!(
        sb.sh("{oras} resolve {reg}/t", b"").outcome(),
        (
            1,
            String::new(),
            "Error: \"REG/t\": no tag or digest specified\nUsage: oras resolve [flags] <name>{:<tag>|@<digest>}\nPlease specify a reference in the form of \"<name>:<tag>\" or \"<name>@<digest>\". Run \"oras resolve -h\" for more options and examples\n".into()
        )
    );
    assert_eq!(
        sb.sh_ok("{oras} tag {reg}/t:v1 v2 v3 --concurrency 1"),
        format!("Tagging [registry] REG/t@{d}\nTagged v2\nTagged v3\n")
    );
    assert_eq!(sb.sh_ok("{oras} repo tags {reg}/t | sort"), "v1\nv2\nv3\n");
    assert_eq!(
        sb.sh("{oras} tag ls {reg}/t", b"").outcome(),
        (
            1,
            String::new(),
            "Error: there is no \"list\" sub-command for \"oras tag\" command\nUsage: oras tag [flags] <name>{:<tag>|@<digest>} <new_tag> [...]\nIf you want to list available tags in a repository, use \"oras repo tags\"\n".into()
        )
    );
    assert_eq!(
        sb.sh("{oras} tag {reg}/t:nope v9", b"").outcome(),
        (
            1,
            String::new(),
            "Error response from registry: REG/t:nope: not found\n".into()
        )
    );
    let (code, out, err) = sb.sh("{oras} tag {reg}/t:v1 'bad tag'", b"").outcome();
    assert_eq!(
        (code, out.as_str()),
        (1, format!("Tagging [registry] REG/t@{d}\n").as_str())
    );
    assert_eq!(err, "Error: invalid reference: invalid tag \"bad tag\"\n");
}

#[test]
fn repo_ls_and_tags() {
    let (_reg, sb) = setup();
    for r in ["alpha:v1", "team/beta:v1", "team/gamma:v1,v2,v3", "zeta:v1"] {
        manifest(&sb, r, "same");
    }
    manifest(&sb, "x:unused", "other");
    let d = manifest(&sb, "alpha:v2", "other");
    assert_eq!(
        sb.sh_ok("{oras} repo ls {reg}"),
        "alpha\nteam/beta\nteam/gamma\nx\nzeta\n"
    );
    assert_eq!(
        sb.sh_ok("{oras} repo ls {reg} --last team/beta"),
        "team/gamma\nx\nzeta\n"
    );
    assert_eq!(sb.sh_ok("{oras} repo ls {reg}/team/"), "beta\ngamma\n");
    assert_eq!(
        sb.sh_ok("{oras} repository list {reg}/team --format json"),
        "{\n  \"registry\": \"REG\",\n  \"repositories\": [\n    \"team/beta\",\n    \"team/gamma\"\n  ]\n}\n"
    );
    assert_eq!(
        sb.sh("{oras} repo ls {reg}/team:v1", b"").outcome(),
        (
            1,
            String::new(),
            "Error: could not parse repository path: tags or digests should not be provided\n"
                .into()
        )
    );
    let digest_tag = d.replace(':', "-");
    sb.sh_ok(&format!("{{oras}} tag {{reg}}/alpha:v2 {digest_tag}"));
    assert_eq!(
        sb.sh_ok("{oras} repo tags {reg}/alpha | sort"),
        format!("{digest_tag}\nv1\nv2\n")
    );
    assert_eq!(
        sb.sh_ok("{oras} repo show-tags {reg}/alpha --exclude-digest-tags | sort"),
        "v1\nv2\n"
    );
    let (code, out, err) = sb
        .sh("{oras} repo tags {reg}/alpha:v2 | sort", b"")
        .outcome();
    assert_eq!((code, out), (0, format!("{digest_tag}\nv2\n")));
    assert!(
        err.starts_with("[") && err.ends_with(&format!("][WARNING]: [Experimental] querying tags associated to {d}, it may take a while...\n\n\n\n")),
        "{err:?}"
    );
    assert_eq!(
        sb.sh_ok("{oras} repo tags {reg}/team/gamma --format json | grep -c '\"v'"),
        "3\n"
    );
}

#[test]
fn manifest_fetch_flags_and_config() {
    let (_reg, sb) = setup();
    let d = manifest(&sb, "m:v1", "a");
    for (args, msg) in [
        (
            "-o - --format json",
            "`--output -` cannot be used with `--format ` at the same time",
        ),
        (
            "-o - --descriptor",
            "`--descriptor` cannot be used with `--output -` at the same time",
        ),
        (
            "--format json --pretty",
            "--format, --pretty cannot be used at the same time",
        ),
        (
            "--format text --descriptor",
            "--format, --descriptor cannot be used at the same time",
        ),
        (
            "--format yaml",
            "invalid format type: \"yaml\"\nsupported types: json, go-template, text",
        ),
    ] {
        assert_eq!(
            sb.sh(&format!("{{oras}} manifest fetch {args} {{reg}}/m:v1"), b"")
                .outcome(),
            (1, String::new(), format!("Error: {msg}\n")),
            "{args}"
        );
    }
    let desc = sb.sh_ok("{oras} manifest fetch --descriptor {reg}/m:v1");
    assert_eq!(
        desc,
        format!(
            "{{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"{d}\",\"size\":266}}"
        )
    );
    assert_eq!(
        sb.sh_ok("{oras} manifest show --descriptor --pretty {reg}/m:v1"),
        format!(
            "{{\n  \"mediaType\": \"application/vnd.oci.image.manifest.v1+json\",\n  \"digest\": \"{d}\",\n  \"size\": 266\n}}\n"
        )
    );
    // descriptor and file together; --pretty is ignored for files
    assert_eq!(
        sb.sh_ok("{oras} manifest fetch --pretty --descriptor -o out.json {reg}/m:v1"),
        desc
    );
    let raw = sb.sh_ok("{oras} manifest fetch {reg}/m:v1");
    assert_eq!(
        std::fs::read_to_string(sb.work.join("out.json")).unwrap(),
        raw
    );
    assert_eq!(sb.sh_ok("{oras} manifest fetch -o - {reg}/m:v1"), raw);
    // Accept follows --media-type: an index-only Accept gets no manifest from docker-registry
    let (code, _, _) = sb
        .sh(
            "{oras} manifest fetch --media-type application/vnd.oci.image.index.v1+json {reg}/m:v1",
            b"",
        )
        .outcome();
    assert_eq!(code, 1);
    assert_eq!(
        sb.sh(
            "{oras} manifest fetch --oci-layout --media-type a/b lay:v1",
            b""
        )
        .outcome()
        .2,
        "Error: invalid argument \"lay:v1\": failed to find path \"lay\": stat lay: no such file or directory\n"
    );
    // fetch-config: an empty config and a non-image manifest
    assert_eq!(sb.sh_ok("{oras} manifest fetch-config {reg}/m:v1"), "{}");
    assert_eq!(
        sb.sh_ok("{oras} manifest get-config --descriptor {reg}/m:v1"),
        format!(
            "{{\"mediaType\":\"application/vnd.oci.empty.v1+json\",\"digest\":\"{EMPTY_CFG}\",\"size\":2}}"
        )
    );
    sb.write(
        "index.json",
        format!(r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"{d}","size":266}}]}}"#).as_bytes(),
    );
    let out = sb.sh_ok("{oras} manifest push {reg}/m:idx index.json");
    let idx = out
        .lines()
        .last()
        .unwrap()
        .trim_start_matches("Digest: ")
        .to_string();
    assert_eq!(
        sb.sh("{oras} manifest fetch-config {reg}/m:idx", b"")
            .outcome(),
        (
            1,
            String::new(),
            format!("Error: \"{idx}\" is not an image manifest and does not have a config\n")
        )
    );
}

#[test]
fn manifest_push_variants() {
    let (_reg, sb) = setup();
    sb.write("nomt.json", br#"{"schemaVersion":2}"#);
    assert_eq!(
        sb.sh("{oras} manifest push {reg}/p:v1 nomt.json", b"").outcome(),
        (
            1,
            String::new(),
            "Error: media type is not specified via the flag \"--media-type\" nor in \"nomt.json\"\nUsage: oras manifest push [flags] <name>[:<tag>[,<tag>][...]|@<digest>] <file>\nPlease specify a valid media type in the manifest JSON or via the \"--media-type\" flag\n".into()
        )
    );
    assert_eq!(
        sb.sh("{oras} manifest push {reg}/p:v1 missing.json", b"")
            .outcome()
            .2,
        "Error: failed to read missing.json: open missing.json: no such file or directory\n"
    );
    assert_eq!(
        sb.sh("{oras} manifest push --password-stdin {reg}/p:v1 -", b"")
            .outcome()
            .2,
        "Error: `-` read file from input and `--password-stdin` read password from input cannot be both used\n"
    );
    let d = manifest(&sb, "p:v1", "a");
    std::fs::write(
        sb.work.join("m.json"),
        sb.sh_ok("{oras} manifest fetch {reg}/p:v1"),
    )
    .unwrap();
    // by digest: no tag; then the same digest again is Exists
    let short = &d[7..19];
    assert_eq!(
        sb.sh_ok(&format!(
            "printf '{{}}' | {{oras}} blob push {{reg}}/q@{EMPTY_CFG} - --size 2 >/dev/null && {{oras}} manifest push {{reg}}/q@{d} m.json"
        )),
        format!(
            "Uploading {short} application/vnd.oci.image.manifest.v1+json\nUploaded  {short} application/vnd.oci.image.manifest.v1+json\nPushed: [registry] REG/q@{d}\nDigest: {d}\n"
        )
    );
    assert_eq!(
        sb.sh_ok("{oras} manifest push {reg}/p:v1,v2,v3 m.json --concurrency 1"),
        format!(
            "Exists    {short} application/vnd.oci.image.manifest.v1+json\nPushed: [registry] REG/p:v1\nTagged v2\nTagged v3\nDigest: {d}\n"
        )
    );
    assert_eq!(
        sb.sh_ok("{oras} manifest push --verbose=false {reg}/p:v4 m.json")
            .lines()
            .count(),
        2
    );
    assert_eq!(
        sb.sh_ok("{oras} repo tags {reg}/p | sort"),
        "v1\nv2\nv3\nv4\n"
    );
}

#[test]
fn manifest_delete_prompt_and_force() {
    let (_reg, sb) = setup();
    let d = manifest(&sb, "del:v1", "a");
    let prompt = format!(
        "Are you sure you want to delete the manifest \"{d}\" and all tags associated with it? [y/N] "
    );
    assert_eq!(
        sb.sh("{oras} manifest delete {reg}/del:v1", b"n\n")
            .outcome(),
        (0, format!("{prompt}Operation cancelled.\n"), String::new())
    );
    // an empty line or no input at all: cancelled, exit 0 (oras 1.3.0 reads one line)
    for stdin in [&b"\n"[..], b""] {
        assert_eq!(
            sb.sh("{oras} manifest delete {reg}/del:v1", stdin)
                .outcome(),
            (0, format!("{prompt}Operation cancelled.\n"), String::new())
        );
    }
    assert_eq!(
        sb.sh("{oras} manifest delete --descriptor {reg}/del:v1", b"")
            .outcome(),
        (
            1,
            String::new(),
            "Error: must apply --force to confirm the deletion if the descriptor is outputted\n"
                .into()
        )
    );
    assert_eq!(
        sb.sh("{oras} manifest rm {reg}/del:v1", b"YES\n").outcome(),
        (
            0,
            format!("{prompt}Deleted [registry] REG/del:v1\n"),
            String::new()
        )
    );
    assert_eq!(
        sb.sh("{oras} manifest delete {reg}/del:v1", b"").outcome(),
        (
            1,
            String::new(),
            "Error: REG/del:v1: the specified manifest does not exist\n".into()
        )
    );
    assert_eq!(
        sb.sh(&format!("{{oras}} manifest remove -f {{reg}}/del@{d}"), b"")
            .outcome(),
        (0, format!("Missing REG/del@{d}\n"), String::new())
    );
    let d2 = manifest(&sb, "del:v2", "b");
    assert_eq!(
        sb.sh_ok("{oras} manifest delete --force --descriptor {reg}/del:v2"),
        format!(
            "{{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"{d2}\",\"size\":266}}"
        )
    );
}

#[test]
fn blob_errors_prompt_and_delete() {
    let (_reg, sb) = setup();
    sb.write("b.bin", b"hello blob\n");
    let (_, out, _) = sb.sh("sha256sum b.bin", b"").outcome();
    let d = format!("sha256:{}", &out[..64]);
    for (cmd, msg) in [
        (
            "blob fetch {reg}/b@DIGEST",
            "either `--output` or `--descriptor` must be provided",
        ),
        (
            "blob fetch -o - --descriptor {reg}/b@DIGEST",
            "`--output -` cannot be used with `--descriptor` at the same time",
        ),
        (
            "blob push {reg}/b -",
            "`--size` must be provided if the blob is read from stdin",
        ),
        (
            "blob push {reg}/b - --size 3",
            "content digest must be provided if it is read from stdin",
        ),
        (
            "blob push {reg}/b b.bin --size 3",
            "input size 3 does not match the actual content size 11",
        ),
        (
            "blob delete --descriptor {reg}/b@DIGEST",
            "must apply --force to confirm the deletion if the descriptor is outputted",
        ),
    ] {
        let cmd = format!("{{oras}} {}", cmd.replace("DIGEST", &d));
        assert_eq!(
            sb.sh(&cmd, b"").outcome(),
            (1, String::new(), format!("Error: {msg}\n")),
            "{cmd}"
        );
    }
    assert_eq!(
        sb.sh("{oras} blob fetch --descriptor {reg}/b", b"")
            .outcome()
            .2,
        "Error: \"REG/b\": no digest specified\nUsage: oras blob fetch [flags] {--output <file> | --descriptor} <name>@<digest>\nPlease specify a reference in the form of \"<name>@<digest>\". Run \"oras blob fetch -h\" for more options and examples\n"
    );
    // a wrong digest in the reference is caught while streaming
    let wrong = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
    let (code, _, _) = sb
        .sh(&format!("{{oras}} blob push {{reg}}/b@{wrong} b.bin"), b"")
        .outcome();
    assert_eq!(code, 1);
    assert_eq!(
        sb.sh_ok("{oras} blob push --descriptor --pretty {reg}/b b.bin --media-type text/plain"),
        format!(
            "{{\n  \"mediaType\": \"text/plain\",\n  \"digest\": \"{d}\",\n  \"size\": 11\n}}\n"
        )
    );
    sb.sh_ok(&format!("{{oras}} blob fetch {{reg}}/b@{d} -o sub.bin"));
    assert_eq!(
        std::fs::read(sb.work.join("sub.bin")).unwrap(),
        b"hello blob\n"
    );
    let prompt = format!("Are you sure you want to delete the blob \"{d}\"? [y/N] ");
    assert_eq!(
        sb.sh(&format!("{{oras}} blob delete {{reg}}/b@{d}"), b"no\n")
            .outcome(),
        (0, format!("{prompt}Operation cancelled.\n"), String::new())
    );
    assert_eq!(
        sb.sh(&format!("{{oras}} blob rm {{reg}}/b@{d}"), b"y\n")
            .outcome(),
        (
            0,
            format!("{prompt}Deleted [registry] REG/b@{d}\n"),
            String::new()
        )
    );
    assert_eq!(
        sb.sh(&format!("{{oras}} blob delete {{reg}}/b@{d}"), b"")
            .outcome(),
        (
            1,
            String::new(),
            format!("Error: REG/b@{d}: the specified blob does not exist\n")
        )
    );
    assert_eq!(
        sb.sh_ok(&format!("{{oras}} blob remove --force {{reg}}/b@{d}")),
        format!("Missing REG/b@{d}\n")
    );
    assert_eq!(
        sb.sh(
            &format!("{{oras}} blob fetch -o gone.bin {{reg}}/b@{d}"),
            b""
        )
        .outcome(),
        (
            1,
            String::new(),
            format!("Error response from registry: REG/b@{d}: not found\n")
        )
    );
    assert!(!sb.work.join("gone.bin").exists());
}

#[test]
fn oci_layout_commands() {
    let sb = Sandbox::new();
    sb.write("b.bin", b"layout blob\n");
    let out = sb.sh_ok("{oras} blob push --oci-layout lay b.bin");
    let d = out
        .lines()
        .last()
        .unwrap()
        .trim_start_matches("Digest: ")
        .to_string();
    assert!(out.starts_with(&format!(
        "Uploading {} application/vnd.oci.image.layer.v1.tar\n",
        &d[7..19]
    )));
    assert!(out.contains("Pushed: [oci-layout] lay\n"), "{out}");
    assert_eq!(
        sb.sh_ok(&format!(
            "{{oras}} blob fetch --oci-layout --descriptor lay@{d}"
        )),
        format!("{{\"mediaType\":\"application/octet-stream\",\"digest\":\"{d}\",\"size\":12}}")
    );
    assert_eq!(
        sb.sh_ok(&format!("{{oras}} blob fetch --oci-layout -o - lay@{d}")),
        "layout blob\n"
    );
    std::fs::write(
        sb.work.join("m.json"),
        format!(r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"{d}","size":12}},"layers":[]}}"#),
    )
    .unwrap();
    let out = sb.sh_ok("{oras} manifest push --oci-layout lay:v1,v0 m.json");
    let md = out
        .lines()
        .last()
        .unwrap()
        .trim_start_matches("Digest: ")
        .to_string();
    assert!(
        out.contains("Pushed: [oci-layout] lay:v1\nTagged v0\n"),
        "{out}"
    );
    assert_eq!(
        sb.sh_ok("{oras} tag --oci-layout lay:v1 v2"),
        format!("Tagging [oci-layout] lay@{md}\nTagged v2\n")
    );
    assert_eq!(
        sb.sh_ok("{oras} repo tags --oci-layout lay"),
        "v0\nv1\nv2\n"
    );
    assert_eq!(
        sb.sh_ok("{oras} repo tags --oci-layout lay --last v0"),
        "v1\nv2\n"
    );
    assert_eq!(
        sb.sh_ok("{oras} resolve --oci-layout lay:v2"),
        format!("{md}\n")
    );
    assert_eq!(
        sb.sh_ok("{oras} manifest fetch --oci-layout lay:v1"),
        std::fs::read_to_string(sb.work.join("m.json")).unwrap()
    );
    assert_eq!(
        sb.sh_ok("{oras} manifest fetch-config --oci-layout lay:v1"),
        "layout blob\n"
    );
    assert_eq!(
        sb.sh_ok("{oras} manifest delete --oci-layout -f lay:v2"),
        "Deleted [oci-layout] lay:v2\n"
    );
    assert_eq!(sb.sh_ok("{oras} repo tags --oci-layout lay"), "");
    assert_eq!(
        sb.sh_ok(&format!("{{oras}} blob delete --oci-layout -f lay@{d}")),
        format!("Deleted [oci-layout] lay@{d}\n")
    );
    assert!(!sb.work.join("lay/blobs/sha256").join(&d[7..]).exists());
}
