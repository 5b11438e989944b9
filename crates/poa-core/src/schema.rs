//! The JSON Schema: generated from the model, annotated from the catalogue.
//!
//! [`json_schema`] is what `poa-report schema` prints and what
//! `schemas/poa-report.schema.json` must equal. [`check`] validates a
//! document against it and turns each error into a [`Finding`] with a
//! stable id, a message in both languages, and the pointer to blame.

use std::sync::OnceLock;

use jsonschema::error::ValidationErrorKind;
use jsonschema::{ValidationError, Validator};
use schemars::generate::SchemaSettings;
use serde_json::{Value, json};

use crate::catalogue;
use crate::finding::{Finding, Message, Severity};
use crate::i18n::fill;
use crate::model::{Lang, Report};
use crate::pointer::{Pointer, join};
use crate::yaml::Target;

/// Where the checked-in schema lives, and its `$id`.
pub const SCHEMA_PATH: &str = "schemas/poa-report.schema.json";
pub(crate) const SCHEMA_ID: &str = "urn:poa-report:schema:report:1";

/// Schema finding ids; what each means is `rule-<ID>.summary` in `locales/*.ftl`.
pub const SCHEMA_FINDINGS: &[&str] = &[
    "SCHEMA-001",
    "SCHEMA-002",
    "SCHEMA-003",
    "SCHEMA-004",
    "SCHEMA-005",
    "SCHEMA-006",
    "SCHEMA-007",
];

/// What a schema finding id means, in `lang` (for `poa-report rules`).
pub fn schema_finding_summary(id: &str, lang: Lang) -> &'static str {
    crate::i18n::text(lang, &format!("rule-{id}.summary"))
}

/// A schema message from the locale files: `schema-<key>` filled with the
/// arguments `args` gives in each language (plural forms resolved).
fn message(key: &str, args: impl Fn(Lang) -> Vec<(&'static str, String)>) -> Message {
    let key = format!("schema-{key}");
    let text = |lang| crate::i18n::format(lang, &key, &args(lang));
    Message::new(text)
}

/// A word of schema messages (`schema-<key>`) in `lang`.
fn word(lang: Lang, key: &str) -> String {
    crate::i18n::text(lang, &format!("schema-{key}")).to_owned()
}

/// Appends "; did you mean `x`?" in each language to `message`, if there is a hint.
fn did_you_mean(message: &mut Message, hint: Option<&String>) {
    if let Some(h) = hint {
        message.append(|lang| {
            fill(
                crate::i18n::text(lang, "schema-did-you-mean"),
                &[("hint", h.clone())],
            )
        });
    }
}

/// The report's JSON Schema (draft 2020-12), with catalogue titles.
pub fn json_schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let generator = SchemaSettings::draft2020_12()
            .for_deserialize()
            .into_generator();
        let mut schema = generator.into_root_schema_for::<Report>().to_value();
        strip_defaults(&mut schema);
        standard_formats(&mut schema);
        if let Some(obj) = schema.as_object_mut() {
            obj.insert("$id".into(), json!(SCHEMA_ID));
        }
        annotate_from_catalogue(&mut schema);
        schema
    })
}

/// The schema as the checked-in file holds it (pretty, trailing newline).
pub fn json_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(json_schema()).unwrap_or_default();
    text.push('\n');
    text
}

/// `default` values of every struct would bloat the schema: editors do not need them.
fn strip_defaults(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("default");
            map.values_mut().for_each(strip_defaults);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_defaults),
        _ => {}
    }
}

/// schemars marks integers with non-standard formats (`uint16`, `uint64`),
/// which strict validators (ajv) refuse. Bounds say the same in standard
/// words: the format goes, `minimum`/`maximum` stay or are added.
fn standard_formats(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let bounds = match map.get("format").and_then(Value::as_str) {
                Some("uint8") => Some((0, Some(u64::from(u8::MAX)))),
                Some("uint16") => Some((0, Some(u64::from(u16::MAX)))),
                Some("uint32") => Some((0, Some(u64::from(u32::MAX)))),
                Some("uint64" | "uint") => Some((0, None)),
                _ => None,
            };
            if let Some((min, max)) = bounds {
                map.remove("format");
                map.entry("minimum").or_insert(json!(min));
                if let Some(max) = max {
                    map.entry("maximum").or_insert(json!(max));
                }
            }
            map.values_mut().for_each(standard_formats);
        }
        Value::Array(items) => items.iter_mut().for_each(standard_formats),
        _ => {}
    }
}

/// Puts each section's and question's label and help on its property, so an
/// editor shows the question text on hover.
fn annotate_from_catalogue(schema: &mut Value) {
    let section_defs: Vec<(String, String)> = schema
        .pointer("/$defs/Sections/properties")
        .and_then(Value::as_object)
        .map(|props| {
            props
                .iter()
                .filter_map(|(key, prop)| Some((key.clone(), def_name(prop)?)))
                .collect()
        })
        .unwrap_or_default();
    for (section_key, def) in section_defs {
        if let (Some(meta), Some(prop)) = (
            catalogue::section(&section_key),
            schema.pointer_mut(&format!("/$defs/Sections/properties/{section_key}")),
        ) {
            set_text(
                prop,
                &meta.heading(Lang::En),
                &format!("{}\n{}", meta.heading(Lang::Ar), meta.sources.join("; ")),
            );
        }
        let Some(questions) = schema
            .pointer_mut(&format!("/$defs/{def}/properties"))
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        for (question_key, prop) in questions.iter_mut() {
            if let Some(meta) = catalogue::question(&format!("{section_key}.{question_key}")) {
                let description = format!(
                    "{}\n{}\n{}\n{}",
                    meta.label(Lang::Ar),
                    meta.help(Lang::En),
                    meta.help(Lang::Ar),
                    meta.heading()
                );
                let title = format!("{} {}", meta.number, meta.label(Lang::En));
                set_text(prop, &title, &description);
            }
        }
    }
}

fn set_text(prop: &mut Value, title: &str, description: &str) {
    if let Some(obj) = prop.as_object_mut() {
        obj.insert("title".into(), json!(title));
        obj.insert("description".into(), json!(description));
    }
}

/// `#/$defs/Name` of a property schema that is (or wraps) a reference.
fn def_name(prop: &Value) -> Option<String> {
    let reference = prop.get("$ref").and_then(Value::as_str)?;
    reference.strip_prefix("#/$defs/").map(str::to_owned)
}

/// Follows `$ref` and the non-null branch of `anyOf` to the schema that
/// describes a present value.
fn resolve<'s>(root: &'s Value, mut schema: &'s Value) -> &'s Value {
    for _ in 0..16 {
        if let Some(name) = def_name(schema) {
            match root.pointer(&format!("/$defs/{name}")) {
                Some(target) => schema = target,
                None => return schema,
            }
        } else if let Some(branches) = schema.get("anyOf").and_then(Value::as_array) {
            match branches
                .iter()
                .find(|b| b.get("type") != Some(&json!("null")))
            {
                Some(branch) => schema = branch,
                None => return schema,
            }
        } else {
            return schema;
        }
    }
    schema
}

/// The keys a map at `pointer` may hold (for "did you mean").
pub(crate) fn allowed_keys(pointer: &str) -> Vec<String> {
    let root = json_schema();
    let mut schema = resolve(root, root);
    for segment in Pointer::parse(pointer).into_segments() {
        let next = if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            props.get(&segment)
        } else {
            schema.get("items")
        };
        match next {
            Some(next) => schema = resolve(root, next),
            None => return Vec::new(),
        }
    }
    schema
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}

fn validator() -> &'static Validator {
    static VALIDATOR: OnceLock<Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        jsonschema::options()
            .should_validate_formats(true)
            .build(json_schema())
            .expect("the generated schema compiles (covered by tests)")
    })
}

/// Validates `instance` against the schema.
pub fn check(instance: &Value) -> Vec<Finding> {
    // Most reports are valid: a yes/no pass that stops early and builds no
    // errors costs less than collecting them.
    if validator().is_valid(instance) {
        return Vec::new();
    }
    let mut findings = Vec::new();
    for error in validator().iter_errors(instance) {
        push_error(&error, &mut findings);
    }
    findings.dedup();
    findings
}

fn push_error(error: &ValidationError<'_>, out: &mut Vec<Finding>) {
    let pointer = error.instance_path().as_str().to_owned();
    let instance = error.instance();
    let (rule, target, message): (&'static str, Target, Message) = match error.kind() {
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            // The branch that best explains the value: skip branches that only
            // say "wrong type" for the value itself (the null branch, the string branch).
            let best = context.iter().min_by_key(|branch| {
                branch
                    .iter()
                    .filter(|e| {
                        matches!(e.kind(), ValidationErrorKind::Type { .. })
                            && e.instance_path().as_str() == pointer
                    })
                    .count()
            });
            match best {
                Some(branch)
                    if branch.iter().any(|e| {
                        !matches!(e.kind(), ValidationErrorKind::Type { .. })
                            || e.instance_path().as_str() != pointer
                    }) =>
                {
                    for e in branch {
                        push_error(e, out);
                    }
                    return;
                }
                _ => (
                    "SCHEMA-003",
                    Target::Value,
                    message("not-allowed", |lang| {
                        vec![("value", describe(instance, lang))]
                    }),
                ),
            }
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let allowed = allowed_keys(&pointer);
            for key in unexpected {
                let hint = suggestion(key, &allowed);
                let mut message = message("unknown-key", |_| vec![("key", key.clone())]);
                did_you_mean(&mut message, hint.as_ref());
                out.push(Finding {
                    rule: "SCHEMA-001",
                    severity: Severity::Error,
                    pointer: join(&pointer, key),
                    target: Target::Key,
                    message,
                });
            }
            return;
        }
        ValidationErrorKind::Required { property } => {
            let key = property.as_str().unwrap_or_default();
            (
                "SCHEMA-002",
                Target::Value,
                message("missing-key", |_| vec![("key", key.to_owned())]),
            )
        }
        ValidationErrorKind::Type { kind } => {
            let expected = format!("{kind:?}").to_lowercase();
            (
                "SCHEMA-003",
                Target::Value,
                message("expected", |lang| {
                    vec![
                        ("expected", expected_type_words(&expected, lang)),
                        ("value", describe(instance, lang)),
                    ]
                }),
            )
        }
        ValidationErrorKind::Enum { options } => {
            let allowed: Vec<String> = options
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            let hint = instance.as_str().and_then(|s| suggestion(s, &allowed));
            let mut message = message("not-one-of", |lang| {
                // Codes as written; in Arabic each quoted, so no Latin word
                // stands bare in the sentence.
                let allowed = match lang {
                    Lang::En => allowed.join(", "),
                    _ => allowed
                        .iter()
                        .map(|a| format!("`{a}`"))
                        .collect::<Vec<_>>()
                        .join(crate::i18n::text(lang, "phrase-list-separator")),
                };
                vec![("value", describe(instance, lang)), ("allowed", allowed)]
            });
            did_you_mean(&mut message, hint.as_ref());
            ("SCHEMA-004", Target::Value, message)
        }
        ValidationErrorKind::Constant { expected_value } => (
            "SCHEMA-004",
            Target::Value,
            message("expected", |lang| {
                vec![
                    ("expected", expected_value.to_string()),
                    ("value", describe(instance, lang)),
                ]
            }),
        ),
        ValidationErrorKind::Minimum { limit }
        | ValidationErrorKind::ExclusiveMinimum { limit } => (
            "SCHEMA-005",
            Target::Value,
            message("below-minimum", |lang| {
                vec![
                    ("value", describe(instance, lang)),
                    ("limit", limit.to_string()),
                ]
            }),
        ),
        ValidationErrorKind::Maximum { limit }
        | ValidationErrorKind::ExclusiveMaximum { limit } => (
            "SCHEMA-005",
            Target::Value,
            message("above-maximum", |lang| {
                vec![
                    ("value", describe(instance, lang)),
                    ("limit", limit.to_string()),
                ]
            }),
        ),
        ValidationErrorKind::Format { format } => (
            "SCHEMA-006",
            Target::Value,
            message("bad-format", |lang| {
                vec![
                    ("value", describe(instance, lang)),
                    ("form", format_words(format, lang)),
                ]
            }),
        ),
        ValidationErrorKind::Pattern { pattern } => (
            "SCHEMA-006",
            Target::Value,
            message("bad-pattern", |lang| {
                vec![
                    ("value", describe(instance, lang)),
                    ("form", pattern_words(pattern, lang)),
                ]
            }),
        ),
        ValidationErrorKind::MinItems { limit } => (
            "SCHEMA-007",
            Target::Value,
            message("too-few-items", |_| vec![("limit", limit.to_string())]),
        ),
        ValidationErrorKind::UniqueItems => (
            "SCHEMA-007",
            Target::Value,
            message("repeated-item", |_| Vec::new()),
        ),
        ValidationErrorKind::MaxLength { limit } => (
            "SCHEMA-007",
            Target::Value,
            message("too-long", |_| vec![("limit", limit.to_string())]),
        ),
        _ => (
            "SCHEMA-003",
            Target::Value,
            message("not-allowed", |lang| {
                vec![("value", describe(instance, lang))]
            }),
        ),
    };
    out.push(Finding {
        rule,
        severity: Severity::Error,
        pointer,
        target,
        message,
    });
}

/// The value found, as messages quote it: text and numbers as written, in
/// backticks; lists, maps and empty values in words of `lang`.
fn describe(value: &Value, lang: Lang) -> String {
    match value {
        Value::Null => word(lang, "value-empty"),
        Value::String(s) => {
            let short: String = s.chars().take(40).collect();
            format!("`{short}`{}", if s.chars().count() > 40 { "…" } else { "" })
        }
        Value::Array(_) => word(lang, "value-list"),
        Value::Object(_) => word(lang, "value-map"),
        other => format!("`{other}`"),
    }
}

/// The types a schema expected (read off the validator's debug text), in
/// words of `lang`.
fn expected_type_words(debug: &str, lang: Lang) -> String {
    let words: Vec<String> = ["integer", "number", "string", "object", "array", "boolean"]
        .into_iter()
        .filter(|needle| {
            debug.contains(needle) && !(*needle == "number" && debug.contains("integer"))
        })
        .map(|needle| word(lang, &format!("type-{needle}")))
        .collect();
    if words.is_empty() {
        format!("`{debug}`")
    } else {
        words.join(crate::i18n::text(lang, "schema-type-or"))
    }
}

/// A string format (`date`, `email`) in words of `lang`.
fn format_words(format: &str, lang: Lang) -> String {
    match format {
        "date" | "email" => word(lang, &format!("format-{format}")),
        other => format!("`{other}`"),
    }
}

/// A pattern the schema uses, in words of `lang`.
fn pattern_words(pattern: &str, lang: Lang) -> String {
    match pattern {
        r"^\d{4}-\d{2}-\d{2}$" => word(lang, "pattern-date"),
        r"^[A-Z]{3}$" => word(lang, "pattern-iso3"),
        r"^[a-z0-9][a-z0-9._-]*$" => word(lang, "pattern-id"),
        other => format!("`{other}`"),
    }
}

/// The closest allowed word, if it is close enough to be a typo.
pub(crate) fn suggestion(word: &str, allowed: &[String]) -> Option<String> {
    allowed
        .iter()
        .map(|a| (strsim::jaro_winkler(word, a), a))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, a)| a.clone())
}

/// List entries `prune` removed: (pointer of the list, index as written).
/// Later entries of such a list move up, so the rules, which see the pruned
/// document, name them by their new index; [`Removed::original`] gives back
/// the index as written, so findings underline the right entry.
#[derive(Debug, Default)]
pub struct Removed(Vec<(String, usize)>);

impl Removed {
    /// Whether nothing was removed (the usual case: pointers stay as they are).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `pointer` (into the pruned document) as a pointer into the document
    /// as written.
    pub fn original(&self, pointer: &str) -> String {
        if self.0.is_empty() {
            return pointer.to_owned();
        }
        let mut out = String::new();
        for segment in Pointer::parse(pointer).into_segments() {
            let segment = match segment.parse::<usize>() {
                Ok(mut index) => {
                    let mut gone: Vec<usize> = self
                        .0
                        .iter()
                        .filter(|(list, _)| *list == out)
                        .map(|(_, i)| *i)
                        .collect();
                    gone.sort_unstable();
                    for i in gone {
                        if i <= index {
                            index += 1;
                        }
                    }
                    index.to_string()
                }
                Err(_) => segment,
            };
            out = join(&out, &segment);
        }
        out
    }
}

/// Removes the nodes schema findings blame, so the typed model can still be
/// built and the cross-section rules still run on the rest; says which list
/// entries went.
pub(crate) fn prune(instance: &mut Value, findings: &[Finding]) -> Removed {
    let mut removed = Removed::default();
    // Deepest and last first, so removing one node does not move another.
    let mut paths: Vec<Vec<String>> = findings
        .iter()
        .map(|f| Pointer::parse(&f.pointer).into_segments())
        .collect();
    paths.sort_by(|a, b| {
        b.len().cmp(&a.len()).then_with(|| {
            let key = |s: &Vec<String>| {
                s.iter()
                    .map(|x| x.parse::<usize>().unwrap_or(usize::MAX))
                    .collect::<Vec<_>>()
            };
            key(b).cmp(&key(a)).then_with(|| b.cmp(a))
        })
    });
    paths.dedup();
    for mut segments in paths {
        let Some(last) = segments.pop() else { continue };
        let parent_pointer = Pointer::from_segments(segments).to_string();
        match instance.pointer_mut(&parent_pointer) {
            Some(Value::Object(map)) => {
                map.shift_remove(&last);
            }
            Some(Value::Array(items)) => {
                if let Ok(i) = last.parse::<usize>()
                    && i < items.len()
                {
                    items.remove(i);
                    // Deepest first: the pointers of the lists are as written.
                    removed.0.push((parent_pointer, i));
                }
            }
            _ => {}
        }
    }
    removed
}

#[cfg(test)]
mod removed_tests {
    use super::*;

    #[test]
    fn indices_after_a_removed_entry_are_given_back_as_written() {
        let removed = Removed(vec![
            ("/contacts".into(), 0),
            ("/contacts".into(), 2),
            ("/sections/x/list".into(), 1),
        ]);
        // Pruned [c1, c3, c4]: c1 is 1 as written, c3 is 3, c4 is 4.
        assert_eq!(removed.original("/contacts/0/id"), "/contacts/1/id");
        assert_eq!(removed.original("/contacts/1/id"), "/contacts/3/id");
        assert_eq!(removed.original("/contacts/2"), "/contacts/4");
        assert_eq!(removed.original("/sections/x/list/1"), "/sections/x/list/2");
        assert_eq!(removed.original("/sections/x/list/0"), "/sections/x/list/0");
        assert_eq!(removed.original("/state/iso3"), "/state/iso3");
    }
}
