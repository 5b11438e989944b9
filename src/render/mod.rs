//! Renderers: the typed report (plus the catalogue) into other formats.
//!
//! Each renderer reads the model and the catalogue and nothing else; no
//! renderer calls another. [`RenderError`] covers what can stop one.

pub mod document;
pub mod html;
pub mod json;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod xlsx;
pub mod xml;
pub mod xsd;

/// Why a report could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderError(pub String);

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
