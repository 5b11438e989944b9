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

/// The languages of a new report when none are asked for.
pub const DEFAULT_LANGUAGES: [Lang; 2] = [Lang::En, Lang::Ar];

/// An empty report for `iso3` and `cycle`, in English and Arabic.
pub fn skeleton(iso3: &str, cycle: u16) -> Report {
    skeleton_in(iso3, cycle, DEFAULT_LANGUAGES.to_vec())
}

/// An empty report for `iso3` and `cycle` in `languages` (the first is the
/// language plain text is written in). The State's name is filled in where
/// the table of States has it in a declared language (English, Arabic).
pub fn skeleton_in(iso3: &str, cycle: u16, languages: Vec<Lang>) -> Report {
    // Each language once, in the order given (the schema wants them unique).
    let mut unique: Vec<Lang> = Vec::new();
    for lang in languages {
        if !unique.contains(&lang) {
            unique.push(lang);
        }
    }
    let languages = if unique.is_empty() {
        DEFAULT_LANGUAGES.to_vec()
    } else {
        unique
    };
    let mut name = LocalizedText::default();
    if let Some((en, ar)) = crate::state::lookup(iso3) {
        if languages.contains(&Lang::En) {
            name.en = Some(en.into());
        }
        if languages.contains(&Lang::Ar) {
            name.ar = Some(ar.into());
        }
    }
    Report {
        format: FormatVersion::V1,
        state: State {
            iso3: iso3.to_owned(),
            name,
        },
        cycle,
        period: period_for(cycle),
        submitted: None,
        languages,
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
    Ok(value_to_commented_yaml(
        &value,
        &header_in(schema_ref, &report.languages),
    ))
}

/// The comment lines a new report in English and Arabic starts with.
pub fn header(schema_ref: &str) -> String {
    header_in(schema_ref, &DEFAULT_LANGUAGES)
}

/// The comment lines a new report starts with (schema line, title, answers,
/// how to check), in the report's languages.
pub fn header_in(schema_ref: &str, languages: &[Lang]) -> String {
    let langs = comment_languages(languages);
    let first = langs.first().copied().unwrap_or(Lang::En);
    format!(
        "# yaml-language-server: $schema={schema_ref}\n\
         # {}\n\
         # {}\n\
         # {}\n",
        each(&langs, "init-title"),
        i18n::text(first, "init-answers"),
        i18n::text(first, "init-check"),
    )
}

/// The languages comments are written in: the report's, where the program
/// has their words (English and Arabic when none has).
fn comment_languages(languages: &[Lang]) -> Vec<Lang> {
    let mut langs: Vec<Lang> = Vec::new();
    for lang in languages {
        if i18n::is_available(*lang) && !langs.contains(lang) {
            langs.push(*lang);
        }
    }
    if langs.is_empty() {
        DEFAULT_LANGUAGES.to_vec()
    } else {
        langs
    }
}

/// The languages a report value declares (`languages: [fr, ar]`).
fn declared_languages(value: &Value) -> Vec<Lang> {
    value
        .get("languages")
        .and_then(Value::as_array)
        .map(|codes| {
            codes
                .iter()
                .filter_map(|code| Lang::from_code(code.as_str()?))
                .collect()
        })
        .unwrap_or_default()
}

/// Any report value (a draft that may not be valid yet) as commented YAML
/// under `header`, its comments in the languages it declares.
pub fn value_to_commented_yaml(value: &Value, header: &str) -> String {
    let langs = comment_languages(&declared_languages(value));
    let mut out = header.to_owned();
    out.push_str(&emit::to_yaml(value, &|pointer| {
        comment_for(pointer, &langs)
    }));
    out
}

/// `key` in each language, joined: `Questionnaire — الاستبيان`.
fn each(langs: &[Lang], key: &str) -> String {
    joined(langs, " — ", |lang| i18n::text(lang, key).to_owned())
}

fn joined(langs: &[Lang], separator: &str, text: impl Fn(Lang) -> String) -> String {
    langs
        .iter()
        .map(|lang| text(*lang))
        .collect::<Vec<_>>()
        .join(separator)
}

fn comment_for(pointer: &str, langs: &[Lang]) -> Vec<String> {
    let both = |key: &str| each(langs, key);
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
                        "== {} ({}) ==",
                        joined(langs, " — ", |lang| m.heading(lang)),
                        m.sources.join("; ")
                    ),
                ]
            })
            .unwrap_or_default(),
        [s, section, question] if s == "sections" => {
            catalogue::question(&format!("{section}.{question}"))
                .map(|m| {
                    let mut lines: Vec<String> = langs
                        .iter()
                        .enumerate()
                        .map(|(i, lang)| {
                            // The first line carries the sources in brackets.
                            let prefix = if i == 0 {
                                m.heading()
                            } else {
                                m.number.to_owned()
                            };
                            format!("{prefix} {}", m.label(*lang))
                        })
                        .collect();
                    lines.push(joined(langs, " | ", |lang| m.help(lang).to_owned()));
                    lines
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
