"""Application code written when ids.toml declared {user, run}: every place that must handle each kind, through each
exhaustive shape of `ids export --format python`. Exported from tests/fixtures/exhaustive/ids.toml, this passes
mypy --strict; with `[types.job]` added, mypy must fail on exactly the lines marked SITE, each error naming `job`, and
run_sites.py checks the errors Python raises at run time (tests/testsuite/exhaustive.rs).
"""

from typing import assert_never

from ids import IdTable, IdType, match_any_id, match_id_type


def retention_days() -> IdTable[int]:
    """Days to keep records of each kind."""
    return IdTable[int](user=365, run=30)  # SITE: table literal


def label(kind: IdType) -> str:
    """How each kind is shown to people."""
    return match_id_type(kind, user=lambda: "person", run=lambda: "pipeline run")  # SITE: match_id_type


def owner(id: str) -> str:
    """Who answers for the record an ID names; each handler gets the UUID."""
    return match_any_id(id, user=lambda user: f"self:{user}", run=lambda run: f"scheduler:{run}")  # SITE: match_any_id


def is_billable(kind: IdType) -> bool:
    """Whether records of a kind are billed."""
    match kind:
        case IdType.USER:
            return False
        case IdType.RUN:
            return True
        case _:
            assert_never(kind)  # SITE: match statement


def retention_weeks() -> IdTable[int]:
    """Tables computed from a function need no change when a kind is added: they call the sites above."""
    return retention_days().map(lambda days: -(-days // 7))


def labels() -> IdTable[str]:
    return IdTable.from_fn(label)
