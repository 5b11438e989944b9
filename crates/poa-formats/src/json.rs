//! The report as JSON, valid against the JSON Schema, for systems that prefer it.

use poa_core::model::Report;

/// Pretty JSON with keys in model order and a trailing newline.
pub fn render(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report).unwrap_or_default();
    text.push('\n');
    text
}
