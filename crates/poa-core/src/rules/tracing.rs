//! Tracing counts (ITI 14–23; SDG 16.4.2): answers cannot exceed requests,
//! timely answers cannot exceed answers, traced weapons cannot exceed seized.

use super::{Context, Hit, Rule, question_pointer};
use crate::finding::Severity;

const REQUESTS: &str = "tracing.requests";
const SEIZED: &str = "tracing.seized_and_traced";

pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "TRC-001",
        severity: Severity::Error,
        sources: &["ITI 14–23"],
        check: more_answered_than_received,
    },
    Rule {
        id: "SDG-001",
        severity: Severity::Error,
        sources: &["SDG 16.4.2", "UNTOC COP res. 9/2, para 8"],
        check: more_traced_than_seized,
    },
];

fn more_answered_than_received(ctx: &Context) -> Vec<Hit> {
    // (field, field it may not exceed, and the phrases naming them)
    let pairs = [
        (
            "answered",
            "received",
            "phrase-tracing-answered",
            "phrase-tracing-received",
        ),
        (
            "answered_in_time",
            "answered",
            "phrase-tracing-answered_in_time",
            "phrase-tracing-answered",
        ),
    ];
    pairs
        .iter()
        .filter_map(|(part, whole, part_words, whole_words)| {
            let count = ctx.count(REQUESTS, part)?;
            let limit = ctx.count(REQUESTS, whole)?;
            (count > limit).then(|| {
                Hit::at(format!("{}/{part}", question_pointer(REQUESTS)))
                    .arg_phrase("part", part_words, Vec::new())
                    .arg_phrase("whole", whole_words, Vec::new())
                    .arg("count", count)
                    .arg("limit", limit)
            })
        })
        .collect()
}

fn more_traced_than_seized(ctx: &Context) -> Vec<Hit> {
    match (ctx.count(SEIZED, "traced"), ctx.count(SEIZED, "seized")) {
        (Some(traced), Some(seized)) if traced > seized => vec![
            Hit::at(format!("{}/traced", question_pointer(SEIZED)))
                .arg("traced", traced)
                .arg("seized", seized),
        ],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::rules::testing::{base, fire, set};

    #[test]
    fn trc_001_more_answers_than_requests() {
        let mut doc = base();
        set(
            &mut doc,
            "/sections/tracing/requests",
            json!({ "answer": "yes", "received": 4, "answered": 5, "answered_in_time": 6 }),
        );
        assert_eq!(
            fire("TRC-001", &doc),
            [
                "/sections/tracing/requests/answered",
                "/sections/tracing/requests/answered_in_time"
            ]
        );
        set(
            &mut doc,
            "/sections/tracing/requests",
            json!({ "answer": "yes", "received": 5, "answered": 5, "answered_in_time": 5 }),
        );
        assert!(fire("TRC-001", &doc).is_empty());
    }

    #[test]
    fn sdg_001_more_traced_than_seized() {
        let mut doc = base();
        set(
            &mut doc,
            "/sections/tracing/seized_and_traced",
            json!({ "answer": "yes", "seized": 10, "traced": 11 }),
        );
        assert_eq!(
            fire("SDG-001", &doc),
            ["/sections/tracing/seized_and_traced/traced"]
        );
        set(
            &mut doc,
            "/sections/tracing/seized_and_traced/traced",
            json!(10),
        );
        assert!(fire("SDG-001", &doc).is_empty());
    }
}
