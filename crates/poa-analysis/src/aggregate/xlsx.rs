//! The regional workbook: summary and reporting rate, the score heat map,
//! answers per question, change since the previous cycle, key figures,
//! assistance, contacts, the reports read, and native charts. Arabic
//! workbooks are right to left, with Arabic sheet names and labels.

use rust_xlsxwriter::{
    Chart, ChartType, Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::KeyFigures;
use super::analysis::{
    Analysis, AnswerCounts, SCORE_COLOURS, StateRow, answer_colour, score_colour, score_text_colour,
};
use super::html::{headline, serde_plain, subtitle, word};
use poa_core::catalogue;
use poa_core::i18n;
use poa_core::model::Lang;
use poa_formats::render::RenderError;

struct Styles {
    header: Format,
    cell: Format,
    number: Format,
    title: Format,
    flagged: Format,
}

fn border(f: Format) -> Format {
    f.set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(0xBFBFBF))
}

fn rgb(hex: &str) -> Color {
    Color::RGB(u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap_or(0xFFFFFF))
}

/// The percent format of a score cell, filled in the page's colour.
fn score_format(value: Option<f64>) -> Format {
    border(
        Format::new()
            .set_num_format("0%")
            .set_align(FormatAlign::Center)
            .set_background_color(rgb(score_colour(value)))
            .set_font_color(rgb(score_text_colour(value))),
    )
}

/// Writes the workbook for `analysis`.
pub fn render(analysis: &Analysis, lang: Lang) -> Result<Vec<u8>, RenderError> {
    build(analysis, lang).map_err(|e| RenderError(e.to_string()))
}

fn build(analysis: &Analysis, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let styles = Styles {
        header: border(
            Format::new()
                .set_bold()
                .set_text_wrap()
                .set_background_color(Color::RGB(0x1F3B5C))
                .set_font_color(Color::White),
        ),
        cell: border(Format::new().set_text_wrap()),
        number: border(Format::new()),
        title: Format::new().set_bold().set_font_size(14),
        flagged: border(Format::new().set_background_color(Color::RGB(0xFDE2E2))),
    };
    let mut states: Vec<&StateRow> = analysis.states.iter().collect();
    states.sort_by(|a, b| poa_core::i18n::collate(lang, a.state.name(lang), b.state.name(lang)));
    let mut workbook = Workbook::new();
    summary_sheet(workbook.add_worksheet(), analysis, &styles, lang)?;
    scores_sheet(workbook.add_worksheet(), analysis, &states, &styles, lang)?;
    questions_sheet(workbook.add_worksheet(), analysis, &styles, lang)?;
    changes_sheet(workbook.add_worksheet(), analysis, &styles, lang)?;
    figures_sheet(workbook.add_worksheet(), analysis, &states, &styles, lang)?;
    assistance_sheet(workbook.add_worksheet(), analysis, &states, &styles, lang)?;
    contacts_sheet(workbook.add_worksheet(), &states, &styles, lang)?;
    files_sheet(workbook.add_worksheet(), analysis, &styles, lang)?;
    charts_sheet(workbook.add_worksheet(), analysis, &styles, lang)?;
    workbook.save_to_buffer()
}

/// The words of `keys` (`agg-<key>`), for a header row.
fn words(lang: Lang, keys: &[&str]) -> Vec<&'static str> {
    keys.iter().map(|k| word(lang, k)).collect()
}

fn sheet_name(lang: Lang, key: &str) -> String {
    word(lang, &format!("sheet-{key}"))
        .chars()
        .take(31)
        .collect()
}

fn start(
    sheet: &mut Worksheet,
    key: &str,
    lang: Lang,
    headers: &[&str],
    styles: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(sheet_name(lang, key))?;
    sheet.set_right_to_left(poa_core::i18n::is_rtl(lang));
    for (col, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *h, &styles.header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn texts(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cells: &[&str],
    format: &Format,
) -> Result<(), XlsxError> {
    for (i, text) in cells.iter().enumerate() {
        sheet.write_string_with_format(row, col + i as u16, *text, format)?;
    }
    Ok(())
}

fn summary_sheet(
    sheet: &mut Worksheet,
    analysis: &Analysis,
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    sheet.set_name(sheet_name(lang, "summary"))?;
    sheet.set_right_to_left(poa_core::i18n::is_rtl(lang));
    sheet.write_string_with_format(0, 0, word(lang, "title"), &styles.title)?;
    sheet.write_string(1, 0, subtitle(analysis, lang))?;
    sheet.write_string_with_format(3, 0, headline(analysis, lang), &styles.title)?;
    sheet.write_string(4, 0, word(lang, "overall"))?;
    match analysis.overall.value {
        Some(v) => sheet.write_number_with_format(4, 1, v, &score_format(Some(v)))?,
        None => sheet.write_string(4, 1, "—")?,
    };
    let mut row = 6;
    if let Some(region) = &analysis.region {
        sheet.write_string(row, 0, word(lang, "region"))?;
        sheet.write_string(row, 1, region.name(lang))?;
        sheet.write_string(row + 1, 0, word(lang, "valid-on"))?;
        sheet.write_string(row + 1, 1, &region.valid_on)?;
        row += 3;
        sheet.write_string_with_format(row, 0, word(lang, "missing"), &styles.header)?;
        sheet.write_string_with_format(row, 1, word(lang, "iso3"), &styles.header)?;
        row += 1;
        if analysis.reporting.missing.is_empty() {
            sheet.write_string(row, 0, word(lang, "none-missing"))?;
            row += 1;
        }
        for m in &analysis.reporting.missing {
            texts(sheet, row, 0, &[m.name(lang), &m.iso3], &styles.cell)?;
            row += 1;
        }
        if !analysis.reporting.outside.is_empty() {
            row += 1;
            sheet.write_string_with_format(row, 0, word(lang, "outside"), &styles.header)?;
            row += 1;
            for m in &analysis.reporting.outside {
                texts(sheet, row, 0, &[m.name(lang), &m.iso3], &styles.cell)?;
                row += 1;
            }
        }
    }
    row += 1;
    sheet.write_string(row, 0, word(lang, "scores-note"))?;
    sheet.set_column_width(0, 48.0)?;
    sheet.set_column_width(1, 30.0)?;
    Ok(())
}

fn scores_sheet(
    sheet: &mut Worksheet,
    analysis: &Analysis,
    states: &[&StateRow],
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let section_heads: Vec<String> = analysis
        .sections
        .iter()
        .map(|s| {
            format!(
                "{}. {}",
                s.number,
                catalogue::section(&s.key).map_or(s.key.as_str(), |m| m.label(lang))
            )
        })
        .collect();
    let mut headers = words(lang, &["state", "iso3", "overall-column"]);
    headers.extend(section_heads.iter().map(String::as_str));
    start(sheet, "scores", lang, &headers, styles)?;
    // The scores, then the same grid with the number of questions behind each.
    let below = states.len() as u32 + 3;
    sheet.write_string_with_format(below - 1, 0, word(lang, "questions-count"), &styles.title)?;
    for (i, r) in states.iter().enumerate() {
        let row = 1 + i as u32;
        let format = if r.valid {
            &styles.cell
        } else {
            &styles.flagged
        };
        texts(sheet, row, 0, &[r.state.name(lang), &r.state.iso3], format)?;
        texts(
            sheet,
            below + row,
            0,
            &[r.state.name(lang), &r.state.iso3],
            format,
        )?;
        for (k, score) in std::iter::once(&r.overall).chain(&r.scores).enumerate() {
            let col = 2 + k as u16;
            match score.value {
                Some(v) => sheet.write_number_with_format(row, col, v, &score_format(Some(v)))?,
                None => sheet.write_blank(row, col, &score_format(None))?,
            };
            sheet.write_number_with_format(
                below + row,
                col,
                score.questions as f64,
                &styles.number,
            )?;
        }
    }
    sheet.set_column_width(0, 28.0)?;
    sheet.set_row_height(0, 60.0)?;
    for k in 0..=section_heads.len() as u16 {
        sheet.set_column_width(2 + k, 12.0)?;
    }
    Ok(())
}

fn answer_heads(lang: Lang) -> Vec<String> {
    AnswerCounts::default()
        .parts()
        .iter()
        .map(|(kind, _)| match *kind {
            "not_answered" => i18n::text(lang, "doc-not_answered").to_owned(),
            code => catalogue::choice_text("Answer", code, lang),
        })
        .collect()
}

fn questions_sheet(
    sheet: &mut Worksheet,
    analysis: &Analysis,
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let heads = answer_heads(lang);
    let mut headers = words(lang, &["number", "question"]);
    headers.extend(heads.iter().map(String::as_str));
    start(sheet, "questions", lang, &headers, styles)?;
    for (i, q) in analysis.questions.iter().enumerate() {
        let row = 1 + i as u32;
        let label = catalogue::question(&q.id).map_or(q.id.as_str(), |m| m.label(lang));
        texts(sheet, row, 0, &[&q.number, label], &styles.cell)?;
        for (k, (_, n)) in q.counts.parts().iter().enumerate() {
            sheet.write_number_with_format(row, 2 + k as u16, *n as f64, &styles.number)?;
        }
    }
    sheet.set_column_width(1, 70.0)?;
    Ok(())
}

fn changes_sheet(
    sheet: &mut Worksheet,
    analysis: &Analysis,
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let headers = words(
        lang,
        &["state", "iso3", "cycle", "previous", "current", "change"],
    );
    start(sheet, "changes", lang, &headers, styles)?;
    let points = border(Format::new().set_num_format("+0%;-0%;0%"));
    for (i, c) in analysis.changes.iter().enumerate() {
        let row = 1 + i as u32;
        texts(
            sheet,
            row,
            0,
            &[c.state.name(lang), &c.state.iso3],
            &styles.cell,
        )?;
        sheet.write_number_with_format(row, 2, f64::from(c.previous_cycle), &styles.number)?;
        for (col, score) in [(3u16, c.previous.value), (4, c.current.value)] {
            if let Some(v) = score {
                sheet.write_number_with_format(row, col, v, &score_format(Some(v)))?;
            }
        }
        if let Some(d) = c.delta {
            sheet.write_number_with_format(row, 5, d, &points)?;
        }
    }
    sheet.set_column_width(0, 28.0)?;
    Ok(())
}

fn figures_sheet(
    sheet: &mut Worksheet,
    analysis: &Analysis,
    states: &[&StateRow],
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let mut headers = words(lang, &["state", "iso3"]);
    headers.extend(
        KeyFigures::NUMERIC
            .iter()
            .map(|k| KeyFigures::label(k, lang)),
    );
    start(sheet, "figures", lang, &headers, styles)?;
    for (i, r) in states.iter().enumerate() {
        let row = 1 + i as u32;
        texts(
            sheet,
            row,
            0,
            &[r.state.name(lang), &r.state.iso3],
            &styles.cell,
        )?;
        for (j, key) in KeyFigures::NUMERIC.iter().enumerate() {
            if let Some(n) = r.figures.numeric(key) {
                sheet.write_number_with_format(row, 2 + j as u16, n as f64, &styles.number)?;
            }
        }
    }
    // Totals only for counts; per-State values get minimum, median and maximum.
    let base = states.len() as u32 + 1;
    let lines = super::analysis::FigureRow::SUMMARY;
    for (k, line) in lines.iter().enumerate() {
        let row = base + k as u32;
        sheet.write_string_with_format(row, 0, word(lang, line), &styles.header)?;
        sheet.write_blank(row, 1, &styles.header)?;
        for (j, figure) in analysis.figures.iter().enumerate() {
            match figure.summary(line) {
                Some(v) => sheet.write_number_with_format(row, 2 + j as u16, v, &styles.header)?,
                None => sheet.write_blank(row, 2 + j as u16, &styles.header)?,
            };
        }
    }
    sheet.write_string(base + lines.len() as u32 + 1, 0, word(lang, "figures-note"))?;
    sheet.set_column_width(0, 28.0)?;
    for j in 0..KeyFigures::NUMERIC.len() as u16 {
        sheet.set_column_width(2 + j, 16.0)?;
    }
    Ok(())
}

fn assistance_sheet(
    sheet: &mut Worksheet,
    analysis: &Analysis,
    states: &[&StateRow],
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let headers = words(lang, &["area", "iso3", "priority", "need", "offered-by"]);
    start(sheet, "assistance", lang, &headers, styles)?;
    let mut row = 1;
    for group in &analysis.assistance {
        let area = catalogue::choice_text("AssistanceArea", &group.area, lang);
        for m in &group.needs {
            let priority = catalogue::choice_text("Priority", &m.priority, lang);
            let offered = if m.offered_by.is_empty() {
                word(lang, "none").to_owned()
            } else {
                m.offered_by.join(", ")
            };
            let format = if m.offered_by.is_empty() {
                &styles.flagged
            } else {
                &styles.cell
            };
            texts(
                sheet,
                row,
                0,
                &[&area, &m.state, &priority, &m.need, &offered],
                format,
            )?;
            row += 1;
        }
    }
    row += 1;
    sheet.write_string_with_format(row, 0, word(lang, "offers"), &styles.header)?;
    row += 1;
    for r in states {
        for o in &r.offers {
            let area = catalogue::choice_text("AssistanceArea", &o.area, lang);
            texts(
                sheet,
                row,
                0,
                &[&area, &r.state.iso3, "", &o.description],
                &styles.cell,
            )?;
            row += 1;
        }
    }
    sheet.set_column_width(0, 30.0)?;
    sheet.set_column_width(3, 60.0)?;
    sheet.set_column_width(4, 24.0)?;
    Ok(())
}

fn contacts_sheet(
    sheet: &mut Worksheet,
    states: &[&StateRow],
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let headers = words(
        lang,
        &[
            "state",
            "iso3",
            "role",
            "name",
            "organisation",
            "email",
            "phone",
        ],
    );
    start(sheet, "contacts", lang, &headers, styles)?;
    let mut row = 1;
    for r in states {
        for c in &r.contacts {
            let role = catalogue::field_label(&c.role, lang).unwrap_or(c.role.as_str());
            let cells = [
                r.state.name(lang),
                &r.state.iso3,
                role,
                &c.name,
                &c.organisation,
                &c.email,
                &c.phone,
            ];
            texts(sheet, row, 0, &cells, &styles.cell)?;
            row += 1;
        }
    }
    sheet.set_column_width(0, 28.0)?;
    sheet.set_column_width(4, 36.0)?;
    sheet.set_column_width(5, 36.0)?;
    Ok(())
}

fn files_sheet(
    sheet: &mut Worksheet,
    analysis: &Analysis,
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let headers = words(
        lang,
        &[
            "file", "iso3", "cycle", "valid", "errors", "warnings", "use", "problem",
        ],
    );
    start(sheet, "files", lang, &headers, styles)?;
    for (i, f) in analysis.files.iter().enumerate() {
        let row = 1 + i as u32;
        let style = if f.valid {
            &styles.cell
        } else {
            &styles.flagged
        };
        let valid = word(lang, if f.valid { "yes" } else { "no" });
        let used = word(lang, &format!("use-{}", serde_plain(&f.used)));
        texts(sheet, row, 0, &[&f.file, &f.iso3], style)?;
        match f.cycle {
            Some(c) => sheet.write_number_with_format(row, 2, f64::from(c), style)?,
            None => sheet.write_blank(row, 2, style)?,
        };
        sheet.write_string_with_format(row, 3, valid, style)?;
        sheet.write_number_with_format(row, 4, f.errors as f64, style)?;
        sheet.write_number_with_format(row, 5, f.warnings as f64, style)?;
        texts(
            sheet,
            row,
            6,
            &[used, f.problem.as_deref().unwrap_or("")],
            style,
        )?;
    }
    sheet.set_column_width(0, 40.0)?;
    sheet.set_column_width(6, 24.0)?;
    sheet.set_column_width(7, 50.0)?;
    Ok(())
}

fn charts_sheet(
    sheet: &mut Worksheet,
    analysis: &Analysis,
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let name = sheet_name(lang, "charts");
    sheet.set_name(&name)?;
    sheet.set_right_to_left(poa_core::i18n::is_rtl(lang));
    // The chart data, written here so the charts do not depend on other sheets' layout.
    let heads = answer_heads(lang);
    sheet.write_string_with_format(0, 0, word(lang, "section"), &styles.header)?;
    sheet.write_string_with_format(0, 1, word(lang, "score"), &styles.header)?;
    for (k, h) in heads.iter().enumerate() {
        sheet.write_string_with_format(0, 2 + k as u16, h, &styles.header)?;
    }
    for (i, s) in analysis.sections.iter().enumerate() {
        let row = 1 + i as u32;
        let label = catalogue::section(&s.key).map_or(s.key.as_str(), |m| m.label(lang));
        sheet.write_string(row, 0, format!("{}. {label}", s.number))?;
        match s.mean {
            Some(m) => sheet.write_number_with_format(row, 1, m, &score_format(Some(m)))?,
            None => sheet.write_blank(row, 1, &score_format(None))?,
        };
        for (k, (_, n)) in s.counts.parts().iter().enumerate() {
            sheet.write_number(row, 2 + k as u16, *n as f64)?;
        }
    }
    let last = analysis.sections.len() as u32;
    let mut means = Chart::new(ChartType::Bar);
    means.title().set_name(word(lang, "sections-chart"));
    let series = means
        .add_series()
        .set_name((name.as_str(), 0, 1))
        .set_categories((name.as_str(), 1, 0, last, 0))
        .set_values((name.as_str(), 1, 1, last, 1));
    series.set_format(
        rust_xlsxwriter::ChartFormat::new().set_solid_fill(
            rust_xlsxwriter::ChartSolidFill::new().set_color(rgb(SCORE_COLOURS[3].1)),
        ),
    );
    means
        .y_axis()
        .set_min(0.0)
        .set_max(1.0)
        .set_num_format("0%");
    means.x_axis().set_reverse();
    means.legend().set_hidden();
    means.set_width(760).set_height(520);
    sheet.insert_chart(1, 8, &means)?;

    let mut answers = Chart::new(ChartType::BarPercentStacked);
    answers.title().set_name(word(lang, "answers-chart"));
    for (k, (kind, _)) in AnswerCounts::default().parts().iter().enumerate() {
        let col = 2 + k as u16;
        answers
            .add_series()
            .set_name((name.as_str(), 0, col))
            .set_categories((name.as_str(), 1, 0, last, 0))
            .set_values((name.as_str(), 1, col, last, col))
            .set_format(rust_xlsxwriter::ChartFormat::new().set_solid_fill(
                rust_xlsxwriter::ChartSolidFill::new().set_color(rgb(answer_colour(kind))),
            ));
    }
    answers.x_axis().set_reverse();
    answers.set_width(760).set_height(520);
    sheet.insert_chart(28, 8, &answers)?;
    sheet.set_column_width(0, 40.0)?;
    Ok(())
}
