// `module = …` must end with the annotated module's own name.

mod infra {
    #[id_runtime::ids("module-path-wrong-name.toml", module = crate::infra::idz)]
    pub mod ids {}
}

fn main() {
    let _ = infra::ids::IdType::Run;
}
