//! Link templates: the URL a kind's IDs open (`link = "https://admin.example.com/runs/{id}"` in the manifest).
//!
//! `id-manifest` checks a template with [`check_link`] when it reads the manifest; the runtime fills a checked one
//! by walking [`link_parts`], so both read the same placeholders. What a placeholder becomes (`{id}` the canonical
//! ID, `{uuid}` the hyphenated lowercase UUID, `{key}` the kind's key) is always made of URL-safe characters, so a
//! filled-in link needs no escaping.

use core::fmt;

/// The placeholders a link template may use, without their braces.
pub const LINK_PLACEHOLDERS: [&str; 3] = ["id", "uuid", "key"];

/// The schemes a link may start with: it opens in a browser.
const SCHEMES: [&str; 2] = ["https://", "http://"];

/// One piece of a link template, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkPart<'a> {
    /// Text copied as it is.
    Text(&'a str),
    /// `{id}`: the canonical ID, `run_01h455vb4pex5vsknk084sn02q`.
    Id,
    /// `{uuid}`: the UUID, hyphenated and lowercase.
    Uuid,
    /// `{key}`: the kind's key, `run`.
    Key,
}

/// Why a link template is not valid; `position` is a byte offset in the template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError<'a> {
    /// It does not start with `https://` or `http://` followed by a host.
    Scheme,
    /// `{name}` is not one of [`LINK_PLACEHOLDERS`].
    UnknownPlaceholder {
        /// The text between the braces.
        name: &'a str,
        /// Where its `{` is.
        position: usize,
    },
    /// A `{` without its `}`.
    Unclosed {
        /// Where the `{` is.
        position: usize,
    },
    /// A `}` that closes nothing.
    StrayBrace {
        /// Where the `}` is.
        position: usize,
    },
    /// A space or control character, which a URL cannot hold as it is.
    NotUrlChar {
        /// The character.
        found: char,
        /// Where it is.
        position: usize,
    },
}

impl LinkError<'_> {
    /// The byte offset in the template that the error is about (0 for the scheme).
    pub const fn position(&self) -> usize {
        match *self {
            LinkError::Scheme => 0,
            LinkError::UnknownPlaceholder { position, .. }
            | LinkError::Unclosed { position }
            | LinkError::StrayBrace { position }
            | LinkError::NotUrlChar { position, .. } => position,
        }
    }
}

impl fmt::Display for LinkError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Scheme => {
                f.write_str("a link starts with `https://` or `http://` and a host")
            }
            LinkError::UnknownPlaceholder { name, position } => write!(
                f,
                "unknown placeholder `{{{}}}` at position {position}; the placeholders are `{{id}}`, `{{uuid}}` and \
                 `{{key}}`",
                name.escape_debug()
            ),
            LinkError::Unclosed { position } => {
                write!(f, "`{{` at position {position} is not closed by `}}`")
            }
            LinkError::StrayBrace { position } => {
                write!(f, "`}}` at position {position} closes no placeholder")
            }
            LinkError::NotUrlChar { found, position } => write!(
                f,
                "{} at position {position} cannot be part of a URL",
                Quoted(*found)
            ),
        }
    }
}

/// A character as messages name it: `` ` ` `` would be unreadable for a space.
struct Quoted(char);

impl fmt::Display for Quoted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            ' ' => f.write_str("a space"),
            c => write!(f, "`{}`", c.escape_debug()),
        }
    }
}

impl core::error::Error for LinkError<'_> {}

/// Checks a link template: `https://` or `http://`, a host, no spaces or control characters, and braces only
/// around one of [`LINK_PLACEHOLDERS`]. The first rule broken is reported.
///
/// ```
/// use id_grammar::{check_link, LinkError};
/// assert_eq!(check_link("https://admin.example.com/runs/{id}"), Ok(()));
/// assert_eq!(check_link("ftp://example.com/{id}"), Err(LinkError::Scheme));
/// assert_eq!(
///     check_link("https://example.com/{ID}"),
///     Err(LinkError::UnknownPlaceholder { name: "ID", position: 20 })
/// );
/// ```
pub fn check_link(template: &str) -> Result<(), LinkError<'_>> {
    let host_at = SCHEMES
        .iter()
        .find(|scheme| template.starts_with(**scheme))
        .map(|scheme| scheme.len())
        .ok_or(LinkError::Scheme)?;
    if matches!(template.as_bytes().get(host_at), None | Some(b'/')) {
        return Err(LinkError::Scheme);
    }
    let mut open: Option<usize> = None;
    for (position, c) in template.char_indices() {
        match (c, open) {
            (c, _) if c.is_whitespace() || c.is_control() => {
                return Err(LinkError::NotUrlChar { found: c, position });
            }
            ('{', Some(start)) => return Err(LinkError::Unclosed { position: start }),
            ('{', None) => open = Some(position),
            ('}', None) => return Err(LinkError::StrayBrace { position }),
            ('}', Some(start)) => {
                let name = &template[start + 1..position];
                if !LINK_PLACEHOLDERS.contains(&name) {
                    return Err(LinkError::UnknownPlaceholder {
                        name,
                        position: start,
                    });
                }
                open = None;
            }
            _ => {}
        }
    }
    match open {
        Some(position) => Err(LinkError::Unclosed { position }),
        None => Ok(()),
    }
}

/// The pieces of a template that [`check_link`] accepts, in order. In a template it rejects, braces that are not a
/// placeholder are text.
///
/// ```
/// use id_grammar::{link_parts, LinkPart};
/// let parts: Vec<_> = link_parts("https://x.example/{key}/{id}").collect();
/// assert_eq!(
///     parts,
///     [LinkPart::Text("https://x.example/"), LinkPart::Key, LinkPart::Text("/"), LinkPart::Id]
/// );
/// ```
pub fn link_parts(template: &str) -> LinkParts<'_> {
    LinkParts { rest: template }
}

/// The iterator of [`link_parts`].
#[derive(Clone, Debug)]
pub struct LinkParts<'a> {
    rest: &'a str,
}

impl<'a> Iterator for LinkParts<'a> {
    type Item = LinkPart<'a>;

    fn next(&mut self) -> Option<LinkPart<'a>> {
        if self.rest.is_empty() {
            return None;
        }
        for (placeholder, part) in [
            ("{id}", LinkPart::Id),
            ("{uuid}", LinkPart::Uuid),
            ("{key}", LinkPart::Key),
        ] {
            if let Some(rest) = self.rest.strip_prefix(placeholder) {
                self.rest = rest;
                return Some(part);
            }
        }
        // Text runs to the next `{` that starts a placeholder; a first `{` that does not is text too.
        let end = self
            .rest
            .char_indices()
            .skip(1)
            .find(|&(at, _)| {
                let tail = &self.rest[at..];
                tail.starts_with("{id}") || tail.starts_with("{uuid}") || tail.starts_with("{key}")
            })
            .map_or(self.rest.len(), |(at, _)| at);
        let (text, rest) = self.rest.split_at(end);
        self.rest = rest;
        Some(LinkPart::Text(text))
    }
}

/// The length in bytes of a checked `template` filled in with an ID of `id_len` bytes and a key of `key_len` bytes
/// (a UUID is always 36), so that the caller can allocate the result once.
pub fn filled_link_len(template: &str, id_len: usize, key_len: usize) -> usize {
    link_parts(template)
        .map(|part| match part {
            LinkPart::Text(text) => text.len(),
            LinkPart::Id => id_len,
            LinkPart::Uuid => UUID_TEXT_LEN,
            LinkPart::Key => key_len,
        })
        .sum()
}

/// The length of a hyphenated UUID, what `{uuid}` becomes.
const UUID_TEXT_LEN: usize = 36;

/// Writes a checked `template` with `{id}`, `{uuid}` (hyphenated, lowercase) and `{key}` filled in.
///
/// ```
/// let mut link = String::new();
/// id_grammar::write_link(
///     &mut link,
///     "https://admin.example.com/{key}s/{id}",
///     "run_01h455vb4pex5vsknk084sn02q",
///     "01890a5d-ac96-774b-bcce-b302099a8057",
///     "run",
/// )
/// .unwrap();
/// assert_eq!(link, "https://admin.example.com/runs/run_01h455vb4pex5vsknk084sn02q");
/// ```
pub fn write_link<W: fmt::Write>(
    out: &mut W,
    template: &str,
    id: &str,
    uuid: &str,
    key: &str,
) -> fmt::Result {
    for part in link_parts(template) {
        out.write_str(match part {
            LinkPart::Text(text) => text,
            LinkPart::Id => id,
            LinkPart::Uuid => uuid,
            LinkPart::Key => key,
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_http_and_https_with_any_placeholders() {
        for template in [
            "https://admin.example.com/runs/{id}",
            "http://localhost:8080/{key}/{uuid}?from=ids",
            "https://example.com/static",
            "https://{key}.example.com/{id}#{uuid}",
        ] {
            assert_eq!(check_link(template), Ok(()), "{template}");
        }
    }

    #[test]
    fn names_the_rule_and_the_position() {
        let cases = [
            ("ftp://example.com/{id}", LinkError::Scheme),
            ("HTTPS://example.com/", LinkError::Scheme),
            ("https://", LinkError::Scheme),
            ("https:///path", LinkError::Scheme),
            ("example.com/{id}", LinkError::Scheme),
            (
                "https://x.example/{prefix}",
                LinkError::UnknownPlaceholder {
                    name: "prefix",
                    position: 18,
                },
            ),
            (
                "https://x.example/{}",
                LinkError::UnknownPlaceholder {
                    name: "",
                    position: 18,
                },
            ),
            (
                "https://x.example/{id",
                LinkError::Unclosed { position: 18 },
            ),
            (
                "https://x.example/{i{id}",
                LinkError::Unclosed { position: 18 },
            ),
            (
                "https://x.example/id}",
                LinkError::StrayBrace { position: 20 },
            ),
            (
                "https://x.example/a b",
                LinkError::NotUrlChar {
                    found: ' ',
                    position: 19,
                },
            ),
            (
                "https://x.example/\n",
                LinkError::NotUrlChar {
                    found: '\n',
                    position: 18,
                },
            ),
        ];
        for (template, expected) in cases {
            assert_eq!(check_link(template), Err(expected), "{template}");
        }
    }

    #[test]
    fn messages_say_which_rule_and_where() {
        extern crate std;
        use std::string::ToString;
        let cases = [
            (
                LinkError::Scheme,
                0,
                "a link starts with `https://` or `http://` and a host",
            ),
            (
                LinkError::UnknownPlaceholder {
                    name: "ID",
                    position: 20,
                },
                20,
                "unknown placeholder `{ID}` at position 20; the placeholders are `{id}`, `{uuid}` and `{key}`",
            ),
            (
                LinkError::Unclosed { position: 3 },
                3,
                "`{` at position 3 is not closed by `}`",
            ),
            (
                LinkError::StrayBrace { position: 4 },
                4,
                "`}` at position 4 closes no placeholder",
            ),
            (
                LinkError::NotUrlChar {
                    found: ' ',
                    position: 5,
                },
                5,
                "a space at position 5 cannot be part of a URL",
            ),
            (
                LinkError::NotUrlChar {
                    found: '\t',
                    position: 6,
                },
                6,
                "`\\t` at position 6 cannot be part of a URL",
            ),
        ];
        for (error, position, message) in cases {
            assert_eq!(
                (error.position(), error.to_string().as_str()),
                (position, message)
            );
        }
    }

    #[test]
    fn the_length_is_that_of_the_filled_in_link() {
        struct Count(usize);
        impl fmt::Write for Count {
            fn write_str(&mut self, text: &str) -> fmt::Result {
                self.0 += text.len();
                Ok(())
            }
        }
        let template = "https://{key}.example/{uuid}/{id}?k={key}";
        let uuid = "01890a5d-ac96-774b-bcce-b302099a8057";
        let mut count = Count(0);
        write_link(&mut count, template, "ab_x", uuid, "kind").unwrap();
        assert_eq!(filled_link_len(template, 4, 4), count.0);
        assert_eq!(count.0, 8 + 4 + 9 + 36 + 1 + 4 + 3 + 4);
    }

    #[test]
    fn splits_into_text_and_placeholders() {
        let parts: [LinkPart<'_>; 6] = [
            LinkPart::Text("https://"),
            LinkPart::Key,
            LinkPart::Text(".example/{x}/"),
            LinkPart::Uuid,
            LinkPart::Id,
            LinkPart::Text("?a"),
        ];
        assert!(link_parts("https://{key}.example/{x}/{uuid}{id}?a").eq(parts));
        assert_eq!(link_parts("").next(), None);
        assert!(link_parts("{").eq([LinkPart::Text("{")]));
    }
}
