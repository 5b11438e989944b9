//! The regional workbook: coverage matrix, key figures, assistance and its
//! matching, the contacts directory, validation results, and native charts.

use rust_xlsxwriter::{
    Chart, ChartType, Color, Format, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::{Coverage, KeyFigures, StateSummary, coverage_counts, match_needs, yes_share_by_cycle};
use crate::catalogue;
use crate::model::{Lang, Sections};
use crate::render::RenderError;

struct Styles {
    header: Format,
    cell: Format,
    bold: Format,
    percent: Format,
    flagged: Format,
}

fn pick(lang: Lang, en: &str, ar: &str) -> String {
    if lang == Lang::Ar {
        ar.to_owned()
    } else {
        en.to_owned()
    }
}

/// Writes the workbook for `summaries`.
pub fn render(summaries: &[StateSummary], lang: Lang) -> Result<Vec<u8>, RenderError> {
    build(summaries, lang).map_err(|e| RenderError(e.to_string()))
}

fn build(summaries: &[StateSummary], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let border = |f: Format| {
        f.set_border(FormatBorder::Thin)
            .set_border_color(Color::RGB(0xBFBFBF))
    };
    let styles = Styles {
        header: border(
            Format::new()
                .set_bold()
                .set_text_wrap()
                .set_background_color(Color::RGB(0x1F4E79))
                .set_font_color(Color::White),
        ),
        cell: border(Format::new().set_text_wrap()),
        bold: border(Format::new().set_bold()),
        percent: border(Format::new().set_num_format("0%")),
        flagged: border(Format::new().set_background_color(Color::RGB(0xFDE2E2))),
    };
    let mut workbook = Workbook::new();
    coverage_sheet(workbook.add_worksheet(), summaries, &styles, lang)?;
    figures_sheet(workbook.add_worksheet(), summaries, &styles, lang)?;
    assistance_sheet(workbook.add_worksheet(), summaries, &styles, lang)?;
    contacts_sheet(workbook.add_worksheet(), summaries, &styles, lang)?;
    validation_sheet(workbook.add_worksheet(), summaries, &styles, lang)?;
    charts_sheet(workbook.add_worksheet(), summaries, lang)?;
    workbook.save_to_buffer()
}

fn start(
    sheet: &mut Worksheet,
    name: &str,
    lang: Lang,
    headers: &[String],
    styles: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    sheet.set_right_to_left(lang == Lang::Ar);
    for (col, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, h, &styles.header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn state_columns(
    sheet: &mut Worksheet,
    row: u32,
    s: &StateSummary,
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let name = if lang == Lang::Ar {
        &s.name_ar
    } else {
        &s.name_en
    };
    sheet.write_string_with_format(row, 0, name, &styles.cell)?;
    sheet.write_string_with_format(row, 1, &s.iso3, &styles.cell)?;
    match s.cycle {
        Some(c) => sheet.write_number_with_format(row, 2, f64::from(c), &styles.cell)?,
        None => sheet.write_blank(row, 2, &styles.cell)?,
    };
    Ok(())
}

/// Writes `texts` as string cells from column `first` on.
fn write_texts(
    sheet: &mut Worksheet,
    row: u32,
    first: u16,
    texts: &[&str],
    style: &Format,
) -> Result<(), XlsxError> {
    for (j, text) in texts.iter().enumerate() {
        sheet.write_string_with_format(row, first + j as u16, *text, style)?;
    }
    Ok(())
}

fn state_headers(lang: Lang) -> Vec<String> {
    vec![
        pick(lang, "State", "الدولة"),
        "ISO3".into(),
        pick(lang, "Cycle", "الدورة"),
    ]
}

fn section_label(key: &str, lang: Lang) -> String {
    catalogue::section(key).map_or_else(|| key.to_owned(), |m| m.label(lang).to_owned())
}

fn coverage_sheet(
    sheet: &mut Worksheet,
    summaries: &[StateSummary],
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let mut headers = state_headers(lang);
    headers.extend(Sections::LAYOUT.iter().map(|(s, _)| section_label(s, lang)));
    start(sheet, "coverage", lang, &headers, styles)?;
    for (i, s) in summaries.iter().enumerate() {
        let row = i as u32 + 1;
        state_columns(sheet, row, s, styles, lang)?;
        for (j, (_, c)) in s.coverage.iter().enumerate() {
            let style = if s.valid {
                &styles.cell
            } else {
                &styles.flagged
            };
            sheet.write_string_with_format(row, 3 + j as u16, c.label(lang), style)?;
        }
    }
    // Totals and shares under the matrix.
    let mut row = summaries.len() as u32 + 2;
    let counts = coverage_counts(summaries);
    for (k, coverage) in Coverage::ALL.iter().enumerate() {
        sheet.write_string_with_format(
            row,
            0,
            format!(
                "{} ({})",
                pick(lang, "Total", "المجموع"),
                coverage.label(lang)
            ),
            &styles.bold,
        )?;
        for (j, (_, c)) in counts.iter().enumerate() {
            sheet.write_number_with_format(row, 3 + j as u16, c[k] as f64, &styles.bold)?;
        }
        row += 1;
    }
    sheet.write_string_with_format(
        row,
        0,
        pick(lang, "Share answering yes", "نسبة الإجابة بنعم"),
        &styles.bold,
    )?;
    for (j, (_, c)) in counts.iter().enumerate() {
        let total: usize = c.iter().sum();
        let share = if total == 0 {
            0.0
        } else {
            c[0] as f64 / total as f64
        };
        sheet.write_number_with_format(row, 3 + j as u16, share, &styles.percent)?;
    }
    sheet.set_column_width(0, 28.0)?;
    for j in 0..Sections::LAYOUT.len() {
        sheet.set_column_width(3 + j as u16, 14.0)?;
    }
    Ok(())
}

fn figures_sheet(
    sheet: &mut Worksheet,
    summaries: &[StateSummary],
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let mut headers = state_headers(lang);
    headers.extend(
        KeyFigures::NUMERIC
            .iter()
            .map(|(_, en, ar)| pick(lang, en, ar)),
    );
    headers.push(pick(lang, "Marking at manufacture", "الوسم عند الصنع"));
    start(sheet, "figures", lang, &headers, styles)?;
    let mut totals = [0u64; 5];
    for (i, s) in summaries.iter().enumerate() {
        let row = i as u32 + 1;
        state_columns(sheet, row, s, styles, lang)?;
        for (j, (key, _, _)) in KeyFigures::NUMERIC.iter().enumerate() {
            match s.figures.numeric(key) {
                Some(n) => {
                    sheet.write_number_with_format(row, 3 + j as u16, n as f64, &styles.cell)?;
                    if j < totals.len() {
                        totals[j] = totals[j].saturating_add(n);
                    }
                }
                None => {
                    sheet.write_blank(row, 3 + j as u16, &styles.cell)?;
                }
            }
        }
        let marking = s
            .figures
            .marking_at_manufacture
            .as_deref()
            .and_then(catalogue::answer_label)
            .map_or(String::new(), |(en, ar)| pick(lang, en, ar));
        sheet.write_string_with_format(
            row,
            3 + KeyFigures::NUMERIC.len() as u16,
            marking,
            &styles.cell,
        )?;
    }
    let row = summaries.len() as u32 + 1;
    sheet.write_string_with_format(
        row,
        0,
        pick(lang, "Regional total", "المجموع الإقليمي"),
        &styles.bold,
    )?;
    for (j, total) in totals.iter().enumerate() {
        sheet.write_number_with_format(row, 3 + j as u16, *total as f64, &styles.bold)?;
    }
    sheet.set_column_width(0, 28.0)?;
    Ok(())
}

fn assistance_sheet(
    sheet: &mut Worksheet,
    summaries: &[StateSummary],
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let headers = vec![
        pick(lang, "Kind", "النوع"),
        "ISO3".into(),
        pick(lang, "Area", "المجال"),
        pick(lang, "Priority", "الأولوية"),
        pick(lang, "Description", "الوصف"),
        pick(
            lang,
            "Offered by (in this batch)",
            "تعرضها (في هذه المجموعة)",
        ),
    ];
    start(sheet, "assistance", lang, &headers, styles)?;
    let mut row = 1;
    for m in match_needs(summaries) {
        let kind = pick(lang, "need", "احتياج");
        let offered_by = m.offered_by.join(", ");
        let area = catalogue::choice_text("AssistanceArea", &m.area, lang);
        let priority = catalogue::choice_text("Priority", &m.priority, lang);
        let cells = [
            kind.as_str(),
            &m.state,
            &area,
            &priority,
            &m.need,
            &offered_by,
        ];
        write_texts(sheet, row, 0, &cells, &styles.cell)?;
        row += 1;
    }
    for s in summaries {
        for offer in &s.offers {
            let kind = pick(lang, "offer", "عرض");
            let area = catalogue::choice_text("AssistanceArea", &offer.area, lang);
            let cells = [kind.as_str(), &s.iso3, &area, "", &offer.description, ""];
            write_texts(sheet, row, 0, &cells, &styles.cell)?;
            row += 1;
        }
    }
    sheet.set_column_width(4, 60.0)?;
    sheet.set_column_width(5, 24.0)?;
    Ok(())
}

fn contacts_sheet(
    sheet: &mut Worksheet,
    summaries: &[StateSummary],
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let mut headers = state_headers(lang);
    headers.extend([
        pick(lang, "Role", "الصفة"),
        pick(lang, "Name", "الاسم"),
        pick(lang, "Organisation", "الجهة"),
        pick(lang, "E-mail", "البريد الإلكتروني"),
        pick(lang, "Telephone", "الهاتف"),
    ]);
    start(sheet, "contacts", lang, &headers, styles)?;
    let mut row = 1;
    for s in summaries {
        for c in &s.contacts {
            state_columns(sheet, row, s, styles, lang)?;
            let cells = [&c.role, &c.name, &c.organisation, &c.email, &c.phone].map(String::as_str);
            write_texts(sheet, row, 3, &cells, &styles.cell)?;
            row += 1;
        }
    }
    sheet.set_column_width(0, 28.0)?;
    sheet.set_column_width(5, 36.0)?;
    Ok(())
}

fn validation_sheet(
    sheet: &mut Worksheet,
    summaries: &[StateSummary],
    styles: &Styles,
    lang: Lang,
) -> Result<(), XlsxError> {
    let mut headers = state_headers(lang);
    headers.extend([
        pick(lang, "Valid", "سليم"),
        pick(lang, "Errors", "الأخطاء"),
        pick(lang, "Warnings", "التحذيرات"),
        pick(lang, "Problem", "المشكلة"),
        pick(lang, "File", "الملف"),
    ]);
    start(sheet, "validation", lang, &headers, styles)?;
    for (i, s) in summaries.iter().enumerate() {
        let row = i as u32 + 1;
        state_columns(sheet, row, s, styles, lang)?;
        let style = if s.valid {
            &styles.cell
        } else {
            &styles.flagged
        };
        sheet.write_string_with_format(
            row,
            3,
            if s.valid {
                pick(lang, "yes", "نعم")
            } else {
                pick(lang, "no", "لا")
            },
            style,
        )?;
        sheet.write_number_with_format(row, 4, s.errors as f64, style)?;
        sheet.write_number_with_format(row, 5, s.warnings as f64, style)?;
        sheet.write_string_with_format(row, 6, s.problem.as_deref().unwrap_or(""), style)?;
        sheet.write_string_with_format(row, 7, &s.file, style)?;
    }
    sheet.set_column_width(6, 50.0)?;
    sheet.set_column_width(7, 40.0)?;
    Ok(())
}

fn charts_sheet(
    sheet: &mut Worksheet,
    summaries: &[StateSummary],
    lang: Lang,
) -> Result<(), XlsxError> {
    sheet.set_name("charts")?;
    sheet.set_right_to_left(lang == Lang::Ar);
    // The chart data, written here so the charts do not depend on other sheets' layout.
    let counts = coverage_counts(summaries);
    sheet.write_string(0, 0, pick(lang, "Section", "القسم"))?;
    for (k, c) in Coverage::ALL.iter().enumerate() {
        sheet.write_string(0, 1 + k as u16, c.label(lang))?;
    }
    for (i, (section, c)) in counts.iter().enumerate() {
        sheet.write_string(1 + i as u32, 0, section_label(section, lang))?;
        for (k, n) in c.iter().enumerate() {
            sheet.write_number(1 + i as u32, 1 + k as u16, *n as f64)?;
        }
    }
    let last = counts.len() as u32;
    let mut chart = Chart::new(ChartType::BarStacked);
    chart
        .title()
        .set_name(&pick(lang, "Coverage by section", "التغطية حسب القسم"));
    for k in 0..Coverage::ALL.len() as u16 {
        chart
            .add_series()
            .set_name(("charts", 0, 1 + k))
            .set_categories(("charts", 1, 0, last, 0))
            .set_values(("charts", 1, 1 + k, last, 1 + k));
    }
    chart.set_width(720).set_height(520);
    sheet.insert_chart(1, 7, &chart)?;
    let trend = yes_share_by_cycle(summaries);
    if trend.len() > 1 {
        let base = last + 3;
        sheet.write_string(base, 0, pick(lang, "Cycle", "الدورة"))?;
        sheet.write_string(
            base,
            1,
            pick(
                lang,
                "Share of sections answered yes",
                "نسبة الأقسام المجاب عنها بنعم",
            ),
        )?;
        for (i, (cycle, share)) in trend.iter().enumerate() {
            sheet.write_number(base + 1 + i as u32, 0, f64::from(*cycle))?;
            sheet.write_number(base + 1 + i as u32, 1, *share)?;
        }
        let end = base + trend.len() as u32;
        let mut line = Chart::new(ChartType::Line);
        line.title()
            .set_name(&pick(lang, "Answers over cycles", "الإجابات عبر الدورات"));
        line.add_series()
            .set_name(("charts", base, 1))
            .set_categories(("charts", base + 1, 0, end, 0))
            .set_values(("charts", base + 1, 1, end, 1));
        sheet.insert_chart(28, 7, &line)?;
    }
    sheet.set_column_width(0, 36.0)?;
    Ok(())
}
