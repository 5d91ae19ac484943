// #[exhaustive] checks matches inside fns, impl blocks, traits and inline modules; on a struct it is a mistake.

#[id_runtime::ids("exhaustive-misplaced.toml")]
pub mod ids {}

#[id_runtime::exhaustive]
pub struct Policy {
    pub days: u32,
}

fn main() {
    let _ = Policy { days: 1 };
}
