//! Help screens of the command tree in cobra's layout: the data comes from the clap
//! definitions (flags, value names, defaults, aliases, subcommands) and `help_text` (Use
//! strings, long texts); `-h/--help`, bare groups and `oras help [command]` all print them.

use super::help_text::{self, HELP_LONG, HELP_SHORT, ROOT_LONG};
use crate::display::help::{CommandHelp, FlagHelp, help_string, usage_string};
use clap::Command;

/// The subcommand of `cmd` called `name` or aliased so.
pub fn find_sub<'a>(cmd: &'a Command, name: &str) -> Option<&'a Command> {
    cmd.get_subcommands()
        .find(|s| s.get_name() == name || s.get_all_aliases().any(|a| a == name))
}

/// The long name of a clap argument's value type, as pflag names it.
fn value_type(arg: &clap::Arg) -> String {
    let bool_values = {
        let v: Vec<String> = arg
            .get_possible_values()
            .iter()
            .map(|p| p.get_name().to_string())
            .collect();
        v == ["true", "false"]
    };
    if !arg.get_action().takes_values() || bool_values {
        return "bool".to_string();
    }
    arg.get_value_names()
        .and_then(|v| v.first())
        .map_or_else(|| "string".to_string(), |n| n.to_string())
}

/// The flags of `cmd` (at `path`) as its help lists them, `-h, --help` included.
pub fn flags_of(cmd: &Command, path: &str) -> Vec<FlagHelp> {
    let mut flags: Vec<FlagHelp> = cmd
        .get_arguments()
        .filter(|a| !a.is_positional() && !a.is_hide_set() && a.get_id() != "help")
        .filter_map(|a| {
            let long = a.get_long()?.to_string();
            let mut usage = a.get_help().map(|h| h.to_string()).unwrap_or_default();
            let mut default = a
                .get_default_values()
                .first()
                .map(|d| d.to_string_lossy().into_owned());
            if let Some(o) = help_text::flag_override(path, &long) {
                usage = o.usage.map_or(usage, str::to_string);
                default = o.default.map(str::to_string).or(default);
            }
            Some(FlagHelp {
                long,
                short: a.get_short(),
                value_type: value_type(a),
                usage,
                default,
            })
        })
        .collect();
    let name = if path.is_empty() {
        "oras"
    } else {
        cmd.get_name()
    };
    flags.push(FlagHelp::bool(
        "help",
        Some('h'),
        &format!("help for {name}"),
    ));
    flags
}

/// Subcommands as listed: sorted by name, the root's `help` included.
pub fn listed_subcommands(cmd: &Command, path: &str) -> Vec<(String, String)> {
    let mut subs: Vec<(String, String)> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| {
            let short = s.get_about().map(|a| a.to_string()).unwrap_or_default();
            (s.get_name().to_string(), short)
        })
        .collect();
    if path.is_empty() {
        subs.push(("help".to_string(), HELP_SHORT.to_string()));
    }
    subs.sort();
    subs
}

/// The help data of `cmd` found at `path` (words below `oras`, `""` for the root).
pub fn build(cmd: &Command, path: &str) -> CommandHelp {
    let subcommands = listed_subcommands(cmd, path);
    let runnable = cmd.get_subcommands().next().is_none();
    let flags = flags_of(cmd, path);
    let entry = help_text::entry(path);
    let long = if path.is_empty() {
        ROOT_LONG.to_string()
    } else {
        entry
            .map(|e| e.long.to_string())
            .unwrap_or_else(|| cmd.get_about().map(|a| a.to_string()).unwrap_or_default())
    };
    let mut use_line = help_text::use_line(path);
    // cobra appends `[flags]` unless the Use string has it (its completion commands
    // disable that)
    if !use_line.contains("[flags]") && !path.starts_with("completion ") {
        use_line.push_str(" [flags]");
    }
    let aliases: Vec<String> = cmd.get_visible_aliases().map(str::to_string).collect();
    let name_and_aliases = if aliases.is_empty() {
        Vec::new()
    } else {
        std::iter::once(cmd.get_name().to_string())
            .chain(aliases)
            .collect()
    };
    CommandHelp {
        long,
        runnable,
        use_line,
        command_path: if path.is_empty() {
            "oras".to_string()
        } else {
            format!("oras {path}")
        },
        name_and_aliases,
        name_padding: subcommands.iter().map(|(n, _)| n.len()).max().unwrap_or(0),
        subcommands,
        flags,
    }
}

/// The help of cobra's `help` command.
pub fn help_command_help() -> CommandHelp {
    CommandHelp {
        long: HELP_LONG.to_string(),
        runnable: true,
        use_line: "oras help [command] [flags]".to_string(),
        command_path: "oras help".to_string(),
        flags: vec![FlagHelp::bool("help", Some('h'), "help for help")],
        ..Default::default()
    }
}

/// `cmd` and all its subcommands with their help screens in place of clap's, and without
/// clap's own `help` subcommand (`oras help` is served by [`help_command`]).
pub fn with_help_texts(cmd: Command) -> Command {
    apply(cmd, "")
}

fn apply(cmd: Command, path: &str) -> Command {
    let text = help_text(&cmd, path);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let mut cmd = cmd.override_help(text).disable_help_subcommand(true);
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| apply(s, &sub_path));
    }
    cmd
}

/// The help screen of `cmd` found at `path` (words below `oras`, `""` for the root).
pub fn help_text(cmd: &Command, path: &str) -> String {
    help_string(&build(cmd, path))
}

/// The help screen of the command at `words` (names or aliases), if there is one.
pub fn help_for(root: &Command, words: &[&str]) -> Option<String> {
    if words.first() == Some(&"help") {
        return Some(help_string(&help_command_help()));
    }
    let mut cmd = root;
    let mut path: Vec<&str> = Vec::new();
    for w in words {
        cmd = find_sub(cmd, w)?;
        path.push(cmd.get_name());
    }
    Some(help_string(&build(cmd, &path.join(" "))))
}

/// The source of `help_screens.rs`: every help screen of the tree under `root` (and of
/// `oras help`), matched by the words naming its command (a name or an alias at each level),
/// with whether the command is a group.
pub fn screens_source(root: &Command) -> String {
    let mut arms = Vec::new();
    screen_arms(root, "", &[], &mut arms);
    let help = help_string(&help_command_help());
    arms.push(("[\"help\"]".to_string(), false, help));
    let mut out = String::from(
        "//! Generated from the clap definitions by `help::screens_source`; do not edit (run\n\
         //! `ORAS_REGENERATE_HELP=1 cargo nextest run --lib help_screens`): every help screen.\n\n\
         /// The help screen of the command `words` name (below `oras`, names or aliases), and\n\
         /// whether that command is a group.\n\
         #[rustfmt::skip]\n\
         pub fn screen(words: &[&str]) -> Option<(&'static str, bool)> {\n    \
         Some(match words {\n",
    );
    for (pattern, group, text) in arms {
        let hashes = "#".repeat(raw_hashes(&text));
        out.push_str(&format!(
            "        {pattern} => (r{hashes}\"{text}\"{hashes}, {group}),\n"
        ));
    }
    out.push_str("        _ => return None,\n    })\n}\n");
    out
}

/// The arms of `cmd` (at `path`, named by `pattern`) and of its subcommands.
fn screen_arms(
    cmd: &Command,
    path: &str,
    pattern: &[String],
    arms: &mut Vec<(String, bool, String)>,
) {
    let text = help_text(cmd, path);
    arms.push((
        format!("[{}]", pattern.join(", ")),
        cmd.has_subcommands(),
        text,
    ));
    for sub in cmd.get_subcommands() {
        let names: Vec<String> = std::iter::once(sub.get_name())
            .chain(sub.get_all_aliases())
            .map(|n| format!("{n:?}"))
            .collect();
        let sub_path = if path.is_empty() {
            sub.get_name().to_string()
        } else {
            format!("{path} {}", sub.get_name())
        };
        let mut sub_pattern = pattern.to_vec();
        sub_pattern.push(names.join(" | "));
        screen_arms(sub, &sub_path, &sub_pattern, arms);
    }
}

/// How many `#` a raw string literal of `text` needs (at least one).
fn raw_hashes(text: &str) -> usize {
    (1..)
        .find(|&n| !text.contains(&format!("\"{}", "#".repeat(n))))
        .unwrap_or(1)
}

/// Go's `%#q` of a list of strings: `[`a` `b`]`.
fn go_backquote_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items
        .iter()
        .map(|s| {
            let backquotable = !s.contains('`')
                && !s.chars().any(|c| c.is_control() && c != '\t')
                && !s.contains('\u{FEFF}');
            if backquotable {
                format!("`{s}`")
            } else {
                crate::go::quote::quote(s)
            }
        })
        .collect();
    format!("[{}]", quoted.join(" "))
}

/// What `oras help <topics…>` writes: `(stdout, stderr)`; it always exits 0.
pub fn help_command(root: &Command, topics: &[String]) -> (String, String) {
    if topics.iter().any(|t| t == "-h" || t == "--help") {
        return (help_string(&help_command_help()), String::new());
    }
    // cobra's Find: flags are skipped; the deepest command named wins; an unknown first
    // word is an unknown topic, later unknown words are arguments of the command found
    let words: Vec<&str> = topics
        .iter()
        .map(String::as_str)
        .filter(|t| !t.starts_with('-'))
        .collect();
    if words.first() == Some(&"help") {
        return (help_string(&help_command_help()), String::new());
    }
    let mut cmd = root;
    let mut path: Vec<&str> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        match find_sub(cmd, w) {
            Some(s) if cmd.get_subcommands().next().is_some() => {
                cmd = s;
                path.push(s.get_name());
            }
            _ if i == 0 => {
                let usage = usage_string(&build(root, ""));
                return (
                    String::new(),
                    format!("Unknown help topic {}\n{usage}", go_backquote_list(&words)),
                );
            }
            _ => break,
        }
    }
    (help_string(&build(cmd, &path.join(" "))), String::new())
}
