// The JavaScript export against typeid-js, in one process: see scripts/bench-exports.sh.
// usage: node bench.mjs EXPORTED_MODULE TYPEID_JS_DIR IDS_FILE ROUNDS
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [modulePath, peerDir, idsPath, roundsText] = process.argv.slice(2);
const ours = await import(pathToFileURL(resolve(modulePath)).href);
const peer = createRequire(resolve(peerDir, "package.json"))("typeid-js");
const texts = readFileSync(idsPath, "utf8").split("\n").filter((line) => line !== "");
const rounds = Number(roundsText);

// Agreement first: both sides parse every ID to the same UUID and format it back to the same text.
const uuids = texts.map((text) => ours.decodeTypeId(text).uuid);
let disagreements = 0;
texts.forEach((text, index) => {
  const uuid = uuids[index];
  if (ours.parseRunId(text) !== text) disagreements++;
  if (peer.toUUID(peer.fromString(text, "run")) !== uuid) disagreements++;
  if (ours.formatRunId(uuid) !== text || peer.fromUUID(uuid, "run") !== text) disagreements++;
});

const { parseRunId, formatRunId } = ours;
const { fromString, fromUUID } = peer;
const cases = {
  parse: {
    ours: () => { let n = 0; for (const text of texts) n += parseRunId(text).length; return n; },
    peer: () => { let n = 0; for (const text of texts) n += fromString(text, "run").length; return n; },
  },
  format: {
    ours: () => { let n = 0; for (const uuid of uuids) n += formatRunId(uuid).length; return n; },
    peer: () => { let n = 0; for (const uuid of uuids) n += fromUUID(uuid, "run").length; return n; },
  },
};
/** Microseconds per ID of one pass. */
function time(fn) {
  const start = process.hrtime.bigint();
  if (fn() !== texts.length * 30) throw new Error("a pass returned the wrong total length");
  return Number(process.hrtime.bigint() - start) / 1000 / texts.length;
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const fns of Object.values(cases)) { fns.ours(); fns.peer(); fns.ours(); fns.peer(); } // warm-up
const rows = [];
for (const [op, fns] of Object.entries(cases)) {
  const mine = [], theirs = [], ratios = [];
  for (let round = 0; round < rounds; round++) {
    // Interleaved, alternating which goes first.
    let o, p;
    if (round % 2 === 0) {
      o = time(fns.ours);
      p = time(fns.peer);
    } else {
      p = time(fns.peer);
      o = time(fns.ours);
    }
    mine.push(o); theirs.push(p); ratios.push(o / p);
  }
  rows.push({ language: "JavaScript", op, reference: "typeid-js 1.2.0", ours: median(mine), peer: median(theirs), ratio: median(ratios) });
}
console.log(JSON.stringify({ ids: texts.length, rounds, disagreements, rows }));
