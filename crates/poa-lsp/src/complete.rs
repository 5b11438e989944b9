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
use poa_core::yaml::{self, NodeValue};

/// LSP completion item kinds.
const KIND_VALUE: u8 = 12;
const KIND_FIELD: u8 = 5;
const KIND_REFERENCE: u8 = 18;

/// The completion items at `(line, character)`.
pub(crate) fn complete(doc: &Document, line: usize, character: usize, lang: Lang) -> Vec<Value> {
    let text = doc.line_at(line);
    let upto: String = text
        .chars()
        .scan(0usize, |units, c| {
            let here = *units;
            *units += c.len_utf16();
            (here < character).then_some(c)
        })
        .collect();
    // The line being typed often breaks the file (`    at_man`): read the
    // file without its words then.
    let reparsed;
    let tree = match doc.tree() {
        Some(tree) => tree,
        None => {
            let start = doc.offset(line, 0);
            let end = start + text.len();
            let mut blanked = doc.text.clone();
            let indent = text.len() - text.trim_start_matches(' ').len();
            blanked.replace_range(start..end, &" ".repeat(indent));
            reparsed = yaml::parse(&blanked, yaml::Limits::default()).ok();
            match reparsed.as_ref().or(doc.last_good_tree()) {
                Some(tree) => tree,
                None => return Vec::new(),
            }
        }
    };
    let langs = report_languages(doc, lang);
    let lines: Vec<&str> = (0..doc.line_count()).map(|l| doc.line_at(l)).collect();
    let trimmed = upto.trim_start();
    let units = |s: &str| s.encode_utf16().count();
    let replace = |from: &str| Replace {
        line,
        from: units(from),
        to: units(&upto),
    };
    if trimmed.starts_with('#') {
        return Vec::new();
    }
    // After `key:` on this line: the values that key takes.
    if let Some(colon) = upto
        .find(": ")
        .map(|i| i + 2)
        .or_else(|| upto.ends_with(':').then_some(upto.len()))
    {
        let Some((pointer, _)) = entry_on_line(tree, line + 1) else {
            return Vec::new();
        };
        // Right after the colon, the value needs its space.
        let space = if colon == upto.len() && upto.ends_with(':') {
            " "
        } else {
            ""
        };
        return values_for(&pointer, doc, &langs, &replace(&upto[..colon]), space);
    }
    // `- ` items of a list: the list's item values.
    let spaces = upto.len() - trimmed.len();
    if trimmed.starts_with("- ") || trimmed == "-" {
        let Some(list) = parent_of_line(tree, &lines, line, spaces + 1) else {
            return Vec::new();
        };
        let space = if trimmed == "-" { " " } else { "" };
        let at = (spaces + 2).min(upto.len());
        return values_for(&list.child("0"), doc, &langs, &replace(&upto[..at]), space);
    }
    // A key being typed: the keys the map lacks.
    let own = indent(&upto);
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
    let edit = replace(&upto[..own.min(upto.len())]);
    fields
        .iter()
        .enumerate()
        .filter(|(_, f)| !present.contains(&f.key))
        .map(|(i, f)| {
            let at = parent.child(f.key.clone());
            let detail = match question_meta(&at) {
                Some(meta) => format!(
                    "{} {}",
                    meta.number,
                    langs
                        .iter()
                        .map(|l| meta.label(*l))
                        .collect::<Vec<_>>()
                        .join(" / ")
                ),
                None => pick(&langs, |l| catalogue::field_label(&f.key, l)).unwrap_or_default(),
            };
            // A map or a list goes on the lines below its key: the cursor waits there.
            let snippet = match &f.shape {
                Shape::Object { .. } => format!("{}:\n  $0", f.key),
                Shape::List(_) => format!("{}:\n  - $0", f.key),
                _ => format!("{}: $0", f.key),
            };
            json!({
                "label": f.key,
                "kind": KIND_FIELD,
                "detail": detail,
                "sortText": format!("{i:04}"),
                "filterText": f.key,
                "insertTextFormat": 2,
                "textEdit": edit.to(&snippet),
            })
        })
        .collect()
}

/// The words a completion replaces: from the start of the value (or key) to the cursor.
struct Replace {
    line: usize,
    /// UTF-16 columns.
    from: usize,
    to: usize,
}

impl Replace {
    fn to(&self, new_text: &str) -> Value {
        json!({
            "range": {
                "start": { "line": self.line, "character": self.from },
                "end": { "line": self.line, "character": self.to },
            },
            "newText": new_text,
        })
    }
}

/// The values the place at `pointer` takes: a closed list's codes, or the
/// contacts' ids (not where a contact's own id is written).
fn values_for(
    pointer: &Pointer,
    doc: &Document,
    langs: &[Lang],
    edit: &Replace,
    space: &str,
) -> Vec<Value> {
    let item = |label: &str, kind: u8, detail: String| {
        json!({
            "label": label,
            "kind": kind,
            "detail": detail,
            "filterText": label,
            "textEdit": edit.to(&format!("{space}{label}")),
        })
    };
    match pointer.shape(report_shape()) {
        Some(Shape::Choice { def, values }) => values
            .iter()
            .map(|code| {
                let words =
                    pick(langs, |l| catalogue::choice_label(def, code, l)).unwrap_or_default();
                item(code, KIND_VALUE, words)
            })
            .collect(),
        Some(Shape::List(inner)) => match inner.as_ref() {
            Shape::Choice { .. } => values_for(&pointer.child("0"), doc, langs, edit, space),
            _ => Vec::new(),
        },
        Some(Shape::Str { def: Some(def), .. })
            if def == "ContactId"
                && pointer.segments().first().map(String::as_str) != Some("contacts") =>
        {
            contacts(doc)
                .into_iter()
                .map(|(id, name)| item(&id, KIND_REFERENCE, name))
                .collect()
        }
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
