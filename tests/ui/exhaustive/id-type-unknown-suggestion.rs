// `id_type!` names a kind that ids.toml lacks, close to one it has: the error suggests it.

#[id_runtime::ids("id-type-unknown-suggestion.toml")]
pub mod ids {}

fn main() {
    let _kind = ids::id_type!(rn);
}
