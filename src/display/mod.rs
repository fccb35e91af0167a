//! The display layer: the only code that prints. Status lines (stdout, text mode), metadata
//! (the result of a command in text, JSON or go-template), warnings and debug logs (stderr),
//! and the library's notices (`notices.rs`).

pub mod backup;
pub mod debug;
pub mod discover;
pub mod help;
pub mod humanize;
pub mod listing;
pub mod metadata;
pub mod notices;
pub mod printer;
pub mod progress;
pub mod status;
pub mod tree;
pub mod yaml;

pub use printer::Printer;

/// How the result of a command is rendered (`--format`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    GoTemplate(String),
    Tree,
    Table,
}

impl Format {
    pub fn is_text(&self) -> bool {
        matches!(self, Format::Text | Format::Tree | Format::Table)
    }
}

/// Print a warning line on stderr.
#[allow(clippy::print_stderr, reason = "display is where the crate prints")]
pub fn warn(msg: &str) {
    eprintln!("{msg}");
}
