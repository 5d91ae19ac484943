// Drives the page of `ids export --format html` in headless Chromium through chromedriver's WebDriver HTTP API (node's
// own fetch, no package), as a person would: Tab through it, type in the filter, paste IDs, choose a kind. Prints what
// the page shows at each step as one JSON object; the Rust test (id-cli/tests/testsuite/catalog.rs) judges it.
//
// node catalog.mjs PAGE.html [SCREENSHOT.png]      (IDS_CHROMIUM, IDS_CHROMEDRIVER override /usr/bin/…)

import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [page, screenshot] = process.argv.slice(2);
const chromium = process.env.IDS_CHROMIUM ?? "/usr/bin/chromium";
const chromedriver = process.env.IDS_CHROMEDRIVER ?? "/usr/bin/chromedriver";
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
const TAB = "\uE004";
const BACKSPACE = "\uE003";

/** A free TCP port for chromedriver. */
const port = await new Promise((done) => {
  const server = createServer().listen(0, "127.0.0.1", () => {
    const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
    server.close(() => done(port));
  });
});
// The local-time column is checked in a zone with a half-hour offset, whatever the machine's zone is.
const driver = spawn(chromedriver, [`--port=${port}`], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, TZ: "Asia/Kolkata" },
});
const base = `http://127.0.0.1:${port}`;

async function call(method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}

let session = null;
try {
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await call("GET", "/status")).ready) break;
    } catch (error) {
      if (attempt > 100) throw new Error(`chromedriver did not start: ${error}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  session = (
    await call("POST", "/session", {
      capabilities: {
        alwaysMatch: {
          browserName: "chrome",
          "goog:chromeOptions": {
            binary: chromium,
            args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1400", "--lang=en-US"],
          },
        },
      },
    })
  ).sessionId;
  const s = `/session/${session}`;
  const find = async (css) => (await call("POST", `${s}/element`, { using: "css selector", value: css }))[ELEMENT];
  const type = async (css, text) => call("POST", `${s}/element/${await find(css)}/value`, { text });
  const run = (script) => call("POST", `${s}/execute/sync`, { script, args: [] });
  const keys = (text) =>
    call("POST", `${s}/actions`, {
      actions: [{ type: "key", id: "keyboard", actions: [...text].flatMap((value) => [{ type: "keyDown", value }, { type: "keyUp", value }]) }],
    });
  const catalog = () =>
    run(`return {
      shown: [...document.querySelectorAll("#catalog tbody tr")].filter((row) => !row.hidden).map((row) => row.dataset.kind),
      count: document.getElementById("filter-count").textContent,
    };`);
  const results = () =>
    run(`return {
      summary: document.getElementById("summary").textContent,
      rows: [...document.querySelectorAll("#results tbody tr")].map((row) => {
        const text = (name) => row.querySelector("." + name)?.textContent ?? null;
        return { state: row.className, input: text("input"), kind: text("kind"), uuid: text("uuid"), utc: text("utc"),
          local: text("local"), link: row.querySelector(".link a")?.getAttribute("href") ?? null, error: text("error") };
      }),
    };`);

  const report = {};
  await call("POST", `${s}/url`, { url: pathToFileURL(resolve(page)).href });
  report.title = await run("return document.title;");
  report.initial = await catalog();
  // Every control has a label, and the two status lines are announced.
  report.labelled = await run(
    `return [...document.querySelectorAll("textarea, input, select")].map((e) => [e.id, [...e.labels].map((l) => l.textContent.trim())]);`,
  );
  report.live = await run(`return [...document.querySelectorAll("[aria-live]")].map((e) => e.id);`);
  // The keyboard alone reaches the paste box, the kind list and the filter, in that order.
  const focused = [];
  for (let i = 0; i < 3; i++) {
    await keys(TAB);
    focused.push(await run("return document.activeElement?.id ?? null;"));
  }
  report.tabOrder = focused;
  // The filter, typed with the keyboard where the focus now is (the filter), then a word from a label.
  await keys("bill");
  report.filtered = await catalog();
  await keys(BACKSPACE.repeat(4) + "7y");
  report.byLabel = await catalog();
  await keys(BACKSPACE.repeat(2));
  report.cleared = await catalog();

  const pasted = process.env.IDS_PASTE ?? "";
  await type("#paste", pasted);
  report.anyKind = await results();
  await call("POST", `${s}/element/${await find('#expect option[value="run"]')}/click`, {});
  report.asRun = await results();
  if (screenshot) {
    await call("POST", `${s}/element/${await find('#expect option[value=""]')}/click`, {});
    await run("document.activeElement.blur(); window.scrollTo(0, 0);");
    writeFileSync(screenshot, Buffer.from(await call("GET", `${s}/screenshot`), "base64"));
  }
  console.log(JSON.stringify(report));
} finally {
  if (session !== null) await call("DELETE", `/session/${session}`).catch(() => {});
  driver.kill();
}
