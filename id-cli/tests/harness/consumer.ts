// Type-level checks of `ids export --format typescript` for tests/fixtures/conformance/ids.toml, compiled by tsc
// with every strict flag. Each @ts-expect-error line must fail to compile, or tsc reports the directive as unused.
import {
  format,
  formatRunId,
  ID_INFO,
  IdError,
  isRunId,
  mapIdTable,
  matchAnyId,
  matchIdType,
  parse,
  parseRunId,
  parseUserId,
  type AnyId,
  type IdTable,
  type IdType,
  type RunId,
  type UserId,
} from "./ids";

const run: RunId = parseRunId("run_01h455vb4pex5vsknk084sn02q");
const user: UserId = parseUserId("usr_01h455vb4pex5vsknk084sn02q");
const any: AnyId = run; // every kind is an AnyId
const formatted: RunId = format("run", "01890a5d-ac96-774b-bcce-b302099a8057");
const alsoFormatted: RunId = formatRunId("01890a5d-ac96-774b-bcce-b302099a8057");
const kind: IdType = parse("run_01h455vb4pex5vsknk084sn02q").type;
const prefix: string = ID_INFO.user.prefix;

// @ts-expect-error a plain string is not a RunId
const fromString: RunId = "run_01h455vb4pex5vsknk084sn02q";
// @ts-expect-error a UserId is not a RunId
const wrongKind: RunId = user;
// @ts-expect-error an AnyId is not a RunId without checking its kind
const notNarrowed: RunId = any;
// @ts-expect-error `nope` is not a kind
format("nope", "01890a5d-ac96-774b-bcce-b302099a8057");
// @ts-expect-error `nope` is not a kind
const badKind: IdType = "nope";

declare const input: unknown;
if (isRunId(input)) {
  const narrowed: RunId = input; // the guard narrows
  void narrowed;
}

try {
  parseRunId("user_01h455vb4pex5vsknk084sn02q");
} catch (error) {
  if (error instanceof IdError) {
    const code: "wrong_type" | string = error.code;
    void code;
  }
}

// The exhaustive shapes: one entry per kind, no more, each handler typed for its kind.
const counts: IdTable<number> = { prefix: 1, pre_fix: 2, user: 3, run: 4 };
// @ts-expect-error a kind the manifest does not declare is an excess property
const extraKind: IdTable<number> = { prefix: 1, pre_fix: 2, user: 3, run: 4, job: 5 };
// @ts-expect-error a table is read-only
counts.run = 5;
const labels: IdTable<string> = mapIdTable(counts, (count, kind) => `${kind}:${count}`);
const isRun: boolean = matchIdType(kind, { prefix: () => false, pre_fix: () => false, user: () => false, run: () => true });
// @ts-expect-error a handler for a kind the manifest does not declare is an excess property
matchIdType(kind, { prefix: () => 0, pre_fix: () => 0, user: () => 0, run: () => 1, job: () => 2 });
const runOnly: RunId | null = matchAnyId(any, { prefix: () => null, pre_fix: () => null, user: () => null, run: (id) => id });
// @ts-expect-error the `run` handler gets a RunId, which is not a UserId
matchAnyId(any, { prefix: () => 0, pre_fix: () => 0, user: () => 0, run: (id: UserId) => id.length });

export {
  alsoFormatted,
  badKind,
  extraKind,
  formatted,
  fromString,
  isRun,
  kind,
  labels,
  notNarrowed,
  prefix,
  runOnly,
  wrongKind,
};
