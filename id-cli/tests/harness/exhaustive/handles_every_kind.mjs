// @ts-check
// handles_every_kind.ts with JSDoc types, checked by tsc --checkJs: the same sites, marked SITE, must fail with
// `[types.job]` added, each error naming `job`.
import { assertNeverIdType, idTable, mapIdTable, matchAnyId, matchIdType } from "./ids.mjs";

/**
 * @typedef {import("./ids.mjs").AnyId} AnyId
 * @typedef {import("./ids.mjs").IdType} IdType
 * @typedef {import("./ids.mjs").RunId} RunId
 * @typedef {import("./ids.mjs").UserId} UserId
 */
/**
 * @template T
 * @typedef {import("./ids.mjs").IdTable<T>} IdTable
 */

/**
 * Days to keep records of each kind.
 * @type {IdTable<number>}
 */
export const retentionDays = { user: 365, run: 30 }; // SITE: table literal

/**
 * How each kind is shown to people.
 * @param {IdType} kind
 * @returns {string}
 */
export function label(kind) {
  return matchIdType(kind, { user: () => "person", run: () => "pipeline run" }); // SITE: matchIdType
}

/**
 * Who answers for the record an ID names; each handler gets the ID typed as its kind's.
 * @param {AnyId} id
 * @returns {string}
 */
export function owner(id) {
  return matchAnyId(id, { user: (/** @type {UserId} */ user) => `self:${user}`, run: (/** @type {RunId} */ run) => `scheduler:${run}` }); // SITE: matchAnyId
}

/**
 * Whether records of a kind are billed.
 * @param {IdType} kind
 * @returns {boolean}
 */
export function isBillable(kind) {
  switch (kind) {
    case "user":
      return false;
    case "run":
      return true;
    default:
      return assertNeverIdType(kind); // SITE: switch
  }
}

/** @returns {IdTable<number>} */
export function retentionWeeks() {
  return mapIdTable(retentionDays, (days) => Math.ceil(days / 7));
}

/** @returns {IdTable<string>} */
export function labels() {
  return idTable(label);
}
