//! The result lines of `oras backup` and `oras restore` (text, stdout): tags found, one line
//! per tag done, tar export/load, and the closing summary with its duration.

use super::Printer;
use super::humanize::{format_duration, to_bytes};
use std::time::Duration;

/// Up to this many tags are listed on the `Found` line itself; more go one per line.
const INLINE_TAGS: usize = 5;

fn tags_found(printer: &Printer, head: &str, none: &str, tags: &[String]) {
    match tags.len() {
        0 => printer.println(none),
        n if n <= INLINE_TAGS => printer.println(&format!("{head}: {}", tags.join(", "))),
        _ => {
            printer.println(&format!("{head}:"));
            for t in tags {
                printer.println(t);
            }
        }
    }
}

/// `oras backup` lines.
pub struct BackupDisplay<'a> {
    pub printer: &'a Printer,
    /// `registry/repository`
    pub repo: &'a str,
}

impl BackupDisplay<'_> {
    pub fn tags_found(&self, tags: &[String]) {
        let head = format!("Found {} tag(s) in {}", tags.len(), self.repo);
        tags_found(
            self.printer,
            &head,
            &format!("No tags found in {}", self.repo),
            tags,
        );
    }

    pub fn artifact_pulled(&self, tag: &str, referrers: usize) {
        self.printer
            .println(&format!("Pulled tag {tag} with {referrers} referrer(s)"));
    }

    pub fn tar_exporting(&self, path: &str) {
        self.printer.println(&format!("Exporting to {path}"));
    }

    pub fn tar_exported(&self, path: &str, size: i64) {
        self.printer
            .println(&format!("Exported to {path} ({})", to_bytes(size)));
    }

    pub fn completed(&self, tags: usize, path: &str, elapsed: Duration) {
        self.printer.println(&format!(
            "Successfully backed up {tags} tag(s) from {:?} to {path:?} in {}.",
            self.repo,
            format_duration(elapsed)
        ));
    }
}

/// `oras restore` lines.
pub struct RestoreDisplay<'a> {
    pub printer: &'a Printer,
    pub dry_run: bool,
}

impl RestoreDisplay<'_> {
    pub fn tar_loaded(&self, path: &str, size: i64) {
        self.printer.println(&format!(
            "Loaded backup archive: {path} ({})",
            to_bytes(size)
        ));
    }

    pub fn tags_found(&self, tags: &[String]) {
        let head = format!("Found {} tag(s) in the backup", tags.len());
        tags_found(self.printer, &head, "No tags found in the backup", tags);
    }

    pub fn artifact_pushed(&self, tag: &str, referrers: usize) {
        let line = if self.dry_run {
            format!("Dry run: would push tag {tag} with {referrers} referrer(s)")
        } else {
            format!("Pushed tag {tag} with {referrers} referrer(s)")
        };
        self.printer.println(&line);
    }

    pub fn completed(&self, tags: usize, repo: &str, elapsed: Duration) {
        let line = if self.dry_run {
            format!(
                "Dry run complete: {tags} tag(s) would be restored to {repo:?} (no data pushed)"
            )
        } else {
            format!(
                "Successfully restored {tags} tag(s) to {repo:?} in {}",
                format_duration(elapsed)
            )
        };
        self.printer.println(&line);
    }
}
