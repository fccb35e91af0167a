//! Small behaviours reported as gaps: `discover -o` deprecation notice (with oras's
//! `--template` quirk), `oras tag` argument errors, a layer pushed from stdin reported
//! once, and two pulls of the same file into one folder at the same time (the resumable
//! `.oras-partial-<hex>` file is locked; the second pull uses a private temp file).

use crate::support::registry::TestRegistry;
use crate::support::sandbox::Sandbox;
use sha2::{Digest as _, Sha256};

fn sha_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[test]
fn discover_output_flag_prints_the_deprecation_notice() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let h = reg.host();
    sb.write("a.txt", b"a\n");
    sb.ok(&format!("push {h}/d:v1 a.txt"));
    // oras 1.3.0 interpolates the --template value, which is empty here (quirk)
    let notice = "[DEPRECATED] --output is deprecated, try `--format ` instead\n";
    for o in ["json", "tree", "table"] {
        let f = sb.oras(&format!("discover {h}/d:v1 -o {o}"));
        let (out, err) = f.text();
        assert_eq!(f.code, 0, "{err}");
        assert!(err.starts_with(notice), "-o {o}: {err:?}");
        assert!(!out.contains("DEPRECATED"), "{out}");
        if o == "json" {
            let v: serde_json::Value = serde_json::from_str(&out).expect(&out);
            assert_eq!(v["referrers"], serde_json::json!([]));
        }
    }
    // --format alone: no notice; both: oras's mutual-exclusion error, no notice
    let f = sb.oras(&format!("discover {h}/d:v1 --format json"));
    assert_eq!(f.text().1, "");
    let f = sb.oras(&format!("discover {h}/d:v1 --format json -o json"));
    assert_eq!(f.code, 1);
    assert_eq!(
        f.text().1,
        "Error: --format, --output cannot be used at the same time\n"
    );
    let f = sb.oras(&format!("discover {h}/d:v1 -o yaml"));
    assert_eq!(f.code, 1);
    assert!(!f.text().1.contains("DEPRECATED"), "{:?}", f.text());
}

#[test]
fn tag_argument_errors_are_orass() {
    // oras tag.go: CheckArgs(argument.AtLeast(1), ...), then oras-go TagN's empty list error
    let sb = Sandbox::new();
    let f = sb.oras("tag");
    assert_eq!(f.code, 1);
    assert_eq!(
        f.text().1,
        "Error: \"oras tag\" requires at least 1 argument but got 0\n\
         Usage: oras tag [flags] <name>{:<tag>|@<digest>} <new_tag> [...]\n\
         Please specify at least 1 argument as the artifact to be retagged and the tags to be added. Run \"oras tag -h\" for more options and examples\n"
    );
    let reg = TestRegistry::start();
    sb.write("a.txt", b"a\n");
    let h = reg.host();
    assert_eq!(sb.oras(&format!("push {h}/t:v1 a.txt")).code, 0);
    let f = sb.oras(&format!("tag {h}/t:v1"));
    assert_eq!(f.code, 1);
    assert_eq!(
        f.text().1,
        "Error: dstReferences cannot be empty: missing reference\n"
    );
    let f = sb.oras("tag list");
    assert_eq!(f.code, 1);
    assert!(
        f.text()
            .1
            .starts_with("Error: there is no \"list\" sub-command for \"oras tag\" command\n"),
        "{:?}",
        f.text()
    );
}

#[test]
fn a_layer_from_stdin_is_reported_once() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let h = reg.host();
    let data = b"piped content\n";
    let short = &sha_hex(data)[..12];
    for cmd in [
        format!("push {h}/s:v1 -"),
        format!("attach {h}/s:v1 --artifact-type application/x.log -"),
        // already in the repository: uploaded again from the pipe, still one line
        format!("push {h}/s:v2 -"),
    ] {
        let f = sb.oras_env(&cmd, "", data);
        let (out, err) = f.text();
        assert_eq!(f.code, 0, "{cmd}: {err}");
        let lines: Vec<&str> = out.lines().filter(|l| l.contains(short)).collect();
        assert_eq!(lines, [format!("Uploaded  {short} stdin")], "{cmd}:\n{out}");
    }
}

/// Bytes that do not compress or repeat (a few frames' worth of transfer).
fn big(n: usize) -> Vec<u8> {
    (0..n as u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 11) as u8)
        .collect()
}

#[test]
fn a_locked_partial_file_is_left_alone() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let h = reg.host();
    let data = big(3 << 20);
    sb.write("big.bin", &data);
    assert_eq!(sb.oras(&format!("push {h}/p:v1 big.bin")).code, 0);
    // another process is writing the partial file: it holds the lock, its bytes are its own
    let partial = sb.path(&format!("out/.oras-partial-{}", sha_hex(&data)));
    std::fs::create_dir_all(partial.parent().unwrap()).unwrap();
    std::fs::write(&partial, b"not yet verified, not ours").unwrap();
    // util-linux `flock` holds the lock while the pull runs
    let f = sb.sh(
        &format!(
            "flock -n out/.oras-partial-{} {{oras}} pull {h}/p:v1 -o out",
            sha_hex(&data),
        ),
        b"",
    );
    let (out, err) = f.text();
    assert_eq!(f.code, 0, "{out}{err}");
    assert!(!err.contains("Resuming"), "{err}");
    assert_eq!(sb.read("out/big.bin"), data);
    assert_eq!(
        std::fs::read(&partial).unwrap(),
        b"not yet verified, not ours"
    );
    // no private temp file left behind
    let names: Vec<String> = std::fs::read_dir(sb.path("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    // unlocked, the same partial file is resumed
    std::fs::write(&partial, &data[..1 << 20]).unwrap();
    let f = sb.oras(&format!("pull {h}/p:v1 -o out"));
    let (_, err) = f.text();
    assert_eq!(f.code, 0, "{err}");
    assert!(err.contains("Resuming big.bin from byte 1048576"), "{err}");
    assert!(!partial.exists());
    assert_eq!(sb.read("out/big.bin"), data);
}

#[test]
fn two_pulls_into_one_folder_at_once() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let h = reg.host();
    let data = big(24 << 20);
    sb.write("big.bin", &data);
    assert_eq!(sb.oras(&format!("push {h}/two:v1 big.bin")).code, 0);
    for round in 0..4 {
        let f = sb.sh(
            &format!(
                "rm -rf out; {{oras}} pull {h}/two:v1 -o out >a.out 2>a.err & a=$!; \
                 {{oras}} pull {h}/two:v1 -o out >b.out 2>b.err & b=$!; \
                 wait $a; ra=$?; wait $b; rb=$?; echo \"$ra $rb\"; cat a.err b.err >&2"
            ),
            b"",
        );
        let (out, err) = f.text();
        assert_eq!(out, "0 0\n", "round {round}: {err}");
        assert_eq!(sb.read("out/big.bin"), data, "round {round}");
        let names: Vec<String> = std::fs::read_dir(sb.path("out"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        assert_eq!(names, ["big.bin"], "round {round}");
    }
}

#[test]
fn tagging_a_referrer_does_not_touch_the_tag_schema_index() {
    // oras-go `manifestStore.Tag` is a plain push: only push/attach/cp of a manifest with a
    // subject maintain the `sha256-<subject>` index (upstream suite/command/tag.go:106)
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let h = reg.host();
    let created = "--annotation org.opencontainers.image.created=2025-01-01T00:00:00Z";
    sb.write("hi.txt", b"hi\n");
    sb.write("sig.txt", b"sig\n");
    sb.ok(&format!("push {h}/t:v1 hi.txt {created}"));
    let f = sb.oras(&format!(
        "attach {h}/t:v1 sig.txt --artifact-type a/sig --distribution-spec v1.1-referrers-api \
         {created} --format go-template='{{{{.digest}}}}'"
    ));
    let (referrer, err) = f.text();
    assert_eq!(f.code, 0, "{err}");
    assert_eq!(reg.tags("t"), ["v1"]);
    let f = sb.oras(&format!("tag {h}/t@{referrer} tagged-referrer"));
    let (out, err) = f.text();
    assert_eq!(f.code, 0, "{err}");
    assert_eq!(
        out,
        format!("Tagging [registry] {h}/t@{referrer}\nTagged tagged-referrer\n")
    );
    assert_eq!(reg.tags("t"), ["tagged-referrer", "v1"]);
    // a push of the same referrer under a tag still indexes it (oras-go pushWithIndexing)
    sb.ok(&format!(
        "manifest fetch {h}/t@{referrer} -o m.json && {{oras}} manifest push {h}/t:again m.json"
    ));
    let t = reg.tags("t");
    assert_eq!(t.len(), 4, "{t:?}");
    assert!(t.iter().any(|x| x.starts_with("sha256-")), "{t:?}");
}
