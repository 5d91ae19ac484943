#[id_runtime::ids(42)]
pub mod ids {}

fn main() {
    // The skeleton still defines the generated enums, so code naming them gets no second error.
    let _: Option<ids::AnyId> = None;
}
