//! What the manifest says about one kind, available at run time.

use core::fmt;

use crate::{IdBuf, UuidVersion};
use uuid::Uuid;

/// Everything `ids.toml` declares about one kind.
///
/// Generated code builds these as constants; read them through `IdType::info()` or [`TypedId::INFO`](crate::TypedId::INFO).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct IdInfo {
    /// The manifest key: `run` for `[types.run]`.
    pub name: &'static str,
    /// The canonical prefix, the only one ever written.
    pub prefix: &'static str,
    /// Older prefixes that parsing still accepts.
    pub aliases: &'static [&'static str],
    /// Whether the typed parse accepts a bare UUID.
    pub accept_uuid: bool,
    /// What `new()` generates.
    pub uuid_version: UuidVersion,
    /// One line of documentation.
    pub doc: Option<&'static str>,
    /// Longer documentation.
    pub description: Option<&'static str>,
    /// The owning team.
    pub owner: Option<&'static str>,
    /// Whether IDs of this kind identify a person.
    pub pii: bool,
    /// The deprecation note, when the kind is on its way out.
    pub deprecated: Option<&'static str>,
    /// Where the kind is declared: `ids.toml:12`.
    pub declared_at: &'static str,
    /// The URL template of `link = "…"`, with `{id}`, `{uuid}` and `{key}` placeholders; [`IdInfo::link_for`] fills
    /// it in (as `RunId::link()` and `AnyId::link()` do).
    pub link: Option<&'static str>,
    /// `labels = { … }`: free-form strings that tools show and never interpret, in manifest order.
    pub labels: &'static [(&'static str, &'static str)],
}

impl IdInfo {
    /// A kind with only a name and prefix; the other fields take their manifest defaults.
    #[doc(hidden)]
    pub const fn new(
        name: &'static str,
        prefix: &'static str,
        declared_at: &'static str,
    ) -> IdInfo {
        IdInfo {
            name,
            prefix,
            aliases: &[],
            accept_uuid: false,
            uuid_version: UuidVersion::V7,
            doc: None,
            description: None,
            owner: None,
            pii: false,
            deprecated: None,
            declared_at,
            link: None,
            labels: &[],
        }
    }

    /// The link of the ID of this kind holding `uuid`: the [`link`](IdInfo::link) template with `{id}` (the
    /// canonical ID), `{uuid}` (hyphenated, lowercase) and `{key}` filled in; `None` when the kind has no link.
    ///
    /// Allocates once, the returned string at its final size: the ID and the UUID are written on the stack first.
    pub fn link_for(&self, uuid: Uuid) -> Option<String> {
        let mut link = String::new();
        // Writing to a `String` cannot fail.
        let written = self.write_link(uuid, &mut link, |link, len| {
            link.reserve_exact(len);
            Ok(())
        });
        written.ok()?.then_some(link)
    }

    /// Writes the link of the ID holding `uuid` into `out`, after calling `before` with it and the link's length in
    /// bytes; `Ok(false)`, writing nothing, when the kind has no link. The ID and the UUID are formatted on the stack.
    pub(crate) fn write_link<W: fmt::Write>(
        &self,
        uuid: Uuid,
        out: &mut W,
        before: impl FnOnce(&mut W, usize) -> fmt::Result,
    ) -> Result<bool, fmt::Error> {
        let Some(template) = self.link else {
            return Ok(false);
        };
        let mut id = IdBuf::new();
        let id = id.write(self.prefix, uuid);
        let mut hyphenated = [0; uuid::fmt::Hyphenated::LENGTH];
        let hyphenated = uuid.hyphenated().encode_lower(&mut hyphenated);
        before(
            out,
            id_grammar::filled_link_len(template, id.len(), self.name.len()),
        )?;
        id_grammar::write_link(out, template, id, hyphenated, self.name)?;
        Ok(true)
    }

    /// Every prefix parsing accepts: the canonical one, then the aliases.
    pub fn prefixes(&self) -> impl Iterator<Item = &'static str> + use<> {
        core::iter::once(self.prefix).chain(self.aliases.iter().copied())
    }

    #[doc(hidden)]
    pub const fn with_aliases(mut self, aliases: &'static [&'static str]) -> IdInfo {
        self.aliases = aliases;
        self
    }

    #[doc(hidden)]
    pub const fn with_accept_uuid(mut self, accept_uuid: bool) -> IdInfo {
        self.accept_uuid = accept_uuid;
        self
    }

    #[doc(hidden)]
    pub const fn with_uuid_v4(mut self) -> IdInfo {
        self.uuid_version = UuidVersion::V4;
        self
    }

    #[doc(hidden)]
    pub const fn with_doc(mut self, doc: &'static str) -> IdInfo {
        self.doc = Some(doc);
        self
    }

    #[doc(hidden)]
    pub const fn with_description(mut self, description: &'static str) -> IdInfo {
        self.description = Some(description);
        self
    }

    #[doc(hidden)]
    pub const fn with_owner(mut self, owner: &'static str) -> IdInfo {
        self.owner = Some(owner);
        self
    }

    #[doc(hidden)]
    pub const fn with_pii(mut self, pii: bool) -> IdInfo {
        self.pii = pii;
        self
    }

    #[doc(hidden)]
    pub const fn with_link(mut self, link: &'static str) -> IdInfo {
        self.link = Some(link);
        self
    }

    #[doc(hidden)]
    pub const fn with_labels(mut self, labels: &'static [(&'static str, &'static str)]) -> IdInfo {
        self.labels = labels;
        self
    }

    #[doc(hidden)]
    pub const fn with_deprecated(mut self, note: &'static str) -> IdInfo {
        self.deprecated = Some(note);
        self
    }
}
