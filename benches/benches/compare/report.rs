//! The ratio table: medians from the interleaved pass of this run, as ratios to the floor, to type-safe-id, and
//! against the targets (BENCHMARKS.md, "Targets").

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::interleaved::Measured;

/// A benchmark: its criterion group and name.
type Id = (&'static str, &'static str);

/// An operation: its criterion group, its title, and the implementations measured (name, label).
struct Operation {
    group: &'static str,
    title: &'static str,
    implementations: &'static [(&'static str, &'static str)],
}

/// A target: `numerator / denominator ≤ limit`.
struct Target {
    what: &'static str,
    numerator: Id,
    denominator: Id,
    limit: f64,
}

/// Every operation, in table order.
const OPERATIONS: &[Operation] = &[
    Operation {
        group: "parse",
        title: "parse a valid typed ID",
        implementations: &[
            ("floor", "floor (table lookup, inlined)"),
            ("ours", "ours: `RunId::parse`"),
            ("ours_from_str", "ours: `s.parse::<RunId>()`"),
            ("type_safe_id", "type-safe-id"),
            ("mti", "mti (parse + prefix check)"),
            ("uuid", "uuid (36-char form)"),
            ("ulid", "ulid (26 chars, no prefix)"),
        ],
    },
    Operation {
        group: "reject_prefix",
        title: "reject a wrong prefix (`txn_…` as a run ID)",
        implementations: &[
            ("floor", "floor (compare the prefix bytes)"),
            ("ours", "ours: `RunId::parse`"),
            ("ours_from_str", "ours: `s.parse::<RunId>()`"),
            ("type_safe_id", "type-safe-id"),
            ("mti", "mti"),
        ],
    },
    Operation {
        group: "reject_last_char",
        title: "reject a bad last character",
        implementations: &[
            ("floor", "floor"),
            ("ours", "ours: `RunId::parse`"),
            ("ours_from_str", "ours: `s.parse::<RunId>()`"),
            ("type_safe_id", "type-safe-id"),
            ("mti", "mti"),
            ("uuid", "uuid"),
            ("ulid", "ulid"),
        ],
    },
    Operation {
        group: "any_kind",
        title: "parse any kind",
        implementations: &[
            (
                "ours_root_mixed",
                "ours: `AnyId`, root manifest, its 12 kinds mixed",
            ),
            (
                "ours_1000_last",
                "ours: `AnyId`, 1000 kinds, the last kind only",
            ),
            ("ours_1000_mixed", "ours: `AnyId`, 1000 kinds mixed"),
            (
                "ours_typed_1000",
                "ours: `RunId::parse` of 1000 run IDs, read as the mixed ones are",
            ),
            ("ours_dynamic_mixed", "ours: `DynamicId`, 1000 kinds mixed"),
            (
                "type_safe_id",
                "type-safe-id `DynamicType`, 1000 kinds mixed",
            ),
            ("mti", "mti, 1000 kinds mixed"),
        ],
    },
    Operation {
        group: "to_string",
        title: "format to a `String`",
        implementations: &[
            ("floor", "floor (encode, from_utf8, one allocation)"),
            ("ours", "ours: `to_string()`"),
            ("type_safe_id", "type-safe-id"),
            ("mti", "mti (clones its stored string)"),
            ("uuid", "uuid"),
            ("ulid", "ulid"),
        ],
    },
    Operation {
        group: "encode_buf",
        title: "format into a stack buffer",
        implementations: &[
            ("floor", "floor (bytes, no `&str`)"),
            ("ours", "ours: `encode(&mut IdBuf)`"),
            ("type_safe_id", "type-safe-id (`write!` to stack)"),
            ("mti", "mti (`write!` to stack)"),
            ("uuid", "uuid (`encode_lower`)"),
            ("ulid", "ulid (`array_to_str`)"),
        ],
    },
    Operation {
        group: "new",
        title: "`new()`",
        implementations: &[
            ("ours", "ours: `RunId::new()`"),
            ("type_safe_id", "type-safe-id"),
            ("mti", "mti"),
            ("uuid", "uuid `Uuid::now_v7()`"),
            ("ulid", "ulid `Ulid::generate()`"),
        ],
    },
    Operation {
        group: "serde_json",
        title: "serde_json round trip of `{\"id\": …}`",
        implementations: &[
            ("ours", "ours"),
            ("type_safe_id", "type-safe-id"),
            ("mti", "mti"),
            ("uuid", "uuid"),
            ("ulid", "ulid"),
        ],
    },
];

/// The targets (BENCHMARKS.md, "Targets"). Typed parsing and rejection are held to them both as `RunId::parse` and as
/// `str::parse`, the two ways users call it.
const TARGETS: &[Target] = &[
    Target {
        what: "typed parse (`RunId::parse`) vs the floor",
        numerator: ("parse", "ours"),
        denominator: ("parse", "floor"),
        limit: 1.15,
    },
    Target {
        what: "typed parse (`s.parse::<RunId>()`) vs the floor",
        numerator: ("parse", "ours_from_str"),
        denominator: ("parse", "floor"),
        limit: 1.15,
    },
    Target {
        what: "wrong-prefix rejection (`RunId::parse`) vs the floor's prefix comparison",
        numerator: ("reject_prefix", "ours"),
        denominator: ("reject_prefix", "floor"),
        limit: 3.0,
    },
    Target {
        what: "wrong-prefix rejection (`s.parse::<RunId>()`) vs the floor's prefix comparison",
        numerator: ("reject_prefix", "ours_from_str"),
        denominator: ("reject_prefix", "floor"),
        limit: 3.0,
    },
    Target {
        what: "bad last character (`RunId::parse`) vs the floor's parse",
        numerator: ("reject_last_char", "ours"),
        denominator: ("reject_last_char", "floor"),
        limit: 1.5,
    },
    Target {
        what: "bad last character (`s.parse::<RunId>()`) vs the floor's parse",
        numerator: ("reject_last_char", "ours_from_str"),
        denominator: ("reject_last_char", "floor"),
        limit: 1.5,
    },
    Target {
        what: "`AnyId` over 1000 kinds mixed vs typed parse (`RunId::parse`)",
        numerator: ("any_kind", "ours_1000_mixed"),
        denominator: ("parse", "ours"),
        limit: 1.5,
    },
    Target {
        what: "format into a stack buffer vs the floor's encoder",
        numerator: ("encode_buf", "ours"),
        denominator: ("encode_buf", "floor"),
        limit: 1.1,
    },
    Target {
        what: "`to_string` vs the floor's",
        numerator: ("to_string", "ours"),
        denominator: ("to_string", "floor"),
        limit: 1.1,
    },
    Target {
        what: "`new()` vs `Uuid::now_v7()`",
        numerator: ("new", "ours"),
        denominator: ("new", "uuid"),
        limit: 0.75,
    },
    Target {
        what: "serde_json round trip vs uuid's",
        numerator: ("serde_json", "ours"),
        denominator: ("serde_json", "uuid"),
        limit: 1.0,
    },
];

/// Ratios that explain a target without being one: `(what, numerator, denominator)`.
const CONTEXT: &[(&str, Id, Id)] = &[(
    "`AnyId` over 1000 kinds mixed vs `RunId::parse` of 1000 run IDs read the same way: the kind lookup alone, \
     without the cost of reading 1000 inputs that the typed parse of one input does not pay",
    ("any_kind", "ours_1000_mixed"),
    ("any_kind", "ours_typed_1000"),
)];

/// Where criterion writes: `$CRITERION_HOME`, else `$CARGO_TARGET_DIR/criterion`, else the workspace's
/// `target/criterion`. Set on criterion explicitly; `ratios.md` goes beside its reports.
pub(crate) fn output_directory() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"),
        PathBuf::from,
    );
    target.join("criterion")
}

fn ratio(numerator: Option<f64>, denominator: Option<f64>) -> String {
    match (numerator, denominator) {
        (Some(n), Some(d)) if d > 0.0 => format!("{:.2}×", n / d),
        _ => "–".to_owned(),
    }
}

/// Prints the tables (markdown) and writes them to `ratios.md` beside criterion's output.
pub(crate) fn print(measured: &[Measured]) {
    let median = |(group, name): Id| {
        measured
            .iter()
            .find(|m| m.group == group && m.name == name)
            .map(|m| m.ns)
    };
    let mut out = String::new();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    let _ = writeln!(
        out,
        "{cores} cores, load average {} at the end of the run\n",
        load.join(" ")
    );
    let _ = writeln!(
        out,
        "| operation | implementation | median ns | × floor | × type-safe-id |"
    );
    let _ = writeln!(out, "|---|---|---:|---:|---:|");
    for operation in OPERATIONS {
        let group = operation.group;
        let floor = median((group, "floor"));
        let tsid = median((group, "type_safe_id"));
        for &(bench, label) in operation.implementations {
            let Some(ns) = median((group, bench)) else {
                continue;
            };
            let _ = writeln!(
                out,
                "| {} | {label} | {ns:.1} | {} | {} |",
                operation.title,
                ratio(Some(ns), floor),
                ratio(Some(ns), tsid)
            );
        }
    }
    let _ = writeln!(out, "\n| target | ratio | limit | met |");
    let _ = writeln!(out, "|---|---:|---:|---|");
    for target in TARGETS {
        let (what, limit) = (target.what, target.limit);
        let (Some(n), Some(d)) = (median(target.numerator), median(target.denominator)) else {
            let _ = writeln!(out, "| {what} | not measured | ≤ {limit}× | – |");
            continue;
        };
        let value = n / d;
        let met = if value <= limit { "yes" } else { "**no**" };
        let _ = writeln!(out, "| {what} | {value:.2}× | ≤ {limit}× | {met} |");
    }
    let _ = writeln!(out, "\n| context | ratio |");
    let _ = writeln!(out, "|---|---:|");
    for &(what, numerator, denominator) in CONTEXT {
        let _ = writeln!(
            out,
            "| {what} | {} |",
            ratio(median(numerator), median(denominator))
        );
    }
    println!("\n{out}");
    let file = output_directory().join("ratios.md");
    let written =
        std::fs::create_dir_all(output_directory()).and_then(|()| std::fs::write(&file, &out));
    match written {
        Ok(()) => println!("(written to {})", file.display()),
        Err(error) => println!("(could not write {}: {error})", file.display()),
    }
}
