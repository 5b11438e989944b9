//! The regional analysis as one self-contained HTML page with SVG charts,
//! in English or Arabic (right to left). Every word comes from the locale
//! files, every colour from [`super::analysis`], so the page, the workbook
//! and the browser test agree on what a score looks like.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use minijinja::{AutoEscape, Environment};
use serde::Serialize;

use super::KeyFigures;
use super::analysis::{
    Analysis, AnswerCounts, NO_SCORE_COLOUR, SCORE_COLOURS, StateName, answer_colour, score_colour,
    score_text_colour,
};
use poa_core::catalogue;
use poa_core::i18n;
use poa_core::model::Lang;
use poa_formats::render::RenderError;

const TEMPLATE: &str = include_str!("../../../../templates/aggregate.html");

static ENVIRONMENT: LazyLock<Result<Environment<'static>, String>> = LazyLock::new(|| {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    env.add_template("aggregate.html", TEMPLATE)
        .map_err(|e| format!("template: {e}"))?;
    Ok(env)
});

/// A word of the page: `agg-<key>` in `lang`.
pub fn word(lang: Lang, key: &str) -> &'static str {
    i18n::text(lang, &format!("agg-{key}"))
}

/// `word` with `{name}` slots filled.
pub(crate) fn word_with(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    i18n::format(lang, &format!("agg-{key}"), args)
}

/// The headline: "14 of 22 States reported for 2026".
pub fn headline(analysis: &Analysis, lang: Lang) -> String {
    let Some(cycle) = analysis.cycle else {
        return word(lang, "no-cycle").to_owned();
    };
    let reported = analysis.reporting.reported.len().to_string();
    match analysis.reporting.expected {
        Some(expected) => word_with(
            lang,
            "reported-of",
            &[
                ("reported", reported),
                ("expected", expected.to_string()),
                ("cycle", cycle.to_string()),
            ],
        ),
        None => word_with(
            lang,
            "reported",
            &[("reported", reported), ("cycle", cycle.to_string())],
        ),
    }
}

/// The subtitle: region and cycle.
pub(crate) fn subtitle(analysis: &Analysis, lang: Lang) -> String {
    let cycle = analysis.cycle.map(|c| c.to_string()).unwrap_or_default();
    match &analysis.region {
        Some(region) => word_with(
            lang,
            "subtitle-region",
            &[("region", region.name(lang).to_owned()), ("cycle", cycle)],
        ),
        None => word_with(lang, "subtitle", &[("cycle", cycle)]),
    }
}

#[derive(Serialize)]
struct Swatch {
    label: String,
    colour: &'static str,
}

#[derive(Serialize)]
struct Cell {
    text: String,
    questions: usize,
    /// The score as a fraction with four decimals, empty without a score.
    score: String,
    colour: &'static str,
    text_colour: &'static str,
}

fn cell(score: &super::Score) -> Cell {
    Cell {
        text: score.percent().map(|p| format!("{p}%")).unwrap_or_default(),
        questions: score.questions,
        score: score.value.map(|v| format!("{v:.4}")).unwrap_or_default(),
        colour: score_colour(score.value),
        text_colour: score_text_colour(score.value),
    }
}

#[derive(Serialize)]
struct HeatRow {
    name: String,
    iso3: String,
    valid: bool,
    /// The overall score, then one per section.
    cells: Vec<Cell>,
}

#[derive(Serialize)]
struct Column {
    number: usize,
    label: String,
}

/// A horizontal bar with its label, laid out for the page's direction.
#[derive(Serialize)]
struct Bar {
    label: String,
    label_x: f64,
    label_anchor: &'static str,
    /// The label's own direction: section names read in the page's direction.
    label_dir: &'static str,
    y: f64,
    segments: Vec<Segment>,
    value: String,
    value_x: f64,
    value_anchor: &'static str,
}

#[derive(Serialize)]
struct Segment {
    x: f64,
    width: f64,
    colour: &'static str,
    kind: String,
    count: String,
}

#[derive(Serialize)]
struct QuestionLine {
    number: String,
    label: String,
    counts: Vec<usize>,
    heading: Option<String>,
}

#[derive(Serialize)]
struct ChangeLine {
    name: String,
    iso3: String,
    previous_cycle: u16,
    previous: String,
    current: String,
    delta: String,
    direction: &'static str,
}

#[derive(Serialize)]
struct FigureLine {
    name: String,
    iso3: String,
    values: Vec<String>,
}

#[derive(Serialize)]
struct NeedLine {
    iso3: String,
    priority: String,
    need: String,
    offered_by: Vec<String>,
}

#[derive(Serialize)]
struct AreaLines {
    area: String,
    unmatched: usize,
    needs: Vec<NeedLine>,
}

#[derive(Serialize)]
struct ContactLine {
    state: String,
    iso3: String,
    role: String,
    name: String,
    organisation: String,
    email: String,
    phone: String,
}

#[derive(Serialize)]
struct FileLine {
    file: String,
    iso3: String,
    cycle: String,
    valid: bool,
    errors: usize,
    warnings: usize,
    problem: String,
    used: String,
}

#[derive(Serialize)]
struct Page {
    lang: &'static str,
    dir: &'static str,
    words: BTreeMap<&'static str, &'static str>,
    title: String,
    subtitle: String,
    headline: String,
    changes_heading: String,
    overall: Cell,
    missing: Vec<(String, String)>,
    outside: Vec<(String, String)>,
    region: bool,
    score_legend: Vec<Swatch>,
    answer_legend: Vec<Swatch>,
    columns: Vec<Column>,
    rows: Vec<HeatRow>,
    section_bars: Vec<Bar>,
    answer_bars: Vec<Bar>,
    chart_height: f64,
    questions: Vec<QuestionLine>,
    answer_heads: Vec<String>,
    changes: Vec<ChangeLine>,
    figure_heads: Vec<String>,
    figure_rows: Vec<FigureLine>,
    figure_summary: Vec<(String, Vec<String>)>,
    assistance: Vec<AreaLines>,
    offers: Vec<(String, String, String)>,
    contacts: Vec<ContactLine>,
    files: Vec<FileLine>,
}

const WORDS: &[&str] = &[
    "missing",
    "none-missing",
    "outside",
    "overall",
    "scores",
    "scores-note",
    "sections-chart",
    "answers-chart",
    "questions",
    "no-changes",
    "figures",
    "figures-note",
    "assistance",
    "unmatched",
    "offers",
    "contacts",
    "files",
    "state",
    "iso3",
    "cycle",
    "file",
    "valid",
    "errors",
    "warnings",
    "problem",
    "use",
    "area",
    "priority",
    "need",
    "offered-by",
    "none",
    "yes",
    "no",
    "previous",
    "current",
    "change",
    "number",
    "question",
    "role",
    "name",
    "organisation",
    "email",
    "phone",
    "overall-column",
];

/// Chart geometry: a label column and a bar column, mirrored for Arabic.
const CHART_WIDTH: f64 = 760.0;
const LABEL_WIDTH: f64 = 330.0;
const BAR_WIDTH: f64 = 340.0;
const ROW_HEIGHT: f64 = 24.0;

fn layout_bar(
    rtl: bool,
    i: usize,
    label: String,
    parts: &[(f64, &'static str, String, String)],
    value: String,
) -> Bar {
    let mut offset = 0.0;
    let segments = parts
        .iter()
        .map(|(width, colour, kind, count)| {
            let x = if rtl {
                CHART_WIDTH - LABEL_WIDTH - 10.0 - offset - width
            } else {
                LABEL_WIDTH + 10.0 + offset
            };
            offset += width;
            Segment {
                x,
                width: *width,
                colour,
                kind: kind.clone(),
                count: count.clone(),
            }
        })
        .collect();
    let y = ROW_HEIGHT * i as f64;
    // In right-to-left text, `start` is the right edge.
    let (label_x, label_anchor, value_x, value_anchor) = if rtl {
        (
            CHART_WIDTH - 4.0,
            "start",
            CHART_WIDTH - LABEL_WIDTH - 14.0 - offset,
            "end",
        )
    } else {
        (LABEL_WIDTH, "end", LABEL_WIDTH + 14.0 + offset, "start")
    };
    Bar {
        label,
        label_x,
        label_anchor,
        label_dir: if rtl { "rtl" } else { "ltr" },
        y,
        segments,
        value,
        value_x,
        value_anchor,
    }
}

fn answer_kind_label(kind: &str, lang: Lang) -> String {
    match kind {
        "not_answered" => i18n::text(lang, "doc-not_answered").to_owned(),
        code => catalogue::choice_text("Answer", code, lang),
    }
}

fn names(list: &[StateName], lang: Lang) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = list
        .iter()
        .map(|s| (s.name(lang).to_owned(), s.iso3.clone()))
        .collect();
    // By name as the page's language sorts names, then by code.
    out.sort_by(|a, b| i18n::collate(lang, &a.0, &b.0).then_with(|| a.1.cmp(&b.1)));
    out
}

/// A figure as the page's language writes numbers: whole numbers grouped
/// (`12,000`, `12 000`), a median with one decimal (`12.5`, `12,5`).
fn number(lang: Lang, n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 9e15 {
        i18n::number(lang, n as i64)
    } else {
        i18n::decimal(lang, n, 1)
    }
}

/// Renders the page.
pub fn render(analysis: &Analysis, lang: Lang) -> Result<String, RenderError> {
    let rtl = poa_core::i18n::is_rtl(lang);
    let section_label =
        |key: &str| catalogue::section(key).map_or(key.to_owned(), |m| m.label(lang).to_owned());
    let mut states: Vec<&super::analysis::StateRow> = analysis.states.iter().collect();
    states.sort_by(|a, b| i18n::collate(lang, a.state.name(lang), b.state.name(lang)));

    let mut score_legend: Vec<Swatch> = SCORE_COLOURS
        .iter()
        .scan(0, |low, (high, colour)| {
            let label = format!("{low}–{high}%");
            *low = *high;
            Some(Swatch { label, colour })
        })
        .collect();
    score_legend.push(Swatch {
        label: word(lang, "no-score").to_owned(),
        colour: NO_SCORE_COLOUR,
    });
    let kinds = AnswerCounts::default().parts().map(|(kind, _)| kind);
    let answer_legend = kinds
        .iter()
        .map(|kind| Swatch {
            label: answer_kind_label(kind, lang),
            colour: answer_colour(kind),
        })
        .collect();

    let section_bars = analysis
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let width = BAR_WIDTH * s.mean.unwrap_or(0.0);
            let value = s
                .mean
                .map(|m| format!("{}%", (m * 100.0).round()))
                .unwrap_or_else(|| word(lang, "no-score").to_owned());
            layout_bar(
                rtl,
                i,
                format!("{}. {}", s.number, section_label(&s.key)),
                &[(width, score_colour(s.mean), String::new(), value.clone())],
                value,
            )
        })
        .collect();
    let answer_bars = analysis
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let total = s.counts.total().max(1) as f64;
            let parts: Vec<(f64, &'static str, String, String)> = s
                .counts
                .parts()
                .iter()
                .map(|(kind, n)| {
                    (
                        BAR_WIDTH * *n as f64 / total,
                        answer_colour(kind),
                        answer_kind_label(kind, lang),
                        n.to_string(),
                    )
                })
                .collect();
            layout_bar(
                rtl,
                i,
                format!("{}. {}", s.number, section_label(&s.key)),
                &parts,
                String::new(),
            )
        })
        .collect();

    let mut last_section = String::new();
    let questions = analysis
        .questions
        .iter()
        .map(|q| {
            let heading = (q.section != last_section).then(|| {
                last_section = q.section.clone();
                catalogue::section(&q.section).map_or(q.section.clone(), |m| m.heading(lang))
            });
            QuestionLine {
                number: q.number.clone(),
                label: catalogue::question(&q.id)
                    .map_or(q.id.clone(), |m| m.label(lang).to_owned()),
                counts: q.counts.parts().iter().map(|(_, n)| *n).collect(),
                heading,
            }
        })
        .collect();

    let percent = |v: Option<f64>| {
        v.map(|v| format!("{}%", (v * 100.0).round()))
            .unwrap_or_default()
    };
    let changes = analysis
        .changes
        .iter()
        .map(|c| {
            let points = c.delta.map(|d| (d * 100.0).round() as i64);
            ChangeLine {
                name: c.state.name(lang).to_owned(),
                iso3: c.state.iso3.clone(),
                previous_cycle: c.previous_cycle,
                previous: percent(c.previous.value),
                current: percent(c.current.value),
                delta: points.map_or(String::new(), |p| format!("{p:+}")),
                direction: match points {
                    Some(p) if p > 0 => "up",
                    Some(p) if p < 0 => "down",
                    _ => "same",
                },
            }
        })
        .collect();

    let figure_rows = states
        .iter()
        .map(|r| FigureLine {
            name: r.state.name(lang).to_owned(),
            iso3: r.state.iso3.clone(),
            values: KeyFigures::NUMERIC
                .iter()
                .map(|k| {
                    r.figures
                        .numeric(k)
                        .map(|n| number(lang, n as f64))
                        .unwrap_or_default()
                })
                .collect(),
        })
        .collect();
    let figure_summary = super::analysis::FigureRow::SUMMARY
        .iter()
        .map(|line| {
            let values = analysis
                .figures
                .iter()
                .map(|f| f.summary(line).map(|n| number(lang, n)).unwrap_or_default())
                .collect();
            (word(lang, line).to_owned(), values)
        })
        .collect();

    let assistance = analysis
        .assistance
        .iter()
        .map(|g| AreaLines {
            area: catalogue::choice_text("AssistanceArea", &g.area, lang),
            unmatched: g.unmatched,
            needs: g
                .needs
                .iter()
                .map(|m| NeedLine {
                    iso3: m.state.clone(),
                    priority: catalogue::choice_text("Priority", &m.priority, lang),
                    need: m.need.clone(),
                    offered_by: m.offered_by.clone(),
                })
                .collect(),
        })
        .collect();
    let offers = states
        .iter()
        .flat_map(|r| {
            r.offers.iter().map(|o| {
                (
                    r.state.iso3.clone(),
                    catalogue::choice_text("AssistanceArea", &o.area, lang),
                    o.description.clone(),
                )
            })
        })
        .collect();

    let contacts = states
        .iter()
        .flat_map(|r| {
            r.contacts.iter().map(|c| ContactLine {
                state: r.state.name(lang).to_owned(),
                iso3: r.state.iso3.clone(),
                role: catalogue::field_label(&c.role, lang).map_or(c.role.clone(), str::to_owned),
                name: c.name.clone(),
                organisation: c.organisation.clone(),
                email: c.email.clone(),
                phone: c.phone.clone(),
            })
        })
        .collect();
    let files = analysis
        .files
        .iter()
        .map(|f| FileLine {
            file: f.file.clone(),
            iso3: f.iso3.clone(),
            cycle: f.cycle.map(|c| c.to_string()).unwrap_or_default(),
            valid: f.valid,
            errors: f.errors,
            warnings: f.warnings,
            problem: f.problem.clone().unwrap_or_default(),
            used: word(lang, &format!("use-{}", serde_plain(&f.used))).to_owned(),
        })
        .collect();

    let page = Page {
        lang: lang.code(),
        dir: poa_core::i18n::direction(lang),
        words: WORDS.iter().map(|k| (*k, word(lang, k))).collect(),
        title: word(lang, "title").to_owned(),
        subtitle: subtitle(analysis, lang),
        headline: headline(analysis, lang),
        changes_heading: word_with(
            lang,
            "changes",
            &[(
                "cycle",
                analysis
                    .previous_cycle
                    .map(|c| c.to_string())
                    .unwrap_or_else(|| "—".to_owned()),
            )],
        ),
        overall: cell(&analysis.overall),
        missing: names(&analysis.reporting.missing, lang),
        outside: names(&analysis.reporting.outside, lang),
        region: analysis.region.is_some(),
        score_legend,
        answer_legend,
        columns: analysis
            .sections
            .iter()
            .map(|s| Column {
                number: s.number,
                label: section_label(&s.key),
            })
            .collect(),
        rows: states
            .iter()
            .map(|r| HeatRow {
                name: r.state.name(lang).to_owned(),
                iso3: r.state.iso3.clone(),
                valid: r.valid,
                cells: std::iter::once(&r.overall)
                    .chain(&r.scores)
                    .map(cell)
                    .collect(),
            })
            .collect(),
        section_bars,
        answer_bars,
        chart_height: ROW_HEIGHT * analysis.sections.len() as f64 + 8.0,
        questions,
        answer_heads: kinds.iter().map(|k| answer_kind_label(k, lang)).collect(),
        changes,
        figure_heads: KeyFigures::NUMERIC
            .iter()
            .map(|k| KeyFigures::label(k, lang).to_owned())
            .collect(),
        figure_rows,
        figure_summary,
        assistance,
        offers,
        contacts,
        files,
    };
    let env = ENVIRONMENT.as_ref().map_err(|e| RenderError(e.clone()))?;
    let template = env
        .get_template("aggregate.html")
        .map_err(|e| RenderError(e.to_string()))?;
    template
        .render(&page)
        .map_err(|e| RenderError(format!("template: {e}")))
}

/// The snake_case name serde gives a unit variant.
pub(crate) fn serde_plain<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}
