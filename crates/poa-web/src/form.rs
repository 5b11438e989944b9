//! One page of the form, read off the report's shape and the catalogue.
//!
//! The form names no question: it walks the same shape tree as the workbook
//! and the XML writer, and takes numbers, sources, labels and help from the
//! catalogue, so a question added to the model appears here too. The page
//! is a flat list of items (open a question, a field, open a list entry …)
//! that the template renders in order, which keeps the template free of
//! recursion.

use serde::Serialize;
use serde_json::Value;

use poa_core::catalogue;
use poa_core::i18n;
use poa_core::model::Lang;
use poa_core::pointer::{Pointer, value_at};
use poa_core::shape::{Shape, report_shape};

/// A choice offered by a select or a checkbox.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub code: String,
    pub label: String,
    pub selected: bool,
}

/// One language's box of a free-text field.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct TextPart {
    pub lang: &'static str,
    pub label: String,
    pub dir: &'static str,
    pub text: String,
}

/// One item of a page, in order.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Item {
    QuestionOpen {
        id: String,
        number: String,
        sources: String,
        label: String,
        help: String,
        pointer: String,
    },
    QuestionClose,
    Field {
        pointer: String,
        /// `choice`, `choices`, `int`, `str`, `date`, `contact`, `text`, `lines`.
        input: &'static str,
        label: String,
        value: String,
        choices: Vec<Choice>,
        parts: Vec<TextPart>,
        /// Shown only when the question's answer is yes or partially.
        depends: bool,
        /// A unique id for the label's `for`.
        html_id: String,
        /// The question's answer (other fields depend on it).
        is_answer: bool,
        /// A value the choices do not include (kept and shown, so nothing is lost).
        stray: String,
    },
    ListOpen {
        pointer: String,
        label: String,
        depends: bool,
    },
    EntryOpen {
        pointer: String,
        list: String,
        index: usize,
        label: String,
        last: bool,
    },
    EntryClose,
    ListClose {
        pointer: String,
        add: String,
    },
}

/// What the walk needs to know.
struct Walk<'a> {
    lang: Lang,
    report: &'a Value,
    languages: Vec<Lang>,
    /// Each contact's id and the words that name it in the page's language.
    contacts: Vec<(String, String)>,
    out: Vec<Item>,
    /// Inside a question: fields beyond answer/details/lessons depend on the answer.
    in_question: bool,
}

fn pointer_of(path: &[String]) -> String {
    Pointer::from_segments(path).to_string()
}

fn html_id(path: &[String]) -> String {
    format!("f-{}", path.join("-"))
}

fn scalar_text(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// The label of a field at `path`: `parent.key`, then `key`, then the key itself.
fn field_label(path: &[String], lang: Lang) -> String {
    let mut named = path.iter().rev().filter(|s| s.parse::<usize>().is_err());
    let key = named.next().cloned().unwrap_or_default();
    let parent = named.next().cloned().unwrap_or_default();
    if key == "answer" {
        return i18n::text(lang, "doc-answer").to_owned();
    }
    catalogue::field_label(&format!("{parent}.{key}"), lang)
        .or_else(|| catalogue::field_label(&key, lang))
        .map_or(key, str::to_owned)
}

impl Walk<'_> {
    fn depends(&self, path: &[String]) -> bool {
        self.in_question
            && !matches!(
                path.get(3).map(String::as_str),
                Some("answer" | "details" | "lessons" | "text")
            )
    }

    fn field(
        &mut self,
        path: &[String],
        input: &'static str,
        choices: Vec<Choice>,
        parts: Vec<TextPart>,
    ) {
        let value = scalar_text(value_at(self.report, path));
        let stray = if matches!(input, "choice" | "contact")
            && !value.is_empty()
            && !choices.iter().any(|c| c.selected)
        {
            value.clone()
        } else {
            String::new()
        };
        self.out.push(Item::Field {
            pointer: pointer_of(path),
            input,
            label: field_label(path, self.lang),
            value,
            choices,
            parts,
            depends: self.depends(path),
            html_id: html_id(path),
            is_answer: self.in_question && path.len() == 4 && path[3] == "answer",
            stray,
        });
    }

    fn choices(&self, def: &str, values: &[String], selected: &[String]) -> Vec<Choice> {
        values
            .iter()
            .map(|code| Choice {
                code: code.clone(),
                label: catalogue::choice_text(def, code, self.lang),
                selected: selected.contains(code),
            })
            .collect()
    }

    fn text_parts(&self, path: &[String], languages: &[Lang]) -> Vec<TextPart> {
        let value = value_at(self.report, path);
        languages
            .iter()
            .enumerate()
            .map(|(i, lang)| {
                let text = match value {
                    Some(Value::Object(map)) => scalar_text(map.get(lang.code())),
                    Some(Value::String(s)) if i == 0 => s.clone(),
                    _ => String::new(),
                };
                TextPart {
                    lang: lang.code(),
                    label: i18n::text(self.lang, &format!("lang-{}", lang.code())).to_owned(),
                    dir: i18n::direction(*lang),
                    text,
                }
            })
            .collect()
    }

    fn walk(&mut self, shape: &Shape, path: Vec<String>) {
        match shape {
            Shape::Object { fields, .. } => {
                for field in fields {
                    let mut child = path.clone();
                    child.push(field.key.clone());
                    self.walk(&field.shape, child);
                }
            }
            Shape::List(item) => match item.as_ref() {
                Shape::Choice { def, values } => {
                    let selected: Vec<String> = value_at(self.report, &path)
                        .and_then(Value::as_array)
                        .map(|a| {
                            a.iter()
                                .filter_map(|v| v.as_str().map(str::to_owned))
                                .collect()
                        })
                        .unwrap_or_default();
                    let choices = self.choices(def, values, &selected);
                    self.field(&path, "choices", choices, Vec::new());
                }
                Shape::Object { .. } => {
                    let pointer = pointer_of(&path);
                    let label = field_label(&path, self.lang);
                    self.out.push(Item::ListOpen {
                        pointer: pointer.clone(),
                        label: label.clone(),
                        depends: self.depends(&path),
                    });
                    let count = value_at(self.report, &path)
                        .and_then(Value::as_array)
                        .map_or(0, Vec::len);
                    for i in 0..count {
                        let mut child = path.clone();
                        child.push(i.to_string());
                        self.out.push(Item::EntryOpen {
                            pointer: pointer_of(&child),
                            list: pointer.clone(),
                            index: i,
                            label: format!("{label} {}", i + 1),
                            last: i + 1 == count,
                        });
                        self.walk(item, child);
                        self.out.push(Item::EntryClose);
                    }
                    self.out.push(Item::ListClose {
                        pointer,
                        add: format!("+ {label}"),
                    });
                }
                _ => {
                    let lines = value_at(self.report, &path)
                        .and_then(Value::as_array)
                        .map(|a| {
                            a.iter()
                                .map(|v| scalar_text(Some(v)))
                                .collect::<Vec<_>>()
                                .join("\n")
                        })
                        .unwrap_or_default();
                    self.out.push(Item::Field {
                        pointer: pointer_of(&path),
                        input: "lines",
                        label: field_label(&path, self.lang),
                        value: lines,
                        choices: Vec::new(),
                        parts: Vec::new(),
                        depends: self.depends(&path),
                        html_id: html_id(&path),
                        is_answer: false,
                        stray: String::new(),
                    });
                }
            },
            Shape::Text => {
                let parts = self.text_parts(&path, &self.languages.clone());
                self.field(&path, "text", Vec::new(), parts);
            }
            Shape::Localized => {
                let mut languages = self.languages.clone();
                for lang in [Lang::En, Lang::Ar] {
                    if !languages.contains(&lang) {
                        languages.push(lang);
                    }
                }
                let parts = self.text_parts(&path, &languages);
                self.field(&path, "text", Vec::new(), parts);
            }
            Shape::Choice { def, values } => {
                let selected = vec![scalar_text(value_at(self.report, &path))];
                let choices = self.choices(def, values, &selected);
                self.field(&path, "choice", choices, Vec::new());
            }
            Shape::Int { .. } => self.field(&path, "int", Vec::new(), Vec::new()),
            Shape::Str { def, format, .. } => {
                // A reference to a contact is chosen from the contacts; a contact's own id is typed.
                let own_id = path.first().is_some_and(|p| p == "contacts")
                    && path.last().is_some_and(|k| k == "id");
                if def.as_deref() == Some("ContactId") && !own_id {
                    let selected = scalar_text(value_at(self.report, &path));
                    let choices = self
                        .contacts
                        .iter()
                        .map(|(id, label)| Choice {
                            code: id.clone(),
                            label: label.clone(),
                            selected: *id == selected,
                        })
                        .collect();
                    self.field(&path, "contact", choices, Vec::new());
                } else if format.as_deref() == Some("date") {
                    self.field(&path, "date", Vec::new(), Vec::new());
                } else {
                    self.field(&path, "str", Vec::new(), Vec::new());
                }
            }
        }
    }
}

/// How a contact is offered as a point of contact: the person, the
/// organisation in the page's language (or the first it has), and the id,
/// `Ms. Lina Haddad — Ministry of Foreign Affairs (mfa-disarmament)`.
fn contact_label(contact: &Value, id: &str, lang: Lang) -> String {
    let text = |value: &Value| -> Option<String> {
        let text = match value {
            Value::String(s) => Some(s.clone()),
            Value::Object(map) => map
                .get(lang.code())
                .or_else(|| map.values().next())
                .and_then(Value::as_str)
                .map(str::to_owned),
            _ => None,
        }?;
        let text = text.trim().to_owned();
        (!text.is_empty()).then_some(text)
    };
    let person: Vec<String> = ["salutation", "name"]
        .iter()
        .filter_map(|key| text(&contact[*key]))
        .collect();
    let mut parts = Vec::new();
    if !person.is_empty() {
        parts.push(person.join(" "));
    }
    if let Some(organisation) = text(&contact["organisation"]) {
        parts.push(organisation);
    }
    if parts.is_empty() {
        id.to_owned()
    } else {
        format!("{} ({id})", parts.join(" — "))
    }
}

/// The report's declared languages (English when none is declared).
pub fn languages(report: &Value) -> Vec<Lang> {
    let declared: Vec<Lang> = report["languages"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str())
                .filter_map(|code| Lang::ALL.iter().copied().find(|l| l.code() == code))
                .collect()
        })
        .unwrap_or_default();
    if declared.is_empty() {
        vec![Lang::En]
    } else {
        declared
    }
}

/// The items of form page `page` for `report`.
pub(crate) fn page_items(page: &str, report: &Value, lang: Lang) -> Vec<Item> {
    let shape = report_shape();
    let contacts = report["contacts"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|c| {
                    let id = c["id"].as_str().filter(|id| !id.is_empty())?;
                    Some((id.to_owned(), contact_label(c, id, lang)))
                })
                .collect()
        })
        .unwrap_or_default();
    let mut walk = Walk {
        lang,
        report,
        languages: languages(report),
        contacts,
        out: Vec::new(),
        in_question: false,
    };
    match page {
        "report" => {
            for field in shape.fields() {
                if !matches!(
                    field.key.as_str(),
                    "format" | "contacts" | "points_of_contact" | "sections"
                ) {
                    walk.walk(&field.shape, vec![field.key.clone()]);
                }
            }
        }
        "contacts" => {
            for key in ["contacts", "points_of_contact"] {
                if let Some(field) = shape.field(key) {
                    walk.walk(&field.shape, vec![key.to_owned()]);
                }
            }
        }
        section => {
            let Some(section_shape) = shape.field("sections").and_then(|s| s.shape.field(section))
            else {
                return Vec::new();
            };
            walk.in_question = true;
            for question in section_shape.shape.fields() {
                let id = format!("{section}.{}", question.key);
                let meta = catalogue::question(&id);
                let path = vec![
                    "sections".to_owned(),
                    section.to_owned(),
                    question.key.clone(),
                ];
                walk.out.push(Item::QuestionOpen {
                    id: id.clone(),
                    number: meta.map_or(String::new(), |m| m.number.to_owned()),
                    sources: meta.map_or(String::new(), |m| m.sources.join(", ")),
                    label: meta.map_or(id.clone(), |m| m.label(lang).to_owned()),
                    help: meta.map_or(String::new(), |m| m.help(lang).to_owned()),
                    pointer: pointer_of(&path),
                });
                walk.walk(&question.shape, path);
                walk.out.push(Item::QuestionClose);
            }
        }
    }
    walk.out
}

/// The title of a page in `lang`.
pub(crate) fn page_title(page: &str, lang: Lang) -> String {
    match page {
        "report" => i18n::text(lang, "form-page-report").to_owned(),
        "contacts" => i18n::text(lang, "form-page-contacts").to_owned(),
        section => catalogue::section(section).map_or(section.to_owned(), |m| m.heading(lang)),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_question_of_the_catalogue_can_be_answered_through_the_form() {
        use crate::{draft, form};
        use poa_core::model::Lang;
        let mut value = serde_json::to_value(poa_core::init::skeleton("XAA", 2026)).unwrap();
        let mut questions = std::collections::BTreeSet::new();
        // Answer every question the way the page's controls would: the first choice of
        // each answer, English text in each free-text question.
        for page in draft::pages() {
            for item in form::page_items(page, &value.clone(), Lang::En) {
                match item {
                    form::Item::QuestionOpen { id, .. } => {
                        questions.insert(id);
                    }
                    form::Item::Field {
                        pointer,
                        is_answer: true,
                        choices,
                        ..
                    } => {
                        let yes = choices.iter().find(|c| c.code == "yes").unwrap();
                        draft::set(&mut value, &pointer, serde_json::json!(yes.code)).unwrap();
                    }
                    form::Item::Field {
                        pointer,
                        input: "text",
                        ..
                    } if pointer.ends_with("/text") => {
                        draft::set_text(&mut value, &pointer, "en", "Answered in the form.", "en")
                            .unwrap();
                    }
                    _ => {}
                }
            }
        }
        for q in poa_core::catalogue::QUESTIONS {
            assert!(questions.contains(q.id), "{} is on no page", q.id);
        }
        let text = poa_core::init::value_to_commented_yaml(&value, &poa_core::init::header("x"));
        let outcome = poa_core::validate::validate_text(
            "form.yaml",
            &text,
            &poa_core::load::LoadOptions::default(),
        );
        let schema: Vec<_> = outcome
            .findings
            .iter()
            .filter(|f| f.finding.rule.starts_with("SCHEMA-") || f.finding.rule == "ANS-001")
            .map(|f| (f.finding.rule, f.finding.pointer.clone()))
            .collect();
        assert!(schema.is_empty(), "{schema:?}");
        assert!(outcome.report.is_some());
    }
}
