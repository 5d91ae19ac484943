// Without `module = …`, the generated macros reach the module at the crate root (`$crate::ids`). A nested module
// that uses them must name its path; the error at the first use says where the module really is.

mod infra {
    #[id_runtime::ids("module-path-default-nested.toml")]
    pub mod ids {}
}

fn main() {
    let _ = infra::ids::id_type!(run);
}
