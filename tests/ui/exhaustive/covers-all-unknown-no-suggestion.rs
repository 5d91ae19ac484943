// A handler impl under #[covers_all] handles `job`, which ids.toml does not declare, and lacks `session`.

#[id_runtime::ids("covers-all-unknown-no-suggestion.toml")]
pub mod ids {}

pub struct Handlers;

#[id_runtime::covers_all("covers-all-unknown-no-suggestion.toml")]
impl Handlers {
    pub fn user(&self) {}
    pub fn run(&self) {}
    pub fn job(&self) {}
}

fn main() {
    Handlers.user();
    Handlers.run();
    Handlers.job();
}
