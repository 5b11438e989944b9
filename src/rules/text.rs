//! Free text that cannot travel or cannot be trusted: characters XML 1.0 does
//! not allow (control characters other than tab and line breaks) would be
//! lost or refused when the report is sent as XML; invisible bidirectional
//! controls can make a signed text read differently from how it was typed.

use serde_json::Value;

use super::{Context, Hit, Rule};
use crate::finding::Severity;
use crate::render::xml::is_xml_char;
use crate::yaml::pointer_push;

pub const RULES: &[Rule] = &[
    Rule {
        id: "TXT-001",
        severity: Severity::Error,
        sources: &["XML 1.0 §2.2"],
        check: control_characters,
    },
    Rule {
        id: "TXT-002",
        severity: Severity::Warning,
        sources: &["Unicode UAX #9"],
        check: bidi_controls,
    },
];

/// True for the explicit bidirectional embedding, override and isolate controls.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn bidi_controls(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    walk(ctx.document, "", &|c| is_bidi_control(c), &mut hits);
    hits
}

fn control_characters(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    walk(ctx.document, "", &|c| !is_xml_char(c), &mut hits);
    hits
}

/// Every string holding a character `bad` says is bad, once per string.
fn walk(value: &Value, pointer: &str, bad: &dyn Fn(char) -> bool, hits: &mut Vec<Hit>) {
    match value {
        Value::String(s) => {
            if let Some(c) = s.chars().find(|c| bad(*c)) {
                hits.push(Hit::at(pointer).arg("code", format!("{:04X}", c as u32)));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, &pointer_push(pointer, &i.to_string()), bad, hits);
            }
        }
        Value::Object(map) => {
            for (key, child) in map {
                walk(child, &pointer_push(pointer, key), bad, hits);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::rules::testing::{base, fire, set};

    #[test]
    fn txt_001_control_character_in_details() {
        let mut doc = base();
        set(
            &mut doc,
            "/sections/brokering/regulated/details",
            json!("bell \u{7} here"),
        );
        assert_eq!(
            fire("TXT-001", &doc),
            ["/sections/brokering/regulated/details"]
        );
        // Near miss: tabs, line breaks and Arabic are fine.
        set(
            &mut doc,
            "/sections/brokering/regulated/details",
            json!("tab\there\r\nسطر"),
        );
        assert!(fire("TXT-001", &doc).is_empty());
    }

    #[test]
    fn txt_002_bidi_override_in_details() {
        let mut doc = base();
        set(
            &mut doc,
            "/sections/brokering/regulated/details",
            json!({ "en": "abc\u{202E}fed" }),
        );
        assert_eq!(
            fire("TXT-002", &doc),
            ["/sections/brokering/regulated/details/en"]
        );
        // Near miss: right-to-left marks (U+200F) are ordinary in Arabic text.
        set(
            &mut doc,
            "/sections/brokering/regulated/details",
            json!({ "en": "abc\u{200F}def" }),
        );
        assert!(fire("TXT-002", &doc).is_empty());
    }
}
