// `module = …` must be the module's real path from the crate root: this one forgets `infra`.

mod infra {
    #[id_runtime::ids("module-path-not-found.toml", module = crate::ids)]
    pub mod ids {}
}

fn main() {
    let _ = infra::ids::IdType::Run;
}
