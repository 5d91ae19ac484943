//! The exhaustive shapes of the TypeScript and JavaScript modules: `IdTable<T>` with `idTable` and `mapIdTable`,
//! `matchIdType`, `matchAnyId` and `assertNeverIdType`. Each takes one entry per kind as an object type mapped over
//! `IdType`, so that `tsc --strict` reports every table, handler object and `switch` that lacks a kind added to the
//! manifest (a missing property), or still names a removed one (an excess property), as Rust's `IdTable` literals and
//! matches do.

use id_manifest::Manifest;

use super::literal;
use super::syntax::{Function, Writer};

/// The handler objects of `matchIdType` and `matchAnyId`: each handler gets the kind's own type, so `user` gets a
/// `UserId`.
const KIND_HANDLERS: &str = "{ [K in IdType]: (kind: K) => R }";
const ID_HANDLERS: &str = "{ [K in IdType]: (id: Id<K>) => R }";
/// The same for the private helpers, whose own `K` is the kind being dispatched.
const KIND_HANDLERS_OF_P: &str = "{ readonly [P in IdType]: (kind: P) => R }";
const ID_HANDLERS_OF_P: &str = "{ readonly [P in IdType]: (id: Id<P>) => R }";

/// `IdTable<T>`, emitted with the other types.
pub(super) fn types(w: &mut Writer) {
    w.raw("\n");
    w.type_alias(
        &[
            "One entry per kind. A literal must name every kind and no other, so tsc reports each table that a kind added"
                .to_owned(),
            "to the manifest is missing from. `idTable` builds one from a function.".to_owned(),
        ],
        &[],
        "IdTable",
        &[("T", None)],
        "{ readonly [K in IdType]: T }",
    );
}

/// The functions; they call `parse`, `brand` and `IdError` of the codec.
pub(super) fn functions(w: &mut Writer, manifest: &Manifest) {
    let mut table = String::from("  return {\n");
    for kind in &manifest.kinds {
        let key = literal(kind);
        table.push_str(&format!("    {key}: f({key}),\n"));
    }
    table.push_str("  };\n");
    let functions = [
        Function {
            doc: vec!["The table whose entry for each kind is `f(kind)`.".to_owned()],
            deprecated: None,
            export: true,
            name: "idTable",
            template: &[("T", None)],
            params: &[("f", "(kind: IdType) => T")],
            returns: "IdTable<T>",
            body: &table,
        },
        Function {
            doc: vec!["The table of `f(entry, kind)` for each entry of `table`.".to_owned()],
            deprecated: None,
            export: true,
            name: "mapIdTable",
            template: &[("T", None), ("U", None)],
            params: &[
                ("table", "IdTable<T>"),
                ("f", "(entry: T, kind: IdType) => U"),
            ],
            returns: "IdTable<U>",
            body: "  return idTable((kind) => f(table[kind], kind));\n",
        },
        Function {
            doc: vec![
                "Calls the handler of `kind`. `handlers` has one per kind and no other, which tsc checks: a kind added to"
                    .to_owned(),
                "the manifest makes each call an error until it handles the new kind. Throws IdError for an undeclared"
                    .to_owned(),
                "kind, and TypeError for a missing handler (possible only in unchecked code).".to_owned(),
            ],
            deprecated: None,
            export: true,
            name: "matchIdType",
            template: &[("R", None)],
            params: &[("kind", "IdType"), ("handlers", KIND_HANDLERS)],
            returns: "R",
            body: "  return dispatchKind(kind, handlers);\n",
        },
        Function {
            doc: vec![
                "Calls the handler of the kind of `id` with `id`, typed as an ID of that kind. `handlers` has one per kind"
                    .to_owned(),
                "and no other, as in `matchIdType`. Throws IdError when `id` is not an ID of a declared kind.".to_owned(),
            ],
            deprecated: None,
            export: true,
            name: "matchAnyId",
            template: &[("R", None)],
            params: &[("id", "AnyId"), ("handlers", ID_HANDLERS)],
            returns: "R",
            body: "  const parsed = parse(id);\n  return dispatchId(parsed.type, parsed.id, handlers);\n",
        },
        Function {
            doc: vec![
                "For the `default` of a `switch` over an IdType with one `case` per kind, where `kind` is `never`: tsc"
                    .to_owned(),
                "reports the call when a kind added to the manifest has no `case`. Throws IdError when reached at run"
                    .to_owned(),
                "time (an undeclared value from unchecked code).".to_owned(),
            ],
            deprecated: None,
            export: true,
            name: "assertNeverIdType",
            template: &[],
            params: &[("kind", "never")],
            returns: "never",
            body: "  throw new IdError(\"unknown_type\", `unhandled ID type ${JSON.stringify(kind)}; known types: \
                   ${KNOWN_TYPES}`);\n",
        },
        Function {
            doc: vec![],
            deprecated: None,
            export: false,
            name: "dispatchKind",
            template: &[("K", Some("IdType")), ("R", None)],
            params: &[("kind", "K"), ("handlers", KIND_HANDLERS_OF_P)],
            returns: "R",
            body: "  const handler = handlers[kind];\n  checkHandler(kind, handler);\n  return handler(kind);\n",
        },
        Function {
            doc: vec![],
            deprecated: None,
            export: false,
            name: "dispatchId",
            template: &[("K", Some("IdType")), ("R", None)],
            params: &[("kind", "K"), ("id", "string"), ("handlers", ID_HANDLERS_OF_P)],
            returns: "R",
            body: "  const handler = handlers[kind];\n  checkHandler(kind, handler);\n  \
                   return handler(brand(kind, id));\n",
        },
        Function {
            doc: vec![],
            deprecated: None,
            export: false,
            name: "checkHandler",
            template: &[],
            params: &[("kind", "IdType"), ("handler", "unknown")],
            returns: "void",
            body: CHECK_HANDLER,
        },
    ];
    for function in &functions {
        w.raw("\n");
        w.function(function);
    }
}

/// What untyped callers can get wrong: a kind that is not declared, a handler that is missing.
const CHECK_HANDLER: &str = r#"  if (!ID_TYPES.includes(kind)) {
    throw new IdError("unknown_type", `unknown ID type ${JSON.stringify(kind)}; known types: ${KNOWN_TYPES}`);
  }
  if (typeof handler !== "function") {
    throw new TypeError(`no handler for the ID type ${JSON.stringify(kind)}: the handlers must name every kind`);
  }
"#;
