//! The report as one self-contained, printable HTML page (English, Arabic,
//! or both side by side), from the minijinja template in `templates/`.
//!
//! Autoescape is on for every value, so markup, template syntax and script
//! in free text arrive as literal text; the template isolates every piece of
//! user text with `<bdi>`.

use std::sync::OnceLock;

use minijinja::{AutoEscape, Environment};

use super::view::DocView;
use crate::error::RenderError;

const TEMPLATE: &str = include_str!("../../../../templates/report.html");

/// The template environment, compiled once per process (a batch renders many reports).
fn environment() -> Result<&'static Environment<'static>, RenderError> {
    static ENV: OnceLock<Result<Environment<'static>, String>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        // Arabic text with its Latin runs (names, e-mails, dates) isolated.
        env.add_filter("ltr_runs", |text: String| {
            if super::bidi::has_arabic(&text) {
                minijinja::Value::from_safe_string(super::bidi::isolate_html(&text))
            } else {
                minijinja::Value::from(text)
            }
        });
        env.add_template("report.html", TEMPLATE)
            .map_err(|e| format!("template: {e}"))?;
        Ok(env)
    })
    .as_ref()
    .map_err(|e| RenderError(e.clone()))
}

/// Renders a document view to HTML.
pub fn render(view: &DocView) -> Result<String, RenderError> {
    let template = environment()?
        .get_template("report.html")
        .map_err(|e| RenderError(e.to_string()))?;
    template
        .render(view)
        .map_err(|e| RenderError(format!("template: {e}")))
}
