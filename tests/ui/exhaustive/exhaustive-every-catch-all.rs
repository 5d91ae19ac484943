// #[exhaustive] reports every catch-all at once, in fns, impl blocks, methods and inline modules, each once; the
// code around is emitted unchanged, so there are no follow-up errors.

#[id_runtime::ids("exhaustive-every-catch-all.toml")]
pub mod ids {}

use ids::{AnyId, IdType};

#[id_runtime::exhaustive]
mod policy {
    use crate::ids::IdType;

    pub fn retention_days(kind: IdType) -> u32 {
        match kind {
            IdType::Run => 30,
            _ => 365,
        }
    }

    pub fn is_billable(kind: IdType) -> bool {
        match kind {
            IdType::Run => true,
            IdType::User => false,
            _ => false,
        }
    }
}

struct Router;

#[id_runtime::exhaustive]
impl Router {
    fn route(&self, id: AnyId) -> String {
        match id {
            AnyId::Run(run) => format!("/runs/{run}"),
            other => format!("/ids/{other}"),
        }
    }

    // Its own #[exhaustive] inside an annotated impl: reported once, by the inner attribute.
    #[id_runtime::exhaustive]
    fn label(&self, kind: IdType) -> &'static str {
        match kind {
            IdType::Run => "run",
            _ => "other",
        }
    }
}

fn main() {
    let _ = policy::retention_days(IdType::Run);
    let _ = policy::is_billable(IdType::Run);
    let _ = Router.route(AnyId::from(ids::RunId::new()));
    let _ = Router.label(IdType::Run);
}
