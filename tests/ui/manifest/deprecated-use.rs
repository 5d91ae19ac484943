#![deny(deprecated)]

#[id_runtime::ids("deprecated-use.toml")]
pub mod ids {}

fn main() {
    let _ = ids::ConnectionId::new();
    let _ = ids::WebsocketId::new();
}
