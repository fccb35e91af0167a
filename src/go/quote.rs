//! Go's `strconv` quoting: what `%q` prints for a string or a rune.

/// Go's `unicode.IsPrint`, closely enough for the strings we show (letters, marks,
/// numbers, punctuation, symbols and the ASCII space).
pub fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let u = c as u32;
    !matches!(u,
        0xAD | 0x61C | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F
        | 0xFEFF | 0xFFF9..=0xFFFB | 0xFFFE | 0xFFFF | 0xE000..=0xF8FF | 0xF0000..)
}

/// Appends the Go escape for `c` inside a literal delimited by `quote`.
fn escape_rune(out: &mut String, c: char, quote: char, ascii_only: bool) {
    if c == quote || c == '\\' {
        out.push('\\');
        out.push(c);
        return;
    }
    if is_print(c) && (!ascii_only || c.is_ascii()) {
        out.push(c);
        return;
    }
    match c {
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        _ => {
            let u = c as u32;
            if u < 0x20 || u == 0x7f {
                out.push_str(&format!("\\x{u:02x}"));
            } else if u < 0x10000 {
                out.push_str(&format!("\\u{u:04x}"));
            } else {
                out.push_str(&format!("\\U{u:08x}"));
            }
        }
    }
}

fn quote_with(s: &str, ascii_only: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        escape_rune(&mut out, c, '"', ascii_only);
    }
    out.push('"');
    out
}

/// `strconv.Quote`, i.e. `%q` of a string.
pub fn quote(s: &str) -> String {
    quote_with(s, false)
}

/// `strconv.QuoteToASCII`, i.e. `%+q` of a string.
pub fn quote_to_ascii(s: &str) -> String {
    quote_with(s, true)
}

/// `strconv.QuoteRune` (or `QuoteRuneToASCII` when `ascii_only`).
pub fn quote_rune(c: char, ascii_only: bool) -> String {
    let mut out = String::from("'");
    escape_rune(&mut out, c, '\'', ascii_only);
    out.push('\'');
    out
}

/// `strconv.CanBackquote`.
pub fn can_backquote(s: &str) -> bool {
    s.chars()
        .all(|c| c != '`' && c != '\u{FEFF}' && (c == '\t' || !(c < ' ' || c == '\x7f')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_like_go() {
        assert_eq!(quote("a\"b\n\u{e9}\x01"), "\"a\\\"b\\n\u{e9}\\x01\"");
        assert_eq!(quote("a\"b\\c\n\u{1}é"), r#""a\"b\\c\n\x01é""#);
        assert_eq!(quote_to_ascii("\u{e9}"), "\"\\u00e9\"");
        assert_eq!(quote(" b"), "\" b\"");
        assert_eq!(quote("\u{200b}\u{1F600}"), "\"\\u200b\u{1F600}\"");
        assert_eq!(quote_rune('\'', false), "'\\''");
        assert!(can_backquote("a b") && !can_backquote("a`b"));
    }
}
