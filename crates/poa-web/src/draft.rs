//! The report behind the form: read, changed one value at a time, written
//! back, and validated after every change. Where it is kept is a
//! [`Storage`]: a file on disk for `serve` ([`Draft::open`]), a draft in the
//! store for the portal.
//!
//! The report stays a normal report: it is written through the same
//! commented YAML writer as `init`, under its own leading comment lines.
//! Every change names the version (a hash of the report's bytes) the page
//! was built from; if the report changed since (another tab, an editor, a
//! colleague), the change is refused, never written over.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Serialize;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use poa_core::catalogue;
use poa_core::init;
use poa_core::load::{self, LoadOptions};
use poa_core::model::Lang;
use poa_core::pointer::{Entries, Pointer};
use poa_core::shape::{Shape, report_shape};
use poa_core::validate::{FileOutcome, validate_text};
use poa_core::yaml;
use poa_formats::output_file::write_atomically;

/// Why a change was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    /// The file changed since the page was loaded.
    Stale,
    /// The file cannot be read or written.
    Io(String),
    /// The file on disk is not YAML the form can read (an editor left it
    /// half-written, say): where, and what.
    Malformed {
        /// The load error's id (`YAML-001`).
        id: &'static str,
        line: usize,
        column: usize,
        message: String,
    },
    /// The request names something the report cannot hold.
    Invalid(String),
}

/// Longest text one change may hold (a long free-text answer fits easily).
pub(crate) const MAX_TEXT_CHARS: usize = 100_000;

/// Most entries a list may be given in one change.
pub(crate) const MAX_LIST_ENTRIES: usize = 500;

/// Where a draft is kept.
pub trait Storage: Send + Sync {
    /// What the page calls it (a file's path, a State and cycle).
    fn name(&self) -> String;
    /// Its bytes as they are now.
    fn read(&self) -> Result<Vec<u8>, DraftError>;
    /// Writes `bytes` if what is kept is still at `version` (see
    /// [`version_of`]); [`DraftError::Stale`] otherwise, and nothing written.
    fn replace(&self, version: &str, bytes: &[u8]) -> Result<(), DraftError>;
}

/// A report file on disk; a change is made under the file's own lock (read,
/// compare versions, write atomically), so no caller can forget it.
struct FileStorage {
    path: PathBuf,
    writing: Mutex<()>,
}

impl Storage for FileStorage {
    fn name(&self) -> String {
        self.path.display().to_string()
    }

    fn read(&self) -> Result<Vec<u8>, DraftError> {
        load::read_bytes(&self.path, LoadOptions::default().max_bytes)
            .map_err(|e| DraftError::Io(format!("{}: {}", self.path.display(), e.message)))
    }

    fn replace(&self, version: &str, bytes: &[u8]) -> Result<(), DraftError> {
        let _writing = self.writing.lock().unwrap_or_else(|p| p.into_inner());
        if version_of(&self.read()?) != version {
            return Err(DraftError::Stale);
        }
        write_atomically(&self.path, bytes)
            .map_err(|e| DraftError::Io(format!("{}: {e}", self.path.display())))
    }
}

/// A report being edited, wherever it is kept.
pub struct Draft {
    storage: Box<dyn Storage>,
}

/// A finding as the page shows it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PageFinding {
    pub rule: &'static str,
    pub severity: &'static str,
    pub message: String,
    pub pointer: String,
    /// The question (`marking.at_manufacture`) or top-level part (`contacts`) it belongs to.
    pub question: String,
    pub number: String,
    /// The form page it appears on.
    pub page: String,
    pub line: usize,
}

/// The outcome of a load or a change.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Snapshot {
    pub version: String,
    pub findings: Vec<PageFinding>,
    /// Per page: `complete`, `findings` or `unanswered`.
    pub pages: Vec<(String, &'static str)>,
}

/// The form's pages: the cover, contacts, then the template's sections.
pub fn pages() -> Vec<&'static str> {
    let mut out = vec!["report", "contacts"];
    out.extend(poa_core::model::Sections::LAYOUT.iter().map(|(s, _)| *s));
    out
}

/// The page a JSON pointer is on.
pub(crate) fn page_of(pointer: &str) -> String {
    let place = Pointer::parse(pointer);
    match place.segments() {
        [first, section, ..] if first == "sections" => section.clone(),
        [first, ..] if first == "contacts" || first == "points_of_contact" => "contacts".into(),
        _ => "report".into(),
    }
}

/// A report's version: the start of its SHA-256, as hex.
pub fn version_of(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// The leading comment lines of a file (kept when it is written back).
fn leading_comments(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.starts_with('#') {
            out.push_str(line);
            out.push('\n');
        } else {
            break;
        }
    }
    out
}

impl Draft {
    /// A draft for `path`; a file that does not exist yet is created from
    /// the `init` skeleton for `state` and `cycle`.
    pub fn open(path: &Path, state: &str, cycle: u16) -> Result<Draft, DraftError> {
        if !path.exists() {
            let text =
                init::to_commented_yaml(&init::skeleton(state, cycle), "poa-report.schema.json")
                    .map_err(|e| DraftError::Io(format!("{}: {e}", path.display())))?;
            write_atomically(path, text.as_bytes())
                .map_err(|e| DraftError::Io(format!("{}: {e}", path.display())))?;
        }
        let draft = Draft::on(Box::new(FileStorage {
            path: path.to_owned(),
            writing: Mutex::new(()),
        }));
        draft.read()?;
        Ok(draft)
    }

    /// A draft kept in `storage`.
    pub fn on(storage: Box<dyn Storage>) -> Draft {
        Draft { storage }
    }

    /// What the page calls it.
    pub fn name(&self) -> String {
        self.storage.name()
    }

    /// The report's text and version.
    pub fn read(&self) -> Result<(String, String), DraftError> {
        let bytes = self.storage.read()?;
        let version = version_of(&bytes);
        let text = load::decode(&bytes)
            .map_err(|e| DraftError::Io(format!("{}: {}", self.name(), e.message)))?;
        Ok((text, version))
    }

    /// The text as a JSON value; a file that is not YAML says where it breaks.
    fn parse(&self, text: &str) -> Result<Value, DraftError> {
        let mut tree =
            yaml::parse(text, yaml::Limits::default()).map_err(|e| DraftError::Malformed {
                id: e.kind.id(),
                line: e.pos.line,
                column: e.pos.column,
                message: e.message,
            })?;
        Ok(tree.take_json(text))
    }

    /// The report as the form shows it and its findings, from one read of the file.
    pub(crate) fn load(&self, lang: Lang) -> Result<(Value, Snapshot), DraftError> {
        let (text, version) = self.read()?;
        let value = self.parse(&text)?;
        Ok((value, self.snapshot_of(&text, version, lang)))
    }

    /// Applies `change` to the value, if the file is still at `version`,
    /// writes it, and returns the findings of what was written.
    pub(crate) fn change(
        &self,
        version: &str,
        lang: Lang,
        change: impl FnOnce(&mut Value) -> Result<(), DraftError>,
    ) -> Result<Snapshot, DraftError> {
        let (text, current) = self.read()?;
        if current != version {
            return Err(DraftError::Stale);
        }
        let mut value = self.parse(&text)?;
        change(&mut value)?;
        let mut header = leading_comments(&text);
        if header.is_empty() {
            header = init::header("poa-report.schema.json");
        }
        let new = init::value_to_commented_yaml(&value, &header);
        readable(&new, lang)?;
        // Written only if nothing changed it since it was read.
        self.storage.replace(&current, new.as_bytes())?;
        let version = version_of(new.as_bytes());
        Ok(self.snapshot_of(&new, version, lang))
    }

    /// Validates the file as it is and summarises for the page.
    pub(crate) fn snapshot(&self, lang: Lang) -> Result<Snapshot, DraftError> {
        let (text, version) = self.read()?;
        let outcome = validate_text(&self.name(), &text, &LoadOptions::default());
        if let Some(error) = outcome.load_error {
            return Err(DraftError::Malformed {
                id: error.id,
                line: error.pos.map_or(1, |p| p.line),
                column: error.pos.map_or(1, |p| p.column),
                message: error.message,
            });
        }
        Ok(snapshot(&outcome, version, lang))
    }

    fn snapshot_of(&self, text: &str, version: String, lang: Lang) -> Snapshot {
        let outcome = validate_text(&self.name(), text, &LoadOptions::default());
        snapshot(&outcome, version, lang)
    }
}

fn snapshot(outcome: &FileOutcome, version: String, lang: Lang) -> Snapshot {
    let findings: Vec<PageFinding> = outcome
        .findings
        .iter()
        .map(|l| {
            let f = &l.finding;
            let item = catalogue::item_at(&f.pointer);
            PageFinding {
                rule: f.rule,
                severity: f.severity.code(),
                message: f.message.get(lang).to_owned(),
                pointer: f.pointer.clone(),
                question: item.map_or_else(
                    || {
                        Pointer::parse(&f.pointer)
                            .into_segments()
                            .into_iter()
                            .next()
                            .unwrap_or_default()
                    },
                    |i| i.id.to_owned(),
                ),
                number: item.map_or(String::new(), |i| i.number.to_owned()),
                page: page_of(&f.pointer),
                line: l.span.start.line,
            }
        })
        .collect();
    let pages = pages()
        .into_iter()
        .map(|page| {
            let on_page = findings.iter().filter(|f| f.page == page);
            let state = if on_page.clone().any(|f| f.severity != "info") {
                "findings"
            } else if on_page.clone().any(|_| true) {
                "unanswered"
            } else {
                "complete"
            };
            (page.to_owned(), state)
        })
        .collect();
    Snapshot {
        version,
        findings,
        pages,
    }
}

/// Refuses text the loader would not read back (too large, nested too
/// deeply, too many nodes): the file on disk stays as it was.
fn readable(text: &str, lang: Lang) -> Result<(), DraftError> {
    let options = LoadOptions::default();
    let problem = if text.len() as u64 > options.max_bytes {
        Some(format!("{} bytes", text.len()))
    } else {
        yaml::parse(text, options.limits).err().map(|e| e.message)
    };
    match problem {
        None => Ok(()),
        Some(problem) => Err(DraftError::Invalid(poa_core::i18n::fill(
            poa_core::i18n::text(lang, "form-unreadable-change"),
            &[("problem", problem)],
        ))),
    }
}

/// Whether `value` has the structure `shape` allows: maps with known keys,
/// lists of fitting entries, text where text goes, single values where a
/// single value goes (a value of the wrong kind, such as words in a count,
/// is let through for the findings to name), and nothing oversized.
pub(crate) fn fits(shape: &Shape, value: &Value) -> Result<(), String> {
    let text_ok = |s: &str| {
        if s.chars().count() > MAX_TEXT_CHARS {
            Err(format!("a text longer than {MAX_TEXT_CHARS} characters"))
        } else {
            Ok(())
        }
    };
    let by_language = |map: &Map<String, Value>| {
        for (code, text) in map {
            if !Lang::ALL.iter().any(|l| l.code() == code) {
                return Err(format!("no language `{code}`"));
            }
            match text {
                Value::String(s) => text_ok(s)?,
                Value::Null => {}
                _ => return Err("a text in each language".to_owned()),
            }
        }
        Ok(())
    };
    match (shape, value) {
        (_, Value::Null) => Ok(()),
        (_, Value::String(s))
            if !matches!(
                shape,
                Shape::Object { .. } | Shape::List(_) | Shape::Localized
            ) =>
        {
            text_ok(s)
        }
        (Shape::Text | Shape::Localized, Value::Object(map)) => by_language(map),
        (
            Shape::Str { .. } | Shape::Int { .. } | Shape::Choice { .. },
            Value::Number(_) | Value::Bool(_),
        ) => Ok(()),
        (Shape::List(item), Value::Array(items)) => {
            if items.len() > MAX_LIST_ENTRIES {
                return Err(format!("more than {MAX_LIST_ENTRIES} entries"));
            }
            items.iter().try_for_each(|entry| fits(item, entry))
        }
        (Shape::Object { .. }, Value::Object(map)) => map.iter().try_for_each(|(key, entry)| {
            let field = shape
                .field(key)
                .ok_or_else(|| format!("no field `{key}`"))?;
            fits(&field.shape, entry)
        }),
        (Shape::Object { .. }, _) => Err("a map of fields".to_owned()),
        (Shape::List(_), _) => Err("a list".to_owned()),
        (Shape::Localized, _) => Err("a text in each language".to_owned()),
        _ => Err("a single value".to_owned()),
    }
}

/// The place `pointer` names, refusing what no report holds.
fn checked_place(pointer: &str) -> Result<Pointer, DraftError> {
    let place = Pointer::parse(pointer);
    if place.is_root() || place.len() > 12 || place.shape(report_shape()).is_none() {
        return Err(DraftError::Invalid(format!("no such place: {pointer}")));
    }
    Ok(place)
}

/// The node at `place`, creating maps and list entries on the way.
fn node_at<'v>(value: &'v mut Value, place: &Pointer) -> Result<&'v mut Value, DraftError> {
    place
        .get_or_create(value, Entries::Append)
        .map_err(|e| DraftError::Invalid(format!("{place}: {e}")))
}

/// Sets the value at `pointer` (an empty string or empty list clears it).
pub fn set(value: &mut Value, pointer: &str, new: Value) -> Result<(), DraftError> {
    let place = checked_place(pointer)?;
    if let Some(shape) = place.shape(report_shape()) {
        fits(shape, &new).map_err(|wanted| {
            DraftError::Invalid(format!("{pointer} cannot hold this value: {wanted}"))
        })?;
    }
    let new = match new {
        Value::String(s) if s.trim().is_empty() => Value::Null,
        other => other,
    };
    *node_at(value, &place)? = new;
    Ok(())
}

/// Sets one language of the free text at `pointer`; a plain string becomes
/// a map keyed by `languages[0]` first, and an emptied map becomes null.
pub fn set_text(
    value: &mut Value,
    pointer: &str,
    lang: &str,
    text: &str,
    first: &str,
) -> Result<(), DraftError> {
    let place = checked_place(pointer)?;
    if !matches!(
        place.shape(report_shape()),
        Some(Shape::Text | Shape::Localized)
    ) {
        return Err(DraftError::Invalid(format!("{pointer} is not a text")));
    }
    if !Lang::ALL.iter().any(|l| l.code() == lang) {
        return Err(DraftError::Invalid(format!("no language `{lang}`")));
    }
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(DraftError::Invalid(format!(
            "a text longer than {MAX_TEXT_CHARS} characters"
        )));
    }
    let node = node_at(value, &place)?;
    let mut map = match std::mem::take(node) {
        Value::Object(map) => map,
        Value::String(s) if !s.is_empty() => Map::from_iter([(first.to_owned(), Value::String(s))]),
        _ => Map::new(),
    };
    if text.trim().is_empty() {
        map.remove(lang);
    } else {
        map.insert(lang.to_owned(), Value::String(text.to_owned()));
    }
    *node = if map.is_empty() {
        Value::Null
    } else {
        Value::Object(map)
    };
    Ok(())
}

/// An empty entry of a list: required fields present and blank.
fn blank(shape: &Shape) -> Value {
    match shape {
        Shape::Object { fields, .. } => Value::Object(
            fields
                .iter()
                .filter(|f| f.required)
                .map(|f| (f.key.clone(), blank(&f.shape)))
                .collect(),
        ),
        Shape::List(_) => Value::Array(Vec::new()),
        Shape::Str { .. } | Shape::Text => Value::String(String::new()),
        _ => Value::Null,
    }
}

/// List operations: `add` an entry at the end, `remove`, `up`, `down` entry `index`.
pub(crate) fn list_op(
    value: &mut Value,
    pointer: &str,
    op: &str,
    index: usize,
) -> Result<(), DraftError> {
    let place = checked_place(pointer)?;
    let Some(Shape::List(item)) = place.shape(report_shape()) else {
        return Err(DraftError::Invalid(format!("{pointer} is not a list")));
    };
    let item = blank(item);
    let node = node_at(value, &place)?;
    if node.is_null() {
        *node = Value::Array(Vec::new());
    }
    let Value::Array(items) = node else {
        return Err(DraftError::Invalid(format!("{pointer} is not a list")));
    };
    let bad = || DraftError::Invalid(format!("no entry {} in {pointer}", index.saturating_add(1)));
    match op {
        "add" if items.len() < MAX_LIST_ENTRIES => items.push(item),
        "remove" if index < items.len() => {
            items.remove(index);
        }
        "up" if index > 0 && index < items.len() => items.swap(index - 1, index),
        "down" if index < items.len().saturating_sub(1) => items.swap(index, index + 1),
        "add" | "remove" | "up" | "down" => return Err(bad()),
        other => return Err(DraftError::Invalid(format!("unknown operation `{other}`"))),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A hundred nested lists where a yes/no answer goes would be written as
    /// YAML the loader refuses (deeper than 64 levels): refused before writing.
    #[test]
    fn values_that_do_not_fit_the_place_are_refused() {
        let mut v = json!({"sections": {}});
        let mut deep = json!("yes");
        for _ in 0..100 {
            deep = json!([deep]);
        }
        let answer = "/sections/marking/at_manufacture/answer";
        assert!(set(&mut v, answer, deep).is_err());
        assert!(set(&mut v, answer, json!({"a": 1})).is_err());
        assert!(set(&mut v, answer, json!("x".repeat(MAX_TEXT_CHARS + 1))).is_err());
        assert!(v["sections"].as_object().unwrap().is_empty(), "nothing set");
        // Words in a count are let through: the findings name them.
        set(
            &mut v,
            "/sections/manufacture/domestic_manufacture/count",
            json!("many"),
        )
        .unwrap();
        set(&mut v, "/contacts", json!([{"id": "a", "name": "A"}])).unwrap();
        assert!(set(&mut v, "/contacts", json!([{"id": "a", "nope": 1}])).is_err());
        assert!(set(&mut v, "/contacts", json!([[["a"]]])).is_err());
    }

    /// Text the loader would refuse is never written: the check runs on the
    /// very text about to be written.
    #[test]
    fn text_the_loader_refuses_is_not_written() {
        let mut deep = String::from("x: ");
        for _ in 0..80 {
            deep.push('[');
        }
        assert!(matches!(
            readable(&deep, Lang::En),
            Err(DraftError::Invalid(_))
        ));
        assert!(readable("a: 1\n", Lang::En).is_ok());
    }

    #[test]
    fn set_creates_the_way_and_clears_with_empty_text() {
        let mut v = json!({"sections": {}});
        set(
            &mut v,
            "/sections/marking/at_manufacture/answer",
            json!("yes"),
        )
        .unwrap();
        assert_eq!(v["sections"]["marking"]["at_manufacture"]["answer"], "yes");
        set(
            &mut v,
            "/sections/marking/at_manufacture/answer",
            json!("  "),
        )
        .unwrap();
        assert!(v["sections"]["marking"]["at_manufacture"]["answer"].is_null());
        assert!(set(&mut v, "/sections/nowhere/x", json!(1)).is_err());
        assert!(set(&mut v, "/../etc/passwd", json!(1)).is_err());
    }

    #[test]
    fn text_by_language_keeps_the_plain_string_as_the_first_language() {
        let mut v = json!({"contacts": [{"organisation": "Ministry"}]});
        set_text(&mut v, "/contacts/0/organisation", "ar", "وزارة", "en").unwrap();
        assert_eq!(
            v["contacts"][0]["organisation"],
            json!({"en": "Ministry", "ar": "وزارة"})
        );
        set_text(&mut v, "/contacts/0/organisation", "en", "", "en").unwrap();
        set_text(&mut v, "/contacts/0/organisation", "ar", "", "en").unwrap();
        assert!(v["contacts"][0]["organisation"].is_null());
        // Only a text takes a text: not a list, a section or an id.
        for pointer in ["/contacts", "/sections/marking", "/contacts/0/id"] {
            assert!(
                set_text(&mut v, pointer, "en", "x", "en").is_err(),
                "{pointer}"
            );
        }
        assert!(v["contacts"].is_array());
    }

    #[test]
    fn list_entries_are_added_moved_and_removed() {
        let mut v = json!({"contacts": [{"id": "a"}, {"id": "b"}]});
        list_op(&mut v, "/contacts", "down", 0).unwrap();
        assert_eq!(v["contacts"][0]["id"], "b");
        list_op(&mut v, "/contacts", "add", 0).unwrap();
        assert_eq!(v["contacts"].as_array().unwrap().len(), 3);
        assert_eq!(v["contacts"][2]["id"], "");
        list_op(&mut v, "/contacts", "remove", 0).unwrap();
        assert_eq!(v["contacts"][0]["id"], "a");
        assert!(list_op(&mut v, "/contacts", "remove", 9).is_err());
        assert!(list_op(&mut v, "/contacts", "down", usize::MAX).is_err());
        assert!(list_op(&mut v, "/state", "add", 0).is_err());
    }
}
