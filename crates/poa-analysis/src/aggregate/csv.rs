//! The analysis as CSV: one row per State of the cycle, for spreadsheets and
//! statistics packages. The columns are documented in `docs/aggregate.md`
//! (a test keeps the two in step).

use super::KeyFigures;
use super::analysis::{Analysis, StateRow};
use poa_core::model::Sections;

/// The header, in order.
pub fn columns() -> Vec<String> {
    let mut out: Vec<String> = [
        "iso3",
        "state_en",
        "state_ar",
        "cycle",
        "submitted",
        "file",
        "valid",
        "errors",
        "warnings",
        "versions",
        "score",
        "questions",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    for (section, _) in Sections::LAYOUT {
        out.push(format!("score_{section}"));
        out.push(format!("questions_{section}"));
    }
    out.extend(KeyFigures::NUMERIC.iter().map(|k| (*k).to_owned()));
    out
}

/// Quotes a field; text that a spreadsheet would run as a formula gets a
/// leading apostrophe.
fn quote(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn score(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.4}")).unwrap_or_default()
}

fn row(analysis: &Analysis, r: &StateRow) -> Vec<String> {
    let mut out = vec![
        quote(&r.state.iso3),
        quote(&r.state.name_en),
        quote(&r.state.name_ar),
        analysis.cycle.map(|c| c.to_string()).unwrap_or_default(),
        r.submitted.as_deref().map(quote).unwrap_or_default(),
        quote(&r.file),
        r.valid.to_string(),
        r.errors.to_string(),
        r.warnings.to_string(),
        r.versions.to_string(),
        score(r.overall.value),
        r.overall.questions.to_string(),
    ];
    for s in &r.scores {
        out.push(score(s.value));
        out.push(s.questions.to_string());
    }
    for key in KeyFigures::NUMERIC {
        out.push(
            r.figures
                .numeric(key)
                .map(|n| n.to_string())
                .unwrap_or_default(),
        );
    }
    out
}

/// The whole file.
pub fn render(analysis: &Analysis) -> String {
    let mut out = columns().join(",");
    out.push('\n');
    for r in &analysis.states {
        out.push_str(&row(analysis, r).join(","));
        out.push('\n');
    }
    out
}
