//! JSON the way Go's encoding/json writes it: compact, declaration order, sorted map keys,
//! `<` `>` `&` U+2028 U+2029 escaped; Go's string quoting; and Go's `json.Indent` /
//! `MarshalIndent` re-indentation of raw bytes (`--pretty`, config.json).

use serde::Serialize;

/// Compact JSON bytes identical to Go's `json.Marshal` for our wire types.
pub fn to_vec<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    // Serialising our own types into a Vec cannot fail (no maps with non-string keys).
    let raw = serde_json::to_vec(value).unwrap_or_default();
    go_escape(raw)
}

/// Go's `json.MarshalIndent(v, "", "  ")` plus the newline that `json.Encoder` adds.
pub fn to_pretty_vec<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    let mut out = go_escape(serde_json::to_vec_pretty(value).unwrap_or_default());
    out.push(b'\n');
    out
}

/// Replace the characters Go escapes in strings and serde_json does not.
/// `<`, `>`, `&` and the two line separators can only occur inside strings in valid JSON,
/// so a byte-level replacement is exact.
fn go_escape(raw: Vec<u8>) -> Vec<u8> {
    if !raw
        .iter()
        .any(|&b| b == b'<' || b == b'>' || b == b'&' || b == 0xE2)
    {
        return raw;
    }
    let mut out = Vec::with_capacity(raw.len() + 16);
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b'<' => out.extend_from_slice(br"\u003c"),
            b'>' => out.extend_from_slice(br"\u003e"),
            b'&' => out.extend_from_slice(br"\u0026"),
            0xE2 if raw.get(i + 1) == Some(&0x80)
                && matches!(raw.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                out.extend_from_slice(if raw[i + 2] == 0xA8 {
                    br"\u2028"
                } else {
                    br"\u2029"
                });
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    out
}

/// A string as Go's encoder writes it: `\b \f \n \r \t` short escapes, other controls as
/// `\u00xx`, U+2028/U+2029 escaped, and `<` `>` `&` too when `escape_html` (Go's default;
/// `SetEscapeHTML(false)` turns it off).
pub fn quote(s: &str, escape_html: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' if escape_html => out.push_str(&format!("\\u{:04x}", c as u32)),
            '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Go's `json.Indent(dst, src, "", "  ")`: re-indent raw JSON keeping key order and string
/// escapes exactly as they are. Empty objects and arrays stay `{}` / `[]`.
pub fn indent(src: &[u8]) -> Vec<u8> {
    indent_with(src, b"  ", false)
}

/// Re-indent raw JSON with `unit` per level: whitespace outside strings dropped, one value
/// per line, `": "` after keys, empty `{}`/`[]` kept on one line. With `escape_html`, the
/// characters Go's `Marshal` escapes inside strings (`<` `>` `&` U+2028 U+2029) are escaped
/// on the way, so `indent_with(raw, b"\t", true)` is Go's `MarshalIndent(v, "", "\t")` of
/// the value `raw` holds.
pub fn indent_with(src: &[u8], unit: &[u8], escape_html: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut need_indent = false; // just opened a container: newline before the next value
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        for _ in 0..depth {
            out.extend_from_slice(unit);
        }
    };
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        i += 1;
        if in_string {
            if escaped {
                escaped = false;
                out.push(c);
                continue;
            }
            match c {
                b'\\' => {
                    escaped = true;
                    out.push(c);
                }
                b'"' => {
                    in_string = false;
                    out.push(c);
                }
                b'<' if escape_html => out.extend_from_slice(br"\u003c"),
                b'>' if escape_html => out.extend_from_slice(br"\u003e"),
                b'&' if escape_html => out.extend_from_slice(br"\u0026"),
                0xE2 if escape_html
                    && src.get(i) == Some(&0x80)
                    && matches!(src.get(i + 1), Some(0xA8 | 0xA9)) =>
                {
                    out.extend_from_slice(if src[i + 1] == 0xA8 {
                        br"\u2028"
                    } else {
                        br"\u2029"
                    });
                    i += 2;
                }
                c => out.push(c),
            }
            continue;
        }
        if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
            continue;
        }
        if need_indent && c != b']' && c != b'}' {
            need_indent = false;
            depth += 1;
            newline(&mut out, depth);
        }
        match c {
            b'"' => {
                in_string = true;
                out.push(c);
            }
            b'{' | b'[' => {
                out.push(c);
                need_indent = true;
            }
            b',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            b'}' | b']' => {
                if need_indent {
                    need_indent = false; // empty container stays compact
                } else {
                    depth = depth.saturating_sub(1);
                    newline(&mut out, depth);
                }
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_go() {
        let v = serde_json::json!({"b": "a<b>&c\u{2028}", "a": [1, 2]});
        assert_eq!(
            String::from_utf8(to_vec(&v)).unwrap(),
            r#"{"a":[1,2],"b":"a\u003cb\u003e\u0026c\u2028"}"#
        );
    }

    #[test]
    fn indent_keeps_order_and_compact_empties() {
        let raw = br#"{"z":1,"a":{"k":"v\"}"},"e":{},"l":[],"m":[1,{"x":null}]}"#;
        let want = "{\n  \"z\": 1,\n  \"a\": {\n    \"k\": \"v\\\"}\"\n  },\n  \"e\": {},\n  \"l\": [],\n  \"m\": [\n    1,\n    {\n      \"x\": null\n    }\n  ]\n}";
        assert_eq!(String::from_utf8(indent(raw)).unwrap(), want);
    }
}
