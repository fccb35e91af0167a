//! The idle timeout (`--idle-timeout`, `ORAS_IDLE_TIMEOUT`): a transfer that moves nothing
//! is retried or resumed like a cut connection, then fails with an error that names the
//! setting; a slow transfer that keeps moving, or a pipe that pauses, is never cut. Stalls
//! come from peers that send nothing at all (the fault proxy holding a connection open in
//! front of a real registry, or a silent server), never from a tuned delay; timeouts are a
//! second or less, so every test runs in seconds. Also the resume bound: a download cut
//! after every few bytes stops after 64 resumes.

use super::hostile_server::{Behaviour, HostileServer};
use crate::cmd_net::{noise, one_file};
use crate::support::fault_proxy::{Action, FaultProxy, Rule};
use crate::support::registry::{RegistryOpts, TestRegistry, TokenAuth};
use crate::support::sandbox::Sandbox;
use crate::support::seed;
use std::time::Duration;

const MIB: usize = 1 << 20;

#[test]
fn a_download_that_stalls_resumes_where_it_stopped() {
    let reg = TestRegistry::start();
    let data = noise(4 * MIB, 11);
    let digest = one_file(&reg, "big", "v1", "big.bin", &data);
    let proxy = FaultProxy::start(
        reg.port(),
        vec![
            Rule::new("GET", &digest, Action::StallAfter(MIB)).nth(1),
            Rule::new("GET", &digest, Action::StallAfter(MIB)).nth(2),
        ],
    );
    let sb = Sandbox::new();
    let pull = sb.oras_env(
        &format!("pull {}/big:v1 -o out", proxy.host()),
        "ORAS_IDLE_TIMEOUT=1s",
        b"",
    );
    let (out, err) = pull.text();
    assert_eq!(pull.code, 0, "{out}{err}");
    assert_eq!(std::fs::read(sb.path("out/big.bin")).unwrap(), data);
    assert_eq!(
        err.matches("Warning: resuming the download of").count(),
        2,
        "{err}"
    );
    assert!(
        err.contains("at byte 1048576 of 4194304")
            && err.contains("at byte 2097152 of 4194304")
            && err.contains("idle timeout: no data for 1s while receiving the response"),
        "{err}"
    );
    let ranges: Vec<_> = proxy
        .requests()
        .into_iter()
        .filter(|r| r.method == "GET" && r.target.contains(&digest))
        .map(|r| r.header("range").map(str::to_string))
        .collect();
    assert_eq!(
        ranges,
        vec![
            None,
            Some("bytes=1048576-".to_string()),
            Some("bytes=2097152-".to_string())
        ]
    );
}

#[test]
fn a_manifest_request_without_answer_or_body_is_retried() {
    let reg = TestRegistry::start();
    one_file(&reg, "m", "v1", "a.txt", b"hello\n");
    let sb = Sandbox::new();
    // no answer at all to the first GET, then a head without its body
    let proxy = FaultProxy::start(
        reg.port(),
        vec![
            Rule::new("GET", "/manifests/", Action::StallUnread).nth(1),
            Rule::new("GET", "/manifests/", Action::StallAfter(10)).nth(1),
        ],
    );
    let fetch = sb.oras(&format!(
        "manifest fetch {}/m:v1 --idle-timeout 1s",
        proxy.host()
    ));
    let (out, err) = fetch.text();
    assert_eq!(fetch.code, 0, "{out}{err}");
    assert!(out.starts_with('{') && out.contains("a.txt"), "{out}");
    assert!(
        err.contains("idle timeout: no data for 1s while connecting or waiting for the response")
            && err.contains("idle timeout: no data for 1s while receiving the response")
            && err.matches("Warning: retrying GET").count() == 2,
        "{err}"
    );
}

#[test]
fn an_upload_that_stalls_is_sent_again() {
    let reg = TestRegistry::start();
    let data = noise(2 * MIB, 12);
    // the PUT that completes the upload of this blob (its digest is in the query)
    let proxy = FaultProxy::start(
        reg.port(),
        vec![Rule::new("PUT", &seed::digest(&data), Action::StallUnread).nth(1)],
    );
    let sb = Sandbox::new();
    sb.write("up.bin", &data);
    let push = sb.oras_env(
        &format!("push {}/up:v1 up.bin", proxy.host()),
        "ORAS_IDLE_TIMEOUT=1s",
        b"",
    );
    let (out, err) = push.text();
    assert_eq!(push.code, 0, "{out}{err}");
    assert!(
        err.contains("Warning: retrying the upload of")
            && err.contains("idle timeout: no data for 1s"),
        "{err}"
    );
    let pull = sb.oras(&format!("pull {}/up:v1 -o back", reg.host()));
    assert_eq!(pull.code, 0, "{:?}", pull.text());
    assert_eq!(std::fs::read(sb.path("back/up.bin")).unwrap(), data);
}

#[test]
fn a_token_endpoint_that_never_answers_fails_with_a_clear_error() {
    let silent = HostileServer::start(Behaviour::Silent);
    let tokens = crate::support::token_server::TokenServer::start(Default::default());
    let reg = TestRegistry::start_with(RegistryOpts {
        token: Some(TokenAuth {
            realm: format!("http://127.0.0.1:{}/token", silent.port()),
            service: crate::support::token_server::SERVICE.to_string(),
            issuer: crate::support::token_server::ISSUER.to_string(),
            root_pem: tokens.root_pem(),
        }),
        ..Default::default()
    });
    let sb = Sandbox::new();
    let fetch = sb.oras(&format!(
        "manifest fetch {}/app:v1 --idle-timeout 1s",
        reg.host()
    ));
    let (out, err) = fetch.text();
    assert_eq!(fetch.code, 1, "{out}{err}");
    assert!(
        err.starts_with("Error: ")
            && err.contains(&format!("\"http://127.0.0.1:{}/token", silent.port()))
            && err.contains("idle timeout: no data for 1s while connecting or waiting for the response (change the limit with --idle-timeout or ORAS_IDLE_TIMEOUT)"),
        "{err}"
    );
}

#[test]
fn a_tls_handshake_that_never_completes_fails_after_the_retries() {
    let silent = HostileServer::start(Behaviour::Silent);
    let sb = Sandbox::new();
    let fetch = sb.oras(&format!(
        "manifest fetch {}/app:v1 --plain-http=false --idle-timeout 300ms",
        silent.host()
    ));
    let (out, err) = fetch.text();
    assert_eq!(fetch.code, 1, "{out}{err}");
    assert_eq!(err.matches("Warning: retrying GET").count(), 5, "{err}");
    assert!(
        err.lines().last().is_some_and(|l| l.starts_with("Error: ")
            && l.ends_with("idle timeout: no data for 300ms while connecting or waiting for the response (change the limit with --idle-timeout or ORAS_IDLE_TIMEOUT)")),
        "{err}"
    );
}

#[test]
fn a_slow_transfer_that_keeps_moving_is_never_cut() {
    let reg = TestRegistry::start();
    let data = noise(MIB, 13);
    let digest = one_file(&reg, "slow", "v1", "slow.bin", &data);
    // 24 pieces 100 ms apart: 2.4 s in all, ten times the gap within the 1 s limit
    let proxy = FaultProxy::start(
        reg.port(),
        vec![Rule::new(
            "GET",
            &digest,
            Action::Drip(MIB / 24 + 1, Duration::from_millis(100)),
        )],
    );
    let sb = Sandbox::new();
    let pull = sb.oras(&format!(
        "pull {}/slow:v1 -o out --idle-timeout 1s",
        proxy.host()
    ));
    let (out, err) = pull.text();
    assert_eq!(pull.code, 0, "{out}{err}");
    assert_eq!(err, "", "no retry, no resume");
    assert_eq!(std::fs::read(sb.path("out/slow.bin")).unwrap(), data);

    // a pipe that pauses longer than the limit is our side waiting, not the network
    let bin = crate::support::paths::oras_bin();
    let push = sb.sh(
        &format!(
            "(head -c 300000 /dev/zero; sleep 2; head -c 300000 /dev/zero) | '{}' push {}/slow:piped - --idle-timeout 1s",
            bin.display(),
            reg.host()
        ),
        b"",
    );
    let (out, err) = push.text();
    assert_eq!(push.code, 0, "{out}{err}");
    assert!(!err.contains("Warning"), "{err}");
}

#[test]
fn idle_timeout_values_are_checked() {
    let sb = Sandbox::new();
    let bad = sb.oras("pull localhost:1/a:v1 --idle-timeout 10x");
    assert_eq!(bad.code, 1);
    assert_eq!(
        bad.text().1,
        "Error: invalid argument \"10x\" for \"--idle-timeout\" flag: invalid duration \"10x\": use a number of seconds or a Go duration such as 30s, 2m or 1m30s (0 turns the timeout off)\n"
    );
    let bad = sb.oras_env("pull localhost:1/a:v1", "ORAS_IDLE_TIMEOUT=soon", b"");
    assert_eq!(bad.code, 1);
    assert!(
        bad.text()
            .1
            .starts_with("Error: ORAS_IDLE_TIMEOUT: invalid duration \"soon\""),
        "{:?}",
        bad.text()
    );
}

#[test]
fn a_download_cut_every_few_bytes_stops_at_the_resume_bound() {
    let reg = TestRegistry::start();
    let data = noise(MIB, 14);
    let digest = one_file(&reg, "cut", "v1", "cut.bin", &data);
    // every answer for the blob stops after 1000 bytes: progress each time, never the end
    let proxy = FaultProxy::start(
        reg.port(),
        vec![Rule::new("GET", &digest, Action::CutAfter(1000))],
    );
    let sb = Sandbox::new();
    let pull = sb.oras(&format!("pull {}/cut:v1 -o out", proxy.host()));
    let (out, err) = pull.text();
    assert_eq!(pull.code, 1, "{out}{err}");
    assert!(
        err.contains("(gave up after 64 resumes, the resume bound)"),
        "{}",
        err.lines().last().unwrap_or_default()
    );
    let gets = proxy
        .requests()
        .iter()
        .filter(|r| r.method == "GET" && r.target.contains(&digest))
        .count();
    assert_eq!(gets, 65, "the first GET and 64 resumes");
    assert!(
        !sb.path("out/cut.bin").exists(),
        "no partial file under its name"
    );
}
