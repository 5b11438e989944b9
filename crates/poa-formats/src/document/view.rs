//! What a signed document shows, prepared once for the HTML and PDF renderers.
//!
//! [`DocView`] is a plain, serialisable description of the document in the
//! languages asked for: the cover, the contacts, each section with its
//! questions (labels from the catalogue, answers, typed fields, free text by
//! language with a visible marker where a translation is missing) and, for a
//! draft, the findings. The HTML template and the typst template both read
//! it; neither knows the model.

use serde::Serialize;
use serde_json::Value;

use crate::xlsx::layout::{RowKind, rows};
use poa_core::catalogue::{self, answer_label};
use poa_core::finding::{Finding, Severity};
use poa_core::model::{Lang, Report};
use poa_core::pointer::value_at;
use poa_core::shape::Shape;

/// Which languages a document shows: one, or two side by side (`fr+ar`).
/// Any language with a locale file may stand in either place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocLangs {
    pub first: Lang,
    pub second: Option<Lang>,
}

impl DocLangs {
    /// English and Arabic side by side: what a document shows unless asked.
    pub const DEFAULT: DocLangs = DocLangs {
        first: Lang::En,
        second: Some(Lang::Ar),
    };

    pub const fn one(lang: Lang) -> Self {
        DocLangs {
            first: lang,
            second: None,
        }
    }

    /// Two languages side by side (one, if both are the same).
    pub const fn pair(first: Lang, second: Lang) -> Self {
        DocLangs {
            first,
            second: if second as u8 == first as u8 {
                None
            } else {
                Some(second)
            },
        }
    }

    /// `fr`, `fr+ar` (or `fr ar`, as a URL's `+` arrives): each a language
    /// with a locale file. The error names the languages there are.
    pub fn parse(text: &str) -> Result<Self, String> {
        let codes: Vec<&str> = text
            .split(['+', ' ', ','])
            .filter(|c| !c.is_empty())
            .collect();
        let lang = |code: &str| {
            poa_core::i18n::available(code).ok_or_else(|| {
                format!(
                    "{}; pair two with `+`, as in `fr+ar`",
                    poa_core::i18n::unknown_language(code)
                )
            })
        };
        match codes.as_slice() {
            [one] => Ok(DocLangs::one(lang(one)?)),
            [a, b] => Ok(DocLangs::pair(lang(a)?, lang(b)?)),
            _ => Err(format!(
                "`{text}`: name one language or two joined by `+` (`en`, `fr+ar`)"
            )),
        }
    }

    /// `fr` or `fr+ar`.
    pub fn code(&self) -> String {
        match self.second {
            Some(second) => format!("{}+{}", self.first.code(), second.code()),
            None => self.first.code().to_owned(),
        }
    }

    /// The documents a page offers for a report in `declared` languages:
    /// each of them the program speaks alone, then the first two side by
    /// side (a report in one language pairs it with English; English and
    /// Arabic when it declares none the program speaks).
    pub fn choices(declared: &[Lang]) -> Vec<DocLangs> {
        let mut singles: Vec<Lang> = Vec::new();
        for lang in declared {
            if poa_core::i18n::is_available(*lang) && !singles.contains(lang) {
                singles.push(*lang);
            }
        }
        let pair = match singles.as_slice() {
            [] => DocLangs::DEFAULT,
            [only] if *only == Lang::En => DocLangs::DEFAULT,
            [only] => DocLangs::pair(*only, Lang::En),
            [first, second, ..] => DocLangs::pair(*first, *second),
        };
        if singles.is_empty() {
            singles = pair.list();
        }
        let mut out: Vec<DocLangs> = singles.into_iter().map(DocLangs::one).collect();
        out.push(pair);
        out
    }

    /// The languages by their own names: `Français + العربية`.
    pub fn name(&self) -> String {
        self.list()
            .iter()
            .map(|lang| poa_core::i18n::native_name(*lang))
            .collect::<Vec<_>>()
            .join(" + ")
    }

    /// The choices of [`DocLangs::choices`] for a page: code (for `?doc=`) and name.
    pub fn menu(declared: &[Lang]) -> Vec<serde_json::Value> {
        DocLangs::choices(declared)
            .iter()
            .map(|langs| {
                serde_json::json!({
                    "code": langs.code(),
                    // For a URL's query: `+` would arrive as a space.
                    "query": langs.code().replace('+', "%2B"),
                    "name": langs.name(),
                    "pair": langs.second.is_some(),
                })
            })
            .collect()
    }

    /// The languages shown, in order.
    pub fn list(&self) -> Vec<Lang> {
        std::iter::once(self.first).chain(self.second).collect()
    }

    /// A pair of strings, written by `text` in the shown languages.
    pub fn bi(&self, mut text: impl FnMut(Lang) -> String) -> Bi {
        let first = text(self.first);
        Bi {
            second: self.second.map(&mut text).unwrap_or_default(),
            first,
            first_lang: self.first,
        }
    }
}

impl Serialize for DocLangs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.code())
    }
}

/// One language's place in a document: its code, direction and name.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LangView {
    pub code: &'static str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    pub rtl: bool,
    /// ISO 15924 (`Latn`, `Arab`, `Cyrl`, `Hans`): the PDF spaces lines by script.
    pub script: &'static str,
    /// Whether the question texts of this language are still to translate
    /// (they read in English meanwhile).
    pub questions_pending: bool,
}

impl LangView {
    fn of(lang: Lang) -> Self {
        LangView {
            code: lang.code(),
            dir: poa_core::i18n::direction(lang),
            rtl: poa_core::i18n::is_rtl(lang),
            script: poa_core::i18n::script(lang),
            questions_pending: !poa_core::i18n::questions_translated(lang),
        }
    }
}

/// The same words in the document's first and (if any) second language.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Bi {
    pub first: String,
    pub second: String,
    #[serde(skip)]
    first_lang: Lang,
}

impl Bi {
    /// The words in `lang`: the first column's for the first language, else the second's.
    pub fn get(&self, lang: Lang) -> &str {
        if lang == self.first_lang {
            &self.first
        } else {
            &self.second
        }
    }
}

/// Free text as the document shows it in each language.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TextView {
    /// Where the text is in the report (a JSON pointer), for the Word document's fields.
    pub path: String,
    pub label: Bi,
    /// The text in each shown language, or (when missing) the text it falls back to.
    pub text: Bi,
    /// True when the first (second) column shows a fallback, not a translation.
    pub first_missing: bool,
    pub second_missing: bool,
    /// Texts in languages the document does not show: (code, text).
    pub others: Vec<(String, String)>,
}

impl TextView {
    /// Whether `lang`'s side shows a fallback, not a translation.
    pub fn missing(&self, lang: Lang) -> bool {
        if lang == self.text.first_lang {
            self.first_missing
        } else {
            self.second_missing
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FieldView {
    /// Where the value is in the report (a JSON pointer).
    pub path: String,
    pub label: Bi,
    /// The value in each language (words for closed lists, names for contacts).
    pub value: Bi,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuestionView {
    pub id: String,
    /// The template's number (`4.2`).
    pub number: String,
    /// Sources in brackets before the number, as the template prints them: `[ITI 8(b)]`.
    pub sources: String,
    pub paragraph: String,
    pub label: Bi,
    pub answer: Bi,
    /// Where the answer is in the report, if the question has one.
    pub answer_path: Option<String>,
    /// Where the question's details would go, when it has none yet (the
    /// Word document offers a field to write them in).
    pub empty_details_path: Option<String>,
    pub answered: bool,
    pub fields: Vec<FieldView>,
    pub texts: Vec<TextView>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SectionView {
    pub key: String,
    /// `Section 4: Marking` in each language.
    pub title: Bi,
    pub sources: String,
    pub questions: Vec<QuestionView>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ContactView {
    /// Where the contact is in the report (`/contacts/1`).
    pub path: String,
    pub roles: Bi,
    /// The template's number of the role (`1.2.1`).
    pub number: String,
    pub salutation: String,
    pub name: String,
    pub address: Option<TextView>,
    pub organisation: Option<TextView>,
    pub title: Option<TextView>,
    pub email: String,
    pub phone: String,
}

/// One document of the list of sources: `PoA — <title> (A/CONF.192/15, 2001)`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SourceView {
    pub cite_as: String,
    pub title: Bi,
    /// Symbol and year, always left-to-right: `A/CONF.192/15, 2001`.
    pub reference: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FindingView {
    pub rule: String,
    pub severity: Bi,
    pub message: Bi,
    pub pointer: String,
}

/// The whole document.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocView {
    pub langs: DocLangs,
    /// The first language (the page's own) and the second, if two are shown.
    pub first: LangView,
    pub second: Option<LangView>,
    /// The page's direction: the first language's.
    pub dir: &'static str,
    pub lang: &'static str,
    pub words: std::collections::BTreeMap<&'static str, Bi>,
    pub state: Bi,
    pub iso3: String,
    pub cycle: u16,
    /// The reporting period and the date of submission, written in full in
    /// each language (`1 January 2024 – 31 December 2025`).
    pub period: Bi,
    pub submitted: Option<Bi>,
    /// The date of submission as the report gives it (`2026-03-31`), for a
    /// PDF/A's declared date.
    pub submitted_on: Option<String>,
    /// The report's languages by name.
    pub languages: Bi,
    pub contacts: Vec<ContactView>,
    /// Whether the PoA point of contact also acts for the ITI, said plainly.
    pub poc_note: Option<Bi>,
    pub sections: Vec<SectionView>,
    /// The documents cited, for the list at the end.
    pub sources: Vec<SourceView>,
    pub draft: bool,
    pub findings: Vec<FindingView>,
}

/// Builds the document view. `findings` are listed in the annex when `draft`.
pub fn view(report: &Report, findings: &[Finding], langs: DocLangs, draft: bool) -> DocView {
    let value = serde_json::to_value(report).unwrap_or(Value::Null);
    let first = report.first_language();
    let words = catalogue::document_word_keys()
        .into_iter()
        .map(|k| (k, langs.bi(|lang| catalogue::word(k, lang).to_owned())))
        .collect();
    let state = langs.bi(|lang| {
        // The name in the column's language, else in English (the table of
        // States has every name in English and Arabic), else in the report's
        // first language, else in any, else the code.
        let name = &report.state.name;
        name.get(lang)
            .or(name.get(Lang::En))
            .or(name.get(first))
            .or_else(|| Lang::ALL.iter().find_map(|l| name.get(*l)))
            .unwrap_or(&report.state.iso3)
            .to_owned()
    });
    let contacts = report
        .points_of_contact
        .named()
        .into_iter()
        .filter_map(|(role, id)| {
            let contact = report.contacts.iter().find(|c| &c.id == id)?;
            let roles = langs.bi(|lang| {
                catalogue::field_label(role, lang)
                    .unwrap_or(role)
                    .to_owned()
            });
            let number = catalogue::item_at(&format!("/points_of_contact/{role}"))
                .map(|item| item.number.to_owned())
                .unwrap_or_default();
            let index = report.contacts.iter().position(|c| &c.id == id)?;
            let as_text = |v: &Option<poa_core::model::FreeText>, key: &str| {
                v.as_ref().map(|t| {
                    text_view(
                        &serde_json::to_value(t).unwrap_or(Value::Null),
                        format!("/contacts/{index}/{key}"),
                        langs.bi(|_| String::new()),
                        first,
                        langs,
                    )
                })
            };
            Some(ContactView {
                path: format!("/contacts/{index}"),
                roles,
                number,
                salutation: contact.salutation.clone().unwrap_or_default(),
                name: contact.name.clone(),
                address: as_text(&contact.address, "address"),
                organisation: as_text(&contact.organisation, "organisation"),
                title: as_text(&contact.title, "title"),
                email: contact.email.clone().unwrap_or_default(),
                phone: contact.phone.clone().unwrap_or_default(),
            })
        })
        .collect();
    let names: Vec<(String, String)> = report
        .contacts
        .iter()
        .map(|c| (c.id.0.clone(), c.name.clone()))
        .collect();
    let sections: Vec<SectionView> = catalogue::SECTIONS
        .iter()
        .map(|meta| SectionView {
            key: meta.key.to_owned(),
            title: langs.bi(|lang| meta.heading(lang)),
            sources: meta.sources.join("; "),
            questions: questions(meta.key, &value, first, &names, langs),
        })
        .collect();
    let poc = &report.points_of_contact;
    let word = |key: &str| langs.bi(|lang| catalogue::word(key, lang).to_owned());
    let poc_note = match (&poc.poa, &poc.iti) {
        (Some(poa), Some(iti)) if poa == iti => Some(word("poc_same")),
        (Some(_), Some(_)) => Some(word("poc_separate")),
        _ => None,
    };
    let cited = poa_core::sources::cited(
        catalogue::SECTIONS
            .iter()
            .flat_map(|s| s.sources.iter())
            .chain(catalogue::QUESTIONS.iter().flat_map(|q| q.sources.iter()))
            .chain(
                catalogue::POINTS_OF_CONTACT
                    .iter()
                    .flat_map(|q| q.sources.iter()),
            )
            .copied(),
    );
    let sources = cited
        .iter()
        .map(|s| SourceView {
            cite_as: s.cite_as.to_owned(),
            title: langs.bi(|lang| s.title(lang).to_owned()),
            reference: poa_core::sources::reference(s),
        })
        .collect();
    let findings = if draft {
        findings
            .iter()
            .filter(|f| f.severity != Severity::Info)
            .map(|f| FindingView {
                rule: f.rule.to_owned(),
                severity: langs.bi(|lang| f.severity.label(lang).to_owned()),
                message: langs.bi(|lang| f.message.get(lang).to_owned()),
                pointer: f.pointer.clone(),
            })
            .collect()
    } else {
        Vec::new()
    };
    DocView {
        langs,
        first: LangView::of(langs.first),
        second: langs.second.map(LangView::of),
        dir: poa_core::i18n::direction(langs.first),
        lang: langs.first.code(),
        words,
        state,
        iso3: report.state.iso3.clone(),
        cycle: report.cycle,
        period: langs.bi(|lang| {
            format!(
                "{} – {}",
                poa_core::i18n::date(lang, &report.period.from.0),
                poa_core::i18n::date(lang, &report.period.to.0)
            )
        }),
        submitted: report
            .submitted
            .as_ref()
            .map(|d| langs.bi(|lang| poa_core::i18n::date(lang, &d.0))),
        submitted_on: report.submitted.as_ref().map(|d| d.0.clone()),
        // The languages by name, in each language (`English, Arabic`).
        languages: langs.bi(|lang| {
            report
                .languages
                .iter()
                .map(|l| poa_core::i18n::text(lang, &format!("lang-{}", l.code())))
                .collect::<Vec<_>>()
                .join(poa_core::i18n::text(lang, "phrase-list-separator"))
        }),
        contacts,
        poc_note,
        sections,
        sources,
        draft,
        findings,
    }
}

fn questions(
    section: &str,
    report: &Value,
    first: Lang,
    contact_names: &[(String, String)],
    langs: DocLangs,
) -> Vec<QuestionView> {
    let mut out: Vec<QuestionView> = Vec::new();
    for row in rows(section, report) {
        if out.last().is_none_or(|q| q.id != row.id) {
            let meta = catalogue::question(&row.id);
            out.push(QuestionView {
                id: row.id.clone(),
                number: row.number.clone(),
                sources: meta
                    .filter(|m| !m.sources.is_empty())
                    .map(|m| format!("[{}]", m.sources.join(", ")))
                    .unwrap_or_default(),
                paragraph: row.paragraph.clone(),
                label: langs.bi(|lang| meta.map_or(row.id.as_str(), |m| m.label(lang)).to_owned()),
                answer: langs.bi(|lang| catalogue::word("not_answered", lang).to_owned()),
                answer_path: None,
                empty_details_path: None,
                answered: false,
                fields: Vec::new(),
                texts: Vec::new(),
            });
        }
        let Some(question) = out.last_mut() else {
            continue;
        };
        if row.field == "answer" {
            question.answer_path = Some(row.pointer());
        }
        let Some(value) = value_at(report, &row.path).filter(|v| !is_blank(v)) else {
            if row.field == "details" && matches!(row.kind, RowKind::Text) {
                question.empty_details_path = Some(row.pointer());
            }
            continue;
        };
        match &row.kind {
            _ if row.field == "answer" => {
                if let Some(code) = value
                    .as_str()
                    .filter(|c| answer_label(c, Lang::En).is_some())
                {
                    question.answer =
                        langs.bi(|lang| answer_label(code, lang).unwrap_or(code).to_owned());
                    question.answered = true;
                }
            }
            RowKind::Text | RowKind::Localized => {
                let label = if row.field == "details" || row.field == "text" {
                    langs.bi(|_| String::new())
                } else {
                    langs.bi(|lang| row.label(lang).to_owned())
                };
                if row.field == "text" {
                    question.answered = true;
                }
                question
                    .texts
                    .push(text_view(value, row.pointer(), label, first, langs));
            }
            RowKind::ChoiceList { def, .. } => {
                let codes: Vec<&str> = value
                    .as_array()
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let words = |lang: Lang| {
                    codes
                        .iter()
                        .map(|code| catalogue::choice_text(def, code, lang))
                        .collect::<Vec<_>>()
                        .join(&list_separator(lang))
                };
                question.fields.push(FieldView {
                    path: row.pointer(),
                    label: langs.bi(|lang| row.label(lang).to_owned()),
                    value: langs.bi(words),
                })
            }
            RowKind::Scalar(shape) => question.fields.push(FieldView {
                path: row.pointer(),
                label: langs.bi(|lang| row.label(lang).to_owned()),
                value: scalar_words(shape, value, contact_names, langs),
            }),
        }
    }
    out
}

/// A single value in each language: a closed list's word, a contact's name
/// (with its id), or the value as written.
fn scalar_words(
    shape: &Shape,
    value: &Value,
    contact_names: &[(String, String)],
    langs: DocLangs,
) -> Bi {
    let text = match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    match shape {
        Shape::Choice { def, .. } => langs.bi(|lang| catalogue::choice_text(def, &text, lang)),
        // Counts grouped as each language writes them (`12,000`, `12 000`).
        Shape::Int { .. } if value.is_i64() => {
            let n = value.as_i64().unwrap_or_default();
            langs.bi(|lang| poa_core::i18n::number(lang, n))
        }
        Shape::Str { def: Some(def), .. } if def == "ContactId" => {
            let shown = match contact_names.iter().find(|(id, _)| *id == text) {
                Some((_, name)) => format!("{name} ({text})"),
                None => text,
            };
            langs.bi(|_| shown.clone())
        }
        _ => langs.bi(|_| text.clone()),
    }
}

/// What separates the entries of a list in `lang` (`; `, `؛ `): the
/// locale file's list separator with a semicolon's weight.
pub(crate) fn list_separator(lang: Lang) -> String {
    poa_core::i18n::text(lang, "phrase-entry-separator").to_owned()
}

fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.values().all(is_blank),
        _ => false,
    }
}

/// Free text for display, with fallbacks marked.
fn text_view(value: &Value, path: String, label: Bi, first: Lang, langs: DocLangs) -> TextView {
    let get = |lang: Lang| -> Option<String> {
        match value {
            Value::String(s) if lang == first && !s.trim().is_empty() => Some(s.clone()),
            Value::Object(map) => map
                .get(lang.code())
                .and_then(Value::as_str)
                .filter(|s| !s.trim().is_empty())
                .map(str::to_owned),
            _ => None,
        }
    };
    // A missing translation shows the text in the report's first language,
    // else in any language it has.
    let fallback = std::iter::once(first)
        .chain(Lang::ALL)
        .find(|l| get(*l).is_some());
    let any = fallback.and_then(get).unwrap_or_default();
    let first_missing = get(langs.first).is_none();
    let second_missing = langs.second.is_some_and(|l| get(l).is_none());
    // Texts in languages not shown are listed after, but not the one a
    // missing translation already shows in its place.
    let shown = langs.list();
    let in_place = (first_missing || second_missing)
        .then_some(fallback)
        .flatten();
    let others: Vec<(String, String)> = Lang::ALL
        .iter()
        .filter(|l| !shown.contains(l) && Some(**l) != in_place)
        .filter_map(|l| get(*l).map(|t| (l.code().to_owned(), t)))
        .collect();
    TextView {
        path,
        label,
        text: langs.bi(|lang| get(lang).unwrap_or_else(|| any.clone())),
        first_missing,
        second_missing,
        others,
    }
}
