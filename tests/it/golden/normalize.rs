//! Normalisation of recorded text, in the README's order: literal substitutions (rule 1),
//! volatile values (rule 2, see `patterns`), discover trees (rule 3, see `tree`) and the
//! `unordered_stdout` step option (rule 4).

use super::{patterns, tree};

/// Rule 1: literal strings (registry hosts, work dir, root, binary) and their tokens.
#[derive(Debug, Clone, Default)]
pub struct Literals {
    /// `(literal, token)`, longest literal first.
    pairs: Vec<(String, String)>,
}

impl Literals {
    /// Builds the table; empty literals are dropped, duplicates keep their first token.
    pub fn new(pairs: impl IntoIterator<Item = (String, String)>) -> Literals {
        let mut out: Vec<(String, String)> = Vec::new();
        for (literal, token) in pairs {
            if !literal.is_empty() && !out.iter().any(|(l, _)| *l == literal) {
                out.push((literal, token));
            }
        }
        // Longer strings are replaced first (stable sort keeps the given order on ties).
        out.sort_by_key(|(literal, _)| std::cmp::Reverse(literal.len()));
        Literals { pairs: out }
    }

    /// Replaces every literal by its token, longest literal first.
    pub fn apply(&self, text: &str) -> String {
        let mut text = text.to_string();
        for (literal, token) in &self.pairs {
            if text.contains(literal.as_str()) {
                text = text.replace(literal.as_str(), token);
            }
        }
        text
    }
}

/// The registry spellings that rule 1 replaces for a registry on `port`.
pub fn registry_literals(port: u16, token: &str) -> Vec<(String, String)> {
    ["localhost", "127.0.0.1", "[::1]"]
        .iter()
        .map(|host| (format!("{host}:{port}"), token.to_string()))
        .collect()
}

/// Rules 1 to 4 for a command's stdout or stderr.
pub fn output(literals: &Literals, text: &str, unordered: bool) -> String {
    let text = literals.apply(text);
    let text = patterns::logtime(&text);
    let text = patterns::upload(&text);
    let text = patterns::speed(&text);
    let text = patterns::duration(&text);
    let text = tree::sort_annotations(&text);
    if unordered { sort_lines(&text) } else { text }
}

/// `unordered_stdout`: the lines sorted, joined with `\n`, with a final `\n`.
pub fn sort_lines(text: &str) -> String {
    let mut lines: Vec<&str> = text.split_terminator('\n').collect();
    lines.sort_unstable();
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// Sorts the elements of the first `"manifests":[...]` array as raw text, joined with `,`.
///
/// Used for OCI layout `index.json` files (Go writes them in map order) and for
/// `unordered` referrers checks. Text without such an array is returned unchanged.
pub fn sort_manifests_array(text: &str) -> String {
    let Some(start) = text
        .find("\"manifests\":[")
        .map(|i| i + "\"manifests\":[".len())
    else {
        return text.to_string();
    };
    let Some((elements, end)) = split_array(&text[start..]) else {
        return text.to_string();
    };
    let mut elements = elements;
    elements.sort_unstable();
    format!(
        "{}{}{}",
        &text[..start],
        elements.join(","),
        &text[start + end..]
    )
}

/// Splits the top-level elements of a JSON array body (text after `[`); returns them and
/// the offset of the closing `]`.
fn split_array(body: &str) -> Option<(Vec<&str>, usize)> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut elements = Vec::new();
    let mut element_start = 0;
    for (i, c) in body.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => depth += 1,
            '}' | ']' if depth > 0 => depth -= 1,
            ']' => {
                let last = &body[element_start..i];
                if !(elements.is_empty() && last.trim().is_empty()) {
                    elements.push(last);
                }
                return Some((elements, i));
            }
            ',' if depth == 0 => {
                elements.push(&body[element_start..i]);
                element_start = i + 1;
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn literals() -> Literals {
        let mut pairs = registry_literals(5000, "[REGISTRY]");
        pairs.extend(registry_literals(50001, "[AUTH]"));
        pairs.push(("/tmp/root".into(), "[ROOT]".into()));
        pairs.push(("/tmp/root/w".into(), "[TMP]".into()));
        pairs.push(("/bin/oras".into(), "[ORAS]".into()));
        Literals::new(pairs)
    }

    #[test]
    fn literals_longest_first() {
        let text =
            "localhost:50001 127.0.0.1:5000 [::1]:5000 /tmp/root/w/x /tmp/root/tmp /bin/oras";
        assert_eq!(
            literals().apply(text),
            "[AUTH] [REGISTRY] [REGISTRY] [TMP]/x [ROOT]/tmp [ORAS]"
        );
    }

    #[test]
    fn output_applies_every_rule_in_order() {
        let text = "Successfully restored 2 tag(s) to \"localhost:5000/r\" in 25ms\n";
        assert_eq!(
            output(&literals(), text, false),
            "Successfully restored 2 tag(s) to \"[REGISTRY]/r\" in [TIME]\n"
        );
        assert_eq!(
            output(&literals(), "v2\nv1\nlatest\n", true),
            "latest\nv1\nv2\n"
        );
    }

    #[test]
    fn unordered_lines() {
        assert_eq!(sort_lines("b\na\n"), "a\nb\n");
        assert_eq!(sort_lines("b\na"), "a\nb\n");
        assert_eq!(sort_lines(""), "\n");
    }

    #[test]
    fn manifests_array_sorted_as_raw_text() {
        let index = r#"{"schemaVersion":2,"manifests":[{"digest":"b","annotations":{"x":"],"}},{"digest":"a"}],"z":[3,1]}"#;
        assert_eq!(
            sort_manifests_array(index),
            r#"{"schemaVersion":2,"manifests":[{"digest":"a"},{"digest":"b","annotations":{"x":"],"}}],"z":[3,1]}"#
        );
        assert_eq!(
            sort_manifests_array(r#"{"manifests":[]}"#),
            r#"{"manifests":[]}"#
        );
        assert_eq!(sort_manifests_array("not json"), "not json");
    }
}
