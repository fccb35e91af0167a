//! Per-scenario masking of values the Rust port is not required to reproduce.
//!
//! `push-directory` (README "Things worth knowing"): the directory layer is Go's gzip
//! output, so its digest and size, the `io.deis.oras.content.digest` of the tar, and the
//! manifest digest and size that follow from them are masked, with their 12-hex short
//! forms. The values are learned from the named manifest check: the recorded one for the
//! expected side, our registry's for the actual side, and each side is masked with its own
//! values, so everything else must still match byte for byte.

use serde_json::Value;

/// Masking options, chosen per scenario in `golden/mod.rs`.
#[derive(Debug, Clone, Copy)]
pub enum Mask {
    /// Mask the tar+gzip directory layer found in the manifest check named `manifest`.
    DirectoryLayer { manifest: &'static str },
}

/// The learned substitutions for both sides of a comparison.
#[derive(Debug, Default)]
pub struct Masker {
    expected: Vec<(String, String)>,
    actual: Vec<(String, String)>,
}

impl Masker {
    /// Learns the expected side from a recorded state line and manifest body.
    pub fn learn_expected(&mut self, mask: Mask, state_line: &str, body: &str) {
        self.expected = substitutions(mask, state_line, body);
    }

    /// Learns the actual side from our state line and manifest body.
    pub fn learn_actual(&mut self, mask: Mask, state_line: &str, body: &str) {
        self.actual = substitutions(mask, state_line, body);
    }

    pub fn expected(&self, text: &str) -> String {
        apply(&self.expected, text)
    }

    pub fn actual(&self, text: &str) -> String {
        apply(&self.actual, text)
    }
}

impl Mask {
    /// The manifest check whose line and body the values are learned from.
    pub fn manifest_name(self) -> &'static str {
        match self {
            Mask::DirectoryLayer { manifest } => manifest,
        }
    }
}

fn apply(pairs: &[(String, String)], text: &str) -> String {
    pairs.iter().fold(text.to_string(), |text, (from, to)| {
        text.replace(from.as_str(), to)
    })
}

/// Ordered substitutions: full hex digests, then short digests, then sizes.
fn substitutions(mask: Mask, state_line: &str, body: &str) -> Vec<(String, String)> {
    let Mask::DirectoryLayer { .. } = mask;
    let mut hexes: Vec<(String, &str)> = Vec::new();
    let mut sizes: Vec<(String, &str)> = Vec::new();
    // `... -> 200 <type> sha256:<hex> <N> bytes => <name>.json`
    let words: Vec<&str> = state_line.split(' ').collect();
    if let Some(at) = words.iter().position(|w| *w == "bytes") {
        if at >= 2 {
            if let Some(hex) = words[at - 2].strip_prefix("sha256:") {
                hexes.push((hex.to_string(), "MANIFEST"));
            }
            sizes.push((words[at - 1].to_string(), "MANIFEST"));
        }
    }
    let manifest: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    let layers = manifest["layers"].as_array().cloned().unwrap_or_default();
    for layer in layers
        .iter()
        .filter(|l| l["annotations"]["io.deis.oras.content.unpack"] == "true")
    {
        if let Some(hex) = layer["digest"]
            .as_str()
            .and_then(|d| d.strip_prefix("sha256:"))
        {
            hexes.push((hex.to_string(), "DIR-LAYER"));
        }
        if let Some(size) = layer["size"].as_u64() {
            sizes.push((size.to_string(), "DIR-LAYER"));
        }
        let tar = layer["annotations"]["io.deis.oras.content.digest"].as_str();
        if let Some(hex) = tar.and_then(|d| d.strip_prefix("sha256:")) {
            hexes.push((hex.to_string(), "DIR-TAR"));
        }
    }
    let mut pairs = Vec::new();
    for (hex, what) in &hexes {
        pairs.push((hex.clone(), format!("<masked {what} digest>")));
    }
    for (hex, what) in &hexes {
        if let Some(short) = hex.get(..12) {
            pairs.push((short.to_string(), format!("<masked {what} short digest>")));
        }
    }
    for (size, what) in &sizes {
        let token = format!("<masked {what} size>");
        pairs.push((format!(" {size} bytes =>"), format!(" {token} bytes =>")));
        pairs.push((format!("\"size\":{size}"), format!("\"size\":{token}")));
        pairs.push((format!("\"size\": {size}"), format!("\"size\": {token}")));
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    const MASK: Mask = Mask::DirectoryLayer { manifest: "dir_v1" };

    fn line(hex: &str, size: u32) -> String {
        format!(
            "manifest [REGISTRY] dir v1 -> 200 application/vnd.oci.image.manifest.v1+json \
             sha256:{hex} {size} bytes => dir_v1.json"
        )
    }

    fn body(layer: &str, size: u32, tar: &str) -> String {
        format!(
            r#"{{"layers":[{{"digest":"sha256:{layer}","size":{size},"annotations":{{"io.deis.oras.content.digest":"sha256:{tar}","io.deis.oras.content.unpack":"true"}}}},{{"digest":"sha256:{other}","size":6}}]}}"#,
            other = "e".repeat(64)
        )
    }

    #[test]
    fn both_sides_mask_to_the_same_text() {
        let (a, b, c) = ("a".repeat(64), "b".repeat(64), "c".repeat(64));
        let (x, y, z) = ("1".repeat(64), "2".repeat(64), "3".repeat(64));
        let mut masker = Masker::default();
        masker.learn_expected(MASK, &line(&a, 938), &body(&b, 259, &c));
        masker.learn_actual(MASK, &line(&x, 941), &body(&y, 262, &z));

        assert_eq!(
            masker.expected(&line(&a, 938)),
            masker.actual(&line(&x, 941))
        );
        assert_eq!(
            masker.expected(&body(&b, 259, &c)),
            masker.actual(&body(&y, 262, &z))
        );
        let status =
            |m: &str, l: &str| format!("Uploaded  {} site\nDigest: sha256:{m}\n", &l[..12]);
        assert_eq!(
            masker.expected(&status(&a, &b)),
            masker.actual(&status(&x, &y))
        );
        // The unmasked layer still differs when it differs.
        assert_ne!(
            masker.expected(&format!("{} notes.txt", "e".repeat(12))),
            masker.actual(&format!("{} notes.txt", "f".repeat(12)))
        );
    }
}
