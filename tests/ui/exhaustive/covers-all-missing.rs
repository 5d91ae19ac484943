// A routing enum under #[covers_all] lacks a variant for the kind `session`.

#[id_runtime::ids("covers-all-missing.toml")]
pub mod ids {}

#[id_runtime::covers_all("covers-all-missing.toml")]
pub enum Route {
    User,
    Run,
}

fn main() {
    let _ = Route::User;
    let _ = Route::Run;
}
