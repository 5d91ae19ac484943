//! A deprecated kind still parses the IDs already stored, without a warning where that is allowed.

#![deny(warnings)]

#[id_runtime::ids("deprecated-allowed.toml")]
pub mod ids {}

#[allow(deprecated)]
fn load(stored: &str) -> ids::WebsocketId {
    stored.parse().unwrap()
}

fn main() {
    let id = load("ws_01h455vb4pex5vsknk084sn02q");
    assert_eq!(id.to_string(), "ws_01h455vb4pex5vsknk084sn02q");
    // `AnyId` and `IdType` still know the kind.
    let any: ids::AnyId = "ws_01h455vb4pex5vsknk084sn02q".parse().unwrap();
    assert_eq!(any.id_type().name(), "websocket");
    let _ = ids::ConnectionId::new();
}
