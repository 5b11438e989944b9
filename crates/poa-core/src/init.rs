//! New reports: a commented skeleton, or last cycle's report carried over.
//!
//! The skeleton holds every question of the model with an empty answer,
//! each preceded by its English and Arabic label and its paragraphs from the
//! catalogue, so a desk officer can fill it in with the questionnaire beside
//! nothing else. It validates with only "not answered yet" findings.

use serde_json::Value;

use crate::catalogue;
use crate::i18n;
use crate::model::{
    FormatVersion, IsoDate, Lang, LocalizedText, Period, PointsOfContact, Report, Sections, State,
};
use crate::pointer::Pointer;
use crate::yaml::emit;

/// Where the generated file points editors for its schema, by default.
pub const DEFAULT_SCHEMA_REF: &str = "poa-report.schema.json";

/// The reporting period of a cycle: the two calendar years before the meeting.
pub fn period_for(cycle: u16) -> Period {
    Period {
        from: IsoDate(format!("{:04}-01-01", cycle.saturating_sub(2))),
        to: IsoDate(format!("{:04}-12-31", cycle.saturating_sub(1))),
    }
}

/// An empty report for `iso3` and `cycle`.
pub fn skeleton(iso3: &str, cycle: u16) -> Report {
    let name = match crate::state::lookup(iso3) {
        Some((en, ar)) => LocalizedText {
            en: Some(en.into()),
            ar: Some(ar.into()),
            ..Default::default()
        },
        None => LocalizedText::default(),
    };
    Report {
        format: FormatVersion::V1,
        state: State {
            iso3: iso3.to_owned(),
            name,
        },
        cycle,
        period: period_for(cycle),
        submitted: None,
        languages: vec![Lang::En, Lang::Ar],
        contacts: Vec::new(),
        points_of_contact: PointsOfContact::default(),
        sections: Sections::default(),
    }
}

/// Last cycle's report moved on to `cycle`: answers and contacts kept,
/// the period moved on by the same number of years, submission date cleared.
pub fn carry_over(previous: Report, cycle: u16) -> Report {
    let years = i32::from(cycle) - i32::from(previous.cycle);
    Report {
        cycle,
        period: Period {
            from: shift_years(&previous.period.from, years),
            to: shift_years(&previous.period.to, years),
        },
        submitted: None,
        ..previous
    }
}

fn shift_years(date: &IsoDate, years: i32) -> IsoDate {
    let Some(year) = date.year() else {
        return date.clone();
    };
    let rest = date.0.get(4..).unwrap_or("");
    // 29 February does not exist in most years: keep the last day of February.
    let rest = if rest == "-02-29" { "-02-28" } else { rest };
    IsoDate(format!("{:04}{rest}", year + years))
}

/// The report as YAML with the schema line and catalogue comments; a
/// report that cannot be converted is an error, never an empty file.
pub fn to_commented_yaml(report: &Report, schema_ref: &str) -> Result<String, serde_json::Error> {
    let value = serde_json::to_value(report)?;
    Ok(value_to_commented_yaml(&value, &header(schema_ref)))
}

/// The comment lines a new report starts with (schema line, title, answers, how to check).
pub fn header(schema_ref: &str) -> String {
    format!(
        "# yaml-language-server: $schema={schema_ref}\n\
         # {}\n\
         # {}\n\
         # {}\n",
        both("init-title"),
        i18n::text(Lang::En, "init-answers"),
        i18n::text(Lang::En, "init-check"),
    )
}

/// Any report value (a draft that may not be valid yet) as commented YAML under `header`.
pub fn value_to_commented_yaml(value: &Value, header: &str) -> String {
    let mut out = header.to_owned();
    out.push_str(&emit::to_yaml(value, &comment_for));
    out
}

/// `key` in English, then in Arabic: `Questionnaire — الاستبيان`.
fn both(key: &str) -> String {
    format!(
        "{} — {}",
        i18n::text(Lang::En, key),
        i18n::text(Lang::Ar, key)
    )
}

fn comment_for(pointer: &str) -> Vec<String> {
    let segments = Pointer::parse(pointer).into_segments();
    match segments.as_slice() {
        [first] if first == "sections" => vec![String::new(), both("init-questionnaire")],
        [first] if first == "points_of_contact" => {
            vec![format!(
                "[PoA II.5, ITI 25] {} {}",
                catalogue::POINTS_OF_CONTACT_NUMBER,
                both("init-points_of_contact")
            )]
        }
        [first] if first == "contacts" => vec![both("init-contacts")],
        [s, key] if s == "sections" => catalogue::section(key)
            .map(|m| {
                vec![
                    String::new(),
                    format!(
                        "== {} — {} ({}) ==",
                        m.heading(Lang::En),
                        m.heading(Lang::Ar),
                        m.sources.join("; ")
                    ),
                ]
            })
            .unwrap_or_default(),
        [s, section, question] if s == "sections" => {
            catalogue::question(&format!("{section}.{question}"))
                .map(|m| {
                    vec![
                        format!("{} {}", m.heading(), m.label(Lang::En)),
                        format!("{} {}", m.number, m.label(Lang::Ar)),
                        format!("{} | {}", m.help(Lang::En), m.help(Lang::Ar)),
                    ]
                })
                .unwrap_or_default()
        }
        [p, role] if p == "points_of_contact" => catalogue::POINTS_OF_CONTACT
            .iter()
            .find(|m| m.id.strip_prefix("points_of_contact.") == Some(role))
            .map(|m| vec![m.heading()])
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}
