//! Completion: answers and closed-list codes with their words after a key,
//! contact ids where a contact is named, and the keys a map still lacks
//! (a section's unanswered questions) on a line of its own.

use serde_json::{Value, json};

use super::document::Document;
use super::hover::{pick, question_meta, report_languages};
use super::locate::{entry_on_line, indent, node_at, parent_of_line};
use poa_core::catalogue;
use poa_core::model::Lang;
use poa_core::pointer::Pointer;
use poa_core::shape::{Shape, report_shape};
use poa_core::yaml::NodeValue;

/// LSP completion item kinds.
const KIND_VALUE: u8 = 12;
const KIND_FIELD: u8 = 5;
const KIND_REFERENCE: u8 = 18;

/// The completion items at `(line, character)`.
pub(crate) fn complete(doc: &Document, line: usize, character: usize, lang: Lang) -> Vec<Value> {
    let Some(tree) = doc.tree() else {
        return Vec::new();
    };
    let text = doc.line_at(line);
    let upto: String = text
        .chars()
        .scan(0usize, |units, c| {
            let here = *units;
            *units += c.len_utf16();
            (here < character).then_some(c)
        })
        .collect();
    let langs = report_languages(doc, lang);
    let lines: Vec<&str> = (0..doc.line_count()).map(|l| doc.line_at(l)).collect();
    let trimmed = upto.trim_start();
    // After `key:` on this line: the values that key takes.
    if let Some(colon) = upto
        .find(": ")
        .or_else(|| upto.strip_suffix(':').map(|s| s.len()))
        && !trimmed.starts_with('#')
    {
        let _ = colon;
        if let Some((pointer, _)) = entry_on_line(tree, line + 1) {
            return values_for(&pointer, doc, &langs);
        }
        return Vec::new();
    }
    // `- ` items of a list: the list's item values.
    let own = indent(text.get(..upto.len()).unwrap_or(&upto));
    if trimmed.starts_with("- ") || trimmed == "-" {
        let spaces = upto.len() - trimmed.len();
        if let Some(list) = parent_of_line(tree, &lines, line, spaces + 1) {
            return values_for(&list.child("0"), doc, &langs);
        }
        return Vec::new();
    }
    // A key being typed: the keys the map lacks.
    let Some(parent) = parent_of_line(tree, &lines, line, own) else {
        return Vec::new();
    };
    let Some(Shape::Object { fields, .. }) = parent.shape(report_shape()) else {
        return Vec::new();
    };
    let present: Vec<String> = node_at(tree, &parent)
        .map(|n| match &n.value {
            NodeValue::Map(entries) => entries.iter().map(|e| e.key.clone()).collect(),
            _ => Vec::new(),
        })
        .unwrap_or_default();
    fields
        .iter()
        .filter(|f| !present.contains(&f.key))
        .map(|f| {
            let at = parent.child(f.key.clone());
            let (detail, sort) = match question_meta(&at) {
                Some(meta) => (
                    format!(
                        "{} {}",
                        meta.number,
                        langs
                            .iter()
                            .map(|l| meta.label(*l))
                            .collect::<Vec<_>>()
                            .join(" / ")
                    ),
                    format!("{:0>12}", meta.number),
                ),
                None => (
                    catalogue::field_label(&f.key)
                        .map(|(en, ar)| pick(&langs, en, ar))
                        .unwrap_or_default(),
                    f.key.clone(),
                ),
            };
            let insert = match &f.shape {
                Shape::Object { .. } | Shape::List(_) => format!("{}:\n", f.key),
                _ => format!("{}: ", f.key),
            };
            json!({
                "label": f.key,
                "kind": KIND_FIELD,
                "detail": detail,
                "sortText": sort,
                "insertText": insert,
            })
        })
        .collect()
}

/// The values the place at `pointer` takes: a closed list's codes, or the contacts' ids.
fn values_for(pointer: &Pointer, doc: &Document, langs: &[Lang]) -> Vec<Value> {
    match pointer.shape(report_shape()) {
        Some(Shape::Choice { def, values }) => values
            .iter()
            .map(|code| {
                let words = catalogue::choice_label(def, code)
                    .map(|(en, ar)| pick(langs, en, ar))
                    .unwrap_or_default();
                json!({ "label": code, "kind": KIND_VALUE, "detail": words, "insertText": code })
            })
            .collect(),
        Some(Shape::List(item)) => match item.as_ref() {
            Shape::Choice { .. } => values_for(&pointer.child("0"), doc, langs),
            _ => Vec::new(),
        },
        Some(Shape::Str { def: Some(def), .. }) if def == "ContactId" => contacts(doc)
            .into_iter()
            .map(|(id, name)| {
                json!({ "label": id, "kind": KIND_REFERENCE, "detail": name, "insertText": id })
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// `(id, name)` of every contact in the document.
pub(crate) fn contacts(doc: &Document) -> Vec<(String, String)> {
    let Some(list) = doc
        .tree()
        .and_then(|t| node_at(t, &Pointer::parse("/contacts")))
    else {
        return Vec::new();
    };
    let NodeValue::Seq(items) = &list.value else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            let value = item.to_json();
            Some((
                value.get("id")?.as_str()?.to_owned(),
                value
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned(),
            ))
        })
        .collect()
}
