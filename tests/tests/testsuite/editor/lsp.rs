//! A small LSP client that drives a real rust-analyzer the way an editor does: JSON-RPC over stdio, the
//! `didChangeWatchedFiles` capability (so rust-analyzer registers its file watchers with us, as with VS Code), and a
//! poller that reports changes of the `*.rs` files under the registered folders, as an editor's file watcher does.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant, SystemTime};

use serde_json::{Value, json};

use crate::common::OutsideTarget;

/// A running rust-analyzer and what it told us.
pub struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: u64,
    responses: HashMap<u64, Value>,
    /// `experimental/serverStatus`'s last `quiescent`: indexing, build scripts and proc macros are done.
    quiescent: bool,
    /// The last `publishDiagnostics` per document URI.
    pub diagnostics: HashMap<String, Vec<Value>>,
    /// Folders whose `**/*.rs` rust-analyzer asked us to watch.
    watched: Vec<PathBuf>,
    seen: Option<HashMap<PathBuf, (SystemTime, u64)>>,
    last_scan: Instant,
    /// What rust-analyzer reported doing (`$/progress`: loading, building, checking), with when: a test that fails
    /// on time says what the server was busy with.
    progress: Vec<(Instant, String)>,
    /// The cargo target directory, held for the life of the server.
    target: OutsideTarget,
}

impl Client {
    /// Starts `rust_analyzer` on the crate in `root` and initializes it; `target` is its cargo target directory.
    pub fn start(rust_analyzer: &Path, root: &Path, target: OutsideTarget) -> Client {
        let mut child = Command::new(rust_analyzer)
            .current_dir(root)
            .env("CARGO_TARGET_DIR", &target.path)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("rust-analyzer starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, messages) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        let mut client = Client {
            child,
            stdin,
            messages,
            next_id: 0,
            responses: HashMap::new(),
            quiescent: false,
            diagnostics: HashMap::new(),
            watched: Vec::new(),
            seen: None,
            last_scan: Instant::now(),
            progress: Vec::new(),
            target,
        };
        let capabilities = json!({
            "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } },
            "textDocument": {
                "hover": { "contentFormat": ["plaintext"] },
                "completion": { "completionItem": {} },
                "definition": {},
                "publishDiagnostics": {}
            },
            "window": { "workDoneProgress": true },
            "experimental": { "serverStatusNotification": true }
        });
        client.request(
            "initialize",
            json!({
                "processId": std::process::id(),
                "rootUri": uri(root),
                "workspaceFolders": [{ "uri": uri(root), "name": "crate" }],
                "capabilities": capabilities,
            }),
        );
        client.notify("initialized", json!({}));
        client
    }

    /// Sends a request and waits for its result (`null` on an error response).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        let deadline = Instant::now() + Duration::from_secs(120);
        while Instant::now() < deadline {
            if let Some(response) = self.responses.remove(&id) {
                return response.get("result").cloned().unwrap_or(Value::Null);
            }
            self.pump(Duration::from_millis(50));
        }
        panic!("rust-analyzer did not answer {method} in 120 s");
    }

    /// Sends a notification.
    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Opens a document with its text on disk, as an editor does when it shows the file.
    pub fn open(&mut self, path: &Path) {
        let text = std::fs::read_to_string(path).unwrap();
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri(path), "languageId": "rust", "version": 1, "text": text } }),
        );
    }

    /// An edit saved to disk: the save, as an editor sends it. A file-watcher event follows only from the poller,
    /// for the files rust-analyzer asked to watch, as with an editor's watcher: `ids.toml` is not among them.
    ///
    /// Sending one for it anyway made the test flaky, because rust-analyzer then reloads the file while the task
    /// that starts the check on save is still resolving the saved file's crate; that task is cancelled, silently,
    /// and no check runs (`run_flycheck` in rust-analyzer's `handlers/notification.rs`).
    pub fn saved(&mut self, path: &Path) {
        self.notify(
            "textDocument/didSave",
            json!({ "textDocument": { "uri": uri(path) } }),
        );
    }

    /// Waits until rust-analyzer has loaded the crate: build scripts run, proc macros loaded, indexing done.
    pub fn wait_until_quiescent(&mut self, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        while !self.quiescent {
            assert!(
                Instant::now() < deadline,
                "rust-analyzer was still loading the crate after {timeout:?}"
            );
            self.pump(Duration::from_millis(100));
        }
    }

    /// Keeps answering rust-analyzer and relaying file changes for `duration`.
    pub fn idle(&mut self, duration: Duration) {
        let deadline = Instant::now() + duration;
        while Instant::now() < deadline {
            self.pump(Duration::from_millis(100));
        }
    }

    /// The hover text at `line`:`character` (0-based) of `path`, or `None`.
    pub fn hover(&mut self, path: &Path, line: usize, character: usize) -> Option<String> {
        let result = self.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri(path) }, "position": { "line": line, "character": character } }),
        );
        result["contents"]["value"].as_str().map(str::to_owned)
    }

    /// The labels of the completion items at `line`:`character` (0-based) of `path`.
    pub fn completion(&mut self, path: &Path, line: usize, character: usize) -> Vec<String> {
        let result = self.request(
            "textDocument/completion",
            json!({ "textDocument": { "uri": uri(path) }, "position": { "line": line, "character": character } }),
        );
        let items = result.get("items").unwrap_or(&result);
        items
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|item| item["label"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The files that go-to-definition at `line`:`character` (0-based) of `path` leads to.
    pub fn definition(&mut self, path: &Path, line: usize, character: usize) -> Vec<String> {
        let result = self.request(
            "textDocument/definition",
            json!({ "textDocument": { "uri": uri(path) }, "position": { "line": line, "character": character } }),
        );
        // A `Location`, a list of them, a list of `LocationLink`s, or null.
        let locations = match result {
            Value::Array(locations) => locations,
            Value::Null => Vec::new(),
            location
            @ (Value::Object(_) | Value::Bool(_) | Value::Number(_) | Value::String(_)) => {
                vec![location]
            }
        };
        locations
            .iter()
            .filter_map(|location| {
                location
                    .get("targetUri")
                    .or_else(|| location.get("uri"))
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            })
            .collect()
    }

    /// What rust-analyzer reported doing, one line per step with its time relative to `event` (negative before it),
    /// and the cargo target directory it builds in.
    pub fn progress_around(&self, event: Instant) -> String {
        let mut text = format!(
            "rust-analyzer's progress (target {}):",
            self.target.path.display()
        );
        for (at, step) in &self.progress {
            let seconds = match at.checked_duration_since(event) {
                Some(after) => after.as_secs_f64(),
                None => -event.duration_since(*at).as_secs_f64(),
            };
            text.push_str(&format!("\n  {seconds:>7.1} s  {step}"));
        }
        text
    }

    /// The messages of the diagnostics rust-analyzer last published for `path`.
    pub fn diagnostic_messages(&self, path: &Path) -> Vec<String> {
        self.diagnostics
            .get(&uri(path))
            .into_iter()
            .flatten()
            .filter_map(|diagnostic| diagnostic["message"].as_str().map(str::to_owned))
            .collect()
    }

    fn send(&mut self, message: &Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len())
            .and_then(|()| self.stdin.flush())
            .expect("rust-analyzer reads its input");
    }

    /// Handles what rust-analyzer sent within `wait`, then relays file changes.
    fn pump(&mut self, wait: Duration) {
        match self.messages.recv_timeout(wait) {
            Ok(message) => self.handle(message),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => panic!("rust-analyzer exited"),
        }
        while let Ok(message) = self.messages.try_recv() {
            self.handle(message);
        }
        if self.last_scan.elapsed() >= Duration::from_millis(250) {
            self.last_scan = Instant::now();
            self.relay_file_changes();
        }
    }

    fn handle(&mut self, message: Value) {
        let method = message["method"].as_str().unwrap_or_default().to_owned();
        match (message.get("id"), method.as_str()) {
            (Some(id), "") => {
                if let Some(id) = id.as_u64() {
                    self.responses.insert(id, message);
                }
            }
            // A request from the server: register the file watchers; acknowledge everything.
            (Some(id), _) => {
                if method == "client/registerCapability" {
                    self.register_watchers(&message["params"]);
                }
                let id = id.clone();
                self.send(&json!({ "jsonrpc": "2.0", "id": id, "result": null }));
            }
            (None, "$/progress") => {
                let value = &message["params"]["value"];
                let text = [
                    &message["params"]["token"],
                    &value["kind"],
                    &value["title"],
                    &value["message"],
                ]
                .iter()
                .filter_map(|part| part.as_str())
                .collect::<Vec<_>>()
                .join(" ");
                // `report`s of a long build would crowd out the rest.
                if value["kind"] != "report" {
                    self.progress.push((Instant::now(), text));
                }
            }
            (None, "experimental/serverStatus") => {
                self.quiescent = message["params"]["quiescent"].as_bool().unwrap_or(false);
            }
            (None, "textDocument/publishDiagnostics") => {
                let uri = message["params"]["uri"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned();
                let diagnostics = message["params"]["diagnostics"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                self.diagnostics.insert(uri, diagnostics);
            }
            (None, _) => {}
        }
    }

    /// Keeps the folders of the `**/*.rs` watchers (absolute globs, or relative patterns with a base).
    fn register_watchers(&mut self, params: &Value) {
        for registration in params["registrations"].as_array().into_iter().flatten() {
            if registration["method"] != "workspace/didChangeWatchedFiles" {
                continue;
            }
            let watchers = registration["registerOptions"]["watchers"].as_array();
            for watcher in watchers.into_iter().flatten() {
                let pattern = &watcher["globPattern"];
                let base = match pattern.as_str() {
                    Some(glob) => glob.strip_suffix("/**/*.rs").map(PathBuf::from),
                    None if pattern["pattern"] == "**/*.rs" => {
                        let base = &pattern["baseUri"];
                        base.as_str()
                            .or_else(|| base["uri"].as_str())
                            .and_then(|uri| uri.strip_prefix("file://"))
                            .map(|path| PathBuf::from(percent_decoded(path)))
                    }
                    None => None,
                };
                self.watched.extend(base);
            }
        }
        // Everything now on disk is the baseline: only later changes are reported.
        self.seen = Some(self.scan());
    }

    fn scan(&self) -> HashMap<PathBuf, (SystemTime, u64)> {
        let mut files = HashMap::new();
        let mut stack = self.watched.clone();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                let Ok(metadata) = entry.metadata() else {
                    continue;
                };
                if metadata.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|extension| extension == "rs") {
                    let modified = metadata.modified().unwrap_or(SystemTime::UNIX_EPOCH);
                    files.insert(path, (modified, metadata.len()));
                }
            }
        }
        files
    }

    /// Reports created, changed and deleted `*.rs` files under the watched folders, as an editor's watcher does.
    fn relay_file_changes(&mut self) {
        let Some(seen) = self.seen.take() else {
            return;
        };
        let now = self.scan();
        let mut changes = Vec::new();
        for (path, stamp) in &now {
            match seen.get(path) {
                None => changes.push(json!({ "uri": uri(path), "type": 1 })),
                Some(old) if old != stamp => changes.push(json!({ "uri": uri(path), "type": 2 })),
                Some(_) => {}
            }
        }
        for path in seen.keys().filter(|path| !now.contains_key(*path)) {
            changes.push(json!({ "uri": uri(path), "type": 3 }));
        }
        self.seen = Some(now);
        if !changes.is_empty() {
            self.notify(
                "workspace/didChangeWatchedFiles",
                json!({ "changes": changes }),
            );
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        // A polite shutdown; the kill covers a server that does not answer.
        self.send(&json!({ "jsonrpc": "2.0", "id": 0, "method": "shutdown", "params": null }));
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `file:///…` for an absolute path.
pub fn uri(path: &Path) -> String {
    let mut uri = String::from("file://");
    for byte in path.to_string_lossy().bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => {
                uri.push(char::from(byte));
            }
            _ => uri.push_str(&format!("%{byte:02X}")),
        }
    }
    uri
}

fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One `Content-Length`-framed message, or `None` at the end of the stream.
fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length:") {
            length = value.trim().parse().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}
