//! The regional summary as one self-contained HTML page with SVG charts.

use minijinja::{AutoEscape, Environment};
use serde::Serialize;

use super::{
    Coverage, KeyFigures, Match, StateSummary, coverage_counts, match_needs, yes_share_by_cycle,
};
use crate::catalogue;
use crate::model::{Lang, Sections};
use crate::render::RenderError;

const TEMPLATE: &str = include_str!("../../templates/aggregate.html");

/// One bar of the coverage chart: a label and its coloured segments.
#[derive(Serialize)]
struct Bar {
    label: String,
    y: u32,
    segments: Vec<Segment>,
}

#[derive(Serialize)]
struct Segment {
    x: f64,
    width: f64,
    class: &'static str,
    count: usize,
}

#[derive(Serialize)]
struct Point {
    x: f64,
    y: f64,
    cycle: u16,
    percent: u32,
}

#[derive(Serialize)]
struct Page<'a> {
    lang: &'static str,
    dir: &'static str,
    summaries: &'a [StateSummary],
    sections: Vec<String>,
    coverage_labels: Vec<&'static str>,
    coverage_names: std::collections::BTreeMap<&'static str, &'static str>,
    figure_labels: Vec<String>,
    figure_rows: Vec<(String, String, Vec<String>)>,
    figure_totals: Vec<String>,
    matches: Vec<Match>,
    bars: Vec<Bar>,
    chart_height: u32,
    trend: Vec<Point>,
    trend_path: String,
    words: std::collections::BTreeMap<&'static str, &'static str>,
}

const BAR_WIDTH: f64 = 360.0;

/// Renders the summary page.
pub fn render(summaries: &[StateSummary], lang: Lang) -> Result<String, RenderError> {
    let ar = lang == Lang::Ar;
    let pick = |en: &'static str, a: &'static str| if ar { a } else { en };
    let label =
        |key: &str| catalogue::section(key).map_or(key.to_owned(), |m| m.label(lang).to_owned());
    let counts = coverage_counts(summaries);
    let bars = counts
        .iter()
        .enumerate()
        .map(|(i, (section, c))| {
            let total = c.iter().sum::<usize>().max(1) as f64;
            let mut x = 0.0;
            let segments = Coverage::ALL
                .iter()
                .zip(c.iter())
                .map(|(coverage, n)| {
                    let width = BAR_WIDTH * *n as f64 / total;
                    let seg = Segment {
                        x,
                        width,
                        class: class_of(*coverage),
                        count: *n,
                    };
                    x += width;
                    seg
                })
                .collect();
            Bar {
                label: label(section),
                y: 24 * i as u32,
                segments,
            }
        })
        .collect();
    let trend_values = yes_share_by_cycle(summaries);
    let step = if trend_values.len() > 1 {
        360.0 / (trend_values.len() - 1) as f64
    } else {
        0.0
    };
    let trend: Vec<Point> = trend_values
        .iter()
        .enumerate()
        .map(|(i, (cycle, share))| Point {
            x: 40.0 + step * i as f64,
            y: 170.0 - 150.0 * share,
            cycle: *cycle,
            percent: (share * 100.0).round() as u32,
        })
        .collect();
    let trend_path = trend
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{}{:.1},{:.1}", if i == 0 { "M" } else { "L" }, p.x, p.y))
        .collect::<Vec<_>>()
        .join(" ");
    let mut totals = vec![0u64; KeyFigures::NUMERIC.len()];
    let figure_rows = summaries
        .iter()
        .map(|s| {
            let values = KeyFigures::NUMERIC
                .iter()
                .enumerate()
                .map(|(j, (key, _, _))| match s.figures.numeric(key) {
                    Some(n) => {
                        totals[j] = totals[j].saturating_add(n);
                        n.to_string()
                    }
                    None => String::new(),
                })
                .collect();
            (
                if ar {
                    s.name_ar.clone()
                } else {
                    s.name_en.clone()
                },
                s.iso3.clone(),
                values,
            )
        })
        .collect();
    let words = [
        (
            "title",
            pick(
                "Regional summary of national reports on the PoA and the ITI",
                "موجز إقليمي للتقارير الوطنية عن برنامج العمل والصك الدولي للتعقب",
            ),
        ),
        ("reports", pick("Reports", "التقارير")),
        ("coverage", pick("Coverage by section", "التغطية حسب القسم")),
        ("matrix", pick("Coverage matrix", "مصفوفة التغطية")),
        ("figures", pick("Key figures", "الأرقام الرئيسية")),
        ("total", pick("Regional total", "المجموع الإقليمي")),
        (
            "assistance",
            pick(
                "Assistance: needs matched with offers",
                "المساعدة: المطابقة بين الاحتياجات والعروض",
            ),
        ),
        ("offers", pick("Offers of assistance", "عروض المساعدة")),
        ("contacts", pick("Points of contact", "جهات الاتصال")),
        ("validation", pick("Validation", "التحقق")),
        (
            "trend",
            pick(
                "Answers over cycles (share of sections answered yes)",
                "الإجابات عبر الدورات (نسبة الأقسام المجاب عنها بنعم)",
            ),
        ),
        ("state", pick("State", "الدولة")),
        ("cycle", pick("Cycle", "الدورة")),
        ("valid", pick("Valid", "سليم")),
        ("errors", pick("Errors", "الأخطاء")),
        ("warnings", pick("Warnings", "التحذيرات")),
        ("problem", pick("Problem", "المشكلة")),
        ("area", pick("Area", "المجال")),
        ("priority", pick("Priority", "الأولوية")),
        ("need", pick("Need", "الاحتياج")),
        ("offered_by", pick("Offered by", "تعرضها")),
        ("none", pick("none in this batch", "لا يوجد في هذه المجموعة")),
        ("yes", pick("yes", "نعم")),
        ("no", pick("no", "لا")),
    ]
    .into_iter()
    .collect();
    let page = Page {
        lang: if ar { "ar" } else { "en" },
        dir: if ar { "rtl" } else { "ltr" },
        summaries,
        sections: Sections::LAYOUT.iter().map(|(s, _)| label(s)).collect(),
        coverage_labels: Coverage::ALL.iter().map(|c| c.label(lang)).collect(),
        coverage_names: Coverage::ALL
            .iter()
            .map(|c| (coverage_key(*c), c.label(lang)))
            .collect(),
        figure_labels: KeyFigures::NUMERIC
            .iter()
            .map(|(_, en, a)| pick(en, a).to_owned())
            .collect(),
        figure_rows,
        figure_totals: totals.iter().map(u64::to_string).collect(),
        matches: match_needs(summaries),
        chart_height: 24 * counts.len() as u32,
        bars,
        trend,
        trend_path,
        words,
    };
    let mut env = Environment::new();
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    // `{{ code | word("AssistanceArea") }}`: a closed list's code as the page's word.
    env.add_filter("word", move |code: String, def: String| {
        catalogue::choice_text(&def, &code, lang)
    });
    env.add_template("aggregate.html", TEMPLATE)
        .map_err(|e| RenderError(format!("template: {e}")))?;
    let template = env
        .get_template("aggregate.html")
        .map_err(|e| RenderError(e.to_string()))?;
    template
        .render(&page)
        .map_err(|e| RenderError(format!("template: {e}")))
}

fn class_of(c: Coverage) -> &'static str {
    match c {
        Coverage::Yes => "yes",
        Coverage::Partially => "partially",
        Coverage::No => "no",
        Coverage::NotAnswered => "unanswered",
    }
}

/// The key a coverage value has when serialised (`not_answered`).
fn coverage_key(c: Coverage) -> &'static str {
    match c {
        Coverage::Yes => "yes",
        Coverage::Partially => "partially",
        Coverage::No => "no",
        Coverage::NotAnswered => "not_answered",
    }
}
