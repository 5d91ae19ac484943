// An `IdTable` literal must name every kind: `session` is missing.

#[id_runtime::ids("table-missing-field.toml")]
pub mod ids {}

use ids::IdTable;

fn main() {
    let _retention_days: IdTable<u32> = IdTable { user: 365, run: 30 };
}
