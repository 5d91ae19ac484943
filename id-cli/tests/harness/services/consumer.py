"""A service written against the typed IDs: mypy --strict and pyright (strict) must report exactly one error, on the
line marked PLANTED, where a UserId is passed as a RunId. Type-checked only, never run."""

import datetime
import uuid
from typing import Dict, List, Optional

import pydantic
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from ids import AnyId, AnyIdType, IdType, RunId, RunIdType, UserId, match_any_id, parse_any_id, sqlalchemy_types


def start(run: RunId, by: UserId) -> str:
    return f"{by} started {run}"


def run_of(text: str) -> RunId:
    return RunId(text)


run = RunId.new()
user = UserId("usr_01h455vb4pex5vsknk084sn02q")
same: RunId = RunId.from_uuid(run.uuid)
made: Optional[datetime.datetime] = run.created_at
kind: IdType = run.kind
value: uuid.UUID = user.uuid
text: str = run
any_id: AnyId = parse_any_id(text)
owner: str = match_any_id(
    any_id,
    user=lambda user: user.uuid.hex,
    session=lambda session: session,
    run=lambda run: run,
    transaction=str,
    websocket=str,
    connection=str,
)
start(run, user)
start(user, user)  # PLANTED: a UserId where a RunId is expected


class Body(pydantic.BaseModel):
    run: RunId
    by: UserId
    parent: Optional[RunId] = None


class Base(DeclarativeBase):
    type_annotation_map = sqlalchemy_types()


class Run(Base):
    __tablename__ = "runs"
    id: Mapped[RunId] = mapped_column(primary_key=True, default=RunId.new)
    by: Mapped[UserId]
    ref: Mapped[Optional[AnyId]]


class Step(Base):
    __tablename__ = "steps"
    id: Mapped[RunId] = mapped_column(RunIdType(), primary_key=True)
    ref: Mapped[str] = mapped_column(AnyIdType())


app = FastAPI()


@app.get("/runs/{run_id}")
def get_run(run_id: RunId, by: Optional[UserId] = None) -> Body:
    return Body(run=run_id, by=by or UserId.new())


@app.post("/runs")
def post_run(body: Body) -> Dict[str, str]:
    return {"run": body.run, "kind": body.run.kind.value}


def load(session: Session, wanted: List[RunId]) -> Dict[RunId, UserId]:
    return {row.id: row.by for row in session.scalars(select(Run).where(Run.id.in_(wanted)))}


def one(session: Session, wanted: RunId) -> Optional[Run]:
    return session.scalars(select(Run).where(Run.id == wanted)).first()
