//! A kind added to the manifest reaches the editor: a real rust-analyzer, driven over LSP as an editor drives it
//! (`lsp.rs`), on a crate outside this workspace. After `[types.job]` is appended to its manifest and the save is
//! notified, `ids::JobId` must resolve in hover, completion and go-to-definition at the use site, and the check on
//! save must agree, without a restart (docs/editor.md has the measurements behind the workflow).
//!
//! Needs rust-analyzer, as `rust_analyzer.rs` does: skipped loudly without it, a failure under CI.

mod lsp;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use lsp::Client;

const KINDS: &str = "[types.user]\ndoc = \"A person.\"\n\n[types.run]\ndoc = \"One run.\"\n";

/// Appended to the manifest by the tests.
const JOB: &str = "\n[types.job]\ndoc = \"A scheduled background job.\"\n";

/// How long the editor may take to show the new kind after the save (the bound).
const FRESH_WITHIN: Duration = Duration::from_secs(30);

/// The use site: `RunId` on line 3 and `JobId` on line 4 (0-based) of src/main.rs.
const USES: &str = "
fn main() {
    let run = ids::RunId::new();
    let job: Option<ids::JobId> = None;
    let _ = (run, job);
}
";

const BUILD_SCRIPT: &str = "\
fn main() -> Result<(), id_build::Error> {
    id_build::IdsModule::new().write()?;
    Ok(())
}
";

/// A crate in a temp dir (outside this workspace, as a user's crate is) with the manifest and `src/main.rs`.
struct Project {
    dir: PathBuf,
}

impl Project {
    fn new(name: &str, build_script: bool, main: &str) -> Project {
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let dir = std::env::temp_dir().join(format!("ids-editor-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        let runtime = workspace.join("id-runtime");
        let mut manifest = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nid-runtime = {{ path = {runtime:?} }}\n"
        );
        if build_script {
            let build = workspace.join("id-build");
            manifest.push_str(&format!(
                "\n[build-dependencies]\nid-build = {{ path = {build:?} }}\n"
            ));
            std::fs::write(dir.join("build.rs"), BUILD_SCRIPT).unwrap();
        }
        manifest.push_str("\n[workspace]\n");
        std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
        std::fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        std::fs::write(dir.join("ids.toml"), KINDS).unwrap();
        std::fs::write(dir.join("src/main.rs"), format!("{main}{USES}")).unwrap();
        Project { dir }
    }

    fn main_rs(&self) -> PathBuf {
        self.dir.join("src/main.rs")
    }

    /// Starts rust-analyzer on the crate and waits until the generated module has been expanded. The client holds
    /// this test's turn at the shared target directory until it is dropped, so that the check rust-analyzer runs on
    /// save never waits for another test's build (`common::OutsideTarget`).
    fn open(&self, rust_analyzer: &Path) -> Client {
        let target = crate::common::outside_target();
        let mut client = Client::start(rust_analyzer, &self.dir, target);
        client.open(&self.main_rs());
        client.wait_until_quiescent(Duration::from_secs(900));
        // Quiescent can come just before the first expansion is queried: wait for `RunId` itself.
        let (line, column) = self.position("RunId", 0);
        let deadline = Instant::now() + Duration::from_secs(60);
        while client.hover(&self.main_rs(), line, column).is_none() {
            assert!(
                Instant::now() < deadline,
                "`ids::RunId` never resolved in rust-analyzer"
            );
            client.idle(Duration::from_millis(500));
        }
        client
    }

    /// Line and column (0-based) of `word` in src/main.rs, `offset` characters into it.
    fn position(&self, word: &str, offset: usize) -> (usize, usize) {
        let text = std::fs::read_to_string(self.main_rs()).unwrap();
        text.lines()
            .enumerate()
            .find_map(|(line, text)| text.find(word).map(|column| (line, column + offset)))
            .unwrap_or_else(|| panic!("`{word}` is not in src/main.rs"))
    }

    /// Appends `[types.job]` to the manifest on disk and notifies the save, as an editor does.
    fn add_job_kind(&self, client: &mut Client) -> Instant {
        let manifest = self.dir.join("ids.toml");
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .open(&manifest)
            .unwrap();
        file.write_all(JOB.as_bytes()).unwrap();
        drop(file);
        client.saved(&manifest);
        Instant::now()
    }
}

impl Drop for Project {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// What the editor shows for `ids::JobId` at the use site.
struct JobIdView {
    hover: Option<String>,
    completions: Vec<String>,
}

impl JobIdView {
    fn of(project: &Project, client: &mut Client) -> JobIdView {
        let (line, column) = project.position("JobId", 1);
        let hover = client.hover(&project.main_rs(), line, column);
        // Completion right after `ids::`, where a user types the new name.
        let (line, column) = project.position("JobId", 0);
        let completions = client.completion(&project.main_rs(), line, column);
        JobIdView { hover, completions }
    }

    fn resolves(&self) -> bool {
        self.hover
            .as_deref()
            .is_some_and(|hover| hover.contains("pub struct JobId"))
            && self.completions.iter().any(|label| label == "JobId")
    }
}

/// Loud skip without rust-analyzer, a failure under CI.
fn rust_analyzer_or_skip(test: &str) -> Option<PathBuf> {
    let found = crate::rust_analyzer::rust_analyzer();
    if found.is_none() {
        let required = std::env::var_os("IDS_SKIP_RUST_ANALYZER").is_none();
        crate::common::skip(
            test,
            "rust-analyzer is not installed (rustup component add rust-analyzer)",
            required,
        );
    }
    found
}

/// The recommended workflow (id-build writes the `#[ids]` module to OUT_DIR): the new kind resolves within
/// seconds of the save, and the check on save has no error for it.
#[test]
fn build_script_workflow_shows_a_new_kind_after_the_save() {
    let Some(rust_analyzer) =
        rust_analyzer_or_skip("build_script_workflow_shows_a_new_kind_after_the_save")
    else {
        return;
    };
    let project = Project::new(
        "ids-editor-build",
        true,
        "include!(concat!(env!(\"OUT_DIR\"), \"/ids.rs\"));\n",
    );
    let mut client = project.open(&rust_analyzer);
    let before = JobIdView::of(&project, &mut client);
    assert!(
        !before.resolves() && before.hover.is_none(),
        "`ids::JobId` resolves before the manifest declares it: {:?} {:?}",
        before.hover,
        before.completions
    );

    let saved = project.add_job_kind(&mut client);
    let mut view = JobIdView::of(&project, &mut client);
    while !view.resolves() && saved.elapsed() < FRESH_WITHIN {
        client.idle(Duration::from_millis(500));
        view = JobIdView::of(&project, &mut client);
    }
    let took = saved.elapsed();
    assert!(
        view.resolves(),
        "`ids::JobId` did not resolve within {FRESH_WITHIN:?} of saving the manifest: hover {:?}, completions {:?}\n{}",
        view.hover,
        view.completions,
        client.progress_around(saved)
    );
    let hover = view.hover.unwrap_or_default();
    assert!(hover.contains("A scheduled background job."), "{hover}");
    let (line, column) = project.position("JobId", 1);
    let targets = client.definition(&project.main_rs(), line, column);
    // The generated type's span is the macro call: the `include!` of the module in src/main.rs.
    assert!(
        targets.contains(&lsp::uri(&project.main_rs())),
        "go-to-definition of `JobId` should lead to where the module is included: {targets:?}"
    );
    // The check on save agrees: no error left on the use site.
    let deadline = Instant::now() + FRESH_WITHIN;
    while !client.diagnostic_messages(&project.main_rs()).is_empty() && Instant::now() < deadline {
        client.idle(Duration::from_millis(500));
    }
    assert_eq!(
        client.diagnostic_messages(&project.main_rs()),
        Vec::<String>::new(),
        "diagnostics on src/main.rs after the new kind resolved"
    );
    let _ = writeln!(
        std::io::stderr(),
        "editor: `ids::JobId` resolved {:.1} s after saving the manifest (build-script workflow)",
        took.as_secs_f64()
    );
}

/// The plain workflow (`#[ids]` on an inline module): rust-analyzer keeps the kinds it expanded first, so after the
/// save the new kind either resolves or the editor shows a diagnostic that names the fix; never a silent nothing.
#[test]
fn plain_ids_says_how_to_see_a_new_kind() {
    let Some(rust_analyzer) = rust_analyzer_or_skip("plain_ids_says_how_to_see_a_new_kind") else {
        return;
    };
    let project = Project::new(
        "ids-editor-plain",
        false,
        "#[id_runtime::ids]\npub mod ids {}\n",
    );
    let mut client = project.open(&rust_analyzer);
    let names_the_fix = |messages: &[String]| {
        messages.iter().any(|message| {
            message.contains("rust-analyzer: Restart server") && message.contains("id-build")
        })
    };
    let before = JobIdView::of(&project, &mut client);
    assert!(
        !before.resolves(),
        "`ids::JobId` resolves before the manifest declares it"
    );
    let messages = client.diagnostic_messages(&project.main_rs());
    assert!(
        !names_the_fix(&messages),
        "a stale-editor warning before the manifest changed: {messages:?}"
    );

    let saved = project.add_job_kind(&mut client);
    let mut resolved = false;
    let mut messages = Vec::new();
    while saved.elapsed() < FRESH_WITHIN {
        client.idle(Duration::from_millis(500));
        resolved = JobIdView::of(&project, &mut client).resolves();
        messages = client.diagnostic_messages(&project.main_rs());
        if resolved || names_the_fix(&messages) {
            break;
        }
    }
    assert!(
        resolved || names_the_fix(&messages),
        "after the save, `ids::JobId` neither resolves nor does a diagnostic name the fix: {messages:?}\n{}",
        client.progress_around(saved)
    );
    let _ = writeln!(
        std::io::stderr(),
        "editor: {} {:.1} s after saving the manifest (plain #[ids])",
        if resolved {
            "`ids::JobId` resolved"
        } else {
            "the warning naming the fix appeared"
        },
        saved.elapsed().as_secs_f64()
    );
}
