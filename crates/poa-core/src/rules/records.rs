//! Record keeping (ITI 12): retention periods meet the minimum the ITI sets.

use super::{Context, Hit, Rule, question_pointer};
use crate::finding::Severity;

/// (question, minimum years, the phrase saying what the records are) from ITI 12.
const MINIMUMS: [(&str, u64, &str); 2] = [
    (
        "record_keeping.manufacture_retention",
        30,
        "phrase-records-manufacture",
    ),
    ("record_keeping.other_retention", 20, "phrase-records-other"),
];

pub(crate) const RULES: &[Rule] = &[Rule {
    id: "REC-001",
    severity: Severity::Warning,
    sources: &["ITI 12"],
    check: short_retention,
}];

fn short_retention(ctx: &Context) -> Vec<Hit> {
    MINIMUMS
        .iter()
        .filter_map(|(id, minimum, what)| {
            let years = ctx.count(id, "years")?;
            (years < *minimum).then(|| {
                Hit::at(format!("{}/years", question_pointer(id)))
                    .arg_phrase("what", what, Vec::new())
                    .arg("years", years)
                    .arg("minimum", minimum)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::rules::testing::{base, fire, set};

    #[test]
    fn rec_001_short_retention_and_exact_minimum() {
        let mut doc = base();
        set(
            &mut doc,
            "/sections/record_keeping/manufacture_retention/years",
            json!(29),
        );
        set(
            &mut doc,
            "/sections/record_keeping/other_retention/years",
            json!(10),
        );
        assert_eq!(
            fire("REC-001", &doc),
            [
                "/sections/record_keeping/manufacture_retention/years",
                "/sections/record_keeping/other_retention/years"
            ]
        );
        set(
            &mut doc,
            "/sections/record_keeping/manufacture_retention/years",
            json!(30),
        );
        set(
            &mut doc,
            "/sections/record_keeping/other_retention/years",
            json!(20),
        );
        assert!(fire("REC-001", &doc).is_empty());
    }
}
