//! `DynamicId`: an ID with any valid prefix, for tools, logs and conformance tests.

use core::fmt;
use core::str::FromStr;

use uuid::Uuid;

use crate::{IdBuf, InlineStr, ParseIdError, TypedId, check_prefix, parse};

/// A TypeID whose prefix is only known at run time.
///
/// Typed code should use the generated newtypes (`RunId`); `DynamicId` is for places that handle IDs of kinds they
/// do not know, such as log tools. It never allocates: the prefix is kept inline.
///
/// ```
/// use id_runtime::DynamicId;
/// let id = DynamicId::parse("pre_fix_01h455vb4pex5vsknk084sn02q").unwrap();
/// assert_eq!(id.prefix(), "pre_fix");
/// assert_eq!(id.uuid().to_string(), "01890a5d-ac96-774b-bcce-b302099a8057");
/// assert_eq!(id.to_string(), "pre_fix_01h455vb4pex5vsknk084sn02q");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DynamicId {
    prefix: InlineStr,
    uuid: Uuid,
}

impl DynamicId {
    /// Parses any TypeID (the prefix may be empty: `01h455vb4pex5vsknk084sn02q`).
    pub fn parse(input: &str) -> Result<DynamicId, ParseIdError> {
        let (prefix, uuid) = parse::parse_any(input)?;
        Ok(DynamicId {
            prefix: InlineStr::new(prefix),
            uuid,
        })
    }

    /// An ID from a prefix and a UUID; fails when the prefix breaks the TypeID grammar.
    pub fn new(prefix: &str, uuid: Uuid) -> Result<DynamicId, ParseIdError> {
        if prefix.is_empty() {
            return Ok(DynamicId {
                prefix: InlineStr::EMPTY,
                uuid,
            });
        }
        check_prefix(prefix).map_err(|reason| ParseIdError::InvalidPrefix {
            reason,
            position: 0,
        })?;
        Ok(DynamicId {
            prefix: InlineStr::new(prefix),
            uuid,
        })
    }

    /// For prefixes already checked (generated code, typed IDs).
    pub(crate) fn from_parts(prefix: InlineStr, uuid: Uuid) -> DynamicId {
        DynamicId { prefix, uuid }
    }

    /// The prefix (empty for an ID without one).
    pub fn prefix(&self) -> &str {
        self.prefix.as_str()
    }

    /// The UUID inside.
    pub fn uuid(self) -> Uuid {
        self.uuid
    }

    /// A new ID with `prefix`, from the generator behind every typed `new()`: a v7 UUID is greater than every v7
    /// UUID this process made before, typed IDs' included; a v4 UUID is random. For tools that learn the kinds at
    /// run time, such as the `ids new` command.
    ///
    /// ```
    /// use id_runtime::{DynamicId, UuidVersion};
    /// let first = DynamicId::generate("run", UuidVersion::V7).unwrap();
    /// let second = DynamicId::generate("run", UuidVersion::V7).unwrap();
    /// assert!(first.uuid() < second.uuid());
    /// assert_eq!(first.uuid().get_version_num(), 7);
    /// assert!(DynamicId::generate("Run", UuidVersion::V4).is_err());
    /// ```
    #[cfg(any(
        feature = "wasm-js",
        not(all(target_family = "wasm", target_os = "unknown"))
    ))]
    pub fn generate(prefix: &str, version: crate::UuidVersion) -> Result<DynamicId, ParseIdError> {
        DynamicId::new(prefix, crate::generate::generate(version))
    }

    /// Writes the TypeID text into `buf`, without allocating.
    pub fn encode<'b>(&self, buf: &'b mut IdBuf) -> &'b str {
        buf.write(self.prefix.as_str(), self.uuid)
    }
}

impl<T: TypedId> From<T> for DynamicId {
    fn from(id: T) -> DynamicId {
        DynamicId::from_parts(InlineStr::new(T::INFO.prefix), id.uuid())
    }
}

impl FromStr for DynamicId {
    type Err = ParseIdError;
    fn from_str(input: &str) -> Result<DynamicId, ParseIdError> {
        DynamicId::parse(input)
    }
}

impl TryFrom<&str> for DynamicId {
    type Error = ParseIdError;
    fn try_from(input: &str) -> Result<DynamicId, ParseIdError> {
        DynamicId::parse(input)
    }
}

impl TryFrom<String> for DynamicId {
    type Error = ParseIdError;
    fn try_from(input: String) -> Result<DynamicId, ParseIdError> {
        DynamicId::parse(&input)
    }
}

impl fmt::Display for DynamicId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.encode(&mut IdBuf::new()))
    }
}

impl fmt::Debug for DynamicId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DynamicId({})", self.encode(&mut IdBuf::new()))
    }
}

impl serde::Serialize for DynamicId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.encode(&mut IdBuf::new()))
    }
}

impl<'de> serde::Deserialize<'de> for DynamicId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<DynamicId, D::Error> {
        crate::serde_impl::deserialize_from_str(deserializer)
    }
}
