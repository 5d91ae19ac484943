//! A warning when rust-analyzer shows kinds from an older manifest.
//!
//! rust-analyzer expands `#[ids]` again only when the annotated item's tokens change: it cannot learn that the macro
//! read the manifest, so after an edit it keeps the kinds it saw first, and shows no error for the new ones. The
//! macro cannot make it expand again, but it can say so where the editor shows it: under rust-analyzer's proc-macro
//! server it records the fingerprint of the manifest it expanded from; under rustc (the check on save) it compares
//! that record with the manifest and, when they differ, warns at the attribute with the fix (docs/editor.md).
//!
//! A module written by id-build carries the fingerprint itself, which already makes rust-analyzer expand it again:
//! nothing is recorded or compared for it.

use std::path::{Path, PathBuf};

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Expr, ExprLit, Item, ItemMod, Lit};

/// The tokens that keep the editor honest for the module filled from `manifest`: a record under rust-analyzer, and
/// under rustc the tracking of that record plus, when it is stale, the warning.
pub(crate) fn staleness(module: &ItemMod, manifest: &Path) -> TokenStream {
    if has_fingerprint(module) {
        return TokenStream::new();
    }
    let (Some(record), Ok(bytes)) = (record_path(manifest), std::fs::read(manifest)) else {
        return TokenStream::new();
    };
    let current = id_manifest::fingerprint(&bytes);
    if in_rust_analyzer() {
        // The fingerprint and this proc-macro server's process ID. Written only when it changes, so that rustc,
        // which tracks the file, rebuilds only when it must.
        let line = format!("{current} {}", std::process::id());
        if std::fs::read_to_string(&record).ok().as_deref() != Some(line.as_str()) {
            let _ = record.parent().map(std::fs::create_dir_all);
            let _ = std::fs::write(&record, &line);
        }
        return TokenStream::new();
    }
    let Ok(seen) = std::fs::read_to_string(&record) else {
        // rust-analyzer never expanded this module on this machine (CI, a terminal-only user): nothing to say.
        return TokenStream::new();
    };
    let Some(record) = record.to_str() else {
        return TokenStream::new();
    };
    // expands to: const _: &[u8] = include_bytes!("/tmp/id-macros-rust-analyzer/…"); — the check after
    // rust-analyzer's next expansion runs the macro again, and the warning goes away.
    let tracking = quote! {
        const _: &[::core::primitive::u8] = ::core::include_bytes!(#record);
    };
    let (seen, server) = seen.rsplit_once(' ').unwrap_or((seen.as_str(), ""));
    // The same manifest; or a rust-analyzer that is gone, whose stale view nobody sees: a terminal build after the
    // editor was closed must not warn (it would fail under `-D warnings`).
    if seen == current || server.parse().is_ok_and(has_exited) {
        return tracking;
    }
    let note = format!(
        "rust-analyzer expanded #[ids] from an older {} and does not read it again by itself: run \
         \u{201c}rust-analyzer: Restart server\u{201d}, or write the module with id-build to see new kinds on save \
         (docs/editor.md)",
        manifest.file_name().map_or_else(
            || manifest.display().to_string(),
            |name| name.to_string_lossy().into_owned()
        )
    );
    // expands to: const _: () = { #[deprecated(note = "…")] const rust_analyzer_has_not_seen_this_ids_toml: () = ();
    //             rust_analyzer_has_not_seen_this_ids_toml };  — the one stable way for a proc macro to warn.
    let warning = syn::Ident::new(
        "rust_analyzer_has_not_seen_this_ids_toml",
        Span::call_site(),
    );
    quote! {
        #tracking
        const _: () = {
            #[deprecated(note = #note)]
            #[allow(non_upper_case_globals)]
            const #warning: () = ();
            #warning
        };
    }
}

/// Whether the module holds id-build's `const _: &str = "ids.toml fnv1a-64 …";`.
fn has_fingerprint(module: &ItemMod) -> bool {
    let items = module
        .content
        .as_ref()
        .map(|(_, items)| items.as_slice())
        .unwrap_or_default();
    items.iter().any(|item| {
        let Item::Const(item) = item else {
            return false;
        };
        matches!(
            &*item.expr,
            Expr::Lit(ExprLit { lit: Lit::Str(text), .. })
                if text.value().starts_with(id_manifest::FINGERPRINT_PREFIX)
        )
    })
}

/// The record of the manifest rust-analyzer expanded this crate's module from: one file per crate and manifest.
fn record_path(manifest: &Path) -> Option<PathBuf> {
    let crate_dir = std::env::var_os("CARGO_MANIFEST_DIR")?;
    let mut key = crate_dir.into_encoded_bytes();
    key.push(0);
    key.extend_from_slice(manifest.as_os_str().as_encoded_bytes());
    let name = id_manifest::fingerprint(&key);
    let name = name
        .strip_prefix(id_manifest::FINGERPRINT_PREFIX)
        .unwrap_or(&name);
    Some(
        std::env::temp_dir()
            .join("id-macros-rust-analyzer")
            .join(name),
    )
}

/// Whether the process `pid` is known to have exited: where `/proc` lists processes (Linux), by its absence
/// there; elsewhere it is never known, and a stale record warns as long as it is stale.
fn has_exited(pid: u32) -> bool {
    let proc = Path::new("/proc");
    proc.join("self").exists() && !proc.join(pid.to_string()).exists()
}

/// rust-analyzer runs proc macros in its own server process (`rust-analyzer-proc-macro-srv`, or
/// `rust-analyzer proc-macro`); rustc runs them in-process.
fn in_rust_analyzer() -> bool {
    std::env::current_exe().ok().is_some_and(|exe| {
        exe.file_name()
            .is_some_and(|name| name.to_string_lossy().starts_with("rust-analyzer"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_module_written_by_id_build_is_recognized_by_its_fingerprint() {
        let written: ItemMod = syn::parse_str(
            "pub mod ids { const _: &::core::primitive::str = \"ids.toml fnv1a-64 0123456789abcdef\"; }",
        )
        .unwrap();
        assert!(has_fingerprint(&written));
        let plain: ItemMod = syn::parse_str("pub mod ids {}").unwrap();
        assert!(!has_fingerprint(&plain));
        let other: ItemMod = syn::parse_str("pub mod ids { const _: &str = \"hello\"; }").unwrap();
        assert!(!has_fingerprint(&other));
    }

    #[test]
    fn each_crate_and_manifest_has_its_own_record() {
        let one = record_path(Path::new("/a/ids.toml")).unwrap();
        let two = record_path(Path::new("/b/ids.toml")).unwrap();
        assert_ne!(one, two);
        assert!(one.starts_with(std::env::temp_dir().join("id-macros-rust-analyzer")));
    }

    #[test]
    fn a_process_that_runs_has_not_exited() {
        assert!(!has_exited(std::process::id()));
        if Path::new("/proc/self").exists() {
            // Above Linux's largest PID (2^22).
            assert!(has_exited(u32::MAX));
        }
    }

    #[test]
    fn tests_do_not_run_in_rust_analyzer() {
        assert!(!in_rust_analyzer());
    }
}
