//! Free text that cannot travel or cannot be trusted: characters XML 1.0 does
//! not allow (control characters other than tab and line breaks) would be
//! lost or refused when the report is sent as XML; invisible bidirectional
//! controls can make a signed text read differently from how it was typed.

use super::{Context, Hit, Rule};
use crate::finding::Severity;

pub(crate) const RULES: &[Rule] = &[
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
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn bidi_controls(ctx: &Context) -> Vec<Hit> {
    hits(&ctx.strings().bidi)
}

fn control_characters(ctx: &Context) -> Vec<Hit> {
    hits(&ctx.strings().control)
}

/// A finding per string, naming the first bad character.
fn hits(found: &[(String, char)]) -> Vec<Hit> {
    found
        .iter()
        .map(|(pointer, c)| Hit::at(pointer.clone()).arg("code", format!("{:04X}", *c as u32)))
        .collect()
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
