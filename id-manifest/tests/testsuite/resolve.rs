//! `resolve_without_source_file`: `#[ids("path")]` where the compiler gives no calling file (rust-analyzer).

use std::path::{Path, PathBuf};

use id_manifest::{ResolveError, resolve_without_source_file};

/// A crate directory for one test, removed when dropped.
struct Crate(PathBuf);

impl Crate {
    fn new(name: &str) -> Self {
        let root =
            std::env::temp_dir().join(format!("id-manifest-resolve-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        let app = Crate(root);
        app.file("Cargo.toml", "[package]\nname = \"app\"\n");
        app
    }

    fn file(&self, relative: &str, contents: &str) -> PathBuf {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, contents).unwrap();
        path
    }

    fn resolve(&self, relative: &str) -> Result<PathBuf, ResolveError> {
        let literal = format!("{relative:?}");
        resolve_without_source_file(&self.0, relative, Some(&literal))
    }
}

impl Drop for Crate {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_path_next_to_a_nested_module_resolves_from_its_directory() {
    let app = Crate::new("nested");
    app.file("src/main.rs", "mod infra;\n");
    app.file(
        "src/infra/mod.rs",
        "#[id_runtime::ids(\"kinds.toml\")]\npub mod ids {}\n",
    );
    let manifest = app.file("src/infra/kinds.toml", "[types.run]\n");
    assert_eq!(app.resolve("kinds.toml"), Ok(manifest.clone()));
    // The same file from the crate root's point of view (`#[covers_all("infra/kinds.toml")]` in src/main.rs).
    assert_eq!(
        app.resolve("infra/kinds.toml"),
        Ok(app.0.join("src/infra/kinds.toml"))
    );
    // And from deeper modules with `..`.
    app.file("src/infra/db/pool.rs", "#[covers_all(\"../kinds.toml\")]\n");
    assert_eq!(
        app.resolve("../kinds.toml"),
        Ok(app.0.join("src/infra/db/../kinds.toml"))
    );
}

#[test]
fn directories_without_rust_files_are_not_bases() {
    let app = Crate::new("no-rust");
    app.file("src/lib.rs", "");
    // `assets/` holds no .rs file, so `kinds.toml` there is not what a module's attribute can mean.
    app.file("assets/kinds.toml", "");
    assert_eq!(
        app.resolve("kinds.toml"),
        Err(ResolveError::NotFound {
            relative: "kinds.toml".to_owned(),
            crate_dir: app.0.clone(),
        })
    );
}

#[test]
fn several_matches_are_told_apart_by_the_file_spelling_the_literal() {
    let app = Crate::new("spelled");
    app.file("src/lib.rs", "mod a;\nmod b;\n");
    app.file(
        "src/a/mod.rs",
        "#[id_runtime::ids(\"ids.toml\")]\npub mod ids {}\n",
    );
    app.file("src/b/mod.rs", "pub fn other() {}\n");
    let wanted = app.file("src/a/ids.toml", "");
    app.file("src/b/ids.toml", "");
    assert_eq!(app.resolve("ids.toml"), Ok(wanted));
}

#[test]
fn an_ambiguity_the_literal_cannot_settle_lists_every_candidate() {
    let app = Crate::new("ambiguous");
    app.file("src/a/mod.rs", "#[id_runtime::ids(\"ids.toml\")]\n");
    app.file("src/b/mod.rs", "#[id_runtime::ids(\"ids.toml\")]\n");
    let a = app.file("src/a/ids.toml", "");
    let b = app.file("src/b/ids.toml", "");
    let error = app.resolve("ids.toml").unwrap_err();
    assert_eq!(
        error,
        ResolveError::Ambiguous {
            relative: "ids.toml".to_owned(),
            candidates: vec![a.clone(), b.clone()],
        }
    );
    let message = error.to_string();
    assert!(
        message.starts_with("manifest `ids.toml` is ambiguous"),
        "{message}"
    );
    assert!(
        message.contains(&format!("\n  {}\n  {}\n", a.display(), b.display())),
        "{message}"
    );
}

#[test]
fn one_file_reached_from_two_directories_is_one_match() {
    let app = Crate::new("same-file");
    app.file("src/a/mod.rs", "");
    app.file("src/b/mod.rs", "");
    let manifest = app.file("src/ids.toml", "");
    // `../ids.toml` from src/a/ and from src/b/ is the same file: not an ambiguity.
    let found = app.resolve("../ids.toml").unwrap();
    assert_eq!(
        found.canonicalize().unwrap(),
        manifest.canonicalize().unwrap()
    );
}

#[test]
fn nested_packages_hidden_directories_and_build_output_are_skipped() {
    let app = Crate::new("skipped");
    app.file("src/lib.rs", "");
    let manifest = app.file("src/ids.toml", "");
    for other in ["member/src", ".cache", "target/debug/build"] {
        app.file(&format!("{other}/lib.rs"), "#[ids(\"ids.toml\")]\n");
        app.file(&format!("{other}/ids.toml"), "");
    }
    app.file("member/Cargo.toml", "[package]\nname = \"member\"\n");
    app.file(
        "target/CACHEDIR.TAG",
        "Signature: 8a477f597d28d172789f06886806bc55\n",
    );
    // member/src is below a nested package's directory only through member/, which has a Cargo.toml.
    assert_eq!(app.resolve("ids.toml"), Ok(manifest));
}

#[test]
fn without_a_crate_directory_nothing_is_found() {
    let missing = Path::new("/nonexistent/id-manifest-resolve");
    assert!(matches!(
        resolve_without_source_file(missing, "ids.toml", None),
        Err(ResolveError::NotFound { .. })
    ));
}
