"""Runs handles_every_kind.py against the module exported from tests/fixtures/exhaustive/ids.toml: `absent` checks
what each site returns; `added` (the module exported with `[types.job]` appended) checks that each site raises,
naming `job`: TypeError from IdTable, match_id_type and match_any_id, AssertionError from assert_never.

usage: python3 run_sites.py absent|added, in a directory holding ids.py and handles_every_kind.py
"""

import sys
import uuid

import handles_every_kind as app
import ids

passed = 0
failures = []


def check(name, condition):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(name)


def raises(name, f, error_class, needle):
    """``f()`` must raise an instance of ``error_class`` whose message contains ``needle``."""
    try:
        f()
    except error_class as error:
        check(f"{name}: {error}", needle in str(error))
    else:
        failures.append(f"{name}: did not raise")


UUID = uuid.UUID("01890a5d-ac96-774b-bcce-b302099a8057")
MISSING_JOB = "missing 1 required keyword-only argument: 'job'"
mode = sys.argv[1]

if mode == "absent":
    days = app.retention_days()
    check("table literal", days == ids.IdTable[int](user=365, run=30) and days.run == 30)
    check("get", days.get(ids.IdType.USER) == 365)
    check("items in manifest order", days.items() == ((ids.IdType.USER, 365), (ids.IdType.RUN, 30)))
    check("map", app.retention_weeks() == ids.IdTable(user=53, run=5))
    check("from_fn", app.labels() == ids.IdTable(user="person", run="pipeline run"))
    check("match_id_type", app.label(ids.IdType.USER) == "person" and app.label(ids.IdType.RUN) == "pipeline run")
    check("match_any_id passes the typed ID", app.owner(ids.format_run_id(UUID)) == f"scheduler:{ids.format_run_id(UUID)}")
    check("match_any_id, user", app.owner(ids.format_user_id(UUID)) == f"self:{ids.format_user_id(UUID)}")
    check("match statement", app.is_billable(ids.IdType.RUN) and not app.is_billable(ids.IdType.USER))
    # What unchecked callers can pass.
    raises("match_id_type, not an IdType", lambda: app.label("run"), ids.IdError, "expected an IdType, found 'run'")
    raises("get, not an IdType", lambda: days.get("run"), ids.IdError, "expected an IdType")
    raises("match_any_id, not an ID", lambda: app.owner("run"), ids.IdError, "suffix")
    raises("IdTable, a missing kind", lambda: ids.IdTable(user=1), TypeError, "argument: 'run'")
    raises("IdTable is frozen", lambda: setattr(days, "run", 1), AttributeError, "run")
elif mode == "added":
    check("the kinds that are handled still match", app.is_billable(ids.IdType.RUN))
    raises("table literal", app.retention_days, TypeError, MISSING_JOB)
    raises("match_id_type", lambda: app.label(ids.IdType.USER), TypeError, MISSING_JOB)
    raises("match_any_id", lambda: app.owner(ids.format_run_id(UUID)), TypeError, MISSING_JOB)
    raises("match statement", lambda: app.is_billable(ids.IdType.JOB), AssertionError, "IdType.JOB")
    raises("from_fn(label) meets job", app.labels, TypeError, MISSING_JOB)
else:
    raise SystemExit(f"unknown mode {mode}")

for failure in failures:
    print(f"FAIL {failure}")
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
