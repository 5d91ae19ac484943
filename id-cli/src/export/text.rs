//! Literals and comments that are safe in generated source, whatever the manifest's strings hold.

/// A double-quoted string literal valid in JavaScript, TypeScript, Python and JSON.
///
/// JSON's escapes (`\"`, `\\`, `\n`, `\u001f`, …) mean the same in all of them, and since ES2019 a raw U+2028 is
/// allowed in JavaScript strings too.
pub(crate) fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

/// The lines of a kind's documentation: `doc`, then `description` after a blank line.
pub(crate) fn doc_lines(doc: Option<&str>, description: Option<&str>) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    if let Some(doc) = doc {
        lines.extend(doc.lines().map(str::to_owned));
    }
    if let Some(description) = description {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(description.lines().map(str::to_owned));
    }
    lines
}

/// `a`, `a and b`, `a, b and c`.
pub(crate) fn and_list(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// Text for a `//` or `#` comment line: line breaks (JavaScript also counts U+2028 and U+2029) become spaces.
pub(crate) fn one_line(text: &str) -> String {
    text.replace(['\n', '\r', '\u{2028}', '\u{2029}'], " ")
}

/// Text for inside a `/* … */` comment: `*/` would end it early.
pub(crate) fn block_comment_safe(text: &str) -> String {
    text.replace("*/", "*\\/")
}

/// Text for inside a Python `"""…"""` docstring: backslashes and quotes escaped, so that nothing ends it early or
/// turns into an escape sequence.
pub(crate) fn docstring_safe(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

/// The error the generated `parse` gives a bare UUID, naming the generated parsers that do accept one.
pub(crate) fn bare_uuid_message(accepting_parsers: &[String]) -> String {
    if accepting_parsers.is_empty() {
        "a bare UUID has no prefix, so its ID type is unknown; no kind in the manifest sets `accept_uuid = true`"
            .to_owned()
    } else {
        format!(
            "a bare UUID has no prefix, so its ID type is unknown; parse it with the parser of a kind that accepts \
             bare UUIDs: {}",
            accepting_parsers.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_what_would_break_out() {
        assert_eq!(quoted("a\"b\\c\nd"), r#""a\"b\\c\nd""#);
        assert_eq!(block_comment_safe("x */ y"), "x *\\/ y");
        assert_eq!(
            docstring_safe(r#"say """hi""" \n"#),
            r#"say \"\"\"hi\"\"\" \\n"#
        );
    }

    #[test]
    fn lists_join_with_and() {
        let items = |list: &[&str]| {
            list.iter()
                .map(|item| (*item).to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(and_list(&items(&[])), "");
        assert_eq!(and_list(&items(&["a"])), "a");
        assert_eq!(and_list(&items(&["a", "b", "c"])), "a, b and c");
    }

    #[test]
    fn doc_then_description() {
        assert_eq!(
            doc_lines(Some("One."), Some("Two\nthree.")),
            ["One.", "", "Two", "three."]
        );
        assert_eq!(doc_lines(None, Some("Two.")), ["Two."]);
        assert!(doc_lines(None, None).is_empty());
    }
}
