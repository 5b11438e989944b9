//! What a regional analyst publishes, computed once from the summaries.
//!
//! One cycle at a time (the latest in the input unless asked), the latest
//! version of each State's report for it, the region's members as the
//! denominator of the reporting rate; then implementation scores per State
//! and section, the per-question count of answers (as UNODA tabulates
//! national reports), change since the previous cycle, key figures (only
//! counts are summed), and assistance needs matched with offers. The page,
//! the workbook, JSON and CSV all read this one [`Analysis`].

use std::collections::BTreeMap;

use serde::Serialize;

use super::{AssistanceItem, DirectoryEntry, KeyFigures, Score, StateSummary};
use crate::regions::Region;
use poa_core::catalogue;
use poa_core::model::{Answer, Lang, Sections};
use poa_core::state;

/// What to analyse.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The cycle; default: the latest in the input.
    pub cycle: Option<u16>,
    /// The States expected to report; default: whoever reported.
    pub region: Option<Region>,
}

/// A State named in both languages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StateName {
    pub iso3: String,
    pub name_en: String,
    pub name_ar: String,
}

impl StateName {
    fn of_code(iso3: &str) -> StateName {
        let (en, ar) = state::lookup(iso3).unwrap_or((iso3, iso3));
        StateName {
            iso3: iso3.to_owned(),
            name_en: en.to_owned(),
            name_ar: ar.to_owned(),
        }
    }

    pub fn name(&self, lang: Lang) -> &str {
        if lang == Lang::Ar {
            &self.name_ar
        } else {
            &self.name_en
        }
    }
}

/// Who reported, out of whom.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Reporting {
    /// Members of the region (`None` without a region).
    pub expected: Option<usize>,
    /// States with a report for the cycle (members only, with a region).
    pub reported: Vec<StateName>,
    /// Members without a report for the cycle.
    pub missing: Vec<StateName>,
    /// Reports for the cycle from States outside the region (left out of the tables).
    pub outside: Vec<StateName>,
}

/// One State's row for the cycle.
#[derive(Debug, Clone, Serialize)]
pub struct StateRow {
    #[serde(flatten)]
    pub state: StateName,
    pub file: String,
    pub submitted: Option<String>,
    pub valid: bool,
    pub errors: usize,
    pub warnings: usize,
    /// Over every question of the report.
    pub overall: Score,
    /// Per section, in template order (see [`Analysis::sections`]).
    pub scores: Vec<Score>,
    pub figures: KeyFigures,
    pub contacts: Vec<DirectoryEntry>,
    pub offers: Vec<AssistanceItem>,
    /// Reports of this State for this cycle in the input (the latest is used).
    pub versions: usize,
}

/// A section of the template, with the regional picture for it.
#[derive(Debug, Clone, Serialize)]
pub struct SectionRow {
    pub key: String,
    pub number: usize,
    /// Mean of the States' scores for the section (States with a score only).
    pub mean: Option<f64>,
    /// States with a score for the section.
    pub states: usize,
    /// Answers given in the section by every State: yes, partially, no,
    /// not applicable, not answered (including `unknown`).
    pub counts: AnswerCounts,
}

/// How many States gave each answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct AnswerCounts {
    pub yes: usize,
    pub partially: usize,
    pub no: usize,
    pub not_applicable: usize,
    /// No answer, or `unknown`.
    pub not_answered: usize,
}

impl AnswerCounts {
    fn add(&mut self, answer: Option<Answer>) {
        match answer {
            Some(Answer::Yes) => self.yes += 1,
            Some(Answer::Partially) => self.partially += 1,
            Some(Answer::No) => self.no += 1,
            Some(Answer::NotApplicable) => self.not_applicable += 1,
            Some(Answer::Unknown) | None => self.not_answered += 1,
        }
    }

    /// (kind, count) in display order; kinds are the locale keys' suffixes.
    pub fn parts(&self) -> [(&'static str, usize); 5] {
        [
            ("yes", self.yes),
            ("partially", self.partially),
            ("no", self.no),
            ("not_applicable", self.not_applicable),
            ("not_answered", self.not_answered),
        ]
    }

    pub fn total(&self) -> usize {
        self.parts().iter().map(|(_, n)| n).sum()
    }
}

/// One question: how many States answered what (the UNODA-style table).
#[derive(Debug, Clone, Serialize)]
pub struct QuestionRow {
    pub id: String,
    pub number: String,
    pub section: String,
    pub counts: AnswerCounts,
}

/// A State's overall score now and in the previous cycle.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    #[serde(flatten)]
    pub state: StateName,
    pub previous_cycle: u16,
    pub previous: Score,
    pub current: Score,
    /// Current minus previous, in score units (-1.0 to 1.0).
    pub delta: Option<f64>,
}

/// A key figure across the States.
#[derive(Debug, Clone, Serialize)]
pub struct FigureRow {
    pub key: String,
    /// Counts may be summed; per-State values (years) may not.
    pub additive: bool,
    /// States that gave the figure.
    pub states: usize,
    /// Sum over the States, for additive figures only.
    pub total: Option<u64>,
    pub min: Option<u64>,
    pub median: Option<f64>,
    pub max: Option<u64>,
}

impl FigureRow {
    /// The summary lines under the per-State figures (locale keys `agg-<line>`).
    pub(crate) const SUMMARY: [&'static str; 5] = ["total", "min", "median", "max", "states"];

    /// The value of one summary line; a total exists for additive figures only.
    pub fn summary(&self, line: &str) -> Option<f64> {
        match line {
            "total" => self.total.map(|t| t as f64),
            "min" => self.min.map(|t| t as f64),
            "median" => self.median,
            "max" => self.max.map(|t| t as f64),
            "states" => Some(self.states as f64),
            _ => None,
        }
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

/// Needs of one area of assistance, unmatched first.
#[derive(Debug, Clone, Serialize)]
pub struct AreaGroup {
    pub area: String,
    pub unmatched: usize,
    pub needs: Vec<Match>,
    /// States offering help in this area.
    pub offered_by: Vec<String>,
}

/// What became of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileUse {
    /// In the tables.
    Used,
    /// A later version of the same State's report for the cycle is used.
    Superseded,
    /// For the previous cycle: feeds the change table only.
    PreviousCycle,
    /// For another cycle.
    OtherCycle,
    /// From a State outside the region.
    OutsideRegion,
    /// Could not be read or typed.
    Unreadable,
}

/// One input file and its validation result.
#[derive(Debug, Clone, Serialize)]
pub struct FileRow {
    pub file: String,
    pub iso3: String,
    pub cycle: Option<u16>,
    pub valid: bool,
    pub errors: usize,
    pub warnings: usize,
    pub problem: Option<String>,
    pub used: FileUse,
}

/// The regional picture of one cycle.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    pub cycle: Option<u16>,
    pub previous_cycle: Option<u16>,
    pub region: Option<Region>,
    pub reporting: Reporting,
    pub sections: Vec<SectionRow>,
    pub states: Vec<StateRow>,
    pub overall: Score,
    pub questions: Vec<QuestionRow>,
    pub changes: Vec<Change>,
    pub figures: Vec<FigureRow>,
    pub assistance: Vec<AreaGroup>,
    pub files: Vec<FileRow>,
}

/// The latest version per State among `candidates` (indices into `all`):
/// latest `submitted` date, then the later file in input order.
fn latest_per_state(all: &[StateSummary], candidates: &[usize]) -> BTreeMap<String, usize> {
    let mut best: BTreeMap<String, usize> = BTreeMap::new();
    for &i in candidates {
        let s = &all[i];
        match best.get(&s.iso3) {
            Some(&j) if all[j].submitted > s.submitted => {}
            _ => {
                best.insert(s.iso3.clone(), i);
            }
        }
    }
    best
}

fn section_scores(summary: &StateSummary) -> Vec<Score> {
    Sections::LAYOUT
        .iter()
        .map(|(section, _)| {
            let prefix = format!("{section}.");
            Score::of(
                summary
                    .answers
                    .iter()
                    .filter(|a| a.id.starts_with(&prefix))
                    .map(|a| a.answer),
            )
        })
        .collect()
}

fn overall_score(summary: &StateSummary) -> Score {
    Score::of(summary.answers.iter().map(|a| a.answer))
}

fn name_of(summary: &StateSummary) -> StateName {
    StateName {
        iso3: summary.iso3.clone(),
        name_en: summary.name_en.clone(),
        name_ar: summary.name_ar.clone(),
    }
}

/// Median of sorted values.
fn median(sorted: &[u64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
        _ => Some((sorted[n / 2 - 1] as f64 + sorted[n / 2] as f64) / 2.0),
    }
}

fn figures(rows: &[StateRow]) -> Vec<FigureRow> {
    KeyFigures::NUMERIC
        .iter()
        .map(|key| {
            let mut values: Vec<u64> = rows.iter().filter_map(|r| r.figures.numeric(key)).collect();
            values.sort_unstable();
            let additive = KeyFigures::is_additive(key);
            FigureRow {
                key: (*key).to_owned(),
                additive,
                states: values.len(),
                total: (additive && !values.is_empty())
                    .then(|| values.iter().fold(0u64, |a, b| a.saturating_add(*b))),
                min: values.first().copied(),
                median: median(&values),
                max: values.last().copied(),
            }
        })
        .collect()
}

/// Needs matched against offers from other States, grouped by area; areas
/// with the most unmatched needs first, and within an area unmatched needs first.
pub(crate) fn match_needs(states: &[&StateSummary]) -> Vec<AreaGroup> {
    let mut groups: BTreeMap<String, AreaGroup> = BTreeMap::new();
    let offering = |area: &str, except: &str| -> Vec<String> {
        let mut by: Vec<String> = states
            .iter()
            .filter(|o| o.iso3 != except && o.offers.iter().any(|offer| offer.area == area))
            .map(|o| o.iso3.clone())
            .collect();
        by.sort();
        by.dedup();
        by
    };
    for s in states {
        for need in &s.needs {
            let group = groups
                .entry(need.area.clone())
                .or_insert_with(|| AreaGroup {
                    area: need.area.clone(),
                    unmatched: 0,
                    needs: Vec::new(),
                    offered_by: offering(&need.area, ""),
                });
            let offered_by = offering(&need.area, &s.iso3);
            if offered_by.is_empty() {
                group.unmatched += 1;
            }
            group.needs.push(Match {
                state: s.iso3.clone(),
                area: need.area.clone(),
                priority: need.priority.clone().unwrap_or_default(),
                need: need.description.clone(),
                offered_by,
            });
        }
    }
    let mut out: Vec<AreaGroup> = groups.into_values().collect();
    for group in &mut out {
        group
            .needs
            .sort_by_key(|m| (!m.offered_by.is_empty(), priority_rank(&m.priority)));
    }
    out.sort_by(|a, b| b.unmatched.cmp(&a.unmatched).then(a.area.cmp(&b.area)));
    out
}

fn priority_rank(code: &str) -> u8 {
    match code {
        "high" => 0,
        "medium" => 1,
        "low" => 2,
        _ => 3,
    }
}

/// Analyses the summaries of every input file.
pub fn analyse(all: &[StateSummary], options: &Options) -> Analysis {
    let readable: Vec<usize> = (0..all.len()).filter(|&i| all[i].cycle.is_some()).collect();
    let cycle = options
        .cycle
        .or_else(|| readable.iter().filter_map(|&i| all[i].cycle).max());
    let previous_cycle = cycle.and_then(|c| {
        readable
            .iter()
            .filter_map(|&i| all[i].cycle)
            .filter(|&x| x < c)
            .max()
    });
    let in_region = |iso3: &str| options.region.as_ref().is_none_or(|r| r.contains(iso3));
    let of_cycle = |c: Option<u16>| -> Vec<usize> {
        readable
            .iter()
            .copied()
            .filter(|&i| c.is_some() && all[i].cycle == c && in_region(&all[i].iso3))
            .collect()
    };
    let current_files = of_cycle(cycle);
    let current = latest_per_state(all, &current_files);
    let previous = latest_per_state(all, &of_cycle(previous_cycle));

    let mut files: Vec<FileRow> = all
        .iter()
        .enumerate()
        .map(|(i, s)| FileRow {
            file: s.file.clone(),
            iso3: s.iso3.clone(),
            cycle: s.cycle,
            valid: s.valid,
            errors: s.errors,
            warnings: s.warnings,
            problem: s.problem.clone(),
            used: if s.cycle.is_none() {
                FileUse::Unreadable
            } else if current.values().any(|&j| j == i) {
                FileUse::Used
            } else if !in_region(&s.iso3) {
                FileUse::OutsideRegion
            } else if s.cycle == cycle {
                FileUse::Superseded
            } else if s.cycle == previous_cycle {
                FileUse::PreviousCycle
            } else {
                FileUse::OtherCycle
            },
        })
        .collect();
    files.sort_by_key(|f| f.used != FileUse::Unreadable && f.valid);

    let chosen: Vec<&StateSummary> = current.values().map(|&i| &all[i]).collect();
    let states: Vec<StateRow> = current
        .iter()
        .map(|(iso3, &i)| {
            let s = &all[i];
            StateRow {
                state: name_of(s),
                file: s.file.clone(),
                submitted: s.submitted.clone(),
                valid: s.valid,
                errors: s.errors,
                warnings: s.warnings,
                overall: overall_score(s),
                scores: section_scores(s),
                figures: s.figures.clone(),
                contacts: s.contacts.clone(),
                offers: s.offers.clone(),
                versions: current_files
                    .iter()
                    .filter(|&&j| all[j].iso3 == *iso3)
                    .count(),
            }
        })
        .collect();

    let sections = Sections::LAYOUT
        .iter()
        .enumerate()
        .map(|(k, (section, _))| {
            let scored: Vec<f64> = states.iter().filter_map(|r| r.scores[k].value).collect();
            let prefix = format!("{section}.");
            let mut counts = AnswerCounts::default();
            for s in &chosen {
                for a in s.answers.iter().filter(|a| a.id.starts_with(&prefix)) {
                    counts.add(a.answer);
                }
            }
            SectionRow {
                key: (*section).to_owned(),
                number: k + 1,
                mean: (!scored.is_empty())
                    .then(|| scored.iter().sum::<f64>() / scored.len() as f64),
                states: scored.len(),
                counts,
            }
        })
        .collect();

    let questions = catalogue::QUESTIONS
        .iter()
        .filter_map(|q| {
            let mut counts = AnswerCounts::default();
            let mut asked = false;
            for s in &chosen {
                match s.answers.iter().find(|a| a.id == q.id) {
                    Some(a) => {
                        asked = true;
                        counts.add(a.answer);
                    }
                    None => counts.add(None),
                }
            }
            // Questions without an answer field (free text) are not tabulated.
            asked.then(|| QuestionRow {
                id: q.id.to_owned(),
                number: q.number.to_owned(),
                section: q.id.split('.').next().unwrap_or_default().to_owned(),
                counts,
            })
        })
        .collect();

    let changes = states
        .iter()
        .filter_map(|row| {
            let &p = previous.get(&row.state.iso3)?;
            let before = overall_score(&all[p]);
            Some(Change {
                state: row.state.clone(),
                previous_cycle: all[p].cycle?,
                previous: before,
                current: row.overall,
                delta: row.overall.value.zip(before.value).map(|(a, b)| a - b),
            })
        })
        .collect();

    let reporting = match &options.region {
        Some(region) => Reporting {
            expected: Some(region.members.len()),
            reported: states.iter().map(|r| r.state.clone()).collect(),
            missing: region
                .members
                .iter()
                .filter(|m| !current.contains_key(*m))
                .map(|m| StateName::of_code(m))
                .collect(),
            outside: {
                let mut outside: Vec<StateName> = readable
                    .iter()
                    .map(|&i| &all[i])
                    .filter(|s| s.cycle == cycle && !in_region(&s.iso3))
                    .map(name_of)
                    .collect();
                outside.dedup_by(|a, b| a.iso3 == b.iso3);
                outside
            },
        },
        None => Reporting {
            expected: None,
            reported: states.iter().map(|r| r.state.clone()).collect(),
            missing: Vec::new(),
            outside: Vec::new(),
        },
    };

    Analysis {
        cycle,
        previous_cycle,
        region: options.region.clone(),
        reporting,
        overall: Score::of(
            chosen
                .iter()
                .flat_map(|s| s.answers.iter().map(|a| a.answer)),
        ),
        sections,
        figures: figures(&states),
        assistance: match_needs(&chosen),
        states,
        questions,
        changes,
        files,
    }
}

/// Colour bins of the heat map and charts: (upper bound in percent, colour).
/// A colour-blind-safe diverging scale (ColorBrewer RdYlBu), five steps.
pub const SCORE_COLOURS: [(u32, &str); 5] = [
    (20, "#d73027"),
    (40, "#fc8d59"),
    (60, "#fee090"),
    (80, "#91bfdb"),
    (100, "#4575b4"),
];

/// The colour of cells without a score.
pub const NO_SCORE_COLOUR: &str = "#e5e7eb";

/// The colour a score is drawn in.
pub fn score_colour(score: Option<f64>) -> &'static str {
    match score {
        None => NO_SCORE_COLOUR,
        Some(v) => {
            let percent = (v * 100.0).round() as u32;
            SCORE_COLOURS
                .iter()
                .find(|(upper, _)| percent < *upper || *upper == 100)
                .map_or(NO_SCORE_COLOUR, |(_, c)| c)
        }
    }
}

/// Text colour readable on `score_colour(score)`.
pub(crate) fn score_text_colour(score: Option<f64>) -> &'static str {
    match score.map(|v| (v * 100.0).round() as u32) {
        Some(p) if !(20..80).contains(&p) => "#ffffff",
        _ => "#1b1b1b",
    }
}

/// Colours of the answer kinds in stacked charts.
pub(crate) fn answer_colour(kind: &str) -> &'static str {
    match kind {
        "yes" => "#4575b4",
        "partially" => "#91bfdb",
        "no" => "#d73027",
        "not_applicable" => "#bdbdbd",
        _ => "#f0f0f0",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partially_counts_half_and_not_applicable_is_left_out() {
        let s = Score::of([
            Some(Answer::Yes),
            Some(Answer::Partially),
            Some(Answer::No),
            Some(Answer::NotApplicable),
            Some(Answer::Unknown),
            None,
        ]);
        assert_eq!(s.questions, 3);
        assert_eq!(s.value, Some(0.5));
        assert_eq!(Score::of([None, Some(Answer::NotApplicable)]).value, None);
    }

    #[test]
    fn medians_of_odd_and_even_counts() {
        assert_eq!(median(&[1, 5, 9]), Some(5.0));
        assert_eq!(median(&[10, 25, 50, 50]), Some(37.5));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn bins_cover_zero_to_one_hundred() {
        assert_eq!(score_colour(Some(0.0)), "#d73027");
        assert_eq!(score_colour(Some(0.5)), "#fee090");
        assert_eq!(score_colour(Some(1.0)), "#4575b4");
        assert_eq!(score_colour(None), NO_SCORE_COLOUR);
    }
}
