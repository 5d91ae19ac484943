// An `IdTypeVisitor` impl must write one method per kind: `session` is missing.

#[id_runtime::ids("visitor-missing-method.toml")]
pub mod ids {}

use ids::{IdType, IdTypeVisitor};

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

fn main() {
    let _label = IdType::Run.accept(&mut Label);
}
