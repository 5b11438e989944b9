//! Hover: a question's number, label in the report's languages, help and
//! sources; a field's label; a closed list's code with its words.

use serde_json::{Value, json};

use super::document::Document;
use super::locate::{node_at, spot};
use poa_core::catalogue;
use poa_core::model::Lang;
use poa_core::pointer::Pointer;
use poa_core::shape::{Shape, report_shape};
use poa_core::yaml::NodeValue;

/// The hover at byte `offset`, if there is something to say.
pub(crate) fn hover(doc: &Document, offset: usize, lang: Lang) -> Option<Value> {
    let tree = doc.tree()?;
    let spot = spot(tree, offset)?;
    let langs = report_languages(doc, lang);
    let mut parts: Vec<String> = Vec::new();
    // A code of a closed list under the cursor: its words.
    if !spot.on_key
        && let NodeValue::Scalar(Value::String(code)) = &spot.node.value
        && let Some(Shape::Choice { def, .. }) = choice_shape(&spot.pointer)
        && let Some(words) = pick(&langs, |l| catalogue::choice_label(&def, code, l))
    {
        parts.push(format!("`{code}`: {words}"));
    }
    let question = question_meta(&spot.pointer);
    if let Some(meta) = question {
        let sources = if meta.sources.is_empty() {
            String::new()
        } else {
            format!(" [{}]", meta.sources.join(", "))
        };
        let labels: Vec<String> = langs.iter().map(|l| meta.label(*l).to_owned()).collect();
        parts.push(format!(
            "**{}**{sources} {}",
            meta.number,
            labels.join(" / ")
        ));
        let help = meta.help(lang);
        if !help.is_empty() {
            parts.push(help.to_owned());
        }
    } else if let Some(section) = section_of(&spot.pointer) {
        parts.push(format!("**{}**", section.heading(lang)));
    }
    if let Some(key) = spot.pointer.segments().last()
        && let Some(words) = pick(&langs, |l| catalogue::field_label(key, l))
        && spot.pointer.len() > 3
    {
        parts.push(format!("*{words}*"));
    }
    if parts.is_empty() {
        return None;
    }
    Some(json!({
        "contents": { "kind": "markdown", "value": parts.join("\n\n") },
        "range": doc.range(spot.span),
    }))
}

/// The report's languages (`languages:`), or the user's.
pub(crate) fn report_languages(doc: &Document, lang: Lang) -> Vec<Lang> {
    let listed: Vec<Lang> = doc
        .tree()
        .and_then(|t| node_at(t, &Pointer::parse("/languages")))
        .map(|n| n.to_json())
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(Value::as_str)
        .filter_map(poa_core::i18n::available)
        .collect();
    if listed.is_empty() {
        vec![lang]
    } else {
        listed
    }
}

/// Words in the report's languages, joined.
/// Words in each of `langs`, joined (`Marking / الوسم`); `None` if English has none.
pub(crate) fn pick(langs: &[Lang], words: impl Fn(Lang) -> Option<&'static str>) -> Option<String> {
    let each: Vec<&str> = langs.iter().map(|l| words(*l)).collect::<Option<_>>()?;
    Some(each.join(" / "))
}

/// The closed list a value (or a list's item) belongs to.
pub(crate) fn choice_shape(pointer: &Pointer) -> Option<Shape> {
    match pointer.shape(report_shape())? {
        Shape::Choice { .. } => pointer.shape(report_shape()).cloned(),
        _ => None,
    }
}

/// The question a pointer is in (`/sections/marking/at_manufacture/...`).
pub(crate) fn question_meta(pointer: &Pointer) -> Option<&'static catalogue::QuestionMeta> {
    let segments = pointer.segments();
    if segments.first().map(String::as_str) != Some("sections") || segments.len() < 3 {
        return None;
    }
    catalogue::question(&format!("{}.{}", segments[1], segments[2]))
}

fn section_of(pointer: &Pointer) -> Option<&'static catalogue::SectionMeta> {
    let segments = pointer.segments();
    if segments.first().map(String::as_str) != Some("sections") {
        return None;
    }
    catalogue::section(segments.get(1)?)
}
