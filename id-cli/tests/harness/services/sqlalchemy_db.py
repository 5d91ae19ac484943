"""The typed IDs as SQLAlchemy 2 columns, on a SQLite file or a PostgreSQL server.

The module is the export of tests/fixtures/good/ids.toml (see typed_ids.py). IDs are stored as 16 bytes: native
`uuid` on PostgreSQL, a big-endian BLOB on SQLite (the bytes the Rust sqlx, diesel and SeaORM mappings write);
`AnyId` columns as text.

usage: python3 sqlalchemy_db.py MODULE_DIR sqlite:///FILE | postgresql+psycopg://… [TABLE_SUFFIX]
"""

import os
import sys
import uuid
from typing import Optional

sys.path.insert(0, sys.argv[1])
# tally.py, the harnesses' shared check/finish, is in the directory above this one.
sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from tally import check, finish  # noqa: E402

from sqlalchemy import ForeignKey, create_engine, inspect, select, text  # noqa: E402
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column  # noqa: E402

import ids  # noqa: E402
from ids import AnyId, RunId, SessionId, UserId, sqlalchemy_types  # noqa: E402

URL = sys.argv[2]
SUFFIX = sys.argv[3] if len(sys.argv) > 3 else "python"
POSTGRES = URL.startswith("postgresql")


class Base(DeclarativeBase):
    type_annotation_map = sqlalchemy_types()


class User(Base):
    __tablename__ = f"users_{SUFFIX}"
    id: Mapped[UserId] = mapped_column(primary_key=True, default=UserId.new)
    name: Mapped[str]


class Run(Base):
    __tablename__ = f"runs_{SUFFIX}"
    id: Mapped[RunId] = mapped_column(primary_key=True, default=RunId.new)
    started_by: Mapped[UserId] = mapped_column(ForeignKey(f"users_{SUFFIX}.id"))
    session: Mapped[Optional[SessionId]]
    ref: Mapped[Optional[AnyId]]


engine = create_engine(URL)
Base.metadata.drop_all(engine)
Base.metadata.create_all(engine)

columns = {column["name"]: column["type"] for column in inspect(engine).get_columns(f"runs_{SUFFIX}")}
stored = str(columns["id"]).upper()
check(f"the ID column's type ({stored})", stored == "UUID" if POSTGRES else stored in ("BLOB", "BLOB(16)"))
check("the AnyId column is text", "CHAR" in str(columns["ref"]).upper() or "TEXT" in str(columns["ref"]).upper())

with Session(engine) as session:
    ada = User(name="ada")
    session.add(ada)
    session.flush()
    check("default=UserId.new", type(ada.id) is UserId)
    runs = [Run(started_by=ada.id, ref=ada.id) for _ in range(5)]
    given = RunId.new()
    runs.append(Run(id=given, started_by=ada.id, session=SessionId.new(), ref=given))
    session.add_all(runs)
    session.flush()
    ids_made = [run.id for run in runs]
    ada_id = ada.id
    session.commit()

with Session(engine) as session:
    loaded = session.scalars(select(Run).order_by(Run.id)).all()
    check("rows round-trip", sorted(ids_made) == [run.id for run in loaded])
    check("read back as RunId", all(type(run.id) is RunId for run in loaded))
    check("foreign keys as UserId", all(type(run.started_by) is UserId for run in loaded))
    check("AnyId as the typed ID", all(type(run.ref) in (UserId, RunId) for run in loaded))
    check("an AnyId of each kind", {type(run.ref) for run in loaded} == {UserId, RunId})
    one = session.scalars(select(Run).where(Run.id == given)).one()
    check("where(Run.id == run_id)", one.id == given and type(one.session) is SessionId)
    check("where with an alias-free text", session.scalars(select(Run).where(Run.id == str(given))).one().id == given)
    some = session.scalars(select(Run).where(Run.id.in_(ids_made[:3]))).all()
    check("Run.id.in_([...])", sorted(run.id for run in some) == sorted(ids_made[:3]))
    try:
        session.scalars(select(Run).where(Run.id == UserId.new())).all()
        check("a wrong-kind comparison raises", False)
    except Exception as error:  # noqa: BLE001 - SQLAlchemy wraps it in StatementError
        check("a wrong-kind comparison raises the parser's error", "wrong ID type" in str(error) or "wrong_type" in str(error) or isinstance(getattr(error, "orig", None), ids.IdError))
    session.rollback()

    # What is stored: the UUID's 16 bytes, big-endian (the Rust mappings' format), or native uuid.
    raw = session.execute(text(f"SELECT id FROM runs_{SUFFIX} WHERE id = :id"), {"id": given.uuid if POSTGRES else given.uuid.bytes}).scalar_one()
    check("stored as the UUID", raw == given.uuid if POSTGRES else bytes(raw) == given.uuid.bytes)
    if not POSTGRES:
        hexed = session.execute(text(f"SELECT typeof(id), hex(id) FROM runs_{SUFFIX} WHERE id = :id"), {"id": given.uuid.bytes}).one()
        check("a 16-byte BLOB", hexed[0] == "blob" and hexed[1] == given.uuid.hex.upper())
        ref = session.execute(text(f"SELECT ref FROM runs_{SUFFIX} WHERE id = :id"), {"id": given.uuid.bytes}).scalar_one()
        check("AnyId as text", ref == str(given))

    # A row written by someone else, with the 16 bytes of a known UUID, reads back as the same ID.
    known = uuid.UUID("01890a5d-ac96-774b-bcce-b302099a8057")
    session.execute(
        text(f"INSERT INTO runs_{SUFFIX} (id, started_by) VALUES (:id, :by)"),
        {"id": known if POSTGRES else known.bytes, "by": ada_id.uuid if POSTGRES else ada_id.uuid.bytes},
    )
    session.commit()
    check("a row written outside SQLAlchemy", session.scalars(select(Run).where(Run.id == RunId.from_uuid(known))).one().id == "run_01h455vb4pex5vsknk084sn02q")

    if not POSTGRES:
        # A stored value that is not a 16-byte UUID is an error naming the type, never a wrong ID.
        for bad in ["x'0102'", "'run_01h455vb4pex5vsknk084sn02q'", "42"]:
            session.execute(text(f"DELETE FROM runs_{SUFFIX} WHERE session IS NULL AND ref IS NULL"))
            session.execute(text(f"INSERT INTO runs_{SUFFIX} (id, started_by) VALUES ({bad}, :by)"), {"by": ada_id.uuid.bytes})
            session.commit()
            try:
                found = session.scalars(select(Run.id)).all()
                check(f"a stored {bad} raises", False)
                print(found)
            except Exception as error:  # noqa: BLE001
                check(f"a stored {bad} is an error naming RunIdType: {error}", "RunIdType" in str(error))
            session.rollback()

Base.metadata.drop_all(engine)
finish()
