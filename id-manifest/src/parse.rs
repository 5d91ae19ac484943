//! Entry points: source text or a file in, the validated [`Manifest`] or every [`Diagnostic`] out.

use std::fmt;
use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::Diagnostics;
use crate::read::{RawKind, Settings, read_defaults, read_kind};
use crate::values::a_type;
use crate::{Diagnostic, Location, Manifest, validate};

const NO_KINDS: &str = "ids.toml declares no ID kinds";
const NO_KINDS_HELP: &str =
    "declare each kind as a table, e.g.\n[types.user]\ndoc = \"A person who signs in.\"";

/// A manifest that is not valid: every problem found, and the kinds that could still be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// Every problem, in file order. Never empty.
    pub diagnostics: Vec<Diagnostic>,
    /// The kinds code can still be generated for, so that the macro can emit them next to its errors instead of
    /// causing "cannot find type" errors at every use site.
    ///
    /// Holds every kind whose key gives valid Rust names and whose prefix is valid, in file order. A kind whose
    /// names or prefix an earlier kind already claims is left out (the first declaration is kept), as are aliases
    /// that are invalid or taken; any other field with a wrong value holds its default.
    pub partial: Manifest,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, diagnostic) in self.diagnostics.iter().enumerate() {
            if index > 0 {
                f.write_str("\n\n")?;
            }
            write!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Failure {}

impl Failure {
    /// A failure with one diagnostic and no kinds: the manifest could not be read at all.
    fn fatal(file: &str, diagnostic: Diagnostic) -> Self {
        Failure {
            diagnostics: vec![diagnostic],
            partial: Manifest {
                file: file.to_owned(),
                kinds: Vec::new(),
            },
        }
    }
}

/// Parses and validates the manifest text `source`; `file` is the name diagnostics show (e.g. `ids.toml`).
///
/// Only a TOML syntax error stops early; otherwise every problem is reported.
pub fn parse(source: &str, file: &str) -> Result<Manifest, Failure> {
    let root = match DeTable::parse(source) {
        Ok(root) => root,
        Err(error) => return Err(Failure::fatal(file, syntax_error(source, file, &error))),
    };
    let mut diags = Diagnostics::new(source, file);

    let mut types = None;
    let mut defaults = None;
    // A misspelled `[types]` is reported as such; "declares no kinds" on top would repeat it.
    let mut types_misspelled = false;
    for (key, value) in root.get_ref().iter() {
        match key.get_ref().as_ref() {
            "types" => types = Some((key, value)),
            "defaults" => defaults = Some(value),
            other => {
                let suggestion = id_grammar::did_you_mean(other, ["types", "defaults"]);
                types_misspelled |= suggestion == Some("types");
                let help = match suggestion {
                    Some(known) => format!("did you mean `{known}`?"),
                    None => "the top level may contain only [types.NAME] tables and [defaults]"
                        .to_owned(),
                };
                let message = format!("unknown top-level key `{}`", other.escape_debug());
                diags.error(key.span().start, message, Some(help));
            }
        }
    }

    let defaults = defaults
        .map(|value| read_defaults(value, &mut diags))
        .unwrap_or_default();
    let mut kinds = Vec::new();
    match types {
        None if types_misspelled => {}
        None => diags.error(0, NO_KINDS, Some(NO_KINDS_HELP.to_owned())),
        Some((key, value)) => {
            read_types(key.span().start, value, &defaults, &mut kinds, &mut diags)
        }
    }
    validate::check(&mut kinds, &mut diags);

    let kinds = kinds
        .into_iter()
        .filter_map(|raw| raw.into_kind())
        .collect();
    let manifest = Manifest {
        file: file.to_owned(),
        kinds,
    };
    if diags.count() == 0 {
        Ok(manifest)
    } else {
        Err(Failure {
            diagnostics: diags.into_sorted(),
            partial: manifest,
        })
    }
}

/// Reads the `types` table, one kind per entry, in file order.
fn read_types(
    key_at: usize,
    value: &Spanned<DeValue<'_>>,
    defaults: &Settings,
    kinds: &mut Vec<RawKind>,
    diags: &mut Diagnostics<'_>,
) {
    let found = value.get_ref();
    let DeValue::Table(table) = found else {
        let message = format!(
            "`types` must be a table like [types.run], found {}",
            a_type(found)
        );
        let help =
            "declare each kind as a table: [types.run] followed by its keys, e.g. `doc = \"…\"`";
        diags.error(value.span().start, message, Some(help.to_owned()));
        return;
    };
    if table.is_empty() {
        diags.error(key_at, NO_KINDS, Some(NO_KINDS_HELP.to_owned()));
    }
    kinds.extend(
        table
            .iter()
            .filter_map(|(key, value)| read_kind(key, value, defaults, diags)),
    );
}

/// The TOML parser's own message, without the snippet its `Display` adds: ours comes from [`Diagnostic`].
fn syntax_error(source: &str, file: &str, error: &toml::de::Error) -> Diagnostic {
    let span = error.span().unwrap_or(0..0);
    let first_line = error.message().lines().next().unwrap_or_default().trim();
    let message = match source
        .get(span.clone())
        .filter(|key| first_line == "duplicate key" && !key.is_empty())
    {
        // Name the key: "duplicate key `run`" is clearer when the line holds a whole `[types.run]` header.
        Some(key) => format!("duplicate key `{key}`"),
        None => first_line.to_owned(),
    };
    Diagnostic::at(source, file, span.start, message)
}

/// Reads the manifest at `path` and [`parse`]s it; `file` is the name diagnostics show.
///
/// A file that cannot be read gives one diagnostic at 1:1 naming the path and the OS error; a file that is not
/// UTF-8 gives one at the first invalid byte.
pub fn load(path: &Path, file: &str) -> Result<Manifest, Failure> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            let diagnostic = Diagnostic {
                location: Location {
                    file: file.to_owned(),
                    line: 1,
                    column: 1,
                },
                message: format!("cannot read {}: {error}", path.display()),
                help: None,
                source_line: None,
            };
            return Err(Failure::fatal(file, diagnostic));
        }
    };
    parse_bytes(&bytes, file)
}

/// Parses and validates manifest bytes as read from disk: invalid UTF-8 is a diagnostic at the first bad byte.
pub fn parse_bytes(bytes: &[u8], file: &str) -> Result<Manifest, Failure> {
    match std::str::from_utf8(bytes) {
        Ok(source) => parse(source, file),
        Err(error) => {
            let at = error.valid_up_to();
            let what = match (error.error_len(), bytes.get(at)) {
                (Some(_), Some(byte)) => format!("invalid byte 0x{byte:02X}"),
                _ => "the file ends in the middle of a character".to_owned(),
            };
            // The lossy text is identical up to `at`, so offsets, lines and columns agree with the bytes.
            let text = String::from_utf8_lossy(bytes);
            let diagnostic = Diagnostic::at(
                &text,
                file,
                at,
                format!("ids.toml is not valid UTF-8: {what}"),
            )
            .with_help("save the file as UTF-8");
            Err(Failure::fatal(file, diagnostic))
        }
    }
}
