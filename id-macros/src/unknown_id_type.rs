//! `unknown_id_type!`: the error of `id_type!(rn)`, with a did-you-mean, at the user's `rn`.
//!
//! `id_type!` is a `macro_rules!` and cannot compute a suggestion, so its last arm hands the unknown name and the
//! known ones to this hidden proc macro. The name token keeps the user's span, so the error points at `rn`.

use proc_macro2::{Ident, TokenStream};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{LitStr, Token, bracketed};

/// `rn, "ids.toml", ["user", "session", "run"]`.
struct Input {
    found: Ident,
    manifest: LitStr,
    known: Vec<String>,
}

impl Parse for Input {
    fn parse(input: ParseStream<'_>) -> syn::Result<Input> {
        // `parse_any`: the user may have written a keyword, `id_type!(fn)`, which is unknown like any other name.
        let found = Ident::parse_any(input)?;
        input.parse::<Token![,]>()?;
        let manifest: LitStr = input.parse()?;
        input.parse::<Token![,]>()?;
        let content;
        bracketed!(content in input);
        let known = Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?;
        Ok(Input {
            found,
            manifest,
            known: known.iter().map(LitStr::value).collect(),
        })
    }
}

/// `compile_error!("unknown ID type `rn`: ids.toml has no [types.rn]; did you mean `run`?")` at `rn`.
pub(crate) fn expand(tokens: TokenStream) -> TokenStream {
    let input = match syn::parse2::<Input>(tokens) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let found = input.found.unraw().to_string();
    let manifest = input.manifest.value();
    let known = input.known.iter().map(String::as_str);
    let hint = match id_grammar::did_you_mean(&found, known.clone()) {
        Some(nearest) => format!("did you mean `{nearest}`?"),
        None if input.known.is_empty() => format!("{manifest} declares no kinds"),
        None => format!(
            "declare it there, or use a known type: {}",
            id_manifest::quoted_list(known)
        ),
    };
    let message = format!("unknown ID type `{found}`: {manifest} has no [types.{found}]; {hint}");
    syn::Error::new(input.found.span(), message).to_compile_error()
}
