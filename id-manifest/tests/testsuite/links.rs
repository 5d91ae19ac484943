//! `link` and `labels`: the valid forms, and each mistake at its line and column with a hint.

fn headlines(source: &str) -> Vec<String> {
    match id_manifest::parse(source, "ids.toml") {
        Ok(manifest) => panic!("expected errors, got {manifest:?}"),
        Err(failure) => failure.diagnostics.iter().map(|d| d.headline()).collect(),
    }
}

fn one(source: &str) -> String {
    let mut all = headlines(source);
    assert_eq!(all.len(), 1, "expected one diagnostic, got {all:#?}");
    all.remove(0)
}

#[test]
fn link_and_labels_are_read_in_file_order() {
    let manifest = id_manifest::parse(
        "[types.run]\n\
         link = \"https://admin.example.com/{key}s/{id}?uuid={uuid}\"\n\
         labels = { retention = \"7y\", owner = \"billing\", \"on call\" = \"#ml-oncall\" }\n\
         [types.user]\n",
        "ids.toml",
    )
    .unwrap();
    let run = manifest.kind("run").unwrap();
    assert_eq!(
        run.link.as_deref(),
        Some("https://admin.example.com/{key}s/{id}?uuid={uuid}")
    );
    let labels: Vec<(&str, &str)> = run
        .labels
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    assert_eq!(
        labels,
        [
            ("retention", "7y"),
            ("owner", "billing"),
            ("on call", "#ml-oncall")
        ]
    );
    let user = manifest.kind("user").unwrap();
    assert_eq!((user.link.as_deref(), user.labels.len()), (None, 0));

    // The labels sub-table form reads the same.
    let table = id_manifest::parse(
        "[types.run]\n[types.run.labels]\nowner = \"billing\"\n",
        "ids.toml",
    )
    .unwrap();
    assert_eq!(
        table.kinds[0].labels,
        [("owner".to_owned(), "billing".to_owned())]
    );
}

#[test]
fn a_link_must_be_http_or_https() {
    assert_eq!(
        one("[types.run]\nlink = \"ftp://files.example.com/{id}\"\n"),
        "ids.toml:2:8: link `ftp://files.example.com/{id}` is not valid: a link starts with `https://` or `http://` \
         and a host\n\
         help: links open in a browser: write a full URL, e.g. `https://admin.example.com/runs/{id}`"
    );
    assert_eq!(
        one("[types.run]\nlink = \"/runs/{id}\"\n"),
        "ids.toml:2:8: link `/runs/{id}` is not valid: a link starts with `https://` or `http://` and a host\n\
         help: links open in a browser: write a full URL, e.g. `https://admin.example.com/runs/{id}`"
    );
    assert_eq!(
        one("[types.run]\nlink = \"HTTPS://x.example/{id}\"\n"),
        "ids.toml:2:8: link `HTTPS://x.example/{id}` is not valid: a link starts with `https://` or `http://` and \
         a host\n\
         help: write the scheme in lowercase: `https://…`"
    );
    assert_eq!(
        one("[types.run]\nlink = \"https:///runs/{id}\"\n"),
        "ids.toml:2:8: link `https:///runs/{id}` is not valid: a link starts with `https://` or `http://` and a \
         host\n\
         help: write the host after the scheme, e.g. `https://admin.example.com/runs/{id}`"
    );
}

#[test]
fn an_unknown_placeholder_is_pointed_at() {
    // Column 27 is the `{` of `{ID}`: 8 for the quote, then 19 characters into the value.
    assert_eq!(
        one("[types.run]\nlink = \"https://x.example/{ID}\"\n"),
        "ids.toml:2:27: link `https://x.example/{ID}` is not valid: unknown placeholder `{ID}` at position 18; the \
         placeholders are `{id}`, `{uuid}` and `{key}`\n\
         help: did you mean `{id}`?"
    );
    assert_eq!(
        one("[types.run]\nlink = \"https://x.example/{prefix}\"\n"),
        "ids.toml:2:27: link `https://x.example/{prefix}` is not valid: unknown placeholder `{prefix}` at position \
         18; the placeholders are `{id}`, `{uuid}` and `{key}`\n\
         help: `{id}` is the ID, `{uuid}` its UUID, `{key}` the kind's key"
    );
}

#[test]
fn braces_and_spaces_are_pointed_at() {
    assert_eq!(
        one("[types.run]\nlink = \"https://x.example/{id\"\n"),
        "ids.toml:2:27: link `https://x.example/{id` is not valid: `{` at position 18 is not closed by `}`\n\
         help: braces only surround a placeholder: `{id}`, `{uuid}` or `{key}`"
    );
    assert_eq!(
        one("[types.run]\nlink = \"https://x.example/id}\"\n"),
        "ids.toml:2:29: link `https://x.example/id}` is not valid: `}` at position 20 closes no placeholder\n\
         help: braces only surround a placeholder: `{id}`, `{uuid}` or `{key}`"
    );
    assert_eq!(
        one("[types.run]\nlink = \"https://x.example/my runs/{id}\"\n"),
        "ids.toml:2:29: link `https://x.example/my runs/{id}` is not valid: a space at position 20 cannot be part \
         of a URL\n\
         help: percent-encode it (a space is `%20`)"
    );
}

#[test]
fn a_link_that_is_not_a_string_says_so() {
    assert_eq!(
        one("[types.run]\nlink = [\"https://x.example/{id}\"]\n"),
        "ids.toml:2:8: `link` must be a string, found an array"
    );
}

#[test]
fn labels_must_be_a_table_of_strings() {
    assert_eq!(
        one("[types.run]\nlabels = [\"billing\"]\n"),
        "ids.toml:2:10: `labels` must be a table of strings, found an array\n\
         help: write e.g. `labels = { owner = \"billing\", retention = \"7y\" }`"
    );
    assert_eq!(
        headlines(
            "[types.run]\nlabels = { owner = \"billing\", retention_years = 7, pii = true, team = { a = \"b\" } }\n"
        ),
        [
            "ids.toml:2:49: label `retention_years` must be a string, found an integer\n\
             help: labels are shown, never interpreted: quote it, `retention_years = \"7\"`",
            "ids.toml:2:58: label `pii` must be a string, found a boolean\n\
             help: labels are shown, never interpreted: quote it, `pii = \"true\"`",
            "ids.toml:2:71: label `team` must be a string, found a table\n\
             help: labels are shown, never interpreted: each value is one string",
        ]
    );
    assert_eq!(
        one("[types.run]\nlabels = { \"\" = \"x\" }\n"),
        "ids.toml:2:12: label name is empty\nhelp: name the label, e.g. `retention = \"7y\"`"
    );
}

#[test]
fn link_and_label_mistakes_are_reported_with_the_others() {
    let found = headlines(
        "[types.run]\nlink = \"https://x.example/{run}\"\nprefx = \"r\"\n\n\
         [types.user]\nlabels = { pii = 1 }\nlink = \"mailto:a@example.com\"\n",
    );
    let locations: Vec<&str> = found
        .iter()
        .map(|line| line.split(": ").next().unwrap_or_default())
        .collect();
    assert_eq!(
        locations,
        [
            "ids.toml:2:27",
            "ids.toml:3:1",
            "ids.toml:6:18",
            "ids.toml:7:8"
        ],
        "{found:#?}"
    );
    // A wrong link or label leaves the kind usable: the macro still generates it.
    let failure = id_manifest::parse(
        "[types.run]\nlink = \"ftp://x\"\nlabels = { a = 1, b = \"ok\" }\n",
        "ids.toml",
    )
    .unwrap_err();
    let run = failure.partial.kind("run").unwrap();
    assert_eq!(run.link, None);
    assert_eq!(run.labels, [("b".to_owned(), "ok".to_owned())]);
}
