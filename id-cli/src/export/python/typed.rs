//! The typed IDs of the Python module: per kind a `str` subclass, `RunId`, whose constructor is
//! `parse_run_id` followed by `format_run_id` (so it accepts, rejects and words its errors exactly as the parser does,
//! and holds the canonical text); `AnyId` (their union) and `parse_any_id`; hooks for pydantic v2
//! (`__get_pydantic_core_schema__`, `__get_pydantic_json_schema__`) that import `pydantic_core` only when pydantic
//! asks; and SQLAlchemy 2 column types (`RunIdType`, `AnyIdType`) made on first access through the module's
//! `__getattr__` (PEP 562), so that the module imports with the standard library alone. The optional packages are
//! imported with `importlib`, so that mypy and pyright never look for them in the module itself.

use id_manifest::{Kind, Manifest};

use super::member;
use crate::export::json_schema::definition_json;
use crate::export::text::{doc_lines, docstring_safe, quoted};

/// The class name of a kind, as in Rust: `RunId`.
pub(super) fn class(kind: &Kind) -> &str {
    &kind.names.type_name
}

/// The names this section adds to `__all__`. The SQLAlchemy types are left out: `from ids import *` would import
/// SQLAlchemy.
pub(super) fn exported_names(manifest: &Manifest) -> Vec<String> {
    let mut names: Vec<String> = manifest
        .kinds
        .iter()
        .map(|kind| class(kind).to_owned())
        .collect();
    names.extend(["AnyId", "parse_any_id", "sqlalchemy_types"].map(str::to_owned));
    names
}

/// The base class, the class per kind, `AnyId`, `parse_any_id` and the SQLAlchemy types.
pub(super) fn generate(manifest: &Manifest) -> String {
    let mut out = String::from(BASE);
    for kind in &manifest.kinds {
        out.push_str(&kind_class(kind));
    }
    let classes: Vec<&str> = manifest.kinds.iter().map(class).collect();
    out.push_str(&format!(
        "\n\nAnyId = Union[{}]\n\"\"\"An ID of any declared kind, as its class: what ``parse_any_id`` returns.\"\"\"\n",
        classes.join(", ")
    ));
    out.push_str("\n_CLASSES: Dict[IdType, Type[_TypedId]] = {\n");
    for kind in &manifest.kinds {
        out.push_str(&format!("    IdType.{}: {},\n", member(kind), class(kind)));
    }
    out.push_str(
        "}\n# The JSON Schema export's definition of each kind, for pydantic.\n_SCHEMAS = {\n",
    );
    for kind in &manifest.kinds {
        out.push_str(&format!(
            "    IdType.{}: {},\n",
            member(kind),
            quoted(&definition_json(kind))
        ));
    }
    out.push_str("}\n_SQLALCHEMY_TYPES: Dict[str, Optional[Type[_TypedId]]] = {\n");
    for kind in &manifest.kinds {
        out.push_str(&format!(
            "    {}: {},\n",
            quoted(&format!("{}Type", class(kind))),
            class(kind)
        ));
    }
    out.push_str("    \"AnyIdType\": None,\n}\n");
    out.push_str(ANY);
    let entries: String = manifest
        .kinds
        .iter()
        .map(|kind| format!("        {0}: __getattr__(\"{0}Type\")(),\n", class(kind)))
        .collect();
    out.push_str(&format!(
        r#"

def sqlalchemy_types() -> Dict[Any, Any]:
    """``{{RunId: RunIdType(), …, AnyId: AnyIdType()}}``, for a SQLAlchemy ``DeclarativeBase``'s ``type_annotation_map``.

    Then ``id: Mapped[RunId] = mapped_column(primary_key=True, default=RunId.new)`` maps a column. Imports SQLAlchemy.
    """
    return {{
{entries}        AnyId: __getattr__("AnyIdType")(),
    }}
"#
    ));
    out
}

/// `class RunId(_TypedId)` with its constructor.
fn kind_class(kind: &Kind) -> String {
    let key = &kind.key;
    let name = class(kind);
    let mut about = doc_lines(kind.doc.as_deref(), None).join(" ");
    if let Some(note) = &kind.deprecated {
        about = format!("{about} Deprecated: {note}").trim().to_owned();
    }
    let summary = format!("An ID of kind `{key}`, as its canonical text (a ``str``).");
    let doc = if about.is_empty() {
        summary
    } else {
        format!("{summary}\n\n    {}", about)
    };
    format!(
        r#"

class {name}(_TypedId):
    """{doc}

    ``{name}(text)`` accepts what ``parse_{key}_id`` accepts and raises its IdError for anything else.
    """

    __slots__ = ()
    _KIND = IdType.{member}

    def __new__(cls, text: str) -> "{name}":
        if type(text) is {name}:
            return text
        return str.__new__(cls, format_{key}_id(parse_{key}_id(text)))
"#,
        doc = docstring_safe(&doc),
        member = member(kind),
    )
}

/// The base of the classes, with the generator of UUIDv7s.
const BASE: &str = r#"

_I = TypeVar("_I", bound="_TypedId")
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
# The millisecond (above 16 bits) and counter (the low 16) of the last UUIDv7 this process made, as in Rust's new().
_V7_STATE = [0]
_V7_LOCK = threading.Lock()


def _new_v7() -> uuid.UUID:
    """A UUIDv7 greater than every one this process made before (RFC 9562 method 1, as Rust's ``new()``): 48 bits of
    Unix milliseconds, a 16-bit counter that starts each millisecond at 15 random bits, and 58 random bits."""
    random = int.from_bytes(os.urandom(10), "big")
    now = (time.time_ns() // 1_000_000) & 0xFFFFFFFFFFFF
    with _V7_LOCK:
        current = _V7_STATE[0]
        millis, counter = current >> 16, current & 0xFFFF
        if now > millis:
            state = (now << 16) | (random >> 64 & 0x7FFF)
        elif counter < 0xFFFF:
            state = current + 1
        else:
            state = ((millis + 1) << 16) | (random >> 64 & 0x7FFF)
        _V7_STATE[0] = state
    millis, counter = state >> 16, state & 0xFFFF
    high = (millis << 16) | (0x7 << 12) | (counter >> 4)
    low = (0b10 << 62) | ((counter & 0xF) << 58) | ((random & 0xFFFFFFFFFFFFFFFF) >> 6)
    return uuid.UUID(int=(high << 64) | low)


class _TypedId(str):
    """The base of the ID classes: the canonical text of an ID of one kind.

    Being a ``str``, an ID goes into JSON, logs, f-strings and database drivers as its text; being its own class per
    kind, mypy and pyright reject an ID of another kind, or a plain ``str``, where it is expected.
    """

    __slots__ = ()
    _KIND: ClassVar[IdType]

    @classmethod
    def new(cls: Type[_I]) -> _I:
        """A new ID: a UUIDv7 strictly greater than the ones made before in this process, or a UUIDv4 for v4 kinds."""
        value = _new_v7() if _INFO[cls._KIND].uuid_version == "v7" else uuid.uuid4()
        return cls.from_uuid(value)

    @classmethod
    def from_uuid(cls: Type[_I], value: uuid.UUID) -> _I:
        """The ID holding ``value``. Raises IdError when it is not a UUID."""
        return str.__new__(cls, format_id(cls._KIND, value))

    @property
    def kind(self) -> IdType:
        """The kind of this ID."""
        return self._KIND

    @property
    def created_at(self) -> Optional[datetime.datetime]:
        """When a UUIDv7 was made (UTC, to the millisecond); None for other versions, as in Rust."""
        number = decode_typeid(str(self))[1].int
        if (number >> 76) & 0xF != 7:
            return None
        return _EPOCH + datetime.timedelta(milliseconds=number >> 80)

    @property
    def link(self) -> Optional[str]:
        """The kind's link template filled in with this ID (see ``id_link``); None when the kind has no link."""
        return _fill_link(self._KIND, self.uuid)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str.__repr__(self)})"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """pydantic v2: validation as ``cls(text)`` (a bare ``uuid.UUID`` only where the kind sets accept_uuid),
        serialization as the canonical text. Imports pydantic_core, which pydantic has already imported."""
        core = importlib.import_module("pydantic_core")

        def validate(value: object) -> _TypedId:
            try:
                if isinstance(value, uuid.UUID) and _INFO[cls._KIND].accept_uuid:
                    return cls.from_uuid(value)
                return cls(cast(str, value))
            except IdError as error:
                context = {"message": str(error), "code": error.code}
                raise core.PydanticCustomError("id_error", "{message}", context) from None

        return core.core_schema.no_info_plain_validator_function(
            validate,
            serialization=core.core_schema.plain_serializer_function_ser_schema(str, when_used="always"),
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> Dict[str, Any]:
        """pydantic v2: the JSON Schema export's definition of the kind."""
        definition: Dict[str, Any] = json.loads(_SCHEMAS[cls._KIND])
        return definition

    # Last: in the class body, `uuid` is this property from here on.
    @property
    def uuid(self) -> uuid.UUID:
        """The UUID of this ID."""
        return decode_typeid(str(self))[1]

"#;

/// `parse_any_id` and the SQLAlchemy types.
const ANY: &str = r#"

def parse_any_id(text: str) -> AnyId:
    """Parses an ID of any declared kind by its prefix or an alias into its class: ``RunId``, … Raises IdError, as
    ``parse`` does."""
    id_type, value = parse(text)
    return cast(AnyId, _CLASSES[id_type].from_uuid(value))


def _sqlalchemy_type(name: str, id_class: Optional[Type[_TypedId]]) -> Any:
    """The TypeDecorator ``name``: for ``id_class``, 16 bytes (native ``uuid`` on PostgreSQL, a big-endian BLOB
    elsewhere, as the Rust sqlx, diesel and SeaORM mappings store IDs); for ``AnyId`` (None), the text."""
    types = importlib.import_module("sqlalchemy.types")

    def load_dialect_impl(self: Any, dialect: Any) -> Any:
        if id_class is None:
            return dialect.type_descriptor(types.String())
        if dialect.name == "postgresql":
            return dialect.type_descriptor(types.Uuid(as_uuid=True))
        return dialect.type_descriptor(types.LargeBinary(16))

    def process_bind_param(self: Any, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        if id_class is None:
            return str(parse_any_id(value))
        number = (value if isinstance(value, id_class) else id_class(value)).uuid
        return number if dialect.name == "postgresql" else number.bytes

    def process_result_value(self: Any, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        if id_class is None:
            if isinstance(value, str):
                return parse_any_id(value)
            raise IdError("uuid", f"cannot read `{name}` from a {type(value).__name__} value: expected the ID's text")
        if isinstance(value, uuid.UUID):
            return id_class.from_uuid(value)
        if isinstance(value, (bytes, bytearray)) and len(value) == 16:
            return id_class.from_uuid(uuid.UUID(bytes=bytes(value)))
        found = f"{len(value)}-byte BLOB" if isinstance(value, (bytes, bytearray)) else type(value).__name__
        raise IdError("uuid", f"cannot read `{name}` from a {found} value: expected a 16-byte UUID")

    namespace = {
        "__doc__": f"The SQLAlchemy column type of {id_class.__name__ if id_class else 'AnyId'}.",
        "__module__": __name__,
        "impl": types.String if id_class is None else types.LargeBinary,
        "cache_ok": True,
        "python_type": property(lambda self: str if id_class is None else id_class),
        "load_dialect_impl": load_dialect_impl,
        "process_bind_param": process_bind_param,
        "process_result_value": process_result_value,
    }
    return type(name, (types.TypeDecorator,), namespace)


def __getattr__(name: str) -> Any:
    """``RunIdType``, … and ``AnyIdType``, made (importing SQLAlchemy) on first access."""
    if name not in _SQLALCHEMY_TYPES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    made = _sqlalchemy_type(name, _SQLALCHEMY_TYPES[name])
    globals()[name] = made
    return made
"#;
