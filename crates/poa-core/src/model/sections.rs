//! The questionnaire sections and the questions in each.
//!
//! This file is the one list of questions: a question exists if and only if
//! it is a field here. Its shape is the field's type; its labels, help and
//! source paragraphs are in [`crate::catalogue`] under `section.field`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::questions::*;

macro_rules! sections {
    ($($(#[$smeta:meta])* $key:ident : $name:ident { $($field:ident : $ty:ty),+ $(,)? })+) => {
        $(
            $(#[$smeta])*
            #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
            #[serde(deny_unknown_fields)]
            pub struct $name {
                $(#[serde(default)] pub $field: $ty,)+
            }

            impl $name {
                /// The question keys of this section, in order.
                pub const QUESTIONS: &'static [&'static str] = &[$(stringify!($field)),+];
            }
        )+

        /// All sections of the questionnaire, in template order.
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct Sections {
            $(#[serde(default)] pub $key: $name,)+
        }

        impl Sections {
            /// (section key, question keys), in template order.
            pub const LAYOUT: &'static [(&'static str, &'static [&'static str])] =
                &[$((stringify!($key), $name::QUESTIONS)),+];
        }
    };
}

sections! {
    /// PoA II.4–5: coordination, action plans, national targets.
    national_coordination: NationalCoordination {
        coordination_body: CoordinationBodyQuestion,
        civil_society_involved: Question,
        national_action_plan: PlanQuestion,
        national_targets: Question,
        implementation_assessment: Question,
        women_participation: Question,
    }
    /// PoA II.2–3, II.6, II.15, II.23: laws, offences, illicit actors.
    legislation_and_offences: LegislationAndOffences {
        instruments: InstrumentsQuestion,
        control_manufacture: Question,
        control_export: Question,
        control_import: Question,
        control_transit: Question,
        control_retransfer: Question,
        criminal_offences: Question,
        illicit_actors_identified: Question,
        illicit_financing_addressed: Question,
        embargo_measures: Question,
        laws_public: Question,
    }
    /// PoA II.2 and the 2024 additions: licensing, craft production, new technologies.
    manufacture: Manufacture {
        domestic_manufacture: CountQuestion,
        licensing_required: Question,
        craft_production: Question,
        privately_made_firearms: Question,
        three_d_printing: Question,
        polymer_weapons: Question,
        modular_designs: Question,
        deactivation_standards: Question,
    }
    /// PoA II.7–8, ITI 8–10.
    marking: Marking {
        at_manufacture: MarkingQuestion,
        unique_marking_elements: Question,
        on_import: MarkingQuestion,
        transfer_to_civilian_use: Question,
        state_held_weapons: Question,
        tamper_resistance: Question,
        illicit_weapons_found: Question,
        marking_characteristics: Question,
        unmarked_weapons_prevented: Question,
    }
    /// PoA II.9–10, ITI 11–13.
    record_keeping: RecordKeeping {
        records_kept: Question,
        manufacture_retention: RetentionQuestion,
        other_retention: RetentionQuestion,
        central_register: Question,
        closed_business_records: Question,
        state_holdings_records: Question,
    }
    /// ITI 14–23, 33–35; SDG 16.4.2.
    tracing: Tracing {
        procedures: Question,
        requests: TracingQuestion,
        obstacles: Question,
        state_holdings_traceable: Question,
        interpol_iarms: Question,
        interpol_notices: Question,
        seized_and_traced: SeizureTracingQuestion,
    }
    /// PoA II.17–18.
    stockpile_management: StockpileManagement {
        standards_and_procedures: Question,
        physical_security: Question,
        inventory_management: Question,
        personnel_training: Question,
        regular_review: Question,
        diversion_from_stockpiles: DiversionQuestion,
    }
    /// PoA II.16, II.18–19.
    surplus_and_destruction: SurplusAndDestruction {
        surplus_identified: Question,
        surplus_secured: Question,
        surplus_destroyed: DestructionQuestion,
        seized_destroyed: DestructionQuestion,
        other_disposal_marked: Question,
        weapons_collected: CountQuestion,
    }
    /// PoA II.2, II.11–13.
    transfers: Transfers {
        export_criteria: Question,
        export_controls: Question,
        end_user_certificates: Question,
        end_user_verification: Question,
        retransfer_notification: Question,
        import_controls: Question,
        transit_controls: Question,
        export_denials: CountQuestion,
        diversion_in_transfers: DiversionQuestion,
    }
    /// PoA II.14, II.39.
    brokering: Brokering {
        regulated: Question,
        registration: Question,
        licensing: Question,
        penalties: Question,
        international_cooperation: Question,
    }
    /// PoA II.27: customs and border cooperation.
    border_controls: BorderControls {
        measures: Question,
        customs_cooperation: Question,
        risk_analysis: Question,
        seizures_at_borders: CountQuestion,
    }
    /// PoA II.24–41: regional and global level.
    regional_and_global: RegionalAndGlobal {
        regional_point_of_contact: ContactQuestion,
        regional_instruments: Question,
        regional_mechanisms: Question,
        embargo_cooperation: Question,
        interpol_cooperation: Question,
    }
    /// Global Framework for Through-life Conventional Ammunition Management (RevCon4 elements, para 4(ii)).
    ammunition: Ammunition {
        covered_by_law: Question,
        marking: Question,
        records: Question,
        stockpile_safety: Question,
        destroyed: CountQuestion,
        global_framework: Question,
    }
    /// Data disaggregated by sex, age and disability; gender-responsive measures (RevCon4 elements, para 5 B.2; UNTOC COP res. 9/2, para 23).
    gender_and_disaggregated_data: GenderAndDisaggregatedData {
        gender_mainstreamed: Question,
        data_collection: Question,
        victims: DisaggregatedQuestion,
        personnel_trained: DisaggregatedQuestion,
        persons_prosecuted: DisaggregatedQuestion,
    }
    /// PoA section III: needs, offers, assistance given and received.
    international_cooperation: InternationalCooperation {
        assistance_needed: NeedsQuestion,
        assistance_offered: OffersQuestion,
        assistance_received: AssistanceRecordsQuestion,
        assistance_provided: AssistanceRecordsQuestion,
        tracing_cooperation: Question,
        information_exchange: Question,
    }
    /// PoA II.20–22, II.30: public awareness, DDR, children.
    awareness_and_ddr: AwarenessAndDdr {
        public_awareness: Question,
        ddr_programmes: CountQuestion,
        children_affected: Question,
    }
    /// Executive summary, SDG 16.4, and anything else.
    additional_information: AdditionalInformation {
        executive_summary: Narrative,
        sdg_16_4: Question,
        darknet: Question,
        other: Narrative,
    }
}
