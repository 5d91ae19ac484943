//! The peer crates, each used the way its documentation shows for a typed `run` ID.

use core::fmt::{self, Write};
use core::str::FromStr;

use mti::prelude::{MagicTypeId, MagicTypeIdExt, V7};

/// type-safe-id's static type for the `run` prefix.
#[derive(Default, Clone, Copy)]
pub(crate) struct TsRun;

impl type_safe_id::StaticType for TsRun {
    const TYPE: &'static str = "run";
}

/// type-safe-id's typed `run` ID.
pub(crate) type TsRunId = type_safe_id::TypeSafeId<TsRun>;

/// type-safe-id's ID of any prefix.
pub(crate) type TsDynamicId = type_safe_id::TypeSafeId<type_safe_id::DynamicType>;

/// mti has no typed IDs: parse, then check the prefix, as its users do (`None` for the wrong prefix, which mti
/// has no error for).
pub(crate) fn mti_parse_run(
    input: &str,
) -> Result<MagicTypeId, Option<mti::prelude::MagicTypeIdError>> {
    let id = MagicTypeId::from_str(input).map_err(Some)?;
    if id.prefix().as_str() == "run" {
        Ok(id)
    } else {
        Err(None)
    }
}

/// A new mti `run` ID (UUIDv7).
pub(crate) fn mti_new_run() -> MagicTypeId {
    "run".create_type_id::<V7>()
}

/// A fixed stack buffer that `write!` fills, for crates that only format through `Display`.
pub(crate) struct StackString {
    bytes: [u8; 96],
    len: usize,
}

impl StackString {
    /// `write!(stack, "{value}")`.
    pub(crate) fn format(value: &impl fmt::Display) -> StackString {
        let mut out = StackString {
            bytes: [0; 96],
            len: 0,
        };
        let _ = write!(out, "{value}");
        out
    }

    /// The text written.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

impl Write for StackString {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}
