//! Answers as a whole: which questions are still unanswered (the template's
//! own habit: every question gets an answer, `not_applicable` included), and
//! figures given under an answer that says there is nothing to count.

use serde_json::Value;

use super::{Context, Hit, Rule, question_pointer};
use crate::finding::Severity;
use crate::model::{Lang, Sections};
use crate::yaml::pointer_push;

pub const RULES: &[Rule] = &[
    Rule {
        id: "CNT-001",
        severity: Severity::Warning,
        sources: &["RevCon2 outcome, PoA plan, para 2(k)"],
        check: figures_under_negative_answer,
    },
    Rule {
        id: "ANS-001",
        severity: Severity::Info,
        sources: &["RevCon2 outcome, PoA plan, para 2(k)"],
        check: unanswered,
    },
];

fn is_filled(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Array(items) => !items.is_empty(),
        Value::Object(map) => map.values().any(is_filled),
        Value::Number(n) => n.as_f64().is_some_and(|n| n != 0.0),
        Value::String(s) => !s.trim().is_empty(),
        Value::Bool(_) => true,
    }
}

/// Every question of the layout with its node as written (if any): one map
/// lookup per question, and no id built until a rule fires.
fn questions<'a>(
    ctx: &Context<'a>,
) -> impl Iterator<Item = (&'static str, &'static str, Option<&'a Value>)> {
    let sections = ctx.document.get("sections");
    Sections::LAYOUT
        .iter()
        .flat_map(move |(section, questions)| {
            let written = sections.and_then(|s| s.get(*section));
            questions
                .iter()
                .map(move |question| (*section, *question, written.and_then(|s| s.get(*question))))
        })
}

fn figures_under_negative_answer(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (section, question, node) in questions(ctx) {
        let Some(Value::Object(map)) = node else {
            continue;
        };
        let Some(answer) = map.get("answer").and_then(Value::as_str) else {
            continue;
        };
        if !matches!(answer, "no" | "not_applicable") {
            continue;
        }
        for (field, value) in map {
            if field != "answer" && field != "details" && field != "lessons" && is_filled(value) {
                let id = format!("{section}.{question}");
                hits.push(
                    Hit::at(pointer_push(&question_pointer(&id), field))
                        .arg("answer", answer)
                        .arg("field", field),
                );
            }
        }
    }
    hits
}

fn unanswered(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (section, question, node) in questions(ctx) {
        let answered = match node {
            Some(Value::Object(map)) if map.contains_key("text") => {
                map.get("text").is_some_and(is_filled)
            }
            Some(Value::Object(map)) => map.get("answer").is_some_and(|a| !a.is_null()),
            _ => false,
        };
        if answered {
            continue;
        }
        let id = format!("{section}.{question}");
        if ctx.unknown(&id) {
            continue;
        }
        let (en, ar) = crate::catalogue::question(&id).map_or((id.as_str(), id.as_str()), |m| {
            (m.label(Lang::En), m.label(Lang::Ar))
        });
        let pointer = match node {
            Some(Value::Object(map)) if map.contains_key("answer") => {
                format!("{}/answer", question_pointer(&id))
            }
            _ => question_pointer(&id),
        };
        hits.push(
            Hit::at(pointer)
                .arg("label", format!("{id} — {en}"))
                .arg("label_ar", format!("{id} — {ar}")),
        );
    }
    hits
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::model::Sections;
    use crate::rules::testing::{base, fire, set};

    #[test]
    fn cnt_001_counts_under_no() {
        let mut doc = base();
        set(
            &mut doc,
            "/sections/surplus_and_destruction/surplus_destroyed",
            json!({ "answer": "no", "weapons": 120, "methods": [] }),
        );
        assert_eq!(
            fire("CNT-001", &doc),
            ["/sections/surplus_and_destruction/surplus_destroyed/weapons"]
        );
        // Near miss: zero and empty lists are consistent with "no".
        set(
            &mut doc,
            "/sections/surplus_and_destruction/surplus_destroyed/weapons",
            json!(0),
        );
        assert!(fire("CNT-001", &doc).is_empty());
    }

    #[test]
    fn ans_001_every_unanswered_question_once() {
        let total: usize = Sections::LAYOUT.iter().map(|(_, q)| q.len()).sum();
        let mut doc = base();
        assert_eq!(fire("ANS-001", &doc).len(), total);
        set(
            &mut doc,
            "/sections/marking/at_manufacture/answer",
            json!("not_applicable"),
        );
        set(
            &mut doc,
            "/sections/additional_information/executive_summary/text",
            json!("Summary"),
        );
        let hits = fire("ANS-001", &doc);
        assert_eq!(hits.len(), total - 2);
        assert!(
            !hits
                .iter()
                .any(|p| p.contains("at_manufacture") || p.contains("executive_summary"))
        );
    }
}
