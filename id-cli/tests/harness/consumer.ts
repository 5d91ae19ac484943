// Type-level checks of `ids export --format typescript` for tests/fixtures/conformance/ids.toml, compiled by tsc
// with every strict flag. Each @ts-expect-error line must fail to compile, or tsc reports the directive as unused.
import {
  format,
  formatRunId,
  ID_INFO,
  IdError,
  isRunId,
  parse,
  parseRunId,
  parseUserId,
  type AnyId,
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

export { alsoFormatted, badKind, formatted, fromString, kind, notNarrowed, prefix, wrongKind };
