//! The `--debug` log and the request headers on the wire, as oras 1.3.0 has them: `-H`
//! headers shown as typed on every command (cp's `--from-header`/`--to-header` on their own
//! side only), credentials masked, entries `[<RFC3339Nano, local zone>][LEVEL]: …` followed
//! by two empty lines, and exactly oras-go's `Accept` headers (none on blob, tag-list,
//! catalog and upload requests). Every test runs against a real `docker-registry`.

use crate::support::command::CREATED;
use crate::support::fault_proxy::FaultProxy;
use crate::support::registry::{RegistryOpts, TEST_PASSWORD, TEST_USER, TestRegistry};
use crate::support::sandbox::Sandbox;
use base64::Engine as _;

/// The request part of each `--> Request #n` entry (up to its response).
fn request_blocks(stderr: &str) -> Vec<&str> {
    stderr
        .split("--> Request #")
        .skip(1)
        .map(|b| b.split("<-- Response #").next().unwrap_or(b))
        .collect()
}

/// `oras <args>` must succeed; its stderr.
fn debug_run(sb: &Sandbox, args: &str) -> String {
    let out = sb.oras(args);
    let (stdout, stderr) = out.text();
    assert_eq!(out.code, 0, "oras {args}\n{stdout}\n{stderr}");
    stderr
}

#[test]
fn typed_headers_are_logged_as_typed_on_every_command() {
    let reg = TestRegistry::start();
    let h = reg.host();
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hello\n");
    sb.write("sig.txt", b"signed\n");
    debug_run(&sb, &format!("push {h}/d:v1 hi.txt {CREATED}"));
    let blob = crate::support::seed::digest(b"hello\n");
    let typed = "-H 'foo:bar' -H 'A: b' -H 'foo:baz' -H 'X-Tok:  s3cret '";
    let commands = [
        format!("push {h}/d:v2 hi.txt {CREATED}"),
        format!("pull {h}/d:v1 -o out"),
        format!("manifest fetch {h}/d:v1"),
        format!("blob fetch {h}/d@{blob} -o blob.out"),
        format!("tag {h}/d:v1 v3"),
        format!("repo tags {h}/d"),
        format!("attach {h}/d:v1 sig.txt --artifact-type a/sig {CREATED}"),
        format!("resolve {h}/d:v1"),
    ];
    for cmd in &commands {
        let err = debug_run(&sb, &format!("{cmd} -d {typed}"));
        let blocks = request_blocks(&err);
        assert!(!blocks.is_empty(), "{cmd}: no request logged\n{err}");
        for b in blocks {
            for want in [
                "   \"foo\": \"bar, baz\"\n",
                "   \"A\": \" b\"\n",
                "   \"X-Tok\": \"  s3cret \"\n",
            ] {
                assert!(b.contains(want), "{cmd}: {want:?} missing in\n{b}");
            }
            assert!(!b.contains("\"Foo\""), "{cmd}: name case changed\n{b}");
        }
    }

    // cp: each side's headers on its own requests only
    let dst = TestRegistry::start();
    let d = dst.host();
    let err = debug_run(
        &sb,
        &format!("cp {h}/d:v1 {d}/e:v1 -d --from-header 'From-Only: s' --to-header 'to-only:  t'"),
    );
    let blocks = request_blocks(&err);
    let (mut src, mut dstn) = (0, 0);
    for b in blocks {
        if b.contains(&format!("http://{h}/")) {
            src += 1;
            assert!(b.contains("   \"From-Only\": \" s\"\n"), "{b}");
            assert!(!b.contains("to-only"), "{b}");
        } else {
            dstn += 1;
            assert!(b.contains("   \"to-only\": \"  t\"\n"), "{b}");
            assert!(!b.contains("From-Only"), "{b}");
        }
    }
    assert!(src > 0 && dstn > 0, "{err}");
}

#[test]
fn credentials_are_masked_in_the_debug_log() {
    let reg = TestRegistry::start_with(RegistryOpts::with_test_user());
    let h = reg.host();
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hello\n");
    let basic =
        base64::engine::general_purpose::STANDARD.encode(format!("{TEST_USER}:{TEST_PASSWORD}"));
    let err = debug_run(
        &sb,
        &format!("push {h}/m:v1 hi.txt -u {TEST_USER} -p {TEST_PASSWORD} -d {CREATED}"),
    );
    assert!(err.contains("   \"Authorization\": \"*****\"\n"), "{err}");
    for secret in [TEST_PASSWORD, basic.as_str()] {
        assert!(!err.contains(secret), "{secret} leaked:\n{err}");
    }

    // typed credentials and cookies are masked too, on the source and destination sides
    let plain = TestRegistry::start();
    let p = plain.host();
    debug_run(&sb, &format!("push {p}/m:v1 hi.txt {CREATED}"));
    let err = debug_run(
        &sb,
        &format!(
            "cp {p}/m:v1 {p}/n:v1 -d --from-header 'Authorization: Bearer from-secret' \
             --to-header 'cookie: sid=to-secret' --to-header 'Proxy-Authorization: Basic cHJveHk='"
        ),
    );
    assert!(err.contains("   \"Authorization\": \"*****\"\n"), "{err}");
    assert!(err.contains("   \"cookie\": \"*****\"\n"), "{err}");
    assert!(
        err.contains("   \"Proxy-Authorization\": \"*****\"\n"),
        "{err}"
    );
    for secret in ["from-secret", "to-secret", "cHJveHk="] {
        assert!(!err.contains(secret), "{secret} leaked:\n{err}");
    }
}

/// `[<date>T<time>[.<fraction without trailing zeros>]<zone>][<LEVEL>]: ` at the start of `line`.
fn entry_zone(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix('[')?;
    let (stamp, rest) = rest.split_once("][")?;
    let (level, _) = rest.split_once("]: ")?;
    let b = stamp.as_bytes();
    let shape_ok = b.len() >= 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':';
    if !shape_ok {
        return None;
    }
    let after = &stamp[19..];
    let zone = match after.strip_prefix('.') {
        Some(frac) => {
            let digits: String = frac.chars().take_while(char::is_ascii_digit).collect();
            if digits.is_empty() || digits.len() > 9 || digits.ends_with('0') {
                return None;
            }
            &frac[digits.len()..]
        }
        None => after,
    };
    Some((zone, level))
}

#[test]
fn log_entries_use_local_time_levels_and_two_empty_lines() {
    let reg = TestRegistry::start();
    let h = reg.host();
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hello\n");
    debug_run(&sb, &format!("push {h}/t:v1 hi.txt {CREATED}"));
    for (tz, zone) in [("UTC", "Z"), ("IST-5:30", "+05:30"), ("XST+03", "-03:00")] {
        let out = sb.oras_env(&format!("repo tags {h}/t -d"), &format!("TZ={tz}"), b"");
        let (stdout, err) = out.text();
        assert_eq!((out.code, stdout.as_str()), (0, "v1\n"), "{err}");
        let entries: Vec<&str> = err.lines().filter(|l| l.starts_with('[')).collect();
        assert_eq!(entries.len(), 2, "{err}");
        for line in entries {
            assert_eq!(entry_zone(line), Some((zone, "DEBUG")), "TZ={tz}: {line}");
        }
        // every entry ends with its message line and two empty lines
        assert!(
            err.contains("   \"User-Agent\": \"oras/1.3.0\"\n\n\n[") && err.ends_with("\n\n\n"),
            "{err:?}"
        );
    }

    // a request without a response: an ERROR entry with Go's transport error
    let down = crate::support::registry::closed_port();
    let out = sb.oras(&format!("repo tags localhost:{down}/t -d"));
    let (_, err) = out.text();
    assert_eq!(out.code, 1, "{err}");
    let line = err
        .lines()
        .find(|l| l.contains("][ERROR]: "))
        .unwrap_or_else(|| panic!("{err}"));
    assert_eq!(entry_zone(line).map(|(_, l)| l), Some("ERROR"), "{line}");
    assert!(
        err.contains(&format!(
            "][ERROR]: <-- Response #0\nError in getting response: dial tcp 127.0.0.1:{down}: connect: connection refused\n\n\n"
        )),
        "{err}"
    );
}

#[test]
fn requests_carry_exactly_oras_go_accept_headers() {
    let reg = TestRegistry::start();
    let proxy = FaultProxy::start(reg.port(), Vec::new());
    let h = proxy.host();
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hello\n");
    let blob = crate::support::seed::digest(b"hello\n");
    for cmd in [
        format!("push {h}/a:v1 hi.txt {CREATED}"),
        format!("pull {h}/a:v1 -o out"),
        format!("manifest fetch {h}/a:v1"),
        format!("blob fetch {h}/a@{blob} -o blob.out"),
        format!("blob fetch {h}/a@{blob} --descriptor"),
        format!("repo tags {h}/a"),
        format!("repo ls {h}"),
        format!("cp {h}/a:v1 {h}/b:v1"),
    ] {
        debug_run(&sb, &cmd);
    }
    let seen = proxy.requests();
    let manifest_list = "application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, application/vnd.oci.artifact.manifest.v1+json";
    let (mut by_tag, mut none) = (0, 0);
    for r in &seen {
        let accept = r.header("accept");
        assert!(
            !accept.is_some_and(|a| a.contains("*/*")),
            "{} {}: {accept:?}",
            r.method,
            r.target
        );
        if r.target.contains("/manifests/") && r.method != "PUT" {
            let reference = r.target.rsplit('/').next().unwrap_or_default();
            if reference.starts_with("sha256:") {
                assert!(accept.is_some(), "{} {}", r.method, r.target);
            } else {
                assert_eq!(accept, Some(manifest_list), "{} {}", r.method, r.target);
                by_tag += 1;
            }
        } else {
            assert_eq!(accept, None, "{} {}", r.method, r.target);
            none += 1;
        }
    }
    assert!(by_tag > 0 && none > 0, "{seen:#?}");
    for (method, part) in [
        ("GET", "/blobs/sha256:"),
        ("HEAD", "/blobs/sha256:"),
        ("GET", "/tags/list"),
        ("GET", "/_catalog"),
        ("POST", "/blobs/uploads/"),
        ("PUT", "/blobs/uploads/"),
    ] {
        assert!(
            seen.iter()
                .any(|r| r.method == method && r.target.contains(part)),
            "no {method} {part} seen"
        );
    }
}
