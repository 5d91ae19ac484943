//! A crate outside this workspace, with its own ids.toml, built with cargo against `id-runtime` by path.
//!
//! It proves two promises: the documented API compiles unchanged from another workspace, and editing ids.toml
//! is seen by the next build (the macro emits a tracked `include_bytes!`).

use std::path::{Path, PathBuf};
use std::process::Command;

const MANIFEST_V1: &str = "[types.user]\ndoc = \"A user.\"\n\n[types.run]\n";
const MANIFEST_V2: &str =
    "[types.user]\ndoc = \"A user.\"\n\n[types.run]\n\n[types.job]\nprefix = \"job\"\n";

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// Writes the outside crate: a fixed directory so repeated runs reuse the build cache.
fn write_crate(dir: &Path) {
    let runtime = workspace_root().join("id-runtime");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let cargo_toml = format!(
        "[package]\nname = \"outside-app\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nid-runtime = {{ path = {runtime:?} }}\nserde_json = \"1\"\n\n\
         # Its own workspace: nothing here belongs to the id-runtime workspace.\n[workspace]\n"
    );
    std::fs::write(dir.join("Cargo.toml"), cargo_toml).unwrap();
    // Same versions as the workspace, so the build needs no resolution and no download.
    std::fs::copy(workspace_root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let main =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("outside/main.rs"))
            .unwrap();
    std::fs::write(dir.join("src/main.rs"), main).unwrap();
}

fn cargo_run(dir: &Path) -> String {
    let target = crate::common::outside_target();
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target.path)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "the outside crate failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[test]
fn an_outside_crate_compiles_against_the_api_and_sees_manifest_edits() {
    let dir = std::env::temp_dir().join(format!("id-runtime-outside-crate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    write_crate(&dir);

    std::fs::write(dir.join("ids.toml"), MANIFEST_V1).unwrap();
    let first = cargo_run(&dir);
    assert!(first.contains("kinds: user,run\n"), "{first}");
    assert!(first.contains("api: ok"), "{first}");

    // No source file changes: only the manifest. The next build must still see the new kind.
    std::fs::write(dir.join("ids.toml"), MANIFEST_V2).unwrap();
    let second = cargo_run(&dir);
    assert!(second.contains("kinds: user,run,job\n"), "{second}");

    let _ = std::fs::remove_dir_all(&dir);
}
