//! Points of contact (PoA II.5, ITI 25, ITI 36): references resolve, the
//! PoA contact is named, the ITI contact is named when ITI areas are
//! answered, and every named point of contact can be reached.

use std::collections::HashMap;

use serde_json::Value;

use super::{Arg, Context, Hit, Rule};
use crate::finding::Severity;
use crate::yaml::Target;

pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "POC-001",
        severity: Severity::Error,
        sources: &["PoA II.5", "ITI 25"],
        check: unresolved_or_duplicate,
    },
    Rule {
        id: "POC-002",
        severity: Severity::Error,
        sources: &["PoA II.5"],
        check: poa_missing,
    },
    Rule {
        id: "POC-003",
        severity: Severity::Error,
        sources: &["ITI 25", "ITI 36"],
        check: iti_missing,
    },
    Rule {
        id: "POC-004",
        severity: Severity::Error,
        sources: &["PoA II.5", "ITI 25"],
        check: unreachable,
    },
];

/// Every place a contact id is referred to: (pointer, id).
fn references(ctx: &Context) -> Vec<(String, String)> {
    let mut refs = Vec::new();
    if let Some(Value::Object(pocs)) = ctx.document.get("points_of_contact") {
        for (key, value) in pocs {
            if let Some(id) = value.as_str() {
                refs.push((format!("/points_of_contact/{key}"), id.to_owned()));
            }
        }
    }
    // Any `contact` field inside a question (regional point of contact, ...).
    refs.extend(ctx.typed().contacts.iter().cloned());
    refs
}

fn unresolved_or_duplicate(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, contact) in ctx.front.contacts.iter().enumerate() {
        let id = contact.id.0.as_str();
        if let Some(first) = seen.insert(id, i) {
            seen.insert(id, first);
            hits.push(Hit::at(format!("/contacts/{i}/id")).arg_phrase(
                "problem",
                "phrase-contact-duplicate",
                vec![
                    ("id", Arg::Same(id.to_owned())),
                    ("first", Arg::Same((first + 1).to_string())),
                ],
            ));
        }
    }
    for (pointer, id) in references(ctx) {
        if !seen.contains_key(id.as_str()) {
            let known: Vec<String> = seen.keys().map(|k| k.to_string()).collect();
            let hint = crate::schema::suggestion(&id, &known);
            let hint = match hint {
                Some(hint) => Arg::Phrase {
                    key: "schema-did-you-mean",
                    args: vec![("hint", Arg::Same(hint))],
                },
                None => Arg::Static(""),
            };
            hits.push(Hit::at(pointer).arg_phrase(
                "problem",
                "phrase-contact-unknown",
                vec![("id", Arg::Same(id)), ("hint", hint)],
            ));
        }
    }
    hits
}

fn poa_missing(ctx: &Context) -> Vec<Hit> {
    if ctx.front.points_of_contact.poa.is_some() {
        return Vec::new();
    }
    vec![Hit::at("/points_of_contact/poa")]
}

const ITI_SECTIONS: [&str; 3] = ["marking", "record_keeping", "tracing"];

fn iti_missing(ctx: &Context) -> Vec<Hit> {
    if ctx.front.points_of_contact.iti.is_some() {
        return Vec::new();
    }
    let first_answered = ITI_SECTIONS.iter().find_map(|section| {
        ctx.answers_in(section)
            .into_iter()
            .next()
            .map(|(q, _)| format!("{section}.{q}"))
    });
    match first_answered {
        Some(question) => vec![Hit::at("/points_of_contact/iti").arg("question", question)],
        None => Vec::new(),
    }
}

fn unreachable(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut blamed = Vec::new();
    for (role, id) in ctx.front.points_of_contact.named() {
        let Some(i) = ctx.front.contacts.iter().position(|c| &c.id == id) else {
            continue;
        };
        if !ctx.front.contacts[i].is_reachable() && !blamed.contains(&i) {
            blamed.push(i);
            let role = match role {
                "poa" => "phrase-role-poa",
                "iti" => "phrase-role-iti",
                _ => "phrase-role-firearms_protocol",
            };
            let mut hit = Hit::at(format!("/contacts/{i}/id"))
                .arg("id", &id.0)
                .arg_phrase("role", role, Vec::new());
            hit.target = Target::Value;
            hits.push(hit);
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::rules::testing::{base, fire, set};

    #[test]
    fn poc_001_unknown_reference_and_duplicate_id() {
        let mut doc = base();
        set(&mut doc, "/points_of_contact/iti", json!("polise"));
        set(
            &mut doc,
            "/sections/regional_and_global/regional_point_of_contact/contact",
            json!("nobody"),
        );
        assert_eq!(
            fire("POC-001", &doc),
            [
                "/points_of_contact/iti",
                "/sections/regional_and_global/regional_point_of_contact/contact"
            ]
        );
        let mut dup = base();
        set(
            &mut dup,
            "/contacts/1",
            json!({ "id": "poc", "name": "Again" }),
        );
        assert_eq!(fire("POC-001", &dup), ["/contacts/1/id"]);
    }

    #[test]
    fn poc_001_near_miss_all_references_resolve() {
        let mut doc = base();
        set(&mut doc, "/points_of_contact/iti", json!("poc"));
        set(
            &mut doc,
            "/sections/regional_and_global/regional_point_of_contact/contact",
            json!("poc"),
        );
        assert!(fire("POC-001", &doc).is_empty());
    }

    #[test]
    fn poc_002_poa_missing_and_near_miss() {
        let mut doc = base();
        set(&mut doc, "/points_of_contact/poa", json!(null));
        assert_eq!(fire("POC-002", &doc), ["/points_of_contact/poa"]);
        assert!(fire("POC-002", &base()).is_empty());
    }

    #[test]
    fn poc_003_iti_needed_only_when_iti_areas_answered() {
        let mut doc = base();
        set(
            &mut doc,
            "/sections/tracing/procedures/answer",
            json!("yes"),
        );
        assert_eq!(fire("POC-003", &doc), ["/points_of_contact/iti"]);
        // Near miss: an answer elsewhere does not need the ITI contact.
        let mut other = base();
        set(
            &mut other,
            "/sections/brokering/regulated/answer",
            json!("yes"),
        );
        assert!(fire("POC-003", &other).is_empty());
        set(&mut doc, "/points_of_contact/iti", json!("poc"));
        assert!(fire("POC-003", &doc).is_empty());
    }

    #[test]
    fn poc_004_point_of_contact_without_email_or_phone() {
        let mut doc = base();
        set(
            &mut doc,
            "/contacts/0",
            json!({ "id": "poc", "name": "Desk", "phone": " " }),
        );
        assert_eq!(fire("POC-004", &doc), ["/contacts/0/id"]);
        set(
            &mut doc,
            "/contacts/0",
            json!({ "id": "poc", "name": "Desk", "phone": "+1 555 0100" }),
        );
        assert!(fire("POC-004", &doc).is_empty());
    }
}
