//! Error shapes as oras 1.3.0 prints them, from one place whatever the command: Go's
//! transport errors (`Get "<url>": dial tcp 127.0.0.1:<port>: connect: connection refused`),
//! `*fs.PathError`s with their path, oras-go's not-found texts, and cp's attribution of a
//! failure to its source or destination side (`Error from source registry for "<ref>":`).
//! Against real `docker-registry` processes and closed ports.

use crate::support::command::CREATED;
use crate::support::registry::closed_port;
use crate::support::registry::{RegistryOpts, TestRegistry};
use crate::support::sandbox::Sandbox;
use crate::support::seed;

#[test]
fn connection_refused_reads_as_go_prints_it_on_every_command() {
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hi\n");
    let reg = TestRegistry::start();
    let up = reg.host();
    let p = closed_port();
    let down = format!("127.0.0.1:{p}");
    let refused = format!("dial tcp 127.0.0.1:{p}: connect: connection refused\n");
    let exact = [
        (
            format!("repo tags {down}/x --plain-http"),
            format!("Error: Get \"http://{down}/v2/x/tags/list\": {refused}"),
        ),
        (
            format!("pull {down}/x:v1 --plain-http -o out"),
            format!("Error: Get \"http://{down}/v2/x/manifests/v1\": {refused}"),
        ),
        (
            format!("manifest fetch {down}/x:v1 --plain-http"),
            format!(
                "Error: failed to fetch the content of \"{down}/x:v1\": Get \"http://{down}/v2/x/manifests/v1\": {refused}"
            ),
        ),
        (
            format!("resolve {down}/x:v1 --plain-http"),
            format!(
                "Error: failed to resolve digest: Head \"http://{down}/v2/x/manifests/v1\": {refused}"
            ),
        ),
        (
            format!("cp {down}/x:v1 {up}/y:v1 --from-plain-http"),
            format!(
                "Error from source registry for \"{down}/x:v1\": Get \"http://{down}/v2/x/manifests/v1\": {refused}"
            ),
        ),
        (
            format!("cp -r {down}/x:v1 {up}/y:v1 --from-plain-http"),
            format!(
                "Error: failed to resolve v1: Get \"http://{down}/v2/x/manifests/v1\": {refused}"
            ),
        ),
    ];
    for (cmd, want) in &exact {
        assert_eq!(&sb.fails(cmd), want, "{cmd}");
    }
    // push: the first request checks the manifest; cp to a closed destination
    let err = sb.fails(&format!("push {down}/x:v1 hi.txt --plain-http {CREATED}"));
    assert!(
        err.starts_with(&format!(
            "Error: Head \"http://{down}/v2/x/manifests/sha256:"
        )) && err.ends_with(&format!("\": {refused}")),
        "{err}"
    );
    sb.ok(&format!("push {up}/src:v1 hi.txt {CREATED}"));
    let err = sb.fails(&format!("cp {up}/src:v1 {down}/y:v1 --to-plain-http"));
    assert!(
        err.starts_with(&format!(
            "Error from destination registry for \"{down}/y:v1\": Head \"http://{down}/v2/y/"
        )) && err.ends_with(&format!("\": {refused}")),
        "{err}"
    );
}

#[test]
fn missing_files_are_go_path_errors() {
    let sb = Sandbox::new();
    let reg = TestRegistry::start();
    let h = reg.host();
    sb.write("hi.txt", b"hi\n");
    sb.ok(&format!("push {h}/x:v1 hi.txt {CREATED}"));
    // push and attach stat the file under the absolute working directory (oras-go file store)
    let abs_missing = format!(
        "stat {}: no such file or directory\n",
        sb.path("missing.txt").display()
    );
    for (cmd, shape) in [
        (format!("push {h}/x:v1 missing.txt"), abs_missing.as_str()),
        (
            format!("attach {h}/x:v1 missing.txt --artifact-type a/b"),
            abs_missing.as_str(),
        ),
        (
            format!("blob push {h}/x missing.bin"),
            "open missing.bin: no such file or directory\n",
        ),
        (
            format!("manifest push {h}/x:v1 missing.json"),
            "open missing.json: no such file or directory\n",
        ),
        (
            "repo tags --oci-layout nolayout".to_string(),
            "failed to find path \"nolayout\": stat nolayout: no such file or directory\n",
        ),
    ] {
        let err = sb.fails(&cmd);
        assert!(
            err.starts_with("Error: ") && err.ends_with(shape),
            "{cmd}: {err}"
        );
        assert!(!err.contains("os error"), "{cmd}: {err}");
    }
}

#[test]
fn cp_names_the_failing_side_as_oras_does() {
    let sb = Sandbox::new();
    let reg = TestRegistry::start();
    let h = reg.host();
    sb.write("hi.txt", b"hi\n");
    sb.ok(&format!("push {h}/hello:v1 hi.txt {CREATED}"));

    // oras.Copy resolves the source: a source-side error, the inner text only
    assert_eq!(
        sb.fails(&format!("cp {h}/hello:nope {h}/other:v1")),
        format!("Error from source registry for \"{h}/hello:nope\": {h}/hello:nope: not found\n")
    );
    // -r and a copy without a destination tag resolve first (cp.go)
    for cmd in [
        format!("cp -r {h}/hello:nope {h}/other:v1"),
        format!("cp {h}/hello:nope {h}/other"),
    ] {
        assert_eq!(
            sb.fails(&cmd),
            format!(
                "Error response from registry: failed to resolve nope: {h}/hello:nope: not found\n"
            ),
            "{cmd}"
        );
    }
    // a layout source: oras-go's bare not found
    sb.ok(&format!("cp {h}/hello:v1 --to-oci-layout lay:v1"));
    assert_eq!(
        sb.fails("cp --from-oci-layout lay:nope --to-oci-layout out:v1"),
        "Error from source oci-layout for \"lay:nope\": not found\n"
    );
    // a platform that is not in the index: oras-go's wording, on the source side
    let (index, _) = seed::platform_index(reg.port(), "multi", "v1", &["linux/amd64"]);
    assert_eq!(
        sb.fails(&format!(
            "cp {h}/multi:v1 {h}/one:v1 --platform linux/arm64"
        )),
        format!(
            "Error from source registry for \"{h}/multi:v1\": {index}: not found: no matching manifest was found in the manifest list\n"
        )
    );

    // no credentials for a registry that wants them
    let auth = TestRegistry::start_with(RegistryOpts::with_test_user());
    let a = auth.host();
    sb.write("empty.json", b"{}");
    let err = sb.fails(&format!(
        "cp {a}/repo:from {h}/repo:to --from-registry-config empty.json"
    ));
    let mut lines = err.lines();
    assert_eq!(
        lines.next(),
        Some(
            format!("Error from source registry for \"{a}/repo:from\": basic credential not found")
                .as_str()
        ),
        "{err}"
    );
    assert!(
        lines.next().is_some_and(|l| l.starts_with(
            "Please check whether the registry credential stored in the authentication file"
        )),
        "{err}"
    );
}
