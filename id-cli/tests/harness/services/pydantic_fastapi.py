"""The typed IDs with the real pydantic (v2) and FastAPI: validation, errors, dumps, JSON Schema, 422s, OpenAPI.

The module is the export of tests/fixtures/good/ids.toml (see typed_ids.py); SCHEMA_JSON is the JSON Schema export of
the same manifest, whose definitions the classes' schemas must equal.

usage: python3 pydantic_fastapi.py MODULE_DIR SCHEMA_JSON
"""

import json
import os
import sys
import uuid
import warnings
from typing import Dict, List, Optional

warnings.filterwarnings("ignore", message=".*httpx2")
sys.path.insert(0, sys.argv[1])
# tally.py, the harnesses' shared check/finish, is in the directory above this one.
sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from tally import check, finish  # noqa: E402

import pydantic  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

import ids  # noqa: E402
from ids import AnyId, RunId, SessionId, UserId  # noqa: E402



def errors(model, data, strict=None):
    try:
        model.model_validate(data, strict=strict)
    except pydantic.ValidationError as error:
        return error.errors()
    return None


def parser_message(f, text):
    try:
        f(text)
    except ids.IdError as error:
        return error.code, str(error)
    return None


with open(sys.argv[2]) as file:
    DEFS = json.load(file)["$defs"]
UUID = uuid.UUID("01890a5d-ac96-774b-bcce-b302099a8057")
SUFFIX = "01h455vb4pex5vsknk084sn02q"
RUN, USER = f"run_{SUFFIX}", f"user_{SUFFIX}"


class Body(pydantic.BaseModel):
    run: RunId
    by: UserId
    session: Optional[SessionId] = None
    runs: List[RunId] = []


body = Body(run=RUN, by=f"usr_{SUFFIX}", runs=[RUN])
check("a field is the typed ID", type(body.run) is RunId and type(body.by) is UserId and type(body.runs[0]) is RunId)
check("an alias is normalised", body.by == USER)
check("a bare UUID where the kind accepts one", Body(run=RUN, by=str(UUID)).by == USER)
check("a uuid.UUID where the kind accepts one", Body(run=RUN, by=UUID).by == USER)
check("model_dump gives the text", body.model_dump() == {"run": RUN, "by": USER, "session": None, "runs": [RUN]})
check("model_dump gives plain str", type(body.model_dump()["run"]) is str)
check("model_dump_json gives the text", json.loads(body.model_dump_json()) == {"run": RUN, "by": USER, "session": None, "runs": [RUN]})
check("a round trip through JSON", Body.model_validate_json(body.model_dump_json()) == body)

for strict in (None, False, True):
    wrong = errors(Body, {"run": USER, "by": USER}, strict)
    expected = parser_message(ids.parse_run_id, USER)
    check(f"strict={strict}: a wrong kind is a ValidationError", wrong is not None and len(wrong) == 1)
    check(f"strict={strict}: with the parser's message", wrong is not None and wrong[0]["msg"] == expected[1])
    check(f"strict={strict}: and its code", wrong is not None and wrong[0]["ctx"]["code"] == expected[0] == "wrong_type")
    check(f"strict={strict}: at the field", wrong is not None and wrong[0]["loc"] == ("run",))
    as_uuid = errors(Body, {"run": UUID, "by": USER}, strict)
    check(f"strict={strict}: a uuid.UUID without accept_uuid", as_uuid is not None and as_uuid[0]["loc"] == ("run",))
    check(f"strict={strict}: a uuid.UUID with accept_uuid", errors(Body, {"run": RUN, "by": UUID}, strict) is None)
    for bad in [f"run_{SUFFIX[:-1]}", "", 42, None, f"RUN_{SUFFIX}"]:
        got = errors(Body, {"run": bad, "by": USER}, strict)
        check(f"strict={strict}: {bad!r} is rejected", got is not None and got[0]["loc"] == ("run",))
    bare = errors(Body, {"run": str(UUID), "by": USER}, strict)
    check(f"strict={strict}: a bare UUID text without accept_uuid", bare is not None)
check("a wrong kind in a list", errors(Body, {"run": RUN, "by": USER, "runs": [RUN, USER]})[0]["loc"] == ("runs", 1))

schema = Body.model_json_schema()
for field, name in [("run", "RunId"), ("by", "UserId")]:
    check(f"the schema of {field} is the JSON Schema export's {name}", schema["properties"][field] == DEFS[name])
check("the schema has the pattern", schema["properties"]["run"]["pattern"] == "^run_[0-7][0-9a-hjkmnp-tv-z]{25}$")
check("and x-typeid-prefix", schema["properties"]["run"]["x-typeid-prefix"] == "run")
check("and format typeid", schema["properties"]["run"]["format"] == "typeid")
check("TypeAdapter", pydantic.TypeAdapter(RunId).validate_python(RUN) == RUN)
check("TypeAdapter json schema", pydantic.TypeAdapter(RunId).json_schema() == DEFS["RunId"])
any_adapter = pydantic.TypeAdapter(AnyId)
check("AnyId takes any kind", type(any_adapter.validate_python(f"ws_{SUFFIX}")) is ids.WebsocketId)

app = FastAPI()


@app.get("/runs/{run_id}")
def get_run(run_id: RunId, by: Optional[UserId] = None) -> Dict[str, Optional[str]]:
    return {"run": run_id, "type": type(run_id).__name__, "by": by}


@app.post("/runs")
def post_run(body: Body) -> Body:
    return body


client = TestClient(app)
response = client.get(f"/runs/{RUN}", params={"by": f"account_{SUFFIX}"})
check("a path and query parameter", response.status_code == 200 and response.json() == {"run": RUN, "type": "RunId", "by": USER})
response = client.get(f"/runs/{USER}")
detail = response.json().get("detail", [{}])
check("a wrong-kind path parameter is a 422", response.status_code == 422)
check("whose detail carries the message", detail[0].get("msg") == parser_message(ids.parse_run_id, USER)[1])
check("at the path parameter", detail[0].get("loc") == ["path", "run_id"])
response = client.get(f"/runs/{RUN}", params={"by": RUN})
check("a wrong-kind query parameter is a 422", response.status_code == 422 and response.json()["detail"][0]["loc"] == ["query", "by"])
check("with the message", response.json()["detail"][0]["msg"] == parser_message(ids.parse_user_id, RUN)[1])
response = client.post("/runs", json={"run": RUN, "by": f"usr_{SUFFIX}"})
check("a body", response.status_code == 200 and response.json()["by"] == USER)
response = client.post("/runs", json={"run": USER, "by": USER})
check("a wrong-kind body field is a 422", response.status_code == 422 and response.json()["detail"][0]["loc"] == ["body", "run"])
check("with the message", response.json()["detail"][0]["msg"] == parser_message(ids.parse_run_id, USER)[1])

openapi = client.get("/openapi.json").json()
parameter = openapi["paths"]["/runs/{run_id}"]["get"]["parameters"][0]["schema"]
check("OpenAPI: the path parameter has the pattern", parameter.get("pattern") == DEFS["RunId"]["pattern"])
check("OpenAPI: and x-typeid-prefix", parameter.get("x-typeid-prefix") == "run")
check("OpenAPI: and the rest of the kind's schema", all(parameter.get(key) == value for key, value in DEFS["RunId"].items() if key != "title"))
component = openapi["components"]["schemas"]["Body"]["properties"]["run"]
check("OpenAPI: the body field is the kind's schema", component == DEFS["RunId"])

finish()
