//! The commands of the user's tutorial (`../shared/seed-tutorial-commands.md`), run as
//! written against a local registry (only the registry part of each reference differs).
//! backup/restore as the tutorial writes them (`--from`) are in `cmd_backup`. Commands that need the internet (`docker.io/library/alpine`) or a TLS registry of the
//! reader's own are left out here; TLS flags are covered in `cmd_auth`.

use crate::support::registry::{RegistryOpts, TEST_PASSWORD, TEST_USER, TestRegistry};
use crate::support::sandbox::Sandbox;

#[test]
fn tutorial_commands_run_as_written() {
    let reg = TestRegistry::start();
    let r = reg.host();
    let sb = Sandbox::new();
    sb.write("nginx.conf", b"events {}\nhttp { server { listen 80; } }\n");
    sb.write("README.md", b"# nginx config\n");
    sb.write("security-audit.json", br#"{"findings":[]}"#);
    sb.write("deployment.yaml", b"kind: Deployment\n");
    sb.write("service.yaml", b"kind: Service\n");
    sb.write("ingress.yaml", b"kind: Ingress\n");
    sb.write("sbom.spdx.json", br#"{"spdxVersion":"SPDX-2.3"}"#);
    sb.write("app-linux-amd64", b"\x7fELF amd64");
    sb.write("app-linux-arm64", b"\x7fELF arm64");
    sb.write("test-report.json", br#"{"passed":152}"#);
    sb.write("coverage.html", b"<html></html>");
    sb.write("fichier.txt", b"bonjour\n");

    assert!(sb.ok("version").starts_with("Version:        1.3.0\n"));
    sb.ok(&format!("push {r}/config/nginx:v1.0 nginx.conf"));
    sb.ok(&format!("push {r}/config/nginx:v1.1 nginx.conf README.md"));
    sb.ok(&format!(
            "push {r}/config/nginx:v1.2 nginx.conf:application/vnd.example.nginx.conf README.md:text/markdown"
        ),
    );
    sb.ok(&format!(
            "push {r}/config/nginx:v1.3 --annotation \"org.opencontainers.image.created=$(date -Iseconds)\" \
         --annotation \"org.opencontainers.image.authors=votre-nom\" \
         --annotation \"org.opencontainers.image.description=Configuration Nginx pour prod\" \
         --annotation \"environment=production\" nginx.conf README.md"
        ),
    );
    sb.ok(&format!("push --plain-http {r}/config/nginx:v1 nginx.conf"));
    sb.ok(&format!("pull {r}/config/nginx:v1.3 -o pulled"));
    assert_eq!(sb.read("pulled/README.md"), b"# nginx config\n");
    sb.ok(&format!(
        "pull -o {}/mon-config {r}/config/nginx:v1.3",
        sb.tmp.display()
    ));
    let digest = sb.ok(&format!("resolve {r}/config/nginx:v1.3"));
    sb.ok(&format!(
        "pull {r}/config/nginx@{} -o by-digest",
        digest.trim()
    ));
    sb.ok(&format!(
        "push --artifact-platform linux/amd64 {r}/mon-org/cli:v3.0 app-linux-amd64"
    ));
    sb.ok(&format!(
        "push --artifact-platform linux/arm64 {r}/mon-org/cli:v3.0 app-linux-arm64"
    ));
    sb.ok(&format!(
        "pull --platform linux/arm64 {r}/mon-org/cli:v3.0 -o arm"
    ));
    assert_eq!(sb.read("arm/app-linux-arm64"), b"\x7fELF arm64");
    assert!(
        sb.ok(&format!("manifest fetch {r}/config/nginx:v1.3 --pretty"))
            .contains("\n  \"layers\": [\n")
    );
    assert!(
        sb.ok(&format!(
            "manifest fetch {r}/config/nginx:v1.3 --descriptor"
        ))
        .starts_with("{\"mediaType\":")
    );
    sb.ok(&format!(
        "attach --artifact-type application/vnd.example.security.audit.v1+json \
         --annotation \"scanned-by=trivy\" --annotation \"scan-date=2025-12-19\" \
         {r}/config/nginx:v1.3 security-audit.json"
    ));
    assert!(
        sb.ok(&format!("discover {r}/config/nginx:v1.3"))
            .contains("application/vnd.example.security.audit.v1+json")
    );
    sb.ok(&format!(
            "discover --artifact-type application/vnd.example.security.audit.v1+json {r}/config/nginx:v1.3"
        ),
    );
    let json = sb.ok(&format!("discover --format json {r}/config/nginx:v1.3"));
    assert!(json.contains("\"referrers\": ["), "{json}");
    sb.ok(&format!(
        "copy {r}/config/nginx:v1.3 {r}/mirror/config/nginx:v1.3"
    ));
    sb.ok(&format!(
        "copy -r {r}/config/nginx:v1.3 {r}/mirror2/config/nginx:v1.3"
    ));
    assert!(
        sb.ok(&format!("discover {r}/mirror2/config/nginx:v1.3"))
            .contains("security.audit")
    );
    let fetched = sb.oras(&format!(
        "manifest fetch {r}/config/nginx:v1.3 > manifest.json"
    ));
    assert_eq!(fetched.code, 0);
    sb.ok(&format!(
        "manifest push {r}/config/nginx:latest manifest.json"
    ));
    sb.ok(&format!(
        "copy {r}/config/nginx:v1.3 {r}/config/nginx:latest"
    ));
    sb.ok(&format!(
        "copy --from-plain-http --to-plain-http {r}/config/nginx:v1.3 {r}/config/nginx:latest"
    ));
    // the tutorial answers the confirmation prompt
    let del = sb.oras_env(
        &format!("manifest delete {r}/config/nginx:v1.0"),
        "",
        b"y\n",
    );
    assert_eq!(del.code, 0, "{:?}", del.text());
    let d12 = sb.ok(&format!("resolve {r}/config/nginx:v1.2"));
    let del = sb.oras_env(
        &format!("manifest delete {r}/config/nginx@{}", d12.trim()),
        "",
        b"y\n",
    );
    assert_eq!(del.code, 0, "{:?}", del.text());
    sb.ok(&format!(
        "push {r}/mon-org/k8s-configs/frontend:v2.5.0 --annotation \"git-commit=a1b2c3d\" \
         --annotation \"deployed-by=ci-pipeline\" deployment.yaml service.yaml ingress.yaml"
    ));
    sb.ok(&format!(
        "pull {r}/mon-org/k8s-configs/frontend:v2.5.0 -o k8s"
    ));
    sb.ok(&format!("push {r}/mon-org/app:v1.0 README.md"));
    sb.ok(&format!(
            "attach --artifact-type application/spdx+json --annotation \"tool=syft\" --annotation \"format=spdx\" \
         {r}/mon-org/app:v1.0 sbom.spdx.json"
        ),
    );
    sb.ok(&format!("push {r}/mon-org/app:build-a1b2c3d README.md"));
    let ci = sb.oras_env(
        &format!(
            "attach --artifact-type application/vnd.example.test.report.v1+json --annotation \"test-suite=integration\" \
             --annotation \"passed=152\" --annotation \"failed=0\" {r}/mon-org/app:build-${{CI_COMMIT_SHA}} test-report.json coverage.html"
        ),
        "export CI_COMMIT_SHA=a1b2c3d;",
        b"",
    );
    assert_eq!(ci.code, 0, "{:?}", ci.text());
    assert!(
        sb.ok(&format!("discover {r}/mon-org/app:build-a1b2c3d"))
            .contains("test.report")
    );
    sb.ok(&format!("push {r}/mon-org/config:v1.0 nginx.conf"));
    let cache = sb.oras_env(
        &format!("pull {r}/mon-org/config:v1.0 -o c1; ORAS_CACHE=~/.oras/cache {{oras}} pull {r}/mon-org/config:v1.0 -o c2"),
        "export ORAS_CACHE=~/.oras/cache;",
        b"",
    );
    assert_eq!(cache.code, 0, "{:?}", cache.text());
    assert!(sb.home.join(".oras/cache/index.json").exists());
    sb.ok(&format!(
        "push --image-spec v1.0 {r}/registry-example/repo:v1 fichier.txt"
    ));
    sb.ok(&format!(
        "pull --concurrency 10 {r}/mon-org/config:v1.0 -o c3"
    ));
}

#[test]
fn tutorial_logins_work_as_written() {
    let reg = TestRegistry::start_with(RegistryOpts::with_test_user());
    let r = reg.host();
    let sb = Sandbox::new();
    // `oras login <host> -u <user>` then a Password: prompt (stdin is not a terminal here)
    let login = sb.oras_env(
        &format!("login {r} -u {TEST_USER}"),
        "",
        format!("{TEST_PASSWORD}\n").as_bytes(),
    );
    let (out, err) = login.text();
    assert_eq!(login.code, 0, "{out}{err}");
    assert!(out.contains("Login Succeeded"), "{out}");
    // `echo $GITHUB_TOKEN | oras login ghcr.io -u username --password-stdin`
    let login = sb.oras_env(
        &format!("login {r} -u {TEST_USER} --password-stdin"),
        "",
        format!("{TEST_PASSWORD}\n").as_bytes(),
    );
    assert_eq!(login.code, 0, "{:?}", login.text());
    assert_eq!(login.text().0, "Login Succeeded\n");
    sb.write("nginx.conf", b"events {}\n");
    sb.ok(&format!("push {r}/config/nginx:v1.0 nginx.conf"));
}
