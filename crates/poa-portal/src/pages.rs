//! The portal's pages: minijinja templates (autoescaped, embedded in the
//! binary) filled with the words of the locale files (`portal-*` keys) and
//! what every page shows: the language, its direction, who is signed in.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use minijinja::{AutoEscape, Environment};
use serde_json::{Value, json};

use poa_core::i18n;
use poa_core::model::Lang;
use poa_store::Session;

const TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../../../templates/portal/base.html"),
    ),
    (
        "login.html",
        include_str!("../../../templates/portal/login.html"),
    ),
    (
        "set_password.html",
        include_str!("../../../templates/portal/set_password.html"),
    ),
    (
        "state.html",
        include_str!("../../../templates/portal/state.html"),
    ),
    (
        "report.html",
        include_str!("../../../templates/portal/report.html"),
    ),
    (
        "receipt.html",
        include_str!("../../../templates/portal/receipt.html"),
    ),
    (
        "secretariat.html",
        include_str!("../../../templates/portal/secretariat.html"),
    ),
    (
        "audit.html",
        include_str!("../../../templates/portal/audit.html"),
    ),
    (
        "changes.html",
        include_str!("../../../templates/portal/changes.html"),
    ),
    (
        "regions.html",
        include_str!("../../../templates/portal/regions.html"),
    ),
    (
        "message.html",
        include_str!("../../../templates/portal/message.html"),
    ),
];

static ENVIRONMENT: LazyLock<Result<Environment<'static>, String>> = LazyLock::new(|| {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    for (name, source) in TEMPLATES {
        env.add_template(name, source)
            .map_err(|e| format!("template {name}: {e}"))?;
    }
    Ok(env)
});

/// The `portal-*` words of `lang`, keyed without the prefix, dashes as
/// underscores (`portal-sign-in` is `words.sign_in`).
fn words(lang: Lang) -> BTreeMap<String, &'static str> {
    i18n::messages(Lang::En)
        .keys()
        .filter_map(|key| {
            let short = key.strip_prefix("portal-")?;
            Some((short.replace('-', "_"), i18n::text(lang, key)))
        })
        .collect()
}

/// A State's name in `lang` (its code when it has none, as fictional ones).
pub(crate) fn state_name(code: &str, lang: Lang) -> String {
    match poa_core::state::lookup(code) {
        // The table names States in English and Arabic; other languages read English.
        Some((en, ar)) => if lang == Lang::Ar { ar } else { en }.to_owned(),
        None => code.to_owned(),
    }
}

/// Renders page `name` with `context` and what every page shows.
pub(crate) fn render(
    name: &str,
    lang: Lang,
    session: Option<&Session>,
    status: StatusCode,
    mut context: Value,
) -> Response {
    let account = session.map(|s| {
        json!({
            "email": s.account.email,
            "role": s.account.role.code(),
            "state": s.account.state,
            "csrf": s.csrf,
        })
    });
    let common = json!({
        "lang": lang.code(),
        "dir": poa_core::i18n::direction(lang),
        "other_langs": poa_core::i18n::switch_to(lang),
        "words": words(lang),
        "account": account,
    });
    if let (Value::Object(context), Value::Object(common)) = (&mut context, common) {
        for (key, value) in common {
            context.entry(key).or_insert(value);
        }
    }
    let html = ENVIRONMENT
        .as_ref()
        .map_err(Clone::clone)
        .and_then(|env| env.get_template(name).map_err(|e| e.to_string()))
        .and_then(|t| t.render(&context).map_err(|e| e.to_string()));
    match html {
        Ok(html) => (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            html,
        )
            .into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response(),
    }
}

/// A page saying one thing (`key`, with `args` filled in).
pub(crate) fn message(
    lang: Lang,
    status: StatusCode,
    key: &str,
    args: &[(&str, String)],
) -> Response {
    let text = i18n::fill(i18n::text(lang, key), args);
    render(
        "message.html",
        lang,
        None,
        status,
        json!({ "message": text }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses_and_every_word_has_arabic() {
        assert!(ENVIRONMENT.is_ok(), "{:?}", ENVIRONMENT.as_ref().err());
        let english = words(Lang::En);
        assert!(english.len() > 40, "{}", english.len());
        for key in english.keys() {
            let full = format!("portal-{}", key.replace('_', "-"));
            assert!(
                i18n::lookup(Lang::Ar, &full).is_some(),
                "{full} has no Arabic"
            );
        }
    }
}
