//! The outline (sections and questions with their numbers) and go to
//! definition (from a contact's id where it is named to the contact).

use serde_json::{Value, json};

use super::document::Document;
use super::locate::{node_at, spot};
use poa_core::catalogue;
use poa_core::model::Lang;
use poa_core::pointer::Pointer;
use poa_core::shape::{Shape, report_shape};
use poa_core::yaml::{Entry, NodeValue, Span};

/// LSP symbol kinds.
const KIND_MODULE: u8 = 2;
const KIND_FIELD: u8 = 8;
const KIND_OBJECT: u8 = 19;

fn whole(entry: &Entry) -> Span {
    Span {
        start: entry.key_span.start,
        end: entry.value.span.end.max(entry.key_span.end),
    }
}

/// `documentSymbol`: the top-level keys, and under `sections` each section
/// and its questions, named with the template's numbers.
pub(crate) fn symbols(doc: &Document, lang: Lang) -> Vec<Value> {
    let Some(tree) = doc.tree() else {
        return Vec::new();
    };
    let NodeValue::Map(entries) = &tree.value else {
        return Vec::new();
    };
    entries
        .iter()
        .map(|entry| {
            let mut symbol = json!({
                "name": named(&entry.key),
                "kind": if matches!(entry.value.value, NodeValue::Scalar(_)) { KIND_FIELD } else { KIND_OBJECT },
                "range": doc.range(whole(entry)),
                "selectionRange": doc.range(entry.key_span),
            });
            if entry.key == "sections"
                && let NodeValue::Map(sections) = &entry.value.value
            {
                symbol["children"] = sections
                    .iter()
                    .map(|section| section_symbol(doc, section, lang))
                    .collect();
            }
            symbol
        })
        .collect()
}

/// A symbol's name: never empty (VS Code refuses the whole outline then).
fn named(key: &str) -> String {
    if key.trim().is_empty() {
        "\"\"".to_owned()
    } else {
        key.to_owned()
    }
}

fn section_symbol(doc: &Document, section: &Entry, lang: Lang) -> Value {
    let name =
        catalogue::section(&section.key).map_or_else(|| named(&section.key), |s| s.heading(lang));
    let questions: Vec<Value> = match &section.value.value {
        NodeValue::Map(questions) => questions
            .iter()
            .map(|q| {
                let meta = catalogue::question(&format!("{}.{}", section.key, q.key));
                json!({
                    "name": meta.map_or_else(|| named(&q.key), |m| format!("{} {}", m.number, q.key)),
                    "detail": meta.map(|m| m.label(lang)).unwrap_or(""),
                    "kind": KIND_FIELD,
                    "range": doc.range(whole(q)),
                    "selectionRange": doc.range(q.key_span),
                })
            })
            .collect(),
        _ => Vec::new(),
    };
    json!({
        "name": name,
        "detail": section.key,
        "kind": KIND_MODULE,
        "range": doc.range(whole(section)),
        "selectionRange": doc.range(section.key_span),
        "children": questions,
    })
}

/// `definition`: on a contact id where a contact is named, the contact's `id:`.
pub(crate) fn definition(doc: &Document, offset: usize) -> Option<Value> {
    let tree = doc.tree()?;
    let spot = spot(tree, offset)?;
    if spot.on_key {
        return None;
    }
    let Some(Shape::Str { def: Some(def), .. }) = spot.pointer.shape(report_shape()) else {
        return None;
    };
    if def != "ContactId" {
        return None;
    }
    let Value::String(id) = spot.node.to_json() else {
        return None;
    };
    let NodeValue::Seq(contacts) = &node_at(tree, &Pointer::parse("/contacts"))?.value else {
        return None;
    };
    contacts.iter().find_map(|contact| {
        let NodeValue::Map(fields) = &contact.value else {
            return None;
        };
        let entry = fields.iter().find(|e| e.key == "id")?;
        (entry.value.to_json() == Value::String(id.clone()))
            .then(|| json!({ "uri": doc.uri, "range": doc.range(entry.value.span) }))
    })
}
