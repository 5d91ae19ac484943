//! The editor sees what cargo sees: `rust-analyzer diagnostics` on a small crate outside this workspace that names
//! its manifest by path from a nested module (`#[ids("kinds.toml")]` in src/infra/mod.rs) and from the crate root
//! (`#[covers_all("infra/kinds.toml")]` in src/main.rs). rust-analyzer's proc-macro server gives no
//! `Span::local_file()`; before the macro resolved paths without it, every generated name here was unresolved.
//!
//! Needs rust-analyzer (`rustup component add rust-analyzer`, or IDS_RUST_ANALYZER): skipped loudly without it, a
//! failure under CI unless .ci/run found it cannot be installed (IDS_SKIP_RUST_ANALYZER).

use std::path::{Path, PathBuf};
use std::process::Command;

const KINDS: &str = "[types.user]\ndoc = \"A person.\"\n\n[types.run]\ndoc = \"One run.\"\n";

const INFRA: &str = "\
#[id_runtime::ids(\"kinds.toml\", module = crate::infra::ids)]
pub mod ids {}
";

const MAIN: &str = "\
mod infra;

use infra::ids::{AnyId, IdTable, IdType, RunId, UserId};

#[id_runtime::covers_all(\"infra/kinds.toml\")]
enum Route {
    User,
    Run,
}

fn route(kind: IdType) -> Route {
    match kind {
        IdType::User => Route::User,
        IdType::Run => Route::Run,
    }
}

fn main() {
    let run = RunId::new();
    let user = UserId::new();
    let any: AnyId = run.to_string().parse().unwrap();
    let table = IdTable { user: 1, run: 2 };
    let _ = (route(any.id_type()), user, table.run, infra::ids::id_type!(run));
}
";

/// The rust-analyzer to test with: IDS_RUST_ANALYZER, or the one on PATH; `None` when it does not run.
pub(crate) fn rust_analyzer() -> Option<PathBuf> {
    let candidate = std::env::var_os("IDS_RUST_ANALYZER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("rust-analyzer"));
    // The rustup proxy exists without the component; it then fails on --version.
    let works = Command::new(&candidate)
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success());
    works.then_some(candidate)
}

fn write(path: &Path, contents: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, contents).unwrap();
}

#[test]
fn nested_path_forms_have_no_errors_in_rust_analyzer() {
    let Some(rust_analyzer) = rust_analyzer() else {
        // Required under CI, unless .ci/run found that rustup cannot install it on this machine.
        let required = std::env::var_os("IDS_SKIP_RUST_ANALYZER").is_none();
        return crate::common::skip(
            "nested_path_forms_have_no_errors_in_rust_analyzer",
            "rust-analyzer is not installed (rustup component add rust-analyzer)",
            required,
        );
    };
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    // Outside this workspace (a temp dir), as a user's crate is.
    let dir = std::env::temp_dir().join(format!("ids-ra-nested-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let runtime = workspace.join("id-runtime");
    write(
        &dir.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"ra-nested\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nid-runtime = {{ path = {runtime:?} }}\n\n[workspace]\n"
        ),
    );
    std::fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    write(&dir.join("src/main.rs"), MAIN);
    write(&dir.join("src/infra/mod.rs"), INFRA);
    write(&dir.join("src/infra/kinds.toml"), KINDS);

    let target = crate::common::outside_target();
    let output = Command::new(&rust_analyzer)
        .arg("diagnostics")
        .arg(&dir)
        .env("CARGO_TARGET_DIR", &target.path)
        .output()
        .expect("rust-analyzer runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
    .replace('\r', "\n");
    let ours: Vec<&str> = text
        .lines()
        .filter(|line| line.contains("at crate ra_nested") && line.contains(" Error "))
        .collect();
    assert!(
        ours.is_empty() && output.status.success(),
        "rust-analyzer reports errors in the crate:\n{}\n\nfull output:\n{text}",
        ours.join("\n")
    );
    // It really looked at the crate (and expanded the macros there).
    let nested = dir.join("src/infra/mod.rs");
    assert!(text.contains(&*nested.to_string_lossy()), "{text}");
    assert!(text.contains("diagnostic scan complete"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}
