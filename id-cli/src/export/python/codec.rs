//! The Python code that is the same for every manifest: `IdError`, `IdInfo`, and the TypeID v0.3 codec (split on the
//! last `_`, the prefix grammar, 26 lowercase Crockford base32 characters whose first is `0`–`7`, 128 bits in an
//! `int`). Error messages follow `id_runtime::ParseIdError`'s, with `code` naming the rule, as in the TypeScript.
//!
//! The typed parsers and formatters have a fast path for valid input, in the standard library only: the
//! suffix's bytes are translated to the digits of `int(…, 32)` (anything else to `!`, which `int` rejects) and the UUID
//! is made without `uuid.UUID.__init__`'s argument checks; a UUID is spread one base32 digit per byte in five
//! mask-and-multiply steps ([`spread_steps`]), which each `format_*_id` repeats inline, and the bytes are mapped to
//! the alphabet with `bytes.translate`.
//! Anything the fast path does not accept goes through the general code, which alone raises the errors, so the
//! accepted set and every message stay as they were.

/// Constants and classes, emitted before `IdType`.
pub(super) const CODEC_HEAD: &str = r#"
_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
_SUFFIX = re.compile(r"[0-7][0-9a-hjkmnp-tv-z]{25}")
_UUID = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32}"
)
# By byte: a suffix character's digit for int(..., 32), and "!" (which int rejects) for any other byte.
_BASE32 = bytes(b"0123456789abcdefghijklmnopqrstuv!"[_ALPHABET.find(chr(code))] for code in range(256))
# For _encode and format_*_id: byte values 0-31 to the alphabet (other bytes, those of a prefix and `_`, stay as they
# are), and for each step of the spreading the upper halves of the parts of the bits (below bit 208, where a prefix
# starts) and the multiplier that moves them up by half a part's new size less their width.
_TO_ALPHABET = bytes.maketrans(bytes(range(32)), _ALPHABET.encode())


def _upper_halves(period: int, width: int) -> int:
    return sum(((1 << width) - 1) << (start + width) for start in range(0, 208, period)) & ((1 << 208) - 1)


_SPREAD_1, _MOVE_1 = _upper_halves(256, 80), (1 << 48) - 1
_SPREAD_2, _MOVE_2 = _upper_halves(128, 40), (1 << 24) - 1
_SPREAD_3, _MOVE_3 = _upper_halves(64, 20), (1 << 12) - 1
_SPREAD_4, _MOVE_4 = _upper_halves(32, 10), (1 << 6) - 1
_SPREAD_5, _MOVE_5 = _upper_halves(16, 5), (1 << 3) - 1
_UUID_TYPE = uuid.UUID
_UUID_NEW = uuid.UUID.__new__
_SET = object.__setattr__
_SAFE_UNKNOWN = uuid.SafeUUID.unknown


class IdError(ValueError):
    """Why a value is not an ID (of the expected kind); ``code`` names the rule it broke.

    Codes: not_a_string, empty, prefix, suffix_length, suffix_char, overflow, uuid, wrong_type, unknown_prefix,
    unknown_type, bare_uuid.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class IdInfo(NamedTuple):
    """What the manifest declares about a kind."""

    name: str
    prefix: str
    aliases: Tuple[str, ...]
    accept_uuid: bool
    uuid_version: str
    deprecated: Optional[str]
    doc: Optional[str]
    link: Optional[str]
    """The URL template: ``{id}``, ``{uuid}`` and ``{key}`` are filled in by ``id_link``."""
    labels: Mapping[str, str]
    """Free-form labels, in manifest order (read-only)."""
"#;

/// The functions, emitted after the tables they read.
pub(super) const CODEC: &str = r#"

def _check_prefix(prefix: str) -> None:
    if not isinstance(prefix, str):
        raise IdError("not_a_string", f"expected a prefix string, found {type(prefix).__name__}")
    if len(prefix) > 63:
        raise IdError("prefix", f"invalid ID prefix: it is {len(prefix)} characters long; at most 63 are allowed")
    for index, c in enumerate(prefix):
        if not ("a" <= c <= "z" or c == "_"):
            rule = "prefixes are lowercase" if "A" <= c <= "Z" else "prefixes use only lowercase ASCII letters and `_`"
            raise IdError("prefix", f"invalid ID prefix: the character {c!r} at index {index}; {rule}")
    if prefix.startswith("_"):
        raise IdError("prefix", "invalid ID prefix: it starts with `_`")
    if prefix.endswith("_"):
        raise IdError("prefix", "invalid ID prefix: it ends with `_`")


def decode_typeid(text: str) -> Tuple[str, uuid.UUID]:
    """Decodes any TypeID into its prefix ("" when it has none) and its UUID.

    Raises IdError naming the rule the text breaks.
    """
    if not isinstance(text, str):
        raise IdError("not_a_string", f"expected an ID string, found {type(text).__name__}")
    if text == "":
        raise IdError("empty", "an empty string is not an ID")
    separator = text.rfind("_")
    if separator == 0:
        raise IdError(
            "prefix", "invalid ID prefix: the prefix before `_` is empty (an ID without a prefix has no `_`)"
        )
    prefix = "" if separator < 0 else text[:separator]
    _check_prefix(prefix)
    suffix = text[separator + 1 :]
    if len(suffix) != 26:
        if not suffix:
            raise IdError("suffix_length", "the ID has no suffix: expected 26 base32 characters after the prefix")
        raise IdError(
            "suffix_length",
            f"the ID suffix must be 26 characters long, found {len(suffix)}"
            " (the suffix is everything after the last `_`)",
        )
    value = 0
    for index, c in enumerate(suffix):
        digit = _ALPHABET.find(c)
        if digit < 0:
            if "A" <= c <= "Z":
                rule = "IDs are lowercase"
            else:
                rule = "the suffix uses lowercase Crockford base32 (0-9, a-z except i, l, o, u)"
            raise IdError("suffix_char", f"invalid character {c!r} at index {separator + 1 + index}: {rule}")
        value = (value << 5) | digit
    if suffix[0] > "7":
        raise IdError(
            "overflow",
            f"the ID suffix starts with {suffix[0]!r}: its first character must be 0-7,"
            " larger values overflow 128 bits",
        )
    return prefix, uuid.UUID(int=value)


def encode_typeid(prefix: str, value: Union[uuid.UUID, str]) -> str:
    """Encodes a prefix ("" for none) and a UUID (a uuid.UUID, or 8-4-4-4-12 or 32 hex digits) as a TypeID.

    Raises IdError for an invalid prefix or UUID.
    """
    _check_prefix(prefix)
    if isinstance(value, str) and _UUID.fullmatch(value):
        value = uuid.UUID(value)
    if not isinstance(value, uuid.UUID):
        raise IdError("uuid", f"expected a UUID (uuid.UUID, 8-4-4-4-12 or 32 hex digits), found {value!r}")
    suffix = _encode(value.int)
    return suffix if prefix == "" else f"{prefix}_{suffix}"


def parse(text: str) -> Tuple[IdType, uuid.UUID]:
    """Parses an ID of any declared kind by its prefix or an alias, into its kind and UUID.

    A bare UUID is rejected: its kind cannot be known. Raises IdError.
    """
    if isinstance(text, str) and _UUID.fullmatch(text):
        raise IdError("bare_uuid", _BARE_UUID)
    prefix, value = decode_typeid(text)
    id_type = _BY_PREFIX.get(prefix)
    if id_type is None:
        found = "the ID has no prefix, so its type is unknown" if prefix == "" else f"unknown ID prefix `{prefix}`"
        raise IdError("unknown_prefix", f"{found}; known prefixes: {_KNOWN_PREFIXES}")
    return id_type, value


def format_id(id_type: IdType, value: Union[uuid.UUID, str]) -> str:
    """The canonical ID of kind ``id_type`` holding ``value``. Raises IdError for an invalid UUID."""
    if not isinstance(id_type, IdType):
        raise IdError("unknown_type", f"expected an IdType, found {id_type!r}")
    return encode_typeid(_INFO[id_type].prefix, value)


def id_link(text: str) -> Optional[str]:
    """The link of an ID of any declared kind: its kind's template with ``{id}`` (the canonical ID), ``{uuid}`` and
    ``{key}`` filled in; None when the kind has no link. Raises IdError as ``parse`` does."""
    id_type, value = parse(text)
    return _fill_link(id_type, value)


def _fill_link(id_type: IdType, value: uuid.UUID) -> Optional[str]:
    info = _INFO[id_type]
    if info.link is None:
        return None
    # The values hold no braces, so one replacement cannot make another placeholder.
    return (
        info.link.replace("{id}", encode_typeid(info.prefix, value))
        .replace("{uuid}", str(value))
        .replace("{key}", info.name)
    )


def is_any_id(value: object) -> bool:
    """Whether ``value`` is an ID of a declared kind, in canonical form."""
    return any(_is_canonical(id_type, value) for id_type in IdType)


def _fast_uuid(text: object, prefixes: Tuple[str, ...]) -> Optional[uuid.UUID]:
    """The UUID of a valid ID whose prefix is one of ``prefixes``; None for anything else, even a valid ID.

    A valid suffix has no ``_``, so the last ``_`` is the one before it, as decode_typeid splits; 26 characters whose
    first is 0-7 are at most 128 bits. The UUID is made as uuid.UUID(int=...) makes it, without its argument checks.
    """
    if type(text) is str and text.isascii():
        prefix, _, suffix = text.rpartition("_")
        if len(suffix) == 26 and suffix[0] <= "7" and prefix in prefixes:
            try:
                number = int(suffix.encode().translate(_BASE32), 32)
            except ValueError:
                return None
            value = _UUID_NEW(_UUID_TYPE)
            _SET(value, "int", number)
            _SET(value, "is_safe", _SAFE_UNKNOWN)
            return value
    return None


def _parse_as(id_type: IdType, text: str) -> uuid.UUID:
    info = _INFO[id_type]
    if info.accept_uuid and isinstance(text, str) and _UUID.fullmatch(text):
        return uuid.UUID(text)
    prefix, value = decode_typeid(text)
    if prefix != info.prefix and prefix not in info.aliases:
        # The wording of every wrong-kind error, in Rust and in every export: the key, the prefix where it differs.
        expected = f"`{info.name}` ID" if info.name == info.prefix else f"`{info.name}` ID (`{info.prefix}_…`)"
        found = "an ID without prefix" if prefix == "" else f"a `{prefix}` ID"
        raise IdError("wrong_type", f"wrong ID type: expected a {expected}, found {found}")
    return value


def _is_canonical(id_type: IdType, value: object) -> bool:
    prefix = _INFO[id_type].prefix
    return (
        isinstance(value, str)
        and len(value) == len(prefix) + 27
        and value.startswith(prefix + "_")
        and _SUFFIX.fullmatch(value, len(prefix) + 1) is not None
    )
"#;

/// `_encode`, emitted after [`CODEC`]: a 128-bit number as the 26 base32 characters, for `encode_typeid`.
pub(super) fn encode_function() -> String {
    format!(
        r#"

def _encode(number: int) -> str:
    """The 128-bit ``number`` as 26 base32 characters.

    Each step moves the upper half of every part of the bits up (adding ``part * (2**shift - 1)`` moves ``part`` up by
    ``shift``), 80 of 130 bits, then 40 of 80, 20, 10 and 5, until byte k of the 26 holds character k's value.
    """
{}    return number.to_bytes(26, "big").translate(_TO_ALPHABET).decode()
"#,
        spread_steps("    ")
    )
}

/// The five steps that spread the 130 bits of the Python variable `number` one base32 digit per byte (byte k of the
/// 26 lowest holding character k's value), one line each, indented by `indent`. Written inline in every
/// `format_*_id`, which adds the prefix's bytes after them: about 8 % faster than calling `_encode` on a number that
/// already holds the prefix (see BENCHMARKS.md).
pub(super) fn spread_steps(indent: &str) -> String {
    (1..=5)
        .map(|step| format!("{indent}number += (number & _SPREAD_{step}) * _MOVE_{step}\n"))
        .collect()
}
