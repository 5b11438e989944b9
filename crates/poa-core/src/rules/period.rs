//! The reporting period (RevCon2 outcome, schedule of meetings, para 9; GA res. 77/71, para 24): reports are biennial and
//! go to the meeting of their cycle, so the period covers at most the two
//! years since the last cycle and ends before the meeting year and before
//! the report is submitted.

use super::{Arg, Context, Hit, Rule};
use crate::finding::Severity;

pub(crate) const RULES: &[Rule] = &[Rule {
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
        hits.push(Hit::at("/period/to").arg_phrase(
            "problem",
            "phrase-period-reversed",
            vec![("to", same(&to.0)), ("from", same(&from.0))],
        ));
    }
    if to.year().is_some_and(|y| y >= cycle) {
        hits.push(Hit::at("/period/to").arg_phrase(
            "problem",
            "phrase-period-ends-late",
            vec![("to", same(&to.0)), ("cycle", same(cycle))],
        ));
    }
    if from.year().is_some_and(|y| y < cycle - 2) {
        hits.push(Hit::at("/period/from").arg_phrase(
            "problem",
            "phrase-period-starts-early",
            vec![
                ("from", same(&from.0)),
                ("first", same(cycle - 2)),
                ("last", same(cycle - 1)),
            ],
        ));
    }
    if let Some(submitted) = &report.submitted
        && submitted <= to
    {
        hits.push(Hit::at("/submitted").arg_phrase(
            "problem",
            "phrase-period-submitted-early",
            vec![("submitted", same(&submitted.0)), ("to", same(&to.0))],
        ));
    }
    hits
}

fn same(value: impl ToString) -> Arg {
    Arg::Same(value.to_string())
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
