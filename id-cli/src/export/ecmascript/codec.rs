//! The TypeID v0.3 codec in JavaScript, the same for every manifest: split on the last `_`, the prefix grammar
//! `[a-z]([a-z_]{0,61}[a-z])?`, exactly 26 lowercase Crockford base32 characters whose first is `0`–`7`, decoded
//! into 128 bits with BigInt. Error messages follow `id_runtime::ParseIdError`'s, with `code` naming the rule.
//!
//! The typed parsers and formatters have a fast path for valid input: a parser checks the suffix with a
//! table of character codes and returns the input itself when it is already canonical (no decoding, no re-encoding),
//! and the encoder turns hex digits into base32 pairs in 32-bit integers. Anything the fast path does not accept goes
//! through the general code, which alone raises the errors, so the accepted set and every message stay as they were.

use super::syntax::{Function, Writer};

/// `IdError`, whose field declaration differs between the dialects.
pub(crate) fn error_class(w: &mut Writer) {
    w.raw("\n");
    w.doc(
        &[
            "Why a value is not an ID (of the expected kind); `code` names the rule it broke."
                .to_owned(),
        ],
        &[],
    );
    match w.dialect() {
        super::Dialect::TypeScript => w.raw(
            "export class IdError extends Error {
  /** Which rule the input broke. */
  readonly code: IdErrorCode;

  constructor(code: IdErrorCode, message: string) {
    super(message);
    this.name = \"IdError\";
    this.code = code;
  }
}
",
        ),
        super::Dialect::JavaScript => w.raw(
            "export class IdError extends Error {
  /**
   * @param {IdErrorCode} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.name = \"IdError\";
    /**
     * Which rule the input broke.
     * @readonly
     */
    this.code = code;
  }
}
",
        ),
    }
}

/// The constants the codec uses.
pub(crate) const CONSTANTS: &str = r#"
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const UUID = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32})$/;
// By character code (ASCII): the value of a suffix character, and of a hex digit; -1 for anything else.
const DIGIT = Int8Array.from({ length: 128 }, (_, code) => ALPHABET.indexOf(String.fromCharCode(code)));
const HEX = Int8Array.from({ length: 128 }, (_, code) => "0123456789abcdef".indexOf(String.fromCharCode(code).toLowerCase()));
// The two base32 characters of each 10-bit value.
const PAIRS = Array.from({ length: 1024 }, (_, value) => ALPHABET.charAt(value >> 5) + ALPHABET.charAt(value & 31));
"#;

const CHECK_PREFIX: &str = r#"  if (typeof prefix !== "string") {
    throw new IdError("not_a_string", `expected a prefix string, found ${typeof prefix}`);
  }
  if (prefix.length > 63) {
    throw new IdError("prefix", `invalid ID prefix: it is ${prefix.length} characters long; at most 63 are allowed`);
  }
  for (let index = 0; index < prefix.length; index++) {
    const c = prefix.charAt(index);
    if ((c < "a" || c > "z") && c !== "_") {
      const rule = c >= "A" && c <= "Z" ? "prefixes are lowercase" : "prefixes use only lowercase ASCII letters and `_`";
      throw new IdError("prefix", `invalid ID prefix: the character ${JSON.stringify(c)} at index ${index}; ${rule}`);
    }
  }
  if (prefix.startsWith("_")) {
    throw new IdError("prefix", "invalid ID prefix: it starts with `_`");
  }
  if (prefix.endsWith("_")) {
    throw new IdError("prefix", "invalid ID prefix: it ends with `_`");
  }
"#;

const DECODE: &str = r#"  if (typeof text !== "string") {
    throw new IdError("not_a_string", `expected an ID string, found ${typeof text}`);
  }
  if (text === "") {
    throw new IdError("empty", "an empty string is not an ID");
  }
  const separator = text.lastIndexOf("_");
  if (separator === 0) {
    throw new IdError("prefix", "invalid ID prefix: the prefix before `_` is empty (an ID without a prefix has no `_`)");
  }
  const prefix = separator < 0 ? "" : text.slice(0, separator);
  checkPrefix(prefix);
  const suffix = text.slice(separator + 1);
  if (suffix.length !== 26) {
    throw new IdError(
      "suffix_length",
      suffix.length === 0
        ? "the ID has no suffix: expected 26 base32 characters after the prefix"
        : `the ID suffix must be 26 characters long, found ${suffix.length} (the suffix is everything after the last \`_\`)`,
    );
  }
  let value = 0n;
  for (let index = 0; index < 26; index++) {
    const c = suffix.charAt(index);
    const digit = ALPHABET.indexOf(c);
    if (digit < 0) {
      const rule = c >= "A" && c <= "Z" ? "IDs are lowercase" : "the suffix uses lowercase Crockford base32 (0-9, a-z except i, l, o, u)";
      throw new IdError("suffix_char", `invalid character ${JSON.stringify(c)} at index ${separator + 1 + index}: ${rule}`);
    }
    value = (value << 5n) | BigInt(digit);
  }
  if (suffix.charAt(0) > "7") {
    throw new IdError(
      "overflow",
      `the ID suffix starts with ${JSON.stringify(suffix.charAt(0))}: its first character must be 0-7, larger values overflow 128 bits`,
    );
  }
  const hex = value.toString(16).padStart(32, "0");
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { prefix, uuid };
"#;

const ENCODE: &str = r#"  checkPrefix(prefix);
  const suffix = uuidSuffix(uuid);
  return prefix === "" ? suffix : `${prefix}_${suffix}`;
"#;

const PARSE_AS: &str = r#"  const info = ID_INFO[type];
  // The fast path: `prefix_` and 26 valid characters, where the prefix is the kind's or an alias. A valid suffix has
  // no `_`, so the `_` before it is the last one, as decodeTypeId would split.
  if (typeof text === "string") {
    const separator = text.length - 27;
    if (separator > 0 && text.charCodeAt(separator) === 95 && isSuffix(text, separator + 1)) {
      if (separator === info.prefix.length && text.startsWith(info.prefix)) {
        return text;
      }
      if (info.aliases.includes(text.slice(0, separator))) {
        return info.prefix + text.slice(separator);
      }
    }
  }
  if (info.acceptUuid && typeof text === "string" && UUID.test(text)) {
    return encodeTypeId(info.prefix, text);
  }
  const decoded = decodeTypeId(text);
  if (decoded.prefix !== info.prefix && !info.aliases.includes(decoded.prefix)) {
    // The wording of every wrong-kind error, in Rust and in every export: the key, the prefix where it differs.
    const expected = info.name === info.prefix ? `\`${info.name}\` ID` : `\`${info.name}\` ID (\`${info.prefix}_…\`)`;
    const found = decoded.prefix === "" ? "an ID without prefix" : `a \`${decoded.prefix}\` ID`;
    throw new IdError("wrong_type", `wrong ID type: expected a ${expected}, found ${found}`);
  }
  return encodeTypeId(info.prefix, decoded.uuid);
"#;

const IS_CANONICAL: &str = r#"  const prefix = ID_INFO[type].prefix;
  return (
    typeof value === "string" &&
    value.charCodeAt(prefix.length) === 95 &&
    value.startsWith(prefix) &&
    isSuffix(value, prefix.length + 1)
  );
"#;

const IS_SUFFIX: &str = r#"  if (text.length - start !== 26 || text.charCodeAt(start) > 55) {
    return false;
  }
  for (let index = start; index < text.length; index++) {
    if ((DIGIT[text.charCodeAt(index)] ?? -1) < 0) {
      return false;
    }
  }
  return true;
"#;

const UUID_SUFFIX: &str = r#"  if (typeof uuid !== "string" || (uuid.length !== 36 && uuid.length !== 32)) {
    throw new IdError("uuid", `expected a UUID (8-4-4-4-12 or 32 hex digits), found ${JSON.stringify(uuid)}`);
  }
  const hyphens = uuid.length === 36;
  let suffix = "";
  let bits = 0; // the bits read and not written yet, `count` of them
  let count = 2; // the two zero bits before the UUID's 128 make 130, 26 characters of 5 bits
  for (let index = 0; index < uuid.length; index++) {
    const code = uuid.charCodeAt(index);
    if (hyphens && (index === 8 || index === 13 || index === 18 || index === 23)) {
      if (code === 45) {
        continue;
      }
      throw new IdError("uuid", `expected a UUID (8-4-4-4-12 or 32 hex digits), found ${JSON.stringify(uuid)}`);
    }
    const nibble = HEX[code] ?? -1;
    if (nibble < 0) {
      throw new IdError("uuid", `expected a UUID (8-4-4-4-12 or 32 hex digits), found ${JSON.stringify(uuid)}`);
    }
    bits = (bits << 4) | nibble;
    count += 4;
    if (count >= 10) {
      count -= 10;
      suffix += PAIRS[bits >>> count] ?? "";
      bits &= (1 << count) - 1;
    }
  }
  return suffix;
"#;

const FORMAT_AS: &str = r#"  return `${ID_INFO[type].prefix}_${uuidSuffix(uuid)}`;
"#;

const PARSE: &str = r#"  if (typeof text === "string" && UUID.test(text)) {
    throw new IdError("bare_uuid", BARE_UUID);
  }
  const decoded = decodeTypeId(text);
  const type = BY_PREFIX.get(decoded.prefix);
  if (type === undefined) {
    const found = decoded.prefix === "" ? "the ID has no prefix, so its type is unknown" : `unknown ID prefix \`${decoded.prefix}\``;
    throw new IdError("unknown_prefix", `${found}; known prefixes: ${KNOWN_PREFIXES}`);
  }
  return { type, id: brand(type, encodeTypeId(ID_INFO[type].prefix, decoded.uuid)), uuid: decoded.uuid };
"#;

const FORMAT: &str = r#"  if (!ID_TYPES.includes(type)) {
    throw new IdError("unknown_type", `unknown ID type ${JSON.stringify(type)}; known types: ${KNOWN_TYPES}`);
  }
  return brand(type, encodeTypeId(ID_INFO[type].prefix, uuid));
"#;

const IS_ANY: &str = "  return ID_TYPES.some((type) => isCanonical(type, value));\n";

// The values hold no braces, so one replacement cannot make another placeholder.
const ID_LINK: &str = r#"  const parsed = parse(text);
  const link = ID_INFO[parsed.type].link;
  return link === null
    ? null
    : link.split("{id}").join(parsed.id).split("{uuid}").join(parsed.uuid).split("{key}").join(parsed.type);
"#;

/// Every codec and dispatch function, in the order they are emitted.
pub(crate) fn functions(w: &mut Writer) {
    let brand_body = format!("  return {};\n", w.cast("text", "Id<K>"));
    let functions = [
        Function {
            doc: lines(&[
                "Decodes any TypeID: its prefix (\"\" when it has none) and its UUID, lowercase and hyphenated.",
                "Throws IdError naming the rule the text breaks.",
            ]),
            deprecated: None,
            export: true,
            name: "decodeTypeId",
            template: &[],
            params: &[("text", "string")],
            returns: "TypeIdParts",
            body: DECODE,
        },
        Function {
            doc: lines(&[
                "Encodes a prefix (\"\" for none) and a UUID (8-4-4-4-12 or 32 hex digits, either case) as a TypeID.",
                "Throws IdError for an invalid prefix or UUID.",
            ]),
            deprecated: None,
            export: true,
            name: "encodeTypeId",
            template: &[],
            params: &[("prefix", "string"), ("uuid", "string")],
            returns: "string",
            body: ENCODE,
        },
        Function {
            doc: lines(&[
                "Parses an ID of any declared kind by its prefix or an alias, into its kind, canonical form and UUID.",
                "A bare UUID is rejected: its kind cannot be known. Throws IdError.",
            ]),
            deprecated: None,
            export: true,
            name: "parse",
            template: &[],
            params: &[("text", "string")],
            returns: "Parsed",
            body: PARSE,
        },
        Function {
            doc: lines(&[
                "The ID of kind `type` holding `uuid`. Throws IdError for an unknown kind or an invalid UUID.",
            ]),
            deprecated: None,
            export: true,
            name: "format",
            template: &[("K", Some("IdType"))],
            params: &[("type", "K"), ("uuid", "string")],
            returns: "Id<K>",
            body: FORMAT,
        },
        Function {
            doc: lines(&["Whether `value` is an ID of a declared kind, in canonical form."]),
            deprecated: None,
            export: true,
            name: "isAnyId",
            template: &[],
            params: &[("value", "unknown")],
            returns: "value is AnyId",
            body: IS_ANY,
        },
        Function {
            doc: lines(&[
                "The link of an ID of any declared kind: its kind's template with `{id}` (the canonical ID), `{uuid}`",
                "and `{key}` filled in; null when the kind has no link. Throws IdError as `parse` does.",
            ]),
            deprecated: None,
            export: true,
            name: "idLink",
            template: &[],
            params: &[("text", "string")],
            returns: "string | null",
            body: ID_LINK,
        },
        Function {
            doc: Vec::new(),
            deprecated: None,
            export: false,
            name: "checkPrefix",
            template: &[],
            params: &[("prefix", "string")],
            returns: "void",
            body: CHECK_PREFIX,
        },
        Function {
            doc: lines(&[
                "The canonical form of an ID of kind `type`: its prefix, an alias, or a bare UUID if accepted.",
            ]),
            deprecated: None,
            export: false,
            name: "parseAs",
            template: &[],
            params: &[("type", "IdType"), ("text", "string")],
            returns: "string",
            body: PARSE_AS,
        },
        Function {
            doc: lines(&[
                "The canonical ID of kind `type` holding `uuid`. Throws IdError for an invalid UUID.",
            ]),
            deprecated: None,
            export: false,
            name: "formatAs",
            template: &[],
            params: &[("type", "IdType"), ("uuid", "string")],
            returns: "string",
            body: FORMAT_AS,
        },
        Function {
            doc: lines(&[
                "The 26 base32 characters of a UUID (8-4-4-4-12 or 32 hex digits, either case), in 32-bit integers.",
                "Throws IdError for anything else.",
            ]),
            deprecated: None,
            export: false,
            name: "uuidSuffix",
            template: &[],
            params: &[("uuid", "string")],
            returns: "string",
            body: UUID_SUFFIX,
        },
        Function {
            doc: lines(&[
                "Whether `text` from index `start` on is exactly 26 valid suffix characters, the first 0-7.",
            ]),
            deprecated: None,
            export: false,
            name: "isSuffix",
            template: &[],
            params: &[("text", "string"), ("start", "number")],
            returns: "boolean",
            body: IS_SUFFIX,
        },
        Function {
            doc: Vec::new(),
            deprecated: None,
            export: false,
            name: "isCanonical",
            template: &[],
            params: &[("type", "IdType"), ("value", "unknown")],
            returns: "boolean",
            body: IS_CANONICAL,
        },
        Function {
            doc: lines(&["Marks checked text as an ID of kind `K`; the only cast in this module."]),
            deprecated: None,
            export: false,
            name: "brand",
            template: &[("K", Some("IdType"))],
            params: &[("_type", "K"), ("text", "string")],
            returns: "Id<K>",
            body: &brand_body,
        },
    ];
    for function in &functions {
        w.raw("\n");
        w.function(function);
    }
}

fn lines(lines: &[&str]) -> Vec<String> {
    lines.iter().map(|line| (*line).to_owned()).collect()
}
