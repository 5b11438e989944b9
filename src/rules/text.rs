//! Free text that cannot travel: characters XML 1.0 does not allow (control
//! characters other than tab and line breaks) would be lost or refused when
//! the report is sent to the secretariat as XML, so they are caught here.

use serde_json::Value;

use super::{Context, Hit, Rule};
use crate::finding::Severity;
use crate::render::xml::is_xml_char;
use crate::yaml::pointer_push;

pub const RULES: &[Rule] = &[Rule {
    id: "TXT-001",
    severity: Severity::Error,
    sources: &["XML 1.0 §2.2"],
    summary: [
        "text holds a control character that XML 1.0 does not allow",
        "النص يحتوي على حرف تحكم لا يسمح به معيار XML 1.0",
    ],
    message: [
        "text holds the control character U+{code}, which cannot be sent as XML; remove it",
        "يحتوي النص على حرف التحكم U+{code} الذي لا يمكن إرساله بصيغة XML؛ احذفه",
    ],
    check: control_characters,
}];

fn control_characters(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    walk(ctx.document, "", &mut hits);
    hits
}

fn walk(value: &Value, pointer: &str, hits: &mut Vec<Hit>) {
    match value {
        Value::String(s) => {
            if let Some(c) = s.chars().find(|c| !is_xml_char(*c)) {
                hits.push(Hit::at(pointer).arg("code", format!("{:04X}", c as u32)));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, &pointer_push(pointer, &i.to_string()), hits);
            }
        }
        Value::Object(map) => {
            for (key, child) in map {
                walk(child, &pointer_push(pointer, key), hits);
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
}
