//! The pieces of WordprocessingML the writer uses: escaped text, runs,
//! paragraphs, table cells, and the package's fixed parts.
//!
//! Every string of the report goes through [`escape`], which also drops the
//! characters XML 1.0 cannot hold, so no free text can add markup or break
//! the document.

use crate::document::bidi::{has_arabic, isolate_marks};
use poa_core::model::Lang;

pub(crate) const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub(crate) const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/// The fonts: Amiri (the PDF's, Latin and Arabic), with Times New Roman as
/// the alternative Word and LibreOffice fall back to where Amiri is missing.
pub(crate) const FONT: &str = "Amiri";

/// Text for an XML element or attribute: without the characters XML
/// cannot hold, then escaped as the XML writer escapes.
pub(crate) fn escape(text: &str) -> String {
    let allowed: String = text.chars().filter(|c| xml_allows(*c)).collect();
    crate::xml::writer::escape(&allowed)
}

/// Whether XML 1.0 can hold `c`.
pub(crate) fn xml_allows(c: char) -> bool {
    poa_core::model::text::is_xml_char(c)
}

/// How a run looks.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Look {
    pub bold: bool,
    pub italic: bool,
    /// `RRGGBB`.
    pub color: Option<&'static str>,
    /// Grey shading: the mark of a field a person may edit.
    pub field: bool,
    /// Half-points.
    pub size: Option<u32>,
}

impl Look {
    pub(crate) const PLAIN: Look = Look {
        bold: false,
        italic: false,
        color: None,
        field: false,
        size: None,
    };
    pub(crate) const BOLD: Look = Look {
        bold: true,
        ..Look::PLAIN
    };
    pub(crate) const ITALIC: Look = Look {
        italic: true,
        color: Some("555555"),
        ..Look::PLAIN
    };
    pub(crate) const FIELD: Look = Look {
        field: true,
        ..Look::PLAIN
    };
}

/// One run of text (lines broken with `w:br`, tabs as `w:tab`). A run with
/// Arabic letters is marked right-to-left (`w:rtl`) and Arabic (`w:lang
/// w:bidi`), so Word shapes and orders it with the complex-script font. In
/// an Arabic paragraph, Latin and numeric runs (names, dates, telephone
/// numbers) are isolated (LRI … PDI) as in the PDF, so they keep their order.
pub(crate) fn run(text: &str, lang: Lang, look: Look) -> String {
    let isolated;
    let rtl = poa_core::i18n::is_rtl(lang);
    let text = if rtl {
        isolated = isolate_marks(text);
        isolated.as_str()
    } else {
        text
    };
    let mut props = String::new();
    if look.bold {
        props.push_str("<w:b/><w:bCs/>");
    }
    if look.italic {
        props.push_str("<w:i/><w:iCs/>");
    }
    if let Some(color) = look.color {
        props.push_str(&format!("<w:color w:val=\"{color}\"/>"));
    }
    if let Some(size) = look.size {
        props.push_str(&format!(
            "<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>"
        ));
    }
    if look.field {
        props.push_str("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EDEDED\"/>");
    }
    let arabic = has_arabic(text);
    if arabic {
        props.push_str("<w:rtl/>");
    }
    // The run's language for spelling and fonts: the part's own (English
    // in a right-to-left part, whose Latin runs are names and numbers).
    let latin = if lang == Lang::En || rtl {
        "en-GB"
    } else {
        lang.code()
    };
    let east_asian = if lang == Lang::Zh {
        " w:eastAsia=\"zh-CN\""
    } else {
        ""
    };
    let bidi = if arabic || rtl {
        " w:bidi=\"ar-SA\""
    } else {
        ""
    };
    props.push_str(&format!("<w:lang w:val=\"{latin}\"{east_asian}{bidi}/>"));
    let mut body = String::new();
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            body.push_str("<w:br/>");
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                body.push_str("<w:tab/>");
            }
            if !piece.is_empty() {
                body.push_str(&format!(
                    "<w:t xml:space=\"preserve\">{}</w:t>",
                    escape(piece)
                ));
            }
        }
    }
    format!("<w:r><w:rPr>{props}</w:rPr>{body}</w:r>")
}

/// A paragraph in `lang`'s direction: Arabic paragraphs carry `w:bidi`.
pub(crate) fn paragraph(lang: Lang, style: Option<&str>, content: &str) -> String {
    let mut props = String::new();
    if let Some(style) = style {
        props.push_str(&format!("<w:pStyle w:val=\"{style}\"/>"));
    }
    if poa_core::i18n::is_rtl(lang) {
        props.push_str("<w:bidi/>");
    }
    format!("<w:p><w:pPr>{props}</w:pPr>{content}</w:p>")
}

/// A page break, as a paragraph of its own in `lang`'s direction.
pub(crate) fn page_break(lang: Lang) -> String {
    paragraph(lang, None, "<w:r><w:br w:type=\"page\"/></w:r>")
}

/// A table of `widths` (twentieths of a point) whose rows are given as cells'
/// contents (paragraphs). `rtl` lays the columns out right to left.
pub(crate) fn table(widths: &[u32], rows: &[Vec<String>], rtl: bool, header: bool) -> String {
    let mut out = String::from("<w:tbl><w:tblPr><w:tblStyle w:val=\"PoaTable\"/>");
    if rtl {
        out.push_str("<w:bidiVisual/>");
    }
    out.push_str(
        "<w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>",
    );
    for w in widths {
        out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    out.push_str("</w:tblGrid>");
    for (i, cells) in rows.iter().enumerate() {
        out.push_str("<w:tr>");
        if header && i == 0 {
            out.push_str("<w:trPr><w:tblHeader/></w:trPr>");
        }
        for (cell, w) in cells.iter().zip(widths) {
            let content = if cell.is_empty() { "<w:p/>" } else { cell };
            out.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/></w:tcPr>{content}</w:tc>"
            ));
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    out
}

/// A field code's result in a run sequence: `PAGE`, `NUMPAGES`.
pub(crate) fn simple_field(instruction: &str, shown: &str) -> String {
    format!(
        "<w:fldSimple w:instr=\" {instruction} \"><w:r><w:t>{}</w:t></w:r></w:fldSimple>",
        escape(shown)
    )
}

pub(crate) const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>"#;

pub(crate) const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>"#;

pub(crate) const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"#;

pub(crate) const SETTINGS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#;

pub(crate) const FONT_TABLE: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="Amiri"><w:altName w:val="Times New Roman"/><w:charset w:val="B2"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>"#;

/// Styles: the defaults (Amiri for Latin and Arabic, 11 pt), the title,
/// two heading levels (outline levels, so Word's navigation and the
/// contents field find them), the contents entries and the table grid.
pub(crate) fn styles() -> String {
    let heading = |id: &str, name: &str, level: u8, size: u32| {
        format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"{level}\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val=\"1F3864\"/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr></w:style>"
        )
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/><w:sz w:val="22"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="480" w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="40"/></w:rPr></w:style>{h1}{h2}<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="40"/></w:pPr></w:style><w:style w:type="table" w:styleId="PoaTable"><w:name w:val="PoA table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/></w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"#,
        h1 = heading("Heading1", "heading 1", 0, 30),
        h2 = heading("Heading2", "heading 2", 1, 24),
    )
}
