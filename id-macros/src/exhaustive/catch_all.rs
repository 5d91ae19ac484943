//! Which arms of a match on kinds are catch-alls: arms that would also take a kind added to ids.toml later.
//!
//! A match "on kinds" is one whose arms name `IdType::…` or `AnyId::…` variants (or `id_type!(…)`), at the top
//! (`IdType::Run =>`) or nested (`(IdType::Run, true) =>`, `Some(AnyId::Run(id)) =>`). The places where those
//! variants appear are its *kind positions*. An arm is a catch-all when, at every kind position, it matches any
//! kind: `_`, a binding such as `other`, `x @ _`, `(_, true)`, `Some(_)`, or an or-pattern with such an alternative.
//! An arm that does not reach a kind position (`None`, `Err(e)`) is not one. Anything this cannot follow (`..` before
//! a kind position, slices, macros) counts as specific, so the guard never fails code that is fine.

// syn's syntax enums are non_exhaustive, so every match on them needs a wildcard; a pattern form this does not
// know is treated as specific, which never rejects code that is fine.
#![expect(clippy::wildcard_enum_match_arm, reason = "syn::Pat is non_exhaustive")]

use syn::{Member, Pat, Path};

/// The enums whose matches `#[exhaustive]` guards.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum KindEnum {
    IdType,
    AnyId,
}

impl KindEnum {
    pub(crate) fn name(self) -> &'static str {
        match self {
            KindEnum::IdType => "IdType",
            KindEnum::AnyId => "AnyId",
        }
    }

    /// `IdType` or `AnyId` as the last segment of a type or the second-to-last of a variant path.
    pub(crate) fn from_name(name: &str) -> Option<KindEnum> {
        match name {
            "IdType" => Some(KindEnum::IdType),
            "AnyId" => Some(KindEnum::AnyId),
            _ => None,
        }
    }
}

/// One step from a pattern into a sub-pattern.
#[derive(Clone, PartialEq, Eq, Debug)]
enum Step {
    /// Element `i` of a tuple: `(_, IdType::Run)`.
    Tuple(usize),
    /// Field `i` of a tuple variant or struct named `name`: `Some(IdType::Run)`.
    Unnamed(String, usize),
    /// A named field of a struct or variant: `Event { kind: IdType::Run, .. }`.
    Named(String, String),
}

/// The kind positions of a match, and which enum its arms name.
pub(crate) struct KindPositions {
    pub(crate) kind_enum: KindEnum,
    positions: Vec<Vec<Step>>,
}

/// The kind positions of a match, or `None` if no arm names a kind: such matches are not guarded.
///
/// `self_kind` is the enum that `Self` names, inside `impl IdType { … }`.
pub(crate) fn kind_positions<'a>(
    patterns: impl IntoIterator<Item = &'a Pat>,
    self_kind: Option<KindEnum>,
) -> Option<KindPositions> {
    let mut found = Found {
        kind_enum: None,
        positions: Vec::new(),
        self_kind,
    };
    for pat in patterns {
        found.collect(pat, &mut Vec::new());
    }
    let kind_enum = found.kind_enum?;
    Some(KindPositions {
        kind_enum,
        positions: found.positions,
    })
}

/// The catch-all part of an arm's pattern (the pattern, or its catch-all alternative), if it has one.
pub(crate) fn catch_all<'a>(pat: &'a Pat, kinds: &KindPositions) -> Option<&'a Pat> {
    let alternatives: Vec<&Pat> = match pat {
        Pat::Or(or) => or.cases.iter().collect(),
        _ => vec![pat],
    };
    alternatives.into_iter().find(|alternative| {
        kinds
            .positions
            .iter()
            .all(|position| reaches_any_kind(alternative, position))
    })
}

struct Found {
    kind_enum: Option<KindEnum>,
    positions: Vec<Vec<Step>>,
    self_kind: Option<KindEnum>,
}

impl Found {
    fn collect(&mut self, pat: &Pat, at: &mut Vec<Step>) {
        if let Some(kind_enum) = names_kind(pat, self.self_kind) {
            self.kind_enum.get_or_insert(kind_enum);
            if !self.positions.contains(at) {
                self.positions.push(at.clone());
            }
            return;
        }
        match pat {
            Pat::Or(or) => or.cases.iter().for_each(|case| self.collect(case, at)),
            Pat::Paren(paren) => self.collect(&paren.pat, at),
            Pat::Reference(reference) => self.collect(&reference.pat, at),
            Pat::Ident(ident) => {
                if let Some((_, sub)) = &ident.subpat {
                    self.collect(sub, at);
                }
            }
            Pat::Tuple(tuple) => {
                for (i, elem) in tuple
                    .elems
                    .iter()
                    .take_while(|elem| !matches!(elem, Pat::Rest(_)))
                    .enumerate()
                {
                    self.collect_at(elem, at, Step::Tuple(i));
                }
            }
            Pat::TupleStruct(tuple) => {
                let name = last_segment(&tuple.path);
                for (i, elem) in tuple
                    .elems
                    .iter()
                    .take_while(|elem| !matches!(elem, Pat::Rest(_)))
                    .enumerate()
                {
                    self.collect_at(elem, at, Step::Unnamed(name.clone(), i));
                }
            }
            Pat::Struct(strukt) => {
                let name = last_segment(&strukt.path);
                for field in &strukt.fields {
                    let step = match &field.member {
                        Member::Named(field) => Step::Named(name.clone(), field.to_string()),
                        Member::Unnamed(index) => Step::Unnamed(name.clone(), index.index as usize),
                    };
                    self.collect_at(&field.pat, at, step);
                }
            }
            _ => {}
        }
    }

    fn collect_at(&mut self, pat: &Pat, at: &mut Vec<Step>, step: Step) {
        at.push(step);
        self.collect(pat, at);
        at.pop();
    }
}

/// Whether `pat` matches every kind at `position`: a catch-all at or above it.
fn reaches_any_kind(pat: &Pat, position: &[Step]) -> bool {
    match pat {
        Pat::Wild(_) => return true,
        Pat::Ident(ident) => {
            return match &ident.subpat {
                Some((_, sub)) => reaches_any_kind(sub, position),
                None => is_binding(ident),
            };
        }
        Pat::Paren(paren) => return reaches_any_kind(&paren.pat, position),
        Pat::Reference(reference) => return reaches_any_kind(&reference.pat, position),
        Pat::Or(or) => return or.cases.iter().any(|case| reaches_any_kind(case, position)),
        _ => {}
    }
    let Some((step, rest)) = position.split_first() else {
        // At the kind position itself, and not a catch-all: a variant, a constant, a macro.
        return false;
    };
    match (step, pat) {
        (Step::Tuple(i), Pat::Tuple(tuple)) => {
            element(tuple.elems.iter(), *i).is_some_and(|sub| sub.covers(rest))
        }
        (Step::Unnamed(name, i), Pat::TupleStruct(tuple)) if last_segment(&tuple.path) == *name => {
            element(tuple.elems.iter(), *i).is_some_and(|sub| sub.covers(rest))
        }
        (Step::Unnamed(name, i), Pat::Struct(strukt)) if last_segment(&strukt.path) == *name => {
            let field = strukt.fields.iter().find(|field| matches!(&field.member, Member::Unnamed(index) if index.index as usize == *i));
            field_covers(field.map(|field| &*field.pat), strukt.rest.is_some(), rest)
        }
        (Step::Named(name, wanted), Pat::Struct(strukt)) if last_segment(&strukt.path) == *name => {
            let field = strukt
                .fields
                .iter()
                .find(|field| matches!(&field.member, Member::Named(ident) if ident == wanted));
            field_covers(field.map(|field| &*field.pat), strukt.rest.is_some(), rest)
        }
        // Another constructor (`None` where the kind is in `Some`), a literal, a range: the arm never sees a kind here.
        _ => false,
    }
}

/// A sub-pattern, or the `..` that stands for it.
enum Sub<'a> {
    Pat(&'a Pat),
    Rest,
}

impl Sub<'_> {
    fn covers(&self, position: &[Step]) -> bool {
        match self {
            Sub::Pat(pat) => reaches_any_kind(pat, position),
            Sub::Rest => true,
        }
    }
}

/// Element `i` of a tuple pattern; `..` at the end covers the rest. An element after a `..` in the middle cannot be
/// placed without the arity, so it is `None` (treated as specific).
fn element<'a>(elems: impl Iterator<Item = &'a Pat>, i: usize) -> Option<Sub<'a>> {
    let elems: Vec<&Pat> = elems.collect();
    match elems.iter().position(|elem| matches!(elem, Pat::Rest(_))) {
        Some(rest) if i >= rest => (rest == elems.len() - 1).then_some(Sub::Rest),
        _ => elems.get(i).map(|elem| Sub::Pat(elem)),
    }
}

/// A struct field's pattern; a field left out under `..` matches anything.
fn field_covers(field: Option<&Pat>, has_rest: bool, position: &[Step]) -> bool {
    match field {
        Some(pat) => reaches_any_kind(pat, position),
        None => has_rest,
    }
}

/// Whether a single identifier pattern binds a variable rather than naming a unit variant or constant.
///
/// Patterns cannot be resolved here, so this follows the naming convention rustc itself lints for: bindings are
/// snake_case (`other`, `_kind`), variants and constants are not (`Run`, `MAX`). `ref`/`mut` always bind.
fn is_binding(ident: &syn::PatIdent) -> bool {
    ident.by_ref.is_some()
        || ident.mutability.is_some()
        || ident
            .ident
            .to_string()
            .trim_start_matches("r#")
            .starts_with(|c: char| c.is_lowercase() || c == '_')
}

/// The enum a pattern names a variant of: `IdType::Run`, `ids::AnyId::Run(id)`, `Self::Run` in `impl IdType`,
/// `id_type!(run)`.
fn names_kind(pat: &Pat, self_kind: Option<KindEnum>) -> Option<KindEnum> {
    let path = match pat {
        Pat::Path(path) => &path.path,
        Pat::TupleStruct(tuple) => &tuple.path,
        Pat::Struct(strukt) => &strukt.path,
        Pat::Macro(mac) => {
            let is_lookup = mac
                .mac
                .path
                .segments
                .last()
                .is_some_and(|segment| segment.ident == "id_type");
            return is_lookup.then_some(KindEnum::IdType);
        }
        _ => return None,
    };
    let segments: Vec<String> = path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    let enum_segment = segments
        .len()
        .checked_sub(2)
        .map(|index| segments[index].as_str())?;
    match enum_segment {
        "Self" if segments.len() == 2 => self_kind,
        other => KindEnum::from_name(other),
    }
}

fn last_segment(path: &Path) -> String {
    path.segments
        .last()
        .map(|segment| segment.ident.to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The catch-all arms of `match x { ARMS }`, as written; `None` if the match is not on kinds.
    fn catch_alls(arms: &str) -> Option<Vec<String>> {
        let expr: syn::ExprMatch = syn::parse_str(&format!("match x {{ {arms} }}")).unwrap();
        let kinds = kind_positions(expr.arms.iter().map(|arm| &arm.pat), None)?;
        let found = expr
            .arms
            .iter()
            .filter_map(|arm| catch_all(&arm.pat, &kinds));
        Some(found.map(|pat| quote::quote!(#pat).to_string()).collect())
    }

    #[test]
    fn top_level_catch_alls() {
        assert_eq!(
            catch_alls("IdType::Run => 1, _ => 2"),
            Some(vec!["_".to_owned()])
        );
        assert_eq!(
            catch_alls("IdType::Run => 1, other => 2"),
            Some(vec!["other".to_owned()])
        );
        assert_eq!(
            catch_alls("IdType::Run => 1, ref mut k => 2"),
            Some(vec!["ref mut k".to_owned()])
        );
        assert_eq!(
            catch_alls("IdType::Run => 1, x @ _ => 2"),
            Some(vec!["x @ _".to_owned()])
        );
        assert_eq!(
            catch_alls("IdType::Run | _ => 1"),
            Some(vec!["_".to_owned()])
        );
        assert_eq!(
            catch_alls("AnyId::Run(id) => 1, &_ => 2"),
            Some(vec!["& _".to_owned()])
        );
    }

    #[test]
    fn specific_arms_pass() {
        assert_eq!(
            catch_alls("IdType::Run => 1, IdType::User | IdType::Session => 2"),
            Some(vec![])
        );
        assert_eq!(
            catch_alls("ids::AnyId::Run(_) => 1, AnyId::User(other) => 2"),
            Some(vec![])
        );
        assert_eq!(
            catch_alls("id_type!(run) => 1, k @ IdType::User => 2"),
            Some(vec![])
        );
        // An uppercase name is a variant or constant by convention, not a binding.
        assert_eq!(catch_alls("IdType::Run => 1, User => 2"), Some(vec![]));
    }

    #[test]
    fn nested_kind_positions() {
        assert_eq!(
            catch_alls("(IdType::Run, true) => 1, (_, true) => 2, (_, false) => 3")
                .map(|v| v.len()),
            Some(2)
        );
        // The other position is not a kind position: `(IdType::Run, _)` names a kind.
        assert_eq!(
            catch_alls("(IdType::Run, _) => 1, (IdType::User, _) => 2"),
            Some(vec![])
        );
        assert_eq!(
            catch_alls("(IdType::Run, IdType::Run) => 1, (IdType::Run, _) => 2, (_, _) => 3")
                .map(|v| v.len()),
            Some(1)
        );
        assert_eq!(
            catch_alls("Some(IdType::Run) => 1, None => 2"),
            Some(vec![])
        );
        assert_eq!(
            catch_alls("Some(IdType::Run) => 1, Some(_) => 2, None => 3"),
            Some(vec!["Some (_)".to_owned()])
        );
        assert_eq!(
            catch_alls("Ok(AnyId::Run(r)) => 1, Ok(other) => 2, Err(e) => 3"),
            Some(vec!["Ok (other)".to_owned()])
        );
        assert_eq!(
            catch_alls("E { kind: IdType::Run, .. } => 1, E { .. } => 2").map(|v| v.len()),
            Some(1)
        );
        assert_eq!(
            catch_alls("(IdType::Run, ..) => 1, (..) => 2").map(|v| v.len()),
            Some(1)
        );
    }

    #[test]
    fn matches_without_kinds_are_not_guarded() {
        assert_eq!(catch_alls("Some(x) => 1, _ => 2"), None);
        assert_eq!(catch_alls("\"run\" => 1, other => 2"), None);
    }
}
