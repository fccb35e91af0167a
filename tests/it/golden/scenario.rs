//! One golden scenario folder: `scenario.json` (replayed) and the recorded `NN.*` files.
//!
//! Unknown fields are rejected so that a transcript using an option this harness does not
//! implement fails loudly instead of being replayed wrongly.

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// `scenario.json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub name: String,
    #[allow(dead_code)]
    pub doc: String,
    /// Which of `reg`, `zot`, `auth` to start.
    pub registries: Vec<String>,
    pub uses_down_port: bool,
    pub mask_created: bool,
    pub inputs: Vec<Input>,
    pub steps: Vec<Step>,
}

/// A file or directory created in the work dir before the first step.
#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
pub enum Input {
    File {
        path: String,
        mode: String,
        text: Option<String>,
        base64: Option<String>,
    },
    Dir {
        path: String,
        mode: String,
    },
}

/// One command and what to check after it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub cmd: String,
    pub stdin: Option<String>,
    pub expect_exit: i32,
    #[serde(default)]
    pub state: Vec<StateCheck>,
    #[serde(default)]
    pub unordered_stdout: bool,
    /// Not used by the public set; rejected when present (semantics unknown).
    pub filter: Option<serde_json::Value>,
    /// Not used by the public set; rejected when present (semantics unknown).
    pub mask: Option<serde_json::Value>,
    pub compare_files: Option<bool>,
}

/// A registry check after a step.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateCheck {
    /// `manifest`, `tagschema`, `referrers`, `tags`, `catalog` or `blob`.
    pub kind: String,
    /// A placeholder: `{reg}`, `{zot}` or `{auth}`.
    pub registry: String,
    pub repo: Option<String>,
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    pub name: Option<String>,
    pub digest: Option<String>,
    pub unordered: Option<bool>,
}

/// What was recorded for one step.
#[derive(Debug)]
pub struct Expected {
    pub exit: i32,
    pub stdin: Vec<u8>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub files: String,
    pub state: String,
}

/// A loaded scenario folder.
#[derive(Debug)]
pub struct Folder {
    pub dir: PathBuf,
    pub scenario: Scenario,
}

impl Folder {
    /// Reads `<golden>/<name>/scenario.json`.
    pub fn load(golden: &Path, name: &str) -> Folder {
        let dir = golden.join(name);
        let json = std::fs::read_to_string(dir.join("scenario.json")).unwrap_or_else(|err| {
            panic!("cannot read {}: {err}", dir.join("scenario.json").display())
        });
        let scenario: Scenario = serde_json::from_str(&json)
            .unwrap_or_else(|err| panic!("{}/scenario.json: {err}", dir.display()));
        assert_eq!(scenario.name, name, "scenario.json names another scenario");
        Folder { dir, scenario }
    }

    /// The recorded results of step `n` (1-based).
    pub fn expected(&self, n: usize) -> Expected {
        let step = &self.scenario.steps[n - 1];
        let exit_text = String::from_utf8(self.required(n, "exit")).expect("NN.exit is text");
        let exit: i32 = exit_text
            .trim()
            .parse()
            .unwrap_or_else(|err| panic!("{:02}.exit {exit_text:?}: {err}", n));
        assert_eq!(
            exit, step.expect_exit,
            "{:02}.exit disagrees with expect_exit in scenario.json",
            n
        );
        // NN.stdin holds the exact bytes; scenario.json's `stdin` is the same as text.
        let stdin = self
            .optional(n, "stdin")
            .or_else(|| step.stdin.as_ref().map(|s| s.clone().into_bytes()))
            .unwrap_or_default();
        Expected {
            exit,
            stdin,
            stdout: self.required(n, "stdout"),
            stderr: self.required(n, "stderr"),
            files: self.optional_text(n, "files"),
            state: self.optional_text(n, "state"),
        }
    }

    /// `NN.manifest.<name>.json`, if recorded.
    pub fn manifest(&self, n: usize, name: &str) -> Option<String> {
        self.optional_utf8(n, &format!("manifest.{name}.json"))
    }

    /// `NN.file.<path>` (the normalised content of a small text file), if recorded.
    pub fn file(&self, n: usize, path: &str) -> Option<String> {
        self.optional_utf8(n, &format!("file.{}", path.replace('/', "__")))
    }

    fn path(&self, n: usize, suffix: &str) -> PathBuf {
        self.dir.join(format!("{n:02}.{suffix}"))
    }

    fn required(&self, n: usize, suffix: &str) -> Vec<u8> {
        let path = self.path(n, suffix);
        std::fs::read(&path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
    }

    fn optional(&self, n: usize, suffix: &str) -> Option<Vec<u8>> {
        std::fs::read(self.path(n, suffix)).ok()
    }

    fn optional_utf8(&self, n: usize, suffix: &str) -> Option<String> {
        let bytes = self.optional(n, suffix)?;
        Some(String::from_utf8(bytes).unwrap_or_else(|_| panic!("{n:02}.{suffix} is not UTF-8")))
    }

    fn optional_text(&self, n: usize, suffix: &str) -> String {
        self.optional_utf8(n, suffix).unwrap_or_default()
    }
}
