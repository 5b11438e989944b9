//! The reporting State: its code is an ISO 3166-1 alpha-3 code, or one of
//! the user-assigned codes kept for fictional States (samples, training).

use super::{Arg, Context, Hit, Rule};
use crate::finding::Severity;
use crate::state::{is_fictional, lookup};

pub(crate) const RULES: &[Rule] = &[Rule {
    id: "STATE-001",
    severity: Severity::Error,
    sources: &["ISO 3166-1"],
    check: unknown_code,
}];

fn unknown_code(ctx: &Context) -> Vec<Hit> {
    let code = ctx.front.state.iso3.as_str();
    if lookup(code).is_some() || is_fictional(code) {
        return Vec::new();
    }
    let hint = crate::state::closest(code)
        .and_then(|(c, _)| lookup(c).map(|names| (c, names)))
        .map_or(Arg::Static(""), |(c, (en, ar))| Arg::Phrase {
            key: "phrase-state-hint",
            args: vec![
                ("code", Arg::Same(c.to_owned())),
                (
                    "name",
                    Arg::each(|lang| {
                        // The table names States in English and Arabic; other
                        // languages read the English name.
                        if lang == crate::model::Lang::Ar {
                            ar
                        } else {
                            en
                        }
                        .to_owned()
                    }),
                ),
            ],
        });
    vec![
        Hit::at("/state/iso3")
            .arg("code", code)
            .push_arg("hint", hint),
    ]
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::rules::testing::{base, fire, set};

    #[test]
    fn state_001_unknown_code_real_and_fictional_pass() {
        let mut doc = base();
        set(&mut doc, "/state/iso3", json!("NZE"));
        assert_eq!(fire("STATE-001", &doc), ["/state/iso3"]);
        for ok in ["NZL", "EGY", "XAB", "QMZ", "AAA", "ZZZ"] {
            set(&mut doc, "/state/iso3", json!(ok));
            assert!(fire("STATE-001", &doc).is_empty(), "{ok}");
        }
    }
}
