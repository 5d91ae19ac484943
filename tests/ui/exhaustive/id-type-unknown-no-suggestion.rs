// `id_type!` names a kind that ids.toml lacks and nothing is close: the error lists the known kinds.

#[id_runtime::ids("id-type-unknown-no-suggestion.toml")]
pub mod ids {}

fn main() {
    let _kind = ids::id_type!(zebra);
}
