#![deny(warnings)]

// A module named by a raw identifier (a keyword), at the crate root and nested with `module = …`: the generated
// `id_type!` and `for_each_id_type!` reach it through its raw name.
#[id_runtime::ids("module-raw-ident.toml")]
pub mod r#type {}

pub mod r#async {
    #[id_runtime::ids("module-raw-ident.toml", module = crate::r#async::r#match)]
    pub mod r#match {}
}

macro_rules! prefixes {
    ($(($key:ident, $variant:ident, $type_name:ident, $prefix:literal),)*) => { [$($prefix),*] };
}

fn main() {
    let id = r#type::RunId::new();
    let any: r#type::AnyId = id.to_string().parse().unwrap();
    assert_eq!(any.id_type(), r#type::id_type!(run));
    assert_eq!(r#type::for_each_id_type!(prefixes), ["user", "run"]);

    let nested = r#async::r#match::UserId::new();
    assert_eq!(nested.to_string().parse::<r#async::r#match::AnyId>().unwrap().id_type(), r#async::r#match::id_type!(user));
    assert_eq!(r#async::r#match::for_each_id_type!(prefixes), ["user", "run"]);
}
