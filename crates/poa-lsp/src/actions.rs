//! Code actions: a finding's "did you mean" as a quick fix (a misspelt
//! answer, code, key, contact id or State code), and the skeleton of an
//! unanswered question that is missing from its section.

use serde_json::{Value, json};

use super::document::Document;
use super::locate::node_at;
use poa_core::catalogue;
use poa_core::model::Lang;
use poa_core::pointer::Pointer;
use poa_core::yaml::NodeValue;

/// The code actions for the diagnostics the client sends back.
pub(crate) fn actions(doc: &Document, params: &Value, lang: Lang) -> Vec<Value> {
    let diagnostics = params
        .pointer("/context/diagnostics")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut out = Vec::new();
    // Clients that do not send `data` back get it from the current findings.
    let mut current: Option<Vec<Value>> = None;
    for diagnostic in diagnostics
        .iter()
        .filter(|d| d.get("source").and_then(Value::as_str) == Some("poa-report"))
    {
        let mut diagnostic = diagnostic.clone();
        if diagnostic.get("data").is_none_or(Value::is_null) {
            let found =
                current.get_or_insert_with(|| super::diagnostics::diagnostics(doc, lang, None));
            if let Some(same) = found
                .iter()
                .find(|d| d["code"] == diagnostic["code"] && d["range"] == diagnostic["range"])
            {
                diagnostic["data"] = same["data"].clone();
            }
        }
        let diagnostic = &diagnostic;
        if let Some(hint) = diagnostic.pointer("/data/hint").and_then(Value::as_str) {
            out.push(json!({
                "title": format!("{} `{hint}`", poa_core::i18n::text(lang, "lsp-change-to")),
                "kind": "quickfix",
                "isPreferred": true,
                "diagnostics": [diagnostic],
                "edit": { "changes": { doc.uri.clone(): [
                    { "range": diagnostic["range"], "newText": hint }
                ] } },
            }));
        }
        if diagnostic.get("code").and_then(Value::as_str) == Some("ANS-001")
            && let Some(pointer) = diagnostic.pointer("/data/pointer").and_then(Value::as_str)
            && let Some(edit) = insert_question(doc, &Pointer::parse(pointer))
        {
            let number = catalogue::item_at(pointer).map(|i| i.number).unwrap_or("");
            out.push(json!({
                "title": format!("{} {number}", poa_core::i18n::text(lang, "lsp-insert-question")),
                "kind": "quickfix",
                "diagnostics": [diagnostic],
                "edit": { "changes": { doc.uri.clone(): [edit] } },
            }));
        }
    }
    out
}

/// The text edit adding question `pointer` (`/sections/S/Q`), missing from
/// its section, after the section's last question, indented like them.
fn insert_question(doc: &Document, pointer: &Pointer) -> Option<Value> {
    let tree = doc.tree()?;
    if node_at(tree, pointer).is_some() || pointer.len() != 3 {
        return None;
    }
    let section = node_at(tree, &pointer.parent())?;
    let NodeValue::Map(entries) = &section.value else {
        return None;
    };
    let first = entries.first()?;
    let indent = " ".repeat(first.key_span.start.column.saturating_sub(1));
    let end = section.span.end.offset.min(doc.text.len());
    let line_start = doc.text[..end].rfind('\n').map_or(0, |n| n + 1);
    let at = if doc.text[line_start..end].trim().is_empty() {
        line_start
    } else {
        doc.text[end..]
            .find('\n')
            .map_or(doc.text.len(), |n| end + n + 1)
    };
    let key = pointer.segments().last()?;
    let newline = if at == doc.text.len() && !doc.text.ends_with('\n') {
        "\n"
    } else {
        ""
    };
    Some(json!({
        "range": doc.range_of_bytes(at, at),
        "newText": format!("{newline}{indent}{key}:\n{indent}  answer: \n"),
    }))
}
