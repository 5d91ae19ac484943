// Runs a module from `ids export --format javascript` (or the TypeScript export compiled by tsc) against the TypeID
// conformance vectors, IDs encoded by the Rust runtime, and IDs of the wrong kind.
//
// usage: node conformance.mjs MODULE VECTORS_DIR CROSS_JSON
// The kinds of tests/fixtures/conformance/ids.toml: prefix, pre_fix, user (alias usr, accept_uuid), run.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [modulePath, vectorsDir, crossPath] = process.argv.slice(2);
const ids = await import(pathToFileURL(resolve(modulePath)).href);
const read = (path) => JSON.parse(readFileSync(path, "utf8"));
const valid = read(join(vectorsDir, "valid.json"));
const invalid = read(join(vectorsDir, "invalid.json"));
const cross = read(crossPath);

let passed = 0;
const failures = [];
function check(name, condition) {
  if (condition) {
    passed += 1;
  } else {
    failures.push(name);
  }
}
function code(fn) {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof ids.IdError ? error.code : `not an IdError: ${error}`;
  }
}

const KINDS = {
  prefix: { parse: ids.parsePrefixId, is: ids.isPrefixId, format: ids.formatPrefixId },
  pre_fix: { parse: ids.parsePreFixId, is: ids.isPreFixId, format: ids.formatPreFixId },
  user: { parse: ids.parseUserId, is: ids.isUserId, format: ids.formatUserId },
  run: { parse: ids.parseRunId, is: ids.isRunId, format: ids.formatRunId },
};
check("ID_TYPES lists the manifest's kinds in order", JSON.stringify(ids.ID_TYPES) === JSON.stringify(Object.keys(KINDS)));

// Valid vectors, and IDs the Rust runtime encoded: decode, encode back byte-exact, and only the right kind takes them.
for (const vector of [...valid, ...cross]) {
  const name = `${vector.name} (${vector.typeid})`;
  let decoded = null;
  try {
    decoded = ids.decodeTypeId(vector.typeid);
  } catch (error) {
    failures.push(`${name}: decodeTypeId threw ${error}`);
    continue;
  }
  check(`${name}: prefix`, decoded.prefix === vector.prefix);
  check(`${name}: uuid`, decoded.uuid === vector.uuid);
  check(`${name}: encodeTypeId`, ids.encodeTypeId(vector.prefix, vector.uuid) === vector.typeid);
  check(`${name}: encodeTypeId of the simple uppercase UUID`, ids.encodeTypeId(vector.prefix, vector.uuid.replace(/-/g, "").toUpperCase()) === vector.typeid);
  const owner = Object.keys(KINDS).find((kind) => ids.ID_INFO[kind].prefix === vector.prefix);
  for (const [kind, fns] of Object.entries(KINDS)) {
    if (kind === owner) {
      check(`${name}: parse as ${kind}`, fns.parse(vector.typeid) === vector.typeid);
      check(`${name}: is ${kind}`, fns.is(vector.typeid) === true);
      check(`${name}: format ${kind}`, fns.format(vector.uuid) === vector.typeid);
    } else {
      check(`${name}: not a ${kind} (${code(() => fns.parse(vector.typeid))})`, code(() => fns.parse(vector.typeid)) === "wrong_type");
      check(`${name}: is not a ${kind}`, fns.is(vector.typeid) === false);
    }
  }
  if (owner === undefined) {
    check(`${name}: parse rejects an unknown prefix`, code(() => ids.parse(vector.typeid)) === "unknown_prefix");
    check(`${name}: isAnyId`, ids.isAnyId(vector.typeid) === false);
  } else {
    const parsed = ids.parse(vector.typeid);
    check(`${name}: parse`, parsed.type === owner && parsed.id === vector.typeid && parsed.uuid === vector.uuid);
    check(`${name}: isAnyId`, ids.isAnyId(vector.typeid) === true);
    check(`${name}: format`, ids.format(owner, vector.uuid) === vector.typeid);
  }
}

// Invalid vectors: every parser rejects them with an IdError, no guard accepts them.
for (const vector of invalid) {
  const name = `${vector.name} (${JSON.stringify(vector.typeid)})`;
  const decodeCode = code(() => ids.decodeTypeId(vector.typeid));
  check(`${name}: decodeTypeId rejects it (${decodeCode})`, decodeCode !== null && !decodeCode.startsWith("not an"));
  check(`${name}: parse rejects it`, code(() => ids.parse(vector.typeid)) === decodeCode);
  for (const [kind, fns] of Object.entries(KINDS)) {
    check(`${name}: parse as ${kind} rejects it`, code(() => fns.parse(vector.typeid)) === decodeCode);
    check(`${name}: is not a ${kind}`, fns.is(vector.typeid) === false);
  }
  check(`${name}: isAnyId`, ids.isAnyId(vector.typeid) === false);
}

// The rule each invalid vector breaks, as the Rust runtime names it.
const expectedCodes = {
  "prefix-uppercase": "prefix", "prefix-numeric": "prefix", "prefix-period": "prefix", "prefix-non-ascii": "prefix",
  "prefix-spaces": "prefix", "prefix-64-chars": "prefix", "separator-empty-prefix": "prefix", "separator-empty": "prefix",
  "suffix-short": "suffix_length", "suffix-long": "suffix_length", "suffix-spaces": "suffix_char",
  "suffix-uppercase": "suffix_char", "suffix-hyphens": "suffix_char", "suffix-wrong-alphabet": "suffix_char",
  "suffix-ambiguous-crockford": "suffix_char", "suffix-hyphens-crockford": "suffix_length", "suffix-overflow": "overflow",
  "prefix-underscore-start": "prefix", "prefix-underscore-end": "prefix", "empty": "empty", "prefix-empty": "suffix_length",
};
// And where it breaks it: the message names the character and its index, or the length found, written out here
// rather than taken from the module under test.
const expectedProblems = {
  "prefix-uppercase": "invalid ID prefix: the character \"P\" at index 0; prefixes are lowercase",
  "prefix-numeric": "invalid ID prefix: the character \"1\" at index 0; prefixes use only lowercase ASCII letters and `_`",
  "prefix-period": "invalid ID prefix: the character \".\" at index 3; prefixes use only lowercase ASCII letters and `_`",
  "prefix-non-ascii": "invalid ID prefix: the character \"\u00e9\" at index 2; prefixes use only lowercase ASCII letters and `_`",
  "prefix-spaces": "invalid ID prefix: the character \" \" at index 0; prefixes use only lowercase ASCII letters and `_`",
  "prefix-64-chars": "invalid ID prefix: it is 64 characters long; at most 63 are allowed",
  "separator-empty-prefix": "the prefix before `_` is empty",
  "separator-empty": "the prefix before `_` is empty",
  "suffix-short": "the ID suffix must be 26 characters long, found 25",
  "suffix-long": "the ID suffix must be 26 characters long, found 27",
  "suffix-spaces": "invalid character \" \" at index 32: the suffix uses lowercase Crockford base32",
  "suffix-uppercase": "invalid character \"A\" at index 17: IDs are lowercase",
  "suffix-hyphens": "invalid character \"-\" at index 16: the suffix uses lowercase Crockford base32",
  "suffix-wrong-alphabet": "invalid character \"o\" at index 7: the suffix uses lowercase Crockford base32",
  "suffix-ambiguous-crockford": "invalid character \"i\" at index 7: the suffix uses lowercase Crockford base32",
  "suffix-hyphens-crockford": "the ID suffix must be 26 characters long, found 28",
  "suffix-overflow": "the ID suffix starts with \"8\"",
  "prefix-underscore-start": "invalid ID prefix: it starts with `_`",
  "prefix-underscore-end": "invalid ID prefix: it ends with `_`",
  "empty": "an empty string is not an ID",
  "prefix-empty": "the ID has no suffix",
};
function message(fn) {
  try {
    fn();
    return null;
  } catch (error) {
    return String(error.message);
  }
}
for (const vector of invalid) {
  check(`${vector.name}: code ${expectedCodes[vector.name]}`, code(() => ids.decodeTypeId(vector.typeid)) === expectedCodes[vector.name]);
  const problem = expectedProblems[vector.name];
  const said = message(() => ids.decodeTypeId(vector.typeid));
  check(`${vector.name}: the message says ${JSON.stringify(problem)} (${JSON.stringify(said)})`, problem !== undefined && said !== null && said.includes(problem));
}
check("every invalid vector has an expected code and problem", invalid.every((v) => v.name in expectedCodes && v.name in expectedProblems));

// Wrong kinds, aliases and bare UUIDs.
const UUID = "01890a5d-ac96-774b-bcce-b302099a8057";
const user = "user_01h455vb4pex5vsknk084sn02q";
const run = "run_01h455vb4pex5vsknk084sn02q";
check("a user ID is not a run ID", code(() => ids.parseRunId(user)) === "wrong_type");
check("a run ID is not a user ID", code(() => ids.parseUserId(run)) === "wrong_type");
check("the wrong-kind message names both", (() => { try { ids.parseRunId(user); } catch (e) { return e.message === "wrong ID type: expected a `run` ID, found a `user` ID"; } return false; })());
check("isRunId(user) is false", ids.isRunId(user) === false);
check("an alias parses to the canonical form", ids.parseUserId("usr_01h455vb4pex5vsknk084sn02q") === user);
check("an alias is not the canonical form", ids.isUserId("usr_01h455vb4pex5vsknk084sn02q") === false);
check("parse knows aliases", ids.parse("usr_01h455vb4pex5vsknk084sn02q").type === "user");
check("an alias of user is not a run", code(() => ids.parseRunId("usr_01h455vb4pex5vsknk084sn02q")) === "wrong_type");
check("accept_uuid takes a hyphenated UUID", ids.parseUserId(UUID) === user);
check("accept_uuid takes an uppercase simple UUID", ids.parseUserId(UUID.replace(/-/g, "").toUpperCase()) === user);
check("a bare UUID is not a run", code(() => ids.parseRunId(UUID)) !== null);
check("parse rejects a bare UUID", code(() => ids.parse(UUID)) === "bare_uuid");
check("a braced UUID is not accepted", code(() => ids.parseUserId(`{${UUID}}`)) !== null);
check("an ID without prefix is not a run", code(() => ids.parseRunId("01h455vb4pex5vsknk084sn02q")) === "wrong_type");
check("an unknown prefix", code(() => ids.parse("rn_01h455vb4pex5vsknk084sn02q")) === "unknown_prefix");
check("not a string", code(() => ids.parseRunId(undefined)) === "not_a_string");
check("isRunId(42) is false", ids.isRunId(42) === false);
check("isRunId with a trailing newline is false", ids.isRunId(`${run}\n`) === false);
check("format rejects an unknown kind", code(() => ids.format("nope", UUID)) === "unknown_type");
check("format rejects a bad UUID", code(() => ids.formatRunId("not-a-uuid")) === "uuid");
check("format of the max UUID", ids.formatRunId("ffffffff-ffff-ffff-ffff-ffffffffffff") === "run_7zzzzzzzzzzzzzzzzzzzzzzzzz");
check("IdError is an Error", (() => { try { ids.parseRunId(""); } catch (e) { return e instanceof Error && e.name === "IdError"; } return false; })());

console.log(`${passed} passed, ${failures.length} failed`);
for (const failure of failures) {
  console.log(`FAILED: ${failure}`);
}
process.exit(failures.length === 0 ? 0 : 1);
