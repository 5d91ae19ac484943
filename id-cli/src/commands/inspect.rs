//! `ids inspect [ID…]`: what an ID is. The runtime places it, as `id_runtime::explain` does: its parser, the
//! manifest's prefixes and aliases, and a bare UUID for the one kind with `accept_uuid` (`KindTable::identify`).

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::Path;

use id_manifest::Kind;
use id_runtime::{DynamicId, KindError, Matched, Rfc3339, Uuid};
use serde::Serialize;

use crate::kinds::Kinds;
use crate::locate;
use crate::output::{self, Error, Outcome, Paint};

/// Inspects each of `ids`, or each line of stdin when there are none; exit 1 if any was invalid.
pub(crate) fn run(manifest: Option<&Path>, ids: &[String], json: bool) -> Result<Outcome, Error> {
    let (_, manifest) = locate::load(manifest)?;
    let mut inspector = Inspector {
        kinds: Kinds::new(&manifest),
        json,
        out: super::stdout(),
        stdout: Paint::stdout(),
        stderr: Paint::stderr(),
        shown: 0,
        invalid: 0,
    };
    if ids.is_empty() {
        if io::stdin().is_terminal() {
            output::hint(
                "reading IDs from stdin, one per line; end with Ctrl-D (or pass them as arguments)",
            );
        }
        for line in io::stdin().lock().split(b'\n') {
            let line = line.map_err(|error| Error::msg(format!("cannot read stdin: {error}")))?;
            // Invalid UTF-8 becomes U+FFFD, which the parser then rejects with its position.
            let line = String::from_utf8_lossy(&line);
            let input = line.trim();
            if !input.is_empty() {
                inspector.inspect(input)?;
                // One result per line as it comes, for `tail -f app.log | … | ids inspect`.
                inspector.out.flush()?;
            }
        }
    } else {
        for input in ids {
            inspector.inspect(input)?;
        }
    }
    inspector.out.flush()?;
    Ok(if inspector.invalid == 0 {
        Outcome::Success
    } else {
        Outcome::Failure
    })
}

struct Inspector<'m, W: Write> {
    kinds: Kinds<'m>,
    json: bool,
    out: W,
    stdout: Paint,
    stderr: Paint,
    /// Valid IDs printed so far as text, to separate them with blank lines.
    shown: usize,
    invalid: usize,
}

/// A valid ID and the kind it belongs to.
struct Found<'m> {
    kind: &'m Kind,
    matched: Matched<'m>,
    uuid: Uuid,
}

impl<W: Write> Inspector<'_, W> {
    fn inspect(&mut self, input: &str) -> Result<(), Error> {
        let result = identify(&self.kinds, input);
        if result.is_err() {
            self.invalid += 1;
        }
        match (result, self.json) {
            (Ok(found), false) => {
                if self.shown > 0 {
                    writeln!(self.out)?;
                }
                self.shown += 1;
                let text = describe(input, &found, &self.stdout);
                self.out.write_all(text.as_bytes())?;
            }
            (Err(error), false) => {
                // Keep stdout and stderr in input order when both go to one terminal.
                self.out.flush()?;
                let _ = writeln!(
                    io::stderr().lock(),
                    "{}: {input:?}: {error}",
                    self.stderr.error("error")
                );
            }
            (result, true) => {
                let record = Record::new(input, result);
                // Strings, numbers and booleans always serialize.
                let line = serde_json::to_string(&record).unwrap_or_default();
                writeln!(self.out, "{line}")?;
            }
        }
        Ok(())
    }
}

/// The kind of `input`: by its prefix or alias, or as a bare UUID.
fn identify<'m>(kinds: &'m Kinds<'_>, input: &str) -> Result<Found<'m>, KindError<'m>> {
    let found = kinds.table().identify(input)?;
    Ok(Found {
        kind: kinds.kind(found.kind),
        matched: found.matched,
        uuid: found.uuid,
    })
}

/// The canonical text: the kind's prefix and the UUID.
fn canonical(found: &Found) -> String {
    DynamicId::new(&found.kind.prefix, found.uuid)
        .map(|id| id.to_string())
        .unwrap_or_default()
}

/// The creation time of a time-based UUID (v7, also v1 and v6).
fn created(uuid: Uuid) -> Option<String> {
    let (seconds, nanos) = uuid.get_timestamp()?.to_unix();
    Some(
        Rfc3339 {
            seconds,
            millis: nanos / 1_000_000,
        }
        .to_string(),
    )
}

/// The text block for one valid ID, like `id_runtime::Explanation`'s `Display`.
fn describe(input: &str, found: &Found, paint: &Paint) -> String {
    let kind = found.kind;
    let mut text = format!("{}\n", paint.bold(input));
    let mut field = |label: &str, value: &str| {
        text.push_str(&format!(
            "  {} {value}\n",
            paint.dim(&format!("{label:<11}"))
        ));
    };
    let mut about = format!("{} (prefix `{}`", kind.key, kind.prefix);
    match found.matched {
        Matched::Alias(alias) => {
            about.push_str(&format!(", written with the old prefix `{alias}`)"))
        }
        Matched::BareUuid => about.push_str(", written as a bare UUID)"),
        // `Matched` may grow; anything else named the kind by its prefix.
        Matched::Prefix | _ => about.push(')'),
    }
    if let Some(doc) = &kind.doc {
        about.push_str(&format!(": {doc}"));
    }
    field("kind:", &about);
    field("canonical:", &canonical(found));
    field("uuid:", &found.uuid.to_string());
    field("version:", &found.uuid.get_version_num().to_string());
    if let Some(time) = created(found.uuid) {
        field("created:", &time);
    }
    if let Some(note) = &kind.deprecated {
        field("deprecated:", note);
    }
    field("declared:", &kind.declared_at.to_string());
    text
}

/// One line of `ids inspect --json`.
#[derive(Serialize)]
struct Record<'a> {
    input: &'a str,
    valid: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    found: Option<FoundJson<'a>>,
}

#[derive(Serialize)]
struct FoundJson<'m> {
    kind: &'m str,
    prefix: &'m str,
    /// `prefix`, `alias` or `bare_uuid`.
    written_as: &'static str,
    canonical: String,
    uuid: String,
    version: usize,
    created: Option<String>,
    deprecated: Option<&'m str>,
}

impl<'a> Record<'a> {
    fn new(input: &'a str, result: Result<Found<'a>, KindError<'_>>) -> Record<'a> {
        match result {
            Ok(found) => Record {
                input,
                valid: true,
                error: None,
                found: Some(FoundJson {
                    kind: &found.kind.key,
                    prefix: &found.kind.prefix,
                    written_as: match found.matched {
                        Matched::Alias(_) => "alias",
                        Matched::BareUuid => "bare_uuid",
                        Matched::Prefix | _ => "prefix",
                    },
                    canonical: canonical(&found),
                    uuid: found.uuid.to_string(),
                    version: found.uuid.get_version_num(),
                    created: created(found.uuid),
                    deprecated: found.kind.deprecated.as_deref(),
                }),
            },
            Err(error) => Record {
                input,
                valid: false,
                error: Some(error.to_string()),
                found: None,
            },
        }
    }
}
