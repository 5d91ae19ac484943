//! `find_manifest`: the crate directory, then ancestors up to the workspace root.

use std::path::{Path, PathBuf};

use id_manifest::{FindError, MANIFEST_FILE_NAME, find_manifest};

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
    let above = tree.file("ids.toml", "");
    tree.file("ws/Cargo.toml", "[workspace\n");
    let crate_dir = tree.dir("ws/app");
    assert_eq!(find_manifest(&crate_dir), Ok(above));
}

#[test]
fn workspace_must_be_a_table() {
    let tree = TempTree::new("workspace-key");
    let above = tree.file("ids.toml", "");
    tree.file(
        "ws/Cargo.toml",
        "[package]\nname = \"x\"\nworkspace = \"..\"\n",
    );
    assert_eq!(find_manifest(&tree.dir("ws")), Ok(above));
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
    let error = find_manifest(Path::new("id-manifest-no-such-dir/app")).unwrap_err();
    assert_eq!(
        error.searched,
        [
            PathBuf::from("id-manifest-no-such-dir/app/ids.toml"),
            PathBuf::from("id-manifest-no-such-dir/ids.toml")
        ]
    );
}
