// `[types.job]` was added to ids.toml: the code that handled {user, run} must now handle `job` too, and fails to
// compile at its `IdTable` literal, its visitor impl and its #[exhaustive] match. `job-absent` in exhaustive-pass/
// holds the same code against {user, run}, where it compiles (tests/tests/testsuite/ui.rs checks the code is the same).

#[id_runtime::ids("job-added.toml")]
pub mod ids {}

// Application code written when ids.toml declared {user, run}: every place that must handle each kind.

use ids::{IdTable, IdType, IdTypeVisitor};

/// Days to keep records of each kind.
fn retention_days() -> IdTable<u32> {
    IdTable { user: 365, run: 30 }
}

/// How each kind is shown to people.
struct Label;

impl IdTypeVisitor for Label {
    type Output = &'static str;

    fn user(&mut self) -> &'static str {
        "person"
    }

    fn run(&mut self) -> &'static str {
        "pipeline run"
    }
}

#[id_runtime::exhaustive]
fn is_billable(kind: IdType) -> bool {
    match kind {
        IdType::User => false,
        IdType::Run => true,
    }
}

fn main() {
    assert_eq!(retention_days()[IdType::Run], 30);
    assert_eq!(IdType::User.accept(&mut Label), "person");
    assert!(is_billable(ids::id_type!(run)));
}
