//! The command line itself: completion scripts (the committed ones under `completions/`
//! must match what the binary generates), cobra's help and error texts, exit codes, and
//! cobra's `__complete` protocol.
//! `ORAS_REGENERATE_COMPLETIONS=1 cargo test --test it cmd_cli` rewrites the scripts;
//! `ORAS_REGENERATE_HELP=1 cargo test --test it cmd_cli` rewrites the help snapshots under
//! `tests/it/snapshots/help/`.

use crate::support::sandbox::Sandbox;

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
        // with a flag the script is generated from the command tree; without, the binary
        // prints the committed copy it was built with
        let f = sb.oras(&format!("completion {shell} --no-descriptions=false"));
        assert_eq!(f.code, 0, "{:?}", f.text());
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
        assert_eq!(sb.oras(&format!("completion {shell}")).stdout, committed);
    }
}

#[test]
fn completion_without_descriptions() {
    let sb = Sandbox::new();
    let with = sb.oras("completion fish");
    let without = sb.oras("completion fish --no-descriptions");
    let (with, without) = (with.text().0, without.text().0);
    assert!(with.contains("Push files to a registry"));
    assert!(!without.contains("Push files to a registry"), "{without}");
    assert!(without.contains("push"));
    // the bash script loads in bash
    sb.sh_ok("source <({oras} completion bash) && complete -p oras");
}

/// (exit code, stdout, stderr) of `oras <args>`.
fn oras(args: &str) -> (i32, String, String) {
    let f = Sandbox::new().oras(args);
    let (o, e) = f.text();
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
            "Error: \"oras cp\" requires exactly 2 argument but got 1\nUsage: oras cp [flags] <from>{:<tag>|@<digest>} <to>[:<tag>[,<tag>][...]]\nPlease specify exactly 2 argument as the source and destination for copying. Run \"oras cp -h\" for more options and examples\n",
        ),
        (
            // cobra checks required flags after the reference (PreRunE)
            "attach localhost:1/r:v1",
            "Error: required flag(s) \"artifact-type\" not set\n",
        ),
        (
            "push --concurrency abc localhost:1/r:v1 x",
            "Error: invalid argument \"abc\" for \"--concurrency\" flag: strconv.ParseInt: parsing \"abc\": invalid syntax\n",
        ),
        (
            "push --chunk-size abc localhost:1/r:v1 x",
            "Error: invalid argument \"abc\" for \"--chunk-size\" flag: invalid size \"abc\": expected a number of bytes like 4MiB\n",
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
        "help",
        "help manifest",
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

/// Every command path, found through `__completeNoDesc` (so a new command cannot miss its
/// snapshot): `[]` is the root.
fn command_paths() -> Vec<Vec<String>> {
    let mut out = vec![Vec::new()];
    let mut i = 0;
    while i < out.len() {
        let path = out[i].clone();
        i += 1;
        if path.first().is_some_and(|w| w == "help") {
            continue;
        }
        let (code, stdout, _) = oras(&format!("__completeNoDesc {} ''", path.join(" ")));
        assert_eq!(code, 0);
        let mut lines: Vec<&str> = stdout.lines().collect();
        let directive = lines.pop().unwrap_or_default();
        if directive != ":4" {
            continue;
        }
        for name in lines.into_iter().filter(|l| !l.starts_with('-')) {
            let mut p = path.clone();
            p.push(name.to_string());
            out.push(p);
        }
    }
    out
}

#[test]
fn help_snapshots_match() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/snapshots/help");
    let regenerate = std::env::var_os("ORAS_REGENERATE_HELP").is_some();
    if regenerate {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("creating the snapshot dir");
    }
    let paths = command_paths();
    assert!(paths.len() > 30, "{paths:?}");
    let mut names = Vec::new();
    for path in &paths {
        let name = if path.is_empty() {
            "oras.txt".to_string()
        } else {
            format!("oras_{}.txt", path.join("_"))
        };
        let (code, out, err) = oras(&format!("{} --help", path.join(" ")));
        assert_eq!((code, err.as_str()), (0, ""), "oras {path:?} --help");
        let file = dir.join(&name);
        if regenerate {
            std::fs::write(&file, &out).expect("writing a help snapshot");
        } else {
            let want = std::fs::read_to_string(&file).unwrap_or_default();
            assert!(
                want == out,
                "tests/it/snapshots/help/{name} differs from `oras {} --help` (run ORAS_REGENERATE_HELP=1 cargo test --test it cmd_cli):\n{out}",
                path.join(" ")
            );
        }
        names.push(name);
    }
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("the snapshot dir")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    on_disk.sort();
    names.sort();
    assert_eq!(on_disk, names, "stale or missing help snapshots");
}

#[test]
fn help_routes_print_the_same_screen() {
    let (_, push_help, _) = oras("push --help");
    for args in ["push -h", "help push", "help push extra"] {
        let (code, out, err) = oras(args);
        assert_eq!((code, err.as_str()), (0, ""), "oras {args}");
        assert_eq!(out, push_help, "oras {args}");
    }
    let (_, root, _) = oras("--help");
    assert!(
        root.starts_with("Usage:\n  oras [command]\n\nAvailable Commands:\n"),
        "{root}"
    );
    for args in ["", "-h", "help"] {
        assert_eq!(oras(args), (0, root.clone(), String::new()), "oras {args}");
    }
    // bare groups, aliases
    assert_eq!(oras("manifest").1, oras("manifest --help").1);
    assert_eq!(oras("manifest index").1, oras("help manifest index").1);
    assert_eq!(oras("copy --help").1, oras("cp --help").1);
    assert!(
        oras("cp --help")
            .1
            .contains("\n\nAliases:\n  cp, copy\n\nFlags:\n")
    );
    assert!(
        oras("completion")
            .1
            .contains("\nUsage:\n  oras completion [command]\n")
    );
}

#[test]
fn help_for_an_unknown_topic() {
    let (code, out, err) = oras("help nope");
    assert_eq!((code, out.as_str()), (0, ""));
    let (_, root, _) = oras("--help");
    let usage = &root[root.find("Usage:").unwrap_or(0)..];
    assert_eq!(err, format!("Unknown help topic [`nope`]\n{usage}"));
    // a known group with a word that is not one of its commands: the group's help
    assert_eq!(oras("help manifest nope").1, oras("manifest --help").1);
}

#[test]
fn argument_errors_print_the_help_usage_line() {
    for (args, cmd) in [
        ("pull", "pull"),
        ("manifest fetch", "manifest fetch"),
        ("blob push x", "blob push"),
        ("manifest index update", "manifest index update"),
        ("repo tags", "repo tags"),
    ] {
        let (code, _, err) = oras(args);
        assert_eq!(code, 1, "oras {args}");
        let (_, help, _) = oras(&format!("{cmd} --help"));
        let use_line = help
            .split("Usage:\n  ")
            .nth(1)
            .and_then(|u| u.lines().next())
            .unwrap_or_default();
        // cobra's help appends ` [flags]` to a `Use` without it; errors print `Use` as is
        let use_line = match use_line.strip_suffix(" [flags]") {
            Some(u) if !u.contains("[flags]") => u,
            _ => use_line,
        };
        assert!(
            err.contains(&format!("\nUsage: {use_line}\n")),
            "oras {args}: {err} / {use_line}"
        );
    }
}

/// R19: the `Use` strings of oras 1.3.0, in help (cobra adds ` [flags]` when `Use` has none)
/// and after `Usage:` in argument errors.
#[test]
fn usage_synopses_are_orass() {
    for (cmd, use_string) in [
        (
            "push",
            "oras push [flags] <name>[:<tag>[,<tag>][...]] <file>[:<type>] [...]",
        ),
        (
            "attach",
            "oras attach [flags] --artifact-type=<type> <name>{:<tag>|@<digest>} {<file>[:<layer_media_type>]|--annotation <key>=<value>} [...]",
        ),
        (
            "manifest index create",
            "oras manifest index create [flags] <target>[:<tag[,<tag>][...]] <sources>[{<tag>|<digest>}...]",
        ),
        (
            "manifest index update",
            "oras manifest index update <index>{:<tag>|@<digest>} [{--add|--merge|--remove} <manifest>{<tag>|<digest>}] [...]",
        ),
    ] {
        let (_, help, _) = oras(&format!("{cmd} --help"));
        let shown = if use_string.contains("[flags]") {
            use_string.to_string()
        } else {
            format!("{use_string} [flags]")
        };
        assert!(
            help.contains(&format!("\nUsage:\n  {shown}\n")),
            "{cmd}: {help}"
        );
        let (code, _, err) = oras(cmd);
        assert_eq!(code, 1, "{cmd}");
        assert!(
            err.contains(&format!("\nUsage: {use_string}\n")),
            "{cmd}: {err}"
        );
    }
}

/// `oras __complete <args>`: (stdout, stderr).
fn complete(args: &str) -> (String, String) {
    let (code, out, err) = oras(&format!("__complete {args}"));
    assert_eq!(code, 0, "{args}");
    (out, err)
}

#[test]
fn complete_subcommands() {
    let (out, err) = complete("''");
    assert!(
        out.starts_with("attach\t[Preview] Attach files to an existing artifact\nbackup\t"),
        "{out}"
    );
    assert!(out.contains("\nhelp\tHelp about any command\n"), "{out}");
    assert!(
        out.ends_with("\nversion\tShow the oras version information\n:4\n"),
        "{out}"
    );
    assert!(!out.contains("__complete"), "{out}");
    assert_eq!(
        err,
        "Completion ended with directive: ShellCompDirectiveNoFileComp\n"
    );
    let (out, _) = complete("manifest f");
    assert_eq!(
        out,
        "fetch\tFetch manifest of the target artifact\nfetch-config\tFetch the config of a manifest from a registry or an OCI image layout\n:4\n"
    );
    // aliases find the group, names are completed
    assert_eq!(
        complete("repository ''").0,
        "ls\tList the repositories under the registry\ntags\tShow tags of the target repository\n:4\n"
    );
    assert_eq!(
        oras("__completeNoDesc manifest index ''").1,
        "create\nupdate\n:4\n"
    );
    assert_eq!(oras("__completeNoDesc help ma").1, "manifest\n:4\n");
    assert_eq!(
        oras("__completeNoDesc help manifest index c").1,
        "create\n:4\n"
    );
    // no match still tells the shell not to list files
    assert_eq!(complete("zz").0, ":4\n");
    let (out, err) = complete("nope ''");
    assert_eq!(out, ":0\n");
    assert_eq!(
        err,
        "[Error] unable to find a command for arguments: [nope]\nCompletion ended with directive: ShellCompDirectiveDefault\n"
    );
}

#[test]
fn complete_flags() {
    let (out, _) = complete("push --an");
    assert_eq!(
        out,
        "--annotation\tmanifest annotations\n--annotation-file\tpath of the annotation file\n:4\n"
    );
    // `-` adds short forms after their long ones; the help flag is listed
    let (out, _) = complete("repo ls -");
    assert!(out.contains("\n--debug\toutput debug logs (implies --no-tty)\n-d\toutput debug logs (implies --no-tty)\n"), "{out}");
    assert!(
        out.contains("\n--help\thelp for ls\n-h\thelp for ls\n"),
        "{out}"
    );
    assert!(out.ends_with(":4\n"), "{out}");
    // multi-line usage: first line only; raw usage (backticks kept)
    let (out, _) = complete("pull --f");
    assert_eq!(
        out,
        "--format\t[Experimental] format output using a custom template:\n:4\n"
    );
    let (out, _) = complete("push --artifact-p");
    assert_eq!(
        out,
        "--artifact-platform\t[Experimental] set artifact platform in the form of `os[/arch][/variant][:os_version]`\n:4\n"
    );
    // a flag already given is not offered again, unless it repeats
    let (out, _) = complete("push --debug -a k=v --");
    assert!(!out.contains("--debug\t"), "{out}");
    assert!(out.contains("--annotation\t"), "{out}");
    // hidden flags are not offered
    assert!(!complete("push --verb").0.contains("verbose"));
    // --help given: nothing more
    assert_eq!(complete("push --help ''").0, ":4\n");
    let (_, err) = complete("push --nope ''");
    assert!(err.starts_with("[Error] "), "{err}");
}

#[test]
fn complete_positionals_fall_back_to_files() {
    let (out, err) = complete("push localhost:5000/hello:v1 ''");
    assert_eq!(out, ":0\n");
    assert_eq!(
        err,
        "Completion ended with directive: ShellCompDirectiveDefault\n"
    );
    assert_eq!(complete("pull ''").0, ":0\n");
    // a flag value
    assert_eq!(complete("push --config ''").0, ":0\n");
    assert_eq!(complete("push --config=c").0, ":0\n");
    // required flags are offered even without a dash, until given
    assert_eq!(
        complete("attach ''").0,
        "--artifact-type\tartifact type\n:0\n"
    );
    assert_eq!(complete("attach --artifact-type t ''").0, ":0\n");
    // descriptions can be turned off by the environment, as with cobra
    let f = Sandbox::new().oras_env(
        "__complete manifest ''",
        "ORAS_COMPLETION_DESCRIPTIONS=false",
        b"",
    );
    assert_eq!(f.text().0, "delete\nfetch\nfetch-config\nindex\npush\n:4\n");
}

#[test]
fn an_unknown_word_after_a_group_prints_the_group_help() {
    // cobra: a group is not runnable, so `oras manifest nope` is a help request (exit 0);
    // only the root reports an unknown command
    let (code, out, err) = oras("manifest nope");
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, oras("manifest --help").1);
    let (code, out, _) = oras("manifest index nope");
    assert_eq!((code, out), (0, oras("manifest index --help").1));
    let (code, _, err) = oras("nope");
    assert_eq!(code, 1);
    assert!(
        err.starts_with("Error: unknown command \"nope\" for \"oras\""),
        "{err}"
    );
}
