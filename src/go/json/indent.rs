//! Go's `json.Indent`: the `encoding/json` scanner (its state machine, its 10 000-level
//! nesting limit and its error texts, such as `invalid character '[' exceeded max depth`),
//! and the re-indentation driven by it, byte for byte as Go writes it (trailing space after
//! the value is kept, empty `{}`/`[]` stay compact).
//!
//! Memory stays linear in the input: [`check`] validates first with a stack of at most
//! 10 001 bytes, then [`write_indented`] streams the output to a writer. The output itself
//! may be far larger than the input (every line carries its depth's indentation, so 4 MiB
//! nested 10 000 deep can print gigabytes), which is why it is never built in memory by the
//! printing path. Nothing is written for invalid input, as Go's `Indent` leaves `dst` alone.

use std::io::Write;

/// Go's `maxNestingDepth`.
const MAX_DEPTH: usize = 10_000;

/// A JSON syntax error, worded as Go's `*json.SyntaxError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError(pub String);

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SyntaxError {}

/// What the scanner says about one byte (Go's `scan*` opcodes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Continue,
    BeginLiteral,
    BeginObject,
    ObjectKey,
    ObjectValue,
    EndObject,
    BeginArray,
    ArrayValue,
    EndArray,
    SkipSpace,
    End,
    Error,
}

/// The scanner's next transition (Go's `state*` functions).
#[derive(Clone, Copy, Debug)]
enum Step {
    BeginValue,
    BeginValueOrEmpty,
    BeginStringOrEmpty,
    BeginString,
    EndValue,
    EndTop,
    InString,
    InStringEsc,
    /// After `\u` and this many hex digits.
    InStringEscU(u8),
    Neg,
    One,
    Zero,
    Dot,
    Dot0,
    E,
    ESign,
    E0,
    /// Inside `true`/`false`/`null`, this many bytes of the word read.
    Literal(&'static str, usize),
    Error,
}

/// Entries of the parse stack (Go's `parse*` constants).
const OBJECT_KEY: u8 = 0;
const OBJECT_VALUE: u8 = 1;
const ARRAY_VALUE: u8 = 2;

struct Scanner {
    step: Step,
    stack: Vec<u8>,
    end_top: bool,
    err: Option<SyntaxError>,
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

/// Go's `quoteChar`: `'x'`, `'\''`, `'"'`, `'\x01'`, `'ü'` for the byte 0xFC.
fn quote_char(c: u8) -> String {
    match c {
        b'\'' => r"'\''".to_string(),
        b'"' => "'\"'".to_string(),
        _ => {
            // Go converts the byte to the rune of the same value before quoting it
            let q = crate::go::quote::quote(&char::from(c).to_string());
            format!("'{}'", &q[1..q.len() - 1])
        }
    }
}

impl Scanner {
    fn new() -> Self {
        Scanner {
            step: Step::BeginValue,
            stack: Vec::new(),
            end_top: false,
            err: None,
        }
    }

    fn error(&mut self, c: u8, context: &str) -> Op {
        self.step = Step::Error;
        self.err = Some(SyntaxError(format!(
            "invalid character {} {context}",
            quote_char(c)
        )));
        Op::Error
    }

    fn push(&mut self, c: u8, state: u8, ok: Op) -> Op {
        self.stack.push(state);
        if self.stack.len() <= MAX_DEPTH {
            ok
        } else {
            self.error(c, "exceeded max depth")
        }
    }

    fn pop(&mut self) {
        self.stack.pop();
        if self.stack.is_empty() {
            self.step = Step::EndTop;
            self.end_top = true;
        } else {
            self.step = Step::EndValue;
        }
    }

    fn set_top(&mut self, state: u8) {
        if let Some(top) = self.stack.last_mut() {
            *top = state;
        }
    }

    /// Go's `eof`: the verdict once the input is over.
    fn eof(&mut self) -> Op {
        if self.err.is_some() {
            return Op::Error;
        }
        if self.end_top {
            return Op::End;
        }
        self.step(b' ');
        if self.end_top {
            return Op::End;
        }
        if self.err.is_none() {
            self.err = Some(SyntaxError("unexpected end of JSON input".into()));
        }
        Op::Error
    }

    fn step(&mut self, c: u8) -> Op {
        match self.step {
            Step::BeginValue => self.begin_value(c),
            Step::BeginValueOrEmpty => {
                if is_space(c) {
                    Op::SkipSpace
                } else if c == b']' {
                    self.end_value(c)
                } else {
                    self.begin_value(c)
                }
            }
            Step::BeginStringOrEmpty => {
                if is_space(c) {
                    Op::SkipSpace
                } else if c == b'}' {
                    self.set_top(OBJECT_VALUE);
                    self.end_value(c)
                } else {
                    self.begin_string(c)
                }
            }
            Step::BeginString => self.begin_string(c),
            Step::EndValue => self.end_value(c),
            Step::EndTop => self.end_top_state(c),
            Step::InString => match c {
                b'"' => {
                    self.step = Step::EndValue;
                    Op::Continue
                }
                b'\\' => {
                    self.step = Step::InStringEsc;
                    Op::Continue
                }
                c if c < 0x20 => self.error(c, "in string literal"),
                _ => Op::Continue,
            },
            Step::InStringEsc => match c {
                b'b' | b'f' | b'n' | b'r' | b't' | b'\\' | b'/' | b'"' => {
                    self.step = Step::InString;
                    Op::Continue
                }
                b'u' => {
                    self.step = Step::InStringEscU(0);
                    Op::Continue
                }
                _ => self.error(c, "in string escape code"),
            },
            Step::InStringEscU(n) => {
                if c.is_ascii_hexdigit() {
                    self.step = if n == 3 {
                        Step::InString
                    } else {
                        Step::InStringEscU(n + 1)
                    };
                    Op::Continue
                } else {
                    self.error(c, "in \\u hexadecimal character escape")
                }
            }
            Step::Neg => match c {
                b'0' => {
                    self.step = Step::Zero;
                    Op::Continue
                }
                b'1'..=b'9' => {
                    self.step = Step::One;
                    Op::Continue
                }
                _ => self.error(c, "in numeric literal"),
            },
            Step::One => {
                if c.is_ascii_digit() {
                    Op::Continue
                } else {
                    self.zero(c)
                }
            }
            Step::Zero => self.zero(c),
            Step::Dot => {
                if c.is_ascii_digit() {
                    self.step = Step::Dot0;
                    Op::Continue
                } else {
                    self.error(c, "after decimal point in numeric literal")
                }
            }
            Step::Dot0 => match c {
                b'0'..=b'9' => Op::Continue,
                b'e' | b'E' => {
                    self.step = Step::E;
                    Op::Continue
                }
                _ => self.end_value(c),
            },
            Step::E => {
                if c == b'+' || c == b'-' {
                    self.step = Step::ESign;
                    Op::Continue
                } else {
                    self.e_sign(c)
                }
            }
            Step::ESign => self.e_sign(c),
            Step::E0 => {
                if c.is_ascii_digit() {
                    Op::Continue
                } else {
                    self.end_value(c)
                }
            }
            Step::Literal(word, read) => {
                let want = word.as_bytes()[read];
                if c != want {
                    let context = format!("in literal {word} (expecting {})", quote_char(want));
                    return self.error(c, &context);
                }
                self.step = if read + 1 == word.len() {
                    Step::EndValue
                } else {
                    Step::Literal(word, read + 1)
                };
                Op::Continue
            }
            Step::Error => Op::Error,
        }
    }

    fn begin_value(&mut self, c: u8) -> Op {
        if is_space(c) {
            return Op::SkipSpace;
        }
        let next = match c {
            b'{' => {
                self.step = Step::BeginStringOrEmpty;
                return self.push(c, OBJECT_KEY, Op::BeginObject);
            }
            b'[' => {
                self.step = Step::BeginValueOrEmpty;
                return self.push(c, ARRAY_VALUE, Op::BeginArray);
            }
            b'"' => Step::InString,
            b'-' => Step::Neg,
            b'0' => Step::Zero,
            b't' => Step::Literal("true", 1),
            b'f' => Step::Literal("false", 1),
            b'n' => Step::Literal("null", 1),
            b'1'..=b'9' => Step::One,
            _ => return self.error(c, "looking for beginning of value"),
        };
        self.step = next;
        Op::BeginLiteral
    }

    fn begin_string(&mut self, c: u8) -> Op {
        if is_space(c) {
            return Op::SkipSpace;
        }
        if c == b'"' {
            self.step = Step::InString;
            return Op::BeginLiteral;
        }
        self.error(c, "looking for beginning of object key string")
    }

    fn end_value(&mut self, c: u8) -> Op {
        let Some(&top) = self.stack.last() else {
            self.step = Step::EndTop;
            self.end_top = true;
            return self.end_top_state(c);
        };
        if is_space(c) {
            self.step = Step::EndValue;
            return Op::SkipSpace;
        }
        match (top, c) {
            (OBJECT_KEY, b':') => {
                self.set_top(OBJECT_VALUE);
                self.step = Step::BeginValue;
                Op::ObjectKey
            }
            (OBJECT_KEY, _) => self.error(c, "after object key"),
            (OBJECT_VALUE, b',') => {
                self.set_top(OBJECT_KEY);
                self.step = Step::BeginString;
                Op::ObjectValue
            }
            (OBJECT_VALUE, b'}') => {
                self.pop();
                Op::EndObject
            }
            (OBJECT_VALUE, _) => self.error(c, "after object key:value pair"),
            (_, b',') => {
                self.step = Step::BeginValue;
                Op::ArrayValue
            }
            (_, b']') => {
                self.pop();
                Op::EndArray
            }
            _ => self.error(c, "after array element"),
        }
    }

    fn end_top_state(&mut self, c: u8) -> Op {
        if !is_space(c) {
            // Go complains about the byte on the next call but still answers scanEnd here
            self.error(c, "after top-level value");
        }
        Op::End
    }

    fn zero(&mut self, c: u8) -> Op {
        match c {
            b'.' => {
                self.step = Step::Dot;
                Op::Continue
            }
            b'e' | b'E' => {
                self.step = Step::E;
                Op::Continue
            }
            _ => self.end_value(c),
        }
    }

    fn e_sign(&mut self, c: u8) -> Op {
        if c.is_ascii_digit() {
            self.step = Step::E0;
            Op::Continue
        } else {
            self.error(c, "in exponent of numeric literal")
        }
    }
}

/// Whether Go's `json.Indent` accepts `src`; its error when not (Go's `checkValid`).
pub fn check(src: &[u8]) -> Result<(), SyntaxError> {
    let mut scan = Scanner::new();
    for &c in src {
        if scan.step(c) == Op::Error {
            break;
        }
    }
    match scan.eof() {
        Op::Error => Err(scan.err.unwrap_or_else(|| SyntaxError(String::new()))),
        _ => Ok(()),
    }
}

/// Go's `json.Indent(dst, src, "", unit)` written to `out`; with `escape_html`, the
/// characters Go's `Marshal` escapes inside strings (`<` `>` `&` U+2028 U+2029) are escaped
/// on the way, so `unit = "\t"` with escaping is `MarshalIndent(v, "", "\t")` of the value
/// `src` holds. Call [`check`] first: for input it rejects, what is written is unspecified.
pub fn write_indented(
    src: &[u8],
    unit: &[u8],
    escape_html: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut w = std::io::BufWriter::with_capacity(64 * 1024, out);
    let mut scan = Scanner::new();
    let mut need_indent = false;
    let mut depth = 0usize;
    let newline = |w: &mut std::io::BufWriter<&mut dyn Write>, depth: usize| {
        w.write_all(b"\n")?;
        for _ in 0..depth {
            w.write_all(unit)?;
        }
        Ok::<_, std::io::Error>(())
    };
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        i += 1;
        let v = scan.step(c);
        if v == Op::SkipSpace {
            continue;
        }
        if v == Op::Error {
            break;
        }
        if need_indent && v != Op::EndObject && v != Op::EndArray {
            need_indent = false;
            depth += 1;
            newline(&mut w, depth)?;
        }
        if v == Op::Continue {
            // inside a literal: only strings can hold these bytes in valid JSON
            match c {
                b'<' if escape_html => w.write_all(br"\u003c")?,
                b'>' if escape_html => w.write_all(br"\u003e")?,
                b'&' if escape_html => w.write_all(br"\u0026")?,
                0xE2 if escape_html
                    && src.get(i) == Some(&0x80)
                    && matches!(src.get(i + 1), Some(0xA8 | 0xA9)) =>
                {
                    w.write_all(if src[i + 1] == 0xA8 {
                        br"\u2028"
                    } else {
                        br"\u2029"
                    })?;
                    // the two continuation bytes are plain string bytes to the scanner
                    scan.step(src[i]);
                    scan.step(src[i + 1]);
                    i += 2;
                }
                _ => w.write_all(&[c])?,
            }
            continue;
        }
        match c {
            b'{' | b'[' => {
                need_indent = true;
                w.write_all(&[c])?;
            }
            b',' => {
                w.write_all(&[c])?;
                newline(&mut w, depth)?;
            }
            b':' => w.write_all(b": ")?,
            b'}' | b']' => {
                if need_indent {
                    need_indent = false;
                } else {
                    depth = depth.saturating_sub(1);
                    newline(&mut w, depth)?;
                }
                w.write_all(&[c])?;
            }
            _ => w.write_all(&[c])?,
        }
    }
    w.flush()
}

/// Go's `json.Indent(dst, src, "", "  ")` into a new buffer.
pub fn indent(src: &[u8]) -> Result<Vec<u8>, SyntaxError> {
    indent_with(src, b"  ", false)
}

/// [`write_indented`] into a new buffer, after [`check`].
pub fn indent_with(src: &[u8], unit: &[u8], escape_html: bool) -> Result<Vec<u8>, SyntaxError> {
    check(src)?;
    let mut out = Vec::with_capacity(src.len() * 2);
    write_indented(src, unit, escape_html, &mut out)
        .map_err(|e| SyntaxError(format!("writing to memory failed: {e}")))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ind(s: &str) -> Result<String, String> {
        indent(s.as_bytes())
            .map(|v| String::from_utf8(v).unwrap())
            .map_err(|e| e.0)
    }

    #[test]
    fn keeps_order_and_compact_empties() {
        let raw = r#"{"z":1,"a":{"k":"v\"}"},"e":{},"l":[],"m":[1,{"x":null}]}"#;
        let want = "{\n  \"z\": 1,\n  \"a\": {\n    \"k\": \"v\\\"}\"\n  },\n  \"e\": {},\n  \"l\": [],\n  \"m\": [\n    1,\n    {\n      \"x\": null\n    }\n  ]\n}";
        assert_eq!(ind(raw).unwrap(), want);
    }

    #[test]
    fn whitespace_like_go() {
        // leading space dropped, trailing space kept, inner space dropped
        assert_eq!(
            ind(" \n{ \"a\" : [ 1 , 2 ] }\n").unwrap(),
            "{\n  \"a\": [\n    1,\n    2\n  ]\n}\n"
        );
        assert_eq!(ind("1 ").unwrap(), "1 ");
        assert_eq!(ind("-0.5e+3").unwrap(), "-0.5e+3");
    }

    #[test]
    fn errors_like_go() {
        for (src, want) in [
            ("", "unexpected end of JSON input"),
            ("[1,", "unexpected end of JSON input"),
            (
                "<html>",
                "invalid character '<' looking for beginning of value",
            ),
            (
                "{1}",
                "invalid character '1' looking for beginning of object key string",
            ),
            ("{\"a\" 1}", "invalid character '1' after object key"),
            (
                "{\"a\":1 2}",
                "invalid character '2' after object key:value pair",
            ),
            ("[1 2]", "invalid character '2' after array element"),
            ("{} x", "invalid character 'x' after top-level value"),
            (
                "tru",
                "invalid character ' ' in literal true (expecting 'e')",
            ),
            (
                "trux",
                "invalid character 'x' in literal true (expecting 'e')",
            ),
            (
                "nul!",
                "invalid character '!' in literal null (expecting 'l')",
            ),
            ("\"\\x\"", "invalid character 'x' in string escape code"),
            (
                "\"\\u12g4\"",
                "invalid character 'g' in \\u hexadecimal character escape",
            ),
            ("\"a\u{1}\"", "invalid character '\\x01' in string literal"),
            ("-x", "invalid character 'x' in numeric literal"),
            (
                "1.x",
                "invalid character 'x' after decimal point in numeric literal",
            ),
            (
                "1ex",
                "invalid character 'x' in exponent of numeric literal",
            ),
            (
                "'",
                r"invalid character '\'' looking for beginning of value",
            ),
            (
                "\u{fc}",
                "invalid character 'Ã' looking for beginning of value",
            ),
        ] {
            assert_eq!(ind(src).unwrap_err(), want, "{src:?}");
        }
    }

    #[test]
    fn nesting_limit_is_go_s() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(check(ok.as_bytes()).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(
            check(deep.as_bytes()).unwrap_err().0,
            "invalid character '[' exceeded max depth"
        );
        let objects = "{\"a\":".repeat(MAX_DEPTH + 1);
        assert_eq!(
            check(objects.as_bytes()).unwrap_err().0,
            "invalid character '{' exceeded max depth"
        );
    }

    /// A 4 MiB `[[[…` is refused after 10 001 bytes with a stack of 10 001 entries, and a
    /// valid document 10 000 deep streams out without being built in memory.
    #[test]
    fn hostile_nesting_is_cheap() {
        let hostile = vec![b'['; 4 << 20];
        assert!(check(&hostile).is_err());
        struct Count(u64);
        impl Write for Count {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                self.0 += b.len() as u64;
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        let mut sink = Count(0);
        write_indented(ok.as_bytes(), b"  ", false, &mut sink).unwrap();
        // brackets, 9 999 line breaks each way, each line indented by its depth
        let units = 9_999 * 10_000 / 2 + 9_998 * 9_999 / 2;
        assert_eq!(sink.0, 20_000 + 2 * 9_999 + 2 * units);
    }

    #[test]
    fn marshal_indent_escapes() {
        let out = indent_with("{\"k\":\"<a>&\u{2028}\"}".as_bytes(), b"\t", true).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\n\t\"k\": \"\\u003ca\\u003e\\u0026\\u2028\"\n}"
        );
    }
}
