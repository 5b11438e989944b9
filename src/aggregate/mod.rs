//! Regional aggregation: many reports reduced to small summaries, then
//! written as a workbook, an HTML page, JSON or CSV.
//!
//! Each report is validated and reduced to a [`StateSummary`] (coverage by
//! section, key figures, assistance needs and offers, points of contact,
//! validation counts) as soon as it is read, so memory grows with the number
//! of States, not with the size of their reports. An invalid or unreadable
//! report is kept and flagged, never dropped.

pub mod html;
pub mod xlsx;

use std::path::Path;

use serde::Serialize;

use crate::catalogue;
use crate::document::LoadOptions;
use crate::finding::Severity;
use crate::model::{Answer, FreeText, Lang, Report, Sections};
use crate::validate::validate_file;

/// How far a section is reported as implemented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    Yes,
    Partially,
    No,
    NotAnswered,
}

impl Coverage {
    pub const ALL: [Coverage; 4] = [
        Coverage::Yes,
        Coverage::Partially,
        Coverage::No,
        Coverage::NotAnswered,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang == Lang::Ar) {
            (Coverage::Yes, false) => "yes",
            (Coverage::Partially, false) => "partially",
            (Coverage::No, false) => "no",
            (Coverage::NotAnswered, false) => "not answered",
            (Coverage::Yes, true) => "نعم",
            (Coverage::Partially, true) => "جزئيا",
            (Coverage::No, true) => "لا",
            (Coverage::NotAnswered, true) => "لم تتم الإجابة",
        }
    }

    /// From the answers given in a section: all yes → yes; all no or not
    /// applicable → no; none → not answered; anything else → partially.
    pub fn of(answers: &[Answer]) -> Coverage {
        let counted: Vec<&Answer> = answers.iter().filter(|a| **a != Answer::Unknown).collect();
        if counted.is_empty() {
            Coverage::NotAnswered
        } else if counted.iter().all(|a| **a == Answer::Yes) {
            Coverage::Yes
        } else if counted
            .iter()
            .all(|a| matches!(a, Answer::No | Answer::NotApplicable))
        {
            Coverage::No
        } else {
            Coverage::Partially
        }
    }
}

/// The figures compared side by side.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct KeyFigures {
    pub tracing_sent: Option<u64>,
    pub tracing_received: Option<u64>,
    pub tracing_answered: Option<u64>,
    pub weapons_collected: Option<u64>,
    pub weapons_destroyed: Option<u64>,
    pub marking_at_manufacture: Option<String>,
    pub retention_manufacture_years: Option<u64>,
    pub retention_other_years: Option<u64>,
}

impl KeyFigures {
    /// (key, English, Arabic) of the numeric figures, in display order.
    pub const NUMERIC: [(&'static str, &'static str, &'static str); 7] = [
        (
            "tracing_sent",
            "Tracing requests sent",
            "طلبات التعقب المرسلة",
        ),
        (
            "tracing_received",
            "Tracing requests received",
            "طلبات التعقب الواردة",
        ),
        (
            "tracing_answered",
            "Tracing requests answered",
            "طلبات التعقب التي رُدّ عليها",
        ),
        ("weapons_collected", "Weapons collected", "الأسلحة المجموعة"),
        ("weapons_destroyed", "Weapons destroyed", "الأسلحة المدمرة"),
        (
            "retention_manufacture_years",
            "Manufacture records kept (years)",
            "مدة حفظ سجلات الصنع (سنوات)",
        ),
        (
            "retention_other_years",
            "Other records kept (years)",
            "مدة حفظ السجلات الأخرى (سنوات)",
        ),
    ];

    pub fn numeric(&self, key: &str) -> Option<u64> {
        match key {
            "tracing_sent" => self.tracing_sent,
            "tracing_received" => self.tracing_received,
            "tracing_answered" => self.tracing_answered,
            "weapons_collected" => self.weapons_collected,
            "weapons_destroyed" => self.weapons_destroyed,
            "retention_manufacture_years" => self.retention_manufacture_years,
            "retention_other_years" => self.retention_other_years,
            _ => None,
        }
    }
}

/// A need or an offer of assistance.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AssistanceItem {
    pub area: String,
    pub priority: Option<String>,
    pub description: String,
}

/// A point of contact in the directory.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DirectoryEntry {
    pub role: String,
    pub name: String,
    pub organisation: String,
    pub email: String,
    pub phone: String,
}

/// One report, reduced.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StateSummary {
    pub file: String,
    pub iso3: String,
    pub name_en: String,
    pub name_ar: String,
    pub cycle: Option<u16>,
    pub valid: bool,
    pub errors: usize,
    pub warnings: usize,
    /// Why the report could not be read or typed, if so.
    pub problem: Option<String>,
    /// (section key, coverage), in template order.
    pub coverage: Vec<(String, Coverage)>,
    pub figures: KeyFigures,
    pub needs: Vec<AssistanceItem>,
    pub offers: Vec<AssistanceItem>,
    pub contacts: Vec<DirectoryEntry>,
}

fn text_of(text: &Option<FreeText>, first: Lang) -> String {
    text.as_ref()
        .and_then(|t| {
            t.get(Lang::En, first)
                .or_else(|| t.get(Lang::Ar, first))
                .or_else(|| t.get(first, first))
        })
        .unwrap_or_default()
        .to_owned()
}

/// Reads, validates and reduces one file.
pub fn summarize_file(path: &Path, options: &LoadOptions) -> StateSummary {
    let outcome = validate_file(path, options);
    let errors = outcome.count(Severity::Error) + usize::from(outcome.load_error.is_some());
    let warnings = outcome.count(Severity::Warning);
    let valid = outcome.is_valid();
    let name = path.display().to_string();
    match outcome.report {
        Some(report) => summarize(&report, name, valid, errors, warnings),
        None => {
            let problem = outcome
                .load_error
                .map(|e| format!("{}: {}", e.id, e.message))
                .unwrap_or_else(|| {
                    format!("does not match the report format ({errors} schema errors)")
                });
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            StateSummary {
                file: name,
                iso3: String::new(),
                name_en: stem.clone(),
                name_ar: stem,
                cycle: None,
                valid: false,
                errors,
                warnings,
                problem: Some(problem),
                coverage: Sections::LAYOUT
                    .iter()
                    .map(|(s, _)| (s.to_string(), Coverage::NotAnswered))
                    .collect(),
                figures: KeyFigures::default(),
                needs: Vec::new(),
                offers: Vec::new(),
                contacts: Vec::new(),
            }
        }
    }
}

/// Reduces a typed report.
pub fn summarize(
    report: &Report,
    file: String,
    valid: bool,
    errors: usize,
    warnings: usize,
) -> StateSummary {
    let value = serde_json::to_value(report).unwrap_or_default();
    let first = report.first_language();
    let coverage = Sections::LAYOUT
        .iter()
        .map(|(section, questions)| {
            let answers: Vec<Answer> = questions
                .iter()
                .filter_map(|q| value["sections"][section][q]["answer"].as_str())
                .filter_map(|code| Answer::ALL.iter().copied().find(|a| a.code() == code))
                .collect();
            (section.to_string(), Coverage::of(&answers))
        })
        .collect();
    let s = &report.sections;
    let sum = |values: &[Option<u64>]| -> Option<u64> {
        values.iter().any(Option::is_some).then(|| {
            values
                .iter()
                .flatten()
                .fold(0u64, |a, b| a.saturating_add(*b))
        })
    };
    let figures = KeyFigures {
        tracing_sent: s.tracing.requests.sent,
        tracing_received: s.tracing.requests.received,
        tracing_answered: s.tracing.requests.answered,
        weapons_collected: s.surplus_and_destruction.weapons_collected.count,
        weapons_destroyed: sum(&[
            s.surplus_and_destruction.surplus_destroyed.weapons,
            s.surplus_and_destruction.seized_destroyed.weapons,
        ]),
        marking_at_manufacture: s.marking.at_manufacture.answer.map(|a| a.code().to_owned()),
        retention_manufacture_years: s.record_keeping.manufacture_retention.years.map(u64::from),
        retention_other_years: s.record_keeping.other_retention.years.map(u64::from),
    };
    let needs = s
        .international_cooperation
        .assistance_needed
        .needs
        .iter()
        .map(|n| AssistanceItem {
            area: n.area.code().to_owned(),
            priority: Some(n.priority.code().to_owned()),
            description: text_of(&Some(n.description.clone()), first),
        })
        .collect();
    let offers = s
        .international_cooperation
        .assistance_offered
        .offers
        .iter()
        .map(|o| AssistanceItem {
            area: o.area.code().to_owned(),
            priority: None,
            description: text_of(&Some(o.description.clone()), first),
        })
        .collect();
    let contacts = report
        .points_of_contact
        .named()
        .into_iter()
        .filter_map(|(role, id)| {
            let c = report.contacts.iter().find(|c| &c.id == id)?;
            Some(DirectoryEntry {
                role: catalogue::field_label(role)
                    .map_or(role, |l| l.0)
                    .to_owned(),
                name: c.name.clone(),
                organisation: text_of(&c.organisation, first),
                email: c.email.clone().unwrap_or_default(),
                phone: c.phone.clone().unwrap_or_default(),
            })
        })
        .collect();
    StateSummary {
        file,
        iso3: report.state.iso3.clone(),
        name_en: report
            .state
            .name
            .get(Lang::En)
            .unwrap_or(&report.state.iso3)
            .to_owned(),
        name_ar: report
            .state
            .name
            .get(Lang::Ar)
            .or(report.state.name.get(Lang::En))
            .unwrap_or(&report.state.iso3)
            .to_owned(),
        cycle: Some(report.cycle),
        valid,
        errors,
        warnings,
        problem: None,
        coverage,
        figures,
        needs,
        offers,
        contacts,
    }
}

/// A need and the States in the batch that offer help in its area.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Match {
    pub state: String,
    pub area: String,
    pub priority: String,
    pub need: String,
    pub offered_by: Vec<String>,
}

/// Needs matched against offers from other States in the batch (GA res. 77/71, paras 15–18).
pub fn match_needs(summaries: &[StateSummary]) -> Vec<Match> {
    let mut out = Vec::new();
    for s in summaries {
        for need in &s.needs {
            let mut offered_by: Vec<String> = summaries
                .iter()
                .filter(|o| {
                    o.iso3 != s.iso3 && o.offers.iter().any(|offer| offer.area == need.area)
                })
                .map(|o| o.iso3.clone())
                .collect();
            offered_by.sort();
            offered_by.dedup();
            out.push(Match {
                state: s.iso3.clone(),
                area: need.area.clone(),
                priority: need.priority.clone().unwrap_or_default(),
                need: need.description.clone(),
                offered_by,
            });
        }
    }
    out
}

/// Per section: how many reports have each coverage.
pub fn coverage_counts(summaries: &[StateSummary]) -> Vec<(String, [usize; 4])> {
    Sections::LAYOUT
        .iter()
        .enumerate()
        .map(|(i, (section, _))| {
            let mut counts = [0usize; 4];
            for s in summaries {
                if let Some((_, c)) = s.coverage.get(i) {
                    counts[Coverage::ALL.iter().position(|x| x == c).unwrap_or(3)] += 1;
                }
            }
            (section.to_string(), counts)
        })
        .collect()
}

/// Per cycle: the share of section answers that are `yes` (for the trend chart).
pub fn yes_share_by_cycle(summaries: &[StateSummary]) -> Vec<(u16, f64)> {
    let mut cycles: Vec<u16> = summaries.iter().filter_map(|s| s.cycle).collect();
    cycles.sort();
    cycles.dedup();
    cycles
        .into_iter()
        .map(|cycle| {
            let cells: Vec<Coverage> = summaries
                .iter()
                .filter(|s| s.cycle == Some(cycle))
                .flat_map(|s| s.coverage.iter().map(|(_, c)| *c))
                .collect();
            let yes = cells.iter().filter(|c| **c == Coverage::Yes).count();
            (
                cycle,
                if cells.is_empty() {
                    0.0
                } else {
                    yes as f64 / cells.len() as f64
                },
            )
        })
        .collect()
}

/// The summary as CSV: one row per report, one column per section, then the figures.
pub fn to_csv(summaries: &[StateSummary]) -> String {
    let quote = |s: &str| {
        // Spreadsheet programs run text starting with = + - @ as a formula: prefix a quote.
        let s = if s.starts_with(['=', '+', '-', '@']) {
            format!("'{s}")
        } else {
            s.to_owned()
        };
        format!("\"{}\"", s.replace('"', "\"\""))
    };
    let mut out = String::from("iso3,state,cycle,valid,errors,warnings");
    for (section, _) in Sections::LAYOUT {
        out.push(',');
        out.push_str(section);
    }
    for (key, _, _) in KeyFigures::NUMERIC {
        out.push(',');
        out.push_str(key);
    }
    out.push('\n');
    for s in summaries {
        out.push_str(&format!(
            "{},{},{},{},{},{}",
            quote(&s.iso3),
            quote(&s.name_en),
            s.cycle.map(|c| c.to_string()).unwrap_or_default(),
            s.valid,
            s.errors,
            s.warnings
        ));
        for (_, c) in &s.coverage {
            out.push(',');
            out.push_str(c.label(Lang::En));
        }
        for (key, _, _) in KeyFigures::NUMERIC {
            out.push(',');
            out.push_str(
                &s.figures
                    .numeric(key)
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
            );
        }
        out.push('\n');
    }
    out
}
