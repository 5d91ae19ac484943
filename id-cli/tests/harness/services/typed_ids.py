"""The typed IDs of `ids export --format python` on the standard library alone (run with `python3 -S`).

The module is the export of tests/fixtures/good/ids.toml: user (aliases usr and account, accept_uuid), session (v4),
run, transaction (txn), websocket (ws, deprecated) and connection.

usage: python3 -S typed_ids.py MODULE_DIR RUST_VECTORS_JSON
"""

import datetime
import json
import os
import pickle
import sys
import uuid

sys.path.insert(0, sys.argv[1])
# tally.py, the harnesses' shared check/finish, is in the directory above this one.
sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from tally import check, finish  # noqa: E402
import ids  # noqa: E402



def outcome(f, *args):
    """("ok", value) or ("error", type, code, message)."""
    try:
        return ("ok", f(*args))
    except Exception as error:  # noqa: BLE001 - the type is part of what is compared
        return ("error", type(error).__name__, getattr(error, "code", None), str(error))


check("the standard library alone", "pydantic" not in sys.modules and "sqlalchemy" not in sys.modules)
check("no site-packages", not any(path.endswith("site-packages") for path in sys.path))

UUID = uuid.UUID("01890a5d-ac96-774b-bcce-b302099a8057")
SUFFIX = "01h455vb4pex5vsknk084sn02q"
CLASSES = {
    "user": (ids.UserId, ids.parse_user_id, ids.format_user_id),
    "session": (ids.SessionId, ids.parse_session_id, ids.format_session_id),
    "run": (ids.RunId, ids.parse_run_id, ids.format_run_id),
    "transaction": (ids.TransactionId, ids.parse_transaction_id, ids.format_transaction_id),
    "websocket": (ids.WebsocketId, ids.parse_websocket_id, ids.format_websocket_id),
    "connection": (ids.ConnectionId, ids.parse_connection_id, ids.format_connection_id),
}
INPUTS = [
    f"user_{SUFFIX}", f"usr_{SUFFIX}", f"account_{SUFFIX}", f"session_{SUFFIX}", f"run_{SUFFIX}", f"txn_{SUFFIX}",
    f"ws_{SUFFIX}", f"connection_{SUFFIX}", f"other_{SUFFIX}", SUFFIX, str(UUID), UUID.hex, UUID.hex.upper(),
    f"run_{SUFFIX.upper()}", f"run_{SUFFIX[:-1]}", f"run_8{SUFFIX[1:]}", f"Run_{SUFFIX}", f"_run_{SUFFIX}", "run_",
    "", "run", f"run_{SUFFIX}\n", f"run_{SUFFIX[:-1]}i", None, 42, UUID, b"run_01h455vb4pex5vsknk084sn02q",
]
for key, (cls, parse, format_) in CLASSES.items():
    accepted = 0
    for text in INPUTS:
        by_class = outcome(cls, text)
        by_parser = outcome(lambda value: format_(parse(value)), text)
        if by_parser[0] == "ok":
            accepted += 1
            check(f"{key}: {text!r} gives the canonical text", by_class == by_parser)
            check(f"{key}: {text!r} is a {cls.__name__}", type(by_class[1]) is cls and isinstance(by_class[1], str))
        else:
            check(f"{key}: {text!r} fails as the parser does: {by_class} {by_parser}", by_class == by_parser)
            check(f"{key}: an IdError, a ValueError", by_class[1] == "IdError" and issubclass(ids.IdError, ValueError))
    check(f"{key}: some inputs are accepted", accepted >= 1)
    made = cls.from_uuid(UUID)
    check(f"{key}: from_uuid", made == format_(UUID) and type(made) is cls and made.uuid == UUID)
    check(f"{key}: kind", made.kind is ids.IdType(key))
    check(f"{key}: a typed ID is returned as it is", cls(made) is made)
    check(f"{key}: from_uuid rejects text", outcome(cls.from_uuid, "nope")[2] == "uuid")
    check(f"{key}: repr", repr(made) == f"{cls.__name__}({str(made)!r})")
    check(f"{key}: pickle", pickle.loads(pickle.dumps(made)) == made and type(pickle.loads(pickle.dumps(made))) is cls)
    check(f"{key}: JSON and f-strings take the text", json.dumps([made]) == f'["{made}"]' and f"{made}" == str(made))

# Aliases and bare UUIDs are normalised; a bare UUID only where the kind accepts one.
check("alias normalised", ids.UserId(f"usr_{SUFFIX}") == f"user_{SUFFIX}")
check("bare UUID normalised", ids.UserId(str(UUID)) == f"user_{SUFFIX}")
check("no bare UUID for run", outcome(ids.RunId, str(UUID))[0] == "error")
wrong = outcome(ids.RunId, f"user_{SUFFIX}")
check("wrong kind: the parser's code and message", wrong[2] == "wrong_type" and wrong == outcome(ids.parse_run_id, f"user_{SUFFIX}"))
check("distinct classes", not issubclass(ids.UserId, ids.RunId) and not issubclass(ids.RunId, ids.UserId))

# new(): v7 strictly increasing within the process, v4 for v4 kinds.
before = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(milliseconds=1)
runs = [ids.RunId.new() for _ in range(5000)]
after = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(milliseconds=1)
check("new() is strictly increasing as text", all(a < b for a, b in zip(runs, runs[1:])))
check("new() is strictly increasing as UUID", all(a.uuid.int < b.uuid.int for a, b in zip(runs, runs[1:])))
check("new() makes UUIDv7s", all(run.uuid.version == 7 and run.uuid.variant == uuid.RFC_4122 for run in runs))
check("new() is a RunId", all(type(run) is ids.RunId for run in runs))
created = runs[0].created_at
check("created_at is aware UTC", created is not None and created.tzinfo is not None and created.utcoffset() == datetime.timedelta(0))
check("created_at is now", created is not None and before <= created <= after)
sessions = [ids.SessionId.new() for _ in range(100)]
check("v4 kinds make UUIDv4s", all(s.uuid.version == 4 for s in sessions) and len(set(sessions)) == 100)
check("created_at of a v4 kind is None", all(s.created_at is None for s in sessions))
check("created_at of the spec's UUIDv7", ids.RunId.from_uuid(UUID).created_at == datetime.datetime.fromtimestamp(0x01890A5DAC96 / 1000, datetime.timezone.utc))

# AnyId, parse_any_id and match_any_id.
check("AnyId is the union of the classes", set(ids.AnyId.__args__) == {cls for cls, _, _ in CLASSES.values()})
for text, cls in [(f"usr_{SUFFIX}", ids.UserId), (f"ws_{SUFFIX}", ids.WebsocketId), (f"txn_{SUFFIX}", ids.TransactionId)]:
    typed = ids.parse_any_id(text)
    check(f"parse_any_id({text})", type(typed) is cls and typed.uuid == UUID)
check("parse_any_id rejects a bare UUID", outcome(ids.parse_any_id, str(UUID)) == outcome(ids.parse, str(UUID)))
check("parse_any_id rejects an unknown prefix", outcome(ids.parse_any_id, f"other_{SUFFIX}") == outcome(ids.parse, f"other_{SUFFIX}"))
handlers = {key: (lambda value: value) for key in CLASSES}
got = ids.match_any_id(f"usr_{SUFFIX}", **handlers)
check("match_any_id passes the typed ID", type(got) is ids.UserId and got == f"user_{SUFFIX}")

# The optional integrations are not there, and say so only when used.
check("RunIdType needs SQLAlchemy", outcome(lambda: ids.RunIdType)[1] == "ModuleNotFoundError")
check("sqlalchemy_types needs SQLAlchemy", outcome(ids.sqlalchemy_types)[1] == "ModuleNotFoundError")
check("other names are AttributeErrors", outcome(lambda: ids.NoSuchName)[1] == "AttributeError")
names = {}
exec("from ids import *", names)
check("import * needs no optional package", "RunId" in names and "AnyId" in names and "RunIdType" not in names)
check("still the standard library alone", "pydantic" not in sys.modules and "sqlalchemy" not in sys.modules)

# IDs encoded by the Rust runtime.
with open(sys.argv[2]) as file:
    vectors = json.load(file)
seen = 0
for vector in vectors:
    if vector["prefix"] in ("user", "run"):
        cls = ids.UserId if vector["prefix"] == "user" else ids.RunId
        typed = cls(vector["typeid"])
        check(f"rust {vector['name']}", typed == vector["typeid"] and typed.uuid == uuid.UUID(vector["uuid"]))
        check(f"rust {vector['name']} from_uuid", cls.from_uuid(uuid.UUID(vector["uuid"])) == vector["typeid"])
        seen += 1
check("Rust vectors of user and run", seen >= 20)

finish()
