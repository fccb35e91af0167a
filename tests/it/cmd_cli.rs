//! The command line itself: completion scripts (the committed ones under `completions/`
//! must match what the binary generates), cobra's help and error texts, exit codes.
//! `ORAS_REGENERATE_COMPLETIONS=1 cargo test --test it cmd_cli` rewrites the scripts.

use crate::support::env::{Sandbox, text};

const SCRIPTS: [(&str, &str); 4] = [
    ("bash", "oras.bash"),
    ("zsh", "_oras"),
    ("fish", "oras.fish"),
    ("powershell", "oras.ps1"),
];

#[test]
fn committed_completion_scripts_are_current() {
    let sb = Sandbox::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let regenerate = std::env::var_os("ORAS_REGENERATE_COMPLETIONS").is_some();
    for (shell, file) in SCRIPTS {
        let f = sb.oras(&format!("completion {shell}"));
        assert_eq!(f.code, 0, "{:?}", text(&f));
        assert!(!f.stdout.is_empty());
        let path = dir.join(file);
        if regenerate {
            std::fs::write(&path, &f.stdout).expect("writing a completion script");
            continue;
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == f.stdout,
            "completions/{file} is stale: run ORAS_REGENERATE_COMPLETIONS=1 cargo test --test it cmd_cli"
        );
    }
}

#[test]
fn completion_without_descriptions() {
    let sb = Sandbox::new();
    let with = sb.oras("completion fish");
    let without = sb.oras("completion fish --no-descriptions");
    let (with, without) = (text(&with).0, text(&without).0);
    assert!(with.contains("Push files to a registry"));
    assert!(!without.contains("Push files to a registry"), "{without}");
    assert!(without.contains("push"));
    // the bash script loads in bash
    let f = sb.sh(
        &format!(
            "source <('{}' completion bash) && complete -p oras",
            crate::support::paths::oras_bin().display()
        ),
        b"",
    );
    assert_eq!(f.code, 0, "{:?}", text(&f));
}

/// (exit code, stdout, stderr) of `oras <args>`.
fn oras(args: &str) -> (i32, String, String) {
    let f = Sandbox::new().oras(args);
    let (o, e) = text(&f);
    (f.code, o, e)
}

#[test]
fn cobra_error_texts() {
    let cases: &[(&str, &str)] = &[
        ("--version", "Error: unknown flag: --version\n"),
        (
            "nope",
            "Error: unknown command \"nope\" for \"oras\"\nRun 'oras --help' for usage.\n",
        ),
        ("push --nope x", "Error: unknown flag: --nope\n"),
        ("push -x", "Error: unknown shorthand flag: 'x' in -x\n"),
        (
            "pull",
            "Error: \"oras pull\" requires exactly 1 argument but got 0\nUsage: oras pull [flags] <name>{:<tag>|@<digest>}\nPlease specify exactly 1 argument as the artifact reference you want to pull. Run \"oras pull -h\" for more options and examples\n",
        ),
        (
            "cp a",
            "Error: \"oras cp\" requires exactly 2 arguments but got 1\nUsage: oras cp [flags] <from>{:<tag>|@<digest>} <to>[:<tag>[,<tag>][...]]\nPlease specify exactly 2 arguments as the source and destination for copying. Run \"oras cp -h\" for more options and examples\n",
        ),
        (
            "attach localhost:1/r",
            "Error: required flag(s) \"artifact-type\" not set\n",
        ),
    ];
    for (args, want) in cases {
        let (code, out, err) = oras(args);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (1, "", *want),
            "oras {args}"
        );
    }
}

#[test]
fn help_exits_zero_on_stdout() {
    for args in [
        "",
        "--help",
        "-h",
        "help push",
        "push --help",
        "manifest",
        "manifest index",
        "blob",
        "repo",
        "completion",
    ] {
        let (code, out, err) = oras(args);
        assert_eq!((code, err.as_str()), (0, ""), "oras {args}");
        assert!(out.contains("Usage:"), "oras {args}: {out}");
    }
    let (_, out, _) = oras("manifest");
    assert!(out.contains("fetch-config"), "{out}");
}

#[test]
fn deprecated_verbose_notice() {
    let (code, _, err) = oras("pull -v --no-tty localhost:1/x:v1");
    assert_eq!(code, 1);
    assert!(
        err.starts_with(
            "Flag --verbose has been deprecated, and will be removed in a future release.\n"
        ),
        "{err}"
    );
}
