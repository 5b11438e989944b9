//! Closed vocabularies shared by several questions.
//!
//! These are the lists the secretariat aggregates on (answers, marking
//! methods, assistance areas, ...). Each is an enum so the JSON Schema offers
//! the values as a dropdown and a typo is caught with a suggestion.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in schema order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The value as written in a report.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
        }
    };
}

vocabulary! {
    /// The answer convention of the template: yes / no / partially / not applicable / unknown.
    Answer {
        Yes => "yes",
        No => "no",
        Partially => "partially",
        NotApplicable => "not_applicable",
        Unknown => "unknown",
    }
}

impl Answer {
    /// Yes or partially: the State reports (some) implementation.
    pub(crate) fn is_affirmative(self) -> bool {
        matches!(self, Answer::Yes | Answer::Partially)
    }
}

vocabulary! {
    /// National agencies that take part in a coordination body.
    Agency {
        ForeignAffairs => "foreign_affairs",
        Defence => "defence",
        Interior => "interior",
        Police => "police",
        Customs => "customs",
        Justice => "justice",
        Intelligence => "intelligence",
        Trade => "trade",
        Health => "health",
        Parliament => "parliament",
        CivilSociety => "civil_society",
        Other => "other",
    }
}

vocabulary! {
    /// Methods of applying markings (ITI 10 leaves the choice to the State).
    MarkingMethod {
        Stamping => "stamping",
        LaserEngraving => "laser_engraving",
        Engraving => "engraving",
        DotPeen => "dot_peen",
        Casting => "casting",
        ChemicalEtching => "chemical_etching",
        Other => "other",
    }
}

vocabulary! {
    /// Methods of destroying weapons.
    DestructionMethod {
        Cutting => "cutting",
        Crushing => "crushing",
        Smelting => "smelting",
        Burning => "burning",
        Shredding => "shredding",
        Other => "other",
    }
}

vocabulary! {
    /// Areas of legislation listed in the template (PoA II.2).
    LegislationArea {
        Manufacture => "manufacture",
        Export => "export",
        Import => "import",
        Transit => "transit",
        Retransfer => "retransfer",
        Brokering => "brokering",
        Possession => "possession",
        Offences => "offences",
        Other => "other",
    }
}

vocabulary! {
    /// Areas of assistance, shared by needs, offers and assistance given or received.
    AssistanceArea {
        Legislation => "legislation",
        Marking => "marking",
        RecordKeeping => "record_keeping",
        Tracing => "tracing",
        StockpileManagement => "stockpile_management",
        Destruction => "destruction",
        BorderControl => "border_control",
        Ddr => "ddr",
        DataCollection => "data_collection",
        Gender => "gender",
        Ammunition => "ammunition",
        CapacityBuilding => "capacity_building",
    }
}

impl AssistanceArea {
    /// The questionnaire section whose answers show how far this area is implemented.
    pub fn section(self) -> Option<&'static str> {
        Some(match self {
            AssistanceArea::Legislation => "legislation_and_offences",
            AssistanceArea::Marking => "marking",
            AssistanceArea::RecordKeeping => "record_keeping",
            AssistanceArea::Tracing => "tracing",
            AssistanceArea::StockpileManagement => "stockpile_management",
            AssistanceArea::Destruction => "surplus_and_destruction",
            AssistanceArea::BorderControl => "border_controls",
            AssistanceArea::Ddr => "awareness_and_ddr",
            AssistanceArea::DataCollection | AssistanceArea::Gender => {
                "gender_and_disaggregated_data"
            }
            AssistanceArea::Ammunition => "ammunition",
            AssistanceArea::CapacityBuilding => return None,
        })
    }
}

vocabulary! {
    /// Priority of an assistance need.
    Priority {
        High => "high",
        Medium => "medium",
        Low => "low",
    }
}
