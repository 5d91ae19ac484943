// #[covers_all] compares field names with kinds, so a tuple struct cannot cover them.

#[id_runtime::ids("covers-all-tuple-struct.toml")]
pub mod ids {}

#[id_runtime::covers_all("covers-all-tuple-struct.toml")]
pub struct RetentionDays(pub u32, pub u32, pub u32);

fn main() {
    let _ = RetentionDays(1, 2, 3);
}
