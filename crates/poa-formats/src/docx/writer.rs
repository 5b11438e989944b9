//! `render --to docx`: the report as an editable Word document, laid out
//! like the PDF from the same view, with a bookmark around every field (see
//! the [module](super) for why) and a copy of the report inside.

use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Write};

use base64::Engine;
use zip::write::SimpleFileOptions;

use super::fields::{self, PROPERTY_CHUNK, PROPERTY_PREFIX, Payload, bi, langs_of};
use super::xml::{self, Look, escape, paragraph, run};
use crate::document::bidi::has_arabic;
use crate::document::view::{self, DocLangs, DocView, QuestionView, TextView};
use crate::error::RenderError;
use poa_core::finding::Finding;
use poa_core::model::{Lang, Report};

/// A4 in twentieths of a point, less 2 cm margins each side.
const TEXT_WIDTH: u32 = 11_906 - 2 * 1_134;

/// Renders `report` as a DOCX in `langs`; `draft` stamps it and annexes `findings`.
pub fn render(
    report: &Report,
    findings: &[Finding],
    langs: DocLangs,
    draft: bool,
) -> Result<Vec<u8>, RenderError> {
    let view = view::view(report, findings, langs, draft);
    let mut body = Body::new(&view);
    body.title_page();
    body.contents();
    body.contacts();
    for section in &view.sections {
        body.section(section);
    }
    body.sources();
    body.findings();
    let document = body.document();
    let parsed = super::reader::parse_document(document.as_bytes())
        .map_err(|e| RenderError(format!("the document written does not read back: {e}")))?;
    let payload = Payload {
        format: 1,
        langs: fields::langs_code(langs).to_owned(),
        report: serde_json::to_value(report).map_err(|e| RenderError(e.to_string()))?,
        fields: body.fields,
        outside: parsed
            .outside
            .iter()
            .map(|p| fields::paragraph_hash(p))
            .collect(),
        written: parsed
            .fields
            .iter()
            .map(|(name, words)| (name.clone(), fields::paragraph_hash(words)))
            .collect(),
    };
    let payload = serde_json::to_vec(&payload).map_err(|e| RenderError(e.to_string()))?;
    let first = langs_of(langs)[0];
    let parts: Vec<(&str, String)> = vec![
        ("[Content_Types].xml", xml::CONTENT_TYPES.to_owned()),
        ("_rels/.rels", xml::PACKAGE_RELS.to_owned()),
        ("docProps/core.xml", core_properties(&view, report, first)),
        ("docProps/app.xml", app_properties()),
        ("docProps/custom.xml", custom_properties(&payload)),
        (
            "word/_rels/document.xml.rels",
            xml::DOCUMENT_RELS.to_owned(),
        ),
        ("word/document.xml", document),
        ("word/styles.xml", xml::styles()),
        ("word/settings.xml", xml::SETTINGS.to_owned()),
        ("word/fontTable.xml", xml::FONT_TABLE.to_owned()),
        ("word/header1.xml", header(&view)),
        ("word/footer1.xml", footer(&view)),
    ];
    package(&parts).map_err(|e| RenderError(format!("cannot write the document: {e}")))
}

/// The zip package, byte for byte the same for the same report (fixed dates).
fn package(parts: &[(&str, String)]) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, text) in parts {
        zip.start_file(*name, options)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

/// The document's body, built paragraph by paragraph.
struct Body<'v> {
    view: &'v DocView,
    xml: String,
    /// Field `n`'s JSON pointer.
    fields: Vec<String>,
    index: HashMap<String, usize>,
    /// Fields already laid out: a contact with two roles is shown twice, a field once.
    emitted: HashSet<(usize, Lang)>,
    next_bookmark: u32,
}

impl<'v> Body<'v> {
    fn new(view: &'v DocView) -> Self {
        Body {
            view,
            xml: String::new(),
            fields: Vec::new(),
            index: HashMap::new(),
            emitted: HashSet::new(),
            next_bookmark: 0,
        }
    }

    fn langs(&self) -> Vec<Lang> {
        langs_of(self.view.langs)
    }

    fn word(&self, key: &str, lang: Lang) -> String {
        self.view
            .words
            .get(key)
            .map(|w| bi(w, lang).to_owned())
            .unwrap_or_default()
    }

    fn push(&mut self, xml: String) {
        self.xml.push_str(&xml);
    }

    /// The words of field `path` in `lang`, between the field's bookmark
    /// (the first time; plain words after that).
    fn field(&mut self, path: &str, lang: Lang, words: &str) -> String {
        self.field_as(path, lang, lang, words)
    }

    /// [`Body::field`] whose words are laid out as `direction`'s (an English
    /// field showing the Arabic text it falls back to runs right to left).
    fn field_as(&mut self, path: &str, lang: Lang, direction: Lang, words: &str) -> String {
        let index = match self.index.get(path) {
            Some(i) => *i,
            None => {
                self.fields.push(path.to_owned());
                self.index.insert(path.to_owned(), self.fields.len() - 1);
                self.fields.len() - 1
            }
        };
        if !self.emitted.insert((index, lang)) {
            return run(words, direction, Look::PLAIN);
        }
        let id = self.next_bookmark;
        self.next_bookmark += 1;
        format!(
            "<w:bookmarkStart w:id=\"{id}\" w:name=\"{}\"/>{}<w:bookmarkEnd w:id=\"{id}\"/>",
            fields::bookmark(index, lang),
            run(words, direction, Look::FIELD)
        )
    }

    fn line(&mut self, lang: Lang, style: Option<&str>, text: &str, look: Look) {
        let xml = paragraph(lang, style, &run(text, lang, look));
        self.push(xml);
    }

    fn title_page(&mut self) {
        let view = self.view;
        for lang in self.langs() {
            let title = self.word("title", lang);
            self.line(lang, Some("Title"), &title, Look::PLAIN);
        }
        for lang in self.langs() {
            let state = format!("{} ({})", bi(&view.state, lang), view.iso3);
            let mut rows = vec![
                (self.word("state", lang), state),
                (self.word("cycle", lang), view.cycle.to_string()),
                (self.word("period", lang), bi(&view.period, lang).to_owned()),
                (
                    self.word("submitted", lang),
                    view.submitted
                        .as_ref()
                        .map(|d| bi(d, lang).to_owned())
                        .unwrap_or_else(|| self.word("not_submitted", lang)),
                ),
                (
                    self.word("languages", lang),
                    bi(&view.languages, lang).to_owned(),
                ),
            ];
            if view.draft {
                rows.push((String::new(), self.word("draft", lang)));
            }
            for (label, value) in rows {
                let look = if label.is_empty() {
                    Look {
                        bold: true,
                        color: Some("C00000"),
                        size: Some(28),
                        ..Look::PLAIN
                    }
                } else {
                    Look::PLAIN
                };
                let label = if label.is_empty() {
                    String::new()
                } else {
                    run(&format!("{label}: "), lang, Look::BOLD)
                };
                let xml = paragraph(lang, None, &format!("{label}{}", run(&value, lang, look)));
                self.push(xml);
            }
            let note = self.word("docx_note", lang);
            self.line(lang, None, &note, Look::ITALIC);
        }
        self.push(xml::page_break(self.langs()[0]));
    }

    /// A contents field (Word updates it with page numbers on F9), showing the sections' titles until then.
    fn contents(&mut self) {
        let lang = self.langs()[0];
        let heading = self.word("contents", lang);
        self.line(lang, Some("Heading1"), &heading, Look::PLAIN);
        let mut entries: Vec<(Lang, String)> = Vec::new();
        for section in &self.view.sections {
            for lang in self.langs() {
                entries.push((lang, bi(&section.title, lang).to_owned()));
            }
        }
        let count = entries.len();
        for (i, (lang, title)) in entries.into_iter().enumerate() {
            let mut content = String::new();
            if i == 0 {
                content.push_str("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
            }
            content.push_str(&run(&title, lang, Look::PLAIN));
            if i + 1 == count {
                content.push_str("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
            }
            let xml = paragraph(lang, Some("TOC1"), &content);
            self.push(xml);
        }
        self.push(xml::page_break(self.langs()[0]));
    }

    fn contacts(&mut self) {
        let view = self.view;
        if view.contacts.is_empty() {
            return;
        }
        for lang in self.langs() {
            let heading = self.word("contacts", lang);
            self.line(lang, Some("Heading1"), &heading, Look::PLAIN);
            for contact in &view.contacts {
                let role = format!("{} {}", contact.number, bi(&contact.roles, lang));
                self.line(lang, None, role.trim(), Look::BOLD);
                // Salutation and name on one line, e-mail and telephone on theirs: each a field.
                let mut name_line = String::new();
                for (key, words) in fields::contact_details(contact) {
                    let field = self.field(&format!("{}/{key}", contact.path), lang, words);
                    match key {
                        "salutation" => {
                            name_line.push_str(&field);
                            name_line.push_str(&run(" ", lang, Look::PLAIN));
                        }
                        "name" => {
                            name_line.push_str(&field);
                            let xml = paragraph(lang, None, &std::mem::take(&mut name_line));
                            self.push(xml);
                        }
                        _ => {
                            let xml = paragraph(lang, None, &field);
                            self.push(xml);
                        }
                    }
                }
                for text in [&contact.title, &contact.organisation, &contact.address]
                    .into_iter()
                    .flatten()
                {
                    self.text(text, lang);
                }
            }
            if let Some(note) = &view.poc_note {
                self.line(lang, None, bi(note, lang), Look::ITALIC);
            }
        }
    }

    fn section(&mut self, section: &view::SectionView) {
        for lang in self.langs() {
            self.line(
                lang,
                Some("Heading1"),
                bi(&section.title, lang),
                Look::PLAIN,
            );
        }
        if !section.sources.is_empty() {
            let lang = self.langs()[0];
            self.line(lang, None, &format!("[{}]", section.sources), Look::ITALIC);
        }
        for question in &section.questions {
            self.question(question);
        }
    }

    fn question(&mut self, question: &QuestionView) {
        for lang in self.langs() {
            let heading = [
                question.number.as_str(),
                question.sources.as_str(),
                bi(&question.label, lang),
            ]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
            self.line(lang, Some("Heading2"), &heading, Look::PLAIN);
        }
        if let Some(path) = &question.answer_path {
            for lang in self.langs() {
                let label = run(
                    &format!("{}: ", self.word("answer", lang)),
                    lang,
                    Look::BOLD,
                );
                let field = self.field(path, lang, fields::answer_text(question, lang));
                let xml = paragraph(lang, None, &format!("{label}{field}"));
                self.push(xml);
            }
        }
        if !question.fields.is_empty() {
            self.values_table(question);
        }
        for lang in self.langs() {
            for text in &question.texts {
                self.text(text, lang);
            }
            if let Some(path) = &question.empty_details_path {
                let words = fields::add_details(self.view, lang);
                let field = self.field_as(path, lang, lang, &words);
                let xml = paragraph(lang, None, &field);
                self.push(xml);
            }
        }
    }

    /// A question's values as a table: label and value, in each language
    /// (the first language on its reading side: English on the left and
    /// Arabic on the right in `en+ar`, Arabic on the right in `ar+en`).
    fn values_table(&mut self, question: &QuestionView) {
        let langs = self.langs();
        // The table runs in the first language's direction; each language's
        // label stands on its own reading side of its value.
        let table_rtl = self.view.first.rtl;
        let mut rows = Vec::new();
        for field in &question.fields {
            let mut cells = Vec::new();
            for &lang in &langs {
                let label = paragraph(lang, None, &run(bi(&field.label, lang), lang, Look::BOLD));
                let words = fields::value_text(field, lang);
                let direction = direction(lang, words);
                let value = self.field_as(&field.path, lang, direction, words);
                let value = paragraph(direction, None, &value);
                if poa_core::i18n::is_rtl(lang) != table_rtl {
                    cells.push(value);
                    cells.push(label);
                } else {
                    cells.push(label);
                    cells.push(value);
                }
            }
            rows.push(cells);
        }
        let column = TEXT_WIDTH / (2 * langs.len() as u32);
        let widths = vec![column; 2 * langs.len()];
        self.push(xml::table(&widths, &rows, table_rtl, false));
    }

    /// A free text in `lang`: its label, the note that a translation is
    /// missing (then the text shown is the one it falls back to), the text.
    fn text(&mut self, text: &TextView, lang: Lang) {
        let label = bi(&text.label, lang);
        if !label.is_empty() {
            self.line(lang, None, label, Look::BOLD);
        }
        if fields::text_missing(text, lang) {
            let note = self.word("missing", lang);
            self.line(lang, None, &note, Look::ITALIC);
        }
        let words = fields::text_text(text, lang);
        let direction = direction(lang, words);
        let field = self.field_as(&text.path, lang, direction, words);
        let xml = paragraph(direction, None, &field);
        self.push(xml);
    }

    fn sources(&mut self) {
        let view = self.view;
        for lang in self.langs() {
            let heading = self.word("sources", lang);
            self.line(lang, Some("Heading1"), &heading, Look::PLAIN);
            for source in &view.sources {
                let text = format!(
                    "{} — {} ({})",
                    source.cite_as,
                    bi(&source.title, lang),
                    source.reference
                );
                self.line(lang, None, &text, Look::PLAIN);
            }
        }
    }

    /// The findings annex of a draft: rule, severity, message and place.
    fn findings(&mut self) {
        let view = self.view;
        if !view.draft || view.findings.is_empty() {
            return;
        }
        let lang = self.langs()[0];
        self.push(xml::page_break(self.langs()[0]));
        let heading = self.word("findings", lang);
        self.line(lang, Some("Heading1"), &heading, Look::PLAIN);
        let cell = |text: &str, look: Look| paragraph(lang, None, &run(text, lang, look));
        let mut rows = vec![
            ["rule", "severity", "message", "where"]
                .iter()
                .map(|k| cell(&self.word(k, lang), Look::BOLD))
                .collect::<Vec<_>>(),
        ];
        for finding in &view.findings {
            rows.push(vec![
                cell(&finding.rule, Look::PLAIN),
                cell(bi(&finding.severity, lang), Look::PLAIN),
                cell(bi(&finding.message, lang), Look::PLAIN),
                cell(&finding.pointer, Look::PLAIN),
            ]);
        }
        let w = TEXT_WIDTH / 8;
        let widths = [w + w / 2, w + w / 2, 4 * w, w];
        self.push(xml::table(
            &widths,
            &rows,
            poa_core::i18n::is_rtl(lang),
            true,
        ));
    }

    /// The whole `word/document.xml`.
    fn document(&self) -> String {
        let rtl = if self.view.second.is_none() && self.view.first.rtl {
            "<w:bidi/>"
        } else {
            ""
        };
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{w}" xmlns:r="{r}"><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>{rtl}</w:sectPr></w:body></w:document>"#,
            w = xml::W_NS,
            r = xml::R_NS,
            body = self.xml,
        )
    }
}

/// The direction words are laid out in: their language's, but right to left
/// for Arabic words in an English part (a title in its original language, a
/// text shown where its English translation is missing).
fn direction(lang: Lang, words: &str) -> Lang {
    let arabic = words
        .chars()
        .filter(|c| has_arabic(c.encode_utf8(&mut [0; 4])))
        .count();
    let latin = words.chars().filter(char::is_ascii_alphabetic).count();
    if !poa_core::i18n::is_rtl(lang) && arabic > latin {
        Lang::Ar
    } else {
        lang
    }
}

/// The running header: State and cycle, and the draft stamp.
fn header(view: &DocView) -> String {
    let mut content = String::new();
    for lang in langs_of(view.langs) {
        let cycle = view.words.get("cycle").map(|w| bi(w, lang)).unwrap_or("");
        let mut runs = run(
            &format!("{} — {cycle} {}", bi(&view.state, lang), view.cycle),
            lang,
            Look {
                color: Some("595959"),
                size: Some(18),
                ..Look::PLAIN
            },
        );
        if view.draft {
            let draft = view.words.get("draft").map(|w| bi(w, lang)).unwrap_or("");
            runs.push_str(&run(
                &format!("  {draft}"),
                lang,
                Look {
                    bold: true,
                    color: Some("C00000"),
                    size: Some(18),
                    ..Look::PLAIN
                },
            ));
        }
        content.push_str(&paragraph(lang, None, &runs));
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="{}">{content}</w:hdr>"#,
        xml::W_NS
    )
}

/// The footer: the page's number and the number of pages.
fn footer(view: &DocView) -> String {
    let lang = langs_of(view.langs)[0];
    let page = view.words.get("page").map(|w| bi(w, lang)).unwrap_or("");
    let content = format!(
        "{}{}{}{}",
        run(&format!("{page} "), lang, Look::PLAIN),
        xml::simple_field("PAGE", "1"),
        run(" / ", lang, Look::PLAIN),
        xml::simple_field("NUMPAGES", "1"),
    );
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="{}">{}</w:ftr>"#,
        xml::W_NS,
        paragraph(lang, None, &content)
    )
}

/// Title, subject, language and dates: the dates are the report's own
/// (submission, else the cycle's first day), so the bytes are reproducible.
fn core_properties(view: &DocView, report: &Report, lang: Lang) -> String {
    let date = report
        .submitted
        .as_ref()
        .map(|d| d.0.clone())
        .unwrap_or_else(|| format!("{}-01-01", report.cycle));
    let title = format!(
        "{} — {} {}",
        bi(&view.state, lang),
        view.words.get("cycle").map(|w| bi(w, lang)).unwrap_or(""),
        view.cycle
    );
    let subject = view.words.get("title").map(|w| bi(w, lang)).unwrap_or("");
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>poa-report</dc:creator><dc:language>{}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:modified></cp:coreProperties>"#,
        escape(&title),
        escape(subject),
        lang.code()
    )
}

fn app_properties() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>poa-report {}</Application></Properties>"#,
        env!("CARGO_PKG_VERSION")
    )
}

/// The payload in base64, in properties of [`PROPERTY_CHUNK`] characters.
fn custom_properties(payload: &[u8]) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(payload);
    let mut properties = String::new();
    for (i, chunk) in encoded.as_bytes().chunks(PROPERTY_CHUNK).enumerate() {
        properties.push_str(&format!(
            "<property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"{}\" name=\"{PROPERTY_PREFIX}{i:04}\"><vt:lpwstr>{}</vt:lpwstr></property>",
            i + 2,
            String::from_utf8_lossy(chunk)
        ));
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{properties}</Properties>"#
    )
}
