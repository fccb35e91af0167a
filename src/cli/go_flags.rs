//! pflag's flag-value rules on the clap command tree: a boolean flag also takes an optional
//! `=<value>` read as Go's `strconv.ParseBool` reads it, and a value refused while the
//! flags are parsed names its flag as pflag does (`-d, --debug`, `--concurrency`).

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Arg, ArgAction, Command};
use std::ffi::OsStr;

/// Go's `strconv.ParseBool`.
fn parse_bool(value: &str) -> Result<bool, String> {
    match value {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Ok(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Ok(false),
        _ => Err(format!(
            "strconv.ParseBool: parsing {value:?}: invalid syntax"
        )),
    }
}

/// The value parser of every boolean flag.
#[derive(Clone, Copy)]
struct GoBool;

impl TypedValueParser for GoBool {
    type Value = bool;

    fn parse_ref(
        &self,
        cmd: &Command,
        arg: Option<&Arg>,
        value: &OsStr,
    ) -> Result<bool, clap::Error> {
        let parse = |v: &str| parse_bool(v);
        parse.parse_ref(cmd, arg, value)
    }

    /// What marks the flag as a `bool` in help and completion.
    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            ["true", "false"].into_iter().map(PossibleValue::new),
        ))
    }
}

/// A clap boolean: a `SetTrue` switch, or a value flag parsed by clap's own `bool` parser.
fn is_bool(arg: &Arg) -> bool {
    if matches!(arg.get_action(), ArgAction::SetTrue) {
        return true;
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .map(|p| p.get_name().to_string())
        .collect();
    arg.get_action().takes_values() && values == ["true", "false"]
}

/// `cmd` and its subcommands with pflag's booleans: `--flag`, `--flag=<bool>`, the last one
/// given wins (the root's `args_override_self`).
pub fn with_go_bools(cmd: Command) -> Command {
    go_bools_of(cmd).mut_subcommands(with_go_bools)
}

/// [`with_go_bools`] on `cmd`'s own flags only.
pub fn go_bools_of(cmd: Command) -> Command {
    cmd.mut_args(|a| {
        if !is_bool(&a) {
            return a;
        }
        let switch = matches!(a.get_action(), ArgAction::SetTrue);
        let a = a
            .action(ArgAction::Set)
            .num_args(0..=1)
            .require_equals(true)
            .default_missing_value("true")
            .value_parser(GoBool);
        if switch { a.default_value("false") } else { a }
    })
}

/// How pflag names `--<long>` in `invalid argument … for "<flag>" flag`: with its shorthand
/// first when it has one (`-d, --debug`). The shorthand is looked up anywhere in `root`'s
/// tree: a long name has the same shorthand on every command.
pub fn flag_label(root: &Command, long: &str) -> String {
    fn short_of(cmd: &Command, long: &str) -> Option<char> {
        cmd.get_arguments()
            .find(|a| a.get_long() == Some(long))
            .and_then(Arg::get_short)
            .or_else(|| cmd.get_subcommands().find_map(|s| short_of(s, long)))
    }
    match short_of(root, long) {
        Some(c) => format!("-{c}, --{long}"),
        None => format!("--{long}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_parse_bool() {
        for t in ["1", "t", "T", "TRUE", "true", "True"] {
            assert_eq!(parse_bool(t), Ok(true), "{t}");
        }
        for f in ["0", "f", "F", "FALSE", "false", "False"] {
            assert_eq!(parse_bool(f), Ok(false), "{f}");
        }
        assert_eq!(
            parse_bool("yes"),
            Err("strconv.ParseBool: parsing \"yes\": invalid syntax".to_string())
        );
        assert!(parse_bool("tRUE").is_err());
    }

    fn parse(args: &[&str]) -> Result<clap::ArgMatches, clap::Error> {
        let cmd = Command::new("t")
            .args_override_self(true)
            .arg(
                Arg::new("force")
                    .short('f')
                    .long("force")
                    .action(ArgAction::SetTrue),
            )
            .arg(
                Arg::new("keep")
                    .short('k')
                    .long("keep")
                    .action(ArgAction::SetTrue),
            )
            .arg(
                Arg::new("plain")
                    .long("plain")
                    .num_args(0..=1)
                    .require_equals(true)
                    .default_missing_value("true")
                    .value_parser(clap::value_parser!(bool)),
            )
            .arg(Arg::new("pos"));
        with_go_bools(cmd).try_get_matches_from(args)
    }

    #[test]
    fn booleans_as_pflag_parses_them() {
        let flag = |m: &clap::ArgMatches, id: &str| m.get_one::<bool>(id).copied();
        let m = parse(&["t"]).unwrap();
        assert_eq!((flag(&m, "force"), flag(&m, "plain")), (Some(false), None));
        let m = parse(&["t", "-f", "--plain", "x"]).unwrap();
        assert_eq!(flag(&m, "force"), Some(true));
        assert_eq!(flag(&m, "plain"), Some(true));
        assert_eq!(m.get_one::<String>("pos").map(String::as_str), Some("x"));
        let m = parse(&["t", "--force=F", "--plain=0", "--plain=T"]).unwrap();
        assert_eq!(flag(&m, "force"), Some(false));
        assert_eq!(flag(&m, "plain"), Some(true));
        let m = parse(&["t", "-fk"]).unwrap();
        assert_eq!(
            (flag(&m, "force"), flag(&m, "keep")),
            (Some(true), Some(true))
        );
        let m = parse(&["t", "--force", "--force=false"]).unwrap();
        assert_eq!(flag(&m, "force"), Some(false));
        let e = parse(&["t", "--force=yes"]).unwrap_err();
        assert_eq!(e.kind(), clap::error::ErrorKind::ValueValidation);
    }

    #[test]
    fn labels_carry_the_shorthand() {
        let root = Command::new("t").subcommand(
            Command::new("s")
                .arg(Arg::new("debug").short('d').long("debug"))
                .arg(Arg::new("size").long("size")),
        );
        assert_eq!(flag_label(&root, "debug"), "-d, --debug");
        assert_eq!(flag_label(&root, "size"), "--size");
    }
}
