//! The report as a workbook a desk officer can edit in Excel or LibreOffice.
//!
//! Sheets and rows come from [`crate::xlsx::layout`]; this module only
//! styles them: bilingual labels (locked), input cells (unlocked) with
//! dropdowns and whole-number checks, hidden path columns for import, sheet
//! protection without a password, and a findings sheet that links to cells.
//! Free text is always written as a string cell, never as a formula.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, Format, FormatAlign, FormatBorder, Url, Workbook,
    Worksheet, XlsxError,
};
use serde_json::Value;

use crate::document::view::DocLangs;
use crate::error::RenderError;
use crate::xlsx::layout::*;
use poa_core::catalogue;
use poa_core::finding::{Finding, Severity};
use poa_core::model::{Lang, Report};
use poa_core::pointer::value_at;
use poa_core::shape::Shape;

/// Longest text a cell can hold, in UTF-16 units (as Excel counts).
pub(crate) const MAX_CELL_CHARS: usize = 32_767;
/// Largest whole number a cell holds exactly; larger counts are written as text.
const MAX_EXACT: u64 = 1 << 53;

/// The two languages of a workbook's label columns: the pair asked for; for
/// one language, English and Arabic if it is one of them, else it and English.
fn label_languages(langs: DocLangs) -> [Lang; 2] {
    match langs.second {
        Some(second) => [langs.first, second],
        None if matches!(langs.first, Lang::En | Lang::Ar) => [Lang::En, Lang::Ar],
        None => [langs.first, Lang::En],
    }
}

/// Renders `report` with `findings` (from validation) to XLSX bytes. The
/// first of `langs` names the sheets and sets their direction (Arabic makes
/// every sheet right-to-left); labels are in both.
pub fn render(
    report: &Report,
    findings: &[Finding],
    langs: DocLangs,
) -> Result<Vec<u8>, RenderError> {
    let lang = langs.first;
    let pair = label_languages(langs);
    let value = serde_json::to_value(report).map_err(|e| RenderError(e.to_string()))?;
    let langs = text_languages(&value);
    let contact_ids: Vec<String> = report.contacts.iter().map(|c| c.id.0.clone()).collect();
    let styles = Styles::new();
    let mut workbook = Workbook::new();
    let mut placed: Vec<(String, String, String)> = Vec::new(); // (pointer, sheet, cell)
    for sheet_name in sheet_names() {
        let rows = rows(sheet_name, &value);
        let sheet = workbook.add_worksheet();
        write_sheet(
            sheet,
            sheet_name,
            &rows,
            &value,
            &langs,
            &contact_ids,
            &styles,
            lang,
            pair,
        )
        .map_err(|e| RenderError(format!("sheet `{sheet_name}`: {e}")))?;
        for (i, row) in rows.iter().enumerate() {
            let col = match row.kind {
                RowKind::Text | RowKind::Localized => COL_FIRST_TEXT,
                _ => COL_VALUE,
            };
            placed.push((
                row.pointer(),
                sheet_title(sheet_name, lang),
                cell_name(i as u32 + FIRST_DATA_ROW, col),
            ));
        }
        if sheet_name == COVER_SHEET {
            write_status(
                sheet,
                rows.len() as u32 + FIRST_DATA_ROW + 1,
                findings,
                &styles,
                lang,
                pair,
            )
            .map_err(|e| RenderError(format!("sheet `{sheet_name}`: {e}")))?;
        }
    }
    let sheet = workbook.add_worksheet();
    write_findings(sheet, findings, &placed, &styles, lang, pair)
        .map_err(|e| RenderError(format!("sheet `findings`: {e}")))?;
    workbook
        .save_to_buffer()
        .map_err(|e| RenderError(e.to_string()))
}

/// Row of the header (0-based); data rows follow.
pub(crate) const HEADER_ROW: u32 = 1;
pub(crate) const FIRST_DATA_ROW: u32 = 2;

struct Styles {
    title: Format,
    header: Format,
    header_ar: Format,
    label: Format,
    label_ar: Format,
    input: Format,
    input_ar: Format,
    number: Format,
}

impl Styles {
    fn new() -> Self {
        let border = |f: Format| {
            f.set_border(FormatBorder::Thin)
                .set_border_color(Color::RGB(0xBFBFBF))
        };
        let header = border(
            Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0x1F4E79))
                .set_font_color(Color::White)
                .set_text_wrap(),
        );
        let label = border(
            Format::new()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(Color::RGB(0xF2F2F2)),
        );
        let input = border(
            Format::new()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_unlocked(),
        );
        Styles {
            title: Format::new().set_bold().set_font_size(14),
            header_ar: header
                .clone()
                .set_align(FormatAlign::Right)
                .set_reading_direction(2),
            header,
            label_ar: label
                .clone()
                .set_align(FormatAlign::Right)
                .set_reading_direction(2),
            label,
            input_ar: input
                .clone()
                .set_align(FormatAlign::Right)
                .set_reading_direction(2),
            number: input.clone().set_num_format("0"),
            input,
        }
    }
}

impl Styles {
    /// A label cell's style for text in `lang` (right-aligned, right to left for Arabic).
    fn label_in(&self, lang: Lang) -> &Format {
        if poa_core::i18n::is_rtl(lang) {
            &self.label_ar
        } else {
            &self.label
        }
    }
    /// An input cell's style for text in `lang`.
    fn input_in(&self, lang: Lang) -> &Format {
        if poa_core::i18n::is_rtl(lang) {
            &self.input_ar
        } else {
            &self.input
        }
    }
}

/// `F12` for row 11, column 5 (0-based).
pub(crate) fn cell_name(row: u32, col: u16) -> String {
    let mut letters = String::new();
    let mut n = u32::from(col) + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.insert(0, char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

#[allow(clippy::too_many_arguments)]
fn write_sheet(
    sheet: &mut Worksheet,
    name: &str,
    rows: &[Row],
    report: &Value,
    langs: &[Lang],
    contact_ids: &[String],
    styles: &Styles,
    lang: Lang,
    pair: [Lang; 2],
) -> Result<(), XlsxError> {
    sheet.set_name(sheet_title(name, lang))?;
    sheet.set_right_to_left(poa_core::i18n::is_rtl(lang));
    let title = match catalogue::section(name) {
        Some(meta) => format!(
            "{} — {} [{}]",
            meta.heading(pair[0]),
            meta.heading(pair[1]),
            meta.sources.join(", ")
        ),
        None => {
            let key = if name == COVER_SHEET {
                "title"
            } else {
                "sheet_contacts"
            };
            format!(
                "{} — {}",
                catalogue::word(key, pair[0]),
                catalogue::word(key, pair[1])
            )
        }
    };
    sheet.write_string_with_format(0, 0, title, &styles.title)?;
    for (col, header) in fixed_headers(lang, pair).iter().enumerate() {
        let style = if col as u16 == COL_LABEL_SECOND && poa_core::i18n::is_rtl(pair[1]) {
            &styles.header_ar
        } else {
            &styles.header
        };
        sheet.write_string_with_format(HEADER_ROW, col as u16, *header, style)?;
    }
    let path_col = COL_FIRST_TEXT + langs.len() as u16;
    let form_col = path_col + 1;
    for (i, l) in langs.iter().enumerate() {
        let style = if poa_core::i18n::is_rtl(*l) {
            &styles.header_ar
        } else {
            &styles.header
        };
        sheet.write_string_with_format(
            HEADER_ROW,
            COL_FIRST_TEXT + i as u16,
            text_header(lang, *l),
            style,
        )?;
    }
    sheet.write_string_with_format(HEADER_ROW, path_col, PATH_HEADER, &styles.header)?;
    sheet.write_string_with_format(HEADER_ROW, form_col, FORM_HEADER, &styles.header)?;

    for (i, row) in rows.iter().enumerate() {
        let r = FIRST_DATA_ROW + i as u32;
        let shown_id = if row.number.is_empty() {
            &row.id
        } else {
            &row.number
        };
        sheet.write_string_with_format(r, COL_ID, shown_id, &styles.label)?;
        sheet.write_string_with_format(r, COL_PARAGRAPH, &row.paragraph, &styles.label)?;
        for (col, label_lang) in [COL_LABEL_FIRST, COL_LABEL_SECOND].into_iter().zip(pair) {
            sheet.write_string_with_format(
                r,
                col,
                row.label(label_lang),
                styles.label_in(label_lang),
            )?;
        }
        let field_text = match &row.kind {
            RowKind::ChoiceList { def, values } => format!(
                "{} ({})",
                row.field,
                values
                    .iter()
                    .map(|code| choice_word(def, code, lang))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            _ => row.field.clone(),
        };
        sheet.write_string_with_format(r, COL_FIELD, field_text, &styles.label)?;
        sheet.write_string(r, path_col, row.path_text())?;
        let value = value_at(report, &row.path);
        match &row.kind {
            RowKind::Scalar(shape) => {
                write_scalar(sheet, r, row, value, shape, styles, lang)?;
                validate_scalar(sheet, r, row, shape, contact_ids, lang, pair)?;
            }
            RowKind::ChoiceList { def, .. } => {
                let text = value
                    .and_then(Value::as_array)
                    .map(|items| {
                        items
                            .iter()
                            .filter_map(Value::as_str)
                            .map(|code| choice_word(def, code, lang))
                            .collect::<Vec<_>>()
                            .join("; ")
                    })
                    .unwrap_or_default();
                sheet.write_string_with_format(r, COL_VALUE, text, &styles.input)?;
            }
            RowKind::Text | RowKind::Localized => {
                sheet.write_string_with_format(r, COL_VALUE, "", &styles.label)?;
                let first = langs.first().copied().unwrap_or(Lang::En);
                let form = match value {
                    Some(Value::String(_)) => "plain".to_owned(),
                    Some(Value::Object(map)) => map.keys().cloned().collect::<Vec<_>>().join(","),
                    _ => String::new(),
                };
                sheet.write_string(r, form_col, form)?;
                for (j, l) in langs.iter().enumerate() {
                    let text = match value {
                        Some(Value::String(s)) if *l == first => Some(s.as_str()),
                        Some(Value::Object(map)) => map.get(l.code()).and_then(Value::as_str),
                        _ => None,
                    };
                    let style = if poa_core::i18n::is_rtl(*l) {
                        &styles.input_ar
                    } else {
                        &styles.input
                    };
                    sheet.write_string_with_format(
                        r,
                        COL_FIRST_TEXT + j as u16,
                        cell_text(text.unwrap_or(""), row)?,
                        style,
                    )?;
                }
            }
        }
    }
    let widths = [26.0, 16.0, 48.0, 48.0, 20.0, 20.0];
    for (col, width) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    for j in 0..langs.len() {
        sheet.set_column_width(COL_FIRST_TEXT + j as u16, 48.0)?;
    }
    sheet.set_column_hidden(path_col)?;
    sheet.set_column_hidden(form_col)?;
    sheet.set_freeze_panes(FIRST_DATA_ROW, COL_LABEL_FIRST)?;
    sheet.protect();
    Ok(())
}

/// Refuses text longer than a cell holds. (rust_xlsxwriter itself escapes
/// `_x000D_`-like text and control characters so they read back unchanged.)
fn cell_text(text: &str, row: &Row) -> Result<String, XlsxError> {
    if text.encode_utf16().count() > MAX_CELL_CHARS {
        return Err(XlsxError::ParameterError(format!(
            "`{}` is longer than the {MAX_CELL_CHARS} characters a spreadsheet cell holds",
            row.path_text()
        )));
    }
    Ok(text.to_owned())
}

fn write_scalar(
    sheet: &mut Worksheet,
    r: u32,
    row: &Row,
    value: Option<&Value>,
    shape: &Shape,
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    match (value, shape) {
        (Some(Value::String(code)), Shape::Choice { def, .. }) => {
            let word = choice_word(def, code, lang);
            sheet.write_string_with_format(r, COL_VALUE, word, &styles.input)?;
        }
        (Some(Value::Number(n)), _) => match n.as_u64() {
            Some(v) if v <= MAX_EXACT => {
                sheet.write_number_with_format(r, COL_VALUE, v as f64, &styles.number)?;
            }
            _ => {
                sheet.write_string_with_format(r, COL_VALUE, n.to_string(), &styles.number)?;
            }
        },
        (Some(Value::String(s)), _) => {
            sheet.write_string_with_format(r, COL_VALUE, cell_text(s, row)?, &styles.input)?;
        }
        (_, Shape::Int { .. }) => {
            sheet.write_blank(r, COL_VALUE, &styles.number)?;
        }
        _ => {
            sheet.write_blank(r, COL_VALUE, &styles.input)?;
        }
    }
    Ok(())
}

fn validate_scalar(
    sheet: &mut Worksheet,
    r: u32,
    row: &Row,
    shape: &Shape,
    contact_ids: &[String],
    lang: Lang,
    pair: [Lang; 2],
) -> Result<(), XlsxError> {
    let validation = match shape {
        // Excel keeps at most 255 characters of a list: where the words of a
        // language are longer, the list offers the codes (which import reads
        // as well), and past that no list.
        Shape::Choice { def, values } => {
            let words: Vec<String> = values
                .iter()
                .map(|code| choice_word(def, code, lang))
                .collect();
            DataValidation::new()
                .allow_list_strings(&words)
                .or_else(|_| DataValidation::new().allow_list_strings(values))
                .ok()
        }
        Shape::Int { min, max } => {
            let lo = min.unwrap_or(0).clamp(0, i64::from(i32::MAX)) as i32;
            let rule = match max {
                Some(hi) => DataValidationRule::Between(lo, (*hi).min(i64::from(i32::MAX)) as i32),
                None => DataValidationRule::GreaterThanOrEqualTo(lo),
            };
            let message = format!(
                "{} — {}",
                catalogue::word("whole_number", pair[0]),
                catalogue::word("whole_number", pair[1])
            );
            let validation = DataValidation::new().allow_whole_number(rule);
            // A message longer than Excel keeps is left out, the rule kept.
            Some(match validation.clone().set_error_message(&message) {
                Ok(with_message) => with_message,
                Err(_) => validation,
            })
        }
        Shape::Str { def: Some(def), .. }
            if def == "ContactId"
                && row.path.first().is_some_and(|p| p != "contacts")
                && !contact_ids.is_empty() =>
        {
            DataValidation::new().allow_list_strings(contact_ids).ok()
        }
        _ => None,
    };
    if let Some(v) = validation {
        sheet.add_data_validation(r, COL_VALUE, r, COL_VALUE, &v)?;
    }
    Ok(())
}

fn write_status(
    sheet: &mut Worksheet,
    start: u32,
    findings: &[Finding],
    styles: &Styles,
    lang: Lang,
    pair: [Lang; 2],
) -> Result<(), XlsxError> {
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    let status = if errors == 0 {
        catalogue::word("status_valid", lang).to_owned()
    } else {
        poa_core::i18n::format(
            lang,
            "doc-status_invalid",
            &[("errors", errors.to_string())],
        )
    };
    let rows = [
        ("status", status),
        ("errors", errors.to_string()),
        ("warnings", warnings.to_string()),
    ];
    for (i, (key, value)) in rows.iter().enumerate() {
        let r = start + i as u32;
        sheet.write_string_with_format(r, COL_ID, "#status", &styles.label)?;
        for (col, label_lang) in [COL_LABEL_FIRST, COL_LABEL_SECOND].into_iter().zip(pair) {
            sheet.write_string_with_format(
                r,
                col,
                catalogue::word(key, label_lang),
                styles.label_in(label_lang),
            )?;
        }
        sheet.write_string_with_format(r, COL_VALUE, value, &styles.label)?;
    }
    Ok(())
}

fn write_findings(
    sheet: &mut Worksheet,
    findings: &[Finding],
    placed: &[(String, String, String)],
    styles: &Styles,
    lang: Lang,
    pair: [Lang; 2],
) -> Result<(), XlsxError> {
    sheet.set_name(sheet_title(FINDINGS_SHEET, lang))?;
    sheet.set_right_to_left(poa_core::i18n::is_rtl(lang));
    let title = format!(
        "{} — {}",
        catalogue::word("findings", pair[0]),
        catalogue::word("findings", pair[1])
    );
    sheet.write_string_with_format(0, 0, title, &styles.title)?;
    let headers = [
        catalogue::word("rule", lang),
        catalogue::word("severity", lang),
        catalogue::word("message", pair[0]),
        catalogue::word("message", pair[1]),
        catalogue::word("where", lang),
    ];
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(HEADER_ROW, col as u16, *header, &styles.header)?;
    }
    let shown = findings.iter().filter(|f| f.severity != Severity::Info);
    for (i, finding) in shown.enumerate() {
        let r = FIRST_DATA_ROW + i as u32;
        sheet.write_string(r, 0, finding.rule)?;
        sheet.write_string(r, 1, finding.severity.label(lang))?;
        for (col, message_lang) in [2, 3].into_iter().zip(pair) {
            sheet.write_string_with_format(
                r,
                col,
                finding.message.get(message_lang),
                styles.input_in(message_lang),
            )?;
        }
        // The row whose path is the longest prefix of the finding's pointer.
        let target = placed
            .iter()
            .filter(|(pointer, _, _)| {
                finding.pointer == *pointer
                    || finding.pointer.starts_with(&format!("{pointer}/"))
                    || pointer.starts_with(&format!("{}/", finding.pointer))
            })
            .max_by_key(|(pointer, _, _)| {
                if finding.pointer.starts_with(pointer.as_str()) {
                    pointer.len()
                } else {
                    0
                }
            });
        match target {
            Some((_, sheet_name, cell)) => {
                let url = Url::new(format!("internal:'{sheet_name}'!{cell}"))
                    .set_text(format!("{sheet_name}!{cell}"));
                sheet.write_url(r, 4, url)?;
            }
            None => {
                sheet.write_string(r, 4, &finding.pointer)?;
            }
        }
    }
    for (col, width) in [12.0, 10.0, 60.0, 60.0, 24.0].iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    sheet.set_freeze_panes(FIRST_DATA_ROW, 0)?;
    sheet.protect();
    Ok(())
}
