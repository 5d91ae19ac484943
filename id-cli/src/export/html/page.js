const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

// The catalog: every row whose text holds each typed word stays visible.
const filter = /** @type {HTMLInputElement} */ ($("filter"));
const catalogRows = /** @type {HTMLTableRowElement[]} */ ([...document.querySelectorAll("#catalog tbody tr")]);
function applyFilter() {
  const words = filter.value.toLowerCase().split(/\s+/).filter((word) => word !== "");
  let shown = 0;
  for (const row of catalogRows) {
    const search = row.dataset.search ?? "";
    const match = words.every((word) => search.includes(word));
    row.hidden = !match;
    if (match) shown++;
  }
  const total = catalogRows.length;
  const noun = total === 1 ? "kind" : "kinds";
  $("filter-count").textContent = words.length === 0 ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
}
filter.addEventListener("input", applyFilter);

// The paste box. A line without spaces is one candidate, shown even when it is not an ID; in other text, the words
// that look like IDs (a suffix of 20 or more letters and digits after `_`, or a UUID) are the candidates.
const LOOKS_LIKE_ID = /_[0-9A-Za-z]{20,}$|^[0-9A-Fa-f]{8}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12}$/;
/** @param {string} text */
function candidates(text) {
  /** @type {string[]} */
  const found = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    if (!/\s/.test(trimmed)) {
      found.push(trimmed);
      continue;
    }
    for (const word of trimmed.match(/[A-Za-z0-9_-]+/g) ?? []) {
      if (LOOKS_LIKE_ID.test(word)) found.push(word);
    }
  }
  return found;
}

/** @param {number} n @param {number} width */
const pad = (n, width = 2) => String(n).padStart(width, "0");

/** The creation time of a UUIDv7: UTC as RFC 3339 (as `ids inspect` writes it), and local with its offset.
 * @param {string} uuid */
function created(uuid) {
  if (uuid[14] !== "7") return null;
  const date = new Date(parseInt(uuid.slice(0, 8) + uuid.slice(9, 13), 16));
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? "-" : "+";
  const local =
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)} ` +
    `UTC${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return { utc: date.toISOString(), local };
}

/** @param {string} input @param {string} expected */
function decode(input, expected) {
  const parser = expected === "" ? null : PARSE_AS[/** @type {IdType} */ (expected)];
  if (parser === undefined) throw new Error(`no parser for ${expected}`);
  const id = parser === null ? parse(input).id : parser(input);
  const decoded = decodeTypeId(id);
  const type = /** @type {IdType} */ (BY_PREFIX.get(decoded.prefix));
  return { id, type, uuid: decoded.uuid, link: idLink(id), written: input === id ? null : input };
}

/** @param {string} tag @param {string} className @param {string | Node | null} content */
function cell(tag, className, content) {
  const element = document.createElement(tag);
  element.className = className;
  if (content !== null) element.append(content);
  return element;
}

/** @param {string} text */
const code = (text) => cell("code", "", text);

const paste = /** @type {HTMLTextAreaElement} */ ($("paste"));
const expect = /** @type {HTMLSelectElement} */ ($("expect"));
const results = /** @type {HTMLTableElement} */ ($("results"));
function render() {
  const body = results.tBodies[0];
  body.replaceChildren();
  let rejected = 0;
  const inputs = candidates(paste.value);
  for (const input of inputs) {
    const row = document.createElement("tr");
    row.append(cell("td", "input", code(input)));
    try {
      const found = decode(input, expect.value);
      const info = ID_INFO[found.type];
      const kind = cell("td", "kind", code(found.type));
      if (found.written !== null) kind.append(cell("div", "help", "canonical: "), code(found.id));
      if (info.deprecated !== null) kind.append(cell("div", "deprecated", `deprecated: ${info.deprecated}`));
      const time = created(found.uuid);
      const link = found.link === null ? null : Object.assign(document.createElement("a"), { href: found.link, textContent: found.link });
      row.className = "decoded";
      const when = cell("td", "created", null);
      when.append(cell("div", "utc", time?.utc ?? "—"), cell("div", "local", time?.local ?? "—"));
      row.append(kind, cell("td", "uuid", code(found.uuid)), when, cell("td", "link", link));
    } catch (error) {
      if (!(error instanceof IdError)) throw error;
      rejected++;
      row.className = "rejected";
      const message = cell("td", "error", error.message);
      message.colSpan = 4;
      row.append(message);
    }
    body.append(row);
  }
  results.hidden = inputs.length === 0;
  const decoded = inputs.length - rejected;
  $("summary").textContent =
    inputs.length === 0 ? "" : `${inputs.length} ${inputs.length === 1 ? "ID" : "IDs"}: ${decoded} decoded, ${rejected} rejected`;
}
paste.addEventListener("input", render);
expect.addEventListener("change", render);
applyFilter();
render();
