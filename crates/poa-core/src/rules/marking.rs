//! Marking (PoA II.7–8, ITI 8): marking answers agree with what the State
//! says about its manufacture and its import controls.

use super::{Context, Hit, Rule, question_pointer};
use crate::finding::Severity;
use crate::model::Answer;

const AT_MANUFACTURE: &str = "marking.at_manufacture";
const DOMESTIC: &str = "manufacture.domestic_manufacture";
const ON_IMPORT: &str = "marking.on_import";
const IMPORT_CONTROLS: &str = "transfers.import_controls";

pub(crate) const RULES: &[Rule] = &[
    Rule {
        id: "MARK-001",
        severity: Severity::Error,
        sources: &["ITI 8(a)", "PoA II.7"],
        check: marking_without_manufacture,
    },
    Rule {
        id: "MARK-002",
        severity: Severity::Warning,
        sources: &["ITI 8(a)"],
        check: manufacture_without_marking,
    },
    Rule {
        id: "MARK-003",
        severity: Severity::Warning,
        sources: &["ITI 8(b)"],
        check: import_marking_without_controls,
    },
];

fn answer_pointer(id: &str) -> String {
    format!("{}/answer", question_pointer(id))
}

fn marking_without_manufacture(ctx: &Context) -> Vec<Hit> {
    match (ctx.answer(AT_MANUFACTURE), ctx.answer(DOMESTIC)) {
        (Some(a), Some(Answer::No)) if a.is_affirmative() => {
            vec![Hit::at(answer_pointer(AT_MANUFACTURE)).arg("answer", a.code())]
        }
        _ => Vec::new(),
    }
}

fn manufacture_without_marking(ctx: &Context) -> Vec<Hit> {
    if ctx.answer(DOMESTIC) != Some(Answer::Yes) || ctx.unknown(AT_MANUFACTURE) {
        return Vec::new();
    }
    match ctx.answer(AT_MANUFACTURE) {
        Some(Answer::No) => {
            vec![Hit::at(answer_pointer(AT_MANUFACTURE)).arg_phrase(
                "state",
                "phrase-marking-no",
                Vec::new(),
            )]
        }
        None => vec![Hit::at(answer_pointer(AT_MANUFACTURE)).arg_phrase(
            "state",
            "phrase-marking-unanswered",
            Vec::new(),
        )],
        Some(_) => Vec::new(),
    }
}

fn import_marking_without_controls(ctx: &Context) -> Vec<Hit> {
    if ctx.answer(ON_IMPORT) == Some(Answer::Yes) && ctx.answer(IMPORT_CONTROLS) == Some(Answer::No)
    {
        return vec![Hit::at(answer_pointer(ON_IMPORT))];
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::rules::testing::{base, fire, set};

    #[test]
    fn mark_001_marking_without_manufacture() {
        let mut doc = base();
        set(
            &mut doc,
            "/sections/manufacture/domestic_manufacture/answer",
            json!("no"),
        );
        set(
            &mut doc,
            "/sections/marking/at_manufacture/answer",
            json!("partially"),
        );
        assert_eq!(
            fire("MARK-001", &doc),
            ["/sections/marking/at_manufacture/answer"]
        );
        // Near miss: "not applicable" is the right answer without manufacture.
        set(
            &mut doc,
            "/sections/marking/at_manufacture/answer",
            json!("not_applicable"),
        );
        assert!(fire("MARK-001", &doc).is_empty());
    }

    #[test]
    fn mark_002_manufacture_without_marking() {
        let mut doc = base();
        set(
            &mut doc,
            "/sections/manufacture/domestic_manufacture/answer",
            json!("yes"),
        );
        assert_eq!(
            fire("MARK-002", &doc),
            ["/sections/marking/at_manufacture/answer"]
        );
        set(
            &mut doc,
            "/sections/marking/at_manufacture/answer",
            json!("no"),
        );
        assert_eq!(fire("MARK-002", &doc).len(), 1);
        set(
            &mut doc,
            "/sections/marking/at_manufacture/answer",
            json!("yes"),
        );
        assert!(fire("MARK-002", &doc).is_empty());
    }

    #[test]
    fn mark_003_import_marking_without_import_controls() {
        let mut doc = base();
        set(&mut doc, "/sections/marking/on_import/answer", json!("yes"));
        set(
            &mut doc,
            "/sections/transfers/import_controls/answer",
            json!("no"),
        );
        assert_eq!(
            fire("MARK-003", &doc),
            ["/sections/marking/on_import/answer"]
        );
        set(
            &mut doc,
            "/sections/transfers/import_controls/answer",
            json!("partially"),
        );
        assert!(fire("MARK-003", &doc).is_empty());
    }
}
