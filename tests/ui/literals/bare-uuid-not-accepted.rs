// A bare UUID for a kind whose manifest entry does not set accept_uuid.

#[id_runtime::ids("ids.toml")]
pub mod ids {}

const RUN: ids::RunId = ids::RunId::from_static("01890a5d-ac96-774b-bcce-b302099a8057");

fn main() {}
