//! # poa-core
//!
//! Reading and checking a national report on the PoA and the ITI: the layer
//! every other part of poa-report (formats, analysis, store, web form,
//! command line) stands on. It reads no file format but YAML, renders
//! nothing, prints nothing and starts no server.
//!
//! ```text
//! bytes ─► load (size, UTF-8) ─► yaml (spanned tree, limits) ─► schema (findings)
//!       ─► model (typed Report) ─► rules (cross-section findings)
//!       ─► validate (findings placed at line:column)
//! catalogue + i18n: every question's number, sources and words; shape: the report's structure
//! pointer: a place in a report (findings name one; the form, readers and views go there)
//! ```
//!
//! ```
//! use poa_core::{load::LoadOptions, validate::validate_text, finding::Severity};
//!
//! let text = std::fs::read_to_string("../../samples/xaa-aurelia-2026.yaml").unwrap();
//! let outcome = validate_text("aurelia.yaml", &text, &LoadOptions::default());
//! assert!(outcome.is_valid());
//! assert_eq!(outcome.count(Severity::Error), 0);
//! ```

pub mod catalogue;
pub mod finding;
pub mod fingerprint;
pub mod i18n;
pub mod init;
mod iso3166;
pub mod load;
pub mod model;
mod path;
pub mod pointer;
pub mod rules;
pub mod schema;
pub mod shape;
pub mod sources;
pub mod state;
pub mod timestamp;
pub mod translation;
pub mod validate;
pub mod yaml;
