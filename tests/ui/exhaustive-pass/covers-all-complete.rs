// #[covers_all] accepts an enum, a struct and an impl block with exactly one entry per kind; members marked
// #[covers_all(skip)] are not about a kind and are ignored (the marker is removed).

#[id_runtime::ids("covers-all-complete.toml")]
pub mod ids {}

use id_runtime::covers_all;

#[covers_all("covers-all-complete.toml")]
#[derive(Debug, PartialEq)]
pub enum Route {
    User,
    Session,
    Run,
    #[covers_all(skip)]
    NotFound,
}

#[id_runtime::covers_all("covers-all-complete.toml")]
pub struct RetentionDays {
    pub user: u32,
    pub session: u32,
    pub run: u32,
    #[covers_all(skip)]
    pub default: u32,
}

pub struct Handlers;

#[id_runtime::covers_all("covers-all-complete.toml")]
impl Handlers {
    pub fn user(&self) -> Route {
        Route::User
    }

    pub fn session(&self) -> Route {
        Route::Session
    }

    pub fn run(&self) -> Route {
        Route::Run
    }

    #[id_runtime::covers_all(skip)]
    pub fn fallback(&self) -> Route {
        Route::NotFound
    }

    /// Associated consts and types are not members.
    pub const NAME: &'static str = "handlers";
}

fn main() {
    let days = RetentionDays { user: 365, session: 7, run: 30, default: 90 };
    assert_eq!(days.user + days.session + days.run + days.default, 492);
    assert_eq!(Handlers.run(), Route::Run);
    assert_eq!(Handlers.user(), Route::User);
    assert_eq!(Handlers.session(), Route::Session);
    assert_eq!(Handlers.fallback(), Route::NotFound);
    assert_eq!(Handlers::NAME, "handlers");
}
