//! The attribute's arguments: an optional manifest path and, for `#[ids]`, an optional module path.

use proc_macro2::TokenStream;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitStr, Path, Token};

/// `#[ids]`, `#[ids("path/ids.toml")]`, `#[ids(module = crate::infra::ids)]` or both, in either order.
pub(crate) struct Args {
    /// The explicit manifest path, relative to the file holding the attribute.
    pub(crate) path: Option<LitStr>,
    /// `module = crate::infra::ids`: where the annotated module is, for macros called from other modules and crates.
    pub(crate) module: Option<Path>,
}

/// Parses `#[ids(…)]`'s arguments.
pub(crate) fn parse(tokens: TokenStream) -> syn::Result<Args> {
    (|input: ParseStream<'_>| parse_args(input, "ids", true)).parse2(tokens)
}

/// Parses `#[covers_all(…)]`'s arguments: only the manifest path, which it looks up exactly like `#[ids]`.
pub(crate) fn parse_path_only(tokens: TokenStream) -> syn::Result<Option<LitStr>> {
    let args = (|input: ParseStream<'_>| parse_args(input, "covers_all", false)).parse2(tokens)?;
    Ok(args.path)
}

fn parse_args(input: ParseStream<'_>, attribute: &str, takes_module: bool) -> syn::Result<Args> {
    let mut args = Args {
        path: None,
        module: None,
    };
    let usage = if takes_module {
        format!(
            "`#[{attribute}]`, `#[{attribute}(\"path/to/ids.toml\")]` (relative to this file) or `#[{attribute}(module = crate::path::to::ids)]`"
        )
    } else {
        format!(
            "`#[{attribute}]` or `#[{attribute}(\"path/to/ids.toml\")]` (relative to this file)"
        )
    };
    while !input.is_empty() {
        if input.peek(LitStr) {
            let path: LitStr = input.parse()?;
            if args.path.is_some() {
                return Err(syn::Error::new(
                    path.span(),
                    format!("the manifest path is given twice: {usage}"),
                ));
            }
            args.path = Some(path);
        } else if takes_module
            && input.peek(Ident)
            && input
                .fork()
                .parse::<Ident>()
                .is_ok_and(|ident| ident == "module")
        {
            let keyword: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            let module: Path = input.parse()?;
            if args.module.is_some() {
                return Err(syn::Error::new(
                    keyword.span(),
                    format!("`module` is given twice: {usage}"),
                ));
            }
            args.module = Some(module);
        } else {
            return Err(input.error(format!("expected {usage}")));
        }
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(args)
}
