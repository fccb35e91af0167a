//! `WWW-Authenticate` parsing: the scheme and its (possibly quoted) parameters.

use std::collections::BTreeMap;

/// A parsed challenge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Challenge {
    Basic,
    Bearer(BTreeMap<String, String>),
    Unknown(String),
}

/// Parse one `WWW-Authenticate` header value.
pub fn parse(header: &str) -> Challenge {
    let header = header.trim();
    let (scheme, rest) = header.split_once(' ').unwrap_or((header, ""));
    match scheme.to_ascii_lowercase().as_str() {
        "basic" => Challenge::Basic,
        "bearer" => Challenge::Bearer(parse_params(rest)),
        other => Challenge::Unknown(other.to_string()),
    }
}

fn parse_params(s: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i] == b' ' || b[i] == b',') {
            i += 1;
        }
        let key_start = i;
        while i < b.len() && b[i] != b'=' && b[i] != b',' {
            i += 1;
        }
        let key = s[key_start..i].trim().to_ascii_lowercase();
        if i >= b.len() || b[i] != b'=' {
            continue;
        }
        i += 1;
        let mut value = String::new();
        if i < b.len() && b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' && i + 1 < b.len() {
                    i += 1;
                }
                let ch_len = s[i..].chars().next().map_or(1, char::len_utf8);
                value.push_str(&s[i..i + ch_len]);
                i += ch_len;
            }
            i += 1;
        } else {
            let start = i;
            while i < b.len() && b[i] != b',' {
                i += 1;
            }
            value = s[start..i].trim().to_string();
        }
        if !key.is_empty() {
            out.insert(key, value);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_with_quoted_params() {
        let c = parse(
            r#"Bearer realm="https://auth.io/token",service="reg.io",scope="repository:a/b:pull,push""#,
        );
        let Challenge::Bearer(p) = c else { panic!() };
        assert_eq!(p["realm"], "https://auth.io/token");
        assert_eq!(p["service"], "reg.io");
        assert_eq!(p["scope"], "repository:a/b:pull,push");
        assert_eq!(parse(r#"Basic realm="basic-realm""#), Challenge::Basic);
        assert_eq!(parse("Digest x=1"), Challenge::Unknown("digest".into()));
    }
}
