//! Properties of the go-template engine: any template text parses (or fails) in bounded time
//! without a panic, and executing templates over any JSON (what a registry sends back) never
//! panics either.

use super::{Case, bounded, config};
use oras::template::execute;
use proptest::prelude::*;
use serde_json::Value;

/// What `execute` answers when the engine's thread panicked.
const INTERNAL: &str = "template: format output: internal error";

/// Pieces of Go template syntax (numbers kept small so that loops stay short).
fn action_piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        ".",
        ".a",
        ".b.c",
        ".items",
        ".a.b.c.d",
        "$",
        "$x",
        "$y",
        ":=",
        "=",
        "|",
        "(",
        ")",
        ",",
        "range",
        "if",
        "else",
        "end",
        "with",
        "define",
        "template",
        "block",
        "break",
        "continue",
        "\"s\"",
        "\"%v %d %s %q %x\"",
        "\"a,b\"",
        "`raw`",
        "1",
        "2.5",
        "-3",
        "0",
        "10",
        "0x1F",
        "'c'",
        "true",
        "false",
        "nil",
        "len",
        "index",
        "printf",
        "print",
        "println",
        "toJson",
        "toPrettyJson",
        "fromJson",
        "first",
        "last",
        "rest",
        "join",
        "eq",
        "ne",
        "lt",
        "ge",
        "and",
        "or",
        "not",
        "html",
        "js",
        "urlquery",
        "default",
        "dict",
        "list",
        "keys",
        "values",
        "split",
        "splitList",
        "upper",
        "title",
        "substr",
        "trunc",
        "until",
        "repeat",
        "indent",
        "add",
        "mul",
        "div",
        "mod",
        "sub",
        "max",
        "atoi",
        "int",
        "float64",
        "toString",
        "b64enc",
        "b64dec",
        "dig",
        "slice",
        "hasKey",
        "get",
        "pluck",
        "typeOf",
        "kindOf",
        "deepEqual",
        "ternary",
        "empty",
        "coalesce",
        "env",
        "base",
        "clean",
        "call",
        "nosuchfunc",
        "/*",
        "*/",
        " ",
        "\n",
        "\"\\n\"",
        "\"unterminated",
        "-",
        "}",
        "{",
    ])
}

fn template_text() -> impl Strategy<Value = String> {
    let action = (
        any::<bool>(),
        prop::collection::vec(action_piece(), 0..6),
        any::<bool>(),
    )
        .prop_map(|(l, pieces, r)| {
            format!(
                "{{{{{}{}{}}}}}",
                if l { "- " } else { "" },
                pieces.join(" "),
                if r { " -" } else { "" }
            )
        });
    let part = prop_oneof![
        4 => action,
        1 => "[a-z {}\n]{0,6}",
        1 => Just("{{".to_string()),
        1 => Just("}}".to_string()),
    ];
    prop_oneof![
        6 => prop::collection::vec(part, 0..10).prop_map(|v| v.concat()),
        1 => any::<String>(),
    ]
}

/// JSON data of any shape, using the field names the templates ask for.
fn data() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-20i64..20).prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        "[a-z,{}\"]{0,6}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec!["a", "b", "c", "d", "items", "x"])
                    .prop_map(str::to_string),
                inner,
                0..5,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(config(2048))]

    /// Template text of any kind over any data: an answer (output or Go's error text) in
    /// bounded time, never the engine's internal error (a caught panic).
    #[test]
    fn template_execute_never_panics(t in template_text(), d in data()) {
        bounded(move || -> Case {
            match execute(&t, &d) {
                Ok(_) => {}
                Err(e) => {
                    let text = e.to_string();
                    prop_assert_ne!(text.as_str(), INTERNAL, "{:?}", t);
                    prop_assert!(text.starts_with("template: "), "{}", text);
                }
            }
            Ok(())
        })?;
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// Deep nesting (around the parser's 10 000 limit): an answer, never a stack overflow.
    #[test]
    fn template_deep_nesting(n in prop_oneof![1usize..64, 9_990usize..10_010, 10_010usize..12_000], how in 0usize..4) {
        bounded(move || -> Case {
            let t = match how {
                0 => format!("{{{{{}1{}}}}}", "(".repeat(n), ")".repeat(n)),
                1 => format!("{}x{}", "{{if 1}}".repeat(n), "{{end}}".repeat(n)),
                2 => format!("{}x{}", "{{with .}}".repeat(n), "{{end}}".repeat(n)),
                _ => format!("{{{{{}", "(".repeat(n)),
            };
            match execute(&t, &serde_json::json!({"a": 1})) {
                Ok(out) => prop_assert!(out.is_empty() || out == "1" || out == "x", "{}", out),
                Err(e) => prop_assert_ne!(e.to_string(), INTERNAL),
            }
            Ok(())
        })?;
    }
}
