//! Go `encoding/json` encoding (Marshal / MarshalIndent / no-HTML-escape) and decoding of values.

use super::strconv::format_float;
use super::value::Value;

/// Encoder options matching Go's `json.Marshal` family.
#[derive(Clone, Copy)]
pub(super) struct JsonOpts {
    /// Escape `<`, `>`, `&` as `\u003c` etc. (Go's default).
    pub escape_html: bool,
    /// Indent with two spaces per level (`MarshalIndent(v, "", "  ")`).
    pub indent: bool,
}

/// Encodes a value as Go would; `None` for unsupported values (NaN/Inf), like Go's error.
pub(super) fn encode(v: &Value, opts: JsonOpts) -> Option<String> {
    let mut out = String::new();
    write_value(&mut out, v, opts, 0)?;
    Some(out)
}

/// Go's float encoding: shortest digits, exponent form below 1e-6 or from 1e21.
fn write_float(out: &mut String, f: f64) -> Option<()> {
    if !f.is_finite() {
        return None;
    }
    let abs = f.abs();
    let exp_form = abs != 0.0 && !(1e-6..1e21).contains(&abs);
    let mut s = format_float(f, if exp_form { 'e' } else { 'f' }, -1);
    if exp_form {
        // Clean up e-09 to e-9.
        let b = s.as_bytes();
        let n = b.len();
        if n >= 4 && b[n - 4] == b'e' && b[n - 3] == b'-' && b[n - 2] == b'0' {
            s.remove(n - 2);
        }
    }
    out.push_str(&s);
    Some(())
}

/// Go's JSON string escaping.
fn write_string(out: &mut String, s: &str, escape_html: bool) {
    out.push_str(&crate::go::json::quote(s, escape_html));
}

/// Newline plus indentation for pretty output.
fn newline(out: &mut String, opts: JsonOpts, depth: usize) {
    if opts.indent {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    }
}

fn write_value(out: &mut String, v: &Value, opts: JsonOpts, depth: usize) -> Option<()> {
    match v {
        Value::Missing | Value::Nil => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) | Value::Int64(i) => out.push_str(&i.to_string()),
        Value::Uint8(u) => out.push_str(&u.to_string()),
        Value::Float(f) => write_float(out, *f)?,
        Value::Str(s) => write_string(out, s, opts.escape_html),
        Value::List(items, _) => {
            out.push('[');
            if !items.is_empty() {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, opts, depth + 1);
                    write_value(out, item, opts, depth + 1)?;
                }
                newline(out, opts, depth);
            }
            out.push(']');
        }
        Value::Map(m, _) => {
            out.push('{');
            if !m.is_empty() {
                for (i, (k, item)) in m.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, opts, depth + 1);
                    write_string(out, k, opts.escape_html);
                    out.push(':');
                    if opts.indent {
                        out.push(' ');
                    }
                    write_value(out, item, opts, depth + 1)?;
                }
                newline(out, opts, depth);
            }
            out.push('}');
        }
    }
    Some(())
}

/// Decodes JSON text into a value like Go's `json.Unmarshal` into `any`.
pub(super) fn decode(s: &str) -> Result<Value, String> {
    serde_json::from_str::<serde_json::Value>(s)
        .map(|v| Value::from_json(&v))
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMPACT: JsonOpts = JsonOpts {
        escape_html: true,
        indent: false,
    };

    #[test]
    fn go_json_encoding() {
        let v =
            Value::from_json(&serde_json::json!({"b": 585, "a": "<&>", "c": [1.5, null], "d": {}}));
        assert_eq!(
            encode(&v, COMPACT).as_deref(),
            Some(r#"{"a":"\u003c\u0026\u003e","b":585,"c":[1.5,null],"d":{}}"#)
        );
        let raw = JsonOpts {
            escape_html: false,
            indent: true,
        };
        assert_eq!(
            encode(&v, raw).as_deref(),
            Some(
                "{\n  \"a\": \"<&>\",\n  \"b\": 585,\n  \"c\": [\n    1.5,\n    null\n  ],\n  \"d\": {}\n}"
            )
        );
        assert_eq!(
            encode(&Value::Float(1e21), COMPACT).as_deref(),
            Some("1e+21")
        );
        assert_eq!(
            encode(&Value::Float(1e20), COMPACT).as_deref(),
            Some("100000000000000000000")
        );
        assert_eq!(
            encode(&Value::Float(1e-7), COMPACT).as_deref(),
            Some("1e-7")
        );
        assert_eq!(encode(&Value::Float(f64::NAN), COMPACT), None);
    }
}
