// Uses the zod schemas of `ids export --format zod` for tests/fixtures/conformance/ids.toml as an application would,
// compiled by tsc with every strict flag: each @ts-expect-error line must fail to compile, or tsc reports the
// directive as unused. Run under node afterwards, it checks the values too and prints `consumer: ok`.
import { z } from "zod";
import {
  AnyIdSchema,
  IdTypeSchema,
  RunIdSchema,
  UserIdSchema,
  type AnyId,
  type IdType,
  type RunId,
  type UserId,
} from "./ids.js";

function assert(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(`consumer: ${what}`);
  }
}

// What the schemas parse to is the TypeScript export's branded type, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const runIsRunId: Same<z.infer<typeof RunIdSchema>, RunId> = true;
const anyIsAnyId: Same<z.infer<typeof AnyIdSchema>, AnyId> = true;
const kindIsIdType: Same<z.infer<typeof IdTypeSchema>, IdType> = true;
const inputIsString: Same<z.input<typeof RunIdSchema>, string> = true;
// @ts-expect-error a schema's output is not another kind's ID
const notUser: Same<z.infer<typeof RunIdSchema>, UserId> = true;

// An API payload, validated at the edge.
const Body = z.object({ run: RunIdSchema, startedBy: UserIdSchema, kind: IdTypeSchema });
type Body = z.infer<typeof Body>;
const body: Body = Body.parse({
  run: "run_01h455vb4pex5vsknk084sn02q",
  startedBy: "usr_01h455vb4pex5vsknk084sn02q",
  kind: "run",
});
const run: RunId = body.run;
const user: UserId = body.startedBy;
// @ts-expect-error a UserId is not a RunId
const wrongKind: RunId = body.startedBy;
// @ts-expect-error an AnyId is not a RunId without checking its kind
const notNarrowed: RunId = AnyIdSchema.parse(run);
// @ts-expect-error `nope` is not a kind
const badKind: Body["kind"] = "nope";

assert(run === "run_01h455vb4pex5vsknk084sn02q", "the run ID");
assert(user === "user_01h455vb4pex5vsknk084sn02q", "the alias became the canonical prefix");
const rejected = Body.safeParse({ run: user, startedBy: user, kind: "run" });
assert(!rejected.success, "a user ID where a run ID must be is rejected");
if (!rejected.success) {
  const issue = rejected.error.issues[0];
  assert(issue !== undefined && issue.path.join(".") === "run", "the issue's path is the field");
  assert(issue?.message === "wrong ID type: expected a `run` ID, found a `user` ID", "the issue names both kinds");
}
const list = z.array(AnyIdSchema).parse([run, "usr_01h455vb4pex5vsknk084sn02q"]);
assert(list[1] === user, "AnyIdSchema normalises aliases inside arrays");

export { anyIsAnyId, badKind, inputIsString, kindIsIdType, notNarrowed, notUser, runIsRunId, wrongKind };
console.log("consumer: ok");
