// A config struct under #[covers_all] misspells the field for `run`: one error, at the field, with a did-you-mean.

#[id_runtime::ids("covers-all-unknown-suggestion.toml")]
pub mod ids {}

#[id_runtime::covers_all("covers-all-unknown-suggestion.toml")]
pub struct RetentionDays {
    pub user: u32,
    pub session: u32,
    pub rn: u32,
}

fn main() {
    let _ = RetentionDays { user: 365, session: 7, rn: 30 };
}
