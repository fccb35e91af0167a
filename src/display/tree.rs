//! A text tree (oras `internal/tree`): nodes keep insertion order, `add_path` reuses an
//! existing child with the same value, and printing draws `├── `, `└── `, `│   ` connectors.

/// One node of a tree.
#[derive(Debug, Clone, Default)]
pub struct TreeNode {
    pub value: String,
    pub children: Vec<TreeNode>,
}

impl TreeNode {
    pub fn new(value: impl Into<String>) -> Self {
        TreeNode {
            value: value.into(),
            children: Vec::new(),
        }
    }

    /// Append a child and return it.
    pub fn add(&mut self, value: impl Into<String>) -> &mut TreeNode {
        self.children.push(TreeNode::new(value));
        let last = self.children.len() - 1;
        &mut self.children[last]
    }

    /// Walk down `values`, reusing children with the same value, creating the rest.
    pub fn add_path(&mut self, values: &[&str]) -> &mut TreeNode {
        let mut current = self;
        for v in values {
            let pos = match current.children.iter().position(|c| c.value == *v) {
                Some(p) => p,
                None => {
                    current.children.push(TreeNode::new(*v));
                    current.children.len() - 1
                }
            };
            current = &mut current.children[pos];
        }
        current
    }

    /// The whole tree as text, one line per node, each ending in a newline.
    pub fn render(&self) -> String {
        let mut out = format!("{}\n", self.value);
        render_children(&self.children, "", &mut out);
        out
    }
}

fn render_children(children: &[TreeNode], prefix: &str, out: &mut String) {
    for (i, child) in children.iter().enumerate() {
        let last = i + 1 == children.len();
        let (edge, next) = if last {
            ("└── ", "    ")
        } else {
            ("├── ", "│   ")
        };
        // a multi-line value keeps the tree's indentation on its following lines
        let mut lines = child.value.split('\n');
        out.push_str(&format!(
            "{prefix}{edge}{}\n",
            lines.next().unwrap_or_default()
        ));
        let cont = if child.children.is_empty() {
            format!("{prefix}{next}")
        } else {
            format!("{prefix}{next}│   ")
        };
        for l in lines {
            out.push_str(&format!("{cont}{l}\n"));
        }
        render_children(&child.children, &format!("{prefix}{next}"), out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_connectors() {
        let mut root = TreeNode::new("root");
        root.add_path(&["a", "1"]).add("x");
        root.add_path(&["b", "2"]);
        root.add_path(&["a", "3"]);
        assert_eq!(
            root.render(),
            "root\n├── a\n│   ├── 1\n│   │   └── x\n│   └── 3\n└── b\n    └── 2\n"
        );
    }
}
