//! One mistake, one message: an ID of another kind is reported in the same words by every path in Rust (parse,
//! `TryFrom<&str>`, `TryFrom<AnyId>`, serde, a `from_static` literal) and by every language `ids export` writes
//! (TypeScript, JavaScript, zod, Python, PostgreSQL), for a kind whose prefix differs from its key.

use std::path::Path;

use crate::common::{run_tool, temp_dir};
use crate::export::{node, python};

/// `transaction` with the prefix `txn` (alias `tx`), and `user`.
#[id_runtime::ids("../fixtures/wrong-kind/ids.toml")]
pub mod txn_ids {}

use txn_ids::{AnyId, TransactionId, UserId};

const MANIFEST: &str = "tests/fixtures/wrong-kind/ids.toml";
const USER_ID: &str = "user_01h455vb4pex5vsknk084sn02q";
const TXN_ID: &str = "txn_01h455vb4pex5vsknk084sn02q";
const NO_PREFIX: &str = "01h455vb4pex5vsknk084sn02q";

/// Written out, not computed by the code under test: the key, the prefix where it differs, the prefix found.
const USER_AS_TRANSACTION: &str =
    "wrong ID type: expected a `transaction` ID (`txn_…`), found a `user` ID";
const TXN_AS_USER: &str = "wrong ID type: expected a `user` ID, found a `txn` ID";
const NONE_AS_TRANSACTION: &str =
    "wrong ID type: expected a `transaction` ID (`txn_…`), found an ID without prefix";

/// The three cases as (function suffix, input, expected message).
const CASES: [(&str, &str, &str); 3] = [
    ("Transaction", USER_ID, USER_AS_TRANSACTION),
    ("User", TXN_ID, TXN_AS_USER),
    ("Transaction", NO_PREFIX, NONE_AS_TRANSACTION),
];

#[test]
fn every_rust_path_gives_the_same_words() {
    assert_eq!(
        TransactionId::parse(USER_ID).unwrap_err().to_string(),
        USER_AS_TRANSACTION
    );
    assert_eq!(UserId::parse(TXN_ID).unwrap_err().to_string(), TXN_AS_USER);
    assert_eq!(
        TransactionId::parse(NO_PREFIX).unwrap_err().to_string(),
        NONE_AS_TRANSACTION
    );
    assert_eq!(
        TransactionId::try_from(USER_ID).unwrap_err().to_string(),
        USER_AS_TRANSACTION
    );
    let user: AnyId = USER_ID.parse().unwrap();
    assert_eq!(
        TransactionId::try_from(user).unwrap_err().to_string(),
        USER_AS_TRANSACTION
    );
    let txn: AnyId = TXN_ID.parse().unwrap();
    assert_eq!(UserId::try_from(txn).unwrap_err().to_string(), TXN_AS_USER);
    let serde = serde_json::from_str::<TransactionId>(&format!("\"{USER_ID}\"")).unwrap_err();
    assert!(
        serde.to_string().starts_with(USER_AS_TRANSACTION),
        "{serde}"
    );
    // A literal's message is built at compile time by its own code; at run time it is the panic's.
    let literal =
        std::panic::catch_unwind(|| TransactionId::from_static(std::hint::black_box(USER_ID)))
            .unwrap_err();
    let literal = literal
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| literal.downcast_ref::<&str>().copied());
    assert_eq!(literal, Some(USER_AS_TRANSACTION));
}

/// `node -e SCRIPT` in `dir`, printing one message a line for [`CASES`] through `call(kind, input)`.
fn node_messages(dir: &Path, module: &str, call: &str) -> String {
    let cases: Vec<String> = CASES
        .iter()
        .map(|(kind, input, _)| format!("[\"{kind}\", \"{input}\"]"))
        .collect();
    let script = format!(
        "import(\"{module}\").then((m) => {{ for (const [kind, input] of [{}]) {{ \
         try {{ {call}; console.log(\"accepted\"); }} catch (e) {{ console.log(e.message); }} }} }})",
        cases.join(", ")
    );
    run_tool("node", ["--input-type=module", "-e", script.as_str()], dir)
}

fn expected_lines() -> String {
    CASES
        .iter()
        .map(|(_, _, message)| format!("{message}\n"))
        .collect()
}

#[test]
fn javascript_gives_the_same_words() {
    if !node("javascript_gives_the_same_words") {
        return;
    }
    let dir = temp_dir("wrong-kind-js");
    crate::export::export("javascript", MANIFEST, &dir, "ids.mjs");
    let out = node_messages(&dir, "./ids.mjs", "m[`parse${kind}Id`](input)");
    assert_eq!(out, expected_lines());
}

#[test]
fn typescript_and_zod_give_the_same_words() {
    let test = "typescript_and_zod_give_the_same_words";
    let Some((modules, tsc)) = crate::zod::tools(test) else {
        return;
    };
    let dir = crate::zod::dir_with_zod("wrong-kind-zod", &modules);
    crate::zod::export(MANIFEST, &dir, "ids.ts");
    let out = crate::zod::compile(&tsc, &dir, &["ids.ts"]);
    // The TypeScript parser, then the zod schema, whose issue carries the parser's message.
    let parsed = node_messages(&out, "./ids.js", "m[`parse${kind}Id`](input)");
    assert_eq!(parsed, expected_lines());
    let schema = node_messages(
        &out,
        "./ids.js",
        "const r = m[`${kind}IdSchema`].safeParse(input); if (!r.success) throw new Error(r.error.issues[0].message)",
    );
    assert_eq!(schema, expected_lines());
}

#[test]
fn python_gives_the_same_words() {
    if !python("python_gives_the_same_words") {
        return;
    }
    let dir = temp_dir("wrong-kind-py");
    crate::export::export("python", MANIFEST, &dir, "ids.py");
    let cases: Vec<String> = CASES
        .iter()
        .map(|(kind, input, _)| format!("(ids.parse_{}_id, \"{input}\")", kind.to_lowercase()))
        .collect();
    let script = format!(
        "import ids\nfor parse, text in [{}]:\n    try:\n        parse(text)\n        print('accepted')\n    \
         except ids.IdError as error:\n        print(error)\n",
        cases.join(", ")
    );
    let out = run_tool("python3", ["-c", script.as_str()], &dir);
    assert_eq!(out, expected_lines());
}

#[test]
fn postgresql_gives_the_same_words() {
    for (kind, input, expected) in CASES {
        let function = format!("{}_id", kind.to_lowercase());
        let Some(message) = crate::postgres::message_of(MANIFEST, &function, input) else {
            return;
        };
        assert_eq!(message, expected, "{function}({input})");
    }
}
