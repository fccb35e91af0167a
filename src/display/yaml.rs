//! One `key: value` line the way Go's yaml.v3 marshals a one-entry `map[string]string`
//! (discover prints annotations so): plain when the text reads back as the same string,
//! double-quoted when it would read as another type, single-quoted when plain text is not
//! allowed, a literal block for multi-line text.

/// `yaml.Marshal(map[string]string{k: v})` without the trailing newline.
pub fn key_value(key: &str, value: &str) -> String {
    let k = scalar(key, 0);
    if value.contains('\n') {
        let body: Vec<String> = value
            .trim_end_matches('\n')
            .split('\n')
            .map(|l| {
                if l.is_empty() {
                    String::new()
                } else {
                    format!("    {l}")
                }
            })
            .collect();
        let chomp = if value.ends_with('\n') { "|" } else { "|-" };
        return format!("{k}: {chomp}\n{}", body.join("\n"));
    }
    format!("{k}: {}", scalar(value, 0))
}

fn scalar(s: &str, _indent: usize) -> String {
    if s.is_empty() || resolves_to_other_type(s) {
        return double_quoted(s);
    }
    if s.chars().any(|c| c.is_control()) {
        return double_quoted(s);
    }
    if plain_allowed(s) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "''"))
    }
}

fn double_quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\x{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether yaml.v3 would read the plain text back as null, bool, number or timestamp
/// (including YAML 1.1 booleans and base-60 floats, which it also quotes).
fn resolves_to_other_type(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "y", "Y",
        "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
        ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan",
        ".NaN", ".NAN",
    ];
    WORDS.contains(&s) || is_int(s) || is_float(s) || is_timestamp(s) || is_base60(s)
}

fn strip_sign(s: &str) -> &str {
    s.strip_prefix(['-', '+']).unwrap_or(s)
}

fn is_int(s: &str) -> bool {
    let t = strip_sign(s).replace('_', "");
    let all = |t: &str, f: fn(char) -> bool| !t.is_empty() && t.chars().all(f);
    if let Some(r) = t.strip_prefix("0b") {
        return all(r, |c| c == '0' || c == '1');
    }
    if let Some(r) = t.strip_prefix("0o") {
        return all(r, |c| ('0'..='7').contains(&c));
    }
    if let Some(r) = t.strip_prefix("0x") {
        return all(r, |c| c.is_ascii_hexdigit());
    }
    all(&t, |c| c.is_ascii_digit())
}

fn is_float(s: &str) -> bool {
    let t = strip_sign(s);
    let (mantissa, exp) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    if let Some(e) = exp {
        let e = strip_sign(e);
        if e.is_empty() || !e.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let digits = |x: &str| x.chars().all(|c| c.is_ascii_digit() || c == '_');
    match frac {
        Some(f) => {
            (!int.is_empty() || !f.is_empty())
                && digits(int)
                && digits(f)
                && !(int.is_empty() && f.is_empty())
        }
        None => exp.is_some() && !int.is_empty() && digits(int),
    }
}

fn is_base60(s: &str) -> bool {
    let t = strip_sign(s);
    let mut parts = t.split(':');
    let first = parts.next().unwrap_or_default();
    if first.is_empty() || !first.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if !first.chars().all(|c| c.is_ascii_digit() || c == '_') {
        return false;
    }
    let rest: Vec<&str> = parts.collect();
    if rest.is_empty() {
        return false;
    }
    rest.iter().enumerate().all(|(i, p)| {
        let p = if i + 1 == rest.len() {
            p.split('.').next().unwrap_or_default()
        } else {
            p
        };
        !p.is_empty()
            && p.len() <= 2
            && p.chars().all(|c| c.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| n < 60)
    })
}

/// `2006-1-2`, `2006-1-2T15:4:5[.frac][Z|±hh:mm]` (also `t` or a space as separator).
fn is_timestamp(s: &str) -> bool {
    let (date, time) = match s.find(['T', 't', ' ']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let d: Vec<&str> = date.split('-').collect();
    let num = |x: &str, min: usize, max: usize| {
        x.len() >= min && x.len() <= max && x.chars().all(|c| c.is_ascii_digit())
    };
    if d.len() != 3 || !num(d[0], 4, 4) || !num(d[1], 1, 2) || !num(d[2], 1, 2) {
        return false;
    }
    let Some(time) = time else { return true };
    let (clock, zone) = match time.find(['Z', '+', '-']) {
        Some(i) => (&time[..i], Some(&time[i..])),
        None => (time, None),
    };
    let (hms, frac) = match clock.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (clock, None),
    };
    let t: Vec<&str> = hms.split(':').collect();
    if t.len() != 3 || !t.iter().all(|p| num(p, 1, 2)) {
        return false;
    }
    if frac.is_some_and(|f| !num(f, 1, 9)) {
        return false;
    }
    match zone {
        None => true,
        Some("Z") => true,
        Some(z) => {
            let z = &z[1..];
            let parts: Vec<&str> = z.split(':').collect();
            parts.len() == 2 && num(parts[0], 1, 2) && num(parts[1], 2, 2)
        }
    }
}

/// yaml.v3's emitter rules for plain scalars (block context).
fn plain_allowed(s: &str) -> bool {
    if s.starts_with("---") || s.starts_with("...") {
        return false;
    }
    if s.starts_with(' ') || s.ends_with(' ') {
        return false;
    }
    let first = s.chars().next().unwrap_or(' ');
    if matches!(
        first,
        '#' | ','
            | '['
            | ']'
            | '{'
            | '}'
            | '&'
            | '*'
            | '!'
            | '|'
            | '>'
            | '\''
            | '"'
            | '%'
            | '@'
            | '`'
    ) {
        return false;
    }
    let second = s.chars().nth(1);
    if matches!(first, '-' | '?' | ':') && second.is_none_or(|c| c == ' ') {
        return false;
    }
    if s.contains(": ") || s.ends_with(':') || s.contains(" #") {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_like_yaml_v3() {
        assert_eq!(
            key_value("org.opencontainers.image.created", "2025-01-01T00:00:00Z"),
            "org.opencontainers.image.created: \"2025-01-01T00:00:00Z\""
        );
        assert_eq!(
            key_value("com.example.tool", "demo"),
            "com.example.tool: demo"
        );
        assert_eq!(key_value("k", "true"), "k: \"true\"");
        assert_eq!(key_value("k", "yes"), "k: \"yes\"");
        assert_eq!(key_value("k", "12"), "k: \"12\"");
        assert_eq!(key_value("k", "1.5"), "k: \"1.5\"");
        assert_eq!(key_value("k", ""), "k: \"\"");
        assert_eq!(key_value("k", "a: b"), "k: 'a: b'");
        assert_eq!(key_value("k", "-x"), "k: -x");
        assert_eq!(key_value("k", "- x"), "k: '- x'");
        assert_eq!(key_value("k", "v1.0"), "k: v1.0");
        assert_eq!(key_value("k", "a\nb"), "k: |-\n    a\n    b");
    }
}
