//! The words people read, from per-language Fluent files in `locales/`.
//!
//! Question labels and help, section names, vocabulary labels, field labels,
//! rule messages and the words of the documents and workbooks live in
//! `locales/<lang>.ftl`, keyed by ids, so translators work on them with the
//! tools they know (Fluent is read by Pontoon, Weblate and Crowdin) without
//! reading Rust. The files are embedded in the binary and parsed once.
//!
//! Keys: `section-<key>`, `q-<section>-<question>` (attribute `.help`),
//! `field-<key>`, `<vocabulary>-<code>` (`answer-yes`, `agency-police`),
//! `doc-<word>`, `rule-<ID>` (attribute `.summary`). A dot in an id becomes
//! `-`, since Fluent identifiers have no dots. Placeables `{ $name }` become
//! the `{name}` slots that [`crate::finding::fill`] fills.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::model::Lang;

/// The languages that have a resource file, with its text.
pub const RESOURCES: &[(Lang, &str)] = &[
    (Lang::En, include_str!("../locales/en.ftl")),
    (Lang::Ar, include_str!("../locales/ar.ftl")),
];

/// One language's messages: key (with `.attribute` appended) → text.
pub type Messages = HashMap<String, String>;

static CATALOGUES: LazyLock<Vec<(Lang, Messages)>> = LazyLock::new(|| {
    RESOURCES
        .iter()
        .map(|(lang, text)| (*lang, parse(text).unwrap_or_else(|e| panic!("{e}"))))
        .collect()
});

/// Parses a Fluent resource into flat messages. Errors name the line.
pub fn parse(source: &str) -> Result<Messages, String> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        let first = &errors[0];
        let line = source[..first.pos.start.min(source.len())]
            .matches('\n')
            .count()
            + 1;
        format!("locale file, line {line}: {:?}", first.kind)
    })?;
    let mut out = Messages::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        if let Some(value) = &message.value {
            out.insert(id.to_owned(), flatten(value));
        }
        for attribute in &message.attributes {
            out.insert(
                format!("{id}.{}", attribute.id.name),
                flatten(&attribute.value),
            );
        }
    }
    Ok(out)
}

fn flatten(pattern: &Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    out.push('{');
                    out.push_str(id.name);
                    out.push('}');
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    out.push_str(value)
                }
                _ => {}
            },
        }
    }
    out
}

/// The messages of `lang` (English for a language with no file yet).
pub fn messages(lang: Lang) -> &'static Messages {
    let catalogues: &'static [(Lang, Messages)] = &CATALOGUES;
    catalogues
        .iter()
        .find(|(l, _)| *l == lang)
        .or_else(|| catalogues.first())
        .map(|(_, m)| m)
        .unwrap_or_else(|| unreachable!("the English resource is embedded"))
}

/// The text of `key` in `lang`, if that language has it.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    messages(lang).get(key).map(String::as_str)
}

/// The text of `key` in `lang`, falling back to English, then to the key itself.
pub fn text(lang: Lang, key: &str) -> &'static str {
    lookup(lang, key)
        .or_else(|| lookup(Lang::En, key))
        .unwrap_or_else(|| missing(key))
}

/// A key no resource has (the tests keep this from happening): shown as
/// itself, which beats an empty label; kept once per key.
fn missing(key: &str) -> &'static str {
    static MISSING: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let mut seen = MISSING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(known) = seen.iter().find(|k| **k == key) {
        return known;
    }
    let leaked: &'static str = Box::leak(key.to_owned().into_boxed_str());
    seen.push(leaked);
    leaked
}

/// English and Arabic of `key`, if English has it.
pub fn pair(key: &str) -> Option<(&'static str, &'static str)> {
    let en = lookup(Lang::En, key)?;
    Some((en, lookup(Lang::Ar, key).unwrap_or(en)))
}

/// The key of an id: dots become dashes (`marking.on_import` → `marking-on_import`).
pub fn key(prefix: &str, id: &str) -> String {
    format!("{prefix}-{}", id.replace('.', "-"))
}
