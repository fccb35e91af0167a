//! Go `encoding/json` behaviour the config file needs on raw JSON text: splitting an object
//! into raw values (like `map[string]json.RawMessage`), re-encoding it with sorted keys and
//! `MarshalIndent`'s tabs, and error texts that never echo a (secret) value.

use std::collections::BTreeMap;

use crate::go::json::quote as json_quote;

/// serde_json error text without echoing input values.
pub(crate) fn json_error_text(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Data => format!(
            "unexpected JSON type at line {} column {}",
            e.line(),
            e.column()
        ),
        // Syntax / EOF messages describe the position, not the content.
        _ => e.to_string(),
    }
}

/// `{"k":raw,…}` with Go-quoted keys in map (sorted) order; values are raw JSON.
pub(super) fn object_json(map: &BTreeMap<String, String>) -> String {
    let mut s = String::from("{");
    for (i, (k, v)) in map.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push_str(&json_quote(k, true));
        s.push(':');
        s.push_str(v);
    }
    s.push('}');
    s
}

/// Splits a JSON object (already validated) into key ⇒ raw value text; `null` gives an
/// empty map; anything else is an error. Duplicate keys: the last one wins (as Go).
pub(super) fn split_object_or_null(raw: &str) -> Result<BTreeMap<String, String>, String> {
    let b = raw.as_bytes();
    let mut i = skip_ws(b, 0);
    match b.get(i) {
        Some(b'{') => {}
        Some(b'n') => return Ok(BTreeMap::new()),
        Some(c) => {
            return Err(format!(
                "expected a JSON object, found {}",
                kind_of_byte(*c)
            ));
        }
        None => return Err("expected a JSON object, found nothing".into()),
    }
    i += 1;
    let mut map = BTreeMap::new();
    loop {
        i = skip_ws(b, i);
        match b.get(i) {
            Some(b'}') => return Ok(map),
            Some(b',') => {
                i += 1;
                continue;
            }
            Some(b'"') => {}
            _ => return Err("malformed object".into()),
        }
        let key_end = skip_string(b, i);
        let key: String = serde_json::from_str(&raw[i..key_end])
            .map_err(|e| format!("invalid object key: {}", json_error_text(&e)))?;
        i = skip_ws(b, key_end);
        if b.get(i) != Some(&b':') {
            return Err("malformed object".into());
        }
        let start = skip_ws(b, i + 1);
        let end = skip_value(b, start);
        if end <= start {
            return Err("malformed object".into());
        }
        map.insert(key, raw[start..end].to_owned());
        i = end;
    }
}

fn kind_of_byte(c: u8) -> &'static str {
    match c {
        b'[' => "an array",
        b'"' => "a string",
        b't' | b'f' => "a boolean",
        _ => "a number",
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// `b[i] == '"'`; returns the index just past the closing quote.
fn skip_string(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// Index just past the JSON value starting at `i`.
fn skip_value(b: &[u8], mut i: usize) -> usize {
    match b.get(i) {
        Some(b'"') => skip_string(b, i),
        Some(b'{') | Some(b'[') => {
            let mut depth = 0usize;
            while i < b.len() {
                match b[i] {
                    b'"' => {
                        i = skip_string(b, i);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return i + 1;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            b.len()
        }
        Some(_) => {
            while i < b.len() && !matches!(b[i], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            {
                i += 1;
            }
            i
        }
        None => i,
    }
}

/// Go's `json.MarshalIndent(v, "", "\t")` applied to already-encoded JSON.
/// `src` is JSON this module wrote itself; were it ever invalid, it is kept as it is.
pub(super) fn go_indent(src: &str) -> String {
    match crate::go::json::indent_with(src.as_bytes(), b"\t", true) {
        Ok(v) => String::from_utf8_lossy(&v).into_owned(),
        Err(_) => src.to_string(),
    }
}

/// JSON kind name, for error messages that must not echo values.
pub(super) fn kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_indent_matches_marshal_indent() {
        assert_eq!(go_indent("{}"), "{}");
        assert_eq!(
            go_indent(" { \"a\" : [ ] , \"b\":{ } }"),
            "{\n\t\"a\": [],\n\t\"b\": {}\n}"
        );
        assert_eq!(
            go_indent("{\"k\":[1,{\"x\":\"a,b:{c}\\\"<\"}]}"),
            "{\n\t\"k\": [\n\t\t1,\n\t\t{\n\t\t\t\"x\": \"a,b:{c}\\\"\\u003c\"\n\t\t}\n\t]\n}"
        );
        assert_eq!(
            go_indent("{\"s\":\"\u{2028}é\"}"),
            "{\n\t\"s\": \"\\u2028é\"\n}"
        );
    }

    #[test]
    fn go_quote_matches_go() {
        assert_eq!(json_quote("a\"b\\c", true), r#""a\"b\\c""#);
        assert_eq!(json_quote("<&>", true), r#""\u003c\u0026\u003e""#);
        assert_eq!(
            json_quote("\n\r\t\u{8}\u{c}\u{1}", true),
            r#""\n\r\t\b\f\u0001""#
        );
        assert_eq!(json_quote("ü\u{7f}", true), "\"ü\u{7f}\"");
    }
}
