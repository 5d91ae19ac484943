"""Runs a module from `ids export --format python` against the TypeID conformance vectors, IDs encoded by the Rust
runtime, and IDs of the wrong kind.

usage: python3 conformance.py MODULE VECTORS_DIR CROSS_JSON
The kinds of tests/fixtures/conformance/ids.toml: prefix, pre_fix, user (alias usr, accept_uuid), run.
"""

import importlib.util
import json
import os
import sys
import uuid

from tally import check, fail, finish

module_path, vectors_dir, cross_path = sys.argv[1:4]
spec = importlib.util.spec_from_file_location("generated_ids", module_path)
ids = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ids)


def read(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


valid = read(os.path.join(vectors_dir, "valid.json"))
invalid = read(os.path.join(vectors_dir, "invalid.json"))
cross = read(cross_path)



def code(fn):
    try:
        fn()
    except ids.IdError as error:
        return error.code
    except Exception as error:  # noqa: BLE001 - any other exception is a failure to report
        return f"not an IdError: {error!r}"
    return None


KINDS = {
    "prefix": (ids.parse_prefix_id, ids.is_prefix_id, ids.format_prefix_id),
    "pre_fix": (ids.parse_pre_fix_id, ids.is_pre_fix_id, ids.format_pre_fix_id),
    "user": (ids.parse_user_id, ids.is_user_id, ids.format_user_id),
    "run": (ids.parse_run_id, ids.is_run_id, ids.format_run_id),
}
check("IdType lists the manifest's kinds in order", [t.value for t in ids.IdType] == list(KINDS))
check("IdType members", ids.IdType.PRE_FIX.prefix == "pre_fix" and ids.IdType.USER.info.aliases == ("usr",))

for vector in valid + cross:
    name = f"{vector['name']} ({vector['typeid']})"
    typeid, prefix, value = vector["typeid"], vector["prefix"], uuid.UUID(vector["uuid"])
    try:
        decoded = ids.decode_typeid(typeid)
    except Exception as error:  # noqa: BLE001
        fail(f"{name}: decode_typeid raised {error!r}")
        continue
    check(f"{name}: decode", decoded == (prefix, value))
    check(f"{name}: encode", ids.encode_typeid(prefix, value) == typeid)
    check(f"{name}: encode from text", ids.encode_typeid(prefix, vector["uuid"].upper()) == typeid)
    owner = next((kind for kind in KINDS if ids.IdType(kind).prefix == prefix), None)
    for kind, (parse, is_kind, format_kind) in KINDS.items():
        if kind == owner:
            check(f"{name}: parse as {kind}", parse(typeid) == value)
            check(f"{name}: is {kind}", is_kind(typeid) is True)
            check(f"{name}: format {kind}", format_kind(value) == typeid)
        else:
            check(f"{name}: not a {kind}", code(lambda: parse(typeid)) == "wrong_type")
            check(f"{name}: is not a {kind}", is_kind(typeid) is False)
    if owner is None:
        check(f"{name}: parse rejects an unknown prefix", code(lambda: ids.parse(typeid)) == "unknown_prefix")
        check(f"{name}: is_any_id", ids.is_any_id(typeid) is False)
    else:
        check(f"{name}: parse", ids.parse(typeid) == (ids.IdType(owner), value))
        check(f"{name}: is_any_id", ids.is_any_id(typeid) is True)
        check(f"{name}: format_id", ids.format_id(ids.IdType(owner), value) == typeid)

EXPECTED_CODES = {
    "prefix-uppercase": "prefix", "prefix-numeric": "prefix", "prefix-period": "prefix", "prefix-non-ascii": "prefix",
    "prefix-spaces": "prefix", "prefix-64-chars": "prefix", "separator-empty-prefix": "prefix",
    "separator-empty": "prefix", "suffix-short": "suffix_length", "suffix-long": "suffix_length",
    "suffix-spaces": "suffix_char", "suffix-uppercase": "suffix_char", "suffix-hyphens": "suffix_char",
    "suffix-wrong-alphabet": "suffix_char", "suffix-ambiguous-crockford": "suffix_char",
    "suffix-hyphens-crockford": "suffix_length", "suffix-overflow": "overflow", "prefix-underscore-start": "prefix",
    "prefix-underscore-end": "prefix", "empty": "empty", "prefix-empty": "suffix_length",
}
# And where it breaks it: the message names the character and its index, or the length found, written out here
# rather than taken from the module under test.
EXPECTED_PROBLEMS = {
    "prefix-uppercase": "invalid ID prefix: the character 'P' at index 0; prefixes are lowercase",
    "prefix-numeric": "invalid ID prefix: the character '1' at index 0; prefixes use only lowercase ASCII letters and `_`",
    "prefix-period": "invalid ID prefix: the character '.' at index 3; prefixes use only lowercase ASCII letters and `_`",
    "prefix-non-ascii": "invalid ID prefix: the character 'é' at index 2; prefixes use only lowercase ASCII letters and `_`",
    "prefix-spaces": "invalid ID prefix: the character ' ' at index 0; prefixes use only lowercase ASCII letters and `_`",
    "prefix-64-chars": "invalid ID prefix: it is 64 characters long; at most 63 are allowed",
    "separator-empty-prefix": "the prefix before `_` is empty",
    "separator-empty": "the prefix before `_` is empty",
    "suffix-short": "the ID suffix must be 26 characters long, found 25",
    "suffix-long": "the ID suffix must be 26 characters long, found 27",
    "suffix-spaces": "invalid character ' ' at index 32: the suffix uses lowercase Crockford base32",
    "suffix-uppercase": "invalid character 'A' at index 17: IDs are lowercase",
    "suffix-hyphens": "invalid character '-' at index 16: the suffix uses lowercase Crockford base32",
    "suffix-wrong-alphabet": "invalid character 'o' at index 7: the suffix uses lowercase Crockford base32",
    "suffix-ambiguous-crockford": "invalid character 'i' at index 7: the suffix uses lowercase Crockford base32",
    "suffix-hyphens-crockford": "the ID suffix must be 26 characters long, found 28",
    "suffix-overflow": "the ID suffix starts with '8'",
    "prefix-underscore-start": "invalid ID prefix: it starts with `_`",
    "prefix-underscore-end": "invalid ID prefix: it ends with `_`",
    "empty": "an empty string is not an ID",
    "prefix-empty": "the ID has no suffix",
}


def message(fn):
    try:
        fn()
    except Exception as error:  # noqa: BLE001 - the message of whatever was raised
        return str(error)
    return None


check("every invalid vector has an expected code and problem",
      all(v["name"] in EXPECTED_CODES and v["name"] in EXPECTED_PROBLEMS for v in invalid))
for vector in invalid:
    name = f"{vector['name']} ({vector['typeid']!r})"
    typeid = vector["typeid"]
    said = message(lambda: ids.decode_typeid(typeid))
    problem = EXPECTED_PROBLEMS.get(vector["name"])
    check(f"{name}: the message says {problem!r} ({said!r})", problem is not None and said is not None and problem in said)
    decode_code = code(lambda: ids.decode_typeid(typeid))
    check(f"{name}: decode_typeid raises {EXPECTED_CODES[vector['name']]} ({decode_code})",
          decode_code == EXPECTED_CODES[vector["name"]])
    check(f"{name}: parse rejects it", code(lambda: ids.parse(typeid)) == decode_code)
    for kind, (parse, is_kind, _) in KINDS.items():
        check(f"{name}: parse as {kind} rejects it", code(lambda: parse(typeid)) == decode_code)
        check(f"{name}: is not a {kind}", is_kind(typeid) is False)
    check(f"{name}: is_any_id", ids.is_any_id(typeid) is False)

UUID = uuid.UUID("01890a5d-ac96-774b-bcce-b302099a8057")
user = "user_01h455vb4pex5vsknk084sn02q"
run = "run_01h455vb4pex5vsknk084sn02q"
check("a user ID is not a run ID", code(lambda: ids.parse_run_id(user)) == "wrong_type")
check("a run ID is not a user ID", code(lambda: ids.parse_user_id(run)) == "wrong_type")
try:
    ids.parse_run_id(user)
except ids.IdError as error:
    check("the wrong-kind message names both", str(error) == "wrong ID type: expected a `run` ID, found a `user` ID")
check("is_run_id(user) is false", ids.is_run_id(user) is False)
check("an alias parses", ids.parse_user_id("usr_01h455vb4pex5vsknk084sn02q") == UUID)
check("an alias is not the canonical form", ids.is_user_id("usr_01h455vb4pex5vsknk084sn02q") is False)
check("parse knows aliases", ids.parse("usr_01h455vb4pex5vsknk084sn02q") == (ids.IdType.USER, UUID))
check("an alias of user is not a run", code(lambda: ids.parse_run_id("usr_01h455vb4pex5vsknk084sn02q")) == "wrong_type")
check("accept_uuid takes a hyphenated UUID", ids.parse_user_id(str(UUID)) == UUID)
check("accept_uuid takes an uppercase simple UUID", ids.parse_user_id(UUID.hex.upper()) == UUID)
check("a bare UUID is not a run", code(lambda: ids.parse_run_id(str(UUID))) is not None)
check("parse rejects a bare UUID", code(lambda: ids.parse(str(UUID))) == "bare_uuid")
check("a braced UUID is not accepted", code(lambda: ids.parse_user_id("{" + str(UUID) + "}")) is not None)
check("a urn UUID is not accepted", code(lambda: ids.parse_user_id(UUID.urn)) is not None)
check("an ID without prefix is not a run", code(lambda: ids.parse_run_id("01h455vb4pex5vsknk084sn02q")) == "wrong_type")
check("an unknown prefix", code(lambda: ids.parse("rn_01h455vb4pex5vsknk084sn02q")) == "unknown_prefix")
check("not a string", code(lambda: ids.parse_run_id(None)) == "not_a_string")
check("is_run_id(42) is false", ids.is_run_id(42) is False)
check("is_run_id with a trailing newline is false", ids.is_run_id(run + "\n") is False)
check("parse with a trailing newline fails", code(lambda: ids.parse_run_id(run + "\n")) is not None)
check("format_id rejects a kind name", code(lambda: ids.format_id("run", UUID)) == "unknown_type")
check("format rejects a bad UUID", code(lambda: ids.format_run_id("not-a-uuid")) == "uuid")
check("format of the max UUID", ids.format_run_id(uuid.UUID(int=2**128 - 1)) == "run_7zzzzzzzzzzzzzzzzzzzzzzzzz")
check("IdError is a ValueError", isinstance(ids.IdError("x", "y"), ValueError))
check("__all__ names only what exists", all(hasattr(ids, name) for name in ids.__all__))

finish()
