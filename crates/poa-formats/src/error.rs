//! What can stop a writer, in a module of its own so the writers and the
//! [`crate::render`] dispatcher that calls them both depend on it, not on
//! each other.

/// Why a report could not be rendered (a template or layout engine refused
/// it; the message says what).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct RenderError(pub String);
