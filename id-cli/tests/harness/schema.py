"""Checks the patterns of `ids export --format json-schema` with Python's re.fullmatch against the TypeID conformance
vectors, IDs encoded by the Rust runtime, and IDs of the wrong kind.

usage: python3 schema.py SCHEMA VECTORS_DIR CROSS_JSON
The kinds of tests/fixtures/conformance/ids.toml: prefix, pre_fix, user (alias usr, accept_uuid), run.
"""

import json
import os
import re
import sys

from tally import check, finish

schema_path, vectors_dir, cross_path = sys.argv[1:4]


def read(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


schema = read(schema_path)
valid = read(os.path.join(vectors_dir, "valid.json"))
invalid = read(os.path.join(vectors_dir, "invalid.json"))
cross = read(cross_path)



PREFIXES = {"PrefixId": ["prefix"], "PreFixId": ["pre_fix"], "UserId": ["user", "usr"], "RunId": ["run"]}
defs = schema["$defs"]
check("$schema is draft 2020-12", schema["$schema"] == "https://json-schema.org/draft/2020-12/schema")
check("one definition per kind, in order", list(defs) == list(PREFIXES))
check("the root refers to every kind", [ref["$ref"] for ref in schema["anyOf"]] == [f"#/$defs/{d}" for d in PREFIXES])
for name, definition in defs.items():
    check(f"{name}: type, format", definition["type"] == "string" and definition["format"] == "typeid")
    check(f"{name}: anchored", definition["pattern"].startswith("^") and definition["pattern"].endswith("$"))
    check(f"{name}: described", definition.get("description"))
    # The canonical prefix only: an alias is accepted by the pattern but never written.
    check(f"{name}: x-typeid-prefix", definition.get("x-typeid-prefix") == PREFIXES[name][0])
    for example in definition["examples"]:
        for other, other_definition in defs.items():
            matched = re.fullmatch(other_definition["pattern"], example) is not None
            check(f"{name}: example {example} matches {other} only if it is {name}", matched == (other == name))


def matches(definition, text):
    return re.fullmatch(defs[definition]["pattern"], text) is not None


for vector in valid + cross:
    for name, prefixes in PREFIXES.items():
        expected = vector["prefix"] in prefixes
        check(f"{vector['name']} ({vector['typeid']}): {name} {'matches' if expected else 'rejects'}",
              matches(name, vector["typeid"]) == expected)
for vector in invalid:
    for name in PREFIXES:
        check(f"{vector['name']} ({vector['typeid']!r}): {name} rejects", not matches(name, vector["typeid"]))

uuid = "01890a5d-ac96-774b-bcce-b302099a8057"
check("user takes a hyphenated UUID", matches("UserId", uuid))
check("user takes an uppercase simple UUID", matches("UserId", uuid.replace("-", "").upper()))
check("run takes no bare UUID", not matches("RunId", uuid))
check("user takes no braced UUID", not matches("UserId", "{" + uuid + "}"))
check("user takes no misplaced hyphens", not matches("UserId", "01890a5dac96-774b-bcce-b302099a8057-"))
check("run rejects a user ID", not matches("RunId", "user_01h455vb4pex5vsknk084sn02q"))
check("run rejects an alias of user", not matches("RunId", "usr_01h455vb4pex5vsknk084sn02q"))
check("run rejects a trailing newline", not matches("RunId", "run_01h455vb4pex5vsknk084sn02q\n"))
check("run rejects a longer prefix", not matches("RunId", "rerun_01h455vb4pex5vsknk084sn02q"))
check("pre_fix is not prefix", not matches("PrefixId", "pre_fix_00000000000000000000000000"))

finish()
