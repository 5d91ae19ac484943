// A prefix and nothing after the separator.

#[id_runtime::ids("ids.toml")]
pub mod ids {}

const USER: ids::UserId = ids::UserId::from_static("user_");

fn main() {}
