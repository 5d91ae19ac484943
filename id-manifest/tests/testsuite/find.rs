//! `find_manifest`: the crate directory, then ancestors up to the workspace root, which is where cargo's is.

use std::path::{Path, PathBuf};

use id_manifest::{FindError, MANIFEST_FILE_NAME, find_manifest, search_root};

/// A fresh directory tree for one test, removed when dropped.
struct TempTree(PathBuf);

impl TempTree {
    fn new(name: &str) -> Self {
        let root =
            std::env::temp_dir().join(format!("id-manifest-find-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        TempTree(root)
    }

    fn file(&self, relative: &str, contents: &str) -> PathBuf {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, contents).unwrap();
        path
    }

    fn dir(&self, relative: &str) -> PathBuf {
        let path = self.0.join(relative);
        std::fs::create_dir_all(&path).unwrap();
        path
    }
}

impl Drop for TempTree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const WORKSPACE: &str = "[workspace]\nmembers = [\"crates/app\"]\n";
const PACKAGE: &str = "[package]\nname = \"app\"\n";

#[test]
fn found_in_the_crate_directory() {
    let tree = TempTree::new("crate-dir");
    tree.file("ws/Cargo.toml", WORKSPACE);
    tree.file("ws/ids.toml", "");
    tree.file("ws/crates/app/Cargo.toml", PACKAGE);
    let nearest = tree.file("ws/crates/app/ids.toml", "");
    assert_eq!(find_manifest(&tree.0.join("ws/crates/app")), Ok(nearest));
}

#[test]
fn found_in_an_ancestor() {
    let tree = TempTree::new("ancestor");
    tree.file("ws/Cargo.toml", WORKSPACE);
    let root_manifest = tree.file("ws/ids.toml", "");
    tree.file("ws/crates/app/Cargo.toml", PACKAGE);
    assert_eq!(
        find_manifest(&tree.0.join("ws/crates/app")),
        Ok(root_manifest)
    );
}

#[test]
fn stops_at_the_workspace_root() {
    let tree = TempTree::new("stops");
    tree.file("ids.toml", "");
    tree.file("ws/Cargo.toml", WORKSPACE);
    tree.file("ws/crates/app/Cargo.toml", PACKAGE);
    let crate_dir = tree.0.join("ws/crates/app");
    let searched = |relative: &str| tree.0.join(relative).join(MANIFEST_FILE_NAME);
    assert_eq!(
        find_manifest(&crate_dir),
        Err(FindError {
            searched: vec![
                searched("ws/crates/app"),
                searched("ws/crates"),
                searched("ws")
            ]
        })
    );
}

#[test]
fn a_cargo_toml_that_does_not_parse_is_not_a_workspace_root() {
    let tree = TempTree::new("broken-cargo");
    tree.file("Cargo.toml", WORKSPACE);
    let above = tree.file("ids.toml", "");
    tree.file("ws/Cargo.toml", "[workspace\n");
    let crate_dir = tree.dir("ws/app");
    assert_eq!(find_manifest(&crate_dir), Ok(above));
}

#[test]
fn package_workspace_key_names_the_root() {
    let tree = TempTree::new("workspace-key");
    let above = tree.file("ids.toml", "");
    tree.file(
        "ws/Cargo.toml",
        "[package]\nname = \"x\"\nworkspace = \"..\"\n",
    );
    assert_eq!(find_manifest(&tree.dir("ws")), Ok(above));
    assert_eq!(search_root(&tree.0.join("ws")), tree.0);
}

#[test]
fn a_package_outside_any_workspace_is_its_own_root() {
    // An unrelated ids.toml above the package (in a home directory, say) must not be used.
    let tree = TempTree::new("lone-package");
    tree.file("ids.toml", "");
    tree.file("home/app/Cargo.toml", PACKAGE);
    tree.file("home/app/src/main.rs", "fn main() {}\n");
    let crate_dir = tree.0.join("home/app");
    assert_eq!(search_root(&crate_dir), crate_dir);
    assert_eq!(
        find_manifest(&crate_dir),
        Err(FindError {
            searched: vec![crate_dir.join(MANIFEST_FILE_NAME)]
        })
    );
    // From a directory inside the package (the `ids` command's working directory), the package is still the root.
    let src = crate_dir.join("src");
    assert_eq!(search_root(&src), crate_dir);
    let own = tree.file("home/app/ids.toml", "");
    assert_eq!(find_manifest(&src), Ok(own));
}

#[test]
fn a_package_excluded_from_the_workspace_above_is_its_own_root() {
    let tree = TempTree::new("excluded");
    tree.file(
        "ws/Cargo.toml",
        "[workspace]\nmembers = [\"app\"]\nexclude = [\"fuzz\", \"./tools/\"]\n",
    );
    tree.file("ws/ids.toml", "");
    tree.file("ws/fuzz/Cargo.toml", PACKAGE);
    tree.file("ws/tools/gen/Cargo.toml", PACKAGE);
    tree.file("ws/app/Cargo.toml", PACKAGE);
    for excluded in ["ws/fuzz", "ws/tools/gen"] {
        let dir = tree.0.join(excluded);
        assert_eq!(search_root(&dir), dir, "{excluded}");
        assert!(find_manifest(&dir).is_err(), "{excluded}");
    }
    assert_eq!(search_root(&tree.0.join("ws/app")), tree.0.join("ws"));
    assert_eq!(
        find_manifest(&tree.0.join("ws/app")),
        Ok(tree.0.join("ws/ids.toml"))
    );
}

#[test]
fn a_workspace_root_package_stops_at_itself() {
    let tree = TempTree::new("root-package");
    tree.file("ids.toml", "");
    tree.file("ws/Cargo.toml", "[package]\nname = \"x\"\n[workspace]\n");
    let dir = tree.0.join("ws");
    assert_eq!(search_root(&dir), dir);
    assert!(find_manifest(&dir).is_err());
}

#[test]
fn without_any_cargo_toml_the_search_stops_at_the_repository_root() {
    let tree = TempTree::new("no-cargo");
    tree.file("ids.toml", "");
    tree.dir("repo/.git");
    let manifest = tree.file("repo/ids.toml", "");
    let deep = tree.dir("repo/web/src");
    assert_eq!(search_root(&deep), tree.0.join("repo"));
    assert_eq!(find_manifest(&deep), Ok(manifest.clone()));
    std::fs::remove_file(&manifest).unwrap();
    assert_eq!(find_manifest(&deep).unwrap_err().searched.len(), 3);
}

#[test]
fn not_found_lists_every_path_searched() {
    let tree = TempTree::new("not-found");
    tree.file("ws/Cargo.toml", WORKSPACE);
    let crate_dir = tree.dir("ws/app");
    let error = find_manifest(&crate_dir).unwrap_err();
    let expected = [crate_dir.join("ids.toml"), tree.0.join("ws/ids.toml")];
    assert_eq!(error.searched, expected);
    assert_eq!(
        error.to_string(),
        format!(
            "no ids.toml found; searched:\n  {}\n  {}\nhelp: create ids.toml in the crate or workspace root, \
             or pass a path: #[ids(\"path/to/ids.toml\")]",
            expected[0].display(),
            expected[1].display()
        )
    );
    let _: &dyn std::error::Error = &error;
}

#[test]
fn a_directory_named_ids_toml_is_not_a_manifest() {
    let tree = TempTree::new("dir-named-ids");
    tree.file("ws/Cargo.toml", WORKSPACE);
    tree.dir("ws/app/ids.toml");
    let manifest = tree.file("ws/ids.toml", "");
    assert_eq!(
        find_manifest(Path::new(&tree.0.join("ws/app"))),
        Ok(manifest)
    );
}

#[test]
fn relative_paths_do_not_escape_to_the_working_directory() {
    // No Cargo.toml and no .git on the relative path: only the start directory is searched, never the cwd.
    let error = find_manifest(Path::new("id-manifest-no-such-dir/app")).unwrap_err();
    assert_eq!(
        error.searched,
        [PathBuf::from("id-manifest-no-such-dir/app/ids.toml")]
    );
}
