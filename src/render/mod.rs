//! Renderers: the typed report (plus the catalogue) into other formats.
//!
//! Each renderer reads the model and the catalogue and nothing else; no
//! renderer calls another. [`RenderError`] covers what can stop one.

pub mod bidi;
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

/// The formats one report renders to (also `render --to`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Target {
    Html,
    Pdf,
    Xlsx,
    Xml,
    Json,
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
        }
    }
}

/// Renders `report` to `target`: the one dispatch the command line and the
/// web form share. `draft` stamps documents as not valid.
pub fn render_report(
    report: &crate::model::Report,
    findings: &[crate::finding::Finding],
    target: Target,
    langs: document::DocLangs,
    draft: bool,
) -> Result<Vec<u8>, RenderError> {
    let ui_lang = if langs == document::DocLangs::Ar {
        crate::model::Lang::Ar
    } else {
        crate::model::Lang::En
    };
    Ok(match target {
        Target::Xlsx => xlsx::render(report, findings, ui_lang)?,
        Target::Html => html::render(&document::view(report, findings, langs, draft))?.into_bytes(),
        Target::Pdf => render_pdf(&document::view(report, findings, langs, draft))?,
        Target::Xml => xml::render(report, draft).into_bytes(),
        Target::Json => json::render(report).into_bytes(),
    })
}

#[cfg(feature = "pdf")]
fn render_pdf(view: &document::DocView) -> Result<Vec<u8>, RenderError> {
    pdf::render(view)
}

#[cfg(not(feature = "pdf"))]
fn render_pdf(_view: &document::DocView) -> Result<Vec<u8>, RenderError> {
    Err(RenderError(
        "this build has no PDF support (built without the `pdf` feature)".into(),
    ))
}
