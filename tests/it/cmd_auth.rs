//! `oras login`/`logout` and the auth/transport stack, against real `docker-registry`
//! processes (htpasswd, TLS, client certificates) and the scripted test server for
//! redirects, bare `401`s and `Retry-After`.

use crate::support::certs::TestCerts;
use crate::support::command::Finished;
use crate::support::registry::{RegistryOpts, TEST_PASSWORD, TEST_USER, TestRegistry};
use crate::support::sandbox::Sandbox;
use crate::support::scripted_server::{ScriptedServer, response};
use base64::Engine as _;
use std::os::unix::fs::PermissionsExt;

/// A sandbox with `hi.txt` to push.
fn sandbox() -> Sandbox {
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hello world\n");
    sb
}

fn htpasswd_registry() -> TestRegistry {
    TestRegistry::start_with(RegistryOpts::with_test_user())
}

fn basic_b64() -> String {
    base64::engine::general_purpose::STANDARD.encode(format!("{TEST_USER}:{TEST_PASSWORD}"))
}

fn assert_no_secret(out: &Finished) {
    let (stdout, stderr) = out.text();
    for s in [TEST_PASSWORD.to_string(), basic_b64()] {
        assert!(
            !stdout.contains(&s) && !stderr.contains(&s),
            "secret in output:\n{stdout}\n{stderr}"
        );
    }
}

#[test]
fn login_stores_then_logout_removes() {
    let reg = htpasswd_registry();
    let sb = sandbox();
    let host = reg.host();
    let out = sb.oras_in(
        &format!("login {host} -u {TEST_USER} --password-stdin"),
        "testpassword\n",
    );
    assert_eq!(
        out.outcome(),
        (0, "Login Succeeded\n".to_string(), "".to_string())
    );
    let meta = std::fs::metadata(sb.docker_config()).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let dir_mode = std::fs::metadata(sb.home.join(".docker"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(dir_mode & 0o777, 0o700);
    assert_eq!(
        std::fs::read_to_string(sb.docker_config()).unwrap(),
        format!(
            "{{\n\t\"auths\": {{\n\t\t\"{host}\": {{\n\t\t\t\"auth\": \"{}\"\n\t\t}}\n\t}}\n}}",
            basic_b64()
        )
    );

    // the stored credential is used
    let out = sb.oras(&format!("push {host}/private:v1 hi.txt"));
    assert_eq!(out.code, 0, "{}", out.stderr_text());

    let out = sb.oras(&format!("logout {host}"));
    assert_eq!(out.outcome(), (0, "".to_string(), "".to_string()));
    assert_eq!(
        std::fs::read_to_string(sb.docker_config()).unwrap(),
        "{\n\t\"auths\": {}\n}"
    );
    // logging out twice is fine
    assert_eq!(sb.oras(&format!("logout {host}")).code, 0);

    let out = sb.oras(&format!("pull {host}/private:v1 -o out"));
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr_text(),
        format!(
            "Error: basic credential not found\nPlease check whether the registry credential stored in the authentication file at \"{}\" is correct\n",
            sb.docker_config().display()
        )
    );
}

#[test]
fn login_rejects_wrong_password_and_keeps_config() {
    let reg = htpasswd_registry();
    let sb = sandbox();
    let host = reg.host();
    std::fs::create_dir_all(sb.docker_config().parent().unwrap()).unwrap();
    std::fs::write(sb.docker_config(), "{\"auths\":{}, \"x\": 1}").unwrap();
    let out = sb.oras_in(
        &format!("login {host} -u {TEST_USER} --password-stdin"),
        "not-the-password\n",
    );
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout_text(), "");
    // oras's ReportErrResp: only the registry's own words, no wrapping context (R8)
    assert_eq!(
        out.stderr_text(),
        "Error response from registry: unauthorized: authentication required\n"
    );
    assert!(!out.stderr_text().contains("not-the-password"));
    assert_eq!(
        std::fs::read_to_string(sb.docker_config()).unwrap(),
        "{\"auths\":{}, \"x\": 1}"
    );
    // a username with a colon is refused by the registry the same way
    let out = sb.oras_in(&format!("login {host} -u bad:user --password-stdin"), "x\n");
    assert_eq!(
        (out.code, out.stderr_text().as_str()),
        (
            1,
            "Error response from registry: unauthorized: authentication required\n"
        )
    );
}

#[test]
fn login_to_a_registry_without_an_error_body_reports_the_status_line() {
    // zot answers a bad password with a bare 401: oras prints the request and status
    let mock = ScriptedServer::start(|_, _| {
        response(
            "401 Unauthorized",
            &[("WWW-Authenticate", "Basic realm=\"zot\"")],
            "",
        )
    });
    let sb = sandbox();
    let host = mock.host();
    let out = sb.oras_in(
        &format!("login {host} -u {TEST_USER} --password-stdin"),
        "wrong\n",
    );
    assert_eq!(out.code, 1, "{}", out.stderr_text());
    assert_eq!(
        out.stderr_text(),
        format!(
            "Error response from registry: GET \"http://{host}/v2/\": response status code 401: Unauthorized\n"
        )
    );
    assert!(!sb.docker_config().exists());
}

#[test]
fn login_prompts_on_stdin_without_a_terminal() {
    let reg = htpasswd_registry();
    let sb = sandbox();
    let host = reg.host();
    let out = sb.oras_in(&format!("login {host}"), "testuser\ntestpassword\n");
    assert_eq!(out.code, 0, "{}", out.stderr_text());
    assert_eq!(out.stdout_text(), "Username: Password: Login Succeeded\n");
    assert_no_secret(&out);

    let out = sb.oras_in(&format!("login {host}"), "\n\n");
    assert_eq!(
        (out.code, out.stdout_text().as_str()),
        (1, "Username: Token: ")
    );
    assert_eq!(out.stderr_text(), "Error: token required\n");
    let out = sb.oras_in(&format!("login {host} -u x"), "\n");
    assert_eq!(out.stderr_text(), "Error: password required\n");

    let out = sb.oras("login");
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr_text(),
        "Error: \"oras login\" requires exactly 1 argument but got 0\nUsage: oras login [flags] <registry>\nPlease specify exactly 1 argument as the registry to log in to. Run \"oras login -h\" for more options and examples\n"
    );
    let out = sb.oras(&format!("login {host} -u a --identity-token t"));
    assert_eq!(
        out.stderr_text(),
        "Error: --username, --identity-token cannot be used at the same time\n"
    );
}

#[test]
fn debug_trace_never_shows_credentials() {
    let reg = htpasswd_registry();
    let sb = sandbox();
    let host = reg.host();
    let out = sb.oras(&format!(
        "push {host}/private:v1 hi.txt -u {TEST_USER} -p {TEST_PASSWORD} --debug"
    ));
    assert_eq!(out.code, 0, "{}", out.stderr_text());
    assert!(
        out.stderr_text().contains("--> Request #0"),
        "{}",
        out.stderr_text()
    );
    assert!(
        out.stderr_text().contains("<-- Response #0"),
        "{}",
        out.stderr_text()
    );
    assert!(
        out.stderr_text().contains("\"Authorization\": \"*****\""),
        "{}",
        out.stderr_text()
    );
    assert!(
        out.stderr_text()
            .contains("< Response Status: \"201 Created\""),
        "{}",
        out.stderr_text()
    );
    assert_no_secret(&out);

    let out = sb.oras_in(
        &format!("login {host} -u {TEST_USER} --password-stdin --debug"),
        "testpassword\n",
    );
    assert_eq!(out.code, 0, "{}", out.stderr_text());
    assert!(out.stderr_text().contains("Request #"));
    assert_no_secret(&out);
}

#[test]
fn tls_ca_file_insecure_and_client_certificates() {
    let sb = sandbox();
    let certs = TestCerts::generate(&sb.work);
    let reg = TestRegistry::start_with(RegistryOpts::with_test_user().tls(certs.server_tls(false)));
    let host = reg.host();
    let login = |extra: &str| {
        sb.oras_in(
            &format!("login {host} --plain-http=false -u {TEST_USER} --password-stdin {extra}"),
            "testpassword\n",
        )
    };
    let out = login("");
    assert_eq!(out.code, 1, "{}", out.stderr_text());
    assert!(
        out.stderr_text().starts_with(&format!(
            "Error: failed to validate the credentials for {host}: Get \"https://{host}/v2/\""
        )),
        "{}",
        out.stderr_text()
    );
    let ca = certs.ca.display().to_string();
    let out = login(&format!("--ca-file {ca}"));
    assert_eq!(
        (out.code, out.stdout_text().as_str()),
        (0, "Login Succeeded\n"),
        "{}",
        out.stderr_text()
    );
    let out = login("--insecure");
    assert_eq!(out.code, 0, "{}", out.stderr_text());
    drop(reg);

    let reg = TestRegistry::start_with(RegistryOpts::default().tls(certs.server_tls(true)));
    let repo = format!("{}/mtls:v1", reg.host());
    let out = sb.oras(&format!(
        "push {repo} hi.txt --plain-http=false --ca-file {ca}"
    ));
    assert_eq!(
        out.code, 1,
        "a client without a certificate must be refused"
    );
    let (cert, key) = (
        certs.client_cert.display().to_string(),
        certs.client_key.display().to_string(),
    );
    let out = sb.oras(&format!(
        "push {repo} hi.txt --plain-http=false --ca-file {ca} --cert-file {cert} --key-file {key}"
    ));
    assert_eq!(out.code, 0, "{}", out.stderr_text());
    assert!(
        out.stdout_text().contains("Pushed [registry]"),
        "{}",
        out.stdout_text()
    );
}

#[test]
fn bad_transport_input_fails_without_touching_config() {
    let sb = sandbox();
    let out = sb.oras("login localhost:1 -u a -p b --cert-file c.pem");
    assert_eq!(out.code, 1);
    assert!(
        out.stderr_text()
            .ends_with("Error: --cert-file must be used in conjunction with --key-file\n"),
        "{}",
        out.stderr_text()
    );
    let out = sb.oras_in(
        "login localhost:1 -u a --password-stdin --ca-file missing.pem",
        "b\n",
    );
    assert_eq!(
        out.stderr_text(),
        "Error: open missing.pem: no such file or directory\n"
    );
    sb.write("junk.pem", b"not a certificate");
    let out = sb.oras_in(
        "login localhost:1 -u a --password-stdin --ca-file junk.pem",
        "b\n",
    );
    assert_eq!(
        out.stderr_text(),
        "Error: Failed to load certificate in file: junk.pem\n"
    );
    let out = sb.oras_in(
        "login localhost:1 -u a --password-stdin --resolve x:y:z",
        "b\n",
    );
    assert_eq!(
        out.stderr_text(),
        "Error: failed to parse resolve flag \"x:y:z\": expecting uint64 host port\n"
    );
    assert!(!sb.docker_config().exists());
}

#[test]
fn resolve_maps_a_name_to_loopback() {
    let reg = htpasswd_registry();
    let sb = sandbox();
    let name = format!("registry.test:{}", reg.port());
    let rule = format!("{name}:127.0.0.1");
    let out = sb.oras_in(
        &format!("login {name} --plain-http --resolve {rule} -u {TEST_USER} --password-stdin"),
        "testpassword\n",
    );
    assert_eq!(
        (out.code, out.stdout_text().as_str()),
        (0, "Login Succeeded\n"),
        "{}",
        out.stderr_text()
    );
    assert!(
        std::fs::read_to_string(sb.docker_config())
            .unwrap()
            .contains(&format!("\"{name}\""))
    );
}

#[test]
fn authorization_never_follows_a_redirect_to_another_host() {
    // B: the redirect target; it must never see our credentials.
    let b = ScriptedServer::start(|_, _| {
        response("200 OK", &[("Content-Type", "application/json")], "{}")
    });
    let b_url = format!("http://127.0.0.1:{}/v2/", b.port);
    // A: asks for Basic auth, then redirects the authorized request to B.
    let a = ScriptedServer::start(move |head, _| {
        if head
            .to_ascii_lowercase()
            .contains("\r\nauthorization: basic")
        {
            response("307 Temporary Redirect", &[("Location", &b_url)], "")
        } else {
            response(
                "401 Unauthorized",
                &[("WWW-Authenticate", "Basic realm=\"r\"")],
                "",
            )
        }
    });
    let sb = sandbox();
    let host = a.host();
    let out = sb.oras_in(
        &format!("login {host} -u {TEST_USER} --password-stdin"),
        "testpassword\n",
    );
    assert_eq!(
        (out.code, out.stdout_text().as_str()),
        (0, "Login Succeeded\n"),
        "{}",
        out.stderr_text()
    );
    let a_seen = a.requests();
    assert!(
        a_seen
            .iter()
            .any(|h| h.to_ascii_lowercase().contains("authorization: basic")),
        "{a_seen:?}"
    );
    let b_seen = b.requests();
    assert_eq!(b_seen.len(), 1, "{b_seen:?}");
    assert!(
        !b_seen[0].to_ascii_lowercase().contains("authorization"),
        "{b_seen:?}"
    );
}

#[test]
fn retry_after_is_honoured_and_reported_once_per_retry() {
    let server = ScriptedServer::start(|_, n| {
        if n == 0 {
            response("503 Service Unavailable", &[("Retry-After", "1")], "")
        } else {
            response("200 OK", &[("Content-Type", "application/json")], "{}")
        }
    });
    let sb = sandbox();
    let host = server.host();
    let start = std::time::Instant::now();
    let out = sb.oras_in(&format!("login {host} -u a --password-stdin"), "b\n");
    assert_eq!(out.code, 0, "{}", out.stderr_text());
    assert!(start.elapsed() >= std::time::Duration::from_secs(1));
    let stderr = out.stderr_text();
    let warnings: Vec<&str> = stderr.lines().collect();
    assert_eq!(warnings.len(), 1, "{}", out.stderr_text());
    assert!(
        warnings[0].starts_with(&format!("Warning: retrying GET \"http://{host}/v2/\" in 1")),
        "{}",
        out.stderr_text()
    );
    assert!(
        warnings[0].ends_with("(retry 1 of 5): response status code 503: Service Unavailable"),
        "{}",
        out.stderr_text()
    );
}

#[test]
fn credential_helper_stores_gets_and_erases() {
    let reg = htpasswd_registry();
    let sb = sandbox();
    let host = reg.host();
    let bin = sb.path("bin");
    std::fs::create_dir(&bin).unwrap();
    let store = sb.path("helper-store");
    // A fake helper keeping one credential in a file (stdin JSON for store, server on stdin
    // for get/erase).
    let script = format!(
        "#!/bin/sh\ncase \"$1\" in\n store) cat > {s} ;;\n get) if [ -s {s} ]; then sed 's/\"ServerURL\":\"[^\"]*\",//' {s}; else echo 'credentials not found in native keychain'; exit 1; fi ;;\n erase) : > {s} ;;\nesac\n",
        s = store.display()
    );
    let helper = bin.join("docker-credential-test");
    std::fs::write(&helper, script).unwrap();
    std::fs::set_permissions(&helper, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::create_dir_all(sb.docker_config().parent().unwrap()).unwrap();
    std::fs::write(sb.docker_config(), "{\"credsStore\":\"test\"}").unwrap();
    // the helper is found on PATH
    let env = format!("PATH='{}':\"$PATH\"", bin.display());
    let login = format!("login {host} -u {TEST_USER} --password-stdin");

    let out = sb.oras_env(&login, &env, b"testpassword\n");
    assert_eq!(
        (out.code, out.stdout_text().as_str()),
        (0, "Login Succeeded\n"),
        "{}",
        out.stderr_text()
    );
    assert!(
        std::fs::read_to_string(&store)
            .unwrap()
            .contains("\"Secret\":\"testpassword\"")
    );
    assert!(
        !std::fs::read_to_string(sb.docker_config())
            .unwrap()
            .contains("auths\": {\n"),
        "no plain-text copy"
    );

    let out = sb.oras_env(&format!("push {host}/helper:v1 hi.txt"), &env, b"");
    assert_eq!(out.code, 0, "{}", out.stderr_text());

    let out = sb.oras_env(&format!("logout {host}"), &env, b"");
    assert_eq!(out.code, 0, "{}", out.stderr_text());
    assert_eq!(std::fs::read_to_string(&store).unwrap(), "");

    // a helper that is not installed
    std::fs::write(sb.docker_config(), "{\"credsStore\":\"missing\"}").unwrap();
    let out = sb.oras_env(&login, &env, b"testpassword\n");
    assert_eq!(out.code, 1);
    assert!(
        out.stderr_text().contains("docker-credential-missing"),
        "{}",
        out.stderr_text()
    );
    assert_no_secret(&out);
    assert_eq!(
        std::fs::read_to_string(sb.docker_config()).unwrap(),
        "{\"credsStore\":\"missing\"}"
    );
}

#[test]
fn a_failed_blob_upload_is_retried_from_a_reopened_source() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let blob_puts = std::sync::Arc::new(AtomicUsize::new(0));
    let puts = std::sync::Arc::clone(&blob_puts);
    let server = ScriptedServer::start(move |head, _| {
        let line = head.lines().next().unwrap_or_default().to_string();
        if line.starts_with("HEAD ") {
            response("404 Not Found", &[], "")
        } else if line.starts_with("POST ") {
            response(
                "202 Accepted",
                &[("Location", "/v2/r/blobs/uploads/session")],
                "",
            )
        } else if line.starts_with("PUT /v2/r/blobs/") {
            // the first streamed upload of the big blob fails
            let big = head.to_ascii_lowercase().contains("content-length: 307200");
            if puts.fetch_add(1, Ordering::SeqCst) <= 1 && big {
                response("500 Internal Server Error", &[], "")
            } else {
                response("201 Created", &[], "")
            }
        } else if line.starts_with("PUT /v2/r/manifests/") {
            response("201 Created", &[], "")
        } else {
            response("400 Bad Request", &[], "")
        }
    });
    let sb = sandbox();
    // larger than the in-memory upload limit, so the body is a one-shot stream
    sb.write("big.bin", &vec![7u8; 300 * 1024]);
    let repo = format!("localhost:{}/r:v1", server.port);
    let out = sb.oras(&format!("push {repo} big.bin --concurrency 1"));
    assert_eq!(out.code, 0, "{}", out.stderr_text());
    let stderr = out.stderr_text();
    let retries: Vec<&str> = stderr.lines().collect();
    assert_eq!(retries.len(), 1, "{}", out.stderr_text());
    assert!(
        retries[0].starts_with("Warning: retrying the upload of sha256:"),
        "{}",
        out.stderr_text()
    );
    // two blobs (config + big.bin) plus one retried upload
    assert_eq!(blob_puts.load(Ordering::SeqCst), 3);
    let posts = server
        .requests()
        .iter()
        .filter(|h| h.starts_with("POST "))
        .count();
    assert_eq!(posts, 3, "a new upload session per attempt");
}

#[test]
fn custom_headers_and_secrets_stay_with_the_registry() {
    // C: a next page on another origin; it must never be asked
    let c = ScriptedServer::start(|_, _| response("200 OK", &[], r#"{"tags":["evil"]}"#));
    let c_link = format!(
        "<http://127.0.0.1:{}/v2/r/tags/list?last=b>; rel=\"next\"",
        c.port
    );
    // B: the redirect target (a "storage" host); answers with a cross-origin Link header
    let b = ScriptedServer::start(move |_, _| {
        response(
            "200 OK",
            &[("Content-Type", "application/json"), ("Link", &c_link)],
            r#"{"name":"r","tags":["a","b"]}"#,
        )
    });
    let b_url = format!(
        "http://127.0.0.1:{}/v2/r/tags/list?X-Amz-Signature=s3cr3tsig",
        b.port
    );
    // A: the registry; redirects the tag list to B
    let a = ScriptedServer::start(move |_, _| {
        response("307 Temporary Redirect", &[("Location", &b_url)], "")
    });
    let sb = sandbox();
    let out = sb.oras(&format!(
        "repo tags {}/r -H 'X-Secret: hunter2' --debug",
        a.host()
    ));
    assert_eq!(
        (out.code, out.stdout_text().as_str()),
        (0, "a\nb\n"),
        "{}",
        out.stderr_text()
    );
    assert!(
        a.requests()[0]
            .to_ascii_lowercase()
            .contains("x-secret: hunter2")
    );
    let b_seen = b.requests();
    assert_eq!(b_seen.len(), 1);
    assert!(
        !b_seen[0].to_ascii_lowercase().contains("x-secret"),
        "{b_seen:?}"
    );
    assert!(
        c.requests().is_empty(),
        "a cross-origin next page was followed"
    );
    // --debug shows -H as typed, as oras 1.3.0 does (R3), on the registry's request only:
    // the hop to the other host carries no -H header and the log says so
    let stderr = out.stderr_text();
    let requests: Vec<&str> = stderr.split("--> Request #").skip(1).collect();
    assert!(
        requests[0].contains("   \"X-Secret\": \" hunter2\"\n"),
        "{}",
        out.stderr_text()
    );
    assert!(
        requests[1..].iter().all(|r| !r.contains("hunter2")),
        "{}",
        out.stderr_text()
    );
    assert!(
        !out.stderr_text().contains("s3cr3tsig"),
        "{}",
        out.stderr_text()
    );
}
