//! Rule 2 of the golden README: volatile values in stdout/stderr, matched by hand.
//!
//! The README states them as (Python) regexes; the duration one needs lookbehind and
//! lookahead, which the `regex` crate lacks, so each matcher here reproduces the regex's
//! backtracking semantics directly:
//! * `[LOGTIME]`: `^\[\d{4}-[^\]\n]*Z\]` at the start of a line (a `--debug` timestamp);
//! * `[UPLOAD]`: `/blobs/uploads/[^\s"']+` (the upload session part of a URL);
//! * `[SPEED]`: `\d+(?:\.\d+)? ?(?:[kKMGT]i?)?B/s`;
//! * `[TIME]`: `(?<![\w.])(?:\d+h)?(?:\d+m)?\d+(?:\.\d+)?(?:s|ms|µs|us|ns)(?![\w])`.

/// `\w` as Python 3 sees it for `str` patterns: alphanumerics and `_`.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `[2025-...Z]` at the start of a line becomes `[LOGTIME]`.
pub fn logtime(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        out.push_str(&match logtime_len(line) {
            Some(len) => format!("[LOGTIME]{}", &line[len..]),
            None => line.to_string(),
        });
    }
    out
}

fn logtime_len(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let year_ok = bytes.len() > 6
        && bytes[0] == b'['
        && bytes[1..5].iter().all(u8::is_ascii_digit)
        && bytes[5] == b'-';
    if !year_ok {
        return None;
    }
    let close = line.find([']', '\n'])?;
    (line.as_bytes()[close] == b']' && line[..close].ends_with('Z')).then_some(close + 1)
}

/// `/blobs/uploads/<anything up to whitespace or quote>` becomes `/blobs/uploads/[UPLOAD]`.
pub fn upload(text: &str) -> String {
    const MARK: &str = "/blobs/uploads/";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(MARK) {
        let after = &rest[at + MARK.len()..];
        let len = after
            .find(|c: char| c.is_whitespace() || c == '"' || c == '\'')
            .unwrap_or(after.len());
        out.push_str(&rest[..at + MARK.len()]);
        if len > 0 {
            out.push_str("[UPLOAD]");
        }
        rest = &after[len..];
    }
    out.push_str(rest);
    out
}

/// A transfer speed such as `1.2 MB/s` becomes `[SPEED]`.
pub fn speed(text: &str) -> String {
    replace_matches(text, "[SPEED]", speed_at)
}

fn speed_at(c: &[char], start: usize) -> Option<usize> {
    let mut i = digits_end(c, start)?;
    if c.get(i) == Some(&'.') {
        if let Some(end) = digits_end(c, i + 1) {
            i = end;
        }
    }
    if c.get(i) == Some(&' ') {
        i += 1;
    }
    if matches!(c.get(i), Some('k' | 'K' | 'M' | 'G' | 'T')) {
        i += 1;
        if c.get(i) == Some(&'i') {
            i += 1;
        }
    }
    (c.get(i..i + 3) == Some(&['B', '/', 's'][..])).then_some(i + 3)
}

/// A Go duration standing alone, such as `25ms` or `1m5s`, becomes `[TIME]`.
pub fn duration(text: &str) -> String {
    replace_matches(text, "[TIME]", duration_at)
}

/// Tries the duration regex at `start`, in the order Python's backtracking would.
fn duration_at(c: &[char], start: usize) -> Option<usize> {
    if start > 0 && (is_word(c[start - 1]) || c[start - 1] == '.') {
        return None;
    }
    for after_h in optional_group(c, start, 'h') {
        for after_m in optional_group(c, after_h, 'm') {
            let Some(mut i) = digits_end(c, after_m) else {
                continue;
            };
            if c.get(i) == Some(&'.') {
                // `(?:\.\d+)?` then a unit: giving the fraction back cannot help, because
                // the unit would have to start at `.`.
                match digits_end(c, i + 1) {
                    Some(end) => i = end,
                    None => continue,
                }
            }
            for unit in ["s", "ms", "µs", "us", "ns"] {
                let unit: Vec<char> = unit.chars().collect();
                let end = i + unit.len();
                if c.get(i..end) == Some(&unit[..]) && !c.get(end).is_some_and(|&n| is_word(n)) {
                    return Some(end);
                }
            }
        }
    }
    None
}

/// Where `(?:\d+<suffix>)?` may end, preferred first: after the group, then without it.
fn optional_group(c: &[char], start: usize, suffix: char) -> Vec<usize> {
    match digits_end(c, start) {
        Some(end) if c.get(end) == Some(&suffix) => vec![end + 1, start],
        _ => vec![start],
    }
}

/// End of a run of one or more ASCII digits starting at `start`.
fn digits_end(c: &[char], start: usize) -> Option<usize> {
    let len = c[start.min(c.len())..]
        .iter()
        .take_while(|d| d.is_ascii_digit())
        .count();
    (len > 0).then_some(start + len)
}

/// `re.sub` over chars: scan left to right, replace each match, continue after it.
fn replace_matches(
    text: &str,
    token: &str,
    matcher: fn(&[char], usize) -> Option<usize>,
) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        match matcher(&chars, i) {
            Some(end) => {
                out.push_str(token);
                i = end;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_like_the_readme_regex() {
        let cases = [
            ("in 25ms.", "in [TIME]."),
            ("took 1.234s", "took [TIME]"),
            (
                "3s 1m5s 2h3m4.5s 7µs 8us 9ns",
                "[TIME] [TIME] [TIME] [TIME] [TIME] [TIME]",
            ),
            ("1m", "1m"),
            ("5msx 5ms_ x5ms 1.5s", "5msx 5ms_ x5ms [TIME]"),
            (".5s v1.5s 1.5.5s", ".5s v1.5s 1.5.5s"),
            ("(10s)", "([TIME])"),
            ("1h", "1h"),
            ("1h5m", "1h5m"),
            ("1h5ms", "[TIME]"),
            ("sha256:12s x.1s", "sha256:[TIME] x.1s"),
            ("a 2s\n3ms", "a [TIME]\n[TIME]"),
            ("élan 4s é4s", "élan [TIME] é4s"),
        ];
        for (input, want) in cases {
            assert_eq!(duration(input), want, "input {input:?}");
        }
    }

    #[test]
    fn logtime_only_at_line_start() {
        let text = "[2025-01-01T00:00:00.123Z] DEBU msg\nx [2025-01-01T00:00:00Z] y\n[2026-11-29T11:50:25Z]";
        assert_eq!(
            logtime(text),
            "[LOGTIME] DEBU msg\nx [2025-01-01T00:00:00Z] y\n[LOGTIME]"
        );
        assert_eq!(
            logtime("[REGISTRY]/x\n[2025-01-01]\n"),
            "[REGISTRY]/x\n[2025-01-01]\n"
        );
    }

    #[test]
    fn upload_sessions() {
        let text = "PUT \"http://[REGISTRY]/v2/a/blobs/uploads/9f0c?_state=x&digest=y\": 400\n/blobs/uploads/ end";
        assert_eq!(
            upload(text),
            "PUT \"http://[REGISTRY]/v2/a/blobs/uploads/[UPLOAD]\": 400\n/blobs/uploads/ end"
        );
    }

    #[test]
    fn speeds() {
        assert_eq!(
            speed("12 B/s, 1.2 MB/s, 3.5KiB/s, 4 GB"),
            "[SPEED], [SPEED], [SPEED], 4 GB"
        );
    }
}
