//! Diagnostics: what was wrong in ids.toml, and where.

use std::fmt;

/// A position in a manifest file: 1-based line and column (columns count characters, as rustc's do).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The file as shown to the user (`ids.toml`, `fixtures/ids.toml`).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// One problem found in a manifest.
///
/// `Display` renders `ids.toml:3:10: message`, then a rustc-like snippet of the source line with a caret when
/// `source_line` is known, then a `help: …` line when there is a suggestion. [`Diagnostic::headline`] is the short
/// form without the snippet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where the problem is.
    pub location: Location,
    /// What is wrong, naming the offending value.
    pub message: String,
    /// How to fix it, when a fix can be suggested.
    pub help: Option<String>,
    /// The source line the location points into, without its line break, when known.
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// A diagnostic at byte `offset` of `text`, with the location and source line filled in.
    pub fn at(text: &str, file: &str, offset: usize, message: impl Into<String>) -> Self {
        let (location, source_line) = locate(text, file, offset);
        Diagnostic {
            location,
            message: message.into(),
            help: None,
            source_line: Some(source_line),
        }
    }

    /// The same diagnostic with a `help:` suggestion.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The short form without the source snippet: `ids.toml:3:10: message`, then `help: …` on its own line.
    ///
    /// The proc macro uses this, since rustc already shows where the `compile_error!` comes from.
    pub fn headline(&self) -> String {
        match &self.help {
            Some(help) => format!("{}: {}\nhelp: {help}", self.location, self.message),
            None => format!("{}: {}", self.location, self.message),
        }
    }
}

/// Renders like rustc:
///
/// ```text
/// ids.toml:3:10: prefix `Run` is not valid: invalid character `R` at position 1
///    |
///  3 | prefix = "Run"
///    |          ^
/// help: prefixes are lowercase: use `run`
/// ```
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)?;
        if let Some(line) = &self.source_line {
            let number = self.location.line.to_string();
            let gutter = " ".repeat(number.len() + 1);
            let (line, column) = snippet_window(line, self.location.column);
            // Mirror tabs before the caret so it lines up however the terminal renders them.
            let caret_pad: String = line
                .chars()
                .chain(std::iter::repeat(' '))
                .take(column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let separator = if line.is_empty() { "" } else { " " };
            write!(
                f,
                "\n{gutter} |\n {number} |{separator}{line}\n{gutter} | {caret_pad}^"
            )?;
        }
        if let Some(help) = &self.help {
            write!(f, "\nhelp: {help}")?;
        }
        Ok(())
    }
}

/// The widest source line shown whole; longer ones show a window around the column.
const SNIPPET_WIDTH: usize = 100;

/// A very long line (minified TOML, hostile input) is cut to a window around `column`, marked with `…`, so an error
/// stays readable; returns the text to show and the column within it.
fn snippet_window(line: &str, column: usize) -> (String, usize) {
    let length = line.chars().count();
    if length <= SNIPPET_WIDTH {
        return (line.to_owned(), column);
    }
    let start = column
        .saturating_sub(SNIPPET_WIDTH / 2)
        .min(length - SNIPPET_WIDTH);
    let mut window: String = line.chars().skip(start).take(SNIPPET_WIDTH).collect();
    let mut column = column - start;
    if start > 0 {
        window.insert(0, '…');
        column += 1;
    }
    if start + SNIPPET_WIDTH < length {
        window.push('…');
    }
    (window, column)
}

/// The 1-based line and character column of byte `offset` in `text`, and that line's text.
///
/// An offset past the end or inside a character is moved back to the nearest character boundary, so a bad span can
/// never panic.
pub(crate) fn locate(text: &str, file: &str, offset: usize) -> (Location, String) {
    LineIndex::new(text).locate(text, file, offset)
}

/// Where each line of a text starts, built once so that each lookup is a binary search rather than a scan from the
/// top: a manifest of 10,000 kinds locates 10,000 declarations.
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts }
    }

    /// See [`locate`].
    pub(crate) fn locate(&self, text: &str, file: &str, offset: usize) -> (Location, String) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        // `starts[0] == 0 <= offset`, so at least one start qualifies.
        let line = self.starts.partition_point(|&start| start <= offset).max(1) - 1;
        let line_start = self.starts.get(line).copied().unwrap_or(0);
        let line_end = self
            .starts
            .get(line + 1)
            .map_or(text.len(), |next| next - 1);
        let line_text = text.get(line_start..line_end).unwrap_or_default();
        let column = text
            .get(line_start..offset)
            .unwrap_or_default()
            .chars()
            .count()
            + 1;
        let location = Location {
            file: file.to_owned(),
            line: line + 1,
            column,
        };
        (
            location,
            line_text.strip_suffix('\r').unwrap_or(line_text).to_owned(),
        )
    }
}

/// Collects diagnostics for one source text, like serde_derive's `Ctxt`: reading goes on after an error so that
/// every mistake is reported in one run.
pub(crate) struct Diagnostics<'a> {
    text: &'a str,
    file: &'a str,
    lines: LineIndex,
    found: Vec<Diagnostic>,
}

impl<'a> Diagnostics<'a> {
    pub(crate) fn new(text: &'a str, file: &'a str) -> Self {
        Diagnostics {
            text,
            file,
            lines: LineIndex::new(text),
            found: Vec::new(),
        }
    }

    /// Where byte `offset` is, for messages that point at an earlier declaration.
    pub(crate) fn location(&self, offset: usize) -> Location {
        self.lines.locate(self.text, self.file, offset).0
    }

    /// The offset of byte `position` of the string `value`, whose TOML value or key starts at byte `value_at`
    /// (at its opening quote, if any), so that a message can point at one character. Where the source does not
    /// spell the value literally up to there (an escape sequence), the start of the value.
    pub(crate) fn within(&self, value_at: usize, value: &str, position: usize) -> usize {
        let quoted = matches!(self.text.as_bytes().get(value_at), Some(b'"' | b'\''));
        let start = value_at + usize::from(quoted);
        let spelled = self.text.get(start..start + position) == value.get(..position);
        if spelled { start + position } else { value_at }
    }

    /// The source text of `span`, as the user wrote it (empty for a span that is not in the text).
    pub(crate) fn source(&self, span: std::ops::Range<usize>) -> &'a str {
        self.text.get(span).unwrap_or_default()
    }

    /// Records an error at byte `offset`.
    pub(crate) fn error(
        &mut self,
        offset: usize,
        message: impl Into<String>,
        help: Option<String>,
    ) {
        let (location, source_line) = self.lines.locate(self.text, self.file, offset);
        self.found.push(Diagnostic {
            location,
            message: message.into(),
            help,
            source_line: Some(source_line),
        });
    }

    /// How many errors have been recorded so far.
    pub(crate) fn count(&self) -> usize {
        self.found.len()
    }

    /// Every error, in file order (errors at the same place keep the order they were found in).
    pub(crate) fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.found.sort_by(|a, b| {
            (a.location.line, a.location.column).cmp(&(b.location.line, b.location.column))
        });
        self.found
    }
}

#[cfg(test)]
mod tests {
    use super::{locate, snippet_window};

    #[test]
    fn long_lines_show_a_window_around_the_column() {
        assert_eq!(snippet_window("short", 3), ("short".to_owned(), 3));
        let line = format!("{}X{}", "a".repeat(500), "b".repeat(500));
        let (window, column) = snippet_window(&line, 501);
        assert_eq!(window.chars().nth(column - 1), Some('X'));
        assert!(window.starts_with('…') && window.ends_with('…'));
        assert_eq!(window.chars().count(), 102);
        let (window, column) = snippet_window(&line, 2);
        assert_eq!(
            (window.chars().nth(column - 1), window.ends_with('…')),
            (Some('a'), true)
        );
        let (window, column) = snippet_window(&line, 1001);
        assert_eq!(
            (window.chars().nth(column - 1), window.starts_with('…')),
            (Some('b'), true)
        );
    }

    /// At the start of a long line only the end is cut, at its end only the start: the window is the first or the
    /// last 100 characters, and the column still points at the same character.
    #[test]
    fn a_window_at_either_end_is_cut_on_one_side_only() {
        let line = format!("{}X{}", "a".repeat(500), "b".repeat(500));
        assert_eq!(
            snippet_window(&line, 2),
            (format!("{}…", "a".repeat(100)), 2)
        );
        assert_eq!(
            snippet_window(&line, 1001),
            (format!("…{}", "b".repeat(100)), 101)
        );
        // 101 characters, the column on the last: one cut at the start, none at the end.
        let line = format!("{}Y", "c".repeat(100));
        assert_eq!(
            snippet_window(&line, 101),
            (format!("…{}Y", "c".repeat(99)), 101)
        );
    }

    /// A byte offset inside a character is moved back to that character's start, never forward; one past the end
    /// is the column after the last character.
    #[test]
    fn an_offset_inside_a_character_moves_back() {
        let (location, line) = locate("é\nx", "ids.toml", 1);
        assert_eq!((location.line, location.column, line.as_str()), (1, 1, "é"));
        let (location, line) = locate("aé", "ids.toml", 2);
        assert_eq!(
            (location.line, location.column, line.as_str()),
            (1, 2, "aé")
        );
        let (location, _) = locate("ab\ncd", "ids.toml", 100);
        assert_eq!((location.line, location.column), (2, 3));
    }
}
