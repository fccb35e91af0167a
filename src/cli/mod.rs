//! The command line: clap definitions, dispatch, and the exit-code contract (0 on success,
//! 1 on every error, clap's own usage errors included).

pub mod attach;
pub mod backup;
pub mod blob;
pub mod complete;
pub mod completion;
pub mod cp;
pub mod discover;
pub mod env;
pub mod error;
pub mod file_ref;
pub mod go_flags;
pub mod help;
pub mod help_screens;
pub mod help_text;
pub mod login;
pub mod logout;
pub mod manifest;
pub mod options;
pub mod packer;
pub mod pull;
pub mod push;
pub mod repo;
pub mod resolve;
pub mod restore;
pub mod stdin_layer;
pub mod tag;
pub mod version;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use error::CliError;
use std::ffi::OsString;
use std::process::ExitCode;

/// oras: OCI Registry As Storage.
#[derive(Parser, Debug)]
#[command(
    name = "oras",
    about = "Manage OCI artifacts with registries and OCI image layouts",
    disable_version_flag = true,
    // pflag: a flag given again replaces its value (slices, `ArgAction::Append`, still
    // accumulate); clap propagates this setting to every subcommand
    args_override_self = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Push files to a registry or an OCI image layout
    Push(push::PushArgs),
    /// Pull files from a registry or an OCI image layout
    Pull(pull::PullArgs),
    /// Show the oras version information
    Version(version::VersionArgs),
    /// [Preview] Resolves digest of the target artifact
    #[command(visible_alias = "digest")]
    Resolve(resolve::ResolveArgs),
    /// Tag a manifest in a registry or an OCI image layout
    Tag(tag::TagArgs),
    /// Repository operations
    #[command(visible_alias = "repository")]
    Repo(repo::RepoArgs),
    /// Manifest operations
    Manifest(manifest::ManifestArgs),
    /// Blob operations
    Blob(blob::BlobArgs),
    /// Copy artifacts from one target to another
    #[command(visible_alias = "copy")]
    Cp(cp::CpArgs),
    /// Log in to a remote registry
    Login(login::LoginArgs),
    /// Log out from a remote registry
    Logout(logout::LogoutArgs),
    /// [Preview] Attach files to an existing artifact
    Attach(attach::AttachArgs),
    /// [Preview] Discover referrers of a manifest in a registry or an OCI image layout
    Discover(discover::DiscoverArgs),
    /// [Experimental] Back up artifacts from a registry into an OCI image layout
    Backup(backup::BackupArgs),
    /// [Experimental] Restore artifacts to a registry from an OCI image layout
    Restore(restore::RestoreArgs),
    /// Generate the autocompletion script for the specified shell
    Completion(completion::CompletionArgs),
}

/// Parse and run; returns the process exit code.
pub fn run(args: Vec<OsString>) -> ExitCode {
    if let Some(code) = without_tree(&args) {
        return code;
    }
    if let Some(code) = help_or_complete(&args) {
        return code;
    }
    // left undropped: the process ends soon after, and freeing the tree was a fifth of the
    // start-up of `oras version`
    let cmd: &'static mut clap::Command = Box::leak(Box::new(tree_for(&args)));
    let matches = match cmd.try_get_matches_from_mut(args.clone()) {
        Ok(m) => m,
        Err(e) => {
            if let Some(code) = unknown_subcommand_of_group(cmd, &args, &e) {
                return code;
            }
            return clap_error(cmd, e);
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return clap_error(cmd, e),
    };
    let Some(command) = cli.command else {
        crate::display::help::emit(&help::help_for(cmd, &[]).unwrap_or_default(), "");
        return ExitCode::SUCCESS;
    };
    if options::CommonOpts::verbose_given(&args) {
        crate::display::warn(
            "Flag --verbose has been deprecated, and will be removed in a future release.",
        );
    }
    // commands that send no request start no async runtime (its threads are most of the
    // start-up of `oras version`)
    let command = match command {
        Command::Version(a) => return finish(version::run(a)),
        Command::Completion(a) => return finish(completion::run(a, Cli::command())),
        other => other,
    };
    // one thread drives all requests: on two cores the other is for the blocking work
    // (hashing and writing files, gzip), and tasks never wake each other across threads
    // (a multi-thread runtime cost ~30 K futex calls and context switches per 1000 files)
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return report(CliError::new(format!("failed to start: {e}"))),
    };
    // the command runs as a task of the runtime, polled where the I/O driver wakes it
    let task = runtime.spawn(dispatch(command));
    let result = runtime.block_on(async move {
        tokio::select! {
            r = task => r.unwrap_or_else(|e| Err(CliError::new(format!("internal error: {e}")))),
            _ = tokio::signal::ctrl_c() => Err(CliError::new("context canceled")),
        }
    });
    // do not wait for blocked stdin readers or lingering connections
    runtime.shutdown_background();
    finish(result)
}

fn finish(result: Result<(), CliError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(e),
    }
}

async fn dispatch(command: Command) -> Result<(), CliError> {
    let result = run_command(command).await;
    // the referrers indexes a command wrote are watched once, after all its writes
    let settled = options::target::settle_opened().await;
    result.and(settled)
}

async fn run_command(command: Command) -> Result<(), CliError> {
    match command {
        Command::Push(a) => push::run(a).await,
        Command::Pull(a) => pull::run(a).await,
        Command::Version(a) => version::run(a),
        Command::Resolve(a) => resolve::run(a).await,
        Command::Tag(a) => tag::run(a).await,
        Command::Repo(a) => repo::run(a).await,
        Command::Manifest(a) => manifest::run(a).await,
        Command::Blob(a) => blob::run(a).await,
        Command::Cp(a) => cp::run(a).await,
        Command::Login(a) => login::run(a).await,
        Command::Logout(a) => logout::run(a).await,
        Command::Attach(a) => attach::run(a).await,
        Command::Discover(a) => discover::run(a).await,
        Command::Backup(a) => backup::run(a).await,
        Command::Restore(a) => restore::run(a).await,
        Command::Completion(a) => completion::run(a, Cli::command()),
    }
}

/// The command tree as the command line `args` is parsed with: cobra's help screens
/// instead of clap's, no clap `help` subcommand, pflag's booleans, and required flags left
/// to the commands, on the root and on each subcommand the words of `args` name in turn.
/// Those are the only commands clap can parse or show help for: preparing all ~40 was
/// most of the start-up of every command.
fn tree_for(args: &[OsString]) -> clap::Command {
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .filter(|a| !a.starts_with('-'))
        .collect();
    prepare(Cli::command(), "", &words)
}

/// `cmd` (at `path`) prepared for parsing, and the subcommand the first of `words` names.
fn prepare(cmd: clap::Command, path: &str, words: &[String]) -> clap::Command {
    let text = help::help_text(&cmd, path);
    let next = words
        .split_first()
        .and_then(|(w, rest)| Some((help::find_sub(&cmd, w)?.get_name().to_string(), rest)));
    let cmd = cmd.override_help(text).disable_help_subcommand(true);
    let cmd = required_flags_checked_by_command(go_flags::go_bools_of(cmd));
    match next {
        Some((name, rest)) => {
            let sub_path = if path.is_empty() {
                name.clone()
            } else {
                format!("{path} {name}")
            };
            cmd.mut_subcommand(&name, |s| prepare(s, &sub_path, rest))
        }
        None => cmd,
    }
}

/// cobra checks required flags after the argument count and the reference (`PreRunE`), so
/// the commands check theirs in that order; the definitions keep the mark, which completion
/// reads (cobra offers a required flag first).
fn required_flags_checked_by_command(cmd: clap::Command) -> clap::Command {
    cmd.mut_args(|a| {
        if a.is_positional() {
            a
        } else {
            a.required(false)
        }
    })
}

/// Command lines answered without building the clap tree (most of their start-up):
/// exactly `oras version`, `oras completion <shell>` and the help screens of
/// [`static_help`]. Any other shape (a flag, another word) goes through clap as usual.
fn without_tree(args: &[OsString]) -> Option<ExitCode> {
    let words: Vec<&str> = args
        .iter()
        .skip(1)
        .map(|a| a.to_str())
        .collect::<Option<_>>()?;
    match words.as_slice() {
        ["version"] => return Some(finish(version::run(version::VersionArgs::default()))),
        ["completion", shell] => {
            if let Some(script) = completion::committed(shell) {
                crate::display::Printer::new(false, true).write_raw(script);
                return Some(ExitCode::SUCCESS);
            }
        }
        _ => {}
    }
    crate::display::help::emit(static_help(&words)?, "");
    Some(ExitCode::SUCCESS)
}

/// The help screen a command line asks for, from the generated [`help_screens`]: bare
/// `oras`, `oras help [command...]`, `oras [command...] --help|-h` and a bare group, each
/// with only names or aliases of commands as words. Anything else (a flag's value, an unknown
/// or extra word) is `None`, left to clap and [`help::help_command`] as before; a unit test
/// holds every answer equal to theirs.
fn static_help(words: &[&str]) -> Option<&'static str> {
    let screen = help_screens::screen;
    if let ["help", topic @ ..] = words
        && let Some((text, _)) = screen(topic)
    {
        return Some(text);
    }
    match words {
        [path @ .., "--help" | "-h"] => screen(path).map(|(text, _)| text),
        // bare `oras` is the root's screen, a bare group its own
        path => screen(path)
            .filter(|&(_, group)| group || path.is_empty())
            .map(|(text, _)| text),
    }
}

/// Bare `oras`, `oras help [command]`, and cobra's `__complete` / `__completeNoDesc`.
fn help_or_complete(args: &[OsString]) -> Option<ExitCode> {
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let (out, err) = match words.first().map(String::as_str) {
        None => (help::help_for(&Cli::command(), &[])?, String::new()),
        Some("help") => help::help_command(&Cli::command(), &words[1..]),
        Some(called @ ("__complete" | "__completeNoDesc")) => {
            let found = complete::complete(&Cli::command(), &words[1..]);
            complete::render(&found, complete::descriptions_wanted(called))
        }
        Some(_) => return None,
    };
    crate::display::help::emit(&out, &err);
    Some(ExitCode::SUCCESS)
}

#[allow(
    clippy::print_stderr,
    reason = "the command's final error goes to the terminal here"
)]
fn report(e: CliError) -> ExitCode {
    eprint!("{}", e.render());
    ExitCode::FAILURE
}

/// cobra runs a group that is not runnable (`oras manifest nope`) as a request for its help:
/// the group's help on stdout, exit 0. Only the root reports an unknown command.
#[allow(clippy::print_stdout, reason = "a group's help answer goes to stdout")]
fn unknown_subcommand_of_group(
    root: &clap::Command,
    args: &[OsString],
    e: &clap::Error,
) -> Option<ExitCode> {
    if !matches!(
        e.kind(),
        clap::error::ErrorKind::InvalidSubcommand | clap::error::ErrorKind::UnknownArgument
    ) {
        return None;
    }
    let mut cmd = root;
    let mut path: Vec<String> = Vec::new();
    for a in args.iter().skip(1) {
        let a = a.to_string_lossy();
        if a.starts_with('-') {
            return None;
        }
        match help::find_sub(cmd, &a) {
            Some(sub) if sub.has_subcommands() => {
                path.push(a.to_string());
                cmd = sub;
            }
            Some(_) => return None, // a leaf command: its own errors apply
            None => break,
        }
    }
    if path.is_empty() {
        return None;
    }
    let words: Vec<&str> = path.iter().map(String::as_str).collect();
    let text = help::help_for(root, &words)?;
    print!("{text}");
    Some(ExitCode::SUCCESS)
}

/// clap errors in cobra's words, exit 1 (help and version requests exit 0).
#[allow(clippy::print_stdout, reason = "clap's help answer goes to stdout")]
fn clap_error(root: &clap::Command, e: clap::Error) -> ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        // a bare group (`oras manifest`): cobra prints its help on stdout, exit 0
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            print!("{}", e.render());
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    let ctx = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let msg = match e.kind() {
        ErrorKind::UnknownArgument => {
            let arg = ctx(ContextKind::InvalidArg);
            let flag = arg.split('=').next().unwrap_or(&arg).to_string();
            if let Some(short) = flag.strip_prefix('-').filter(|f| !f.starts_with('-')) {
                let c = short.chars().next().unwrap_or('?');
                format!("unknown shorthand flag: '{c}' in {flag}")
            } else if !flag.starts_with('-') {
                format!("unknown command {flag:?} for \"oras\"\nRun 'oras --help' for usage.")
            } else {
                format!("unknown flag: {flag}")
            }
        }
        ErrorKind::InvalidSubcommand => format!(
            "unknown command {:?} for \"oras\"\nRun 'oras --help' for usage.",
            ctx(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::MissingRequiredArgument => {
            let args = ctx(ContextKind::InvalidArg);
            let names: Vec<String> = args
                .split(", ")
                .map(|a| {
                    format!(
                        "{:?}",
                        a.trim_start_matches('-').split(' ').next().unwrap_or(a)
                    )
                })
                .collect();
            format!("required flag(s) {} not set", names.join(", "))
        }
        ErrorKind::ValueValidation | ErrorKind::InvalidValue => {
            // clap names the flag `--name <type>` or `--name[=<value>]`
            let arg = ctx(ContextKind::InvalidArg);
            let flag = arg
                .split([' ', '=', '['])
                .next()
                .unwrap_or(&arg)
                .to_string();
            let label = match flag.strip_prefix("--") {
                Some(long) => go_flags::flag_label(root, long),
                None => flag.clone(),
            };
            let value = ctx(ContextKind::InvalidValue);
            // our own value parsers explain themselves; integers fail as pflag words it
            let own_reason = std::error::Error::source(&e)
                .filter(|src| !src.is::<std::num::ParseIntError>())
                .map(|src| src.to_string());
            if value.is_empty() {
                format!("flag needs an argument: {flag}")
            } else if let Some(reason) = own_reason {
                format!("invalid argument {value:?} for {label:?} flag: {reason}")
            } else {
                format!(
                    "invalid argument {value:?} for {label:?} flag: strconv.ParseInt: parsing {value:?}: invalid syntax"
                )
            }
        }
        ErrorKind::NoEquals | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("flag needs an argument: {}", ctx(ContextKind::InvalidArg))
        }
        _ => {
            let text = e.to_string();
            text.lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ")
                .to_string()
        }
    };
    report(CliError::new(msg))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command of the tree, built as `run` builds it.
    fn all(cmd: &clap::Command) -> Vec<&clap::Command> {
        std::iter::once(cmd)
            .chain(cmd.get_subcommands().flat_map(all))
            .collect()
    }

    /// Every way of naming each command of `cmd`'s tree: names and aliases at each level.
    fn word_paths(cmd: &clap::Command, prefix: &[String]) -> Vec<Vec<String>> {
        let mut paths = vec![prefix.to_vec()];
        for sub in cmd.get_subcommands() {
            for name in std::iter::once(sub.get_name()).chain(sub.get_all_aliases()) {
                let mut p = prefix.to_vec();
                p.push(name.to_string());
                paths.extend(word_paths(sub, &p));
            }
        }
        paths
    }

    /// What `run` prints on stdout for `words` through the command tree (clap and
    /// `help_command`), when that is a help screen with nothing on stderr and exit 0.
    fn help_through_tree(words: &[&str]) -> Option<String> {
        let root = Cli::command();
        match words {
            [] => help::help_for(&root, &[]),
            ["help", topics @ ..] => {
                let topics: Vec<String> = topics.iter().map(|t| t.to_string()).collect();
                let (out, err) = help::help_command(&root, &topics);
                err.is_empty().then_some(out)
            }
            _ => {
                let args: Vec<OsString> = std::iter::once("oras")
                    .chain(words.iter().copied())
                    .map(OsString::from)
                    .collect();
                let mut cmd = tree_for(&args);
                let e = cmd.try_get_matches_from_mut(args).err()?;
                matches!(
                    e.kind(),
                    clap::error::ErrorKind::DisplayHelp
                        | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
                )
                .then(|| e.render().to_string())
            }
        }
    }

    #[test]
    fn help_screens_are_current() {
        let source = help::screens_source(&Cli::command());
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cli/help_screens.rs");
        if std::env::var_os("ORAS_REGENERATE_HELP").is_some() {
            std::fs::write(&file, &source).expect("writing src/cli/help_screens.rs");
        }
        let committed = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            committed == source,
            "src/cli/help_screens.rs is stale: run ORAS_REGENERATE_HELP=1 cargo nextest run --lib help_screens"
        );
    }

    #[test]
    fn help_screens_answer_as_the_tree_does() {
        let paths = word_paths(&Cli::command(), &[]);
        assert!(paths.len() > 40, "{}", paths.len());
        let mut groups = 0;
        for path in &paths {
            let path: Vec<&str> = path.iter().map(String::as_str).collect();
            let mut shapes = vec![
                [path.as_slice(), &["--help"]].concat(),
                [path.as_slice(), &["-h"]].concat(),
                [&["help"], path.as_slice()].concat(),
            ];
            if help_screens::screen(&path).is_some_and(|(_, group)| group) {
                groups += 1;
                shapes.push(path.clone());
            }
            for words in shapes {
                let want = help_through_tree(&words);
                assert!(want.is_some(), "{words:?}: no help through the tree");
                assert_eq!(static_help(&words).map(str::to_string), want, "{words:?}");
            }
        }
        assert!(groups >= 5, "{groups}");
        // `oras help` itself, bare `oras`
        for words in [
            &[][..],
            &["help"],
            &["help", "help"],
            &["help", "--help"],
            &["help", "-h"],
        ] {
            assert_eq!(
                static_help(words).map(str::to_string),
                help_through_tree(words),
                "{words:?}"
            );
        }
    }

    #[test]
    fn other_shapes_are_left_to_the_tree() {
        let cases: &[&[&str]] = &[
            &["push"],
            &["nope"],
            &["nope", "--help"],
            &["help", "nope"],
            &["help", "push", "extra"],
            &["help", "push", "-h"],
            &["help", "help", "push"],
            &["push", "ref", "--help"],
            &["push", "--help=false"],
            &["push", "--help", "--help"],
            &["--help", "push"],
            &["-h", "push"],
            &["--debug", "--help"],
            &["manifest", "nope"],
            &["manifest", "fetch"],
            &["version"],
            &["completion", "bash"],
            &["PUSH", "--help"],
            &["--HELP"],
        ];
        for words in cases {
            assert_eq!(static_help(words), None, "{words:?}");
        }
    }

    #[test]
    fn pflag_rules_reach_every_command() {
        let mut cmd = go_flags::with_go_bools(help::with_help_texts(Cli::command()));
        cmd.build();
        let commands = all(&cmd);
        assert!(commands.len() > 30, "{}", commands.len());
        let mut accumulating = std::collections::BTreeSet::new();
        for c in commands {
            // a flag given again replaces its value...
            assert!(c.is_args_override_self(), "{}", c.get_name());
            // ...unless it is one of oras's slices (StringArray / StringSlice)
            accumulating.extend(
                c.get_arguments()
                    .filter(|a| matches!(a.get_action(), clap::ArgAction::Append))
                    .filter_map(|a| a.get_long()),
            );
        }
        let slices = [
            "add",
            "annotation",
            "from-header",
            "from-registry-config",
            "from-resolve",
            "header",
            "media-type",
            "merge",
            "registry-config",
            "remove",
            "resolve",
            "tag",
            "to-header",
            "to-registry-config",
            "to-resolve",
        ];
        assert_eq!(accumulating.into_iter().collect::<Vec<_>>(), slices);
    }
}
