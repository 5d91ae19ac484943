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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_version_has_its_spelling_and_number() {
        for (version, text, number) in [(UuidVersion::V7, "v7", 7), (UuidVersion::V4, "v4", 4)] {
            assert_eq!(version.as_str(), text);
            assert_eq!(version.number(), number);
            assert_eq!(UuidVersion::from_manifest(text), Some(version));
            let mut shown = [0u8; 2];
            let mut cursor = &mut shown[..];
            core::fmt::write(&mut Cursor(&mut cursor), format_args!("{version}")).unwrap();
            assert_eq!(&shown, text.as_bytes());
        }
        assert_eq!(UuidVersion::default(), UuidVersion::V7);
        assert_eq!(UuidVersion::from_manifest("v5"), None);
    }

    /// A `fmt::Write` into a byte slice, for `Display` in a `no_std` crate.
    struct Cursor<'a, 'b>(&'a mut &'b mut [u8]);

    impl core::fmt::Write for Cursor<'_, '_> {
        fn write_str(&mut self, s: &str) -> core::fmt::Result {
            let bytes = s.as_bytes();
            if bytes.len() > self.0.len() {
                return Err(core::fmt::Error);
            }
            let (head, tail) = core::mem::take(self.0).split_at_mut(bytes.len());
            head.copy_from_slice(bytes);
            *self.0 = tail;
            Ok(())
        }
    }
}
