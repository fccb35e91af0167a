//! Go `text/template` (+ sprig) engine over JSON data, as used by `oras --format go-template=…`.
//!
//! The template is named `format output` (as in oras) and executes over the JSON model after a
//! Go JSON round trip: numbers are `float64`, objects are `map[string]interface {}` with sorted
//! keys, arrays are `[]interface {}`. Output and error texts follow Go's.

mod ast;
mod builtins;
mod exec;
mod format;
mod funcs;
mod json;
mod lexer;
mod parse;
mod sprig;
mod strconv;
mod value;

/// A template parse or execution error, displayed exactly as Go prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError(String);

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TemplateError {}

/// Stack for the worker thread: deep (but bounded) template nesting recurses.
const STACK_SIZE: usize = 256 << 20;

/// Parses and executes `template` over `data`.
pub fn execute(template: &str, data: &serde_json::Value) -> Result<String, TemplateError> {
    let run = || -> Result<String, TemplateError> {
        let tree = parse::parse(template, &funcs::exists).map_err(TemplateError)?;
        exec::execute(&tree, template, data).map_err(TemplateError)
    };
    std::thread::scope(|s| {
        match std::thread::Builder::new()
            .stack_size(STACK_SIZE)
            .spawn_scoped(s, run)
        {
            Ok(handle) => handle.join().unwrap_or_else(|_| {
                Err(TemplateError(
                    "template: format output: internal error".into(),
                ))
            }),
            Err(_) => run(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(t: &str, data: serde_json::Value) -> String {
        match execute(t, &data) {
            Ok(s) => s,
            Err(e) => format!("ERR {e}"),
        }
    }

    fn manifest() -> serde_json::Value {
        json!({
            "digest": "sha256:ab",
            "mediaType": "m",
            "size": 585,
            "artifactType": "t",
            "referenceAsTags": ["r:v2", "r:v3"],
            "annotations": {"org.opencontainers.image.created": "2024-01-01T00:00:00Z"},
            "files": [{"path": "a.txt", "digest": "sha256:1"}, {"path": "b.txt", "digest": "sha256:2"}],
            "manifests": [{"digest": "d1"}, {"digest": "d2"}, {"digest": "d3"}]
        })
    }

    #[test]
    fn oras_push_line() {
        let t = "{{.digest}} {{.mediaType}} {{.size}} {{.artifactType}}{{range .referenceAsTags}} {{.}}{{end}}";
        assert_eq!(run(t, manifest()), "sha256:ab m 585 t r:v2 r:v3");
    }

    #[test]
    fn index_annotation() {
        let t = r#"{{index .annotations "org.opencontainers.image.created"}}{{"\n"}}"#;
        assert_eq!(run(t, manifest()), "2024-01-01T00:00:00Z\n");
        assert_eq!(
            run(r#"{{index .annotations "nope"}}"#, manifest()),
            "<no value>"
        );
    }

    #[test]
    fn range_files() {
        let t = r#"{{range .files}}{{.path}} {{.digest}}{{"\n"}}{{end}}"#;
        assert_eq!(run(t, manifest()), "a.txt sha256:1\nb.txt sha256:2\n");
    }

    #[test]
    fn whole_object_and_json() {
        let d = json!({"b": [1, "x", null], "a": {"c": 1.5}, "n": null});
        assert_eq!(
            run("{{.}}", d.clone()),
            "map[a:map[c:1.5] b:[1 x <nil>] n:<nil>]"
        );
        assert_eq!(
            run("{{toJson .}}", d.clone()),
            r#"{"a":{"c":1.5},"b":[1,"x",null],"n":null}"#
        );
        assert_eq!(run("{{toPrettyJson .a}}", d.clone()), "{\n  \"c\": 1.5\n}");
        assert_eq!(
            run("{{toJson \"<&>\"}} {{toRawJson \"<&>\"}}", d),
            r#""\u003c\u0026\u003e" "<&>""#
        );
    }

    #[test]
    fn len_if_eq() {
        assert_eq!(run("{{len .manifests}}", manifest()), "3");
        assert_eq!(
            run(
                r#"{{if eq .mediaType "x"}}yes{{else}}no{{end}}"#,
                manifest()
            ),
            "no"
        );
        assert_eq!(
            run(
                r#"{{if eq .mediaType "x" "m"}}yes{{else}}no{{end}}"#,
                manifest()
            ),
            "yes"
        );
        assert_eq!(
            run(r#"{{if eq .size 585}}y{{end}}"#, manifest()),
            "ERR template: format output:1:5: executing \"format output\" at <eq .size 585>: error calling eq: incompatible types for comparison"
        );
        assert_eq!(run(r#"{{if eq .size 585.0}}y{{end}}"#, manifest()), "y");
    }

    #[test]
    fn trimming_and_comments() {
        assert_eq!(run("a  {{- /* c */ -}}  b", json!({})), "ab");
        assert_eq!(run("a {{/* c */}} b", json!({})), "a  b");
        assert_eq!(run("x\n  {{- .a -}}\n  y", json!({"a": 1})), "x1y");
    }

    #[test]
    fn nested_range_with_root() {
        let t = "{{range .manifests}}{{.digest}}@{{$.mediaType}}{{range $.referenceAsTags}}+{{.}}{{end}};{{end}}";
        assert_eq!(
            run(t, manifest()),
            "d1@m+r:v2+r:v3;d2@m+r:v2+r:v3;d3@m+r:v2+r:v3;"
        );
        let t = "{{range $i, $e := .manifests}}{{if $i}},{{end}}{{$i}}={{$e.digest}}{{end}}";
        assert_eq!(run(t, manifest()), "0=d1,1=d2,2=d3");
        let t = "{{range $k, $v := .annotations}}{{$k}}:{{$v}}{{end}}";
        assert_eq!(
            run(t, manifest()),
            "org.opencontainers.image.created:2024-01-01T00:00:00Z"
        );
    }

    #[test]
    fn float_printing() {
        let d = json!({"a": 1234567, "b": 1000000, "c": 100000, "d": 0.0001, "e": 0.00001, "f": 1.5, "g": 820});
        assert_eq!(
            run("{{.a}} {{.b}} {{.c}} {{.d}} {{.e}} {{.f}} {{.g}}", d),
            "1.234567e+06 1e+06 100000 0.0001 1e-05 1.5 820"
        );
        assert_eq!(
            run("{{toJson .}}", json!({"a": 1234567, "b": 1e21})),
            r#"{"a":1234567,"b":1e+21}"#
        );
    }

    #[test]
    fn error_texts() {
        assert_eq!(
            run("{{foo .x}}", json!({})),
            "ERR template: format output:1: function \"foo\" not defined"
        );
        assert_eq!(
            run("line1\n{{.x", json!({})),
            "ERR template: format output:2: unclosed action"
        );
        assert_eq!(
            run("{{.x }", json!({})),
            "ERR template: format output:1: unexpected \"}\" in operand"
        );
        assert_eq!(
            run("{{if .x}}", json!({})),
            "ERR template: format output:1: unexpected EOF"
        );
        assert_eq!(
            run("{{.a.b}}", json!({"a": null})),
            "ERR template: format output:1:4: executing \"format output\" at <.a.b>: nil pointer evaluating interface {}.b"
        );
        assert_eq!(
            run("\n {{.a.b}}", json!({"a": "s"})),
            "ERR template: format output:2:5: executing \"format output\" at <.a.b>: can't evaluate field b in type interface {}"
        );
        assert_eq!(
            run("{{index .l 5}}", json!({"l": [1]})),
            "ERR template: format output:1:2: executing \"format output\" at <index .l 5>: error calling index: index out of range: 5"
        );
        assert_eq!(
            run("{{upper .n}}", json!({"n": 1})),
            "ERR template: format output:1:8: executing \"format output\" at <.n>: wrong type for value; expected string; got float64"
        );
        assert_eq!(
            run("{{len 3}}", json!({})),
            "ERR template: format output:1:2: executing \"format output\" at <len 3>: error calling len: len of type int"
        );
        assert_eq!(
            run("{{template \"x\"}}", json!({})),
            "ERR template: format output:1:11: executing \"format output\" at <{{template \"x\"}}>: template \"x\" not defined"
        );
        assert_eq!(
            run("{{printf}}", json!({})),
            "ERR template: format output:1:2: executing \"format output\" at <printf>: wrong number of args for printf: want at least 1 got 0"
        );
    }

    #[test]
    fn missing_and_nil() {
        let d = json!({"n": null, "m": {}});
        assert_eq!(
            run("{{.x}}|{{.x.y}}|{{.n}}|{{.m.z}}", d.clone()),
            "<no value>|<no value>|<no value>|<no value>"
        );
        assert_eq!(
            run("{{print .x}}|{{print .n}}|{{.x | print}}", d.clone()),
            "<nil>|<nil>|<nil>"
        );
        assert_eq!(
            run("{{if .x}}a{{else if .n}}b{{else}}c{{end}}", d.clone()),
            "c"
        );
        assert_eq!(run("{{range .n}}x{{else}}empty{{end}}", d), "empty");
    }

    #[test]
    fn literals_and_variables() {
        let d = json!({"a": "A"});
        assert_eq!(
            run(
                r#"{{"a\tb\u00e9\"" }}|{{`raw\n`}}|{{'a'}}|{{1.5}}|{{3}}|{{true}}|{{0x10}}|{{1e3}}"#,
                d.clone()
            ),
            "a\tbé\"|raw\\n|97|1.5|3|true|16|1000"
        );
        assert_eq!(
            run("{{$x := .a}}{{$x}}{{$x = \"B\"}}{{$x}}{{$}}", d.clone()),
            "ABmap[a:A]"
        );
        assert_eq!(run("{{with $y := .a}}{{$y}}{{.}}{{end}}", d.clone()), "AA");
        assert_eq!(
            run(
                "{{with .zz}}x{{else with .a}}{{.}}{{else}}none{{end}}",
                d.clone()
            ),
            "A"
        );
        assert_eq!(
            run("{{(printf \"%s-%s\" .a \"b\") | upper}}", d.clone()),
            "A-B"
        );
        assert_eq!(run("{{(dict \"k\" .a).k}}", d), "A");
    }

    #[test]
    fn control_flow() {
        let d = json!({"l": [1, 2, 3, 4, 5]});
        assert_eq!(
            run(
                "{{range .l}}{{if eq . 2.0}}{{continue}}{{end}}{{if eq . 4.0}}{{break}}{{end}}{{.}}{{end}}",
                d.clone()
            ),
            "13"
        );
        assert_eq!(run("{{range 3}}{{.}}{{end}}", d.clone()), "012");
        assert_eq!(
            run(
                "{{define \"T\"}}[{{.}}]{{end}}{{template \"T\" .l}}{{block \"B\" 1}}<{{.}}>{{end}}",
                d.clone()
            ),
            "[[1 2 3 4 5]]<1>"
        );
        assert_eq!(
            run(
                "{{and 1 0 2}}|{{or 0 \"\" \"x\"}}|{{not 0}}|{{and 1 2}}",
                d.clone()
            ),
            "0|x|true|2"
        );
        assert_eq!(
            run("{{if and .l (gt (len .l) 3)}}big{{end}}", d.clone()),
            "big"
        );
        assert_eq!(run("{{if or .missing (lt 1 2)}}ok{{end}}", d), "ok");
    }

    #[test]
    fn builtins_and_printf() {
        let d = json!({"s": "hi", "f": 3, "l": ["a", "b"], "m": {"k": [1, 2]}});
        assert_eq!(
            run(
                "{{printf \"%s %d %v %q %.2f %x %t %% %5s|%-5s|\" .s 3 .f .s 1.23456 255 true \"a\" \"b\"}}",
                d.clone()
            ),
            "hi 3 3 \"hi\" 1.23 ff true %     a|b    |"
        );
        assert_eq!(run("{{printf \"%d\" .f}}", d.clone()), "%!d(float64=3)");
        assert_eq!(
            run("{{index .m \"k\" 1}}|{{slice .l 1}}|{{len .s}}", d.clone()),
            "2|[b]|2"
        );
        assert_eq!(
            run("{{print 1 2 \"x\" 3}}|{{println \"a\" 1}}", d.clone()),
            "1 2x3|a 1\n"
        );
        assert_eq!(
            run(
                "{{html \"<b>\"}}|{{js \"a'b\"}}|{{urlquery \"a b\"}}",
                d.clone()
            ),
            "&lt;b&gt;|a\\'b|a+b"
        );
        assert_eq!(
            run("{{call .s}}", d),
            "ERR template: format output:1:2: executing \"format output\" at <call .s>: error calling call: non-function .s of type string"
        );
    }

    #[test]
    fn sprig_functions() {
        let d =
            json!({"l": ["b", "a", "c"], "s": "  Hello World  ", "n": 7, "m": {"x": 1, "y": 2}});
        let cases = [
            (
                "{{first .l}} {{last .l}} {{rest .l}} {{initial .l}}",
                "b c [a c] [b a]",
            ),
            (
                "{{join \",\" .l}}|{{sortAlpha .l | join \"-\"}}",
                "b,a,c|a-b-c",
            ),
            (
                "{{upper \"ab\"}} {{lower \"AB\"}} {{title \"hello world\"}} [{{trim .s}}]",
                "AB ab Hello World [Hello World]",
            ),
            (
                "{{trimPrefix \"sha256:\" \"sha256:ab\"}} {{trimSuffix \".txt\" \"a.txt\"}} {{trimAll \"-\" \"--a--\"}}",
                "ab a a",
            ),
            (
                "{{replace \"a\" \"b\" \"aXa\"}} {{contains \"ll\" \"hello\"}} {{hasPrefix \"he\" \"hello\"}} {{hasSuffix \"lo\" \"hello\"}}",
                "bXb true true true",
            ),
            (
                "{{quote \"a\"}} {{squote \"a\"}} {{default \"d\" .missing}} {{default \"d\" \"v\"}} {{empty .l}} {{coalesce .missing \"\" \"c\"}}",
                "\"a\" 'a' d v false c",
            ),
            (
                "{{list 1 \"a\"}} {{dict \"a\" 1 \"b\" 2}} {{keys .m}} {{uniq (list 1 1 2)}} {{has \"a\" .l}} {{hasKey .m \"x\"}} {{get .m \"y\"}}",
                "[1 a] map[a:1 b:2] [x y] [1 2] true true 2",
            ),
            (
                "{{pluck \"x\" .m .m}} {{repeat 3 \"ab\"}} {{substr 0 3 \"abcdef\"}} {{trunc 2 \"abc\"}}",
                "[1 1] ababab abc ab",
            ),
            (
                "{{indent 2 \"a\\nb\"}}|{{nindent 1 \"x\"}}",
                "  a\n  b|\n x",
            ),
            (
                "{{add 1 2 .n}} {{sub 10 .n}} {{mul 2 3}} {{div 7 2}} {{mod 7 2}} {{max 1 .n 3}} {{min 4 .n 3}}",
                "10 3 6 3 1 7 3",
            ),
            (
                "{{int .n}} {{int64 \"42\"}} {{float64 \"1.5\"}} {{toString .n}} {{toStrings .l}}",
                "7 42 1.5 7 [b a c]",
            ),
            (
                "{{b64enc \"hi\"}} {{b64dec \"aGk=\"}} {{split \":\" \"a:b\"}} {{splitList \":\" \"a:b\"}}",
                "aGk= hi map[_0:a _1:b] [a b]",
            ),
            (
                "{{(fromJson \"{\\\"a\\\":[1,2]}\").a}} {{typeOf .n}} {{kindOf .l}}",
                "[1 2] float64 slice",
            ),
        ];
        for (t, want) in cases {
            assert_eq!(run(t, d.clone()), want, "template {t}");
        }
        assert_eq!(
            run("{{first .n}}", d.clone()),
            "ERR template: format output:1:2: executing \"format output\" at <first .n>: error calling first: Cannot find first on type float64"
        );
        assert!(run("{{now}}", d).starts_with("ERR template: format output:1:2: executing \"format output\" at <now>: error calling now:"));
    }

    #[test]
    fn define_scoping_and_errors_inside() {
        let t = "{{define \"inner\"}}{{.x.y}}{{end}}{{template \"inner\" .}}";
        assert_eq!(
            run(t, json!({"x": 1})),
            "ERR template: format output:1:22: executing \"inner\" at <.x.y>: can't evaluate field y in type interface {}"
        );
        assert_eq!(
            run(
                "{{define \"r\"}}{{template \"r\"}}{{end}}{{template \"r\"}}",
                json!({})
            ),
            "ERR template: format output:1:25: executing \"r\" at <{{template \"r\"}}>: exceeded maximum template depth (100000)"
        );
    }

    /// Small deterministic PRNG for the fuzz test (xorshift).
    fn rng(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn fuzz_never_panics() {
        const PIECES: &[&str] = &[
            "{{",
            "}}",
            "{{-",
            "-}}",
            " ",
            ".",
            ".a",
            ".b.c",
            "$",
            "$x",
            ":=",
            "=",
            "|",
            "(",
            ")",
            "\"s\"",
            "`r`",
            "'c'",
            "'",
            "\"",
            "1",
            "-2.5e3",
            "0x1F",
            "if",
            "else",
            "end",
            "range",
            "with",
            "define",
            "template",
            "block",
            "break",
            "continue",
            "nil",
            "true",
            "len",
            "index",
            "printf",
            "\"%d%s%v%q\"",
            "slice",
            "eq",
            "and",
            "or",
            "not",
            "toJson",
            "default",
            "dict",
            "list",
            "first",
            "substr",
            "repeat",
            "/*",
            "*/",
            ",",
            "\n",
            "é",
            "\\",
            "}",
            "{",
            "call",
            "print",
            "99999999999999999999",
            "1i",
            "html",
            "trunc",
            "-1",
        ];
        let data = json!({"a": [1, "x", null, {"k": 2}], "b": {"c": null, "d": 1.5}, "s": "str"});
        let mut st = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..3000 {
            let n = (rng(&mut st) % 24) as usize;
            let mut t = String::new();
            for _ in 0..n {
                let r = rng(&mut st);
                if r % 11 == 0 {
                    t.push(char::from_u32((r >> 8) as u32 % 0x80).unwrap_or('x'));
                } else {
                    t.push_str(PIECES[(r >> 8) as usize % PIECES.len()]);
                }
            }
            let _ = execute(&t, &data);
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let t = format!(
            "{}1{}",
            "{{".to_string() + &"(".repeat(20_000),
            ")".repeat(20_000) + "}}"
        );
        assert!(
            execute(&t, &json!({}))
                .is_err_and(|e| e.to_string().contains("max expression depth exceeded"))
        );
        let t = "{{if 1}}".repeat(20_000);
        assert!(execute(&t, &json!({})).is_err());
    }
}
