// `for_each_id_type!` hands every kind to a macro, which generates its own exhaustive code.

#[id_runtime::ids("for-each.toml")]
pub mod ids {}

use ids::*;

macro_rules! kind_table {
    ($(($key:ident, $variant:ident, $type_name:ident, $prefix:literal)),* $(,)?) => {
        /// One line per kind: the manifest key, the `IdType` variant, the newtype's name and its prefix.
        const KINDS: &[(&str, IdType, &str, &str)] = &[
            $((stringify!($key), IdType::$variant, stringify!($type_name), $prefix)),*
        ];

        /// A parser per kind, generated from the same list.
        fn parse_as(kind: IdType, text: &str) -> bool {
            match kind {
                $(IdType::$variant => $type_name::parse(text).is_ok(),)*
            }
        }
    };
}

ids::for_each_id_type!(kind_table);

fn main() {
    assert_eq!(KINDS.len(), IdType::COUNT);
    assert_eq!(KINDS[2], ("run", IdType::Run, "RunId", "run"));
    let run = RunId::new().to_string();
    assert!(parse_as(IdType::Run, &run));
    assert!(!parse_as(IdType::User, &run));
}
