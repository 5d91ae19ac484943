//! The minimum Rust of each id-runtime feature, as docs/integrations.md states it, against what the crates the
//! feature turns on declare (`rust-version` in `cargo metadata`, the versions the lock file resolves): the table
//! must give the highest of them, and never less than id-runtime's own.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// `1.94` or `1.94.0` as (1, 94).
fn minor(version: &str) -> (u64, u64) {
    let mut parts = version.split('.').map(|part| part.parse::<u64>().unwrap());
    (parts.next().unwrap(), parts.next().unwrap())
}

/// `| `sqlx-sqlite` | 1.94 | sqlx 0.9 |` rows of the docs' feature table.
fn documented() -> BTreeMap<String, (u64, u64)> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let docs = std::fs::read_to_string(workspace.join("docs/integrations.md")).unwrap();
    let table = docs
        .split("| feature | minimum Rust | because of |")
        .nth(1)
        .expect("docs/integrations.md has the minimum Rust table");
    table
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            (cells[1].trim_matches('`').to_owned(), minor(cells[2]))
        })
        .collect()
}

#[test]
fn each_features_minimum_rust_is_what_its_crates_declare() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let output = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--all-features"])
        .arg("--manifest-path")
        .arg(workspace.join("Cargo.toml"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: Value = serde_json::from_slice(&output.stdout).unwrap();
    let packages = metadata["packages"].as_array().unwrap();
    let runtime = packages
        .iter()
        .find(|package| package["name"] == "id-runtime")
        .unwrap();
    let own = minor(runtime["rust_version"].as_str().unwrap());
    let node = metadata["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|node| node["id"] == runtime["id"])
        .unwrap();
    // A dependency's `rust-version` by its name in id-runtime's Cargo.toml.
    let rust_version_of = |dependency: &str| -> Option<(u64, u64)> {
        let dep = node["deps"]
            .as_array()
            .unwrap()
            .iter()
            .find(|dep| dep["name"] == dependency.replace('-', "_"))?;
        let package = packages
            .iter()
            .find(|package| package["id"] == dep["pkg"])?;
        package["rust_version"].as_str().map(minor)
    };

    let documented = documented();
    let mut features: Vec<&String> = runtime["features"]
        .as_object()
        .unwrap()
        .keys()
        .filter(|feature| *feature != "default")
        .collect();
    features.sort();
    let listed: Vec<&String> = documented.keys().collect();
    assert_eq!(
        listed, features,
        "docs/integrations.md must list every feature of id-runtime"
    );
    for feature in features {
        let needed = runtime["features"][feature]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|entry| entry.as_str()?.strip_prefix("dep:"))
            .filter_map(rust_version_of)
            .fold(own, Ord::max);
        assert_eq!(
            documented[feature], needed,
            "docs/integrations.md: feature `{feature}` needs Rust {}.{}",
            needed.0, needed.1
        );
    }
}
