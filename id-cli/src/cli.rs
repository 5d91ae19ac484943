//! The command line, as clap derives it: subcommands, flags and the examples `--help` shows.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  ids check                                  # validate ids.toml, as the #[ids] macro does
  ids list                                   # a table of every kind
  ids new run -n 3                           # three new run IDs
  grep -o 'run_[0-9a-z]*' app.log | ids inspect   # what each ID in a log is
  ids diff --git origin/main                 # what a branch changed; exit 1 if breaking
  ids export --format typescript -o web/src/ids.ts

The manifest is --manifest PATH, or ids.toml in the current directory or the nearest ancestor, up to the
workspace root. Exit codes: 0 success, 1 an error or a finding (invalid manifest or ID, breaking change), 2 usage.";

/// The `ids` command.
#[derive(Debug, Parser)]
#[command(
    name = "ids",
    version,
    about = "Check, list, generate, inspect, compare and export the ID kinds of ids.toml",
    after_help = EXAMPLES
)]
pub(crate) struct Cli {
    /// The manifest to read; by default, ids.toml here or in the nearest ancestor, up to the workspace root.
    #[arg(
        long,
        global = true,
        value_name = "PATH",
        help = "The manifest to read [default: ids.toml here or in the nearest ancestor, up to the workspace root]"
    )]
    pub(crate) manifest: Option<PathBuf>,

    /// What to do.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Validate the manifest with the same diagnostics as the `#[ids]` macro.
    #[command(
        about = "Validate the manifest with the same diagnostics as the #[ids] macro",
        after_help = "\
Examples:
  ids check
  ids check --manifest services/billing/ids.toml

Prints `ids.toml: N kinds OK` on success. Otherwise prints every problem as FILE:LINE:COL with the source line,
and exits with 1."
    )]
    Check,

    /// List every kind: name, prefix, aliases, UUID version, deprecation, doc
    #[command(after_help = "\
Examples:
  ids list
  ids list --json | jq -r '.kinds[].prefix'")]
    List {
        /// Print JSON (every manifest field of every kind) instead of a table
        #[arg(long)]
        json: bool,
    },

    /// Print new IDs of a kind
    #[command(after_help = "\
Examples:
  ids new run              # run_01h455vb4pex5vsknk084sn02q
  ids new transaction -n 5 # by kind name or prefix (txn)

IDs are UUIDv7 (time-ordered) or UUIDv4, as the kind's `uuid` says.")]
    New {
        /// The kind: its name in `[types.NAME]`, or its prefix.
        #[arg(help = "The kind: its name in [types.NAME], or its prefix")]
        kind: String,
        /// How many IDs to print
        #[arg(short = 'n', long = "count", value_name = "N", default_value_t = 1)]
        count: u64,
    },

    /// Tell the kind, canonical form, UUID, creation time and link of IDs
    #[command(after_help = "\
Examples:
  ids inspect run_01h455vb4pex5vsknk084sn02q
  grep -o 'run_[0-9a-z]*' app.log | ids inspect     # one ID per line on stdin
  kubectl logs api | grep -oE '[a-z_]+_[0-7][0-9a-z]{25}' | ids inspect --json

Accepts every prefix and alias of the manifest, and a bare UUID when exactly one kind sets accept_uuid.
An invalid ID gets the precise error on stderr; the exit code is 1 if any ID was invalid.")]
    Inspect {
        /// The IDs; without any, read them from stdin, one per line (surrounding whitespace and blank lines are
        /// skipped)
        #[arg(value_name = "ID")]
        ids: Vec<String>,
        /// Print one JSON object per ID (JSON Lines), invalid ones included, on stdout
        #[arg(long)]
        json: bool,
    },

    /// Compare two manifests; exit 1 on a breaking change
    #[command(after_help = "\
Examples:
  ids diff old/ids.toml ids.toml
  ids diff --git origin/main           # the working tree's manifest against the one in origin/main
  ids diff --git HEAD~1 --json

Breaking (exit 1): a removed kind; a changed prefix whose old prefix is not kept as an alias; a removed alias;
accept_uuid turned off. Each makes IDs that are already stored stop parsing.
Also reported: added kinds and aliases, deprecations, UUID version changes, accept_uuid turned on, links and labels.")]
    Diff(DiffArgs),

    /// Generate TypeScript, JavaScript, Python, JSON Schema, PostgreSQL, zod or an HTML page for the manifest's kinds
    #[command(after_help = "\
Examples:
  ids export --format typescript -o web/src/ids.ts
  ids export --format javascript -o web/src/ids.mjs    # ES module with JSDoc types
  ids export --format python -o service/app/ids.py
  ids export --format json-schema -o schemas/ids.schema.json
  ids export --format postgres -o db/ids.sql           # SQL functions in schema `ids`; --schema NAME
  ids export --format zod -o web/src/ids.ts            # the TypeScript module plus zod schemas
  ids export --format html -o ids.html                 # a catalog page that also decodes pasted IDs

Every generated parser follows TypeID v0.3 exactly and rejects IDs of other kinds.")]
    Export(ExportArgs),
}

/// `ids diff OLD NEW` or `ids diff --git REV`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("sides").required(true).args(["old", "git"])))]
pub(crate) struct DiffArgs {
    /// The manifest before the change
    #[arg(value_name = "OLD", requires = "new")]
    pub(crate) old: Option<PathBuf>,
    /// The manifest after the change
    #[arg(value_name = "NEW")]
    pub(crate) new: Option<PathBuf>,
    /// Compare the manifest in this git revision with the one in the working tree
    #[arg(long, value_name = "REV", conflicts_with_all = ["old", "new"])]
    pub(crate) git: Option<String>,
    /// Print JSON instead of text
    #[arg(long)]
    pub(crate) json: bool,
}

/// `ids export`.
#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// What to generate
    #[arg(long, short = 'f', value_enum)]
    pub(crate) format: Format,
    /// Write to FILE instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// The PostgreSQL schema of the functions (postgres only) [default: ids]
    #[arg(long, value_name = "NAME", value_parser = crate::export::schema_name)]
    pub(crate) schema: Option<String>,
}

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// A TypeScript module: branded types, parse/is/format functions
    Typescript,
    /// The same module as JavaScript (ES module) with JSDoc types
    Javascript,
    /// A Python module: an IdType enum, parse/is/format functions
    Python,
    /// A JSON Schema (draft 2020-12) with one definition per kind
    JsonSchema,
    /// A PostgreSQL script: per kind `run_id(text) -> uuid` and `run_text(uuid) -> text`, the TypeID codec
    Postgres,
    /// The TypeScript module plus a zod schema per kind
    Zod,
    /// One self-contained HTML page: the catalog of kinds, and a box that decodes pasted IDs
    Html,
}

/// Exits as clap does on a usage error (status 2, usage shown), for a combination of arguments that clap's
/// declarations cannot express.
pub(crate) fn usage_error(message: &str) -> ! {
    use clap::CommandFactory;
    Cli::command()
        .error(clap::error::ErrorKind::ArgumentConflict, message)
        .exit()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
