//! `validate`'s findings as LSP diagnostics: the same findings, ranges,
//! rule ids (as codes) and severities, in the user's language, with the
//! question's number and a link to the rules' documentation.

use serde_json::{Value, json};

use super::document::Document;
use poa_core::catalogue;
use poa_core::finding::Severity;
use poa_core::load::LoadOptions;
use poa_core::model::Lang;
use poa_core::validate::validate_text;

/// LSP severities: error 1, warning 2, hint 4 (an unanswered question is a
/// hint: shown faintly, not as a squiggle over a whole section).
fn severity(severity: Severity) -> u8 {
    match severity {
        Severity::Error => 1,
        Severity::Warning => 2,
        Severity::Info => 4,
    }
}

/// The diagnostics of a document.
pub(crate) fn diagnostics(doc: &Document, lang: Lang, rules_url: Option<&str>) -> Vec<Value> {
    let outcome = validate_text(&doc.uri, &doc.text, &LoadOptions::default());
    let mut out = Vec::new();
    if let Some(error) = &outcome.load_error {
        let mut start = error.pos.map_or(0, |p| p.offset).min(doc.text.len());
        while !doc.text.is_char_boundary(start) {
            start -= 1;
        }
        let end = doc.text[start..]
            .find('\n')
            .map_or(doc.text.len(), |n| start + n);
        out.push(json!({
            "range": doc.range_of_bytes(start, end),
            "severity": 1,
            "code": error.id,
            "source": "poa-report",
            "message": error.message,
        }));
    }
    for located in &outcome.findings {
        let finding = &located.finding;
        let question = catalogue::item_at(&finding.pointer);
        let message = match &question {
            Some(item) => format!(
                "{} {}: {}",
                poa_core::i18n::text(lang, "doc-question"),
                item.number,
                finding.message.get(lang)
            ),
            None => finding.message.get(lang).to_owned(),
        };
        let mut diagnostic = json!({
            "range": doc.range(located.span),
            "severity": severity(finding.severity),
            "code": finding.rule,
            "source": "poa-report",
            "message": message,
            "data": {
                "pointer": finding.pointer,
                "question": question.map(|q| q.number),
                "hint": hint(finding.message.get(Lang::En)),
            },
        });
        if let Some(url) = rules_url {
            diagnostic["codeDescription"] = json!({ "href": url });
        }
        out.push(diagnostic);
    }
    out
}

/// The `did you mean` of a message (English form), if it has one.
fn hint(message: &str) -> Option<String> {
    let start = message.find("did you mean `")? + "did you mean `".len();
    let len = message[start..].find('`')?;
    Some(message[start..start + len].to_owned())
}

#[cfg(test)]
mod tests {
    use super::hint;

    #[test]
    fn the_hint_is_read_from_the_message() {
        assert_eq!(
            hint("`ye` is not one of yes, no; did you mean `yes`?").as_deref(),
            Some("yes")
        );
        assert_eq!(hint("no hint here"), None);
    }
}
