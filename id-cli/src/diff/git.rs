//! The manifest as committed in a git revision: `git cat-file blob REV:PATH`, with PATH relative to the repository
//! root (`git rev-parse --show-toplevel`). `cat-file` is `git show REV:PATH` without a pager or text conversion.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::output::Error;

/// The manifest text at a revision.
pub(crate) struct AtRevision {
    /// `REV:PATH`, the name diagnostics and the report give it.
    pub(crate) display: String,
    /// The file's bytes; `None` when the revision has no file at that path (the manifest is new).
    pub(crate) bytes: Option<Vec<u8>>,
}

/// Reads the file `manifest` (in the working tree) as it is in `revision`.
pub(crate) fn read(manifest: &Path, revision: &str) -> Result<AtRevision, Error> {
    let file = std::fs::canonicalize(manifest)
        .map_err(|error| Error::msg(format!("cannot read {}: {error}", manifest.display())))?;
    let dir = file.parent().unwrap_or(Path::new("/"));
    let root = git(dir, &["rev-parse", "--show-toplevel"])?;
    let root = PathBuf::from(String::from_utf8_lossy(&root.stdout).trim_end_matches(['\n', '\r']));
    let root = std::fs::canonicalize(&root).unwrap_or(root);
    let relative = file.strip_prefix(&root).map_err(|_| {
        Error::msg(format!(
            "{} is not inside the git repository at {}",
            file.display(),
            root.display()
        ))
    })?;
    let relative: Vec<String> = relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect();
    let relative = relative.join("/");

    let commit = format!("{revision}^{{commit}}");
    let verified = git_status(
        &root,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            &commit,
        ],
    )?;
    if !verified.status.success() {
        return Err(Error::msg(format!(
            "`{revision}` is not a git revision of the repository at {}",
            root.display()
        )));
    }
    let spec = format!("{revision}:{relative}");
    let display = spec.clone();
    if !git_status(&root, &["cat-file", "-e", &spec])?
        .status
        .success()
    {
        return Ok(AtRevision {
            display,
            bytes: None,
        });
    }
    let blob = git(&root, &["cat-file", "blob", &spec])?;
    Ok(AtRevision {
        display,
        bytes: Some(blob.stdout),
    })
}

/// Runs git in `dir`; a non-zero exit is an error carrying git's message.
fn git(dir: &Path, args: &[&str]) -> Result<Output, Error> {
    let output = git_status(dir, args)?;
    if output.status.success() {
        return Ok(output);
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    Err(Error::msg(format!(
        "`git {}` failed in {}: {}",
        args.join(" "),
        dir.display(),
        stderr.trim()
    )))
}

/// Runs git in `dir`, whatever its exit status; only failing to start it is an error.
fn git_status(dir: &Path, args: &[&str]) -> Result<Output, Error> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|error| {
            Error::msg(format!(
                "cannot run git: {error}\nhelp: `ids diff --git` needs git on PATH; `ids diff OLD NEW` compares two files"
            ))
        })
}
