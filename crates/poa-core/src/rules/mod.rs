//! Cross-section rules: one unit per check, a registry that lists them.
//!
//! Each rule is a [`Rule`] value: id, severity, the paragraph it rests on,
//! what it checks and its message in English and Arabic, and a `check`
//! function that returns [`Hit`]s (a JSON pointer plus message arguments).
//! Rules run on the report's front matter as typed values ([`Front`]) and
//! on the document as written; they never compute positions. Each file's tests trigger its rules and try a near miss.

mod answers;
mod contacts;
mod cooperation;
mod gender;
mod language;
mod marking;
mod period;
mod records;
mod scan;
mod state;
mod text;
mod tracing;

use serde_json::Value;

use crate::finding::{Finding, Message, Severity};
use crate::i18n::fill;
use crate::model::{Answer, Front, Lang};
use crate::yaml::Target;
use scan::{StringScan, TypedScan};

/// A cross-section rule.
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    /// Paragraphs the rule rests on.
    pub sources: &'static [&'static str],
    pub check: fn(&Context) -> Vec<Hit>,
}

impl Rule {
    /// What the rule checks (for `poa-report rules`), from `locales/*.ftl`.
    pub fn summary(&self, lang: Lang) -> &'static str {
        crate::i18n::text(lang, &format!("rule-{}.summary", self.id))
    }
    /// The message template, with `{name}` placeholders.
    pub fn message(&self, lang: Lang) -> &'static str {
        crate::i18n::text(lang, &format!("rule-{}", self.id))
    }
}

/// An argument of a message: the same text in both languages, one per
/// language (names from the data, such as a State's), or a phrase from the
/// locale files with arguments of its own.
#[derive(Debug, Clone)]
pub enum Arg {
    Same(String),
    /// Text that lives as long as the program (built once, quoted often).
    Static(&'static str),
    /// One text per language (English first; others fall back to it).
    Each(Vec<(Lang, String)>),
    /// One text per language, built once for the whole program.
    EachStatic(&'static [(Lang, String)]),
    /// `key` of the locale files (`phrase-…`), filled with `args`.
    Phrase {
        key: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
}

impl Arg {
    /// The argument's text in `lang`.
    fn text(&self, lang: Lang) -> std::borrow::Cow<'_, str> {
        use std::borrow::Cow;
        match self {
            Arg::Same(s) => Cow::Borrowed(s.as_str()),
            Arg::Static(s) => Cow::Borrowed(s),
            Arg::Each(texts) => Cow::Borrowed(crate::i18n::in_lang(texts, lang)),
            Arg::EachStatic(texts) => Cow::Borrowed(crate::i18n::in_lang(texts, lang)),
            Arg::Phrase { key, args } => {
                let args: Vec<(&str, std::borrow::Cow<'_, str>)> = args
                    .iter()
                    .map(|(name, arg)| (*name, arg.text(lang)))
                    .collect();
                Cow::Owned(crate::i18n::format(lang, key, &args))
            }
        }
    }
}

impl Arg {
    /// An argument written by `text` in every language with a locale file.
    pub(crate) fn each(mut text: impl FnMut(Lang) -> String) -> Arg {
        Arg::Each(
            crate::i18n::languages()
                .iter()
                .map(|lang| (*lang, text(*lang)))
                .collect(),
        )
    }
}

/// One place a rule fires.
#[derive(Debug, Clone)]
pub struct Hit {
    pub pointer: String,
    pub target: Target,
    pub args: Vec<(&'static str, Arg)>,
}

impl Hit {
    pub fn at(pointer: impl Into<String>) -> Self {
        Hit {
            pointer: pointer.into(),
            target: Target::Value,
            args: Vec::new(),
        }
    }
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, Arg::Same(value.to_string())));
        self
    }
    pub(crate) fn push_arg(mut self, name: &'static str, arg: Arg) -> Self {
        self.args.push((name, arg));
        self
    }
    /// A phrase of the locale files (`phrase-…`) with its own arguments.
    pub(crate) fn arg_phrase(
        mut self,
        name: &'static str,
        key: &'static str,
        args: Vec<(&'static str, Arg)>,
    ) -> Self {
        self.args.push((name, Arg::Phrase { key, args }));
        self
    }
    /// An argument with its own words in each language.
    pub(crate) fn arg_each(mut self, name: &'static str, text: impl FnMut(Lang) -> String) -> Self {
        self.args.push((name, Arg::each(text)));
        self
    }
}

/// What a rule sees: the report's front matter as typed values, the
/// document as written (less what the schema rejected), and the pointers the
/// schema rejected.
pub struct Context<'a> {
    pub front: &'a Front,
    pub document: &'a Value,
    /// Pointers of nodes the schema rejected (and that were pruned).
    pub rejected: &'a [String],
    /// The text the document was read from, when there is one.
    source: Option<&'a str>,
    /// One walk over every string of the document, shared by the rules that
    /// look at all of them (made on first use).
    strings: std::cell::OnceCell<StringScan>,
    /// One walk over the document with its shapes, likewise.
    typed: std::cell::OnceCell<TypedScan<'a>>,
    /// The node written for each question of [`layout`], in its order.
    written: std::cell::OnceCell<Vec<Option<&'a Value>>>,
}

/// A question of the layout with what its findings quote, built once per
/// process: a batch reports the same unanswered questions thousands of times.
pub struct LayoutQuestion {
    /// `marking.at_manufacture`
    pub id: String,
    /// `/sections/marking/at_manufacture`
    pub pointer: String,
    /// `marking.at_manufacture — <label>`, in each language with a locale file.
    pub label: Vec<(Lang, String)>,
}

/// Every question of the report, in the template's order.
pub fn layout() -> &'static [LayoutQuestion] {
    static LAYOUT: std::sync::LazyLock<Vec<LayoutQuestion>> = std::sync::LazyLock::new(|| {
        crate::model::Sections::LAYOUT
            .iter()
            .flat_map(|(section, questions)| {
                questions.iter().map(move |question| {
                    let id = format!("{section}.{question}");
                    let meta = crate::catalogue::question(&id);
                    let label = crate::i18n::languages()
                        .iter()
                        .map(|lang| {
                            let words = meta.map_or(id.as_str(), |m| m.label(*lang));
                            (*lang, format!("{id} — {words}"))
                        })
                        .collect();
                    LayoutQuestion {
                        pointer: question_pointer(&id),
                        label,
                        id,
                    }
                })
            })
            .collect()
    });
    &LAYOUT
}

/// The value of `key` in a small map (a question's few fields): compared in
/// turn, which is cheaper than hashing the key.
pub fn field<'v>(map: &'v serde_json::Map<String, Value>, key: &str) -> Option<&'v Value> {
    map.iter().find(|(k, _)| k.as_str() == key).map(|(_, v)| v)
}

/// The node written for each question of [`layout`]. Reports list questions
/// in the template's order, so each is looked for first where the last one
/// ended: one pass, no hashing.
fn written_questions(document: &Value) -> Vec<Option<&Value>> {
    let questions = layout();
    let mut written = vec![None; questions.len()];
    let sections = document.get("sections").and_then(Value::as_object);
    let mut first = 0;
    for (section, keys) in crate::model::Sections::LAYOUT {
        let slots = first..first + keys.len();
        first = slots.end;
        let Some(Value::Object(map)) = sections.and_then(|s| field(s, section)) else {
            continue;
        };
        let mut next = 0;
        for (key, node) in map {
            let at = if keys.get(next) == Some(&key.as_str()) {
                Some(next)
            } else {
                keys.iter().position(|k| *k == key.as_str())
            };
            if let Some(at) = at {
                written[slots.start + at] = Some(node);
                next = at + 1;
            }
        }
    }
    written
}

impl<'a> Context<'a> {
    pub fn new(front: &'a Front, document: &'a Value, rejected: &'a [String]) -> Self {
        Context {
            front,
            document,
            rejected,
            source: None,
            strings: std::cell::OnceCell::new(),
            typed: std::cell::OnceCell::new(),
            written: std::cell::OnceCell::new(),
        }
    }

    /// Every question of the layout with its node as written (if any).
    pub(crate) fn layout_questions(
        &self,
    ) -> impl Iterator<Item = (&'static LayoutQuestion, Option<&'a Value>)> + '_ {
        let written = self
            .written
            .get_or_init(|| written_questions(self.document));
        layout().iter().zip(written.iter().copied())
    }

    /// The typed nodes rules look at, found once.
    pub fn typed(&self) -> &TypedScan<'a> {
        self.typed.get_or_init(|| TypedScan::of(self.document))
    }

    /// Every string of the document, looked at once.
    pub fn strings(&self) -> &StringScan {
        self.strings
            .get_or_init(|| StringScan::of(self.document, self.source))
    }

    /// The same context, knowing the text the document was read from
    /// (which lets the string scan skip a text that cannot hold what it
    /// looks for).
    pub(crate) fn read_from(self, source: &'a str) -> Self {
        Context {
            source: Some(source),
            ..self
        }
    }

    /// The question map `section.question` as written, if present.
    pub fn question(&self, id: &str) -> Option<&'a Value> {
        match layout().iter().position(|q| q.id == id) {
            Some(i) => self.layout_questions().nth(i)?.1,
            None => {
                let (section, question) = id.split_once('.')?;
                self.document.get("sections")?.get(section)?.get(question)
            }
        }
    }

    /// True when the answer to question `id` was written but rejected by the
    /// schema (a misspelt answer, a wrong type): it is not known, so no rule
    /// may treat it as unanswered or as any answer.
    pub fn unknown(&self, id: &str) -> bool {
        if self.rejected.is_empty() {
            return false;
        }
        let question = question_pointer(id);
        let answer = format!("{question}/answer");
        self.rejected.iter().any(|p| *p == question || *p == answer)
    }

    /// True when some answer in `section` is not known (see [`Context::unknown`]).
    pub(crate) fn any_unknown_in(&self, section: &str) -> bool {
        let prefix = format!("/sections/{section}/");
        self.rejected.iter().any(|p| {
            p.strip_prefix(&prefix)
                .is_some_and(|rest| !rest.contains('/') || rest.ends_with("/answer"))
        })
    }

    /// The answer to question `id`.
    pub fn answer(&self, id: &str) -> Option<Answer> {
        answer_of(self.question(id)?)
    }

    /// A non-negative count field of question `id`.
    pub fn count(&self, id: &str, name: &str) -> Option<u64> {
        field(self.question(id)?.as_object()?, name)?.as_u64()
    }

    /// The answered questions of a section, as (key, answer), as written.
    pub(crate) fn answers_in(&self, section: &str) -> Vec<(String, Answer)> {
        let Some(questions) = self
            .document
            .get("sections")
            .and_then(|s| s.get(section))
            .and_then(Value::as_object)
        else {
            return Vec::new();
        };
        questions
            .iter()
            .filter_map(|(q, node)| Some((q.clone(), answer_of(node)?)))
            .collect()
    }
}

/// The answer a question node holds, if it is one of the vocabulary.
fn answer_of(question: &Value) -> Option<Answer> {
    let text = field(question.as_object()?, "answer")?.as_str()?;
    Answer::ALL.iter().copied().find(|a| a.code() == text)
}

/// The pointer of question `id` (`marking.at_manufacture` → `/sections/marking/at_manufacture`).
pub(crate) fn question_pointer(id: &str) -> String {
    format!("/sections/{}", id.replacen('.', "/", 1))
}

/// Every rule, in the order `poa-report rules` lists them.
pub fn registry() -> &'static [&'static Rule] {
    static RULES: std::sync::OnceLock<Vec<&'static Rule>> = std::sync::OnceLock::new();
    RULES.get_or_init(|| {
        [
            contacts::RULES,
            marking::RULES,
            records::RULES,
            tracing::RULES,
            gender::RULES,
            cooperation::RULES,
            period::RULES,
            language::RULES,
            state::RULES,
            text::RULES,
            answers::RULES,
        ]
        .into_iter()
        .flat_map(|rules| rules.iter())
        .collect()
    })
}

impl Rule {
    pub fn findings(&self, ctx: &Context) -> Vec<Finding> {
        let hits = (self.check)(ctx);
        if hits.is_empty() {
            return Vec::new();
        }
        // The message templates are looked up once per rule, not per hit;
        // a template with plural forms goes through `fluent-bundle`.
        let key = format!("rule-{}", self.id);
        let template =
            |lang: Lang| (!crate::i18n::has_selector(lang, &key)).then(|| self.message(lang));
        let templates: Vec<(Lang, Option<&str>)> = crate::i18n::languages()
            .iter()
            .map(|lang| (*lang, template(*lang)))
            .collect();
        hits.into_iter()
            .map(|hit| {
                let text = |lang: Lang, template: Option<&str>| {
                    let args: Vec<(&str, std::borrow::Cow<'_, str>)> = hit
                        .args
                        .iter()
                        .map(|(name, arg)| (*name, arg.text(lang)))
                        .collect();
                    match template {
                        Some(template) => fill(template, &args),
                        None => crate::i18n::format(lang, &key, &args),
                    }
                };
                let mut templates = templates.iter();
                let message = Message::new(|lang| {
                    let template = templates
                        .find(|(l, _)| *l == lang)
                        .and_then(|(_, template)| *template);
                    text(lang, template)
                });
                Finding {
                    rule: self.id,
                    severity: self.severity,
                    pointer: hit.pointer,
                    target: hit.target,
                    message,
                }
            })
            .collect()
    }
}

/// Runs every rule on a report. `rejected` are the pointers the schema
/// rejected, already pruned from `document`; `source` is the text the
/// document was read from, if any.
pub fn run(
    front: &Front,
    document: &Value,
    rejected: &[String],
    source: Option<&str>,
) -> Vec<Finding> {
    let ctx = Context::new(front, document, rejected);
    let ctx = match source {
        Some(text) => ctx.read_from(text),
        None => ctx,
    };
    registry()
        .iter()
        .flat_map(|rule| rule.findings(&ctx))
        .collect()
}

#[cfg(test)]
pub(crate) mod testing {
    //! A minimal valid report to mutate in rule tests.
    use serde_json::{Value, json};

    use super::*;

    pub fn base() -> Value {
        json!({
            "format": "poa-report/1",
            "state": { "iso3": "XAA", "name": { "en": "Aurelia" } },
            "cycle": 2026,
            "period": { "from": "2024-01-01", "to": "2025-12-31" },
            "languages": ["en"],
            "contacts": [ { "id": "poc", "name": "Desk", "email": "desk@example.org" } ],
            "points_of_contact": { "poa": "poc" },
            "sections": {}
        })
    }

    /// Sets `value` at `pointer`, creating maps on the way (an index equal
    /// to a list's length appends).
    pub fn set(doc: &mut Value, pointer: &str, value: Value) {
        let segments = crate::pointer::Pointer::parse(pointer).into_segments();
        let mut node = doc;
        for (i, segment) in segments.iter().enumerate() {
            let last = i + 1 == segments.len();
            if let Value::Array(items) = node {
                let index: usize = segment.parse().expect("index");
                if index == items.len() {
                    items.push(if last { value.clone() } else { json!({}) });
                }
                if last {
                    items[index] = value;
                    return;
                }
                node = &mut items[index];
                continue;
            }
            if last {
                node[segment.as_str()] = value;
                return;
            }
            if node.get(segment).is_none() {
                node[segment.as_str()] = json!({});
            }
            node = &mut node[segment.as_str()];
        }
    }

    /// Pointers at which rule `id` fires on `doc` (which must pass the schema).
    pub fn fire(id: &str, doc: &Value) -> Vec<String> {
        findings(id, doc).into_iter().map(|f| f.pointer).collect()
    }

    /// The findings of rule `id` on `doc` (which must pass the schema).
    pub fn findings(id: &str, doc: &Value) -> Vec<crate::finding::Finding> {
        let schema = crate::schema::check(doc);
        assert!(
            schema.is_empty(),
            "test document fails the schema: {schema:?}"
        );
        let report: crate::model::Report = serde_json::from_value(doc.clone()).expect("typed");
        let rule = registry().iter().find(|r| r.id == id).expect("rule exists");
        rule.findings(&Context::new(&Front::of(&report), doc, &[]))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::{Context, layout, written_questions};
    use crate::model::Sections;

    /// Questions written in any order, and keys the layout does not know,
    /// still put each written node in its question's place.
    #[test]
    fn written_questions_are_found_in_any_order() {
        let (section, keys) = Sections::LAYOUT[1];
        let mut map = serde_json::Map::new();
        map.insert("not_a_question".into(), json!(0));
        for (i, key) in keys.iter().enumerate().rev() {
            map.insert((*key).into(), json!(i));
        }
        let document = json!({ "sections": { section: Value::Object(map) } });
        let written = written_questions(&document);
        let first = Sections::LAYOUT[0].1.len();
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(layout()[first + i].id, format!("{section}.{key}"));
            assert_eq!(written[first + i], Some(&json!(i)), "{key}");
        }
        assert_eq!(written.iter().flatten().count(), keys.len());
        let front = serde_json::from_value(crate::rules::testing::base()).expect("front");
        let ctx = Context::new(&front, &document, &[]);
        let id = format!("{section}.{}", keys[0]);
        assert_eq!(ctx.question(&id), Some(&json!(0)));
    }
}
