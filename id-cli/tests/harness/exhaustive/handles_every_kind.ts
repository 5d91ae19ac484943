// Application code written when ids.toml declared {user, run}: every place that must handle each kind, through
// each exhaustive shape of `ids export --format typescript`. Exported from tests/fixtures/exhaustive/ids.toml, this
// compiles under tsc --strict; with `[types.job]` added, tsc must fail on exactly the lines marked SITE, each error
// naming `job` (tests/testsuite/exhaustive.rs). handles_every_kind.mjs is the same code with JSDoc types.
import {
  assertNeverIdType,
  idTable,
  mapIdTable,
  matchAnyId,
  matchIdType,
  type AnyId,
  type IdTable,
  type IdType,
  type RunId,
  type UserId,
} from "./ids.js";

/** Days to keep records of each kind. */
export const retentionDays: IdTable<number> = { user: 365, run: 30 }; // SITE: table literal

/** How each kind is shown to people. */
export function label(kind: IdType): string {
  return matchIdType(kind, { user: () => "person", run: () => "pipeline run" }); // SITE: matchIdType
}

/** Who answers for the record an ID names; each handler gets the ID typed as its kind's. */
export function owner(id: AnyId): string {
  return matchAnyId(id, { user: (user: UserId) => `self:${user}`, run: (run: RunId) => `scheduler:${run}` }); // SITE: matchAnyId
}

/** Whether records of a kind are billed. */
export function isBillable(kind: IdType): boolean {
  switch (kind) {
    case "user":
      return false;
    case "run":
      return true;
    default:
      return assertNeverIdType(kind); // SITE: switch
  }
}

/** Tables computed from a function need no change when a kind is added: they call the sites above. */
export function retentionWeeks(): IdTable<number> {
  return mapIdTable(retentionDays, (days) => Math.ceil(days / 7));
}

export function labels(): IdTable<string> {
  return idTable(label);
}
