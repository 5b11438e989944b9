//! Cooperation and assistance (PoA III; GA res. 77/71, para 18): a need for assistance
//! should concern an area the State does not already report as fully
//! implemented, since needs are matched with offers of assistance.

use serde::Deserialize;
use serde_json::Value;

use super::{Context, Hit, Rule, field};
use crate::catalogue;
use crate::finding::Severity;
use crate::model::Answer;
use crate::model::vocab::AssistanceArea;

pub(crate) const RULES: &[Rule] = &[Rule {
    id: "COOP-001",
    severity: Severity::Warning,
    sources: &["PoA III.6", "GA res. 77/71, para 18"],
    check: need_in_implemented_area,
}];

fn need_in_implemented_area(ctx: &Context) -> Vec<Hit> {
    let needs = ctx
        .question("international_cooperation.assistance_needed")
        .and_then(Value::as_object)
        .and_then(|question| field(question, "needs"))
        .and_then(Value::as_array);
    let mut hits = Vec::new();
    for (i, need) in needs.into_iter().flatten().enumerate() {
        let Some(area) = need
            .as_object()
            .and_then(|need| field(need, "area"))
            .and_then(|area| AssistanceArea::deserialize(area).ok())
        else {
            continue;
        };
        let Some(section) = area.section() else {
            continue;
        };
        let answers = ctx.answers_in(section);
        if !ctx.any_unknown_in(section)
            && !answers.is_empty()
            && answers.iter().all(|(_, a)| *a == Answer::Yes)
        {
            let meta = catalogue::section(section);
            hits.push(
                Hit::at(format!(
                    "/sections/international_cooperation/assistance_needed/needs/{i}/area"
                ))
                .arg_each("area", |lang| {
                    catalogue::choice_text("AssistanceArea", area.code(), lang)
                })
                .arg_each("section", |lang| {
                    meta.map_or(section, |m| m.label(lang)).to_owned()
                }),
            );
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::rules::testing::{base, fire, set};

    #[test]
    fn coop_001_need_in_fully_implemented_area() {
        let mut doc = base();
        set(
            &mut doc,
            "/sections/tracing/procedures/answer",
            json!("yes"),
        );
        set(&mut doc, "/sections/tracing/obstacles/answer", json!("yes"));
        set(
            &mut doc,
            "/sections/international_cooperation/assistance_needed",
            json!({
                "answer": "yes",
                "needs": [
                    { "area": "marking", "priority": "high", "description": "Marking machines" },
                    { "area": "tracing", "priority": "low", "description": "Training" }
                ]
            }),
        );
        assert_eq!(
            fire("COOP-001", &doc),
            ["/sections/international_cooperation/assistance_needed/needs/1/area"]
        );
        // Near miss: one answer short of full implementation.
        set(
            &mut doc,
            "/sections/tracing/obstacles/answer",
            json!("partially"),
        );
        assert!(fire("COOP-001", &doc).is_empty());
    }
}
