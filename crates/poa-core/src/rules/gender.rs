//! Disaggregated data (RevCon4 elements, para 5 B.2(c); UNTOC COP res. 9/2, para 23): the split counts of any
//! disaggregated question add up to no more than the total they split.

use serde_json::Value;

use super::{Context, Hit, Rule};
use crate::finding::Severity;
use crate::path::pointer_of;
use crate::pointer::join;

pub(crate) const RULES: &[Rule] = &[Rule {
    id: "GEN-001",
    severity: Severity::Error,
    sources: &[
        "RevCon4 elements, para 5 B.2(c)",
        "UNTOC COP res. 9/2, para 23",
    ],
    check: splits_exceed_total,
}];

fn sum(value: Option<&Value>) -> Option<u64> {
    match value? {
        Value::Object(map) => Some(
            map.values()
                .filter_map(Value::as_u64)
                .fold(0u64, u64::saturating_add),
        ),
        Value::Number(n) => n.as_u64(),
        _ => None,
    }
}

fn splits_exceed_total(ctx: &Context) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (path, value) in ctx.typed().disaggregated.iter() {
        let Some(total) = value.get("total").and_then(Value::as_u64) else {
            continue;
        };
        for (field, phrase) in [
            ("by_sex", "phrase-split-by_sex"),
            ("by_age", "phrase-split-by_age"),
            ("with_disability", "phrase-split-with_disability"),
        ] {
            if let Some(split) = sum(value.get(field))
                && split > total
            {
                hits.push(
                    Hit::at(join(&pointer_of(path), field))
                        .arg_phrase("split", phrase, Vec::new())
                        .arg("sum", split)
                        .arg("total", total),
                );
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::rules::testing::{base, fire, set};

    #[test]
    fn gen_001_split_exceeds_total() {
        let mut doc = base();
        set(
            &mut doc,
            "/sections/gender_and_disaggregated_data/victims",
            json!({
                "answer": "yes", "total": 10,
                "by_sex": { "female": 4, "male": 7 },
                "by_age": { "under_18": 2, "from_18_to_29": 8 },
                "with_disability": 11
            }),
        );
        assert_eq!(
            fire("GEN-001", &doc),
            [
                "/sections/gender_and_disaggregated_data/victims/by_sex",
                "/sections/gender_and_disaggregated_data/victims/with_disability"
            ]
        );
        // Near miss: parts that add up exactly to the total.
        set(
            &mut doc,
            "/sections/gender_and_disaggregated_data/victims/by_sex",
            json!({ "female": 3, "male": 7 }),
        );
        set(
            &mut doc,
            "/sections/gender_and_disaggregated_data/victims/with_disability",
            json!(10),
        );
        assert!(fire("GEN-001", &doc).is_empty());
    }
}
