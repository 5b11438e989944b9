//! The answer shapes a question can take.
//!
//! Every question is a map with `answer` first, then the typed fields the
//! secretariat aggregates (counts, years, closed lists, contact ids), then
//! `details` (free text). The shapes are few and shared; which question uses
//! which shape is fixed by the section structs in [`super::sections`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::text::FreeText;
use super::vocab::*;
use super::{ContactId, IsoDate};

macro_rules! question_shape {
    ($(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            /// yes, no, partially, not_applicable or unknown.
            #[serde(default)]
            pub answer: Option<Answer>,
            $($(#[$fmeta])* #[serde(default)] pub $field: $ty,)*
            /// If yes or partially, please give details.
            #[serde(default)]
            pub details: Option<FreeText>,
        }

        impl $name {
            /// The answer, when one is given.
            pub fn answer(&self) -> Option<Answer> { self.answer }
        }
    };
}

question_shape! {
    /// A yes/no question followed by "if yes, please give details".
    Question {}
}

question_shape! {
    /// The national coordination body (template 1.1): what it is called,
    /// where it sits, who to contact, who sits on it.
    CoordinationBodyQuestion {
        /// Agencies represented.
        agencies: Vec<Agency>,
        /// Name of the body.
        name: Option<FreeText>,
        /// Postal address of the body.
        address: Option<FreeText>,
        /// The body's contact person (a contact id).
        contact: Option<ContactId>,
        /// Members of the body by sex.
        composition: Option<Composition>,
    }
}

/// Members of a body by sex (the template's gender question).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Composition {
    /// Women members.
    #[serde(default)]
    pub women: Option<u64>,
    /// Men members.
    #[serde(default)]
    pub men: Option<u64>,
}

question_shape! {
    /// A question about a plan: the year adopted, the year it runs to, the document.
    PlanQuestion {
        /// Year adopted.
        #[schemars(range(min = 1990, max = 2100))]
        adopted: Option<u16>,
        /// Last year the plan covers.
        #[schemars(range(min = 1990, max = 2100))]
        valid_until: Option<u16>,
        /// The plan itself: a link or a file name.
        #[schemars(length(min = 1))]
        document: Option<String>,
    }
}

question_shape! {
    /// A question with one non-negative count.
    CountQuestion {
        /// How many (a whole number, 0 or more).
        count: Option<u64>,
    }
}

question_shape! {
    /// A marking question with the methods used.
    MarkingQuestion {
        /// Marking methods used.
        methods: Vec<MarkingMethod>,
    }
}

question_shape! {
    /// A record-keeping question with the retention period in years.
    RetentionQuestion {
        /// Minimum years the records are kept.
        #[schemars(range(max = 1000))]
        years: Option<u32>,
    }
}

question_shape! {
    /// A question answered by a list of legal instruments.
    InstrumentsQuestion {
        /// Laws, regulations and procedures, one entry each.
        instruments: Vec<LegalInstrument>,
    }
}

question_shape! {
    /// Tracing requests in the reporting period (ITI 14–23).
    TracingQuestion {
        /// Tracing requests sent to other States.
        sent: Option<u64>,
        /// Tracing requests received from other States.
        received: Option<u64>,
        /// Received requests answered.
        answered: Option<u64>,
        /// Received requests answered within the time asked.
        answered_in_time: Option<u64>,
    }
}

question_shape! {
    /// Destruction of weapons in the reporting period.
    DestructionQuestion {
        /// Weapons destroyed.
        weapons: Option<u64>,
        /// Rounds of ammunition destroyed.
        ammunition_rounds: Option<u64>,
        /// Methods of destruction.
        methods: Vec<DestructionMethod>,
    }
}

question_shape! {
    /// Incidents of diversion in the reporting period.
    DiversionQuestion {
        /// Incidents recorded.
        incidents: Option<u64>,
        /// Lessons learned and measures taken.
        lessons: Option<FreeText>,
    }
}

question_shape! {
    /// Counts disaggregated by sex, age and disability (RevCon4 elements, para 5 B.2(c); UNTOC COP res. 9/2, para 23).
    DisaggregatedQuestion {
        /// Total persons counted.
        total: Option<u64>,
        /// Split of the total by sex.
        by_sex: Option<BySex>,
        /// Split of the total by age band.
        by_age: Option<ByAge>,
        /// Persons with disabilities among the total.
        with_disability: Option<u64>,
    }
}

question_shape! {
    /// Seized weapons and how many were traced (SDG indicator 16.4.2).
    SeizureTracingQuestion {
        /// Weapons seized, found or surrendered.
        seized: Option<u64>,
        /// Of those, weapons whose illicit origin was traced or established.
        traced: Option<u64>,
    }
}

question_shape! {
    /// A question naming a contact (by id in `contacts`).
    ContactQuestion {
        /// Contact id from `contacts`.
        contact: Option<ContactId>,
    }
}

question_shape! {
    /// Needs for assistance: area, priority, description.
    NeedsQuestion {
        /// One entry per need.
        needs: Vec<AssistanceNeed>,
    }
}

question_shape! {
    /// Offers of assistance to other States.
    OffersQuestion {
        /// One entry per offer.
        offers: Vec<AssistanceOffer>,
    }
}

question_shape! {
    /// Assistance given or received in the period.
    AssistanceRecordsQuestion {
        /// One entry per project or programme.
        records: Vec<AssistanceRecord>,
    }
}

/// A law, regulation or procedure (template: title, English title, date, description, link).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalInstrument {
    /// Which area it controls.
    pub area: LegislationArea,
    /// Title in the original language.
    #[schemars(length(min = 1))]
    pub title: String,
    /// Title in English.
    #[serde(default)]
    pub title_en: Option<String>,
    /// Date adopted.
    #[serde(default)]
    pub date: Option<IsoDate>,
    /// How it gives control.
    #[serde(default)]
    pub description: Option<FreeText>,
    /// Where the text is published.
    #[serde(default)]
    pub link: Option<String>,
}

/// Counts by sex.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BySex {
    #[serde(default)]
    pub female: Option<u64>,
    #[serde(default)]
    pub male: Option<u64>,
    /// Other or not recorded.
    #[serde(default)]
    pub other: Option<u64>,
}

/// Counts by age band.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ByAge {
    #[serde(default)]
    pub under_18: Option<u64>,
    #[serde(default)]
    pub from_18_to_29: Option<u64>,
    #[serde(default)]
    pub from_30_to_59: Option<u64>,
    #[serde(default)]
    pub from_60: Option<u64>,
}

/// A stated need for assistance (specific: area, priority, description).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssistanceNeed {
    pub area: AssistanceArea,
    pub priority: Priority,
    pub description: FreeText,
}

/// An offer of assistance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssistanceOffer {
    pub area: AssistanceArea,
    pub description: FreeText,
}

/// Assistance given or received.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssistanceRecord {
    /// The other State or organisation.
    #[schemars(length(min = 1))]
    pub partner: String,
    pub area: AssistanceArea,
    #[serde(default)]
    pub description: Option<FreeText>,
    /// Amount in US dollars, where public.
    #[serde(default)]
    pub amount_usd: Option<u64>,
}

/// A narrative answer with no yes/no (executive summary, other information).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Narrative {
    /// The text.
    #[serde(default)]
    pub text: Option<FreeText>,
}
