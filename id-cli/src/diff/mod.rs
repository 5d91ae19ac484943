//! `ids diff OLD NEW` and `ids diff --git REV`: what changed between two manifests; exit 1 when a change is breaking.

mod compare;
mod git;

use std::path::Path;

use clap::CommandFactory;
use id_manifest::Manifest;
use serde::Serialize;

use crate::cli::{Cli, DiffArgs};
use crate::locate;
use crate::output::{self, Error, Outcome, Paint, plural};
use compare::Change;

/// Compares the two manifests `args` names.
pub(crate) fn run(manifest: Option<&Path>, args: &DiffArgs) -> Result<Outcome, Error> {
    let (old, new) = match (&args.git, &args.old, &args.new) {
        (Some(revision), _, _) => {
            let located = locate::locate(manifest)?;
            let new =
                id_manifest::load(&located.path, &located.display).map_err(Error::Manifest)?;
            let at = git::read(&located.path, revision)?;
            let old = match at.bytes {
                Some(bytes) => {
                    id_manifest::parse_bytes(&bytes, &at.display).map_err(Error::Manifest)?
                }
                None => {
                    output::warn(format_args!(
                        "{} does not exist: every kind is new",
                        at.display
                    ));
                    Manifest {
                        file: at.display,
                        kinds: Vec::new(),
                    }
                }
            };
            (old, new)
        }
        (None, Some(old), Some(new)) => {
            if manifest.is_some() {
                Cli::command()
                    .error(
                        clap::error::ErrorKind::ArgumentConflict,
                        "--manifest is for `ids diff --git REV`; `ids diff OLD NEW` names both files",
                    )
                    .exit();
            }
            (load(old)?, load(new)?)
        }
        // clap requires OLD and NEW, or --git.
        (None, _, _) => return Err(Error::msg("name two manifests, or --git REV")),
    };

    let changes = compare::compare(&old, &new);
    let breaking = changes.iter().filter(|change| change.breaking).count();
    let text = if args.json {
        to_json(&old, &new, &changes)
    } else {
        to_text(&old, &new, &changes, &Paint::stdout())
    };
    crate::commands::print(&text)?;
    if breaking == 0 {
        return Ok(Outcome::Success);
    }
    output::report_error(
        &Paint::stderr(),
        &Error::msg(format!(
            "{breaking} breaking {}: IDs that are already stored would stop parsing",
            plural(breaking, "change", "changes")
        )),
    );
    Ok(Outcome::Failure)
}

fn load(path: &Path) -> Result<Manifest, Error> {
    id_manifest::load(path, &path.display().to_string()).map_err(Error::Manifest)
}

#[derive(Serialize)]
struct DiffJson<'a> {
    old: &'a str,
    new: &'a str,
    breaking: bool,
    changes: &'a [Change],
}

fn to_json(old: &Manifest, new: &Manifest, changes: &[Change]) -> String {
    let report = DiffJson {
        old: &old.file,
        new: &new.file,
        breaking: changes.iter().any(|change| change.breaking),
        changes,
    };
    // Strings, booleans and vectors always serialize.
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_default();
    text.push('\n');
    text
}

fn to_text(old: &Manifest, new: &Manifest, changes: &[Change], paint: &Paint) -> String {
    let mut text = format!("{}\n", paint.bold(&format!("{} → {}", old.file, new.file)));
    for change in changes {
        let label = if change.breaking {
            paint.error("breaking")
        } else {
            paint.good("change  ")
        };
        text.push_str(&format!("  {label}  {}\n", change.message));
        if let Some(help) = &change.help {
            text.push_str(&format!("            {}: {help}\n", paint.help("help")));
        }
    }
    let breaking = changes.iter().filter(|change| change.breaking).count();
    let other = changes.len() - breaking;
    let summary = match (breaking, other) {
        (0, 0) => "no changes".to_owned(),
        (0, other) => format!(
            "no breaking changes, {other} {}",
            plural(other, "change", "changes")
        ),
        (breaking, other) => format!(
            "{breaking} breaking {}, {other} other {}",
            plural(breaking, "change", "changes"),
            plural(other, "change", "changes")
        ),
    };
    text.push_str(&summary);
    text.push('\n');
    text
}
