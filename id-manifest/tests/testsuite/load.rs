//! `load`: reading the file before parsing it.

use std::path::PathBuf;

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("id-manifest-load-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("ids.toml");
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn loads_a_valid_file() {
    let path = temp_file("valid", b"[types.run]\n");
    let manifest = id_manifest::load(&path, "ids.toml").unwrap();
    assert_eq!(manifest.kinds[0].key, "run");
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
}

#[test]
fn invalid_utf8_points_at_the_first_bad_byte() {
    let path = temp_file("utf8", b"[types.run]\ndoc = \"caf\xc3\xa9 \xff\"\n");
    let failure = id_manifest::load(&path, "ids.toml").unwrap_err();
    assert_eq!(failure.diagnostics.len(), 1);
    assert_eq!(
        failure.diagnostics[0].headline(),
        "ids.toml:2:13: ids.toml is not valid UTF-8: invalid byte 0xFF\nhelp: save the file as UTF-8"
    );
    assert!(failure.partial.kinds.is_empty());
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
}

#[test]
fn truncated_character_at_end_of_file() {
    let path = temp_file("truncated", b"[types.run]\n# \xe2\x82");
    let failure = id_manifest::load(&path, "ids.toml").unwrap_err();
    assert_eq!(
        failure.diagnostics[0].headline(),
        "ids.toml:2:3: ids.toml is not valid UTF-8: the file ends in the middle of a character\n\
         help: save the file as UTF-8"
    );
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
}

#[test]
fn unreadable_path_names_the_os_error_and_the_path() {
    let path = std::env::temp_dir().join(format!(
        "id-manifest-missing-{}/ids.toml",
        std::process::id()
    ));
    let failure = id_manifest::load(&path, "ids.toml").unwrap_err();
    assert_eq!(failure.diagnostics.len(), 1);
    let diagnostic = &failure.diagnostics[0];
    assert_eq!(
        (diagnostic.location.line, diagnostic.location.column),
        (1, 1)
    );
    let expected = format!(
        "cannot read {}: {}",
        path.display(),
        std::io::Error::from(std::io::ErrorKind::NotFound)
    );
    assert!(
        diagnostic
            .message
            .starts_with(&format!("cannot read {}: ", path.display())),
        "{} vs {expected}",
        diagnostic.message
    );
    assert!(
        diagnostic.message.contains("os error"),
        "{}",
        diagnostic.message
    );
    assert_eq!(diagnostic.source_line, None);
}
