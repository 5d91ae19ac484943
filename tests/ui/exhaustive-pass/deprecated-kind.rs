// A deprecated kind must still be handled everywhere, and the generated tables, visitors and macros compile
// without warnings; only code that names the deprecated kind's items is warned (and may allow it).

#![deny(warnings)]

#[id_runtime::ids("deprecated-kind.toml")]
pub mod ids {}

use ids::{AnyId, AnyIdVisitor, IdTable, IdType, IdTypeVisitor, RunId, UserId};

struct Name;

impl IdTypeVisitor for Name {
    type Output = &'static str;

    fn user(&mut self) -> &'static str {
        "user"
    }

    fn legacy_job(&mut self) -> &'static str {
        "legacy job"
    }

    fn run(&mut self) -> &'static str {
        "run"
    }
}

struct Text;

#[allow(deprecated)]
impl AnyIdVisitor for Text {
    type Output = String;

    fn user(&mut self, id: UserId) -> String {
        id.to_string()
    }

    fn legacy_job(&mut self, id: ids::LegacyJobId) -> String {
        id.to_string()
    }

    fn run(&mut self, id: RunId) -> String {
        id.to_string()
    }
}

#[id_runtime::covers_all("deprecated-kind.toml")]
struct Limits {
    user: u8,
    legacy_job: u8,
    run: u8,
}

#[id_runtime::exhaustive]
#[allow(deprecated)]
fn is_legacy(kind: IdType) -> bool {
    match kind {
        IdType::User | IdType::Run => false,
        IdType::LegacyJob => true,
    }
}

fn main() {
    let table = IdTable { user: 1, legacy_job: 2, run: 3 };
    assert_eq!(table.iter().map(|(_, n)| n).sum::<i32>(), 6);
    assert_eq!(IdType::ALL[1].accept(&mut Name), "legacy job");
    assert!(AnyId::from(RunId::new()).accept(&mut Text).starts_with("run_"));
    let limits = Limits { user: 1, legacy_job: 2, run: 3 };
    assert_eq!(limits.user + limits.legacy_job + limits.run, 6);
    assert!(is_legacy(IdType::ALL[1]));
    // `id_type!` of a deprecated kind warns like naming `IdType::LegacyJob` does.
    #[allow(deprecated)]
    let legacy = ids::id_type!(legacy_job);
    assert!(is_legacy(legacy));
}
