//! # poa-lsp
//!
//! A language server for report files, over stdio, so an editor shows what
//! `validate` prints, where it is, as the desk officer types:
//!
//! ```text
//! editor ─► lsp-server (framing) ─► server: open documents, debounce
//!   text (incremental edits, UTF-16 positions) ─► poa_core::validate ─► diagnostics
//!   spanned tree (poa_core::yaml) + shape + catalogue ─► hover, completion, definition, symbols
//!   findings' "did you mean" and missing questions ─► code actions
//! ```
//!
//! It reads the model and the catalogue and nothing else: no renderer, no
//! store. Every answer is a JSON value built with `serde_json`, so the
//! crate needs no LSP type crate.

mod actions;
mod complete;
mod diagnostics;
mod document;
mod hover;
mod locate;
mod server;
mod symbols;

pub use server::{Options, run, serve_stdio};
