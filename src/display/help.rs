//! Help screens laid out as cobra's default help and usage templates print them, with the
//! flag block formatted as pflag's `FlagUsages` does; built from plain data (the CLI layer
//! extracts it from the command tree).

/// One flag of a help screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlagHelp {
    pub long: String,
    pub short: Option<char>,
    /// pflag's value type: `bool`, `string`, `stringArray`, `int`, `int64`, `strings`…, or a
    /// placeholder word such as `path` (shown as is, its default quoted like a string's).
    pub value_type: String,
    /// The usage text; a word in backticks becomes the value placeholder.
    pub usage: String,
    /// The default value as pflag stores it (`""`, `false`, `0`, `[]` count as none).
    pub default: Option<String>,
}

impl FlagHelp {
    /// A flag taking no value.
    pub fn bool(long: &str, short: Option<char>, usage: &str) -> Self {
        FlagHelp {
            long: long.to_string(),
            short,
            value_type: "bool".to_string(),
            usage: usage.to_string(),
            default: None,
        }
    }

    /// pflag's `UnquoteUsage`: the placeholder (from backticks, else from the type) and the
    /// usage with the backticks removed.
    pub fn unquote_usage(&self) -> (String, String) {
        if let Some(i) = self.usage.find('`')
            && let Some(len) = self.usage[i + 1..].find('`')
        {
            let name = &self.usage[i + 1..i + 1 + len];
            let usage = format!("{}{}{}", &self.usage[..i], name, &self.usage[i + 2 + len..]);
            return (name.to_string(), usage);
        }
        let name = match self.value_type.as_str() {
            "bool" | "boolfunc" => "",
            "func" => "value",
            "float64" => "float",
            "int64" => "int",
            "uint64" => "uint",
            "stringSlice" => "strings",
            "intSlice" => "ints",
            "uintSlice" => "uints",
            "boolSlice" => "bools",
            other => other,
        };
        (name.to_string(), self.usage.clone())
    }

    /// pflag's `defaultIsZeroValue`, negated.
    fn shown_default(&self) -> Option<String> {
        let d = self.default.as_deref()?;
        let numeric = matches!(
            self.value_type.as_str(),
            "int" | "int8" | "int16" | "int32" | "int64" | "uint" | "uint64" | "float64"
        );
        let zero = match self.value_type.as_str() {
            "bool" => d == "false",
            t if t.contains("Slice") || t.contains("Array") || t == "strings" => {
                d.is_empty() || d == "[]"
            }
            _ if numeric => d == "0" || d.is_empty(),
            _ => d.is_empty(),
        };
        if zero {
            return None;
        }
        let quoted = !numeric
            && self.value_type != "bool"
            && !self.value_type.contains("Slice")
            && !self.value_type.contains("Array")
            && self.value_type != "strings";
        Some(if quoted {
            format!(" (default {})", go_quote(d))
        } else {
            format!(" (default {d})")
        })
    }
}

use crate::go::quote::quote as go_quote;

/// pflag's `FlagUsages`: one line per flag, sorted by long name, usage column aligned;
/// continuation lines of a multi-line usage are indented to that column.
pub fn flag_usages(flags: &[FlagHelp]) -> String {
    let mut sorted: Vec<&FlagHelp> = flags.iter().collect();
    sorted.sort_by(|a, b| a.long.cmp(&b.long));
    let mut lines = Vec::with_capacity(sorted.len());
    let mut maxlen = 0;
    for f in sorted {
        let mut head = match f.short {
            Some(c) => format!("  -{c}, --{}", f.long),
            None => format!("      --{}", f.long),
        };
        let (varname, usage) = f.unquote_usage();
        if !varname.is_empty() {
            head.push(' ');
            head.push_str(&varname);
        }
        maxlen = maxlen.max(head.len() + 1);
        let mut tail = usage;
        if let Some(d) = f.shown_default() {
            tail.push_str(&d);
        }
        lines.push((head, tail));
    }
    let mut out = String::new();
    for (head, tail) in lines {
        let indent = " ".repeat(maxlen + 2);
        let tail = tail.replace('\n', &format!("\n{indent}"));
        out.push_str(&head);
        out.push(' ');
        out.push_str(&" ".repeat(maxlen - head.len()));
        out.push(' ');
        out.push_str(&tail);
        out.push('\n');
    }
    out
}

/// Everything one help screen shows.
#[derive(Clone, Debug, Default)]
pub struct CommandHelp {
    /// The long description (or the short one); may be empty (the root command).
    pub long: String,
    /// Whether the command runs something (groups only list their subcommands).
    pub runnable: bool,
    /// `oras push [flags] <name>…`.
    pub use_line: String,
    /// `oras manifest`.
    pub command_path: String,
    /// The name then its aliases; empty when the command has no alias.
    pub name_and_aliases: Vec<String>,
    /// Subcommand names and short descriptions, in listing order.
    pub subcommands: Vec<(String, String)>,
    /// Name padding of the listing (cobra: the longest sibling name, at least 11).
    pub name_padding: usize,
    pub flags: Vec<FlagHelp>,
}

fn trim_end(s: &str) -> &str {
    s.trim_end_matches(char::is_whitespace)
}

/// cobra's usage template.
pub fn usage_string(h: &CommandHelp) -> String {
    let mut out = String::from("Usage:");
    if h.runnable {
        out.push_str(&format!("\n  {}", h.use_line));
    }
    let groups = !h.subcommands.is_empty();
    if groups {
        out.push_str(&format!("\n  {} [command]", h.command_path));
    }
    if !h.name_and_aliases.is_empty() {
        out.push_str(&format!(
            "\n\nAliases:\n  {}",
            h.name_and_aliases.join(", ")
        ));
    }
    if groups {
        out.push_str("\n\nAvailable Commands:");
        let pad = h.name_padding.max(11);
        for (name, short) in &h.subcommands {
            out.push_str(&format!("\n  {name:<pad$} {short}"));
        }
    }
    if !h.flags.is_empty() {
        out.push_str("\n\nFlags:\n");
        out.push_str(trim_end(&flag_usages(&h.flags)));
    }
    if groups {
        out.push_str(&format!(
            "\n\nUse \"{} [command] --help\" for more information about a command.",
            h.command_path
        ));
    }
    out.push('\n');
    out
}

/// cobra's help template: the long text, a blank line, then the usage.
pub fn help_string(h: &CommandHelp) -> String {
    let long = trim_end(&h.long);
    if long.is_empty() {
        usage_string(h)
    } else {
        format!("{long}\n\n{}", usage_string(h))
    }
}

/// Write a help or completion answer: `stdout` then `stderr`, as they are.
#[allow(clippy::print_stdout, clippy::print_stderr)]
pub fn emit(stdout: &str, stderr: &str) {
    use std::io::Write;
    if !stdout.is_empty() {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(stdout.as_bytes());
        let _ = out.flush();
    }
    if !stderr.is_empty() {
        let _ = std::io::stderr().write_all(stderr.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(long: &str, short: Option<char>, ty: &str, usage: &str, d: Option<&str>) -> FlagHelp {
        FlagHelp {
            long: long.into(),
            short,
            value_type: ty.into(),
            usage: usage.into(),
            default: d.map(str::to_string),
        }
    }

    #[test]
    fn flag_block_aligns_and_sorts() {
        let flags = vec![
            value("concurrency", None, "int", "concurrency level", Some("5")),
            FlagHelp::bool("debug", Some('d'), "output debug logs (implies --no-tty)"),
            value(
                "annotation",
                Some('a'),
                "stringArray",
                "manifest annotations",
                None,
            ),
            value(
                "config",
                None,
                "string",
                "`path` of image config file",
                Some(""),
            ),
            FlagHelp::bool("help", Some('h'), "help for push"),
            value(
                "resolve",
                None,
                "stringArray",
                "customized DNS, formatted in `host:port:address[:address_port]`",
                Some("[]"),
            ),
        ];
        let want = "  -a, --annotation stringArray                     manifest annotations
      --concurrency int                            concurrency level (default 5)
      --config path                                path of image config file
  -d, --debug                                      output debug logs (implies --no-tty)
  -h, --help                                       help for push
      --resolve host:port:address[:address_port]   customized DNS, formatted in host:port:address[:address_port]
";
        assert_eq!(flag_usages(&flags), want);
    }

    #[test]
    fn defaults_as_pflag_prints_them() {
        let cases = [
            (
                value("output", Some('o'), "string", "output directory", Some(".")),
                "  -o, --output string   output directory (default \".\")\n",
            ),
            (
                value("size", None, "int64", "content size", Some("-1")),
                "      --size int   content size (default -1)\n",
            ),
            (
                value("depth", None, "int", "depth", Some("0")),
                "      --depth int   depth\n",
            ),
            (
                value("media-type", None, "string", "media type", Some("a\"b")),
                "      --media-type string   media type (default \"a\\\"b\")\n",
            ),
            (
                value("media-type", None, "strings", "accepted types", None),
                "      --media-type strings   accepted types\n",
            ),
            (
                FlagHelp {
                    default: Some("true".into()),
                    ..FlagHelp::bool("verbose", Some('v'), "verbose output")
                },
                "  -v, --verbose   verbose output (default true)\n",
            ),
            (
                FlagHelp {
                    default: Some("false".into()),
                    ..FlagHelp::bool("force", Some('f'), "no prompt")
                },
                "  -f, --force   no prompt\n",
            ),
            (
                value(
                    "export-manifest",
                    None,
                    "string",
                    "`path` of the pushed manifest",
                    None,
                ),
                "      --export-manifest path   path of the pushed manifest\n",
            ),
            (
                FlagHelp::bool("odd", None, "a `word` in a bool"),
                "      --odd word   a word in a bool\n",
            ),
            (
                value("lonely", None, "string", "one ` backtick", None),
                "      --lonely string   one ` backtick\n",
            ),
        ];
        for (flag, want) in cases {
            assert_eq!(flag_usages(&[flag]), want);
        }
    }

    #[test]
    fn multi_line_usage_is_indented() {
        let flags = vec![
            value(
                "format",
                None,
                "string",
                "formats:\n'json':  JSON\n'text':  text",
                Some("text"),
            ),
            FlagHelp::bool("help", Some('h'), "help"),
        ];
        let want = "      --format string   formats:
                        'json':  JSON
                        'text':  text (default \"text\")
  -h, --help            help
";
        assert_eq!(flag_usages(&flags), want);
    }

    #[test]
    fn group_and_leaf_layouts() {
        let group = CommandHelp {
            long: "Things\n".into(),
            command_path: "oras thing".into(),
            subcommands: vec![
                ("a".into(), "do a".into()),
                ("long-name-xx".into(), "x".into()),
            ],
            name_padding: 12,
            flags: vec![FlagHelp::bool("help", Some('h'), "help for thing")],
            ..Default::default()
        };
        assert_eq!(
            help_string(&group),
            "Things\n\nUsage:\n  oras thing [command]\n\nAvailable Commands:\n  a            do a\n  long-name-xx x\n\nFlags:\n  -h, --help   help for thing\n\nUse \"oras thing [command] --help\" for more information about a command.\n"
        );
        let leaf = CommandHelp {
            long: "Leaf".into(),
            runnable: true,
            use_line: "oras leaf [flags] <x>".into(),
            command_path: "oras leaf".into(),
            name_and_aliases: vec!["leaf".into(), "l".into()],
            flags: vec![FlagHelp::bool("help", Some('h'), "help for leaf")],
            ..Default::default()
        };
        assert_eq!(
            help_string(&leaf),
            "Leaf\n\nUsage:\n  oras leaf [flags] <x>\n\nAliases:\n  leaf, l\n\nFlags:\n  -h, --help   help for leaf\n"
        );
    }
}
