//! Regions as data: which States a regional picture expects to hear from.
//!
//! A reporting rate needs a denominator: "14 of 22 States reported". The
//! built-in lists (the five UN regional groups and regional organisations)
//! are YAML files under `regions/`, embedded in the binary, so a change of
//! membership is a data edit reviewed like any other, with the date the list
//! describes. An analyst can bring their own list in the same format
//! (`aggregate --regions-file`).

use std::path::Path;

use serde::{Deserialize, Serialize};

use poa_core::load::{self, LoadOptions};
use poa_core::model::Lang;
use poa_core::state;

/// The built-in lists, in the order `poa-report regions` shows them.
const BUILT_IN: &[&str] = &[
    include_str!("../../../regions/african-group.yaml"),
    include_str!("../../../regions/asia-pacific-group.yaml"),
    include_str!("../../../regions/eastern-european-group.yaml"),
    include_str!("../../../regions/grulac.yaml"),
    include_str!("../../../regions/weog.yaml"),
    include_str!("../../../regions/las.yaml"),
    include_str!("../../../regions/au.yaml"),
    include_str!("../../../regions/ecowas.yaml"),
    include_str!("../../../regions/eu.yaml"),
    include_str!("../../../regions/osce.yaml"),
    include_str!("../../../regions/sica.yaml"),
    include_str!("../../../regions/caricom.yaml"),
    include_str!("../../../regions/asean.yaml"),
    include_str!("../../../regions/recsa.yaml"),
];

/// A region's name in the two languages of our outputs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionName {
    pub en: String,
    pub ar: String,
}

/// A list of States expected to report together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// Short id used on the command line (`las`).
    pub id: String,
    /// `un-group` or `organisation` (free text for custom lists).
    #[serde(default)]
    pub kind: Option<String>,
    pub name: RegionName,
    /// The date the member list describes (YYYY-MM-DD).
    pub valid_on: String,
    /// ISO 3166-1 alpha-3 codes.
    pub members: Vec<String>,
}

impl Region {
    pub fn name(&self, lang: Lang) -> &str {
        if lang == Lang::Ar {
            &self.name.ar
        } else {
            &self.name.en
        }
    }

    pub fn contains(&self, iso3: &str) -> bool {
        self.members.iter().any(|m| m == iso3)
    }
}

/// Why a region file was refused; each names the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegionError {
    /// The file cannot be read (missing, too large, not UTF-8).
    #[error("{file}: {message} ({id})")]
    Unreadable {
        file: String,
        id: &'static str,
        message: String,
    },
    /// The text is not YAML.
    #[error("{file}:{line}:{column}: {message} ({id})")]
    Malformed {
        file: String,
        line: usize,
        column: usize,
        id: &'static str,
        message: String,
    },
    /// YAML, but not a region list (a field missing or of the wrong kind).
    #[error("{file}: not a region list: {message}")]
    NotARegion { file: String, message: String },
    /// A field breaks a rule of region lists.
    #[error("{file}: {problem}")]
    Invalid {
        file: String,
        problem: RegionProblem,
    },
}

/// What is wrong inside a region list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegionProblem {
    #[error("`id` must be lower-case letters, digits and dashes")]
    Id,
    #[error("`valid_on` must be a date, YYYY-MM-DD")]
    ValidOn,
    #[error("`members` lists no State")]
    NoMembers,
    #[error("member {position} `{code}` is not an ISO 3166-1 alpha-3 code")]
    UnknownCode { position: usize, code: String },
    #[error("`{0}` is listed twice")]
    Twice(String),
}

/// Parses and checks one region file's text (`name` is used in messages).
pub fn parse(name: &str, text: &str) -> Result<Region, RegionError> {
    let mut tree = poa_core::yaml::parse(text, poa_core::yaml::Limits::default()).map_err(|e| {
        RegionError::Malformed {
            file: name.to_owned(),
            line: e.pos.line,
            column: e.pos.column,
            id: e.kind.id(),
            message: e.message.clone(),
        }
    })?;
    let region: Region =
        serde_json::from_value(tree.take_json(text)).map_err(|e| RegionError::NotARegion {
            file: name.to_owned(),
            message: e.to_string(),
        })?;
    check(&region).map_err(|problem| RegionError::Invalid {
        file: name.to_owned(),
        problem,
    })?;
    Ok(region)
}

fn check(region: &Region) -> Result<(), RegionProblem> {
    if region.id.is_empty()
        || !region
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(RegionProblem::Id);
    }
    let date = region.valid_on.as_bytes();
    if date.len() != 10 || date[4] != b'-' || date[7] != b'-' {
        return Err(RegionProblem::ValidOn);
    }
    if region.members.is_empty() {
        return Err(RegionProblem::NoMembers);
    }
    for (i, code) in region.members.iter().enumerate() {
        if state::lookup(code).is_none() && !state::is_fictional(code) {
            return Err(RegionProblem::UnknownCode {
                position: i + 1,
                code: code.clone(),
            });
        }
        if region.members[..i].contains(code) {
            return Err(RegionProblem::Twice(code.clone()));
        }
    }
    Ok(())
}

/// Every built-in region.
pub fn built_in() -> Vec<Region> {
    BUILT_IN
        .iter()
        .enumerate()
        .filter_map(|(i, text)| parse(&format!("built-in region {}", i + 1), text).ok())
        .collect()
}

/// The built-in region with this id.
pub fn find(id: &str) -> Option<Region> {
    built_in().into_iter().find(|r| r.id == id)
}

/// Reads a custom region file.
pub fn load(path: &Path) -> Result<Region, RegionError> {
    let source =
        load::read_source(path, &LoadOptions::default()).map_err(|e| RegionError::Unreadable {
            file: path.display().to_string(),
            id: e.id,
            message: e.message,
        })?;
    parse(&source.name, &source.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_list_parses() {
        assert_eq!(built_in().len(), BUILT_IN.len());
    }

    #[test]
    fn a_bad_code_is_named() {
        let text = "id: mine\nname: {en: Mine, ar: منطقتي}\nvalid_on: \"2026-01-01\"\nmembers: [FRA, FRX]\n";
        let err = parse("mine.yaml", text).unwrap_err();
        assert_eq!(
            err.to_string(),
            "mine.yaml: member 2 `FRX` is not an ISO 3166-1 alpha-3 code"
        );
        let twice = text.replace("FRX", "FRA");
        assert!(matches!(
            parse("mine.yaml", &twice),
            Err(RegionError::Invalid {
                problem: RegionProblem::Twice(_),
                ..
            })
        ));
    }
}
