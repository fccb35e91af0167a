//! JSON the way Go's encoding/json writes it: compact, declaration order, sorted map keys,
//! `<` `>` `&` U+2028 U+2029 escaped; plus Go's `json.Indent` for `--pretty` of raw bytes.

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

/// Go's `json.Indent(dst, src, "", "  ")`: re-indent raw JSON keeping key order and string
/// escapes exactly as they are. Empty objects and arrays stay `{}` / `[]`.
pub fn indent(src: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut need_indent = false; // just opened a container: newline before the next value
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        for _ in 0..depth {
            out.extend_from_slice(b"  ");
        }
    };
    for &c in src {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == b'\\' {
                escaped = true;
            } else if c == b'"' {
                in_string = false;
            }
            continue;
        }
        if c.is_ascii_whitespace() {
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
