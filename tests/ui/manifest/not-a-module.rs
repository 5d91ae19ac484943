#[id_runtime::ids("not-a-module.toml")]
struct X;

fn main() {
    // The item is kept as written, so its uses still resolve.
    let _ = X;
}
