//! The `ids` command's integration tests, run as a binary: one test binary with a module per area, so that a cold
//! `cargo test` compiles and links it once.

#![allow(dead_code, unreachable_pub)]

mod catalog;
mod commands;
mod common;
mod diff;
mod exhaustive;
mod export;
mod links;
mod made_ids;
mod postgres;
mod services;
mod wrong_kind;
mod zod;
