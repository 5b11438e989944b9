//! The report as a PDF: the same document view as the HTML, typeset by
//! typst inside the binary, with the bundled fonts (OFL) embedded so every
//! language prints with no system fonts and no network: Amiri (Latin and
//! Arabic, shaped right to left), Noto Serif for Cyrillic and a subset of
//! Noto Sans CJK SC for Chinese (see `scripts/subset-fonts.py`). typst falls
//! back from one to the next for letters a font lacks. The same input gives
//! byte-identical output (no timestamps).
//!
//! Behind the `pdf` cargo feature (on by default): typst adds minutes to a
//! cold build.

use super::standard::PdfStandard;
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use super::view::DocView;
use crate::error::RenderError;

const TEMPLATE: &str = include_str!("../../../../templates/report.typ");
const LINES_TEMPLATE: &str = include_str!("../../../../templates/receipt.typ");
const FONTS: [&[u8]; 6] = [
    include_bytes!("../../../../fonts/Amiri-Regular.ttf"),
    include_bytes!("../../../../fonts/Amiri-Bold.ttf"),
    include_bytes!("../../../../fonts/NotoSerif-Regular.ttf"),
    include_bytes!("../../../../fonts/NotoSerif-Bold.ttf"),
    include_bytes!("../../../../fonts/NotoSansSC-Regular.otf"),
    include_bytes!("../../../../fonts/NotoSansSC-Bold.otf"),
];

/// Longest run of characters without a break opportunity before one is added,
/// so very long words wrap instead of running off the page.
const MAX_UNBROKEN: usize = 28;

/// The typst name of a standard.
fn typst_standard(standard: PdfStandard) -> typst_pdf::PdfStandard {
    match standard {
        PdfStandard::A2b => typst_pdf::PdfStandard::A_2b,
        PdfStandard::Ua1 => typst_pdf::PdfStandard::Ua_1,
    }
}

/// The date a standard PDF declares: the report's date of submission, or
/// the first day of its cycle.
fn document_date(view: &DocView) -> typst::foundations::Datetime {
    let parsed = view.submitted_on.as_deref().and_then(|date| {
        let mut parts = date.get(..10)?.split('-').map(|p| p.parse::<i32>().ok());
        let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
        typst::foundations::Datetime::from_ymd(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
    });
    parsed
        .or_else(|| typst::foundations::Datetime::from_ymd(i32::from(view.cycle), 1, 1))
        .unwrap_or_else(|| {
            typst::foundations::Datetime::from_ymd(2001, 1, 1).expect("a valid date")
        })
}

/// Renders a document view to PDF bytes.
pub fn render(view: &DocView) -> Result<Vec<u8>, RenderError> {
    render_as(view, None)
}

/// Renders a document view to PDF bytes conforming to `standard`, if one.
pub fn render_as(view: &DocView, standard: Option<PdfStandard>) -> Result<Vec<u8>, RenderError> {
    let mut data = serde_json::to_value(view).map_err(|e| RenderError(e.to_string()))?;
    // The document's own words (with `{page}` slots) are left as they are.
    let rtl_sides: Vec<&str> = [
        ("first", Some(&view.first)),
        ("second", view.second.as_ref()),
    ]
    .into_iter()
    .filter(|(_, lang)| lang.is_some_and(|l| l.rtl))
    .map(|(side, _)| side)
    .collect();
    if let serde_json::Value::Object(map) = &mut data {
        map.iter_mut()
            .filter(|(key, _)| *key != "words")
            .for_each(|(_, item)| isolate_latin_in_arabic(item, &rtl_sides));
    }
    make_breakable(&mut data);
    mark_long_questions(&mut data);
    if let (Some(_), serde_json::Value::Object(map)) = (standard, &mut data) {
        map.insert("dated".into(), true.into());
    }
    let json = serde_json::to_vec(&data).map_err(|e| RenderError(e.to_string()))?;
    let pdf = typeset(
        template(),
        json,
        format!("{}-{}", view.iso3, view.cycle),
        standard.map(|standard| (standard, document_date(view))),
    );
    // typst memoises layout across compilations. What the last report used is
    // kept for the next one: the template gives the parts that reports share
    // (question numbers, labels, answers) the same styles in every report, so
    // a batch lays them out once. Everything else is dropped. Measured on 30
    // generated reports in one process: keeping nothing took 9% more time,
    // keeping two reports' worth 3% less time and 5% more memory.
    typst::comemo::evict(1);
    pdf
}

/// Typesets `source` with `json` as its `/data.json` into PDF bytes;
/// `ident` makes the PDF's identifier (the same input, the same bytes).
fn typeset(
    source: &Source,
    json: Vec<u8>,
    ident: String,
    standard: Option<(PdfStandard, typst::foundations::Datetime)>,
) -> Result<Vec<u8>, RenderError> {
    let world = ReportWorld::new(source.clone(), json);
    let document: PagedDocument = typst::compile(&world).output.map_err(|errors| {
        RenderError(format!(
            "typesetting failed: {}",
            errors
                .iter()
                .map(|e| e.message.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        ))
    })?;
    let standards = typst_pdf::PdfStandards::new(
        &standard
            .map(|(standard, _)| typst_standard(standard))
            .into_iter()
            .collect::<Vec<_>>(),
    )
    .map_err(|e| RenderError(format!("PDF standard: {}", e.message())))?;
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom(ident),
        standards,
        // PDF/A wants the document's date; the report's own keeps the same
        // input giving the same bytes.
        timestamp: standard.map(|(_, date)| typst_pdf::Timestamp::new_utc(date)),
        ..Default::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| {
        RenderError(format!(
            "PDF export failed: {}",
            errors
                .iter()
                .map(|e| e.message.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        ))
    })
}

/// A one-page bilingual PDF of labelled lines (a submission's receipt): the
/// same fonts and Latin-in-Arabic handling as the report.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LinesDoc {
    /// The title in English and in Arabic.
    pub title: (String, String),
    /// (English label, Arabic label, value in English, value in Arabic):
    /// the Arabic value is shown under the English one when it differs
    /// (a State's name, a result in words), and left empty when not.
    pub lines: Vec<(String, String, String, String)>,
    /// A closing note in English and in Arabic.
    pub note: (String, String),
    /// For the PDF's identifier.
    pub ident: String,
}

/// Renders a [`LinesDoc`] to PDF bytes.
pub fn render_lines(doc: &LinesDoc) -> Result<Vec<u8>, RenderError> {
    static SOURCE: OnceLock<Source> = OnceLock::new();
    let source =
        SOURCE.get_or_init(|| Source::new(file_id("/main.typ"), LINES_TEMPLATE.to_owned()));
    let mut data = serde_json::to_value(doc).map_err(|e| RenderError(e.to_string()))?;
    isolate_latin_in_arabic(&mut data, &[]);
    make_breakable(&mut data);
    let json = serde_json::to_vec(&data).map_err(|e| RenderError(e.to_string()))?;
    typeset(source, json, doc.ident.clone(), None)
}

/// Text in one language of a question beyond which it is set as a grid that
/// may break across pages (about a quarter of a page in a column); shorter
/// questions are kept on one page and laid out in one pass.
const LONG_QUESTION_CHARS: usize = 600;

/// Sets `long` on every question of the view whose English or Arabic text
/// (free text and fields such as lists) is longer than [`LONG_QUESTION_CHARS`]
/// characters.
fn mark_long_questions(data: &mut serde_json::Value) {
    let chars = |text: &serde_json::Value, side: &str| -> usize {
        let own = text["text"][side].as_str().map_or(0, |s| s.chars().count());
        let others = text["others"].as_array().map_or(0, |others| {
            others
                .iter()
                .filter_map(|pair| pair[1].as_str())
                .map(|s| s.chars().count())
                .sum()
        });
        own + others
    };
    let Some(sections) = data["sections"].as_array_mut() else {
        return;
    };
    for section in sections {
        let Some(questions) = section["questions"].as_array_mut() else {
            continue;
        };
        for question in questions {
            let texts = question["texts"].as_array().map_or(&[][..], Vec::as_slice);
            let fields = question["fields"].as_array().map_or(&[][..], Vec::as_slice);
            let longest = ["first", "second"]
                .iter()
                .map(|side| {
                    texts.iter().map(|t| chars(t, side)).sum::<usize>()
                        + fields
                            .iter()
                            .filter_map(|f| f["value"][side].as_str())
                            .map(|s| s.chars().count())
                            .sum::<usize>()
                })
                .max()
                .unwrap_or(0);
            question["long"] = serde_json::Value::Bool(longest > LONG_QUESTION_CHARS);
        }
    }
}

/// In every right-to-left text of the view (the `rtl_sides` of each pair,
/// `first` or `second`, and any other string holding Arabic letters), puts
/// Latin and numeric runs (names, e-mail addresses, dates, sources) between
/// Unicode isolates, so typst lays each out as written: `2015-11-02` stays
/// `2015-11-02`.
fn isolate_latin_in_arabic(value: &mut serde_json::Value, rtl_sides: &[&str]) {
    match value {
        serde_json::Value::String(s) if super::bidi::has_arabic(s) => {
            *s = super::bidi::isolate_marks(s);
        }
        serde_json::Value::Array(items) => items
            .iter_mut()
            .for_each(|item| isolate_latin_in_arabic(item, rtl_sides)),
        serde_json::Value::Object(map) => {
            for (key, item) in map.iter_mut() {
                match item {
                    serde_json::Value::String(s) if rtl_sides.contains(&key.as_str()) => {
                        *s = super::bidi::isolate_marks(s);
                    }
                    _ => isolate_latin_in_arabic(item, rtl_sides),
                }
            }
        }
        _ => {}
    }
}

/// Adds zero-width spaces inside very long unbroken runs of text.
fn make_breakable(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) => {
            let mut out = String::with_capacity(s.len());
            let mut run = 0;
            for c in s.chars() {
                if c.is_whitespace() {
                    run = 0;
                } else {
                    run += 1;
                    if run > MAX_UNBROKEN {
                        out.push('\u{200B}');
                        run = 1;
                    }
                }
                out.push(c);
            }
            *s = out;
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(make_breakable),
        serde_json::Value::Object(map) => map.values_mut().for_each(make_breakable),
        _ => {}
    }
}

fn fonts() -> &'static (LazyHash<FontBook>, Vec<Font>) {
    static FONTS_CELL: OnceLock<(LazyHash<FontBook>, Vec<Font>)> = OnceLock::new();
    FONTS_CELL.get_or_init(|| {
        let fonts: Vec<Font> = FONTS
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
    })
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

/// The template, parsed once per process (a batch renders many reports).
fn template() -> &'static Source {
    static SOURCE: OnceLock<Source> = OnceLock::new();
    SOURCE.get_or_init(|| Source::new(file_id("/main.typ"), TEMPLATE.to_owned()))
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("fixed paths are valid"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// The typst world: one template, one data file, the bundled fonts.
struct ReportWorld {
    main: FileId,
    data: FileId,
    source: Source,
    json: Bytes,
}

impl ReportWorld {
    fn new(source: Source, json: Vec<u8>) -> Self {
        let main = file_id("/main.typ");
        ReportWorld {
            main,
            data: file_id("/data.json"),
            source,
            json: Bytes::new(json),
        }
    }
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().0
    }
    fn main(&self) -> FileId {
        self.main
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main {
            Ok(self.source.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data {
            Ok(self.json.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn font(&self, index: usize) -> Option<Font> {
        fonts().1.get(index).cloned()
    }
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn view_with_text(first: &str, second: &str) -> serde_json::Value {
        json!({ "sections": [{ "questions": [{ "texts": [
            { "text": { "first": first, "second": second }, "others": [] }
        ] }] }] })
    }

    #[test]
    fn only_questions_with_more_text_than_a_quarter_page_may_break() {
        let mut short = view_with_text(&"a".repeat(LONG_QUESTION_CHARS), "ب");
        mark_long_questions(&mut short);
        assert_eq!(short["sections"][0]["questions"][0]["long"], json!(false));
        // Arabic is counted in characters, not bytes.
        let mut arabic = view_with_text("", &"ب".repeat(LONG_QUESTION_CHARS + 1));
        mark_long_questions(&mut arabic);
        assert_eq!(arabic["sections"][0]["questions"][0]["long"], json!(true));
        // A long list in a field counts too.
        let mut listed = view_with_text("", "");
        listed["sections"][0]["questions"][0]["fields"] =
            json!([{ "value": { "first": "x; ".repeat(300), "second": "" } }]);
        mark_long_questions(&mut listed);
        assert_eq!(listed["sections"][0]["questions"][0]["long"], json!(true));
    }
}
