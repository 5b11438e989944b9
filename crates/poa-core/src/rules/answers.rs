//! Answers as a whole: which questions are still unanswered (the template's
//! own habit: every question gets an answer, `not_applicable` included), and
//! figures given under an answer that says there is nothing to count.

use serde_json::Value;

use super::{Context, Hit, Rule, field};
use crate::finding::Severity;
use crate::pointer::join;

pub(crate) const RULES: &[Rule] = &[
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

fn figures_under_negative_answer(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (q, node) in ctx.layout_questions() {
        let Some(Value::Object(map)) = node else {
            continue;
        };
        let Some(answer) = field(map, "answer").and_then(Value::as_str) else {
            continue;
        };
        if !matches!(answer, "no" | "not_applicable") {
            continue;
        }
        for (field, value) in map {
            if field != "answer" && field != "details" && field != "lessons" && is_filled(value) {
                hits.push(
                    Hit::at(join(&q.pointer, field))
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
    for (q, node) in ctx.layout_questions() {
        let (answer, text) = match node {
            Some(Value::Object(map)) => (field(map, "answer"), field(map, "text")),
            _ => (None, None),
        };
        let answered = match (text, answer) {
            (Some(text), _) => is_filled(text),
            (None, Some(answer)) => !answer.is_null(),
            (None, None) => false,
        };
        if answered || ctx.unknown(&q.id) {
            continue;
        }
        let pointer = match answer {
            Some(_) => format!("{}/answer", q.pointer),
            None => q.pointer.clone(),
        };
        hits.push(Hit::at(pointer).push_arg("label", super::Arg::EachStatic(&q.label)));
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
