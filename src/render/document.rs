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

use crate::catalogue::{self, answer_label, word};
use crate::finding::{Finding, Severity};
use crate::model::{Lang, Report};
use crate::sheet_layout::{RowKind, rows, value_at};

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
    pub label: Bi,
    pub value: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuestionView {
    pub id: String,
    pub paragraph: String,
    pub label: Bi,
    pub answer: Bi,
    pub answered: bool,
    pub fields: Vec<FieldView>,
    pub texts: Vec<TextView>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SectionView {
    pub key: String,
    pub title: Bi,
    pub sources: String,
    pub questions: Vec<QuestionView>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ContactView {
    pub roles: Bi,
    pub name: String,
    pub organisation: Option<TextView>,
    pub title: Option<TextView>,
    pub email: String,
    pub phone: String,
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
    pub languages: String,
    pub contacts: Vec<ContactView>,
    pub sections: Vec<SectionView>,
    pub draft: bool,
    pub findings: Vec<FindingView>,
}

/// Builds the document view. `findings` are listed in the annex when `draft`.
pub fn view(report: &Report, findings: &[Finding], langs: DocLangs, draft: bool) -> DocView {
    let value = serde_json::to_value(report).unwrap_or(Value::Null);
    let first = report.first_language();
    let words = catalogue::DOCUMENT_WORDS
        .iter()
        .map(|(k, en, ar)| (*k, Bi::new(*en, *ar)))
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
            let as_text = |v: &Option<crate::model::FreeText>| {
                v.as_ref().map(|t| {
                    text_view(
                        &serde_json::to_value(t).unwrap_or(Value::Null),
                        Bi::default(),
                        first,
                    )
                })
            };
            Some(ContactView {
                roles,
                name: contact.name.clone(),
                organisation: as_text(&contact.organisation),
                title: as_text(&contact.title),
                email: contact.email.clone().unwrap_or_default(),
                phone: contact.phone.clone().unwrap_or_default(),
            })
        })
        .collect();
    let sections = catalogue::SECTIONS
        .iter()
        .map(|meta| SectionView {
            key: meta.key.to_owned(),
            title: Bi::new(meta.en, meta.ar),
            sources: meta.sources.join("; "),
            questions: questions(meta.key, &value, first),
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
        languages: report
            .languages
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join(", "),
        contacts,
        sections,
        draft,
        findings,
    }
}

fn questions(section: &str, report: &Value, first: Lang) -> Vec<QuestionView> {
    let mut out: Vec<QuestionView> = Vec::new();
    for row in rows(section, report) {
        if out.last().is_none_or(|q| q.id != row.id) {
            let meta = catalogue::question(&row.id);
            out.push(QuestionView {
                id: row.id.clone(),
                paragraph: row.paragraph.clone(),
                label: meta.map_or_else(|| Bi::same(&row.id), |m| Bi::new(m.en, m.ar)),
                answer: Bi::word("not_answered"),
                answered: false,
                fields: Vec::new(),
                texts: Vec::new(),
            });
        }
        let Some(question) = out.last_mut() else {
            continue;
        };
        let Some(value) = value_at(report, &row.path).filter(|v| !is_blank(v)) else {
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
                question.texts.push(text_view(value, label, first));
            }
            RowKind::ChoiceList(_) => question.fields.push(FieldView {
                label: Bi::new(row.label_en.clone(), row.label_ar.clone()),
                value: value
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default(),
            }),
            RowKind::Scalar(_) => question.fields.push(FieldView {
                label: Bi::new(row.label_en.clone(), row.label_ar.clone()),
                value: match value {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                },
            }),
        }
    }
    out
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
fn text_view(value: &Value, label: Bi, first: Lang) -> TextView {
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
        label,
        en_missing: en.is_none(),
        ar_missing: ar.is_none(),
        en: en.unwrap_or_else(|| any.clone()),
        ar: ar.unwrap_or(any),
        others,
    }
}
