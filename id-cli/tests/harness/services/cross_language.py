"""The cross-language row: rows written by the Rust sqlx mapping read back through the Python export's SQLAlchemy
types as the same IDs, and rows written here for the Rust side to read (tests/tests/testsuite/python_rows.rs).

The table, made by the Rust side: id (RunId, primary key), started_by (UserId), subject (AnyId, text). The module is
the export of the workspace's ids.toml.

usage: python3 cross_language.py MODULE_DIR URL TABLE RUST_ROWS_JSON PYTHON_ROWS_JSON
"""

import json
import os
import sys

sys.path.insert(0, sys.argv[1])
# tally.py, the harnesses' shared check/finish, is in the directory above this one.
sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from tally import check, finish  # noqa: E402

from sqlalchemy import create_engine, select  # noqa: E402
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column  # noqa: E402

from ids import AnyId, RunId, UserId, sqlalchemy_types  # noqa: E402

URL, TABLE, RUST_ROWS, PYTHON_ROWS = sys.argv[2:6]


class Base(DeclarativeBase):
    type_annotation_map = sqlalchemy_types()


class Run(Base):
    __tablename__ = TABLE
    id: Mapped[RunId] = mapped_column(primary_key=True, default=RunId.new)
    started_by: Mapped[UserId]
    subject: Mapped[AnyId]


with open(RUST_ROWS) as file:
    expected = [tuple(row) for row in json.load(file)]
engine = create_engine(URL)
with Session(engine) as session:
    rows = session.scalars(select(Run).order_by(Run.id)).all()
    got = [(row.id, row.started_by, row.subject) for row in rows]
    check(f"the Rust rows read back as the same IDs: {got} {expected}", got == sorted(expected))
    check("as RunId and UserId", all(type(row.id) is RunId and type(row.started_by) is UserId for row in rows))
    check("AnyId as the typed ID", all(type(row.subject) in (RunId, UserId) for row in rows))
    first = RunId(expected[0][0])
    check("where(Run.id == a Rust-written ID)", session.scalars(select(Run).where(Run.id == first)).one().id == first)
    wanted = [RunId(row[0]) for row in expected[:3]]
    check("Run.id.in_(Rust-written IDs)", len(session.scalars(select(Run).where(Run.id.in_(wanted))).all()) == 3)

    written = []
    for index in range(5):
        user = UserId.new()
        run = Run(started_by=user, subject=user if index % 2 else RunId.new())
        session.add(run)
        session.flush()
        written.append([run.id, run.started_by, run.subject])
    session.commit()
with open(PYTHON_ROWS, "w") as file:
    json.dump(written, file)

finish()
