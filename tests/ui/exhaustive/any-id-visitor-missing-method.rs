// An `AnyIdVisitor` impl must write one method per kind, taking the typed ID: `session` is missing.

#[id_runtime::ids("any-id-visitor-missing-method.toml")]
pub mod ids {}

use ids::{AnyId, AnyIdVisitor, RunId, UserId};

struct Audit;

impl AnyIdVisitor for Audit {
    type Output = String;

    fn user(&mut self, id: UserId) -> String {
        format!("user {id}")
    }

    fn run(&mut self, id: RunId) -> String {
        format!("run {id}")
    }
}

fn main() {
    let _line = AnyId::from(RunId::new()).accept(&mut Audit);
}
