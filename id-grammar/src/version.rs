//! The UUID versions a kind can generate.

use core::fmt;

/// The UUID version a kind's `new()` generates (`uuid = "v7"` in `ids.toml`). Parsing accepts any version.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum UuidVersion {
    /// Time-ordered UUIDv7 (the default): IDs sort by creation time.
    #[default]
    V7,
    /// Random UUIDv4: IDs reveal nothing about when they were made.
    V4,
}

impl UuidVersion {
    /// Every version, in the order the manifest documents them.
    pub const ALL: [UuidVersion; 2] = [UuidVersion::V7, UuidVersion::V4];

    /// The manifest spelling: `"v7"` or `"v4"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            UuidVersion::V7 => "v7",
            UuidVersion::V4 => "v4",
        }
    }

    /// The version number, as `uuid::Uuid::get_version_num` gives it.
    pub const fn number(self) -> usize {
        match self {
            UuidVersion::V7 => 7,
            UuidVersion::V4 => 4,
        }
    }

    /// The version spelled `text` in the manifest (`"v7"`, `"v4"`), if any.
    ///
    /// ```
    /// use id_grammar::UuidVersion;
    /// assert_eq!(UuidVersion::from_manifest("v4"), Some(UuidVersion::V4));
    /// assert_eq!(UuidVersion::from_manifest("V4"), None);
    /// ```
    pub fn from_manifest(text: &str) -> Option<UuidVersion> {
        UuidVersion::ALL
            .into_iter()
            .find(|version| version.as_str() == text)
    }
}

impl fmt::Display for UuidVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
