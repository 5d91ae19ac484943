//! `#[ids]` in a package that belongs to no workspace searches that package only, as cargo treats it as its own
//! workspace root: an unrelated `ids.toml` above it (in a home directory, say) is never used. With a `[workspace]`
//! above that includes the package, the same file is the workspace's manifest and is used. The `ids` command
//! agrees (id-cli's `a_package_outside_any_workspace_…` test): both call `id_manifest::find_manifest`.

use std::path::Path;
use std::process::{Command, Output};

const MAIN: &str =
    "#[id_runtime::ids]\npub mod ids {}\n\nfn main() {\n    let _ = ids::StrayId::new();\n}\n";

fn cargo_check(package: &Path) -> Output {
    let target = crate::common::outside_target();
    Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--manifest-path"])
        .arg(package.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target.path)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs")
}

#[test]
fn a_lone_package_does_not_use_an_ids_toml_above_it() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let root = std::env::temp_dir().join(format!("ids-lone-package-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let package = root.join("home/app");
    std::fs::create_dir_all(package.join("src")).unwrap();
    std::fs::write(root.join("ids.toml"), "[types.stray]\n").unwrap();
    let runtime = workspace.join("id-runtime");
    std::fs::write(
        package.join("Cargo.toml"),
        format!(
            "[package]\nname = \"lone-app\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nid-runtime = {{ path = {runtime:?} }}\n"
        ),
    )
    .unwrap();
    std::fs::copy(workspace.join("Cargo.lock"), package.join("Cargo.lock")).unwrap();
    std::fs::write(package.join("src/main.rs"), MAIN).unwrap();

    let lone = cargo_check(&package);
    let stderr = String::from_utf8_lossy(&lone.stderr);
    assert!(
        !lone.status.success(),
        "the stray manifest was used:\n{stderr}"
    );
    let searched = format!(
        "no ids.toml found; searched:\n         {}\n",
        package.join("ids.toml").display()
    );
    let searched_compact = format!(
        "no ids.toml found; searched:\n  {}\n",
        package.join("ids.toml").display()
    );
    assert!(
        stderr.contains(&searched) || stderr.contains(&searched_compact),
        "only the package is searched:\n{stderr}"
    );
    assert!(
        !stderr.contains(&*root.join("ids.toml").to_string_lossy()),
        "{stderr}"
    );

    // The same layout inside a workspace: the manifest at its root is the one to use.
    std::fs::write(
        root.join("Cargo.toml"),
        "[workspace]\nmembers = [\"home/app\"]\nresolver = \"3\"\n",
    )
    .unwrap();
    std::fs::rename(package.join("Cargo.lock"), root.join("Cargo.lock")).unwrap();
    let member = cargo_check(&package);
    assert!(
        member.status.success(),
        "{}",
        String::from_utf8_lossy(&member.stderr)
    );
    let _ = std::fs::remove_dir_all(&root);
}
