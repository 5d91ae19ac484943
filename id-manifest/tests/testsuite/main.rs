//! id-manifest's integration tests: one test binary with a module per area, so that a cold `cargo test` compiles
//! and links it once.

mod find;
mod links;
mod load;
mod model;
mod render;
mod resolve;
mod rules;
