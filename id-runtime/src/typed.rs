//! The trait every generated ID type implements, for code that is generic over kinds.

use core::fmt;
use core::hash::Hash;
use core::str::FromStr;

use uuid::Uuid;

use crate::{IdBuf, IdInfo, ParseIdError, parse};

/// An ID of one kind declared in `ids.toml`: `RunId`, `UserId`, …
///
/// Implemented by the `#[ids]` macro for every generated newtype. Use it to write code generic over kinds:
///
/// ```
/// # #[id_runtime::ids] mod ids {}
/// # use ids::RunId;
/// use id_runtime::TypedId;
///
/// fn log_line<T: TypedId>(id: T) -> String {
///     format!("{} {}", T::INFO.name, id)
/// }
/// let id = RunId::parse("run_01h455vb4pex5vsknk084sn02q").unwrap();
/// assert_eq!(log_line(id), "run run_01h455vb4pex5vsknk084sn02q");
/// ```
///
/// Sealed: only the types `#[ids]` generates implement it.
pub trait TypedId:
    crate::__private::Generated
    + Copy
    + Eq
    + Ord
    + Hash
    + fmt::Debug
    + fmt::Display
    + FromStr<Err = ParseIdError>
    + Send
    + Sync
    + 'static
{
    /// What the manifest declares about this kind.
    const INFO: &'static IdInfo;

    /// Wraps a UUID as an ID of this kind.
    fn from_uuid(uuid: Uuid) -> Self;

    /// The UUID inside.
    fn uuid(&self) -> Uuid;

    /// Parses the TypeID text of this kind (or an alias, or a bare UUID where the manifest allows it).
    #[inline]
    fn parse(input: &str) -> Result<Self, ParseIdError> {
        parse::parse_typed(input)
    }

    /// Writes the canonical TypeID text into `buf`, without allocating.
    #[inline]
    fn encode<'b>(&self, buf: &'b mut IdBuf) -> &'b str {
        buf.write(Self::INFO.prefix, self.uuid())
    }
}
