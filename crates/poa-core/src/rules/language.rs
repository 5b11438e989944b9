//! Languages (RevCon2 outcome, PoA plan, para 2(k); GA res. 77/71, para 24: reports in the UN's languages; the bilingual
//! document needs every declared language): each piece of free text has
//! every language the report declares.

use serde_json::Value;

use super::{Arg, Context, Hit, Rule};
use crate::finding::Severity;
use crate::model::Lang;
use crate::path::pointer_of;

pub(crate) const RULES: &[Rule] = &[Rule {
    id: "LANG-001",
    severity: Severity::Warning,
    sources: &[
        "RevCon2 outcome, PoA plan, para 2(k)",
        "GA res. 77/71, para 24",
    ],
    check: missing_language,
}];

/// Languages as the messages name them: codes in English (`en, ar`, as
/// written in `languages:`), names in other languages (الإنكليزية، العربية).
fn languages(langs: impl Iterator<Item = Lang>) -> Arg {
    let langs: Vec<Lang> = langs.collect();
    let names = |lang: Lang| {
        langs
            .iter()
            .map(|l| crate::i18n::text(lang, &format!("lang-{}", l.code())))
            .collect::<Vec<_>>()
            .join(crate::i18n::text(lang, "phrase-list-separator"))
    };
    Arg::each(|lang| {
        if lang == Lang::En {
            langs
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            names(lang)
        }
    })
}

fn missing_language(ctx: &Context) -> Vec<Hit> {
    let declared = &ctx.front.languages;
    let first = ctx.front.first_language();
    let declared_text = languages(declared.iter().copied());
    let mut hits = Vec::new();
    for (path, value) in ctx.typed().free_text.iter() {
        let has = |lang: Lang| match value {
            Value::String(s) => lang == first || s.trim().is_empty(),
            Value::Object(map) => map
                .get(lang.code())
                .and_then(Value::as_str)
                .is_some_and(|s| !s.trim().is_empty()),
            _ => true,
        };
        let blank = match value {
            Value::String(s) => s.trim().is_empty(),
            Value::Object(map) => map
                .values()
                .all(|v| v.as_str().is_none_or(|s| s.trim().is_empty())),
            _ => true,
        };
        if blank {
            continue;
        }
        let missing: Vec<Lang> = declared.iter().copied().filter(|l| !has(*l)).collect();
        if !missing.is_empty() {
            hits.push(
                Hit::at(pointer_of(path))
                    .push_arg("missing", languages(missing.into_iter()))
                    .push_arg("declared", declared_text.clone()),
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
    fn lang_001_text_missing_a_declared_language() {
        let mut doc = base();
        set(&mut doc, "/languages", json!(["en", "ar"]));
        set(
            &mut doc,
            "/state/name",
            json!({ "en": "Aurelia", "ar": "أوريليا" }),
        );
        set(
            &mut doc,
            "/sections/marking/at_manufacture/details",
            json!("English only"),
        );
        set(
            &mut doc,
            "/sections/brokering/regulated/details",
            json!({ "ar": "بالعربية فقط" }),
        );
        assert_eq!(
            fire("LANG-001", &doc),
            [
                "/sections/marking/at_manufacture/details",
                "/sections/brokering/regulated/details"
            ]
        );
    }

    #[test]
    fn lang_001_near_miss_every_language_present() {
        let mut doc = base();
        set(&mut doc, "/languages", json!(["en", "ar"]));
        set(
            &mut doc,
            "/state/name",
            json!({ "en": "Aurelia", "ar": "أوريليا" }),
        );
        set(
            &mut doc,
            "/sections/marking/at_manufacture/details",
            json!({ "en": "Stamped", "ar": "مختومة" }),
        );
        assert!(fire("LANG-001", &doc).is_empty());
        // A single-language report never lacks a language in plain text.
        let mut single = base();
        set(
            &mut single,
            "/sections/marking/at_manufacture/details",
            json!("Stamped"),
        );
        assert!(fire("LANG-001", &single).is_empty());
    }
}
