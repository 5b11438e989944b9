//! Importers: other formats back into the typed report.
//!
//! An importer builds the plain JSON value of a report from its format
//! (guided by [`poa_core::shape`]), then the JSON Schema and serde make the
//! typed report, exactly as for YAML. Render → import gives the same report.

use serde_json::Value;

use poa_core::model::Report;
use poa_core::schema;

/// Why a file could not be imported: a reason, and where, if known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub message: String,
    /// `line:column`, an element path, or a sheet and cell.
    pub place: Option<String>,
}

impl ImportError {
    pub fn new(message: impl Into<String>) -> Self {
        ImportError {
            message: message.into(),
            place: None,
        }
    }
    pub fn at(message: impl Into<String>, place: impl Into<String>) -> Self {
        ImportError {
            message: message.into(),
            place: Some(place.into()),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.place {
            Some(place) => write!(f, "{place}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for ImportError {}

/// The typed report from an imported JSON value, refusing anything the schema rejects.
pub(crate) fn report_from_value(value: Value) -> Result<Report, ImportError> {
    let findings = schema::check(&value);
    if let Some(first) = findings.first() {
        let more = if findings.len() > 1 {
            format!(" (and {} more)", findings.len() - 1)
        } else {
            String::new()
        };
        return Err(ImportError::at(
            format!("{}{more}", first.message.get(poa_core::model::Lang::En)),
            first.pointer.clone(),
        ));
    }
    serde_json::from_value(value).map_err(|e| ImportError::new(format!("not a report: {e}")))
}
