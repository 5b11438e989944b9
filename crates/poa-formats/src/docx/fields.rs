//! What the writer puts in each field and what the reader compares with:
//! one set of functions, so the two agree by construction. Also the copy of
//! the report the document carries ([`Payload`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::document::view::{
    Bi, ContactView, DocLangs, DocView, FieldView, QuestionView, TextView,
};
use poa_core::model::Lang;

/// The properties that carry the payload are named `poa-report-0000`, … in order.
pub(crate) const PROPERTY_PREFIX: &str = "poa-report-";
/// Characters of the payload per property (Word keeps 255 at most).
pub(crate) const PROPERTY_CHUNK: usize = 240;
/// Every field's bookmark starts with this.
pub(crate) const BOOKMARK_PREFIX: &str = "poa_";

/// What the document carries about itself.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Payload {
    /// 1: this layout.
    pub format: u32,
    /// The languages shown: `en`, `fr+ar`.
    pub langs: String,
    /// The report as rendered (its JSON value).
    pub report: Value,
    /// Field `n`'s JSON pointer is `fields[n]`.
    pub fields: Vec<String>,
    /// A hash of every paragraph written outside the fields, to tell edits there.
    pub outside: Vec<String>,
    /// The fingerprint of each field's words as written, by bookmark: a
    /// field is edited when its words differ from these (not from what this
    /// version of the program would write).
    #[serde(default)]
    pub written: BTreeMap<String, String>,
}

/// The languages a document shows, in order.
pub(crate) fn langs_of(langs: DocLangs) -> Vec<Lang> {
    langs.list()
}

pub(crate) fn langs_code(langs: DocLangs) -> String {
    langs.code()
}

pub(crate) fn langs_from_code(code: &str) -> Option<DocLangs> {
    DocLangs::parse(code).ok()
}

/// The string of a pair in `lang`.
pub(crate) fn bi(pair: &Bi, lang: Lang) -> &str {
    pair.get(lang)
}

/// The words of a question's answer (or "Not answered").
pub(crate) fn answer_text(question: &QuestionView, lang: Lang) -> &str {
    bi(&question.answer, lang)
}

/// A value's words.
pub(crate) fn value_text(field: &FieldView, lang: Lang) -> &str {
    bi(&field.value, lang)
}

/// A text in `lang`, or the text it falls back to where there is no translation.
pub(crate) fn text_text(text: &TextView, lang: Lang) -> &str {
    text.text.get(lang)
}

/// Whether `lang`'s side of a text shows a fallback, not a translation.
pub(crate) fn text_missing(text: &TextView, lang: Lang) -> bool {
    text.missing(lang)
}

/// Field `(path, lang, words)` in the order the writer lays them out.
pub(crate) fn shown(view: &DocView) -> Vec<(String, Lang, String)> {
    let mut out = Vec::new();
    for &lang in &langs_of(view.langs) {
        for contact in &view.contacts {
            for (key, words) in contact_details(contact) {
                out.push((format!("{}/{key}", contact.path), lang, words.to_owned()));
            }
            for text in [&contact.address, &contact.organisation, &contact.title]
                .into_iter()
                .flatten()
            {
                out.push((text.path.clone(), lang, text_text(text, lang).to_owned()));
            }
        }
    }
    for section in &view.sections {
        for question in &section.questions {
            for &lang in &langs_of(view.langs) {
                if let Some(path) = &question.answer_path {
                    out.push((path.clone(), lang, answer_text(question, lang).to_owned()));
                }
            }
            for field in &question.fields {
                for &lang in &langs_of(view.langs) {
                    out.push((field.path.clone(), lang, value_text(field, lang).to_owned()));
                }
            }
            for &lang in &langs_of(view.langs) {
                for text in &question.texts {
                    out.push((text.path.clone(), lang, text_text(text, lang).to_owned()));
                }
                if let Some(path) = &question.empty_details_path {
                    out.push((path.clone(), lang, add_details(view, lang)));
                }
            }
        }
    }
    out
}

/// The words of the field offered for details a question has none of yet.
pub(crate) fn add_details(view: &DocView, lang: Lang) -> String {
    view.words
        .get("docx_add_details")
        .map(|w| bi(w, lang).to_owned())
        .unwrap_or_default()
}

/// A contact's details shown as fields, in order: those it has.
pub(crate) fn contact_details(contact: &ContactView) -> Vec<(&'static str, &str)> {
    [
        ("salutation", contact.salutation.as_str()),
        ("name", contact.name.as_str()),
        ("email", contact.email.as_str()),
        ("phone", contact.phone.as_str()),
    ]
    .into_iter()
    .filter(|(_, words)| !words.is_empty())
    .collect()
}

/// The name of field `index`'s bookmark in `lang`.
pub(crate) fn bookmark(index: usize, lang: Lang) -> String {
    format!("{BOOKMARK_PREFIX}{index}_{}", lang.code())
}

/// Field index and language from a bookmark's name.
pub(crate) fn parse_bookmark(name: &str) -> Option<(usize, Lang)> {
    let rest = name.strip_prefix(BOOKMARK_PREFIX)?;
    let (index, code) = rest.split_once('_')?;
    let lang = Lang::ALL.into_iter().find(|l| l.code() == code)?;
    Some((index.parse().ok()?, lang))
}

/// Field words as compared: line ends unified, direction marks (the
/// writer's isolates, or a word processor's), characters XML cannot hold
/// (the writer drops them) and outer spaces dropped.
pub(crate) fn normalise(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\u{a0}', " ")
        .chars()
        .filter(|c| {
            super::xml::xml_allows(*c)
                && !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The fingerprint of a paragraph's words (see [`poa_core::fingerprint`]).
pub(crate) fn paragraph_hash(text: &str) -> String {
    poa_core::fingerprint::fingerprint(&normalise(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bookmark_names_round_trip_and_stay_short() {
        let name = bookmark(1234, Lang::Ar);
        assert_eq!(name, "poa_1234_ar");
        assert!(name.len() <= 40, "Word's limit");
        assert_eq!(parse_bookmark(&name), Some((1234, Lang::Ar)));
        assert_eq!(parse_bookmark("poa_x_en"), None);
        assert_eq!(parse_bookmark("_GoBack"), None);
    }

    #[test]
    fn paragraph_hashes_ignore_outer_space_only() {
        assert_eq!(paragraph_hash(" Marking "), paragraph_hash("Marking"));
        assert_ne!(paragraph_hash("Marking"), paragraph_hash("Marking."));
    }
}
