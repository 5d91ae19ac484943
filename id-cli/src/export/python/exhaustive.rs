//! The exhaustive shapes of the Python module: the generic frozen dataclass `IdTable` and the helpers
//! `match_id_type` and `match_any_id`. Every kind is a required keyword argument of each, so mypy (`--strict`)
//! reports each table and call that lacks a kind added to the manifest, naming it, and Python raises `TypeError`
//! at run time; `IdType` stays an `enum.Enum`, whose `match` statements mypy checks by itself.

use id_manifest::{Kind, Manifest};

use super::member;

/// Names a kind's keyword argument cannot have: Python keywords, the members of `IdTable`, and the parameters next
/// to the keywords (`self`, `kind`, `id`). Such a kind gets a trailing `_`, as PEP 8 advises; `from_` cannot also be
/// a kind, since id-manifest rejects two keys with the same type name (`FromId`).
const RESERVED: &[&str] = &[
    "and",
    "as",
    "assert",
    "async",
    "await",
    "break",
    "class",
    "continue",
    "def",
    "del",
    "elif",
    "else",
    "except",
    "finally",
    "for",
    "from",
    "global",
    "if",
    "import",
    "in",
    "is",
    "lambda",
    "nonlocal",
    "not",
    "or",
    "pass",
    "raise",
    "return",
    "try",
    "while",
    "with",
    "yield",
    "get",
    "items",
    "map",
    "from_fn",
    "staticmethod",
    "self",
    "kind",
    "id",
];

/// The kind's field in `IdTable` and keyword in the match helpers: its key, or `key_` for a reserved name.
pub(super) fn keyword(kind: &Kind) -> String {
    if RESERVED.contains(&kind.key.as_str()) {
        format!("{}_", kind.key)
    } else {
        kind.key.clone()
    }
}

/// `IdTable`, `match_id_type` and `match_any_id`, with the private helpers they call.
pub(super) fn generate(manifest: &Manifest) -> String {
    let each = |line: &dyn Fn(&Kind) -> String| -> String {
        manifest.kinds.iter().map(line).collect::<String>()
    };
    let fields = each(&|kind| format!("    {}: _T\n", keyword(kind)));
    let init_params = each(&|kind| format!("        {}: _T,\n", keyword(kind)));
    let init_body = each(&|kind| {
        format!(
            "        _set_frozen_field(self, \"{0}\", {0})\n",
            keyword(kind)
        )
    });
    let items = each(&|kind| {
        format!(
            "            (IdType.{}, self.{}),\n",
            member(kind),
            keyword(kind)
        )
    });
    let from_fn = each(&|kind| {
        format!(
            "            {}=f(IdType.{}),\n",
            keyword(kind),
            member(kind)
        )
    });
    let map = each(&|kind| format!("            {0}=f(self.{0}),\n", keyword(kind)));
    let kind_params = each(&|kind| format!("    {}: Callable[[], _R],\n", keyword(kind)));
    let id_params = each(&|kind| {
        format!(
            "    {}: Callable[[{}], _R],\n",
            keyword(kind),
            super::typed::class(kind)
        )
    });
    let handlers = each(&|kind| format!("        {},\n", keyword(kind)));
    format!(
        r#"

_T = TypeVar("_T")
_U = TypeVar("_U")
_R = TypeVar("_R")
_POSITIONS = {{id_type: position for position, id_type in enumerate(IdType)}}
# A frozen dataclass sets its fields in __init__ this way.
_set_frozen_field = object.__setattr__


@dataclasses.dataclass(frozen=True, init=False)
class IdTable(Generic[_T]):
    """One entry per kind, in manifest order: ``IdTable[int](user=365, run=30, …)``.

    Every kind is a required keyword argument, so mypy reports each table that a kind added to the manifest is
    missing from, and Python raises TypeError. ``IdTable.from_fn(f)`` builds one from a function of the kind.
    """

{fields}
    def __init__(
        self,
        *,
{init_params}    ) -> None:
{init_body}
    def get(self, kind: IdType) -> _T:
        """The entry of ``kind``. Raises IdError when ``kind`` is not an IdType."""
        return self.items()[_position(kind)][1]

    def items(self) -> Tuple[Tuple[IdType, _T], ...]:
        """``(kind, entry)`` for every kind, in manifest order."""
        return (
{items}        )

    @staticmethod
    def from_fn(f: Callable[[IdType], _U]) -> "IdTable[_U]":
        """The table whose entry for each kind is ``f(kind)``."""
        return IdTable(
{from_fn}        )

    def map(self, f: Callable[[_T], _U]) -> "IdTable[_U]":
        """The table of ``f(entry)`` for each entry."""
        return IdTable(
{map}        )


def match_id_type(
    kind: IdType,
    *,
{kind_params}) -> _R:
    """Calls the handler of ``kind`` and returns what it returns.

    Every kind is a required keyword argument, so mypy reports each call that a kind added to the manifest is missing
    from, and Python raises TypeError. Raises IdError when ``kind`` is not an IdType.
    """
    return _call_kind(
        kind,
{handlers}    )


def match_any_id(
    id: str,
    *,
{id_params}) -> _R:
    """Calls the handler of the kind of ``id`` with the typed ID (``RunId``, …), and returns what it returns.

    ``id`` is an ID of a declared kind, as ``parse`` accepts it. Every kind is a required keyword argument, as in
    ``match_id_type``. Raises IdError when ``id`` is not an ID of a declared kind.
    """
    return _call_id(
        id,
{handlers}    )


def _position(kind: IdType) -> int:
    if not isinstance(kind, IdType):
        raise IdError("unknown_type", f"expected an IdType, found {{kind!r}}")
    return _POSITIONS[kind]


def _call_kind(kind: IdType, *handlers: Callable[[], _R]) -> _R:
    return handlers[_position(kind)]()


def _call_id(text: str, *handlers: Callable[[Any], _R]) -> _R:
    typed = parse_any_id(text)
    return handlers[_position(typed.kind)](typed)
"#
    )
}
