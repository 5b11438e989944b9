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

    /// The counts in a real finding: each takes its plural form in
    /// Arabic (six forms) and Russian (four), from the locale files.
    #[test]
    fn sdg_001_counts_take_their_plural_forms() {
        use crate::model::Lang;
        let counts = [0, 1, 2, 3, 5, 11, 21, 100];
        let message = |seized: u64, lang: Lang| {
            let mut doc = base();
            set(
                &mut doc,
                "/sections/tracing/seized_and_traced",
                json!({ "answer": "yes", "seized": seized, "traced": seized + 1 }),
            );
            let findings = crate::rules::testing::findings("SDG-001", &doc);
            assert_eq!(findings.len(), 1);
            findings[0].message.get(lang).to_owned()
        };
        let arabic: Vec<String> = counts.iter().map(|n| message(*n, Lang::Ar)).collect();
        let arabic_seized = [
            "ولكن لم يُضبط أي سلاح",
            "ولكن لم يُضبط إلا سلاح واحد",
            "ولكن لم يُضبط إلا سلاحان",
            "ولكن لم يُضبط إلا 3 أسلحة",
            "ولكن لم يُضبط إلا 5 أسلحة",
            "ولكن لم يُضبط إلا 11 سلاحا",
            "ولكن لم يُضبط إلا 21 سلاحا",
            "ولكن لم يُضبط إلا 100 سلاح",
        ];
        for (text, form) in arabic.iter().zip(arabic_seized) {
            assert!(text.ends_with(form), "{text} / {form}");
        }
        // Traced is one more: 1 → one, 2 → two, 3 and 4 → few, 6 → few, 12 and 22 → many, 101 → other.
        assert!(arabic[0].starts_with("جرى تعقب سلاح واحد"), "{}", arabic[0]);
        assert!(arabic[1].starts_with("جرى تعقب سلاحين"), "{}", arabic[1]);
        assert!(arabic[6].starts_with("جرى تعقب 22 سلاحا"), "{}", arabic[6]);
        assert!(arabic[7].starts_with("جرى تعقب 101 سلاح،"), "{}", arabic[7]);
        let russian: Vec<String> = counts.iter().map(|n| message(*n, Lang::Ru)).collect();
        let russian_seized = [
            "изъято лишь 0",
            "изъята лишь 1",
            "изъяты лишь 2",
            "изъяты лишь 3",
            "изъято лишь 5",
            "изъято лишь 11",
            "изъята лишь 21",
            "изъято лишь 100",
        ];
        for (text, form) in russian.iter().zip(russian_seized) {
            assert!(text.ends_with(form), "{text} / {form}");
        }
        assert!(
            russian[0].starts_with("отслежена 1 единица"),
            "{}",
            russian[0]
        );
        assert!(
            russian[1].starts_with("отслежены 2 единицы"),
            "{}",
            russian[1]
        );
        assert!(
            russian[3].starts_with("отслежены 4 единицы"),
            "{}",
            russian[3]
        );
        assert!(
            russian[4].starts_with("отслежено 6 единиц"),
            "{}",
            russian[4]
        );
        assert!(
            russian[6].starts_with("отслежены 22 единицы"),
            "{}",
            russian[6]
        );
    }
}
