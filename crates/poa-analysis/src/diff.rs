//! What changed between two reports: two cycles of one State, or two
//! versions of one submission, question by question.
//!
//! Both reports are flattened into the same labelled rows the workbook uses
//! ([`poa_formats::xlsx::layout`]), so every question and field is compared without
//! being named here.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use poa_core::catalogue;
use poa_core::model::{Lang, Report};
use poa_core::pointer::value_at;
use poa_core::shape::Shape;
use poa_formats::xlsx::layout::{Row, RowKind, rows, sheet_names};

/// How a value changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// One changed value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The question's number in the template (`4.1`), empty for header values.
    pub number: String,
    /// Question id (`marking.at_manufacture`) or header path (`period.to`).
    pub question: String,
    /// The field within it (`answer`, `details`, `needs.0.area`), empty for header values.
    pub field: String,
    /// The label in English and in Arabic (the JSON output's columns), and
    /// in the language the changes are shown in.
    pub label_en: String,
    pub label_ar: String,
    pub label: String,
    pub kind: ChangeKind,
    pub old: String,
    pub new: String,
}

/// The changes from `old` to `new`, in questionnaire order, closed lists
/// in English words.
pub fn diff(old: &Report, new: &Report) -> Vec<Change> {
    diff_in(old, new, Lang::En)
}

/// The changes from `old` to `new`, closed lists in the words of `lang`.
pub fn diff_in(old: &Report, new: &Report, lang: Lang) -> Vec<Change> {
    let (old_value, new_value) = (
        serde_json::to_value(old).unwrap_or_default(),
        serde_json::to_value(new).unwrap_or_default(),
    );
    let mut order: Vec<Row> = Vec::new();
    let mut seen: BTreeMap<String, ()> = BTreeMap::new();
    for sheet in sheet_names() {
        for row in rows(sheet, &old_value)
            .into_iter()
            .chain(rows(sheet, &new_value))
        {
            if seen.insert(row.path_text(), ()).is_none() {
                order.push(row);
            }
        }
    }
    order
        .into_iter()
        .filter_map(|row| {
            let before = display(value_at(&old_value, &row.path), &row.kind, lang);
            let after = display(value_at(&new_value, &row.path), &row.kind, lang);
            let kind = match (before.is_empty(), after.is_empty()) {
                _ if before == after => return None,
                (true, false) => ChangeKind::Added,
                (false, true) => ChangeKind::Removed,
                _ => ChangeKind::Changed,
            };
            Some(Change {
                number: row.number.clone(),
                question: row.id.clone(),
                field: row.field.clone(),
                label_en: row.label(Lang::En).to_owned(),
                label_ar: row.label(Lang::Ar).to_owned(),
                label: row.label(lang).to_owned(),
                kind,
                old: before,
                new: after,
            })
        })
        .collect()
}

/// A value as one line of text: closed lists as their words in `lang`,
/// text by language as `en: … | ar: …`.
fn display(value: Option<&Value>, kind: &RowKind, lang: Lang) -> String {
    let vocabulary = match kind {
        RowKind::Scalar(Shape::Choice { def, .. }) | RowKind::ChoiceList { def, .. } => {
            Some(def.as_str())
        }
        _ => None,
    };
    match (value, vocabulary) {
        (None | Some(Value::Null), _) => String::new(),
        (Some(Value::String(s)), Some(def)) => catalogue::choice_text(def, s, lang),
        (Some(Value::String(s)), None) => s.clone(),
        (Some(Value::Array(items)), _) => items
            .iter()
            .map(|v| display(Some(v), kind, lang))
            .collect::<Vec<_>>()
            .join("; "),
        (Some(Value::Object(map)), _) => map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| format!("{k}: {}", display(Some(v), kind, lang)))
            .collect::<Vec<_>>()
            .join(" | "),
        (Some(other), _) => other.to_string(),
    }
}

const PAGE_TEMPLATE: &str = include_str!("../../../templates/diff.html");

/// Why the page could not be made (the template is built in, so only a
/// defect in it stops the page).
#[derive(Debug, thiserror::Error)]
#[error("diff page template: {0}")]
pub struct PageError(#[from] minijinja::Error);

/// The changes as a self-contained HTML page in `lang` (`old` and `new`
/// name the two reports in its title; the changes were made in `lang`).
pub fn page(old: &str, new: &str, changes: &[Change], lang: Lang) -> Result<String, PageError> {
    let mut env = minijinja::Environment::new();
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
    let template = env.template_from_str(PAGE_TEMPLATE)?;
    let word = |key: &str| poa_core::i18n::text(lang, key);
    let words = minijinja::context! {
        title => word("portal-changes"),
        number => word("doc-number"),
        question => word("portal-question"),
        field => word("portal-field"),
        label => word("doc-xlsx_label"),
        before => word("portal-before"),
        after => word("portal-after"),
        count => poa_core::i18n::format(lang, "portal-change-count", &[("count", changes.len().to_string())]),
    };
    Ok(template.render(minijinja::context! {
        old => old,
        new => new,
        changes => changes,
        words => words,
        lang => lang.code(),
        dir => poa_core::i18n::direction(lang),
    })?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use poa_core::load::LoadOptions;
    use poa_core::validate::validate_file;

    #[test]
    fn changed_answers_and_added_text_are_reported_once() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../samples/xab-borealis-2026.yaml");
        let old = validate_file(&path, &LoadOptions::default())
            .report
            .unwrap();
        let mut value = serde_json::to_value(&old).unwrap();
        value["sections"]["brokering"]["regulated"]["answer"] = "partially".into();
        value["sections"]["brokering"]["regulated"]["details"] =
            serde_json::json!({ "en": "Draft law" });
        value["cycle"] = 2028.into();
        let new: Report = serde_json::from_value(value).unwrap();
        let changes = diff(&old, &new);
        assert_eq!(changes.len(), 3, "{changes:#?}");
        assert_eq!(
            (
                changes[0].question.as_str(),
                changes[0].old.as_str(),
                changes[0].new.as_str()
            ),
            ("cycle", "2026", "2028")
        );
        let answer = changes.iter().find(|c| c.field == "answer").unwrap();
        assert_eq!(
            (
                answer.question.as_str(),
                answer.kind,
                answer.old.as_str(),
                answer.new.as_str()
            ),
            (
                "brokering.regulated",
                ChangeKind::Changed,
                "No",
                "Partially / in development"
            )
        );
        assert_eq!(answer.number, "10.1", "diff names the template's number");
        let details = changes.iter().find(|c| c.field == "details").unwrap();
        assert_eq!(
            (details.kind, details.new.as_str()),
            (ChangeKind::Added, "en: Draft law")
        );
        assert!(diff(&old, &old).is_empty());
    }
}
