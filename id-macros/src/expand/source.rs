//! Repetitive per-kind code written as Rust source text and lexed by the compiler in one call.
//!
//! In a proc macro, every token that `quote!` makes is a call across the bridge to the compiler: an arm like
//! `IdType::Run => &self.run,` is ten of them. The per-kind lists (match arms, field lists, array elements) come
//! to a few hundred thousand tokens at 1000 kinds, most of the macro's time; as text they are one `String` and one
//! call to the compiler's lexer. The fixed code around them stays in `quote!`. The text only ever holds
//! identifiers that id-manifest validated, punctuation, and string literals escaped by [`Source::string`].

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::quote;

/// Rust source text being built, turned into tokens by [`Source::tokens`].
#[derive(Default)]
pub(crate) struct Source(String);

impl Source {
    /// Appends code as written.
    pub(crate) fn code(&mut self, code: &str) -> &mut Source {
        self.0.push_str(code);
        self
    }

    /// Appends `text` as a string literal (`"…"`, escaped as Rust's `{:?}` does, which Rust reads back).
    pub(crate) fn string(&mut self, text: &str) -> &mut Source {
        // Writing to a `String` cannot fail.
        let _ = write!(self.0, "{text:?}");
        self
    }

    /// Appends `#[doc = "…"]`.
    pub(crate) fn doc(&mut self, line: &str) -> &mut Source {
        self.code("#[doc = ").string(line).code("]")
    }

    /// The text, to be appended to another `Source`.
    pub(crate) fn into_text(self) -> String {
        self.0
    }

    /// The tokens of the text. A lexing error would be a bug in this crate; it becomes a compile error that says
    /// so, never a panic.
    pub(crate) fn tokens(&self) -> TokenStream {
        // Inside the compiler, its own lexer; proc-macro2's `parse` would first lex the text again with its own
        // (unoptimized, in a debug build) lexer to validate it. Outside (unit tests), proc-macro2's.
        let lexed = if proc_macro::is_available() {
            self.0
                .parse::<proc_macro::TokenStream>()
                .map(TokenStream::from)
                .map_err(|error| error.to_string())
        } else {
            self.0
                .parse::<TokenStream>()
                .map_err(|error| error.to_string())
        };
        match lexed {
            Ok(tokens) => tokens,
            Err(error) => {
                let message = format!(
                    "id-macros generated code that does not lex ({error}); please report this with your manifest"
                );
                quote!(::core::compile_error!(#message);)
            }
        }
    }
}

/// The tokens of one piece of source per item, concatenated: `each(kinds, |kind, s| …)`.
pub(crate) fn each<T>(items: &[T], mut write: impl FnMut(&T, &mut Source)) -> TokenStream {
    let mut source = Source::default();
    for item in items {
        write(item, &mut source);
    }
    source.tokens()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip_through_the_lexer() {
        for text in [
            "plain",
            "quote \" and \\ backslash",
            "tab\tnew\nline",
            "é ü 日本",
            "\u{1b}[0m",
            "'",
        ] {
            let mut source = Source::default();
            source.string(text);
            let tokens = source.tokens();
            let literal: syn::LitStr = syn::parse2(tokens).unwrap();
            assert_eq!(literal.value(), text);
        }
    }

    #[test]
    fn code_that_does_not_lex_becomes_a_compile_error() {
        let mut source = Source::default();
        source.code("\"unterminated");
        assert!(source.tokens().to_string().contains("compile_error"));
    }
}
