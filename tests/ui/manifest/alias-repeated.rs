#[id_runtime::ids("alias-repeated.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
