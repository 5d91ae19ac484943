// Runs the fixture handles_every_kind (the .mjs, or the .js tsc emits from the .ts) against the module exported from
// tests/fixtures/exhaustive/ids.toml: `absent` checks what each site returns; `added` (the module exported with
// `[types.job]` appended) checks that the sites that meet a `job` throw, naming it.
//
// usage: node run_sites.mjs FIXTURE IDS_MODULE absent|added
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [fixturePath, idsPath, mode] = process.argv.slice(2);
const app = await import(pathToFileURL(resolve(fixturePath)).href);
const ids = await import(pathToFileURL(resolve(idsPath)).href);

let passed = 0;
const failures = [];

function check(name, condition) {
  if (condition) {
    passed++;
  } else {
    failures.push(name);
  }
}

/** `f` must throw an instance of `errorClass` whose message contains `needle`. */
function throws(name, f, errorClass, needle) {
  try {
    f();
    failures.push(`${name}: did not throw`);
  } catch (error) {
    check(`${name}: ${error}`, error instanceof errorClass && String(error.message).includes(needle));
  }
}

const UUID = "01890a5d-ac96-774b-bcce-b302099a8057";
const run = ids.formatRunId(UUID);
const user = ids.formatUserId(UUID);

if (mode === "absent") {
  check("table literal", app.retentionDays.user === 365 && app.retentionDays.run === 30);
  check("matchIdType", app.label("user") === "person" && app.label("run") === "pipeline run");
  check("matchAnyId passes the ID to its kind's handler", app.owner(run) === `scheduler:${run}`);
  check("matchAnyId, user", app.owner(user) === `self:${user}`);
  check("switch", app.isBillable("run") === true && app.isBillable("user") === false);
  check("mapIdTable", JSON.stringify(app.retentionWeeks()) === '{"user":53,"run":5}');
  check("idTable", JSON.stringify(app.labels()) === '{"user":"person","run":"pipeline run"}');
  check("idTable in manifest order", Object.keys(ids.idTable((kind) => kind)).join() === ids.ID_TYPES.join());
  // What unchecked callers can pass.
  throws("matchIdType, an undeclared kind", () => app.label("job"), ids.IdError, 'unknown ID type "job"');
  throws("assertNeverIdType, reached", () => app.isBillable("job"), ids.IdError, 'unhandled ID type "job"');
  throws("matchAnyId, not an ID", () => app.owner("run"), ids.IdError, "suffix");
  throws("matchAnyId, an undeclared prefix", () => app.owner(`job_${run.slice(4)}`), ids.IdError, "`job`");
  throws("matchIdType, a missing handler", () => ids.matchIdType("run", { user: () => 1 }), TypeError, '"run"');
} else if (mode === "added") {
  check("the kinds that are handled still work", app.label("run") === "pipeline run" && app.isBillable("user") === false);
  check("the table literal has no job", !("job" in app.retentionDays));
  const job = ids.formatJobId(UUID);
  throws("matchIdType has no job handler", () => app.label("job"), TypeError, 'no handler for the ID type "job"');
  throws("matchAnyId has no job handler", () => app.owner(job), TypeError, 'no handler for the ID type "job"');
  throws("the switch reaches assertNeverIdType", () => app.isBillable("job"), ids.IdError, 'unhandled ID type "job"');
  throws("idTable(label) meets job", () => app.labels(), TypeError, '"job"');
} else {
  throw new Error(`unknown mode ${mode}`);
}

for (const failure of failures) {
  console.log(`FAIL ${failure}`);
}
console.log(`${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length === 0 ? 0 : 1;
