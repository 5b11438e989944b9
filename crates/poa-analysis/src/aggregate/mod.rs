//! Regional aggregation: many reports reduced to small summaries, then
//! analysed for one cycle and one region, and written as a workbook, an HTML
//! page, JSON or CSV.
//!
//! Each report is validated and reduced to a [`StateSummary`] (every answer
//! code, key figures, assistance needs and offers, points of contact,
//! validation counts) as soon as it is read, so memory grows with the number
//! of reports, not with their size. [`analysis::analyse`] then picks the
//! cycle, the latest version of each State, the region's members, and
//! computes what an analyst publishes. An invalid or unreadable report is
//! kept and flagged, never dropped.

pub mod analysis;
pub mod csv;
pub mod html;
pub mod xlsx;

use std::path::Path;

use serde::Serialize;

use poa_core::finding::Severity;
use poa_core::load::LoadOptions;
use poa_core::model::{Answer, FreeText, Lang, Report, Sections};
use poa_core::validate::{FileOutcome, validate_file, validate_text};

/// Implementation score: the share of applicable questions answered `yes`,
/// `partially` counting half; unanswered, `unknown` and `not_applicable`
/// answers are left out, and `questions` says how many were counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Score {
    /// 0.0 to 1.0; `None` when no question counted.
    pub value: Option<f64>,
    pub questions: usize,
}

impl Score {
    pub fn of(answers: impl IntoIterator<Item = Option<Answer>>) -> Score {
        let (mut points, mut questions) = (0.0, 0usize);
        for answer in answers.into_iter().flatten() {
            match answer {
                Answer::Yes => points += 1.0,
                Answer::Partially => points += 0.5,
                Answer::No => {}
                Answer::NotApplicable | Answer::Unknown => continue,
            }
            questions += 1;
        }
        Score {
            value: (questions > 0).then(|| points / questions as f64),
            questions,
        }
    }

    /// Whole percent, for display.
    pub fn percent(&self) -> Option<u32> {
        self.value.map(|v| (v * 100.0).round() as u32)
    }
}

/// The answer a report gives to one question of the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionAnswer {
    /// `section.question` (the catalogue's own string: a summary per report
    /// of 190 or 2,000 holds one per question)
    pub id: &'static str,
    /// `None` when the question is not answered.
    pub answer: Option<Answer>,
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
    /// The figures that may be added up across States: counts of requests
    /// and weapons. Everything else (years records are kept) is a per-State
    /// value, summarised as minimum, median and maximum, never summed.
    pub const ADDITIVE: [&'static str; 5] = [
        "tracing_sent",
        "tracing_received",
        "tracing_answered",
        "weapons_collected",
        "weapons_destroyed",
    ];

    pub fn is_additive(key: &str) -> bool {
        Self::ADDITIVE.contains(&key)
    }

    /// Keys of the numeric figures, in display order (labels: `agg-figure-<key>`).
    pub(crate) const NUMERIC: [&'static str; 7] = [
        "tracing_sent",
        "tracing_received",
        "tracing_answered",
        "weapons_collected",
        "weapons_destroyed",
        "retention_manufacture_years",
        "retention_other_years",
    ];

    /// The label of a figure in `lang`.
    pub fn label(key: &str, lang: Lang) -> &'static str {
        poa_core::i18n::text(lang, &format!("agg-figure-{key}"))
    }

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
    /// `poa`, `iti` or `firearms_protocol` (labels: `field-<role>`).
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
    /// Date of submission, which orders versions of one State's report.
    pub submitted: Option<String>,
    pub valid: bool,
    pub errors: usize,
    pub warnings: usize,
    /// Why the report could not be read or typed, if so.
    pub problem: Option<String>,
    /// Every question with an answer, in template order.
    pub answers: Vec<QuestionAnswer>,
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

/// The analysis as `aggregate --format json` writes it (format
/// `poa-report-aggregate/2`).
pub fn json(analysis: &analysis::Analysis) -> String {
    let mut doc = serde_json::json!({ "format": "poa-report-aggregate/2" });
    if let (Some(map), serde_json::Value::Object(rest)) = (
        doc.as_object_mut(),
        serde_json::to_value(analysis).unwrap_or_default(),
    ) {
        map.extend(rest);
    }
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads, validates and reduces one file.
pub fn summarize_file(path: &Path, options: &LoadOptions) -> StateSummary {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    summarize_outcome(validate_file(path, options), stem)
}

/// Validates and reduces a report already read (a store's submission, named
/// `XAB/2026/v2`).
pub fn summarize_text(name: &str, text: &str, options: &LoadOptions) -> StateSummary {
    summarize_outcome(validate_text(name, text, options), name.to_owned())
}

/// Reduces a validation's outcome; `stem` names a report that could not be
/// typed.
fn summarize_outcome(outcome: FileOutcome, stem: String) -> StateSummary {
    let errors = outcome.count(Severity::Error) + usize::from(outcome.load_error.is_some());
    let warnings = outcome.count(Severity::Warning);
    let valid = outcome.is_valid();
    let name = outcome.name.clone();
    match outcome.report {
        Some(report) => summarize(&report, name, valid, errors, warnings),
        None => {
            let problem = outcome
                .load_error
                .map(|e| format!("{}: {}", e.id, e.message))
                .unwrap_or_else(|| {
                    format!("does not match the report format ({errors} schema errors)")
                });
            StateSummary {
                file: name,
                iso3: String::new(),
                name_en: stem.clone(),
                name_ar: stem,
                cycle: None,
                submitted: None,
                valid: false,
                errors,
                warnings,
                problem: Some(problem),
                answers: Vec::new(),
                figures: KeyFigures::default(),
                needs: Vec::new(),
                offers: Vec::new(),
                contacts: Vec::new(),
            }
        }
    }
}

/// Reduces a typed report.
pub(crate) fn summarize(
    report: &Report,
    file: String,
    valid: bool,
    errors: usize,
    warnings: usize,
) -> StateSummary {
    let value = serde_json::to_value(report).unwrap_or_default();
    let first = report.first_language();
    let answers = Sections::LAYOUT
        .iter()
        .flat_map(|(section, questions)| questions.iter().map(move |q| (section, q)))
        .filter_map(|(section, q)| {
            let node = &value["sections"][section][q];
            node.get("answer")?;
            let answer = node["answer"]
                .as_str()
                .and_then(|code| Answer::ALL.iter().copied().find(|a| a.code() == code));
            Some(QuestionAnswer {
                id: poa_core::catalogue::question_id(section, q)?,
                answer,
            })
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
                role: role.to_owned(),
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
        submitted: report.submitted.as_ref().map(|d| d.0.clone()),
        valid,
        errors,
        warnings,
        problem: None,
        answers,
        figures,
        needs,
        offers,
        contacts,
    }
}
