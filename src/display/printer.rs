//! `Printer`: whole lines to stdout under a lock, with oras's rule that status lines of
//! descriptors without a title only show when verbose.

use crate::content::Descriptor;
use std::collections::HashSet;
use std::io::Write;
use std::sync::Mutex;

/// Serialised access to stdout.
pub struct Printer {
    verbose: bool,
    /// When false, status lines are dropped (JSON/template output, TTY mode).
    status_enabled: bool,
    printed: Mutex<HashSet<(String, String)>>,
}

impl Printer {
    pub fn new(verbose: bool, status_enabled: bool) -> Self {
        Printer {
            verbose,
            status_enabled,
            printed: Mutex::new(HashSet::new()),
        }
    }

    /// Write one line to stdout. A closed pipe is not an error worth reporting.
    pub fn println(&self, line: &str) {
        let out = std::io::stdout();
        let mut lock = out.lock();
        let _ = writeln!(lock, "{line}");
        let _ = lock.flush();
    }

    /// Write bytes to stdout as they are.
    pub fn write_raw(&self, bytes: &[u8]) {
        let out = std::io::stdout();
        let mut lock = out.lock();
        let _ = lock.write_all(bytes);
        let _ = lock.flush();
    }

    /// `<prompt> <short digest> <title or media type>`.
    pub fn status(&self, prompt: &str, desc: &Descriptor) {
        if !self.status_enabled || (!self.verbose && desc.title().is_none()) {
            return;
        }
        self.println(&format!(
            "{prompt} {} {}",
            desc.digest.short(),
            desc.display_name()
        ));
    }

    /// Like `status`, but only the first time this prompt is printed for this descriptor.
    pub fn status_once(&self, prompt: &str, desc: &Descriptor) {
        let key = (
            prompt.to_string(),
            format!("{}{}", desc.digest, desc.display_name()),
        );
        let first = self
            .printed
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(key);
        if first {
            self.status(prompt, desc);
        }
    }

    /// A free-form status line (e.g. `Preparing hi.txt`), shown only in text status mode.
    pub fn status_line(&self, line: &str) {
        if self.status_enabled {
            self.println(line);
        }
    }

    pub fn verbose(&self) -> bool {
        self.verbose
    }
}
