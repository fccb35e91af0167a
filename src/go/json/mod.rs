//! JSON the way Go's encoding/json writes it: compact, declaration order, sorted map keys,
//! `<` `>` `&` U+2028 U+2029 escaped; Go's string quoting; and Go's `json.Indent` /
//! `MarshalIndent` re-indentation of raw bytes (`--pretty`, config.json) in `indent.rs`.

mod indent;

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

pub use indent::{SyntaxError, check, indent, indent_with, write_indented};

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
}
