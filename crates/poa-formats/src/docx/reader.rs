//! `import FILE.docx`: the fields of a document `render --to docx` wrote,
//! edited in Word or LibreOffice, back into the report it carries.
//!
//! Only fields whose words differ from what the writer put there change
//! the report, so an untouched document imports to the same report and an
//! edited one to exactly its edits. Words of a closed list are matched in
//! any of the program's languages; texts go to the language of the field they were
//! typed in. The package is checked as a workbook is (zip bombs, macros,
//! links to other files, names that leave the archive), and a relationship
//! that would fetch something from outside is refused.

use std::collections::{BTreeMap, HashMap};

use base64::Engine;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use serde_json::{Map, Value};

use super::fields::{self, PROPERTY_PREFIX, Payload, langs_of, normalise};
use crate::archive::{self, Kind};
use crate::document::view;
use crate::import::{ImportError, report_from_value};
use crate::xlsx::layout::{choice_code, list_items};
use poa_core::catalogue;
use poa_core::model::{Lang, Report};
use poa_core::pointer::{Entries, Pointer};
use poa_core::shape::{Shape, report_shape};

const DOCUMENT: Kind = Kind {
    a: "a Word document (DOCX)",
    noun: "document",
    others: "files",
};
/// Largest `docProps/custom.xml` read (it carries the report: a few hundred kilobytes).
const MAX_PAYLOAD: usize = 16 * 1024 * 1024;
/// Largest `word/document.xml` read (a report's is well under a megabyte).
const MAX_DOCUMENT: usize = 64 * 1024 * 1024;

/// What came back from a document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocxImport {
    pub report: Report,
    /// The report as it was when the document was rendered (the copy inside).
    pub rendered: Report,
    /// The fields that were changed, in the document's order.
    pub changes: Vec<Change>,
    /// What was ignored or kept, said plainly (edits outside the fields, deleted fields).
    pub notes: Vec<String>,
}

/// One field changed in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// `question 4.2` or the field's path.
    pub place: String,
    /// The JSON pointer changed.
    pub path: String,
    pub lang: Lang,
    pub before: String,
    pub after: String,
}

/// Reads an edited document back into its report.
pub fn import(bytes: &[u8]) -> Result<DocxImport, ImportError> {
    // The main part is named by the package's relationships (Word writes
    // `word/document.xml`, and has been seen to write `word/document2.xml`).
    let wanted = |name: &str| {
        matches!(name, "docProps/custom.xml" | "[Content_Types].xml")
            || name.ends_with(".rels")
            || name
                .strip_prefix("word/")
                .is_some_and(|rest| !rest.contains('/') && rest.ends_with(".xml"))
    };
    let parts: HashMap<String, Vec<u8>> = archive::open(bytes, DOCUMENT, wanted)?
        .into_iter()
        .collect();
    for (name, part) in &parts {
        if name.ends_with(".rels") {
            check_relationships(part, name)?;
        }
    }
    let macros = parts.get("[Content_Types].xml").is_some_and(|types| {
        String::from_utf8_lossy(types)
            .to_ascii_lowercase()
            .contains("macroenabled")
    });
    if macros {
        return Err(archive::refused(DOCUMENT, "macros", "[Content_Types].xml"));
    }
    let main = parts
        .get("_rels/.rels")
        .and_then(|rels| main_part(rels))
        .unwrap_or_else(|| "word/document.xml".to_owned());
    let Some(document) = parts.get(&main) else {
        return Err(ImportError::new(format!(
            "not a Word document: it has no `{main}`"
        )));
    };
    if document.len() > MAX_DOCUMENT {
        return Err(ImportError::at(
            format!("the document's text is larger than {MAX_DOCUMENT} bytes"),
            main,
        ));
    }
    let payload = read_payload(parts.get("docProps/custom.xml").map(Vec::as_slice))?;
    let parsed = parse_document(document).map_err(|e| ImportError::at(e, main.clone()))?;
    apply(payload, &parsed)
}

/// Applies the changed fields to the report the document carries.
fn apply(payload: Payload, parsed: &Parsed) -> Result<DocxImport, ImportError> {
    let langs = fields::langs_from_code(&payload.langs).ok_or_else(damaged)?;
    let original: Report = serde_json::from_value(payload.report.clone()).map_err(|_| damaged())?;
    let first = original.first_language();
    let shown: HashMap<(String, Lang), String> =
        fields::shown(&view::view(&original, &[], langs, false))
            .into_iter()
            .map(|(path, lang, words)| ((path, lang), words))
            .collect();
    let mut value = payload.report.clone();
    let mut changes = Vec::new();
    let mut notes = Vec::new();
    for (index, path) in payload.fields.iter().enumerate() {
        let mut edited: Vec<(Lang, String)> = Vec::new();
        for lang in langs_of(langs) {
            let Some(before) = shown.get(&(path.clone(), lang)) else {
                continue;
            };
            match parsed.fields.get(&fields::bookmark(index, lang)) {
                None => notes.push(format!(
                    "{} ({}): the field is no longer in the document; the report keeps its value",
                    place(path),
                    lang.code()
                )),
                Some(read)
                    if edited_since(&payload, &fields::bookmark(index, lang), read, before) =>
                {
                    changes.push(Change {
                        place: place(path),
                        path: path.clone(),
                        lang,
                        before: normalise(before),
                        after: normalise(read),
                    });
                    edited.push((lang, normalise(read)));
                }
                Some(_) => {}
            }
        }
        if !edited.is_empty() {
            set_field(&mut value, path, &edited, first)
                .map_err(|message| ImportError::at(message, place(path)))?;
        }
    }
    let unknown = parsed
        .fields
        .keys()
        .filter(|name| fields::parse_bookmark(name).is_none_or(|(i, _)| i >= payload.fields.len()))
        .count();
    if unknown > 0 {
        notes.push(format!(
            "{unknown} bookmark(s) named like ours but not written by poa-report were ignored"
        ));
    }
    notes.extend(outside_edits(&payload.outside, &parsed.outside));
    if parsed.tracked > 0 {
        notes.push(format!(
            "{} tracked change(s) were read as if accepted",
            parsed.tracked
        ));
    }
    let report = report_from_value(value).map_err(|e| match &e.place {
        Some(pointer) if pointer.starts_with('/') => ImportError::at(e.message, place(pointer)),
        _ => e,
    })?;
    Ok(DocxImport {
        report,
        rendered: original,
        changes,
        notes,
    })
}

/// Whether a field's words differ from those written: compared with the
/// fingerprint the document carries, or (documents without one) with what
/// this version writes.
fn edited_since(payload: &Payload, bookmark: &str, read: &str, shown: &str) -> bool {
    match payload.written.get(bookmark) {
        Some(fingerprint) => fields::paragraph_hash(read) != *fingerprint,
        None => normalise(read) != normalise(shown),
    }
}

fn damaged() -> ImportError {
    ImportError::new(
        "the copy of the report inside the document is damaged; render the document again",
    )
}

/// `question 4.2 (/sections/…)`, or the path alone outside the questionnaire.
fn place(path: &str) -> String {
    match catalogue::item_at(path) {
        Some(item) => format!("question {} ({path})", item.number),
        None => path.to_owned(),
    }
}

/// Paragraphs outside the fields that the writer did not write, said once.
fn outside_edits(written: &[String], read: &[String]) -> Vec<String> {
    let mut left: HashMap<&str, usize> = HashMap::new();
    for hash in written {
        *left.entry(hash.as_str()).or_default() += 1;
    }
    let mut changed: Vec<&str> = Vec::new();
    for paragraph in read {
        let hash = fields::paragraph_hash(paragraph);
        match left.get_mut(hash.as_str()) {
            Some(n) if *n > 0 => *n -= 1,
            _ => changed.push(paragraph),
        }
    }
    if changed.is_empty() {
        return Vec::new();
    }
    let shown: Vec<String> = changed
        .iter()
        .take(3)
        .map(|p| {
            let p = normalise(p);
            let short: String = p.chars().take(60).collect();
            if short.len() < p.len() {
                format!("«{short}…»")
            } else {
                format!("«{short}»")
            }
        })
        .collect();
    vec![format!(
        "{} paragraph(s) outside the grey fields were changed or added and are not read back: {}",
        changed.len(),
        shown.join(", ")
    )]
}

/// Puts a field's edited words at `path`, as its shape wants them.
fn set_field(
    value: &mut Value,
    path: &str,
    edited: &[(Lang, String)],
    first: Lang,
) -> Result<(), String> {
    let pointer = Pointer::parse(path);
    let shape = pointer
        .shape(report_shape())
        .ok_or_else(|| format!("unknown field `{path}`"))?;
    if matches!(shape, Shape::Text | Shape::Localized) {
        for (lang, text) in edited {
            // A text the report never had, left empty, stays absent.
            if text.is_empty() && value.pointer(path).is_none() {
                continue;
            }
            set_text(value, &pointer, *lang, text, first)?;
        }
        return Ok(());
    }
    let mut decided: Option<Option<Value>> = None;
    for (lang, words) in edited {
        let new = scalar(shape, words)?;
        match &decided {
            Some(earlier) if *earlier != new => {
                return Err(format!(
                    "its fields in two languages were changed to different values (`{words}` in {})",
                    lang.code()
                ));
            }
            _ => decided = Some(new),
        }
    }
    match decided.flatten() {
        Some(new) => {
            *pointer
                .get_or_create(value, Entries::FillGaps)
                .map_err(|e| e.to_string())? = new;
        }
        None => remove(value, &pointer),
    }
    Ok(())
}

/// A value from its words: a closed list's code, a number, a contact's id,
/// or the words as written. `None` when the field was emptied.
fn scalar(shape: &Shape, words: &str) -> Result<Option<Value>, String> {
    let not_answered = |lang: &Lang| words == catalogue::word("not_answered", *lang);
    if words.is_empty() || poa_core::i18n::languages().iter().any(not_answered) {
        return Ok(None);
    }
    match shape {
        Shape::Choice { def, values } => choice_code(def, values, words)
            .map(|code| Some(Value::String(code.to_owned())))
            .ok_or_else(|| {
                let allowed: Vec<String> = values
                    .iter()
                    .map(|code| catalogue::choice_text(def, code, Lang::En))
                    .collect();
                format!("`{words}` is not one of: {}", allowed.join(", "))
            }),
        Shape::List(item) => {
            let items = list_items(item, words);
            Ok((!items.is_empty())
                .then(|| Value::Array(items.into_iter().map(Value::String).collect())))
        }
        Shape::Int { .. } => whole_number(words)
            .map(|n| Some(Value::from(n)))
            .ok_or_else(|| format!("`{words}` is not a whole number, 0 or more")),
        Shape::Str { def: Some(def), .. } if def == "ContactId" => {
            // Shown as `Name (id)`.
            let id = words
                .strip_suffix(')')
                .and_then(|w| w.rsplit_once('('))
                .map_or(words, |(_, id)| id.trim());
            Ok(Some(Value::String(id.to_owned())))
        }
        Shape::Str { .. } => Ok(Some(Value::String(words.to_owned()))),
        Shape::Text | Shape::Localized | Shape::Object { .. } => {
            Err("this field holds a group, not a value".to_owned())
        }
    }
}

/// A whole number as people type it: Western or Arabic-Indic digits, with
/// spaces or thousands separators.
fn whole_number(words: &str) -> Option<u64> {
    // Spanish groups thousands with a dot (`12.000`): a dot before each
    // group of three digits is grouping, any other dot a decimal point.
    let trimmed = words.trim();
    let dotted_groups = trimmed.contains('.')
        && trimmed.split('.').skip(1).all(|g| g.len() == 3)
        && trimmed
            .split('.')
            .next()
            .is_some_and(|g| (1..=3).contains(&g.len()));
    let words = if dotted_groups {
        trimmed.replace('.', "")
    } else {
        trimmed.to_owned()
    };
    let digits: String = words
        .chars()
        .filter(|c| !matches!(c, ' ' | ',' | '\u{a0}' | '\u{202f}' | '\u{66c}'))
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            '\u{6f0}'..='\u{6f9}' => char::from(b'0' + (c as u32 - 0x6f0) as u8),
            c => c,
        })
        .collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// A text in `lang`: a plain text stays plain when edited in its own
/// language, and becomes texts by language when a translation is added.
fn set_text(
    value: &mut Value,
    pointer: &Pointer,
    lang: Lang,
    text: &str,
    first: Lang,
) -> Result<(), String> {
    let node = pointer
        .get_or_create(value, Entries::FillGaps)
        .map_err(|e| e.to_string())?;
    let code = lang.code().to_owned();
    let emptied = match node {
        Value::String(_) if lang == first && text.is_empty() => true,
        Value::Object(map) if text.is_empty() => {
            map.remove(&code);
            map.is_empty()
        }
        _ => false,
    };
    if emptied {
        // Nothing left in any language: the text goes, as an emptied value does.
        remove(value, pointer);
        return Ok(());
    }
    match node {
        Value::String(_) if lang == first => *node = Value::String(text.to_owned()),
        Value::String(plain) => {
            let mut map = Map::new();
            map.insert(first.code().to_owned(), Value::String(plain.clone()));
            if !text.is_empty() {
                map.insert(code, Value::String(text.to_owned()));
            }
            *node = Value::Object(map);
        }
        // Emptied in this language: removed above.
        Value::Object(_) if text.is_empty() => {}
        Value::Object(map) => {
            map.insert(code, Value::String(text.to_owned()));
        }
        Value::Null if !text.is_empty() => {
            let mut map = Map::new();
            map.insert(code, Value::String(text.to_owned()));
            *node = Value::Object(map);
        }
        _ => {}
    }
    Ok(())
}

/// Removes the value at `pointer` (an emptied field).
fn remove(value: &mut Value, pointer: &Pointer) {
    let mut parent = pointer.clone();
    let Some(key) = parent.pop() else {
        return;
    };
    if let Some(Value::Object(map)) = value.pointer_mut(&parent.to_string()) {
        map.remove(&key);
    }
}

/// The payload from the custom properties.
fn read_payload(custom: Option<&[u8]>) -> Result<Payload, ImportError> {
    let not_ours = || {
        ImportError::new(
            "this document carries no copy of a report: only documents written by `poa-report render --to docx` can be imported",
        )
    };
    let custom = custom.ok_or_else(not_ours)?;
    if custom.len() > MAX_PAYLOAD {
        return Err(ImportError::at(
            format!("the document's properties are larger than {MAX_PAYLOAD} bytes"),
            "docProps/custom.xml",
        ));
    }
    let mut chunks: BTreeMap<usize, String> = BTreeMap::new();
    let mut reader = Reader::from_reader(custom);
    let mut buf = Vec::new();
    let mut current: Option<usize> = None;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "property" => {
                current = attribute(&e, "name")
                    .and_then(|n| n.strip_prefix(PROPERTY_PREFIX)?.parse::<usize>().ok());
            }
            Ok(Event::Text(t)) => {
                if let Some(number) = current {
                    let text = t.xml10_content();
                    chunks.entry(number).or_default().push_str(text.trim());
                }
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "property" => current = None,
            Ok(Event::DocType(_)) => return Err(damaged()),
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(_) => return Err(damaged()),
        }
        buf.clear();
    }
    if chunks.is_empty() {
        return Err(not_ours());
    }
    // Numbered 0, 1, … with none missing.
    if chunks.keys().enumerate().any(|(i, n)| i != *n) {
        return Err(damaged());
    }
    let encoded: String = chunks.into_values().collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded.as_bytes())
        .map_err(|_| damaged())?;
    let payload: Payload = serde_json::from_slice(&bytes).map_err(|_| damaged())?;
    if payload.format != 1 {
        return Err(ImportError::new(format!(
            "the document was written in layout {}, which this version does not read",
            payload.format
        )));
    }
    Ok(payload)
}

/// Refuses relationships that reach outside the package (templates,
/// linked objects or images fetched when opened). Hyperlinks are kept.
fn check_relationships(xml: &[u8], part: &str) -> Result<(), ImportError> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "Relationship" => {
                let external = attribute(&e, "TargetMode").is_some_and(|m| m == "External");
                let kind = attribute(&e, "Type").unwrap_or_default();
                if external && !kind.ends_with("/hyperlink") {
                    let what = kind.rsplit('/').next().unwrap_or("").to_owned();
                    return Err(archive::refused(
                        DOCUMENT,
                        &format!("a link to another file (`{what}`)"),
                        part,
                    ));
                }
            }
            Ok(Event::DocType(_)) => {
                return Err(ImportError::at(
                    "DOCTYPE declarations are not allowed",
                    part,
                ));
            }
            Ok(Event::Eof) => return Ok(()),
            Ok(_) => {}
            Err(e) => return Err(ImportError::at(format!("malformed XML: {e}"), part)),
        }
        buf.clear();
    }
}

/// The main document part the package's relationships name.
fn main_part(rels: &[u8]) -> Option<String> {
    let mut reader = Reader::from_reader(rels);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "Relationship" => {
                let kind = attribute(&e, "Type").unwrap_or_default();
                if kind.ends_with("/officeDocument") {
                    let target = attribute(&e, "Target")?;
                    return Some(target.trim_start_matches('/').to_owned());
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => {}
        }
        buf.clear();
    }
}

fn attribute(element: &BytesStart, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name || a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// What `word/document.xml` holds for the importer.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    /// The words of each of our fields, by bookmark name.
    pub fields: BTreeMap<String, String>,
    /// Every paragraph's words outside our fields (contents entries excepted).
    pub outside: Vec<String>,
    /// Tracked insertions and deletions met.
    pub tracked: usize,
}

/// Most bookmarks of ours open at once (ours never nest; a document that
/// opens thousands without closing them would copy every word into each).
const MAX_OPEN_BOOKMARKS: usize = 8;
/// Most fields' words read in all.
const MAX_FIELD_BYTES: usize = 32 * 1024 * 1024;
/// Most fields (`PAGE`, `TOC`) open at once, and the longest instruction kept.
const MAX_OPEN_FIELDS: usize = 64;
const MAX_INSTRUCTION: usize = 1024;

/// A bookmark of ours, open.
struct OpenField {
    id: String,
    name: String,
    /// The paragraph's words (all of them) when it started, in bytes.
    at: usize,
    /// The paragraph's outside words when it started, in bytes.
    outside_at: usize,
}

/// The state of one pass over `word/document.xml`.
#[derive(Default)]
struct DocumentReader {
    parsed: Parsed,
    open: Vec<OpenField>,
    /// This paragraph's words: all of them, and those outside our fields.
    all: String,
    outside: String,
    style: String,
    /// The field that ended last in this paragraph: name, and where it started.
    last_ended: Option<(String, usize, usize)>,
    field_bytes: usize,
    in_text: bool,
    run_depth: usize,
    skip_depth: usize,
    /// Instructions of the open fields (`TOC \o …`).
    fields: Vec<String>,
    in_instruction: bool,
    /// The paragraph started inside the contents.
    in_contents: bool,
}

/// Reads the fields and the other paragraphs' words. A bookmark that
/// LibreOffice split at a paragraph break (it starts again, under the same
/// name, in the next paragraph) is read as one field; paragraph breaks and
/// line breaks inside a field become line ends. Our fields end their
/// paragraphs, so words typed just after a field's end (where Word leaves
/// them outside the bookmark) belong to it.
pub(crate) fn parse_document(xml: &[u8]) -> Result<Parsed, String> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut state = DocumentReader::default();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("malformed XML: {e}"))?;
        match event {
            Event::DocType(_) => return Err("DOCTYPE declarations are not allowed".into()),
            Event::Start(e) => state.start(&e, true),
            Event::Empty(e) => state.start(&e, false),
            Event::End(e) => state.end(e.name().as_ref()),
            Event::Text(t) => state.text(&t.xml10_content())?,
            Event::GeneralRef(r) => {
                let text = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match r.as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        _ => return Err("an entity other than the five of XML".into()),
                    },
                };
                state.text(&text)?;
            }
            Event::CData(c) => state.text(&c.into_inner())?,
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    let mut parsed = state.parsed;
    for text in parsed.fields.values_mut() {
        *text = text.trim_end_matches('\n').to_owned();
    }
    Ok(parsed)
}

impl DocumentReader {
    /// Whether a contents field (`TOC`) is open.
    fn contents_open(&self) -> bool {
        self.fields.iter().any(|f| is_contents(f))
    }

    fn in_run(&self) -> bool {
        self.run_depth > 0 && self.skip_depth == 0
    }

    /// An element starts (`has_end`: it has content and an end tag).
    fn start(&mut self, e: &BytesStart, has_end: bool) {
        match e.name().as_ref() {
            "w:t" if has_end => self.in_text = self.skip_depth == 0,
            "w:instrText" if has_end => self.in_instruction = true,
            "w:r" if has_end => self.run_depth += 1,
            "w:moveFrom" | "w:del" => {
                self.parsed.tracked += 1;
                if has_end {
                    self.skip_depth += 1;
                }
            }
            "w:ins" | "w:moveTo" => self.parsed.tracked += 1,
            "w:p" if has_end => {
                self.all.clear();
                self.outside.clear();
                self.style.clear();
                self.last_ended = None;
                self.in_contents = self.contents_open();
            }
            "w:p" => {}
            "w:fldChar" => match attribute(e, "w:fldCharType").as_deref() {
                Some("begin") if self.fields.len() < MAX_OPEN_FIELDS => {
                    self.fields.push(String::new())
                }
                Some("end") => {
                    self.fields.pop();
                }
                _ => {}
            },
            "w:bookmarkStart" => self.bookmark_start(e),
            "w:bookmarkEnd" => {
                if let Some(id) = attribute(e, "w:id")
                    && let Some(i) = self.open.iter().position(|f| f.id == id)
                {
                    let done = self.open.remove(i);
                    self.last_ended = Some((done.name, done.at, done.outside_at));
                }
            }
            "w:pStyle" => self.style = attribute(e, "w:val").unwrap_or_default(),
            "w:tab" if self.in_run() => self.add("\t"),
            "w:cr" if self.in_run() => self.add("\n"),
            "w:br" if self.in_run() => {
                let kind = attribute(e, "w:type").unwrap_or_default();
                if kind.is_empty() || kind == "textWrapping" {
                    self.add("\n");
                }
            }
            "w:noBreakHyphen" if self.in_run() => self.add("-"),
            _ => {}
        }
    }

    fn bookmark_start(&mut self, e: &BytesStart) {
        let (Some(id), Some(name)) = (attribute(e, "w:id"), attribute(e, "w:name")) else {
            return;
        };
        if fields::parse_bookmark(&name).is_none() {
            return;
        }
        // LibreOffice splits a bookmark across paragraphs into starts of the same name.
        self.open.retain(|f| f.name != name);
        if self.open.len() >= MAX_OPEN_BOOKMARKS {
            return;
        }
        self.parsed.fields.entry(name.clone()).or_default();
        self.open.push(OpenField {
            id,
            name,
            at: self.all.len(),
            outside_at: self.outside.len(),
        });
    }

    fn end(&mut self, name: &str) {
        match name {
            "w:t" => self.in_text = false,
            "w:instrText" => self.in_instruction = false,
            "w:r" => self.run_depth = self.run_depth.saturating_sub(1),
            "w:moveFrom" | "w:del" => self.skip_depth = self.skip_depth.saturating_sub(1),
            "w:p" => self.end_paragraph(),
            _ => {}
        }
    }

    fn end_paragraph(&mut self) {
        // Words typed after the last field's end belong to the field.
        if self.open.is_empty()
            && let Some((name, at, outside_at)) = self.last_ended.take()
            && let Some(after) = self.all.get(at..)
        {
            let after = after.to_owned();
            if let Some(field) = self.parsed.fields.get_mut(&name) {
                // The field's words in this paragraph, and what follows them.
                let had = field.rsplit('\n').next().unwrap_or("").to_owned();
                if after.len() > had.len() && after.starts_with(had.as_str()) {
                    field.push_str(&after[had.len()..]);
                    self.outside.truncate(outside_at);
                }
            }
        }
        for field in &self.open {
            self.parsed
                .fields
                .entry(field.name.clone())
                .or_default()
                .push('\n');
        }
        let contents = self.in_contents
            || self.contents_open()
            || self.style.starts_with("TOC")
            || self.style.starts_with("Contents");
        if !contents && !self.outside.trim().is_empty() {
            self.parsed.outside.push(std::mem::take(&mut self.outside));
        }
        self.outside.clear();
        self.all.clear();
        for field in &mut self.open {
            field.at = 0;
            field.outside_at = 0;
        }
    }

    /// Words: to the open fields, or the paragraph's outside words.
    fn text(&mut self, text: &str) -> Result<(), String> {
        if self.in_instruction {
            if let Some(field) = self.fields.last_mut()
                && field.len() < MAX_INSTRUCTION
            {
                field.push_str(text);
            }
            return Ok(());
        }
        if !self.in_text {
            return Ok(());
        }
        self.add(text);
        if self.field_bytes > MAX_FIELD_BYTES {
            return Err(format!(
                "the fields hold more than {MAX_FIELD_BYTES} bytes of text; a report's hold far less"
            ));
        }
        Ok(())
    }

    fn add(&mut self, text: &str) {
        self.all.push_str(text);
        if self.open.is_empty() {
            self.outside.push_str(text);
        } else {
            for field in &self.open {
                self.field_bytes += text.len();
                self.parsed
                    .fields
                    .entry(field.name.clone())
                    .or_default()
                    .push_str(text);
            }
        }
    }
}

/// Whether a field's instruction makes a table of contents.
fn is_contents(instruction: &str) -> bool {
    instruction.trim_start().starts_with("TOC")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bookmark_libreoffice_split_at_a_paragraph_reads_as_one_field() {
        let xml = br#"<w:document xmlns:w="w"><w:body>
<w:p><w:bookmarkStart w:id="1" w:name="poa_2_en"/><w:r><w:t>Para one</w:t></w:r></w:p>
<w:p><w:bookmarkStart w:id="2" w:name="poa_2_en"/><w:r><w:t>Para two</w:t></w:r><w:bookmarkEnd w:id="2"/><w:r><w:t xml:space="preserve"> after</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:t>Contents entry</w:t></w:r></w:p>
</w:body></w:document>"#;
        let parsed = parse_document(xml).unwrap();
        // Words typed just after the field's end (Word leaves them outside the bookmark) are the field's.
        assert_eq!(parsed.fields["poa_2_en"], "Para one\nPara two after");
        assert!(parsed.outside.is_empty(), "{:?}", parsed.outside);
    }

    #[test]
    fn a_label_before_a_field_stays_outside_it() {
        let xml = br#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t xml:space="preserve">Answer: </w:t></w:r><w:bookmarkStart w:id="1" w:name="poa_0_en"/><w:r><w:t>Yes</w:t></w:r><w:bookmarkEnd w:id="1"/><w:r><w:t xml:space="preserve">, with reservations</w:t></w:r></w:p></w:body></w:document>"#;
        let parsed = parse_document(xml).unwrap();
        assert_eq!(parsed.fields["poa_0_en"], "Yes, with reservations");
        assert_eq!(parsed.outside, vec!["Answer: ".to_owned()]);
    }

    #[test]
    fn bookmarks_not_ours_and_too_many_open_are_not_read() {
        let mut xml = String::from(r#"<w:document xmlns:w="w"><w:body><w:p>"#);
        for i in 0..1000 {
            xml.push_str(&format!(
                r#"<w:bookmarkStart w:id="{i}" w:name="poa_{i}_en"/>"#
            ));
        }
        xml.push_str(r#"<w:bookmarkStart w:id="x" w:name="_GoBack"/><w:r><w:t>words</w:t></w:r></w:p></w:body></w:document>"#);
        let parsed = parse_document(xml.as_bytes()).unwrap();
        assert_eq!(parsed.fields.len(), 8, "at most eight open at once");
    }

    #[test]
    fn tracked_deletions_are_not_read_and_insertions_are() {
        let xml = br#"<w:document xmlns:w="w"><w:body><w:p><w:bookmarkStart w:id="1" w:name="poa_0_en"/><w:del><w:r><w:delText>Yes</w:delText></w:r></w:del><w:ins><w:r><w:t>No</w:t></w:r></w:ins><w:bookmarkEnd w:id="1"/></w:p></w:body></w:document>"#;
        let parsed = parse_document(xml).unwrap();
        assert_eq!(parsed.fields["poa_0_en"], "No");
        assert_eq!(parsed.tracked, 2);
    }

    #[test]
    fn numbers_are_read_as_people_type_them() {
        assert_eq!(whole_number("1 250"), Some(1250));
        assert_eq!(whole_number("١٢٣"), Some(123));
        assert_eq!(whole_number("12a"), None);
        assert_eq!(whole_number("-3"), None);
        // Each language's grouping, as the document writes counts.
        assert_eq!(whole_number("12.000"), Some(12000));
        assert_eq!(whole_number("1.250.000"), Some(1_250_000));
        assert_eq!(whole_number("12\u{202f}000"), Some(12000));
        assert_eq!(whole_number("12,000"), Some(12000));
        assert_eq!(whole_number("12.5"), None);
        assert_eq!(whole_number("1234.000"), None);
    }
}
