//! The reporting State: its code is an ISO 3166-1 alpha-3 code, or one of
//! the user-assigned codes kept for fictional States (samples, training).

use super::{Context, Hit, Rule};
use crate::finding::Severity;
use crate::state::{is_fictional, lookup};

pub const RULES: &[Rule] = &[Rule {
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
    let closest = crate::state::closest(code);
    let hint_en = closest
        .map(|(c, name)| format!(" (did you mean `{c}`, {name}?)"))
        .unwrap_or_default();
    let hint_ar = closest
        .and_then(|(c, _)| lookup(c).map(|(_, ar)| format!(" (هل تقصد `{c}`، {ar}؟)")))
        .unwrap_or_default();
    vec![
        Hit::at("/state/iso3")
            .arg("code", code)
            .arg_each("hint", hint_en, hint_ar),
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
