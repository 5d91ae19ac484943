// An annotated module below the crate root names its path, so `id_type!` and `for_each_id_type!` work from any
// module (and any crate).

mod infra {
    #[id_runtime::ids("nested-module.toml", module = crate::infra::ids)]
    pub mod ids {}
}

mod app {
    use crate::infra::ids;

    pub fn run_kind() -> ids::IdType {
        ids::id_type!(run)
    }
}

fn main() {
    assert_eq!(app::run_kind(), infra::ids::IdType::Run);
    assert_eq!(crate::infra::ids::id_type!(user), infra::ids::IdType::User);
}
