//! The container tools' logins and certificates against real registries: a real
//! `skopeo login` (`--authfile`, `REGISTRY_AUTH_FILE`) then oras with no docker config,
//! docker's config winning, namespace keys, a wrong password, bad auth files; certs.d
//! folders with a CA and client certificate made at test time; the two sides of `cp`;
//! and `ORAS_NO_CONTAINERS_CONFIG`.

use crate::support::certs::TestCerts;
use crate::support::command::CREATED;
use crate::support::registry::{RegistryOpts, TEST_PASSWORD, TEST_USER, TestRegistry};
use crate::support::sandbox::{Sandbox, shell_quote};
use base64::Engine as _;
use std::path::{Path, PathBuf};

fn htpasswd_registry() -> TestRegistry {
    TestRegistry::start_with(RegistryOpts::with_test_user())
}

fn sandbox() -> Sandbox {
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hello world\n");
    sb
}

fn b64(user: &str, password: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
}

/// `{"auths":{key: base64(user:password), …}}`.
fn auth_json(entries: &[(&str, &str, &str)]) -> String {
    let items: Vec<String> = entries
        .iter()
        .map(|(k, u, p)| format!(r#""{k}":{{"auth":"{}"}}"#, b64(u, p)))
        .collect();
    format!(r#"{{"auths":{{{}}}}}"#, items.join(","))
}

/// `~/.config/containers/auth.json` of the sandbox.
fn user_auth_file(sb: &Sandbox) -> PathBuf {
    sb.home.join(".config/containers/auth.json")
}

fn write(path: &Path, body: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, body).unwrap();
}

/// The catalog of an htpasswd registry, read with the test user.
fn catalog(reg: &TestRegistry) -> String {
    let auth = format!("Basic {}", b64(TEST_USER, TEST_PASSWORD));
    let r = crate::support::http::request(
        reg.port(),
        "GET",
        "/v2/_catalog",
        &[("Authorization", &auth)],
    )
    .expect("GET /v2/_catalog");
    assert_eq!(r.status, 200, "{}", r.text());
    r.text()
}

/// The tags of `repo` on an htpasswd registry, read with the test user.
fn tags(reg: &TestRegistry, repo: &str) -> String {
    let auth = format!("Basic {}", b64(TEST_USER, TEST_PASSWORD));
    let r = crate::support::http::request(
        reg.port(),
        "GET",
        &format!("/v2/{repo}/tags/list"),
        &[("Authorization", &auth)],
    )
    .expect("GET tags/list");
    r.text()
}

/// `oras repo ls` of the mutual-TLS registry with explicit flags (the files ignored).
fn mtls_catalog(sb: &Sandbox, host: &str, certs: &TestCerts) -> String {
    let out = sb.oras_env(
        &format!(
            "repo ls {host} --ca-file {} --cert-file {} --key-file {}",
            certs.ca.display(),
            certs.client_cert.display(),
            certs.client_key.display()
        ),
        "ORAS_NO_CONTAINERS_CONFIG=1",
        b"",
    );
    assert_eq!(out.code, 0, "{:?}", out.text());
    out.stdout_text()
}

/// A real `skopeo login` into `authfile` (plain HTTP allowed).
fn skopeo_login(sb: &Sandbox, host: &str, authfile: &Path) {
    let out = sb.sh(
        &format!(
            "skopeo login --tls-verify=false --authfile {} -u {TEST_USER} --password-stdin {host}",
            shell_quote(&authfile.to_string_lossy())
        ),
        format!("{TEST_PASSWORD}\n").as_bytes(),
    );
    assert_eq!(out.code, 0, "skopeo login: {:?}", out.text());
    assert!(authfile.exists(), "skopeo wrote {}", authfile.display());
}

#[test]
fn a_skopeo_login_is_used_without_any_docker_config() {
    let reg = htpasswd_registry();
    let sb = sandbox();
    let host = reg.host();
    let authfile = user_auth_file(&sb);
    skopeo_login(&sb, &host, &authfile);

    sb.ok(&format!("push {host}/app:v1 hi.txt"));
    let out = sb.oras(&format!("pull {host}/app:v1 -o out --debug"));
    assert_eq!(out.code, 0, "{:?}", out.text());
    assert_eq!(sb.read("out/hi.txt"), b"hello world\n");
    let stderr = out.stderr_text();
    assert!(
        stderr.contains(&format!(
            "credential for \"{host}/app\" from the containers auth file {}",
            authfile.display()
        )),
        "--debug names the file: {stderr}"
    );
    assert!(!stderr.contains(TEST_PASSWORD) && !stderr.contains(&b64(TEST_USER, TEST_PASSWORD)));
    assert!(!sb.docker_config().exists(), "oras wrote no docker config");
    // login/logout keep writing docker's file only
    let before = std::fs::read(&authfile).unwrap();
    sb.ok(&format!("logout {host}"));
    assert_eq!(std::fs::read(&authfile).unwrap(), before);
}

#[test]
fn registry_auth_file_names_the_auth_file() {
    let reg = htpasswd_registry();
    let sb = sandbox();
    let host = reg.host();
    let authfile = sb.path("elsewhere/auth.json");
    skopeo_login(&sb, &host, &authfile);
    let err = sb.fails(&format!("push {host}/app:v1 hi.txt"));
    assert!(
        err.starts_with("Error: basic credential not found"),
        "{err}"
    );
    let env = format!(
        "REGISTRY_AUTH_FILE={}",
        shell_quote(&authfile.to_string_lossy())
    );
    let out = sb.oras_env(&format!("push {host}/app:v1 hi.txt"), &env, b"");
    assert_eq!(out.code, 0, "{:?}", out.text());
    let out = sb.oras_env(&format!("repo tags {host}/app"), &env, b"");
    assert_eq!(out.stdout_text(), "v1\n");
}

#[test]
fn docker_config_wins_over_the_auth_file() {
    let reg = htpasswd_registry();
    let sb = sandbox();
    let host = reg.host();
    write(
        &user_auth_file(&sb),
        &auth_json(&[(&host, TEST_USER, TEST_PASSWORD)]),
    );
    write(
        &sb.docker_config(),
        &auth_json(&[(&host, TEST_USER, "wrong")]),
    );
    let err = sb.fails(&format!("push {host}/app:v1 hi.txt"));
    assert!(err.contains("401") || err.contains("unauthorized"), "{err}");
    write(
        &sb.docker_config(),
        &auth_json(&[(&host, TEST_USER, TEST_PASSWORD)]),
    );
    write(
        &user_auth_file(&sb),
        &auth_json(&[(&host, TEST_USER, "wrong")]),
    );
    sb.ok(&format!("push {host}/app:v1 hi.txt"));
}

#[test]
fn a_namespace_key_beats_the_host_key() {
    let reg = htpasswd_registry();
    let sb = sandbox();
    let host = reg.host();
    let team = format!("{host}/team");
    write(
        &user_auth_file(&sb),
        &auth_json(&[
            (&host, TEST_USER, "wrong"),
            (&team, TEST_USER, TEST_PASSWORD),
        ]),
    );
    sb.ok(&format!("push {host}/team/app:v1 hi.txt"));
    sb.ok(&format!("pull {host}/team/app:v1 -o out"));
    let err = sb.fails(&format!("push {host}/other/app:v1 hi.txt"));
    assert!(err.contains("401") || err.contains("unauthorized"), "{err}");
}

#[test]
fn a_wrong_password_in_the_auth_file_gives_the_usual_401() {
    let reg = htpasswd_registry();
    let sb = sandbox();
    let host = reg.host();
    write(
        &sb.docker_config(),
        &auth_json(&[(&host, TEST_USER, "wrong")]),
    );
    // a fixed creation time: the error names the manifest digest, which holds it (two
    // pushes a second apart would otherwise differ, as they did once under load)
    let push = format!("push {host}/app:v1 hi.txt {CREATED}");
    let from_docker = sb.oras(&push);
    std::fs::remove_file(sb.docker_config()).unwrap();
    write(
        &user_auth_file(&sb),
        &auth_json(&[(&host, TEST_USER, "wrong")]),
    );
    let from_auth_file = sb.oras(&push);
    assert_eq!(from_auth_file.code, 1);
    assert_eq!(from_auth_file.outcome(), from_docker.outcome());
    assert_eq!(catalog(&reg), "{\"repositories\":[]}\n");
}

#[test]
fn a_bad_auth_file_is_a_warning_and_the_switch_ignores_it() {
    let reg = htpasswd_registry();
    let sb = sandbox();
    let host = reg.host();
    let authfile = user_auth_file(&sb);
    write(&authfile, "{not json");
    let out = sb.oras(&format!("push {host}/app:v1 hi.txt"));
    assert_eq!(out.code, 1);
    let stderr = out.stderr_text();
    assert!(
        stderr.starts_with(&format!(
            "Warning: ignoring the containers auth file {}: invalid JSON",
            authfile.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("Error: basic credential not found"),
        "{stderr}"
    );

    // ORAS_NO_CONTAINERS_CONFIG: exactly oras 1.3.0 (the login is not read)
    write(&authfile, &auth_json(&[(&host, TEST_USER, TEST_PASSWORD)]));
    let out = sb.oras_env(
        &format!("push {host}/app:v1 hi.txt"),
        "ORAS_NO_CONTAINERS_CONFIG=1",
        b"",
    );
    assert_eq!(
        out.outcome(),
        (
            1,
            "Preparing hi.txt\n".to_string(),
            format!(
                "Error: basic credential not found\nPlease check whether the registry credential stored in the authentication file at \"{}\" is correct\n",
                sb.docker_config().display()
            )
        )
    );
}

/// A registry on `127.0.0.1:<port>` (HTTPS by default) that wants a client certificate.
fn mtls_registry(sb: &Sandbox) -> (TestRegistry, TestCerts, String) {
    let certs = TestCerts::generate(&sb.tmp);
    let reg = TestRegistry::start_with(RegistryOpts::default().tls(certs.server_tls(true)));
    let host = format!("127.0.0.1:{}", reg.port());
    (reg, certs, host)
}

fn install_certs(dir: &Path, certs: &TestCerts) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::copy(&certs.ca, dir.join("ca.crt")).unwrap();
    std::fs::copy(&certs.client_cert, dir.join("client.cert")).unwrap();
    std::fs::copy(&certs.client_key, dir.join("client.key")).unwrap();
}

#[test]
fn certs_d_folders_give_the_ca_and_the_client_certificate() {
    let sb = sandbox();
    let (_reg, certs, host) = mtls_registry(&sb);
    let err = sb.fails(&format!("push {host}/app:v1 hi.txt"));
    assert!(
        err.contains("certificate"),
        "fails cleanly without the files: {err}"
    );
    assert_eq!(mtls_catalog(&sb, &host, &certs), "");

    let user_dir = sb.home.join(".config/containers/certs.d").join(&host);
    install_certs(&user_dir, &certs);
    sb.ok(&format!("push {host}/app:v1 hi.txt"));
    sb.ok(&format!("pull {host}/app:v1 -o out"));
    assert_eq!(sb.read("out/hi.txt"), b"hello world\n");

    // docker's folder under /etc works the same
    std::fs::remove_dir_all(&user_dir).unwrap();
    install_certs(&sb.sysroot().join("etc/docker/certs.d").join(&host), &certs);
    assert_eq!(sb.ok(&format!("repo tags {host}/app")), "v1\n");

    // the switch: oras 1.3.0 knows no certs.d
    let out = sb.oras_env(
        &format!("repo tags {host}/app"),
        "ORAS_NO_CONTAINERS_CONFIG=1",
        b"",
    );
    assert_eq!(out.code, 1, "{:?}", out.text());
}

#[test]
fn bad_certs_d_files_are_errors_naming_them() {
    let sb = sandbox();
    let (reg, certs, host) = mtls_registry(&sb);
    let dir = sb.home.join(".config/containers/certs.d").join(&host);
    install_certs(&dir, &certs);
    std::fs::remove_file(dir.join("client.key")).unwrap();
    let err = sb.fails(&format!("push {host}/app:v1 hi.txt"));
    assert_eq!(
        err,
        format!(
            "Error: missing key client.key for client certificate client.cert in {}. Note that CA certificates should use the extension .crt\n",
            dir.display()
        )
    );
    std::fs::copy(&certs.client_key, dir.join("client.key")).unwrap();
    // a .crt that cannot be read (a folder: root reads any file)
    std::fs::remove_file(dir.join("ca.crt")).unwrap();
    std::fs::create_dir(dir.join("ca.crt")).unwrap();
    let err = sb.fails(&format!("push {host}/app:v1 hi.txt"));
    assert!(
        err.starts_with(&format!("Error: open {}", dir.join("ca.crt").display())),
        "{err}"
    );
    assert_eq!(mtls_catalog(&sb, &host, &certs), "", "nothing pushed");
    drop(reg);
}

#[test]
fn each_side_of_cp_has_its_own_logins() {
    let src = htpasswd_registry();
    let dst = htpasswd_registry();
    let sb = sandbox();
    let (s, d) = (src.host(), dst.host());
    let from = sb.path("from.json");
    write(&from, &auth_json(&[(&s, TEST_USER, TEST_PASSWORD)]));
    sb.ok(&format!(
        "push {s}/app:v1 hi.txt --registry-config {}",
        from.display()
    ));
    // the destination's login is in the containers auth file, under a namespace key
    let ns = format!("{d}/team");
    write(
        &user_auth_file(&sb),
        &auth_json(&[(&ns, TEST_USER, TEST_PASSWORD)]),
    );
    sb.ok(&format!(
        "cp --from-registry-config {} {s}/app:v1 {d}/team/app:v1",
        from.display()
    ));
    assert_eq!(
        tags(&dst, "team/app"),
        "{\"name\":\"team/app\",\"tags\":[\"v1\"]}\n"
    );
    // --to-registry-config applies to the destination only (and wins over the auth file)
    let to = sb.path("to.json");
    write(&to, &auth_json(&[(&d, TEST_USER, "wrong")]));
    let err = sb.fails(&format!(
        "cp --from-registry-config {} --to-registry-config {} {s}/app:v1 {d}/team/app:v2",
        from.display(),
        to.display()
    ));
    assert!(err.contains("destination") || err.contains("401"), "{err}");
    // --registry-config is read by both sides
    let both = sb.path("both.json");
    write(
        &both,
        &auth_json(&[
            (&s, TEST_USER, TEST_PASSWORD),
            (&d, TEST_USER, TEST_PASSWORD),
        ]),
    );
    sb.ok(&format!(
        "cp --registry-config {} {s}/app:v1 {d}/other:v1",
        both.display()
    ));
    assert_eq!(
        tags(&dst, "other"),
        "{\"name\":\"other\",\"tags\":[\"v1\"]}\n"
    );
}
