"""The Python export against typeid-python, in one process: see scripts/bench-exports.sh.

usage: python3 bench.py EXPORTED_MODULE IDS_FILE ROUNDS   (typeid-python importable, e.g. by PYTHONPATH)
"""

import importlib.util
import json
import statistics
import sys
import time

from typeid import TypeID

module_path, ids_path, rounds_text = sys.argv[1:]
spec = importlib.util.spec_from_file_location("ids_export", module_path)
assert spec is not None and spec.loader is not None
ours = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ours)
with open(ids_path, encoding="utf-8") as file:
    texts = [line for line in file.read().split("\n") if line]
rounds = int(rounds_text)
parse_run_id = ours.parse_run_id
format_run_id = ours.format_run_id
from_string = TypeID.from_string
from_uuid = TypeID.from_uuid

# Agreement first: both sides parse every ID to the same UUID and format it back to the same text.
uuids = [parse_run_id(text) for text in texts]
disagreements = 0
for text, value in zip(texts, uuids):
    theirs = from_string(text)
    disagreements += theirs.prefix != "run" or str(theirs.uuid) != str(value)
    disagreements += format_run_id(value) != text or str(from_uuid(value, "run")) != text


def ours_parse() -> None:
    for text in texts:
        parse_run_id(text)


def peer_parse() -> None:
    for text in texts:
        if from_string(text).prefix != "run":
            raise ValueError(text)


def ours_format() -> None:
    for value in uuids:
        format_run_id(value)


def peer_format() -> None:
    for value in uuids:
        str(from_uuid(value, "run"))


def timed(fn) -> float:
    """Microseconds per ID of one pass."""
    start = time.perf_counter_ns()
    fn()
    return (time.perf_counter_ns() - start) / 1000 / len(texts)


rows = []
for op, mine_fn, theirs_fn in [("parse", ours_parse, peer_parse), ("format", ours_format, peer_format)]:
    mine_fn(), theirs_fn()  # warm-up
    mine, theirs, ratios = [], [], []
    for round_ in range(rounds):
        # Interleaved, alternating which goes first.
        if round_ % 2 == 0:
            o = timed(mine_fn)
            p = timed(theirs_fn)
        else:
            p = timed(theirs_fn)
            o = timed(mine_fn)
        mine.append(o)
        theirs.append(p)
        ratios.append(o / p)
    rows.append(
        {
            "language": "Python",
            "op": op,
            "reference": "typeid-python 0.3.11",
            "ours": statistics.median(mine),
            "peer": statistics.median(theirs),
            "ratio": statistics.median(ratios),
        }
    )
print(json.dumps({"ids": len(texts), "rounds": rounds, "disagreements": disagreements, "rows": rows}))
