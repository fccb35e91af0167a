//! The CI recipes of README.md ("In CI") as tested scripts: `ci_recipes/github.sh` and
//! `gitlab.sh` are the exact bodies of the GitHub Actions step and the GitLab CI job (a test
//! compares them with the README blocks line by line), and each is run as CI would run it
//! (its inputs in the environment, `oras` and `jq` on PATH) against a registry with a
//! password, with a pushed image as the subject.

use crate::support::registry::{RegistryOpts, TEST_PASSWORD, TEST_USER, TestRegistry};
use crate::support::sandbox::Sandbox;
use std::path::{Path, PathBuf};

fn recipe(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/it/ci_recipes/{name}"))
}

/// The body of a recipe script: everything after its header (the first empty line).
fn body(name: &str) -> Vec<String> {
    let text = std::fs::read_to_string(recipe(name)).unwrap();
    let (_, body) = text
        .split_once("\n\n")
        .expect("a header, an empty line, a body");
    body.lines().map(str::to_string).collect()
}

/// The ```yaml blocks of README.md's "In CI" section.
fn readme_blocks() -> Vec<Vec<String>> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme
        .split("\n## In CI\n")
        .nth(1)
        .expect("an \"In CI\" section");
    let section = section.split("\n## ").next().unwrap();
    let mut blocks = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in section.lines() {
        match (&mut current, line) {
            (None, "```yaml") => current = Some(Vec::new()),
            (Some(_), "```") => blocks.push(current.take().unwrap()),
            (Some(b), l) => b.push(l.to_string()),
            (None, _) => {}
        }
    }
    blocks
}

#[test]
fn readme_shows_exactly_the_tested_scripts() {
    let blocks = readme_blocks();
    assert_eq!(blocks.len(), 2, "{blocks:?}");
    // GitHub: the `run: |` literal, indented by four spaces
    let github = &blocks[0];
    let at = github
        .iter()
        .position(|l| l.trim() == "run: |")
        .expect("a run: | step");
    let run: Vec<String> = github[at + 1..]
        .iter()
        .map(|l| {
            l.strip_prefix("    ")
                .expect("indented run body")
                .to_string()
        })
        .collect();
    assert_eq!(run, body("github.sh"));
    // GitLab: one `script:` item per line
    let items: Vec<String> = blocks[1]
        .iter()
        .filter_map(|l| l.strip_prefix("    - ").map(str::to_string))
        .collect();
    assert_eq!(items, body("gitlab.sh"));
}

/// Run a recipe with `env` (pairs) and the oras directory in front of PATH.
fn run_recipe(sb: &Sandbox, name: &str, bin: &Path, env: &[(&str, String)]) -> (String, String) {
    let vars: Vec<String> = env.iter().map(|(k, v)| format!("{k}='{v}'")).collect();
    let f = sb.sh(
        &format!(
            "PATH='{}':\"$PATH\" {} bash '{}'",
            bin.display(),
            vars.join(" "),
            recipe(name).display()
        ),
        b"",
    );
    let (out, err) = f.text();
    assert_eq!(f.code, 0, "{name}\nstdout:\n{out}\nstderr:\n{err}");
    assert!(!out.contains(TEST_PASSWORD) && !err.contains(TEST_PASSWORD));
    (out, err)
}

/// Push the image the recipes attach to (with flags: nothing stored in the config file).
fn push_image(sb: &Sandbox, reference: &str) {
    sb.write("app.bin", b"the application\n");
    sb.ok(&format!(
        "push -u {TEST_USER} -p {TEST_PASSWORD} {reference} app.bin"
    ));
}

/// The referrers of `reference`, read with the stored credentials.
fn referrers(sb: &Sandbox, reference: &str) -> Vec<serde_json::Value> {
    let f = sb.oras(&format!("discover --format json {reference}"));
    let (out, err) = f.text();
    assert_eq!(f.code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["referrers"].as_array().unwrap().clone()
}

const SHA: &str = "0123456789abcdef0123456789abcdef01234567";

#[test]
fn github_actions_step() {
    let reg = TestRegistry::start_with(RegistryOpts::with_test_user());
    let sb = Sandbox::new();
    let bin = sb.oras_bin_dir();
    let h = reg.host();
    let image = format!("{h}/octo-org/octo-repo/app:{SHA}");
    push_image(&sb, &image);
    sb.write("sbom.spdx.json", b"{\"spdxVersion\":\"SPDX-2.3\"}\n");

    let (out, _) = run_recipe(
        &sb,
        "github.sh",
        &bin,
        &[
            ("REGISTRY", h.clone()),
            ("REGISTRY_PASSWORD", TEST_PASSWORD.to_string()),
            ("GITHUB_ACTOR", TEST_USER.to_string()),
            ("GITHUB_REPOSITORY", "octo-org/octo-repo".to_string()),
            ("GITHUB_SHA", SHA.to_string()),
        ],
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.first(), Some(&"Login Succeeded"), "{out}");
    // the step prints the digest of the attached SBOM, and nothing after it
    let digest = *lines.last().unwrap();
    assert!(digest.starts_with("sha256:") && digest.len() == 71, "{out}");
    let refs = referrers(&sb, &image);
    assert_eq!(refs.len(), 1, "{refs:?}");
    assert_eq!(refs[0]["digest"], digest);
    assert_eq!(refs[0]["artifactType"], "application/spdx+json");
    assert_eq!(refs[0]["annotations"]["github.sha"], SHA);
}

#[test]
fn gitlab_ci_job() {
    let reg = TestRegistry::start_with(RegistryOpts::with_test_user());
    let sb = Sandbox::new();
    let bin = sb.oras_bin_dir();
    let h = reg.host();
    let project = format!("{h}/group/project");
    let image = format!("{project}/app:{SHA}");
    push_image(&sb, &image);
    sb.write("trivy-report.json", b"{\"Results\":[]}\n");
    sb.write("sbom.spdx.json", b"{\"spdxVersion\":\"SPDX-2.3\"}\n");

    let (out, _) = run_recipe(
        &sb,
        "gitlab.sh",
        &bin,
        &[
            ("CI_REGISTRY", h.clone()),
            ("CI_REGISTRY_USER", TEST_USER.to_string()),
            ("CI_REGISTRY_PASSWORD", TEST_PASSWORD.to_string()),
            ("CI_REGISTRY_IMAGE", project.clone()),
            ("CI_COMMIT_SHA", SHA.to_string()),
        ],
    );
    assert!(out.starts_with("Login Succeeded\n"), "{out}");
    assert_eq!(out.matches("\nAttached to [registry] ").count(), 2, "{out}");
    // the job's last line: the number of referrers of the image
    assert_eq!(out.lines().last(), Some("2"), "{out}");
    let mut types: Vec<String> = referrers(&sb, &image)
        .iter()
        .map(|r| r["artifactType"].as_str().unwrap().to_string())
        .collect();
    types.sort();
    assert_eq!(
        types,
        [
            "application/spdx+json",
            "application/vnd.example.trivy.report.v1+json"
        ]
    );
}
