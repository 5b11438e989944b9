//! The report as namespaced XML for secretariat ingestion.
//!
//! The element tree follows the model key for key (walked through
//! [`poa_core::shape`]), so nothing here names a question. Questions carry their
//! id and paragraph as attributes; free text is one `<text xml:lang>` per
//! language (or plain character data for a plain string); lists hold `<item>`s.
//! `schemas/poa-report.xsd` describes it and is generated from the same shapes.

use serde_json::Value;

use poa_core::catalogue;
use poa_core::model::Report;
use poa_core::shape::{Shape, report_shape};

/// Our namespace (a URN: no web host needed) and the format version.
pub(crate) const XML_NAMESPACE: &str = "urn:poa-report:xml:1";
pub(crate) const XML_VERSION: &str = "1";

/// Renders `report`; `draft` marks a report rendered despite rule errors.
pub fn render(report: &Report, draft: bool) -> String {
    let value = serde_json::to_value(report).unwrap_or(Value::Null);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<report xmlns=\"{XML_NAMESPACE}\" version=\"{XML_VERSION}\""
    ));
    if draft {
        out.push_str(" status=\"draft\"");
    }
    out.push_str(">\n");
    write_fields(&mut out, report_shape(), &value, 1, &[]);
    out.push_str("</report>\n");
    out
}

fn write_fields(out: &mut String, shape: &Shape, value: &Value, depth: usize, path: &[&str]) {
    for field in shape.fields() {
        let Some(child) = value.get(&field.key) else {
            continue;
        };
        let mut child_path = path.to_vec();
        child_path.push(&field.key);
        write_element(
            out,
            &field.key,
            &field.shape,
            child,
            depth,
            &child_path,
            field.required,
        );
    }
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Array(items) => items.is_empty(),
        Value::Object(map) => map.values().all(is_empty),
        _ => false,
    }
}

fn write_element(
    out: &mut String,
    name: &str,
    shape: &Shape,
    value: &Value,
    depth: usize,
    path: &[&str],
    required: bool,
) {
    if is_empty(value) && !required {
        return;
    }
    let pad = "  ".repeat(depth);
    let attributes = question_attributes(path);
    match (shape, value) {
        (Shape::Object { .. }, Value::Object(_)) => {
            out.push_str(&format!("{pad}<{name}{attributes}>\n"));
            write_fields(out, shape, value, depth + 1, path);
            out.push_str(&format!("{pad}</{name}>\n"));
        }
        (Shape::List(item), Value::Array(items)) => {
            out.push_str(&format!("{pad}<{name}>\n"));
            for entry in items {
                write_element(out, "item", item, entry, depth + 1, &[], true);
            }
            out.push_str(&format!("{pad}</{name}>\n"));
        }
        (Shape::Text | Shape::Localized, Value::Object(map)) => {
            out.push_str(&format!("{pad}<{name}>\n"));
            for (lang, text) in map {
                if let Some(text) = text.as_str() {
                    out.push_str(&format!(
                        "{pad}  <text xml:lang=\"{}\">{}</text>\n",
                        escape(lang),
                        escape(text)
                    ));
                }
            }
            out.push_str(&format!("{pad}</{name}>\n"));
        }
        (_, Value::String(text)) => {
            out.push_str(&format!("{pad}<{name}>{}</{name}>\n", escape(text)))
        }
        (_, Value::Number(n)) => out.push_str(&format!("{pad}<{name}>{n}</{name}>\n")),
        (_, Value::Bool(b)) => out.push_str(&format!("{pad}<{name}>{b}</{name}>\n")),
        _ => {}
    }
}

/// `id` and `paragraph` for a question element (`/sections/<section>/<question>`).
fn question_attributes(path: &[&str]) -> String {
    match path {
        ["sections", section, question] => catalogue::question(&format!("{section}.{question}"))
            .map(|meta| {
                format!(
                    " id=\"{}\" paragraph=\"{}\"",
                    escape(meta.id),
                    escape(&meta.source_text())
                )
            })
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// Escapes text for element content and attribute values. Carriage returns
/// and tabs become character references so XML end-of-line and attribute
/// normalisation cannot change them; markup characters are escaped, so
/// `]]>` and `<script>` stay text.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

pub use poa_core::model::text::is_xml_char;
