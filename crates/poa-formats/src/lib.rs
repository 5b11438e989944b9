//! # poa-formats
//!
//! A national report in the formats people open, and back: the workbook
//! (XLSX), XML with its XSD, the printed document (bilingual HTML and PDF),
//! the Word document for clearance (DOCX) and JSON. One folder per format holds its layout, writer and reader.
//!
//! ```text
//! poa_core::model::Report + findings ─► render::Readiness (schema errors block, rule errors make a draft)
//!   ─► render::render_report ─► xlsx::writer | xml::writer | document::{view ─► html | pdf | docx::writer} | json
//! bytes ─► xlsx::reader::import | xml::reader::import ─► JSON value ─► import (poa_core's schema, serde) ─► Report
//! docx ─► archive (checked) ─► docx::reader: the report it carries + the fields edited ─► Report
//! output_file: every file written whole (temporary file, then rename) or not at all
//! ```
//!
//! Writers read the model and the catalogue and never each other; readers go
//! back through the same JSON Schema and serde as YAML, so render → import
//! gives the same report.

mod archive;
pub mod document;
pub mod docx;
mod error;
pub mod import;
pub mod json;
pub mod output_file;
pub mod render;
pub mod xlsx;
pub mod xml;
