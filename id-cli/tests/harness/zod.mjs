// Runs the zod schemas of `ids export --format zod` (compiled by tsc) against the TypeID conformance vectors, IDs
// made by the Rust runtime, and IDs of the wrong kind. Each schema must accept exactly what its parse function
// accepts, give the same canonical value, and report a rejection as a zod issue with the IdError's message.
//
// usage: node zod.mjs MODULE VECTORS_DIR RUST_IDS_JSON
// The kinds of tests/fixtures/conformance/ids.toml: prefix, pre_fix, user (alias usr, accept_uuid), run.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [modulePath, vectorsDir, rustPath] = process.argv.slice(2);
const ids = await import(pathToFileURL(resolve(modulePath)).href);
const read = (path) => JSON.parse(readFileSync(path, "utf8"));
const valid = read(join(vectorsDir, "valid.json"));
const invalid = read(join(vectorsDir, "invalid.json"));
const rust = read(rustPath);

let passed = 0;
const failures = [];
function check(name, condition) {
  if (condition) {
    passed += 1;
  } else {
    failures.push(name);
  }
}
/** The IdError a parse function throws, or null. */
function idError(fn) {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof ids.IdError ? error : { message: `not an IdError: ${error}`, code: "none" };
  }
}
/** A failed safeParse: exactly one issue, carrying the IdError's message and code. */
function rejectsLike(result, error) {
  return (
    !result.success &&
    error !== null &&
    result.error.issues.length === 1 &&
    result.error.issues[0].message === error.message &&
    result.error.issues[0].params?.idError === error.code
  );
}

const KINDS = {
  prefix: { schema: ids.PrefixIdSchema, parse: ids.parsePrefixId },
  pre_fix: { schema: ids.PreFixIdSchema, parse: ids.parsePreFixId },
  user: { schema: ids.UserIdSchema, parse: ids.parseUserId },
  run: { schema: ids.RunIdSchema, parse: ids.parseRunId },
};
check("rust IDs were given", rust.length >= 1000);

// Valid vectors and Rust-made IDs: the owner's schema gives the canonical ID, every other kind's names both kinds.
for (const vector of [...valid, ...rust]) {
  const name = `${vector.name} (${vector.typeid})`;
  const owner = Object.keys(KINDS).find((kind) => ids.ID_INFO[kind].prefix === vector.prefix);
  for (const [kind, { schema, parse }] of Object.entries(KINDS)) {
    const result = schema.safeParse(vector.typeid);
    if (kind === owner) {
      check(`${name}: ${kind} schema accepts it`, result.success && result.data === vector.typeid);
    } else {
      const error = idError(() => parse(vector.typeid));
      check(`${name}: ${kind} schema rejects it like parse does`, rejectsLike(result, error));
      check(`${name}: the issue names the expected kind`, error?.message.startsWith(`wrong ID type: expected a \`${kind}\` ID, found `));
    }
  }
  const any = ids.AnyIdSchema.safeParse(vector.typeid);
  if (owner === undefined) {
    check(`${name}: AnyIdSchema rejects an unknown prefix`, rejectsLike(any, idError(() => ids.parse(vector.typeid))));
    check(`${name}: with code unknown_prefix`, !any.success && any.error.issues[0].params?.idError === "unknown_prefix");
  } else {
    check(`${name}: AnyIdSchema accepts it`, any.success && any.data === vector.typeid);
  }
}

// Invalid vectors: every schema rejects them, with the rule the codec names.
for (const vector of invalid) {
  const name = `${vector.name} (${JSON.stringify(vector.typeid)})`;
  const error = idError(() => ids.decodeTypeId(vector.typeid));
  check(`${name}: decodeTypeId rejects it`, error !== null && error.code !== "none");
  for (const [kind, { schema }] of Object.entries(KINDS)) {
    check(`${name}: ${kind} schema rejects it`, rejectsLike(schema.safeParse(vector.typeid), error));
  }
  check(`${name}: AnyIdSchema rejects it`, rejectsLike(ids.AnyIdSchema.safeParse(vector.typeid), error));
}

// Aliases, bare UUIDs and wrong kinds, as the manifest says.
const UUID = "01890a5d-ac96-774b-bcce-b302099a8057";
const user = "user_01h455vb4pex5vsknk084sn02q";
const run = "run_01h455vb4pex5vsknk084sn02q";
const alias = "usr_01h455vb4pex5vsknk084sn02q";
check("an alias parses to the canonical prefix", ids.UserIdSchema.parse(alias) === user);
check("AnyIdSchema normalises an alias too", ids.AnyIdSchema.parse(alias) === user);
check("accept_uuid takes a hyphenated UUID", ids.UserIdSchema.parse(UUID) === user);
check("accept_uuid takes a simple uppercase UUID", ids.UserIdSchema.parse(UUID.replace(/-/g, "").toUpperCase()) === user);
check("a kind without accept_uuid rejects a bare UUID", !ids.RunIdSchema.safeParse(UUID).success);
check("AnyIdSchema rejects a bare UUID", ids.AnyIdSchema.safeParse(UUID).error?.issues[0].params?.idError === "bare_uuid");
const wrong = ids.RunIdSchema.safeParse(user);
check("a user ID is not a run ID", !wrong.success && wrong.error.issues[0].message === "wrong ID type: expected a `run` ID, found a `user` ID");
check("the issue's code is wrong_type", !wrong.success && wrong.error.issues[0].params?.idError === "wrong_type");
const wrongAlias = ids.RunIdSchema.safeParse(alias);
check("an alias of user is not a run ID", !wrongAlias.success && wrongAlias.error.issues[0].message.includes("expected a `run` ID"));
check("a run ID is a run ID", ids.RunIdSchema.parse(run) === run);
check("a number is not an ID", !ids.RunIdSchema.safeParse(42).success);
check("undefined is not an ID", !ids.AnyIdSchema.safeParse(undefined).success);
check("a trailing newline is rejected", !ids.RunIdSchema.safeParse(`${run}\n`).success);
check("IdTypeSchema takes every kind", ids.ID_TYPES.every((kind) => ids.IdTypeSchema.parse(kind) === kind));
check("IdTypeSchema rejects an unknown kind", !ids.IdTypeSchema.safeParse("nope").success);
check("IdTypeSchema rejects a prefix that is not a kind name", !ids.IdTypeSchema.safeParse("usr").success);
check("parse throws a ZodError naming the kind", (() => {
  try {
    ids.RunIdSchema.parse(user);
  } catch (error) {
    return error.name === "ZodError" && error.issues[0].message.includes("found a `user` ID");
  }
  return false;
})());

console.log(`${passed} passed, ${failures.length} failed`);
for (const failure of failures.slice(0, 50)) {
  console.log(`FAILED: ${failure}`);
}
process.exit(failures.length === 0 ? 0 : 1);
