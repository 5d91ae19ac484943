// #[exhaustive] accepts matches that name every kind, guarded catch-alls (rustc still needs the unguarded arms to
// cover every kind), and catch-alls in matches that name no kind.

#[id_runtime::ids("exhaustive-all-arms.toml")]
pub mod ids {}

use ids::{AnyId, IdType, RunId};

#[id_runtime::exhaustive]
fn retention_days(kind: IdType) -> u32 {
    match kind {
        IdType::User | IdType::Session => 365,
        IdType::Run => 30,
    }
}

#[id_runtime::exhaustive]
fn route(id: AnyId) -> String {
    match id {
        AnyId::User(user) => format!("/users/{user}"),
        AnyId::Session(_) => "/sessions".to_owned(),
        AnyId::Run(run) => format!("/runs/{run}"),
    }
}

#[id_runtime::exhaustive]
mod policy {
    use crate::ids::{self, IdType};

    /// A guarded catch-all is fine: the unguarded arms below must still name every kind.
    pub fn retention_days(kind: IdType, legal_hold: bool) -> u32 {
        match kind {
            _ if legal_hold => 10 * 365,
            ids::id_type!(run) => 30,
            IdType::User | IdType::Session => 365,
        }
    }

    /// Catch-alls where no kind is named are left alone.
    pub fn shout(name: &str) -> &str {
        match name {
            "run" => "RUN",
            _ => "OTHER",
        }
    }

    /// A kind nested in a tuple or an `Option`: `None` and `(_, …)` are fine where another position is a kind.
    pub fn pair(kind: Option<IdType>, other: IdType) -> u8 {
        match (kind, other) {
            (Some(IdType::Run), IdType::Run) => 0,
            (Some(IdType::Run), _) => 1,
            (Some(IdType::User | IdType::Session), _) => 2,
            (None, _) => 3,
        }
    }
}

pub trait Describe {
    fn describe(&self) -> String;
}

#[id_runtime::exhaustive]
impl Describe for IdType {
    fn describe(&self) -> String {
        // Matches inside macro arguments are checked too, and `Self::…` names the kind inside `impl IdType`.
        format!("{}", match self {
            Self::User => "person",
            Self::Session => "login",
            Self::Run => "pipeline run",
        })
    }
}

fn main() {
    assert_eq!(retention_days(IdType::Run), 30);
    assert!(route(AnyId::from(RunId::new())).starts_with("/runs/run_"));
    assert_eq!(policy::retention_days(IdType::Run, true), 3650);
    assert_eq!(policy::retention_days(IdType::Run, false), 30);
    assert_eq!(policy::shout("job"), "OTHER");
    assert_eq!(policy::pair(None, IdType::Run), 3);
    assert_eq!(IdType::Session.describe(), "login");
}
