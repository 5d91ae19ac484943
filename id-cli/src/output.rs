//! Where output goes and how it looks: data on stdout, errors on stderr, colors only on a terminal.

use std::fmt;
use std::io::{self, IsTerminal, Write};

use id_manifest::{Diagnostic, Failure};

/// How a command that ran to the end went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Exit 0.
    Success,
    /// Exit 1: the command reported what is wrong (an invalid ID, a breaking change) on its own.
    Failure,
}

/// Why a command stopped; `main` prints it on stderr and exits with 1.
#[derive(Debug)]
pub(crate) enum Error {
    /// Printed as `error: {message}`; may span several lines (`help:` lines included).
    Message(String),
    /// The manifest is not valid: every diagnostic, then a one-line summary.
    Manifest(Failure),
    /// Writing the output failed (a broken pipe is not reported).
    Io(io::Error),
}

impl From<io::Error> for Error {
    fn from(error: io::Error) -> Error {
        Error::Io(error)
    }
}

impl Error {
    /// An error with a message.
    pub(crate) fn msg(message: impl Into<String>) -> Error {
        Error::Message(message.into())
    }
}

/// Prints `error` on stderr; a failure to write there is ignored, since there is nowhere left to report it.
pub(crate) fn report_error(paint: &Paint, error: &Error) {
    let text = match error {
        Error::Message(message) => format!("{}: {message}", paint.error("error")),
        Error::Manifest(failure) => manifest_failure(paint, failure),
        Error::Io(error) => format!("{}: cannot write the output: {error}", paint.error("error")),
    };
    let _ = writeln!(io::stderr().lock(), "{text}");
}

/// Every diagnostic exactly as `Diagnostic`'s `Display` renders it (the text the macro shows), separated by blank
/// lines, then `error: FILE has N errors`.
pub(crate) fn manifest_failure(paint: &Paint, failure: &Failure) -> String {
    let mut text = String::new();
    for diagnostic in &failure.diagnostics {
        text.push_str(&paint.diagnostic(diagnostic));
        text.push_str("\n\n");
    }
    let count = failure.diagnostics.len();
    text.push_str(&format!(
        "{}: {} has {count} {}",
        paint.error("error"),
        failure.partial.file,
        plural(count, "error", "errors")
    ));
    text
}

/// `"error"` or `"errors"`.
pub(crate) fn plural<'a>(count: usize, one: &'a str, many: &'a str) -> &'a str {
    if count == 1 { one } else { many }
}

/// Writes a warning line on stderr.
pub(crate) fn warn(message: impl fmt::Display) {
    let paint = Paint::stderr();
    let _ = writeln!(
        io::stderr().lock(),
        "{}: {message}",
        paint.warning("warning")
    );
}

/// Writes a `note:` line on stderr, for people at a terminal.
pub(crate) fn hint(message: impl fmt::Display) {
    let paint = Paint::stderr();
    let _ = writeln!(io::stderr().lock(), "{}: {message}", paint.help("note"));
}

/// ANSI colors, enabled only for a terminal and when `NO_COLOR` is unset or empty (<https://no-color.org>).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Paint {
    enabled: bool,
}

impl Paint {
    /// Colors for stdout.
    pub(crate) fn stdout() -> Paint {
        Paint::new(io::stdout().is_terminal())
    }

    /// Colors for stderr.
    pub(crate) fn stderr() -> Paint {
        Paint::new(io::stderr().is_terminal())
    }

    fn new(is_terminal: bool) -> Paint {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        Paint {
            enabled: colors_enabled(is_terminal, no_color),
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.enabled {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    /// Bold red, for `error` and `breaking`.
    pub(crate) fn error(&self, text: &str) -> String {
        self.paint("1;31", text)
    }

    /// Bold yellow, for `warning`.
    pub(crate) fn warning(&self, text: &str) -> String {
        self.paint("1;33", text)
    }

    /// Green, for what went well or was added.
    pub(crate) fn good(&self, text: &str) -> String {
        self.paint("32", text)
    }

    /// Cyan, for `help`.
    pub(crate) fn help(&self, text: &str) -> String {
        self.paint("1;36", text)
    }

    /// Bold, for headings.
    pub(crate) fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    /// Dim, for secondary information.
    pub(crate) fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    /// A diagnostic; without colors, exactly its `Display`.
    pub(crate) fn diagnostic(&self, diagnostic: &Diagnostic) -> String {
        let text = diagnostic.to_string();
        if !self.enabled {
            return text;
        }
        text.lines()
            .enumerate()
            .map(|(index, line)| match line.strip_prefix("help:") {
                Some(rest) => format!("{}:{rest}", self.help("help")),
                None if index == 0 => self.bold(line),
                None => line.to_owned(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The decision, apart from the environment so that it can be tested.
fn colors_enabled(is_terminal: bool, no_color: bool) -> bool {
    is_terminal && !no_color
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colors_only_on_a_terminal_without_no_color() {
        assert!(colors_enabled(true, false));
        assert!(!colors_enabled(true, true));
        assert!(!colors_enabled(false, false));
        assert!(!colors_enabled(false, true));
    }

    #[test]
    fn without_colors_a_diagnostic_is_its_display() {
        let failure =
            id_manifest::parse("[types.run]\nprefix = \"Run\"\n", "ids.toml").unwrap_err();
        let diagnostic = &failure.diagnostics[0];
        let plain = Paint { enabled: false };
        assert_eq!(plain.diagnostic(diagnostic), diagnostic.to_string());
        let colored = Paint { enabled: true }.diagnostic(diagnostic);
        assert!(colored.contains("\x1b[1m") && colored.contains("\x1b[1;36mhelp"));
    }
}
