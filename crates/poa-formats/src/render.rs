//! Rendering one report: the formats it renders to ([`Target`]), whether it
//! may be rendered ([`Readiness`]), and the one call that renders it.
//!
//! Each renderer reads the model and the catalogue and nothing else; no
//! renderer calls another. [`RenderError`] covers what can stop one.

use crate::document::html;
#[cfg(feature = "pdf")]
use crate::document::pdf;
use crate::document::view::{self, DocLangs, DocView};
use crate::{docx, json};
use crate::{xlsx, xml};

pub use crate::document::standard::PdfStandard;
pub use crate::error::RenderError;

/// The formats one report renders to (the command line maps `--to` onto it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Html,
    Pdf,
    Xlsx,
    Xml,
    Json,
    /// An editable Word document whose fields `import` reads back.
    Docx,
}

impl Target {
    /// File extension and media type.
    pub fn file_type(self) -> (&'static str, &'static str) {
        match self {
            Target::Html => ("html", "text/html; charset=utf-8"),
            Target::Pdf => ("pdf", "application/pdf"),
            Target::Xlsx => (
                "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
            Target::Xml => ("xml", "application/xml"),
            Target::Json => ("json", "application/json"),
            Target::Docx => (
                "docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
        }
    }
}

/// Whether a validated report can be rendered, decided in one place for the
/// command line and the web form: findings of the schema block it (the
/// typed report may be missing pieces); rule errors make it a draft, which
/// the caller renders only when asked to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    /// No error: a final document.
    Final,
    /// Rule errors only: renderable as a draft (stamped, findings annexed).
    Draft { errors: usize },
    /// The schema rejects parts of it, or it could not be built.
    Blocked { schema_errors: usize },
}

impl Readiness {
    /// The readiness of a validated file.
    pub fn of(outcome: &poa_core::validate::FileOutcome) -> Readiness {
        let schema_errors = outcome
            .findings
            .iter()
            .filter(|f| f.finding.rule.starts_with("SCHEMA-"))
            .count();
        if schema_errors > 0 || outcome.report.is_none() {
            return Readiness::Blocked { schema_errors };
        }
        match outcome.count(poa_core::finding::Severity::Error) {
            0 => Readiness::Final,
            errors => Readiness::Draft { errors },
        }
    }
}

/// Renders `report` to `target`: the one dispatch the command line and the
/// web form share. `draft` stamps documents as not valid.
pub fn render_report(
    report: &poa_core::model::Report,
    findings: &[poa_core::finding::Finding],
    target: Target,
    langs: DocLangs,
    draft: bool,
) -> Result<Vec<u8>, RenderError> {
    render_report_as(report, findings, target, langs, draft, None)
}

/// [`render_report`], a PDF conforming to `standard` if one is given.
pub fn render_report_as(
    report: &poa_core::model::Report,
    findings: &[poa_core::finding::Finding],
    target: Target,
    langs: DocLangs,
    draft: bool,
    standard: Option<PdfStandard>,
) -> Result<Vec<u8>, RenderError> {
    Ok(match target {
        Target::Xlsx => xlsx::writer::render(report, findings, langs)?,
        Target::Html => html::render(&view::view(report, findings, langs, draft))?.into_bytes(),
        Target::Pdf => render_pdf(&view::view(report, findings, langs, draft), standard)?,
        Target::Xml => xml::writer::render(report, draft).into_bytes(),
        Target::Json => json::render(report).into_bytes(),
        Target::Docx => docx::writer::render(report, findings, langs, draft)?,
    })
}

/// Why [`render_draft`] gave no document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftRenderError {
    /// The schema rejects parts of the report: it cannot be laid out yet.
    #[error("the report cannot be rendered until its form errors are fixed")]
    Blocked,
    /// A renderer failed.
    #[error(transparent)]
    Failed(#[from] RenderError),
}

/// Validates `text` and renders it as the web form and the portal offer a
/// report being filled in: whatever can be rendered is, rule errors stamp
/// it as a draft with the findings annexed.
pub fn render_draft(
    name: &str,
    text: &str,
    target: Target,
    langs: DocLangs,
) -> Result<Vec<u8>, DraftRenderError> {
    let outcome =
        poa_core::validate::validate_text(name, text, &poa_core::load::LoadOptions::default());
    let readiness = Readiness::of(&outcome);
    let report = match (readiness, outcome.report.as_ref()) {
        (Readiness::Blocked { .. }, _) | (_, None) => return Err(DraftRenderError::Blocked),
        (_, Some(report)) => report,
    };
    let draft = matches!(readiness, Readiness::Draft { .. });
    let findings: Vec<_> = outcome.findings.iter().map(|l| l.finding.clone()).collect();
    Ok(render_report(report, &findings, target, langs, draft)?)
}

#[cfg(feature = "pdf")]
fn render_pdf(doc: &DocView, standard: Option<PdfStandard>) -> Result<Vec<u8>, RenderError> {
    pdf::render_as(doc, standard)
}

#[cfg(not(feature = "pdf"))]
fn render_pdf(_view: &DocView, _standard: Option<PdfStandard>) -> Result<Vec<u8>, RenderError> {
    Err(RenderError(
        "this build has no PDF support (built without the `pdf` feature)".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::Readiness;
    use poa_core::load::LoadOptions;
    use poa_core::validate::validate_text;

    fn readiness(sample: &str) -> Readiness {
        let path = format!("{}/../../samples/{sample}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        Readiness::of(&validate_text(&path, &text, &LoadOptions::default()))
    }

    /// One decision for `render` and the form: valid is final, rule errors
    /// make a draft, schema errors block.
    #[test]
    fn readiness_follows_the_kind_of_error() {
        assert_eq!(readiness("xaa-aurelia-2026.yaml"), Readiness::Final);
        assert_eq!(
            readiness("invalid/trc-001-more-answers-than-requests.yaml"),
            Readiness::Draft { errors: 1 }
        );
        assert_eq!(
            readiness("invalid/schema-003-wrong-type.yaml"),
            Readiness::Blocked { schema_errors: 1 }
        );
    }
}
