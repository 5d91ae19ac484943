//! `#[exhaustive]`: no catch-all arm in a match on `IdType` or `AnyId` inside the annotated item.
//!
//! rustc already rejects a match that misses a kind, but only while the match has no catch-all: `_ => …` compiles
//! today and silently takes a kind added to ids.toml tomorrow. This attribute forbids that arm where it matters,
//! so adding a kind makes every such match fail to compile until it handles the kind.
//!
//! Decisions:
//! - Only matches whose arms name `IdType::…`/`AnyId::…` variants (or `id_type!(…)`) are checked; a match on
//!   anything else, even inside the item, is left alone. Renamed imports (`use IdType as K`) are not recognised.
//! - A guarded arm (`other if other.info().pii => …`) is allowed: rustc ignores guarded arms when it checks
//!   exhaustiveness, so the unguarded arms must still name every kind and a new kind still fails to compile.
//! - Every catch-all is reported, each at its arm, and the item is emitted unchanged, so the errors come alone.
//! - An item nested inside that carries its own `#[exhaustive]` is left to that attribute, so nothing is reported
//!   twice. Matches inside macro calls are checked when the call's arguments parse as expressions (`vec![…]`,
//!   `println!(…)`).

mod catch_all;

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::punctuated::Punctuated;
use syn::visit::{self, Visit};
use syn::{Attribute, Expr, ExprMatch, Item, Token, Type};

use catch_all::KindEnum;

/// `#[exhaustive]` on a fn, impl block, trait or inline module.
pub(crate) fn exhaustive(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut checker = Checker {
        errors: None,
        self_kind: None,
    };
    if !args.is_empty() {
        checker.push(syn::Error::new_spanned(
            &args,
            "#[exhaustive] takes no arguments",
        ));
    }
    match syn::parse2::<Item>(input.clone()) {
        Ok(Item::Mod(module)) if module.content.is_none() => checker.push(syn::Error::new_spanned(
            &module,
            "#[exhaustive] cannot see into `mod NAME;`, whose items are in another file: put it on the fns and \
             impl blocks in that file, or make the module inline",
        )),
        Ok(item @ (Item::Fn(_) | Item::Impl(_) | Item::Mod(_) | Item::Trait(_) | Item::Const(_) | Item::Static(_))) => {
            checker.visit_item(&item);
        }
        _ => checker.push(syn::Error::new(
            Span::call_site(),
            "#[exhaustive] goes on a fn, an impl block, a trait or an inline module, and checks the matches inside",
        )),
    }
    let errors = checker.errors.map(|error| error.to_compile_error());
    quote!(#input #errors)
}

struct Checker {
    errors: Option<syn::Error>,
    /// What `Self` is, inside `impl IdType { … }` or `impl AnyId { … }`.
    self_kind: Option<KindEnum>,
}

impl Checker {
    fn push(&mut self, error: syn::Error) {
        match &mut self.errors {
            Some(errors) => errors.combine(error),
            None => self.errors = Some(error),
        }
    }

    fn check(&mut self, node: &ExprMatch) {
        let Some(kinds) =
            catch_all::kind_positions(node.arms.iter().map(|arm| &arm.pat), self.self_kind)
        else {
            return;
        };
        for arm in node.arms.iter().filter(|arm| arm.guard.is_none()) {
            if let Some(pat) = catch_all::catch_all(&arm.pat, &kinds) {
                let message = format!(
                    "catch-all arm in a match on `{}` inside #[exhaustive]: a catch-all would hide kinds added to \
                     the manifest later; name each remaining kind instead",
                    kinds.kind_enum.name()
                );
                self.push(syn::Error::new_spanned(pat, message));
            }
        }
    }
}

/// Whether an item carries its own `#[exhaustive]` (any path ending in `exhaustive`).
fn checks_itself(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path()
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "exhaustive")
    })
}

impl<'ast> Visit<'ast> for Checker {
    fn visit_expr_match(&mut self, node: &'ast ExprMatch) {
        self.check(node);
        visit::visit_expr_match(self, node);
    }

    fn visit_macro(&mut self, node: &'ast syn::Macro) {
        // `vec![match k { … }]`, `println!("{}", match k { … })`: check what parses as expressions.
        if let Ok(exprs) = node.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated) {
            exprs.iter().for_each(|expr| self.visit_expr(expr));
        }
    }

    fn visit_item_fn(&mut self, node: &'ast syn::ItemFn) {
        if !checks_itself(&node.attrs) {
            visit::visit_item_fn(self, node);
        }
    }

    fn visit_item_impl(&mut self, node: &'ast syn::ItemImpl) {
        if checks_itself(&node.attrs) {
            return;
        }
        let self_kind = if let Type::Path(path) = &*node.self_ty {
            let last = path.path.segments.last();
            last.and_then(|segment| KindEnum::from_name(&segment.ident.to_string()))
        } else {
            None
        };
        let outer = std::mem::replace(&mut self.self_kind, self_kind);
        visit::visit_item_impl(self, node);
        self.self_kind = outer;
    }

    fn visit_item_mod(&mut self, node: &'ast syn::ItemMod) {
        if !checks_itself(&node.attrs) {
            visit::visit_item_mod(self, node);
        }
    }

    fn visit_item_trait(&mut self, node: &'ast syn::ItemTrait) {
        if !checks_itself(&node.attrs) {
            visit::visit_item_trait(self, node);
        }
    }

    fn visit_impl_item_fn(&mut self, node: &'ast syn::ImplItemFn) {
        if !checks_itself(&node.attrs) {
            visit::visit_impl_item_fn(self, node);
        }
    }

    fn visit_trait_item_fn(&mut self, node: &'ast syn::TraitItemFn) {
        if !checks_itself(&node.attrs) {
            visit::visit_trait_item_fn(self, node);
        }
    }
}
