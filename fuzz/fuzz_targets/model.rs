//! Structurally valid reports from fuzz bytes: the Aurelia sample with its
//! answers and free text replaced by what the bytes say, so renderers and
//! `diff` see every shape of the model with arbitrary content.

use poa_core::load::LoadOptions;
use poa_core::model::Report;
use serde_json::Value;

const SAMPLE: &str = include_str!("../../samples/xaa-aurelia-2026.yaml");
const ANSWERS: [&str; 5] = ["yes", "no", "partially", "not_applicable", "unknown"];

/// A report whose answers and texts come from `data`, if it is still a report.
pub fn report_from(data: &[u8]) -> Option<Report> {
    let base =
        poa_core::validate::validate_text("sample.yaml", SAMPLE, &LoadOptions::default()).report?;
    let mut value = serde_json::to_value(base).ok()?;
    let mut bytes = data.iter().copied();
    let mut texts = data
        .split(|b| *b == 0xFF)
        .map(|s| String::from_utf8_lossy(s).into_owned());
    rewrite(&mut value, &mut bytes, &mut texts, "");
    serde_json::from_value(value).ok()
}

fn rewrite(
    value: &mut Value,
    bytes: &mut impl Iterator<Item = u8>,
    texts: &mut impl Iterator<Item = String>,
    key: &str,
) {
    match value {
        Value::String(s) if key == "answer" => {
            if let Some(b) = bytes.next() {
                *s = ANSWERS[usize::from(b) % ANSWERS.len()].to_owned();
            }
        }
        Value::String(s)
            if matches!(
                key,
                "en" | "ar" | "details" | "description" | "text" | "name"
            ) =>
        {
            if let Some(t) = texts.next().filter(|t| !t.trim().is_empty()) {
                *s = t;
            }
        }
        Value::Number(_) if key != "cycle" => {
            if let Some(b) = bytes.next() {
                *value = Value::from(u64::from(b) * 1000);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rewrite(v, bytes, texts, key)),
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                rewrite(v, bytes, texts, k);
            }
        }
        _ => {}
    }
}
