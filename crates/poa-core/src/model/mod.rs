//! The typed report: the one definition every output derives from.
//!
//! A report is built from a YAML file only after the spanned tree has passed
//! the JSON Schema (which is itself generated from these types), so
//! deserialising into them cannot fail on well-formed input and the rules can
//! work with plain Rust values.

pub mod questions;
pub mod sections;
pub mod text;
pub mod vocab;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use sections::Sections;
pub use text::{FreeText, Lang, LocalizedText};
pub use vocab::Answer;

/// The format marker; only `poa-report/1` exists so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum FormatVersion {
    #[default]
    #[serde(rename = "poa-report/1")]
    V1,
}

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[schemars(transparent, extend("format" = "date"))]
pub struct IsoDate(#[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))] pub String);

impl IsoDate {
    /// The year, from the first four digits.
    pub fn year(&self) -> Option<i32> {
        self.0.get(0..4)?.parse().ok()
    }
}

/// An id of a contact in `contacts` (lower case letters, digits, `-`, `_`, `.`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[schemars(transparent)]
pub struct ContactId(
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9._-]*$"), length(max = 64))] pub String,
);

/// A national report on the PoA and the ITI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "PoA/ITI national report")]
pub struct Report {
    /// Format version of this file: poa-report/1.
    pub format: FormatVersion,
    /// The reporting State.
    pub state: State,
    /// Year of the meeting the report goes to (biennial meeting or review conference).
    #[schemars(range(min = 2002, max = 2100))]
    pub cycle: u16,
    /// The period the report covers.
    pub period: Period,
    /// Date of submission; optional until final.
    #[serde(default)]
    pub submitted: Option<IsoDate>,
    /// Languages the free text is written in; the first is the language of plain strings.
    #[schemars(length(min = 1), extend("uniqueItems" = true))]
    pub languages: Vec<Lang>,
    /// Every person or office the report refers to, by id.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// National points of contact (PoA II.5, ITI 25, Firearms Protocol art. 13).
    #[serde(default)]
    pub points_of_contact: PointsOfContact,
    /// The questionnaire, one key per section.
    #[serde(default)]
    pub sections: Sections,
}

impl Report {
    /// The language plain-string free text is written in.
    pub fn first_language(&self) -> Lang {
        self.languages.first().copied().unwrap_or(Lang::En)
    }
}

/// The reporting State.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// ISO 3166-1 alpha-3 code (XAA–XZZ and the other user-assigned codes for fictional States).
    #[schemars(regex(pattern = r"^[A-Z]{3}$"))]
    pub iso3: String,
    /// Name of the State by language.
    #[serde(default)]
    pub name: LocalizedText,
}

/// The reporting period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day covered.
    pub from: IsoDate,
    /// Last day covered.
    pub to: IsoDate,
}

/// A person or office.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Short id used to refer to this contact elsewhere in the report.
    pub id: ContactId,
    /// Form of address, as the template's "[Mr./Ms.]" (free text).
    #[serde(default)]
    #[schemars(length(min = 1))]
    pub salutation: Option<String>,
    /// Name of the person or office.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Title or function.
    #[serde(default)]
    pub title: Option<FreeText>,
    /// Ministry, agency or organisation.
    #[serde(default)]
    pub organisation: Option<FreeText>,
    /// E-mail address.
    #[serde(default)]
    #[schemars(email)]
    pub email: Option<String>,
    /// Telephone, with country code.
    #[serde(default)]
    #[schemars(length(min = 1))]
    pub phone: Option<String>,
    /// Postal address.
    #[serde(default)]
    pub address: Option<FreeText>,
}

impl Contact {
    /// True when the contact can actually be reached (an e-mail or a phone).
    pub(crate) fn is_reachable(&self) -> bool {
        let filled = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        filled(&self.email) || filled(&self.phone)
    }
}

/// The designated national points of contact, by contact id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PointsOfContact {
    /// PoA national point of contact (PoA II.5); required.
    #[serde(default)]
    pub poa: Option<ContactId>,
    /// ITI national point of contact (ITI 25).
    #[serde(default)]
    pub iti: Option<ContactId>,
    /// Firearms Protocol point of contact (art. 13).
    #[serde(default)]
    pub firearms_protocol: Option<ContactId>,
}

impl PointsOfContact {
    /// (key, contact id) for every point of contact that is set.
    pub fn named(&self) -> Vec<(&'static str, &ContactId)> {
        [
            ("poa", &self.poa),
            ("iti", &self.iti),
            ("firearms_protocol", &self.firearms_protocol),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_ref().map(|id| (k, id)))
        .collect()
    }
}

/// Everything in a report but its sections: what the cross-section rules
/// read as typed values. Validation builds this small part instead of the
/// whole [`Report`] when nobody asks for the report (a batch that only
/// prints findings), since the sections hold nearly all of a report's text.
/// Unknown keys (`format`, `sections`) are ignored here; the schema and
/// [`Report`] see to them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Front {
    pub state: State,
    pub cycle: u16,
    pub period: Period,
    #[serde(default)]
    pub submitted: Option<IsoDate>,
    pub languages: Vec<Lang>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub points_of_contact: PointsOfContact,
}

impl Front {
    /// The front of a whole report.
    pub fn of(report: &Report) -> Front {
        let Report {
            format: _,
            state,
            cycle,
            period,
            submitted,
            languages,
            contacts,
            points_of_contact,
            sections: _,
        } = report;
        Front {
            state: state.clone(),
            cycle: *cycle,
            period: period.clone(),
            submitted: submitted.clone(),
            languages: languages.clone(),
            contacts: contacts.clone(),
            points_of_contact: points_of_contact.clone(),
        }
    }

    /// The language plain-string free text is written in.
    pub fn first_language(&self) -> Lang {
        self.languages.first().copied().unwrap_or(Lang::En)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Front` has every field of `Report` but `format` and `sections`
    /// (destructuring in `Front::of` fails to compile when `Report` gains a
    /// field), and reading it from a report gives the same values.
    #[test]
    fn front_is_the_report_less_its_sections() {
        let text = include_str!("../../../../samples/xaa-aurelia-2026.yaml");
        let mut tree = crate::yaml::parse(text, crate::yaml::Limits::default()).expect("parses");
        let json = tree.take_json(text);
        let report = Report::deserialize(&json).expect("typed");
        let front = Front::deserialize(&json).expect("front");
        assert_eq!(front, Front::of(&report));
        let keys: Vec<String> = serde_json::to_value(&front)
            .expect("serialises")
            .as_object()
            .expect("a map")
            .keys()
            .cloned()
            .collect();
        let schema = serde_json::to_value(schemars::schema_for!(Report)).expect("schema");
        let mut expected: Vec<String> = schema["properties"]
            .as_object()
            .expect("properties")
            .keys()
            .filter(|k| *k != "format" && *k != "sections")
            .cloned()
            .collect();
        expected.sort();
        let mut keys = keys;
        keys.sort();
        assert_eq!(keys, expected);
    }
}
