//! Cross-section rules: one unit per check, a registry that lists them.
//!
//! Each rule is a [`Rule`] value: id, severity, the paragraph it rests on,
//! what it checks and its message in English and Arabic, and a `check`
//! function that returns [`Hit`]s (a JSON pointer plus message arguments).
//! Rules run on the typed report and on the document as written; they never
//! compute positions. Each file's tests trigger its rules and try a near miss.

mod answers;
mod contacts;
mod cooperation;
mod gender;
mod language;
mod marking;
mod period;
mod records;
mod state;
mod text;
mod tracing;

use serde_json::Value;

use crate::finding::{Finding, Message, Severity, fill};
use crate::model::{Answer, Lang, Report};
use crate::path::{Path, Segment, walk_shapes};
use crate::shape::{Shape, report_shape};
use crate::yaml::Target;

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

/// An argument of a message: the same text in both languages, or one per language.
#[derive(Debug, Clone)]
pub enum Arg {
    Same(String),
    Each { en: String, ar: String },
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
    pub fn arg_each(
        mut self,
        name: &'static str,
        en: impl Into<String>,
        ar: impl Into<String>,
    ) -> Self {
        self.args.push((
            name,
            Arg::Each {
                en: en.into(),
                ar: ar.into(),
            },
        ));
        self
    }
}

/// What a rule sees: the typed report, the document as written (less what
/// the schema rejected), and the pointers the schema rejected.
pub struct Context<'a> {
    pub report: &'a Report,
    pub document: &'a Value,
    /// Pointers of nodes the schema rejected (and that were pruned).
    pub rejected: &'a [String],
    /// One walk over every string of the document, shared by the rules that
    /// look at all of them (made on first use).
    strings: std::cell::OnceCell<StringScan>,
    /// One walk over the document with its shapes, likewise.
    typed: std::cell::OnceCell<TypedScan<'a>>,
}

/// The nodes some rules look at, found in one walk along the report's shape.
#[derive(Debug, Default)]
pub struct TypedScan<'a> {
    /// Every piece of free text (and the State's name): where, and the value.
    pub free_text: Vec<(Path<'a>, &'a Value)>,
    /// Every question with counts split by sex, age and disability.
    pub disaggregated: Vec<(Path<'a>, &'a Value)>,
}

impl<'a> TypedScan<'a> {
    fn of(document: &'a Value) -> Self {
        let mut scan = TypedScan::default();
        walk_shapes(
            report_shape(),
            document,
            &mut Path::new(),
            &mut |path, shape, value| match shape {
                Shape::Text | Shape::Localized => scan.free_text.push((path.clone(), value)),
                Shape::Object { def, .. } if def == "DisaggregatedQuestion" => {
                    scan.disaggregated.push((path.clone(), value))
                }
                _ => {}
            },
        );
        scan
    }
}

/// What one pass over every string of a document finds.
#[derive(Debug, Default)]
pub struct StringScan {
    /// Strings holding a character XML 1.0 cannot carry: (pointer, first such character).
    pub control: Vec<(String, char)>,
    /// Strings holding a bidirectional control: (pointer, first such character).
    pub bidi: Vec<(String, char)>,
    /// `contact` fields inside sections: (pointer, contact id).
    pub contacts: Vec<(String, String)>,
}

impl StringScan {
    fn of(document: &Value) -> StringScan {
        let mut scan = StringScan::default();
        crate::path::walk_values(
            document,
            &mut crate::path::Path::new(),
            &mut |path, value| {
                let Value::String(s) = value else { return };
                let (mut control, mut bidi) = (None, None);
                // Every character either rule looks for starts with a byte below
                // 0x20 (controls), 0xE2 (U+2000–U+2FFF: bidi controls) or 0xEF
                // (U+F000–U+FFFF: non-characters): most strings are cleared by
                // one pass over their bytes.
                let suspicious = s.bytes().any(|b| {
                    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0xE2 || b == 0xEF
                });
                for c in s.chars().take_while(|_| suspicious) {
                    if control.is_none() && !crate::render::xml::is_xml_char(c) {
                        control = Some(c);
                    }
                    if bidi.is_none() && text::is_bidi_control(c) {
                        bidi = Some(c);
                    }
                    if control.is_some() && bidi.is_some() {
                        break;
                    }
                }
                let segments = path.segments();
                let is_contact = matches!(segments.first(), Some(Segment::Key("sections")))
                    && matches!(segments.last(), Some(Segment::Key("contact")));
                if control.is_none() && bidi.is_none() && !is_contact {
                    return;
                }
                let pointer = path.pointer();
                if let Some(c) = control {
                    scan.control.push((pointer.clone(), c));
                }
                if let Some(c) = bidi {
                    scan.bidi.push((pointer.clone(), c));
                }
                if is_contact {
                    scan.contacts.push((pointer, s.clone()));
                }
            },
        );
        scan
    }
}

impl<'a> Context<'a> {
    pub fn new(report: &'a Report, document: &'a Value, rejected: &'a [String]) -> Self {
        Context {
            report,
            document,
            rejected,
            strings: std::cell::OnceCell::new(),
            typed: std::cell::OnceCell::new(),
        }
    }

    /// The typed nodes rules look at, found once.
    pub fn typed(&self) -> &TypedScan<'a> {
        self.typed.get_or_init(|| TypedScan::of(self.document))
    }

    /// Every string of the document, looked at once.
    pub fn strings(&self) -> &StringScan {
        self.strings.get_or_init(|| StringScan::of(self.document))
    }

    /// The question map `section.question` as written, if present.
    pub fn question(&self, id: &str) -> Option<&'a Value> {
        let (section, question) = id.split_once('.')?;
        self.document.get("sections")?.get(section)?.get(question)
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
    pub fn any_unknown_in(&self, section: &str) -> bool {
        let prefix = format!("/sections/{section}/");
        self.rejected.iter().any(|p| {
            p.strip_prefix(&prefix)
                .is_some_and(|rest| !rest.contains('/') || rest.ends_with("/answer"))
        })
    }

    /// The answer to question `id`.
    pub fn answer(&self, id: &str) -> Option<Answer> {
        let text = self.question(id)?.get("answer")?.as_str()?;
        Answer::ALL.iter().copied().find(|a| a.code() == text)
    }

    /// A non-negative count field of question `id`.
    pub fn count(&self, id: &str, field: &str) -> Option<u64> {
        self.question(id)?.get(field)?.as_u64()
    }

    /// The answered questions of a section, as (key, answer).
    pub fn answers_in(&self, section: &str) -> Vec<(String, Answer)> {
        let Some(questions) = self
            .document
            .get("sections")
            .and_then(|s| s.get(section))
            .and_then(Value::as_object)
        else {
            return Vec::new();
        };
        questions
            .keys()
            .filter_map(|q| Some((q.clone(), self.answer(&format!("{section}.{q}"))?)))
            .collect()
    }
}

/// The pointer of question `id` (`marking.at_manufacture` → `/sections/marking/at_manufacture`).
pub fn question_pointer(id: &str) -> String {
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
    fn findings(&self, ctx: &Context) -> Vec<Finding> {
        let hits = (self.check)(ctx);
        if hits.is_empty() {
            return Vec::new();
        }
        // The message templates are looked up once per rule, not per hit.
        let (en, ar) = (self.message(Lang::En), self.message(Lang::Ar));
        hits.into_iter()
            .map(|hit| {
                let pick = |english: bool| -> Vec<(&str, &str)> {
                    hit.args
                        .iter()
                        .map(|(name, arg)| {
                            let text = match arg {
                                Arg::Same(s) => s,
                                Arg::Each { en, .. } if english => en,
                                Arg::Each { ar, .. } => ar,
                            };
                            (*name, text.as_str())
                        })
                        .collect()
                };
                let message = Message {
                    en: fill(en, &pick(true)),
                    ar: fill(ar, &pick(false)),
                };
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
/// rejected, already pruned from `document`.
pub fn run(report: &Report, document: &Value, rejected: &[String]) -> Vec<Finding> {
    let ctx = Context::new(report, document, rejected);
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
        let segments = crate::yaml::pointer_segments(pointer);
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
        let schema = crate::schema::check(doc);
        assert!(
            schema.is_empty(),
            "test document fails the schema: {schema:?}"
        );
        let report: Report = serde_json::from_value(doc.clone()).expect("typed");
        let rule = registry().iter().find(|r| r.id == id).expect("rule exists");
        rule.findings(&Context::new(&report, doc, &[]))
            .into_iter()
            .map(|f| f.pointer)
            .collect()
    }
}
