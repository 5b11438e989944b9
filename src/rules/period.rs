//! The reporting period (RevCon2 outcome, schedule of meetings, para 9; GA res. 77/71, para 24): reports are biennial and
//! go to the meeting of their cycle, so the period covers at most the two
//! years since the last cycle and ends before the meeting year and before
//! the report is submitted.

use super::{Context, Hit, Rule};
use crate::finding::Severity;

pub const RULES: &[Rule] = &[Rule {
    id: "PER-001",
    severity: Severity::Error,
    sources: &[
        "RevCon2 outcome, schedule of meetings, para 9",
        "GA res. 77/71, para 24",
    ],
    check: period_out_of_cycle,
}];

fn period_out_of_cycle(ctx: &Context) -> Vec<Hit> {
    let report = ctx.front;
    let (from, to) = (&report.period.from, &report.period.to);
    let cycle = i32::from(report.cycle);
    let mut hits = Vec::new();
    if from > to {
        hits.push(Hit::at("/period/to").arg_each(
            "problem",
            format!("the period ends ({}) before it starts ({})", to.0, from.0),
            format!("تنتهي الفترة ({}) قبل أن تبدأ ({})", to.0, from.0),
        ));
    }
    if to.year().is_some_and(|y| y >= cycle) {
        hits.push(Hit::at("/period/to").arg_each(
            "problem",
            format!(
                "the period ends {} but must end before the meeting year {cycle}",
                to.0
            ),
            format!(
                "تنتهي الفترة في {} ولكن يجب أن تنتهي قبل سنة الاجتماع {cycle}",
                to.0
            ),
        ));
    }
    if from.year().is_some_and(|y| y < cycle - 2) {
        hits.push(Hit::at("/period/from").arg_each(
            "problem",
            format!("the period starts {} but may cover only {} and {} (the two years since the last cycle)", from.0, cycle - 2, cycle - 1),
            format!("تبدأ الفترة في {} ولكن لا يجوز أن تشمل إلا سنتي {} و{} (السنتين المنقضيتين منذ الدورة السابقة)", from.0, cycle - 2, cycle - 1),
        ));
    }
    if let Some(submitted) = &report.submitted
        && submitted <= to
    {
        hits.push(Hit::at("/submitted").arg_each(
            "problem",
            format!("submitted {} but the period runs to {}", submitted.0, to.0),
            format!(
                "قُدّم التقرير في {} ولكن الفترة تمتد حتى {}",
                submitted.0, to.0
            ),
        ));
    }
    hits
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::rules::testing::{base, fire, set};

    #[test]
    fn per_001_each_way_a_period_goes_wrong() {
        let mut doc = base();
        set(
            &mut doc,
            "/period",
            json!({ "from": "2023-01-01", "to": "2026-01-31" }),
        );
        set(&mut doc, "/submitted", json!("2026-01-15"));
        assert_eq!(
            fire("PER-001", &doc),
            ["/period/to", "/period/from", "/submitted"]
        );
        let mut reversed = base();
        set(
            &mut reversed,
            "/period",
            json!({ "from": "2025-06-01", "to": "2024-06-01" }),
        );
        assert_eq!(fire("PER-001", &reversed), ["/period/to"]);
    }

    #[test]
    fn per_001_near_miss_full_two_years_submitted_next_day() {
        let mut doc = base();
        set(&mut doc, "/submitted", json!("2026-01-01"));
        assert!(fire("PER-001", &doc).is_empty());
    }
}
