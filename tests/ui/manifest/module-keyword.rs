// A keyword is not a module name: rustc says so, located, with the fix. #[ids] adds no second error: it fills
// `mod r#type`, so uses written with the fix in mind already resolve. (`r#type` itself: module-raw-ident.rs.)
#[id_runtime::ids("module-keyword.toml")]
pub mod type {}

fn main() {
    let _ = r#type::RunId::new();
}
