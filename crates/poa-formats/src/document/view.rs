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
use poa_core::catalogue::{self, answer_label, word};
use poa_core::finding::{Finding, Severity};
use poa_core::model::{Lang, Report};
use poa_core::pointer::value_at;
use poa_core::shape::Shape;

/// Which languages a document shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocLangs {
    En,
    Ar,
    /// English and Arabic side by side.
    Both,
}

/// A pair of English and Arabic strings.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Bi {
    pub en: String,
    pub ar: String,
}

impl Bi {
    fn new(en: impl Into<String>, ar: impl Into<String>) -> Self {
        Bi {
            en: en.into(),
            ar: ar.into(),
        }
    }
    fn same(text: impl Into<String>) -> Self {
        let t = text.into();
        Bi {
            en: t.clone(),
            ar: t,
        }
    }
    fn word(key: &str) -> Self {
        let (en, ar) = word(key);
        Bi::new(en, ar)
    }
}

/// Free text as the document shows it in each language.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TextView {
    /// Where the text is in the report (a JSON pointer), for the Word document's fields.
    pub path: String,
    pub label: Bi,
    /// The English text, or (when missing) the fallback text.
    pub en: String,
    pub ar: String,
    /// True when the English (Arabic) column shows a fallback, not a translation.
    pub en_missing: bool,
    pub ar_missing: bool,
    /// Texts in other UN languages: (code, text).
    pub others: Vec<(String, String)>,
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
    pub show_en: bool,
    pub show_ar: bool,
    /// `rtl` for an Arabic-first document.
    pub dir: &'static str,
    pub lang: &'static str,
    pub words: std::collections::BTreeMap<&'static str, Bi>,
    pub state: Bi,
    pub iso3: String,
    pub cycle: u16,
    pub period: String,
    pub submitted: Option<String>,
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
    let words = catalogue::document_words()
        .into_iter()
        .map(|(k, en, ar)| (k, Bi::new(en, ar)))
        .collect();
    let state = Bi::new(
        report
            .state
            .name
            .get(Lang::En)
            .unwrap_or(&report.state.iso3),
        report
            .state
            .name
            .get(Lang::Ar)
            .or(report.state.name.get(Lang::En))
            .unwrap_or(&report.state.iso3),
    );
    let contacts = report
        .points_of_contact
        .named()
        .into_iter()
        .filter_map(|(role, id)| {
            let contact = report.contacts.iter().find(|c| &c.id == id)?;
            let roles = Bi::new(
                catalogue::field_label(role).map_or(role, |l| l.0),
                catalogue::field_label(role).map_or(role, |l| l.1),
            );
            let number = catalogue::item_at(&format!("/points_of_contact/{role}"))
                .map(|item| item.number.to_owned())
                .unwrap_or_default();
            let index = report.contacts.iter().position(|c| &c.id == id)?;
            let as_text = |v: &Option<poa_core::model::FreeText>, key: &str| {
                v.as_ref().map(|t| {
                    text_view(
                        &serde_json::to_value(t).unwrap_or(Value::Null),
                        format!("/contacts/{index}/{key}"),
                        Bi::default(),
                        first,
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
            title: Bi::new(meta.heading(Lang::En), meta.heading(Lang::Ar)),
            sources: meta.sources.join("; "),
            questions: questions(meta.key, &value, first, &names),
        })
        .collect();
    let poc = &report.points_of_contact;
    let poc_note = match (&poc.poa, &poc.iti) {
        (Some(poa), Some(iti)) if poa == iti => Some(Bi::word("poc_same")),
        (Some(_), Some(_)) => Some(Bi::word("poc_separate")),
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
            title: Bi::new(s.title(Lang::En), s.title(Lang::Ar)),
            reference: poa_core::sources::reference(s),
        })
        .collect();
    let findings = if draft {
        findings
            .iter()
            .filter(|f| f.severity != Severity::Info)
            .map(|f| FindingView {
                rule: f.rule.to_owned(),
                severity: Bi::new(f.severity.label(Lang::En), f.severity.label(Lang::Ar)),
                message: Bi::new(f.message.en.clone(), f.message.ar.clone()),
                pointer: f.pointer.clone(),
            })
            .collect()
    } else {
        Vec::new()
    };
    DocView {
        langs,
        show_en: langs != DocLangs::Ar,
        show_ar: langs != DocLangs::En,
        dir: if langs == DocLangs::Ar { "rtl" } else { "ltr" },
        lang: if langs == DocLangs::Ar { "ar" } else { "en" },
        words,
        state,
        iso3: report.state.iso3.clone(),
        cycle: report.cycle,
        period: format!("{} – {}", report.period.from.0, report.period.to.0),
        submitted: report.submitted.as_ref().map(|d| d.0.clone()),
        languages: {
            // The languages by name, in each language (`English, Arabic`).
            let names = |lang: Lang| {
                report
                    .languages
                    .iter()
                    .map(|l| poa_core::i18n::text(lang, &format!("lang-{}", l.code())))
                    .collect::<Vec<_>>()
                    .join(poa_core::i18n::text(lang, "phrase-list-separator"))
            };
            Bi::new(names(Lang::En), names(Lang::Ar))
        },
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
                label: meta.map_or_else(
                    || Bi::same(&row.id),
                    |m| Bi::new(m.label(Lang::En), m.label(Lang::Ar)),
                ),
                answer: Bi::word("not_answered"),
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
                if let Some((en, ar)) = value.as_str().and_then(answer_label) {
                    question.answer = Bi::new(en, ar);
                    question.answered = true;
                }
            }
            RowKind::Text | RowKind::Localized => {
                let label = if row.field == "details" || row.field == "text" {
                    Bi::default()
                } else {
                    Bi::new(row.label_en.clone(), row.label_ar.clone())
                };
                if row.field == "text" {
                    question.answered = true;
                }
                question
                    .texts
                    .push(text_view(value, row.pointer(), label, first));
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
                        .join(if lang == Lang::Ar { "؛ " } else { "; " })
                };
                question.fields.push(FieldView {
                    path: row.pointer(),
                    label: Bi::new(row.label_en.clone(), row.label_ar.clone()),
                    value: Bi::new(words(Lang::En), words(Lang::Ar)),
                })
            }
            RowKind::Scalar(shape) => question.fields.push(FieldView {
                path: row.pointer(),
                label: Bi::new(row.label_en.clone(), row.label_ar.clone()),
                value: scalar_words(shape, value, contact_names),
            }),
        }
    }
    out
}

/// A single value in each language: a closed list's word, a contact's name
/// (with its id), or the value as written.
fn scalar_words(shape: &Shape, value: &Value, contact_names: &[(String, String)]) -> Bi {
    let text = match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    match shape {
        Shape::Choice { def, .. } => Bi::new(
            catalogue::choice_text(def, &text, Lang::En),
            catalogue::choice_text(def, &text, Lang::Ar),
        ),
        Shape::Str { def: Some(def), .. } if def == "ContactId" => {
            match contact_names.iter().find(|(id, _)| *id == text) {
                Some((_, name)) => Bi::same(format!("{name} ({text})")),
                None => Bi::same(text),
            }
        }
        _ => Bi::same(text),
    }
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
fn text_view(value: &Value, path: String, label: Bi, first: Lang) -> TextView {
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
    let others: Vec<(String, String)> = Lang::ALL
        .iter()
        .filter(|l| !matches!(l, Lang::En | Lang::Ar))
        .filter_map(|l| get(*l).map(|t| (l.code().to_owned(), t)))
        .collect();
    let any = get(Lang::En)
        .or_else(|| get(Lang::Ar))
        .or_else(|| others.first().map(|(_, t)| t.clone()))
        .unwrap_or_default();
    let (en, ar) = (get(Lang::En), get(Lang::Ar));
    TextView {
        path,
        label,
        en_missing: en.is_none(),
        ar_missing: ar.is_none(),
        en: en.unwrap_or_else(|| any.clone()),
        ar: ar.unwrap_or(any),
        others,
    }
}
