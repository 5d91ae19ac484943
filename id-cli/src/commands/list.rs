//! `ids list`: every kind as a table for people, or JSON for scripts.

use std::path::Path;

use id_manifest::{Kind, Manifest};
use serde::Serialize;

use crate::kinds::LabelsJson;
use crate::locate;
use crate::output::{Error, Outcome, Paint};

/// Prints the kinds of the manifest.
pub(crate) fn run(manifest: Option<&Path>, json: bool) -> Result<Outcome, Error> {
    let (_, manifest) = locate::load(manifest)?;
    let text = if json {
        to_json(&manifest)
    } else {
        table(&manifest, &Paint::stdout())
    };
    super::print(&text)?;
    Ok(Outcome::Success)
}

/// `ids list --json`: every manifest field of every kind, in file order.
#[derive(Serialize)]
struct ListJson<'m> {
    manifest: &'m str,
    kinds: Vec<KindJson<'m>>,
}

#[derive(Serialize)]
struct KindJson<'m> {
    name: &'m str,
    prefix: &'m str,
    aliases: &'m [String],
    accept_uuid: bool,
    uuid_version: &'static str,
    deprecated: Option<&'m str>,
    doc: Option<&'m str>,
    description: Option<&'m str>,
    owner: Option<&'m str>,
    pii: bool,
    link: Option<&'m str>,
    labels: LabelsJson<'m>,
    rust_type: &'m str,
    declared_at: String,
}

impl<'m> From<&'m Kind> for KindJson<'m> {
    fn from(kind: &'m Kind) -> Self {
        KindJson {
            name: &kind.key,
            prefix: &kind.prefix,
            aliases: &kind.aliases,
            accept_uuid: kind.accept_uuid,
            uuid_version: kind.uuid_version.as_str(),
            deprecated: kind.deprecated.as_deref(),
            doc: kind.doc.as_deref(),
            description: kind.description.as_deref(),
            owner: kind.owner.as_deref(),
            pii: kind.pii,
            link: kind.link.as_deref(),
            labels: LabelsJson(&kind.labels),
            rust_type: &kind.names.type_name,
            declared_at: kind.declared_at.to_string(),
        }
    }
}

fn to_json(manifest: &Manifest) -> String {
    let list = ListJson {
        manifest: &manifest.file,
        kinds: manifest.kinds.iter().map(KindJson::from).collect(),
    };
    // Serializing plain strings, booleans and vectors cannot fail.
    let mut text = serde_json::to_string_pretty(&list).unwrap_or_default();
    text.push('\n');
    text
}

const HEADER: [&str; 6] = ["NAME", "PREFIX", "ALIASES", "UUID", "DEPRECATED", "DOC"];

/// Columns padded to their widest cell; the last (doc) is not padded.
fn table(manifest: &Manifest, paint: &Paint) -> String {
    let rows: Vec<[String; 6]> = manifest.kinds.iter().map(row).collect();
    let mut widths = HEADER.map(|title| title.chars().count());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut text = line(&HEADER.map(str::to_owned), &widths, |cell| paint.bold(cell));
    for row in &rows {
        text.push_str(&line(row, &widths, str::to_owned));
    }
    text
}

fn row(kind: &Kind) -> [String; 6] {
    let or_dash = |text: String| {
        if text.is_empty() {
            "-".to_owned()
        } else {
            text
        }
    };
    [
        kind.key.clone(),
        kind.prefix.clone(),
        or_dash(kind.aliases.join(", ")),
        kind.uuid_version.as_str().to_owned(),
        (if kind.deprecated.is_some() {
            "yes"
        } else {
            "-"
        })
        .to_owned(),
        // The first line only: a doc with line breaks would break the table.
        or_dash(
            kind.doc
                .as_deref()
                .and_then(|doc| doc.lines().next())
                .unwrap_or_default()
                .to_owned(),
        ),
    ]
}

fn line(cells: &[String; 6], widths: &[usize; 6], style: impl Fn(&str) -> String) -> String {
    let mut text = String::new();
    for (index, (cell, width)) in cells.iter().zip(widths).enumerate() {
        text.push_str(&style(cell));
        if index + 1 < cells.len() {
            let pad = width - cell.chars().count() + 2;
            text.push_str(&" ".repeat(pad));
        }
    }
    text.push('\n');
    text
}
