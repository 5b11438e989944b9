//! # poa-report
//!
//! Prepare, check and publish national reports on the UN Programme of Action
//! on small arms and light weapons (PoA) and the International Tracing
//! Instrument (ITI).
//!
//! Data flows one way:
//!
//! ```text
//! text ─► yaml (spanned tree) ─► schema (JSON Schema findings) ─► model (typed Report)
//!                                                                   └► rules (cross-section findings)
//! findings ─► validate (placed at line:column via the tree) ─► cli (terminal / JSON)
//! ```
//!
//! The questionnaire is defined once, in [`model::sections`] (which questions
//! exist and their shapes) and [`catalogue`] (labels, help, paragraphs). The
//! JSON Schema, the `init` skeleton and the rule messages all derive from them.
//!
//! ```
//! use poa_report::{document::LoadOptions, validate::validate_text, finding::Severity};
//!
//! let text = std::fs::read_to_string("samples/xaa-aurelia-2026.yaml").unwrap();
//! let outcome = validate_text("aurelia.yaml", &text, &LoadOptions::default());
//! assert!(outcome.is_valid());
//! assert_eq!(outcome.count(Severity::Error), 0);
//! ```

// The layer everything stands on, in its own crate; re-exported under the
// names the rest of this crate and its users know.
pub use poa_core::{
    catalogue, document, finding, i18n, init, model, path, pointer, rules, schema, shape, sources,
    state, timestamp, validate, yaml,
};

pub mod aggregate;
pub mod diff;
pub mod format_doc;
pub mod generate;
pub mod import;
pub mod output_file;
pub mod regions;
pub mod render;
pub mod sheet_layout;
pub mod store;
#[cfg(feature = "serve")]
pub mod web;
