//! Rule 3 of the golden README: `discover` tree annotations, which Go prints in random map
//! order, are sorted under every `[annotations]` line whose children form a well-formed
//! block (same prefix on every child, `├── ` on all but the last, `└── ` on the last).

const TEE: &str = "├── ";
const ELL: &str = "└── ";

/// Sorts the children of every `[annotations]` node and redraws their connectors.
pub fn sort_annotations(text: &str) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].ends_with("[annotations]") {
            if let Some((prefix, count)) = block(&lines, i) {
                let children = i + 1..i + 1 + count;
                let mut texts: Vec<String> = lines[children.clone()]
                    .iter()
                    .map(|line| line[prefix.len() + TEE.len()..].to_string())
                    .collect();
                texts.sort_unstable();
                for (n, (line, text)) in lines[children].iter_mut().zip(texts).enumerate() {
                    let connector = if n + 1 == count { ELL } else { TEE };
                    *line = format!("{prefix}{connector}{text}");
                }
            }
        }
        i += 1;
    }
    lines.join("\n")
}

/// The children of the node on line `at`: their common prefix and how many there are, when
/// they form a well-formed block.
fn block(lines: &[String], at: usize) -> Option<(String, usize)> {
    let first = lines.get(at + 1)?;
    let prefix = tree_prefix(first);
    // Children sit deeper than their parent's own connector.
    if prefix.chars().count() <= tree_prefix(&lines[at]).chars().count() {
        return None;
    }
    let mut count = 0;
    for line in &lines[at + 1..] {
        let rest = line.strip_prefix(prefix.as_str())?;
        count += 1;
        if rest.starts_with(ELL) {
            return Some((prefix, count));
        }
        if !rest.starts_with(TEE) {
            return None;
        }
    }
    None
}

/// The indentation before a line's connector: a run of `│   ` and `    ` groups.
fn tree_prefix(line: &str) -> String {
    let mut rest = line;
    let mut prefix = String::new();
    while let Some(group) = ["│   ", "    "].into_iter().find(|g| rest.starts_with(g)) {
        prefix.push_str(group);
        rest = &rest[group.len()..];
    }
    prefix
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_annotation_blocks_at_any_depth() {
        let text = "\
[ZOT]/app@sha256:8a
├── application/vnd.example.signature.v1
│   └── sha256:90
│       ├── [annotations]
│       │   ├── z: 1
│       │   └── a: 2
│       └── application/vnd.example.countersign.v1
│           └── sha256:a7
│               └── [annotations]
│                   └── org.opencontainers.image.created: \"2025-01-01T00:00:00Z\"
└── application/vnd.example.sbom.v1
    └── sha256:b1
        └── [annotations]
            ├── org.opencontainers.image.created: \"2025-01-01T00:00:00Z\"
            ├── com.example.tool: demo
            └── com.example.stage: build
";
        let want = "\
[ZOT]/app@sha256:8a
├── application/vnd.example.signature.v1
│   └── sha256:90
│       ├── [annotations]
│       │   ├── a: 2
│       │   └── z: 1
│       └── application/vnd.example.countersign.v1
│           └── sha256:a7
│               └── [annotations]
│                   └── org.opencontainers.image.created: \"2025-01-01T00:00:00Z\"
└── application/vnd.example.sbom.v1
    └── sha256:b1
        └── [annotations]
            ├── com.example.stage: build
            ├── com.example.tool: demo
            └── org.opencontainers.image.created: \"2025-01-01T00:00:00Z\"
";
        assert_eq!(sort_annotations(text), want);
    }

    #[test]
    fn leaves_malformed_blocks_alone() {
        // The block never reaches a `└── ` child: not well-formed.
        let text = "x\n└── [annotations]\n    ├── b: 1\n    ├── a: 2\n";
        assert_eq!(sort_annotations(text), text);
        // Siblings instead of children.
        let text = "├── [annotations]\n└── b\n";
        assert_eq!(sort_annotations(text), text);
    }
}
