//! The TypeID v0.3 codec in SQL and PL/pgSQL, the same for every manifest: split on the last `_`, the prefix grammar
//! `[a-z]([a-z_]{0,61}[a-z])?`, exactly 26 lowercase Crockford base32 characters whose first is `0`–`7`.
//!
//! A regular expression decides whether text is valid (PostgreSQL's regex ranges are code-point ranges, never
//! collation-dependent, so the functions are truly IMMUTABLE); the base32 arithmetic is one expression per direction,
//! written out below, since a PL/pgSQL loop over 26 characters costs several times as much per call. Only invalid
//! input runs the slower code that explains, in the words of the other exports, which rule it broke.

use super::script::{Function, Script};

/// The lowercase Crockford base32 alphabet of TypeIDs.
const ALPHABET: &str = "0123456789abcdefghjkmnpqrstvwxyz";

/// Any valid TypeID, with or without a prefix.
pub(crate) const TYPEID: &str = "^(?:[a-z](?:[a-z_]{0,61}[a-z])?_)?[0-7][0-9a-hjkmnp-tv-z]{25}$";

/// The `_` and base32 characters after a kind's prefix, of any number: with a check that the suffix has 26 (the
/// text's 27th character from the end is that `_`), it accepts what `_[0-7][0-9a-hjkmnp-tv-z]{25}$` does at about a
/// quarter of the cost, since PostgreSQL's regular expressions pay for a counted repetition (BENCHMARKS.md).
pub(crate) const SUFFIX_ANY_LENGTH: &str = "_[0-7][0-9a-hjkmnp-tv-z]*$";

/// A bare UUID as the typed parsers accept it: hyphenated or simple, either case.
pub(crate) const BARE_UUID: &str = "^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32})$";

/// Why a prefix is not valid, or NULL. Messages follow the TypeScript and Python exports.
const PREFIX_PROBLEM: &str = r#"DECLARE
  c text;
BEGIN
  IF length(prefix) > 63 THEN
    RETURN 'it is ' || length(prefix)::text || ' characters long; at most 63 are allowed';
  END IF;
  FOR i IN 1..length(prefix) LOOP
    c := substr(prefix, i, 1);
    IF c !~ '^[a-z_]$' THEN
      RETURN 'the character ' || @schema@._character(c) || ' at index ' || (i - 1)::text || '; '
        || CASE WHEN c ~ '^[A-Z]$' THEN 'prefixes are lowercase'
                ELSE 'prefixes use only lowercase ASCII letters and `_`' END;
    END IF;
  END LOOP;
  IF left(prefix, 1) = '_' THEN
    RETURN 'it starts with `_`';
  END IF;
  IF right(prefix, 1) = '_' THEN
    RETURN 'it ends with `_`';
  END IF;
  RETURN NULL;
END
"#;

/// Why text is not a valid TypeID, or NULL.
const TYPEID_PROBLEM: &str = r#"DECLARE
  from_end int := strpos(reverse(id), '_');  -- the last `_`, counted from the end; 0 when there is none
  prefix text := CASE WHEN from_end = 0 THEN '' ELSE left(id, length(id) - from_end) END;
  suffix text := CASE WHEN from_end = 0 THEN id ELSE right(id, from_end - 1) END;
  offset_ int := length(id) - length(suffix);
  problem text;
  c text;
BEGIN
  IF id = '' THEN
    RETURN 'an empty string is not an ID';
  END IF;
  IF from_end > 0 AND prefix = '' THEN
    RETURN 'invalid ID prefix: the prefix before `_` is empty (an ID without a prefix has no `_`)';
  END IF;
  problem := @schema@._prefix_problem(prefix);
  IF problem IS NOT NULL THEN
    RETURN 'invalid ID prefix: ' || problem;
  END IF;
  IF suffix = '' THEN
    RETURN 'the ID has no suffix: expected 26 base32 characters after the prefix';
  END IF;
  IF length(suffix) <> 26 THEN
    RETURN 'the ID suffix must be 26 characters long, found ' || length(suffix)::text
      || ' (the suffix is everything after the last `_`)';
  END IF;
  FOR i IN 1..26 LOOP
    c := substr(suffix, i, 1);
    IF strpos('@alphabet@', c) = 0 THEN
      RETURN 'invalid character ' || @schema@._character(c) || ' at index ' || (offset_ + i - 1)::text || ': '
        || CASE WHEN c ~ '^[A-Z]$' THEN 'IDs are lowercase'
                ELSE 'the suffix uses lowercase Crockford base32 (0-9, a-z except i, l, o, u)' END;
    END IF;
  END LOOP;
  IF strpos('01234567', left(suffix, 1)) = 0 THEN
    RETURN 'the ID suffix starts with "' || left(suffix, 1)
      || '": its first character must be 0-7, larger values overflow 128 bits';
  END IF;
  RETURN NULL;
END
"#;

/// A character for a message: `"c"`, or its code point when it is an ASCII control character.
const CHARACTER: &str = r#"SELECT CASE
  WHEN ascii(c) < 32 OR ascii(c) = 127 THEN 'U+' || lpad(to_hex(ascii(c)), 4, '0')
  ELSE '"' || c || '"'
END
"#;

const TYPEID_REJECT: &str = r#"BEGIN
  RAISE EXCEPTION USING
    ERRCODE = 'invalid_text_representation',
    MESSAGE = 'invalid TypeID: ' || coalesce(@schema@._typeid_problem(id), 'not accepted'),
    DETAIL = 'The input was "' || id || '".';
END
"#;

const PREFIX_REJECT: &str = r#"BEGIN
  RAISE EXCEPTION USING
    ERRCODE = 'invalid_text_representation',
    MESSAGE = 'invalid TypeID prefix: ' || coalesce(@schema@._prefix_problem(prefix), 'not accepted'),
    DETAIL = 'The prefix was "' || prefix || '".';
END
"#;

/// The error of a kind's `_id` function: invalid text, a bare UUID, or an ID of another or an unknown kind. A
/// wrong kind is worded as in Rust and every other export: the key, the prefix where it differs, the prefix found.
const ID_REJECT: &str = r#"DECLARE
  problem text := @schema@._typeid_problem(id);
  expected text := '`' || kind || '` ID'
    || CASE WHEN prefix = kind THEN '' ELSE ' (`' || prefix || '_…`)' END;
  message text;
BEGIN
  IF problem IS NOT NULL THEN
    IF id ~ '@bare_uuid@' THEN
      message := 'wrong ID type: expected a ' || expected || ', found a bare UUID';
    ELSE
      message := 'invalid `' || kind || '` ID: ' || problem;
    END IF;
  ELSIF strpos(id, '_') = 0 THEN
    message := 'wrong ID type: expected a ' || expected || ', found an ID without prefix';
  ELSE
    message := 'wrong ID type: expected a ' || expected || ', found a `' || left(id, length(id) - 27) || '` ID';
  END IF;
  RAISE EXCEPTION USING
    ERRCODE = 'invalid_text_representation',
    MESSAGE = message,
    DETAIL = 'The input was "' || id || '".',
    HINT = accepts;
END
"#;

const ENCODE: &str = r#"SELECT CASE
  WHEN prefix = '' THEN @schema@._typeid_suffix(id)
  WHEN prefix ~ '^[a-z](?:[a-z_]{0,61}[a-z])?$' THEN prefix || '_' || @schema@._typeid_suffix(id)
  ELSE @schema@._prefix_reject(prefix)
END
"#;

const DECODE: &str = r#"SELECT CASE
  WHEN id ~ '@typeid@' THEN @schema@._typeid_uuid(right(id, 26))
  ELSE @schema@._typeid_reject(id)::uuid
END
"#;

const PREFIX: &str = r#"SELECT CASE
  WHEN id ~ '@typeid@' THEN left(id, greatest(length(id) - 27, 0))
  ELSE @schema@._typeid_reject(id)
END
"#;

/// Emits every function that does not depend on the manifest, helpers first (SQL function bodies are checked when
/// they are created, so what they call must exist).
pub(crate) fn functions(script: &mut Script) {
    let internal = |name, params, returns, language, body: String, about: &str| Function {
        name,
        params,
        returns,
        language,
        body,
        comment: format!("Internal to the ids export: {about}"),
    };
    let fill = |template: &str| {
        template
            .replace("@alphabet@", ALPHABET)
            .replace("@bare_uuid@", BARE_UUID)
            .replace("@typeid@", TYPEID)
    };
    let helpers = [
        internal(
            "_character",
            &[("c", "text")],
            "text",
            "sql",
            CHARACTER.to_owned(),
            "a character for an error message.",
        ),
        internal(
            "_prefix_problem",
            &[("prefix", "text")],
            "text",
            "plpgsql",
            PREFIX_PROBLEM.to_owned(),
            "why a TypeID prefix is not valid, or NULL.",
        ),
        internal(
            "_typeid_problem",
            &[("id", "text")],
            "text",
            "plpgsql",
            fill(TYPEID_PROBLEM),
            "why text is not a valid TypeID, or NULL.",
        ),
        internal(
            "_typeid_reject",
            &[("id", "text")],
            "text",
            "plpgsql",
            TYPEID_REJECT.to_owned(),
            "raises the error for text that is not a TypeID.",
        ),
        internal(
            "_prefix_reject",
            &[("prefix", "text")],
            "text",
            "plpgsql",
            PREFIX_REJECT.to_owned(),
            "raises the error for an invalid TypeID prefix.",
        ),
        internal(
            "_id_reject",
            &[
                ("id", "text"),
                ("kind", "text"),
                ("prefix", "text"),
                ("accepts", "text"),
            ],
            "text",
            "plpgsql",
            fill(ID_REJECT),
            "raises the error for text that is not an ID of the kind.",
        ),
        internal(
            "_typeid_suffix",
            &[("id", "uuid")],
            "text",
            "plpgsql",
            encode_body(),
            "the 26 base32 characters of a UUID.",
        ),
        internal(
            "_typeid_uuid",
            &[("suffix", "text")],
            "uuid",
            "plpgsql",
            decode_body(),
            "the UUID of 26 valid base32 characters.",
        ),
    ];
    for function in &helpers {
        script.function(function);
    }
    let public = [
        Function {
            name: "typeid_encode",
            params: &[("prefix", "text"), ("id", "uuid")],
            returns: "text",
            language: "sql",
            body: ENCODE.to_owned(),
            comment: "The TypeID (spec v0.3) of a prefix (\"\" for none) and a UUID. An invalid prefix raises \
                      SQLSTATE 22P02."
                .to_owned(),
        },
        Function {
            name: "typeid_decode",
            params: &[("id", "text")],
            returns: "uuid",
            language: "sql",
            body: fill(DECODE),
            comment: "The UUID of any TypeID (spec v0.3), whatever its prefix. Text that is not a TypeID raises \
                      SQLSTATE 22P02 naming the rule it breaks."
                .to_owned(),
        },
        Function {
            name: "typeid_prefix",
            params: &[("id", "text")],
            returns: "text",
            language: "sql",
            body: fill(PREFIX),
            comment: "The prefix of any TypeID (spec v0.3), \"\" when it has none. Text that is not a TypeID \
                      raises SQLSTATE 22P02."
                .to_owned(),
        },
    ];
    for function in &public {
        script.function(function);
    }
}

/// `_typeid_suffix(id uuid)`: the 130 bits of two zero bits and the UUID, five at a time. The UUID's two halves are
/// read once as `bigint`s; character `k` is UUID bits `5k - 2 .. 5k + 3`, in one half or (k = 13) across both. Each
/// character's code (a lookup in the alphabet's bytes) goes into a byte of one of four integers, whose bytes are the
/// text: no per-character `substr` or `||`, which cost about half the time (BENCHMARKS.md).
fn encode_body() -> String {
    let value = |k: usize| -> String {
        let (first, end) = ((5 * k).saturating_sub(2), 5 * k + 3);
        match (first / 64, (end - 1) / 64) {
            // The first character has three bits; `>>` copies the sign, so its mask is 7.
            (0, 0) if k == 0 => "(hi >> 61) & 7".to_owned(),
            (0, 0) => format!("(hi >> {}) & 31", 64 - end),
            (1, 1) => match 128 - end {
                0 => "lo & 31".to_owned(),
                shift => format!("(lo >> {shift}) & 31"),
            },
            _ => format!(
                "((hi & {}) << {}) | ((lo >> {}) & {})",
                (1u64 << (64 - first)) - 1,
                end - 64,
                128 - end,
                (1u64 << (end - 64)) - 1
            ),
        }
    };
    let word = |ks: std::ops::Range<usize>| -> String {
        let last = ks.end - 1;
        ks.map(|k| match 8 * (last - k) {
            0 => format!("get_byte(a, ({})::int)::bigint", value(k)),
            shift => format!("(get_byte(a, ({})::int)::bigint << {shift})", value(k)),
        })
        .collect::<Vec<_>>()
        .join("\n      | ")
    };
    let alphabet: String = ALPHABET.bytes().map(|byte| format!("{byte:02x}")).collect();
    format!(
        "DECLARE\n  a CONSTANT bytea := decode('{alphabet}', 'hex');  -- the alphabet\n  h CONSTANT text := encode(uuid_send(id), \
         'hex');\n  hi CONSTANT bigint := ('x' || left(h, 16))::bit(64)::bigint;\n  lo CONSTANT bigint := ('x' || \
         right(h, 16))::bit(64)::bigint;\nBEGIN\n  RETURN encode(\n    int8send(\n      {}\n    ) || int8send(\n      \
         {}\n    ) || int8send(\n      {}\n    ) || int2send((\n      {}\n    )::smallint),\n    'escape'\n  );\nEND\n",
        word(0..8),
        word(8..16),
        word(16..24),
        word(24..26),
    )
}

/// `_typeid_uuid(suffix text)`: [`decode_table`] and [`decode_expression`].
fn decode_body() -> String {
    format!(
        "DECLARE\n  t CONSTANT bytea := {};  -- byte -> base32 value\n  \
         s CONSTANT bytea := decode(suffix, 'escape');\nBEGIN\n  RETURN {};\nEND\n",
        decode_table(),
        decode_expression("  ")
    )
}

/// The base32 value of each ASCII byte (0 for the bytes that are not in the alphabet), as a `bytea` expression.
pub(crate) fn decode_table() -> String {
    let mut table = [0u8; 128];
    for (value, byte) in (0u8..).zip(ALPHABET.bytes()) {
        table[usize::from(byte)] = value;
    }
    let hex: String = table.iter().map(|byte| format!("{byte:02x}")).collect();
    // decode(), not a '\\x…' literal, whose meaning would depend on standard_conforming_strings.
    format!("decode('{hex}', 'hex')")
}

/// The UUID of the 26 valid base32 characters in the `bytea` `s`, with the table `t` ([`decode_table`]): the value of
/// each character (a lookup by its byte), assembled into the UUID's two 64-bit halves, whose bytes are the UUID's.
/// Characters 0–12 are the first 63 bits after the two zero bits, character 13 straddles the halves. Each line is
/// indented by `indent` and two more spaces.
pub(crate) fn decode_expression(indent: &str) -> String {
    let value = |k: usize| format!("get_byte(t, get_byte(s, {k}))::bigint");
    let mut high: Vec<String> = (0..13)
        .map(|k| format!("({} << {})", value(k), 5 * (12 - k) + 1))
        .collect();
    high.push(format!("({} >> 4)", value(13)));
    let mut low = vec![format!("(({} & 15) << 60)", value(13))];
    low.extend((14..26).map(|k| match 5 * (25 - k) {
        0 => value(k),
        shift => format!("({} << {shift})", value(k)),
    }));
    let join = format!("\n{indent}    | ");
    format!(
        "encode(\n{indent}  int8send(\n{indent}    {}\n{indent}  ) || int8send(\n{indent}    {}\n{indent}  ),\n{indent}  \
         'hex'\n{indent})::uuid",
        high.join(&join),
        low.join(&join)
    )
}
