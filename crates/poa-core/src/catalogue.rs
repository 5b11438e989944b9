//! The questionnaire catalogue: ids, display numbers and sources of every
//! section and question, and lookups of the words people read.
//!
//! Ids, numbers and sources are data and stay here, in one table; the words
//! (labels, help, vocabulary labels, document words) live per language in
//! `locales/*.ftl` ([`crate::i18n`]). Every output that shows a question
//! (the schema's hover text, the `init` skeleton, findings, the workbook,
//! documents, `diff`) reads both from here, so a label and a number are
//! written once. Numbers follow the UNODA template (section 1 = national
//! coordination; 1.1, 1.2, 1.2.1 ...); the id stays the key in files and the
//! store. `verified: false` marks a paragraph reference not checked against
//! the text of the instrument. Sources cite documents of [`crate::sources`].

use crate::i18n;
use crate::model::Lang;

/// Metadata of one section.
#[derive(Debug, Clone, Copy)]
pub struct SectionMeta {
    pub key: &'static str,
    pub sources: &'static [&'static str],
}

/// Metadata of one question.
#[derive(Debug, Clone, Copy)]
pub struct QuestionMeta {
    /// `section.question`
    pub id: &'static str,
    /// The number people read, in the template's style: `4.2`, `1.3.1`.
    pub number: &'static str,
    /// Paragraphs the question rests on, e.g. `ITI 8(a)`, `PoA II.7`.
    pub sources: &'static [&'static str],
    /// False where a paragraph number could not be checked against the text.
    pub verified: bool,
}

impl QuestionMeta {
    pub fn label(&self, lang: Lang) -> &'static str {
        i18n::text(lang, &i18n::key("q", self.id))
    }
    pub fn help(&self, lang: Lang) -> &'static str {
        i18n::text(lang, &format!("{}.help", i18n::key("q", self.id)))
    }
    /// Sources joined for display: `ITI 8(a); PoA II.7`.
    pub fn source_text(&self) -> String {
        self.sources.join("; ")
    }
    /// The template's prefix of a question: `[PoA II.4] 1.1` (no brackets without sources).
    pub fn heading(&self) -> String {
        if self.sources.is_empty() {
            self.number.to_owned()
        } else {
            format!("[{}] {}", self.sources.join(", "), self.number)
        }
    }
}

impl SectionMeta {
    pub fn label(&self, lang: Lang) -> &'static str {
        i18n::text(lang, &i18n::key("section", self.key))
    }
    /// The section's number in the template (1 = national coordination).
    pub fn number(&self) -> usize {
        SECTIONS
            .iter()
            .position(|s| s.key == self.key)
            .map_or(0, |i| i + 1)
    }
    /// `Section 1: National coordination` / `القسم 1: التنسيق الوطني` /
    /// `第 1 部分：国家协调`: the order is each language's (`doc-section_heading`).
    pub fn heading(&self, lang: Lang) -> String {
        i18n::fill(
            i18n::text(lang, "doc-section_heading"),
            &[
                ("number", self.number().to_string()),
                ("label", self.label(lang).to_owned()),
            ],
        )
    }
}

/// The metadata of question `id`, if the catalogue has it.
pub fn question(id: &str) -> Option<&'static QuestionMeta> {
    let (section, question) = id.split_once('.')?;
    question_in(section, question)
}

/// The id (`section.question`) of question `question` of section `section`,
/// as the catalogue holds it (no copy to keep per report).
pub fn question_id(section: &str, question: &str) -> Option<&'static str> {
    question_in(section, question).map(|q| q.id)
}

/// The metadata of question `question` of section `section`: looked up in an
/// index made once, as every finding about a question asks for it.
fn question_in(section: &str, question: &str) -> Option<&'static QuestionMeta> {
    type Index = std::collections::HashMap<(&'static str, &'static str), &'static QuestionMeta>;
    static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            QUESTIONS
                .iter()
                .filter_map(|q| Some((q.id.split_once('.')?, q)))
                .collect()
        })
        .get(&(section, question))
        .copied()
}

/// The metadata of section `key`, if the catalogue has it.
pub fn section(key: &str) -> Option<&'static SectionMeta> {
    SECTIONS.iter().find(|s| s.key == key)
}

/// A numbered item of the template that a finding can blame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberedItem {
    pub id: &'static str,
    pub number: &'static str,
}

/// The question (or point of contact) a JSON pointer lies in, if any:
/// `/sections/marking/on_import/methods/0` → 4.2 `marking.on_import`.
pub fn item_at(pointer: &str) -> Option<NumberedItem> {
    let pointer = crate::pointer::Pointer::parse(pointer);
    let mut parts = pointer.segments().iter().map(String::as_str);
    match parts.next()? {
        "sections" => {
            let section = parts.next()?;
            let question = parts.next()?;
            question_in(section, question).map(|q| NumberedItem {
                id: q.id,
                number: q.number,
            })
        }
        "points_of_contact" => {
            let role = parts.next()?;
            POINTS_OF_CONTACT
                .iter()
                .find(|p| p.id.strip_prefix("points_of_contact.") == Some(role))
                .map(|p| NumberedItem {
                    id: p.id,
                    number: p.number,
                })
        }
        _ => None,
    }
}

const fn s(key: &'static str, sources: &'static [&'static str]) -> SectionMeta {
    SectionMeta { key, sources }
}

const fn q(
    id: &'static str,
    number: &'static str,
    sources: &'static [&'static str],
    verified: bool,
) -> QuestionMeta {
    QuestionMeta {
        id,
        number,
        sources,
        verified,
    }
}

/// The template's question 1.2 (national points of contact) and its parts,
/// which our format keeps at the top level under `points_of_contact`.
pub(crate) const POINTS_OF_CONTACT_NUMBER: &str = "1.2";
pub const POINTS_OF_CONTACT: &[QuestionMeta] = &[
    q("points_of_contact.poa", "1.2.1", &["PoA II.5"], true),
    q("points_of_contact.iti", "1.2.2", &["ITI 25"], true),
    q(
        "points_of_contact.firearms_protocol",
        "1.2.3",
        &["Firearms Protocol art. 13"],
        true,
    ),
];

/// Every section, in template order: key, sources.
pub const SECTIONS: &[SectionMeta] = &[
    s("national_coordination", &["PoA II.4", "PoA II.5"]),
    s(
        "legislation_and_offences",
        &["PoA II.2", "PoA II.3", "PoA II.6"],
    ),
    s("manufacture", &["PoA II.2"]),
    s(
        "marking",
        &["PoA II.7", "PoA II.8", "ITI 8", "ITI 9", "ITI 10"],
    ),
    s(
        "record_keeping",
        &["PoA II.9", "ITI 11", "ITI 12", "ITI 13"],
    ),
    s("tracing", &["ITI 14–23", "ITI 33–35"]),
    s("stockpile_management", &["PoA II.17", "PoA II.18"]),
    s(
        "surplus_and_destruction",
        &["PoA II.16", "PoA II.18", "PoA II.19"],
    ),
    s(
        "transfers",
        &["PoA II.2", "PoA II.11", "PoA II.12", "PoA II.13"],
    ),
    s("brokering", &["PoA II.14"]),
    s("border_controls", &["PoA II.27"]),
    s("regional_and_global", &["PoA II.24–41"]),
    s("ammunition", &["RevCon4 elements, para 4(ii)"]),
    s(
        "gender_and_disaggregated_data",
        &[
            "RevCon4 elements, para 5 B.2",
            "UNTOC COP res. 9/2, para 23",
        ],
    ),
    s(
        "international_cooperation",
        &["PoA III", "GA res. 77/71, paras 15–18"],
    ),
    s(
        "awareness_and_ddr",
        &["PoA II.20", "PoA II.21", "PoA II.22"],
    ),
    s("additional_information", &["SDG 16.4"]),
];

/// Every question, in template order: id, display number, sources, whether the
/// paragraph numbers were checked against the text of the instrument.
pub const QUESTIONS: &[QuestionMeta] = &[
    q(
        "national_coordination.coordination_body",
        "1.1",
        &["PoA II.4"],
        true,
    ),
    q(
        "national_coordination.civil_society_involved",
        "1.1.1",
        &["PoA II.4", "PoA II.40"],
        false,
    ),
    q(
        "national_coordination.national_action_plan",
        "1.3",
        &[
            "PoA II.4",
            "RevCon2 outcome, PoA plan, para 2(l)",
            "RevCon4 elements, para 5 A.1(c)",
        ],
        true,
    ),
    q(
        "national_coordination.national_targets",
        "1.3.1",
        &["RevCon4 elements, para 5 A.1(c)"],
        true,
    ),
    q(
        "national_coordination.implementation_assessment",
        "1.3.2",
        &["RevCon4 elements, para 5 A.1(c)"],
        true,
    ),
    q(
        "national_coordination.women_participation",
        "1.4",
        &[
            "RevCon2 outcome, PoA plan, para 2(i)",
            "GA res. 77/71, para 11",
        ],
        true,
    ),
    q(
        "legislation_and_offences.instruments",
        "2.1",
        &["PoA II.2"],
        true,
    ),
    q(
        "legislation_and_offences.control_manufacture",
        "2.2",
        &["PoA II.2"],
        true,
    ),
    q(
        "legislation_and_offences.control_export",
        "2.3",
        &["PoA II.2"],
        true,
    ),
    q(
        "legislation_and_offences.control_import",
        "2.4",
        &["PoA II.2"],
        true,
    ),
    q(
        "legislation_and_offences.control_transit",
        "2.5",
        &["PoA II.2"],
        true,
    ),
    q(
        "legislation_and_offences.control_retransfer",
        "2.6",
        &["PoA II.2"],
        true,
    ),
    q(
        "legislation_and_offences.criminal_offences",
        "2.7",
        &["PoA II.3"],
        true,
    ),
    q(
        "legislation_and_offences.illicit_actors_identified",
        "2.8",
        &["PoA II.6"],
        true,
    ),
    q(
        "legislation_and_offences.illicit_financing_addressed",
        "2.9",
        &["PoA II.6"],
        true,
    ),
    q(
        "legislation_and_offences.embargo_measures",
        "2.10",
        &["PoA II.15"],
        true,
    ),
    q(
        "legislation_and_offences.laws_public",
        "2.11",
        &["PoA II.23"],
        true,
    ),
    q(
        "manufacture.domestic_manufacture",
        "3.1",
        &["PoA II.2"],
        true,
    ),
    q("manufacture.licensing_required", "3.2", &["PoA II.2"], true),
    q(
        "manufacture.craft_production",
        "3.3",
        &["RevCon4 elements, para 5 A.2(a)"],
        true,
    ),
    q(
        "manufacture.privately_made_firearms",
        "3.4",
        &["RevCon4 elements, para 5 A.2(c)"],
        true,
    ),
    q(
        "manufacture.three_d_printing",
        "3.5",
        &["RevCon4 elements, para 5 A.2(a)", "GA res. 77/71, para 12"],
        true,
    ),
    q(
        "manufacture.polymer_weapons",
        "3.6",
        &["RevCon4 elements, para 5 A.2(c)", "GA res. 77/71, para 12"],
        true,
    ),
    q(
        "manufacture.modular_designs",
        "3.7",
        &["RevCon4 elements, para 5 A.2(c)", "GA res. 77/71, para 12"],
        true,
    ),
    q(
        "manufacture.deactivation_standards",
        "3.8",
        &["Firearms Protocol art. 9"],
        true,
    ),
    q(
        "marking.at_manufacture",
        "4.1",
        &["ITI 8(a)", "PoA II.7"],
        true,
    ),
    q(
        "marking.unique_marking_elements",
        "4.1.1",
        &["ITI 8(a)"],
        true,
    ),
    q("marking.on_import", "4.2", &["ITI 8(b)"], true),
    q(
        "marking.transfer_to_civilian_use",
        "4.3",
        &["ITI 8(c)"],
        true,
    ),
    q("marking.state_held_weapons", "4.4", &["ITI 8(d)"], true),
    q("marking.tamper_resistance", "4.5", &["ITI 8(e)"], true),
    q("marking.illicit_weapons_found", "4.6", &["ITI 9"], true),
    q("marking.marking_characteristics", "4.7", &["ITI 10"], true),
    q(
        "marking.unmarked_weapons_prevented",
        "4.8",
        &["PoA II.8"],
        true,
    ),
    q(
        "record_keeping.records_kept",
        "5.1",
        &["PoA II.9", "ITI 11"],
        true,
    ),
    q(
        "record_keeping.manufacture_retention",
        "5.1.1",
        &["ITI 12(a)"],
        true,
    ),
    q(
        "record_keeping.other_retention",
        "5.1.2",
        &["ITI 12(b)"],
        true,
    ),
    q("record_keeping.central_register", "5.2", &["ITI 11"], false),
    q(
        "record_keeping.closed_business_records",
        "5.3",
        &["ITI 13"],
        true,
    ),
    q(
        "record_keeping.state_holdings_records",
        "5.4",
        &["PoA II.10"],
        true,
    ),
    q("tracing.procedures", "6.1", &["ITI 14–23"], true),
    q("tracing.requests", "6.2", &["ITI 14–23"], true),
    q("tracing.obstacles", "6.2.1", &["ITI 14–23"], false),
    q(
        "tracing.state_holdings_traceable",
        "6.3",
        &["PoA II.10"],
        true,
    ),
    q("tracing.interpol_iarms", "6.4", &["ITI 33–35"], false),
    q("tracing.interpol_notices", "6.5", &["ITI 33–35"], false),
    q(
        "tracing.seized_and_traced",
        "6.6",
        &["SDG 16.4.2", "UNTOC COP res. 9/2, para 8"],
        true,
    ),
    q(
        "stockpile_management.standards_and_procedures",
        "7.1",
        &["PoA II.17"],
        true,
    ),
    q(
        "stockpile_management.physical_security",
        "7.2",
        &["PoA II.17"],
        true,
    ),
    q(
        "stockpile_management.inventory_management",
        "7.3",
        &["PoA II.17"],
        true,
    ),
    q(
        "stockpile_management.personnel_training",
        "7.4",
        &["PoA II.17"],
        true,
    ),
    q(
        "stockpile_management.regular_review",
        "7.5",
        &["PoA II.18"],
        true,
    ),
    q(
        "stockpile_management.diversion_from_stockpiles",
        "7.6",
        &["PoA II.17", "RevCon4 elements, para 5 A.2(d)"],
        true,
    ),
    q(
        "surplus_and_destruction.surplus_identified",
        "8.1",
        &["PoA II.18"],
        true,
    ),
    q(
        "surplus_and_destruction.surplus_secured",
        "8.2",
        &["PoA II.18"],
        true,
    ),
    q(
        "surplus_and_destruction.surplus_destroyed",
        "8.3",
        &["PoA II.18", "PoA II.19"],
        true,
    ),
    q(
        "surplus_and_destruction.seized_destroyed",
        "8.4",
        &["PoA II.16"],
        true,
    ),
    q(
        "surplus_and_destruction.other_disposal_marked",
        "8.5",
        &["PoA II.16"],
        true,
    ),
    q(
        "surplus_and_destruction.weapons_collected",
        "8.6",
        &["PoA II.16", "PoA II.21"],
        true,
    ),
    q("transfers.export_criteria", "9.1", &["PoA II.11"], true),
    q("transfers.export_controls", "9.2", &["PoA II.12"], true),
    q(
        "transfers.end_user_certificates",
        "9.3",
        &["PoA II.12"],
        true,
    ),
    q(
        "transfers.end_user_verification",
        "9.3.1",
        &["PoA II.12", "RevCon4 elements, para 5 A.2(h)"],
        false,
    ),
    q(
        "transfers.retransfer_notification",
        "9.4",
        &["PoA II.13"],
        true,
    ),
    q(
        "transfers.import_controls",
        "9.5",
        &["PoA II.2", "PoA II.12"],
        true,
    ),
    q(
        "transfers.transit_controls",
        "9.6",
        &["PoA II.2", "PoA II.12"],
        true,
    ),
    q("transfers.export_denials", "9.7", &["PoA II.11"], false),
    q(
        "transfers.diversion_in_transfers",
        "9.8",
        &["PoA II.11", "RevCon4 elements, para 5 A.2(e)"],
        true,
    ),
    q("brokering.regulated", "10.1", &["PoA II.14"], true),
    q("brokering.registration", "10.1.1", &["PoA II.14"], true),
    q("brokering.licensing", "10.1.2", &["PoA II.14"], true),
    q("brokering.penalties", "10.1.3", &["PoA II.14"], true),
    q(
        "brokering.international_cooperation",
        "10.2",
        &["PoA II.39"],
        false,
    ),
    q("border_controls.measures", "11.1", &["PoA II.27"], false),
    q(
        "border_controls.customs_cooperation",
        "11.2",
        &["PoA II.27"],
        true,
    ),
    q(
        "border_controls.risk_analysis",
        "11.3",
        &["PoA II.27"],
        false,
    ),
    q(
        "border_controls.seizures_at_borders",
        "11.4",
        &["PoA II.27"],
        false,
    ),
    q(
        "regional_and_global.regional_point_of_contact",
        "12.1",
        &["PoA II.24"],
        true,
    ),
    q(
        "regional_and_global.regional_instruments",
        "12.2",
        &["PoA II.25"],
        true,
    ),
    q(
        "regional_and_global.regional_mechanisms",
        "12.3",
        &["PoA II.27"],
        true,
    ),
    q(
        "regional_and_global.embargo_cooperation",
        "12.4",
        &["PoA II.32"],
        false,
    ),
    q(
        "regional_and_global.interpol_cooperation",
        "12.5",
        &["PoA II.37"],
        false,
    ),
    q(
        "ammunition.covered_by_law",
        "13.1",
        &["RevCon4 elements, para 4(ii)"],
        true,
    ),
    q(
        "ammunition.marking",
        "13.2",
        &["RevCon4 elements, para 4(ii)"],
        true,
    ),
    q(
        "ammunition.records",
        "13.3",
        &["RevCon4 elements, para 4(ii)"],
        true,
    ),
    q(
        "ammunition.stockpile_safety",
        "13.4",
        &["RevCon4 elements, para 4(ii)"],
        true,
    ),
    q(
        "ammunition.destroyed",
        "13.5",
        &["RevCon4 elements, para 4(ii)"],
        true,
    ),
    q(
        "ammunition.global_framework",
        "13.6",
        &["RevCon4 elements, para 4(ii)"],
        true,
    ),
    q(
        "gender_and_disaggregated_data.gender_mainstreamed",
        "14.1",
        &[
            "RevCon4 elements, para 5 B.2",
            "UNTOC COP res. 9/2, para 24",
            "GA res. 77/71, para 11",
        ],
        true,
    ),
    q(
        "gender_and_disaggregated_data.data_collection",
        "14.2",
        &[
            "RevCon4 elements, para 5 A.1(j)",
            "UNTOC COP res. 9/2, para 23",
        ],
        true,
    ),
    q(
        "gender_and_disaggregated_data.victims",
        "14.3",
        &[
            "RevCon4 elements, para 5 B.2(c)",
            "UNTOC COP res. 9/2, para 23",
        ],
        true,
    ),
    q(
        "gender_and_disaggregated_data.personnel_trained",
        "14.4",
        &["RevCon4 elements, para 5 B.2(c)"],
        true,
    ),
    q(
        "gender_and_disaggregated_data.persons_prosecuted",
        "14.5",
        &[
            "RevCon4 elements, para 5 B.2(c)",
            "UNTOC COP res. 9/2, para 23",
        ],
        true,
    ),
    q(
        "international_cooperation.assistance_needed",
        "15.1",
        &["PoA III.6", "GA res. 77/71, para 18"],
        false,
    ),
    q(
        "international_cooperation.assistance_offered",
        "15.2",
        &["PoA III.3", "GA res. 77/71, para 15"],
        false,
    ),
    q(
        "international_cooperation.assistance_received",
        "15.3",
        &["PoA III.6"],
        false,
    ),
    q(
        "international_cooperation.assistance_provided",
        "15.4",
        &["PoA III.3"],
        false,
    ),
    q(
        "international_cooperation.tracing_cooperation",
        "15.5",
        &["ITI 24–30"],
        false,
    ),
    q(
        "international_cooperation.information_exchange",
        "15.6",
        &["PoA III", "ITI 31"],
        false,
    ),
    q(
        "awareness_and_ddr.public_awareness",
        "16.1",
        &["PoA II.20"],
        true,
    ),
    q(
        "awareness_and_ddr.ddr_programmes",
        "16.2",
        &["PoA II.21", "PoA II.30"],
        true,
    ),
    q(
        "awareness_and_ddr.children_affected",
        "16.3",
        &["PoA II.22"],
        true,
    ),
    q(
        "additional_information.executive_summary",
        "17.1",
        &["RevCon2 outcome, PoA plan, para 2(k)"],
        true,
    ),
    q(
        "additional_information.sdg_16_4",
        "17.2",
        &["SDG 16.4", "GA res. 77/71, para 10"],
        true,
    ),
    q(
        "additional_information.darknet",
        "17.3",
        &["RevCon4 elements, para 5 A.1(aa)"],
        true,
    ),
    q(
        "additional_information.other",
        "17.4",
        &["RevCon2 outcome, PoA plan, para 2(k)"],
        true,
    ),
];

/// The label of a field key (`count`, `by_sex`, `instruments.title`) in `lang`.
pub fn field_label(key: &str, lang: Lang) -> Option<&'static str> {
    i18n::get(lang, &i18n::key("field", key))
}

/// The vocabulary of a schema type name (`MarkingMethod` → `marking-method`).
pub fn vocabulary_key(def: &str) -> String {
    let mut out = String::new();
    for (i, c) in def.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The label of `code` in the vocabulary of schema type `def`, in `lang`.
pub fn choice_label(def: &str, code: &str, lang: Lang) -> Option<&'static str> {
    i18n::get(lang, &format!("{}-{code}", vocabulary_key(def)))
}

/// The label of `code` in vocabulary `def`, in `lang` (the code itself if unknown).
pub fn choice_text(def: &str, code: &str, lang: Lang) -> String {
    choice_label(def, code, lang).unwrap_or(code).to_owned()
}

/// An answer code's words in `lang`.
pub fn answer_label(code: &str, lang: Lang) -> Option<&'static str> {
    choice_label("Answer", code, lang)
}

/// The document words' keys, without their `doc-` prefix, sorted.
pub fn document_word_keys() -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = i18n::messages(Lang::En)
        .keys()
        .filter_map(|k| k.strip_prefix("doc-"))
        .collect();
    keys.sort_unstable();
    keys
}

/// A document word in `lang` (empty if unknown).
pub fn word(key: &str, lang: Lang) -> &'static str {
    i18n::get(lang, &format!("doc-{key}")).unwrap_or("")
}
