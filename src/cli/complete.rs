//! cobra's hidden `__complete` / `__completeNoDesc` commands, which the completion scripts
//! of the Go oras call: candidates one per line (`name<TAB>description`), then
//! `:<directive>`; the directive's name goes to stderr.

use super::help::{find_sub, flags_of, listed_subcommands};
use crate::display::help::FlagHelp;
use clap::Command;

/// cobra's `ShellCompDirective` bits.
pub const DIRECTIVE_ERROR: u32 = 1;
pub const DIRECTIVE_NO_SPACE: u32 = 2;
pub const DIRECTIVE_NO_FILE_COMP: u32 = 4;
pub const DIRECTIVE_FILTER_FILE_EXT: u32 = 8;
pub const DIRECTIVE_FILTER_DIRS: u32 = 16;
pub const DIRECTIVE_KEEP_ORDER: u32 = 32;

/// The names cobra prints for a directive.
pub fn directive_name(d: u32) -> String {
    if d >= 64 {
        return format!("ERROR: unexpected ShellCompDirective value: {d}");
    }
    let names = [
        (DIRECTIVE_ERROR, "ShellCompDirectiveError"),
        (DIRECTIVE_NO_SPACE, "ShellCompDirectiveNoSpace"),
        (DIRECTIVE_NO_FILE_COMP, "ShellCompDirectiveNoFileComp"),
        (DIRECTIVE_FILTER_FILE_EXT, "ShellCompDirectiveFilterFileExt"),
        (DIRECTIVE_FILTER_DIRS, "ShellCompDirectiveFilterDirs"),
        (DIRECTIVE_KEEP_ORDER, "ShellCompDirectiveKeepOrder"),
    ];
    let set: Vec<&str> = names
        .iter()
        .filter(|(bit, _)| d & bit != 0)
        .map(|(_, n)| *n)
        .collect();
    if set.is_empty() {
        "ShellCompDirectiveDefault".to_string()
    } else {
        set.join(", ")
    }
}

/// Candidates, directive, and an error reported on stderr.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Completions {
    pub candidates: Vec<String>,
    pub directive: u32,
    pub error: Option<String>,
}

/// A command of the tree, or cobra's `help` command (not a clap command here).
enum Found<'a> {
    Cmd(&'a Command, String),
    Help,
}

impl Found<'_> {
    fn flags(&self) -> Vec<FlagHelp> {
        match self {
            Found::Cmd(c, path) => flags_of(c, path),
            Found::Help => vec![FlagHelp::bool("help", Some('h'), "help for help")],
        }
    }

    fn name(&self) -> String {
        match self {
            Found::Cmd(c, path) if path.is_empty() => c.get_name().to_string(),
            Found::Cmd(c, _) => c.get_name().to_string(),
            Found::Help => "help".to_string(),
        }
    }

    /// Names of the flags marked required.
    fn required(&self) -> Vec<String> {
        match self {
            Found::Cmd(c, _) => c
                .get_arguments()
                .filter(|a| !a.is_positional() && a.is_required_set())
                .filter_map(|a| a.get_long().map(str::to_string))
                .collect(),
            Found::Help => Vec::new(),
        }
    }
}

fn takes_value(f: &FlagHelp) -> bool {
    f.value_type != "bool"
}

fn lookup<'f>(flags: &'f [FlagHelp], name: &str) -> Option<&'f FlagHelp> {
    if name.chars().count() == 1 {
        let c = name.chars().next()?;
        if let Some(f) = flags.iter().find(|f| f.short == Some(c)) {
            return Some(f);
        }
    }
    flags.iter().find(|f| f.long == name)
}

/// cobra's `Find`: the command the words name, and the words left for it. At each level
/// only the first non-flag word may name a subcommand.
fn find<'a>(root: &'a Command, args: &[String]) -> Result<(Found<'a>, Vec<String>), String> {
    let mut cmd = root;
    let mut path: Vec<String> = Vec::new();
    let mut rest: Vec<String> = args.to_vec();
    loop {
        let flags = flags_of(cmd, &path.join(" "));
        // the first word that is not a flag or a flag's value
        let mut i = 0;
        let mut word = None;
        while i < rest.len() {
            let a = &rest[i];
            if a == "--" {
                break;
            }
            if let Some(long) = a.strip_prefix("--") {
                if !long.contains('=') && lookup(&flags, long).is_some_and(takes_value) {
                    i += 1;
                }
            } else if let Some(short) = a.strip_prefix('-').filter(|s| !s.is_empty()) {
                if !short.contains('=')
                    && short.chars().count() == 1
                    && lookup(&flags, short).is_some_and(takes_value)
                {
                    i += 1;
                }
            } else {
                word = Some(i);
                break;
            }
            i += 1;
        }
        let Some(at) = word else { break };
        let name = rest[at].clone();
        if path.is_empty() && name == "help" {
            rest.remove(at);
            return Ok((Found::Help, rest));
        }
        match find_sub(cmd, &name) {
            Some(sub) => {
                rest.remove(at);
                path.push(sub.get_name().to_string());
                cmd = sub;
            }
            None if path.is_empty() => {
                return Err(format!(
                    "unable to find a command for arguments: [{}]",
                    args.join(" ")
                ));
            }
            None => break,
        }
    }
    Ok((Found::Cmd(cmd, path.join(" ")), rest))
}

/// pflag's parse of `args`: flags set, positional arguments; or its error.
fn parse(flags: &[FlagHelp], args: &[String]) -> Result<(Vec<String>, Vec<String>), String> {
    let mut changed = Vec::new();
    let mut positional = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        if a == "--" {
            positional.extend(args[i..].iter().cloned());
            break;
        }
        if let Some(long) = a.strip_prefix("--") {
            let (name, has_value) = match long.split_once('=') {
                Some((n, _)) => (n, true),
                None => (long, false),
            };
            let f = lookup(flags, name)
                .filter(|f| f.long == name)
                .ok_or_else(|| format!("unknown flag: --{name}"))?;
            if takes_value(f) && !has_value {
                if i >= args.len() {
                    return Err(format!("flag needs an argument: --{name}"));
                }
                i += 1;
            }
            changed.push(f.long.clone());
        } else if let Some(shorts) = a.strip_prefix('-').filter(|s| !s.is_empty()) {
            let chars: Vec<char> = shorts.chars().collect();
            let mut k = 0;
            while k < chars.len() {
                let c = chars[k];
                let f = flags
                    .iter()
                    .find(|f| f.short == Some(c))
                    .ok_or_else(|| format!("unknown shorthand flag: '{c}' in {a}"))?;
                changed.push(f.long.clone());
                if takes_value(f) {
                    if k + 1 == chars.len() {
                        if i >= args.len() {
                            return Err(format!("flag needs an argument: '{c}' in -{c}"));
                        }
                        i += 1;
                    }
                    break;
                }
                k += 1;
            }
        } else {
            positional.push(a.clone());
        }
    }
    Ok((changed, positional))
}

/// `--long` and `-s` candidates of `f` matching `prefix` (cobra's `getFlagNameCompletions`).
fn flag_candidates(f: &FlagHelp, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let long = format!("--{}", f.long);
    if long.starts_with(prefix) {
        out.push(format!("{long}\t{}", f.usage));
    }
    if let Some(c) = f.short {
        let short = format!("-{c}");
        if short.starts_with(prefix) {
            out.push(format!("{short}\t{}", f.usage));
        }
    }
    out
}

fn required_candidates(
    found: &Found,
    flags: &[FlagHelp],
    changed: &[String],
    prefix: &str,
) -> Vec<String> {
    let required = found.required();
    flags
        .iter()
        .filter(|f| required.contains(&f.long) && !changed.contains(&f.long))
        .flat_map(|f| flag_candidates(f, prefix))
        .collect()
}

/// The completions of `args` (the words after `oras`, the last one being completed).
pub fn complete(root: &Command, args: &[String]) -> Completions {
    let (to_complete, trimmed) = match args.split_last() {
        Some((last, rest)) => (last.clone(), rest.to_vec()),
        None => (String::new(), Vec::new()),
    };
    let (found, final_args) = match find(root, &trimmed) {
        Ok(f) => f,
        Err(e) => {
            return Completions {
                error: Some(e),
                ..Default::default()
            };
        }
    };
    let mut flags = found.flags();
    let path = match &found {
        Found::Cmd(_, p) => p.clone(),
        Found::Help => String::new(),
    };
    for f in &mut flags {
        if let Some(usage) = super::help_text::flag_override(&path, &f.long).and_then(|o| o.usage) {
            f.usage = usage.to_string();
        }
    }

    // completing the value of a flag (`--flag=<x>`, or `--flag <x>`)
    let mut parse_args = final_args.clone();
    let mut flag_value = false;
    let flag_name = if to_complete.starts_with('-') {
        to_complete
            .split_once('=')
            .map(|(n, _)| n.trim_start_matches('-').to_string())
    } else {
        match final_args.last() {
            Some(prev) if prev.starts_with('-') && prev != "--" && !prev.contains('=') => {
                Some(prev.trim_start_matches('-').to_string())
            }
            _ => None,
        }
    };
    let double_dash = final_args.iter().any(|a| a == "--");
    if let Some(name) = flag_name.filter(|n| !n.is_empty()) {
        match lookup(&flags, &name) {
            None if !double_dash => {
                return Completions {
                    error: Some(format!(
                        "Subcommand '{}' does not support flag '{name}'",
                        found.name()
                    )),
                    ..Default::default()
                };
            }
            Some(f) if takes_value(f) => {
                flag_value = true;
                if !to_complete.starts_with('-') {
                    parse_args.pop();
                }
            }
            _ => {}
        }
    }
    let (changed, positional) = match parse(&flags, &parse_args) {
        Ok(p) => p,
        Err(e) => {
            return Completions {
                error: Some(format!(
                    "Error while parsing flags from args [{}]: {e}",
                    parse_args.join(" ")
                )),
                ..Default::default()
            };
        }
    };
    if changed.iter().any(|c| c == "help") {
        return Completions {
            directive: DIRECTIVE_NO_FILE_COMP,
            ..Default::default()
        };
    }
    if flag_value && !double_dash {
        // oras registers no value completions: the shell falls back to files
        return Completions::default();
    }

    let mut out = Completions::default();
    if to_complete.starts_with('-') && !to_complete.contains('=') && !double_dash {
        out.candidates = required_candidates(&found, &flags, &changed, &to_complete);
        if out.candidates.is_empty() {
            let mut sorted: Vec<&FlagHelp> = flags.iter().collect();
            sorted.sort_by(|a, b| a.long.cmp(&b.long));
            for f in sorted {
                let multiple = f.value_type.contains("Array")
                    || f.value_type.contains("Slice")
                    || f.value_type == "strings";
                if !changed.contains(&f.long) || multiple {
                    out.candidates.extend(flag_candidates(f, &to_complete));
                }
            }
        }
        out.directive = DIRECTIVE_NO_FILE_COMP;
        if out.candidates.len() == 1 && out.candidates[0].ends_with('=') {
            out.directive = DIRECTIVE_NO_SPACE;
        }
        return out;
    }

    match &found {
        Found::Help => {
            // cobra's help command completes command names
            let words: Vec<String> = positional.clone();
            let mut cmd = root;
            let mut sub_path = Vec::new();
            for w in &words {
                match find_sub(cmd, w) {
                    Some(s) => {
                        sub_path.push(s.get_name().to_string());
                        cmd = s;
                    }
                    None => {
                        return Completions {
                            directive: DIRECTIVE_NO_FILE_COMP,
                            ..Default::default()
                        };
                    }
                }
            }
            out.candidates = listed_subcommands(cmd, &sub_path.join(" "))
                .into_iter()
                .filter(|(n, _)| n.starts_with(&to_complete))
                .map(|(n, s)| format!("{n}\t{s}"))
                .collect();
            out.directive = DIRECTIVE_NO_FILE_COMP;
        }
        Found::Cmd(cmd, path) => {
            let local_flag_set = changed.iter().any(|c| c != "help");
            if positional.is_empty() && !local_flag_set {
                let subs = listed_subcommands(cmd, path);
                if !subs.is_empty() {
                    out.directive = DIRECTIVE_NO_FILE_COMP;
                }
                out.candidates = subs
                    .into_iter()
                    .filter(|(n, _)| n.starts_with(&to_complete))
                    .map(|(n, s)| format!("{n}\t{s}"))
                    .collect();
            }
            out.candidates
                .extend(required_candidates(&found, &flags, &changed, &to_complete));
        }
    }
    out
}

/// What `oras __complete…` writes: `(stdout, stderr)`.
pub fn render(found: &Completions, descriptions: bool) -> (String, String) {
    let mut stdout = String::new();
    let mut stderr = String::new();
    if let Some(e) = &found.error {
        stderr.push_str(&format!("[Error] {e}\n"));
    }
    for c in &found.candidates {
        let c = if descriptions {
            c.as_str()
        } else {
            c.split('\t').next().unwrap_or_default()
        };
        let c = c.split('\n').next().unwrap_or_default().trim();
        stdout.push_str(c);
        stdout.push('\n');
    }
    stdout.push_str(&format!(":{}\n", found.directive));
    stderr.push_str(&format!(
        "Completion ended with directive: {}\n",
        directive_name(found.directive)
    ));
    (stdout, stderr)
}

/// Whether descriptions are wanted: not for `__completeNoDesc`, nor when
/// `ORAS_COMPLETION_DESCRIPTIONS` (else `COBRA_COMPLETION_DESCRIPTIONS`) is a false value.
pub fn descriptions_wanted(called_as: &str) -> bool {
    if called_as == "__completeNoDesc" {
        return false;
    }
    let v = std::env::var("ORAS_COMPLETION_DESCRIPTIONS")
        .ok()
        .filter(|v| !v.is_empty())
        .or_else(|| std::env::var("COBRA_COMPLETION_DESCRIPTIONS").ok())
        .unwrap_or_default();
    !matches!(v.as_str(), "0" | "f" | "F" | "false" | "FALSE" | "False")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directive_names() {
        assert_eq!(directive_name(0), "ShellCompDirectiveDefault");
        assert_eq!(directive_name(4), "ShellCompDirectiveNoFileComp");
        assert_eq!(
            directive_name(6),
            "ShellCompDirectiveNoSpace, ShellCompDirectiveNoFileComp"
        );
        assert_eq!(
            directive_name(64),
            "ERROR: unexpected ShellCompDirective value: 64"
        );
    }

    #[test]
    fn render_strips_descriptions_and_extra_lines() {
        let c = Completions {
            candidates: vec![
                "--format\tfirst line:\nsecond".into(),
                "push\tPush files".into(),
            ],
            directive: 4,
            error: None,
        };
        assert_eq!(
            render(&c, true).0,
            "--format\tfirst line:\npush\tPush files\n:4\n"
        );
        assert_eq!(render(&c, false).0, "--format\npush\n:4\n");
        assert_eq!(
            render(&c, false).1,
            "Completion ended with directive: ShellCompDirectiveNoFileComp\n"
        );
    }
}
