//! Readable failure reports: which part of which step differs, with a line diff.

use std::fmt::Write as _;

/// Lines of context kept around each change.
const CONTEXT: usize = 3;
/// Above this many lines on either side, both texts are printed whole instead of diffed.
const MAX_DIFF_LINES: usize = 3000;

/// One compared part of a step (exit code, stdout, ...).
#[derive(Debug)]
pub struct Part {
    pub name: String,
    pub expected: String,
    pub actual: String,
}

impl Part {
    pub fn new(name: impl Into<String>, expected: String, actual: String) -> Part {
        Part {
            name: name.into(),
            expected,
            actual,
        }
    }

    pub fn differs(&self) -> bool {
        self.expected != self.actual
    }
}

/// A diff of `expected` (`-`) against `actual` (`+`), with context, and a note when only
/// the final newline differs.
pub fn diff(expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.split_terminator('\n').collect();
    let act: Vec<&str> = actual.split_terminator('\n').collect();
    let mut out = String::new();
    if exp.len() > MAX_DIFF_LINES || act.len() > MAX_DIFF_LINES {
        let _ = writeln!(out, "  expected ({} lines):\n{expected}", exp.len());
        let _ = writeln!(out, "  actual ({} lines):\n{actual}", act.len());
        return out;
    }
    let ops = line_ops(&exp, &act);
    let changed: Vec<usize> = (0..ops.len()).filter(|&i| ops[i].0 != ' ').collect();
    let mut last_shown: Option<usize> = None;
    for (i, (tag, line)) in ops.iter().enumerate() {
        let near = changed.iter().any(|&c| c.abs_diff(i) <= CONTEXT);
        if !near {
            continue;
        }
        if last_shown.is_some_and(|l| l + 1 != i) || (last_shown.is_none() && i > 0) {
            out.push_str("  ...\n");
        }
        let _ = writeln!(out, "  {tag} {}", visible(line));
        last_shown = Some(i);
    }
    if last_shown.is_some_and(|l| l + 1 < ops.len()) {
        out.push_str("  ...\n");
    }
    let (exp_nl, act_nl) = (expected.ends_with('\n'), actual.ends_with('\n'));
    let both_present = !expected.is_empty() && !actual.is_empty();
    if (exp_nl != act_nl && both_present) || (changed.is_empty() && expected != actual) {
        let _ = writeln!(
            out,
            "  (final newline: expected {}, actual {})",
            if exp_nl { "yes" } else { "no" },
            if act_nl { "yes" } else { "no" }
        );
    }
    out
}

/// `(tag, line)` with tag `' '` (both), `'-'` (expected only) or `'+'` (actual only), by LCS.
fn line_ops<'a>(exp: &[&'a str], act: &[&'a str]) -> Vec<(char, &'a str)> {
    let (n, m) = (exp.len(), act.len());
    // lcs[i][j] = LCS length of exp[i..] and act[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if exp[i] == act[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ops = Vec::with_capacity(n + m);
    while i < n || j < m {
        if i < n && j < m && exp[i] == act[j] {
            ops.push((' ', exp[i]));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            ops.push(('+', act[j]));
            j += 1;
        } else {
            ops.push(('-', exp[i]));
            i += 1;
        }
    }
    // Show removals before additions within each changed run.
    let mut k = 0;
    while k < ops.len() {
        let start = k;
        while k < ops.len() && ops[k].0 != ' ' {
            k += 1;
        }
        ops[start..k].sort_by_key(|(tag, _)| *tag != '-');
        k += 1;
    }
    ops
}

/// Control characters (other than tab) shown escaped, so invisible differences show.
fn visible(line: &str) -> String {
    line.chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_marks_changes_with_context() {
        let expected = "a\nb\nc\nd\ne\nf\ng\nh\ni\n";
        let actual = "a\nb\nc\nd\nE\nf\ng\nh\ni\nj\n";
        assert_eq!(
            diff(expected, actual),
            "  ...\n    b\n    c\n    d\n  - e\n  + E\n    f\n    g\n    h\n    i\n  + j\n"
        );
    }

    #[test]
    fn diff_notes_the_final_newline_and_control_chars() {
        assert_eq!(
            diff("x\n", "x"),
            "  (final newline: expected yes, actual no)\n"
        );
        assert_eq!(diff("x\n", "x\r\n"), "  - x\n  + x\\r\n");
    }
}
