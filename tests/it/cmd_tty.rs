//! TTY progress under a real pseudo-terminal (`script` from util-linux): the frames hold the
//! bars and end in the final state on stderr, stdout keeps only the metadata lines; without
//! a terminal (or with `--no-tty`) only the plain status lines are printed. Covers push,
//! pull, blob fetch/push, cp, backup and restore.

use crate::support::registry::TestRegistry;
use crate::support::sandbox::Sandbox;
use sha2::{Digest as _, Sha256};

/// Run `oras <args>` with stderr (and stdin) on a 120x40 pseudo-terminal and stdout in a
/// file: (exit code, stdout, everything the terminal received).
fn under_pty(sb: &Sandbox, args: &str) -> (i32, String, String) {
    let inner =
        format!("stty rows 40 cols 120; {{oras}} {args} > stdout.txt; echo \"rc=$?\" > rc.txt");
    let f = sb.sh(&format!("script -qec \"{inner}\" /dev/null > pty.txt"), b"");
    assert_eq!(f.code, 0, "script failed: {:?}", f.text());
    let read = |p: &str| std::fs::read_to_string(sb.path(p)).unwrap_or_default();
    let rc = read("rc.txt")
        .trim()
        .trim_start_matches("rc=")
        .parse()
        .unwrap_or(-1);
    (rc, read("stdout.txt"), read("pty.txt"))
}

fn sha(bytes: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(bytes)))
}

/// The data of a file big enough to take a few frames' worth of work.
fn big() -> Vec<u8> {
    (0..8 * 1024 * 1024u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect()
}

#[test]
fn push_and_pull_show_progress_on_a_terminal() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let data = big();
    sb.write("big.bin", &data);
    sb.write("hi.txt", b"hi\n");
    let r = format!("{}/tty:v1", reg.host());

    let (rc, out, pty) = under_pty(&sb, &format!("push {r} big.bin hi.txt"));
    assert_eq!(rc, 0, "{pty}");
    // in-progress frame: spinner, bar, speed, prompt, name
    assert!(pty.contains("\x1b[104m"), "no bar: {pty:?}");
    assert!(pty.contains("B/s) Uploading big.bin"), "{pty:?}");
    // final state of every item, then the digest line
    assert!(
        pty.contains("\x1b[92m✓\x1b[0m Uploaded  big.bin"),
        "{pty:?}"
    );
    assert!(pty.contains("8/8 MB 100.00%"), "{pty:?}");
    assert!(pty.contains("\x1b[92m✓\x1b[0m Uploaded  hi.txt"), "{pty:?}");
    assert!(pty.contains(&format!("  └─ {}", sha(&data))), "{pty:?}");
    assert!(pty.contains("Uploaded  application/vnd.oci.image.manifest.v1+json"));
    // cursor hidden while drawing, shown again
    assert!(pty.contains("\x1b[?25l") && pty.contains("\x1b[?25h"));
    // stdout: metadata only
    assert!(
        out.starts_with(&format!("Pushed [registry] {r}\n")),
        "{out}"
    );
    assert!(out.contains("\nDigest: sha256:"), "{out}");
    assert!(
        !out.contains("Uploading") && !out.contains("Preparing"),
        "{out}"
    );

    let (rc, out, pty) = under_pty(&sb, &format!("pull {r} -o pulled"));
    assert_eq!(rc, 0, "{pty}");
    assert!(pty.contains("B/s) Downloading "), "{pty:?}");
    assert!(
        pty.contains("\x1b[92m✓\x1b[0m Pulled      big.bin"),
        "{pty:?}"
    );
    assert!(
        pty.contains("\x1b[92m✓\x1b[0m Pulled      hi.txt"),
        "{pty:?}"
    );
    assert!(
        out.starts_with(&format!("Pulled [registry] {r}\nDigest: ")),
        "{out}"
    );
    assert_eq!(
        std::fs::read(sb.path("pulled/big.bin")).expect("pulled"),
        data
    );

    // blob fetch to a file and blob push
    let (rc, out, pty) = under_pty(
        &sb,
        &format!("blob fetch {}/tty@{} -o blob.out", reg.host(), sha(&data)),
    );
    assert_eq!(rc, 0, "{pty}");
    assert_eq!(out, "");
    assert!(
        pty.contains("✓\x1b[0m Downloaded  application/octet-stream"),
        "{pty:?}"
    );
    let (rc, out, pty) = under_pty(&sb, &format!("blob push {}/other big.bin", reg.host()));
    assert_eq!(rc, 0, "{pty}");
    assert!(pty.contains("✓\x1b[0m Uploaded  application/vnd.oci.image.layer.v1.tar"));
    assert!(out.starts_with("Pushed: [registry]"), "{out}");
    // cp: already there ⇒ Exists; into a new repository ⇒ Copied/Mounted
    let (rc, out, pty) = under_pty(&sb, &format!("cp {r} {}/copied:v1", reg.host()));
    assert_eq!(rc, 0, "{pty}");
    assert!(pty.contains("✓\x1b[0m Copied  application/vnd.oci.image.manifest.v1+json"));
    assert!(out.starts_with("Copied [registry]"), "{out}");
}

#[test]
fn without_a_terminal_only_plain_lines() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    sb.write("hi.txt", b"hi\n");
    let r = format!("{}/plain:v1", reg.host());
    let f = sb.oras(&format!("push {r} hi.txt"));
    let (out, err) = f.text();
    assert_eq!(f.code, 0, "{err}");
    assert_eq!(err, "");
    assert!(out.starts_with("Preparing hi.txt\n"), "{out}");
    assert!(out.contains("\nUploaded  98ea6e4f216f hi.txt\n"), "{out}");
    assert!(!out.contains('\x1b'));

    // --no-tty and --debug on a terminal: plain lines on stdout, no progress
    let (rc, out, pty) = under_pty(&sb, &format!("push --no-tty {r} hi.txt"));
    assert_eq!(rc, 0);
    assert!(out.starts_with("Preparing hi.txt\n"), "{out}");
    assert!(!pty.contains('✓') && !pty.contains("\x1b[?25l"), "{pty:?}");
    let (rc, out, pty) = under_pty(&sb, &format!("pull -d {r} -o p2"));
    assert_eq!(rc, 0);
    assert!(out.contains("Downloaded  98ea6e4f216f hi.txt\n"), "{out}");
    assert!(!pty.contains('✓'), "{pty:?}");
}

#[test]
fn backup_and_restore_show_progress_on_a_terminal() {
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    let data = big();
    sb.write("big.bin", &data);
    let h = reg.host();
    sb.ok(&format!("push {h}/src:v1 big.bin"));

    let (rc, out, pty) = under_pty(&sb, &format!("backup {h}/src:v1 -o bak"));
    assert_eq!(rc, 0, "{pty}");
    assert!(pty.contains("\x1b[104m"), "no bar: {pty:?}");
    assert!(pty.contains("B/s) Pulling   big.bin"), "{pty:?}");
    assert!(
        pty.contains("\x1b[92m✓\x1b[0m Pulled    big.bin"),
        "{pty:?}"
    );
    assert!(pty.contains(&format!("  └─ {}", sha(&data))), "{pty:?}");
    assert!(pty.contains("\x1b[?25l") && pty.contains("\x1b[?25h"));
    // stdout: the result lines only
    assert!(
        out.starts_with(&format!(
            "Found 1 tag(s) in {h}/src: v1\nPulled tag v1 with 0 referrer(s)\nSuccessfully backed up"
        )),
        "{out}"
    );
    assert!(!out.contains("Pulling") && !out.contains('\x1b'), "{out}");

    let (rc, out, pty) = under_pty(&sb, &format!("restore --input bak {h}/dst"));
    assert_eq!(rc, 0, "{pty}");
    assert!(pty.contains("B/s) Pushing   big.bin"), "{pty:?}");
    assert!(
        pty.contains("\x1b[92m✓\x1b[0m Pushed    big.bin"),
        "{pty:?}"
    );
    assert!(
        out.starts_with("Found 1 tag(s) in the backup: v1\nPushed tag v1 with 0 referrer(s)\n"),
        "{out}"
    );
    assert!(!out.contains("Pushing") && !out.contains('\x1b'), "{out}");
    sb.ok(&format!("pull {h}/dst:v1 -o back"));
    assert_eq!(sb.read("back/big.bin"), data);

    // without a terminal: the plain status lines, as before
    let f = sb.oras(&format!("backup {h}/src:v1 -o bak2"));
    let (out, err) = f.text();
    assert_eq!(err, "");
    assert!(
        out.contains(&format!("Pulled    {} big.bin\n", &sha(&data)[7..19])),
        "{out}"
    );
}

#[test]
fn the_other_title_of_a_blob_has_its_own_final_state_on_a_terminal() {
    // oras's progress views: push reports it `Skipped  `, cp `Skipped`, pull `Restored   `
    let reg = TestRegistry::start();
    let sb = Sandbox::new();
    sb.write("foo1", b"foo");
    sb.write("foo2", b"foo");
    let h = reg.host();
    let done = "\x1b[92m✓\x1b[0m ";
    let (rc, _, pty) = under_pty(&sb, &format!("push {h}/dup:v1 foo1 foo2 --concurrency 1"));
    assert_eq!(rc, 0, "{pty}");
    assert!(pty.contains(&format!("{done}Uploaded  foo1")), "{pty:?}");
    assert!(pty.contains(&format!("{done}Skipped   foo2")), "{pty:?}");
    assert!(!pty.contains("Uploading foo2"), "{pty:?}");
    let (rc, _, pty) = under_pty(&sb, &format!("cp {h}/dup:v1 {h}/dup2:v1 --concurrency 1"));
    assert_eq!(rc, 0, "{pty}");
    assert!(pty.contains(&format!("{done}Mounted foo1")), "{pty:?}");
    assert!(pty.contains(&format!("{done}Skipped foo2")), "{pty:?}");
    let (rc, out, pty) = under_pty(&sb, &format!("pull {h}/dup:v1 -o out --concurrency 1"));
    assert_eq!(rc, 0, "{pty}");
    assert!(pty.contains(&format!("{done}Pulled      foo1")), "{pty:?}");
    assert!(pty.contains(&format!("{done}Restored    foo2")), "{pty:?}");
    assert!(!out.contains("Restored"), "{out}");
    assert_eq!(sb.read("out/foo2"), b"foo");
}
